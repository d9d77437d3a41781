"""The bounds an import file is read within, in one place
(docs/architecture.md, "Reading import files"). A file past any of them is refused while it is being read, before it costs the memory a
whole sheet or a whole text would take; a value past its field's bounds is a row error."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

MB = 1024 * 1024

# --- files ----------------------------------------------------------------------------------------
MAX_FILE_BYTES = 50 * MB  # customers and products
MAX_ROWS = 200_000
LARGE_MAX_FILE_BYTES = 256 * MB  # order lines: a territory's year of orders
LARGE_MAX_ROWS = 2_000_000
MAX_COLUMNS = 200  # the last cell with a value in any row

# --- workbooks, checked in the zip before the reader sees them ------------------------------------
MAX_PART_BYTES = 200 * MB  # one part (a sheet's XML, the shared strings) once unpacked
MAX_UNPACKED_BYTES = 400 * MB  # every part together
MAX_RATIO = 200  # unpacked ÷ packed of a part over RATIO_FROM bytes; real sheets pack 5–40 times
RATIO_FROM = 16 * MB
MAX_SHEET_ROWS = 1_100_000  # row elements, and the highest row number a cell names
MAX_SHEET_COLUMN = 1_024  # the last column a cell may sit in, with a value or only a format
MAX_CELLS_PER_ROW = 1_024
MAX_SHEET_CELLS = 30_000_000  # cell elements in a sheet
MAX_SHEET_AREA = 30_000_000  # highest row × last column: what the reader lays out for the sheet

# --- values ---------------------------------------------------------------------------------------
FIRST_DATE = date(2000, 1, 1)  # order dates, license expiry: this program's years
LAST_DATE = date(2100, 12, 31)
FIRST_BIRTHDAY = date(1900, 1, 1)  # a birthday runs to today
MAX_CARTONS = 999_999  # a quantity on one line, in cartons (or cases before conversion)
MAX_AMOUNT = Decimal("9999999999.99")  # yuan, prices and amounts: below 10^10 with 2 decimals
MAX_INTEGER = 2**63 - 1  # what SQLite stores as an integer
