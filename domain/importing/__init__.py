"""Importing tables of customers (later products and order lines): the file's rows as read, the
header found among title rows, columns mapped to fields, every row checked with its line number."""
