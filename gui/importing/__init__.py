"""Importing tables into the workspace: customers, products (卷烟规格) and order lines (订单明细) through
one dialog, and the import history with the undo of an order import. Entry points for pages are in
gui.importing.entry_points."""
