"""The order-line summaries the analysis reads instead of the lines, kept exact as lines come and go.

    sales_months            month × customer × product: the lines summed (exact, incremental)
    sales_product_months    month × product, with the number of customers: from sales_months
    sales_customer_months   month × customer, gross-profit parts in fen: from sales_months and the
                            products' retail prices and price classes
    sales_order_dates       the days each customer ordered on: the lines' distinct (date, customer)

How they stay right:
- New lines are summed into sales_months when their unit of work commits (`catch_up`, called by
  SqlUnitOfWork.commit): summary_state remembers the highest line id summed, and sales_lines ids are
  AUTOINCREMENT, so every line above it is new, whichever code inserted it. One grouped upsert sums
  them all; a per-row insert trigger would have cost 17 s per million lines.
- Deleted lines are subtracted from sales_months by a trigger (a few µs a line), emptied rows removed;
  lines deleted before they were summed are left alone.
- A new line's (date, customer) is added to sales_order_dates by the same `catch_up`; a trigger on
  delete removes the pair when no line of that customer on that day is left (one lookup in the date
  index), so the forecast reads 900,000 order days instead of a distinct scan of 10 million lines.
- Editing a summed column of a line is refused by a trigger: undo the import and import again.
- The two smaller tables are recomputed month by month: every month touched — by new lines, by deleted
  lines (the delete trigger notes it), by a product whose retail price or price class changed (a
  trigger on products notes its months) — is listed in summary_dirty_months and redone by `catch_up`.
- `rebuild` recomputes everything from the lines; `differences` compares (tests, checks).

A month is stored as its first day, 'YYYY-MM-01', like every date in the workspace.
"""
from __future__ import annotations

import json
from typing import Any

MONTH = "substr(order_date, 1, 8) || '01'"
_LINE_SUMS = ("sum(supplied_qty), sum(requested_qty), sum(amount_fen), count(*), "
              "sum(supplied_qty < requested_qty)")
_COLUMNS = "supplied_qty, requested_qty, amount_fen, lines, short_lines"

# the SalesSums parts of sales_months rows s joined to products p
PROFIT_PARTS = """sum(s.supplied_qty), sum(s.amount_fen),
    sum(CASE WHEN p.retail_price_fen IS NULL THEN 0 ELSE s.supplied_qty * p.retail_price_fen - s.amount_fen END),
    sum(CASE WHEN p.retail_price_fen IS NULL THEN s.amount_fen ELSE 0 END),
    sum(s.requested_qty),
    sum(CASE WHEN p.price_class <= 2 THEN s.supplied_qty ELSE 0 END)"""
CUSTOMER_COLUMNS = ("supplied_qty, amount_fen, known_profit_fen, unpriced_amount_fen, requested_qty, "
                    "class_1_2_qty")

_IN_MONTHS = "(SELECT value FROM json_each(?))"

# a sales_months row whose demand is not simply its supply (cut, or a negative supply): literal SQL,
# since SQLite uses the partial index over these rows only when a query repeats its condition word for word
ODD_MONTH_ROW = "short_lines > 0 OR supplied_qty < requested_qty OR supplied_qty < 0"

_ADD_LINES = f"""
INSERT INTO sales_months (month, customer_id, product_id, {_COLUMNS})
SELECT {MONTH}, customer_id, product_id, {_LINE_SUMS} FROM sales_lines WHERE id > ? GROUP BY 1, 2, 3
ON CONFLICT (month, customer_id, product_id) DO UPDATE SET
    supplied_qty = supplied_qty + excluded.supplied_qty, requested_qty = requested_qty + excluded.requested_qty,
    amount_fen = amount_fen + excluded.amount_fen, lines = lines + excluded.lines,
    short_lines = short_lines + excluded.short_lines
"""
_PRODUCT_MONTHS = f"""
INSERT INTO sales_product_months (month, product_id, {_COLUMNS}, customers)
SELECT month, product_id, sum(supplied_qty), sum(requested_qty), sum(amount_fen), sum(lines),
       sum(short_lines), count(*)
FROM sales_months WHERE month IN {{months}} GROUP BY month, product_id
"""
_CUSTOMER_MONTHS = f"""
INSERT INTO sales_customer_months (month, customer_id, {CUSTOMER_COLUMNS})
SELECT s.month, s.customer_id, {PROFIT_PARTS}
FROM sales_months s JOIN products p ON p.id = s.product_id WHERE s.month IN {{months}}
GROUP BY s.month, s.customer_id
"""

_KEY = ("month = substr(OLD.order_date, 1, 8) || '01' AND customer_id = OLD.customer_id "
        "AND product_id = OLD.product_id")

# The exact text matters: tests compare sqlite_master after create_all and after the migrations, and
# migration 0001 carries a copy of these statements.
DELETE_TRIGGER = f"""CREATE TRIGGER sales_lines_summary_delete AFTER DELETE ON sales_lines
WHEN OLD.id <= (SELECT summed_to FROM summary_state WHERE name = 'sales_lines')
BEGIN
    UPDATE sales_months SET supplied_qty = supplied_qty - OLD.supplied_qty,
        requested_qty = requested_qty - OLD.requested_qty, amount_fen = amount_fen - OLD.amount_fen,
        lines = lines - 1, short_lines = short_lines - (OLD.supplied_qty < OLD.requested_qty)
    WHERE {_KEY};
    DELETE FROM sales_months WHERE {_KEY} AND lines = 0;
    INSERT OR IGNORE INTO summary_dirty_months (month) VALUES (substr(OLD.order_date, 1, 8) || '01');
END"""

GUARD_TRIGGER = """CREATE TRIGGER sales_lines_summed_columns_fixed BEFORE UPDATE ON sales_lines
WHEN NEW.order_date IS NOT OLD.order_date OR NEW.customer_id IS NOT OLD.customer_id
    OR NEW.product_id IS NOT OLD.product_id OR NEW.requested_qty IS NOT OLD.requested_qty
    OR NEW.supplied_qty IS NOT OLD.supplied_qty OR NEW.amount_fen IS NOT OLD.amount_fen
BEGIN
    SELECT RAISE(ABORT, 'order lines are summed in sales_months: delete and add them, do not edit them');
END"""

PRODUCT_TRIGGER = """CREATE TRIGGER products_summary_prices AFTER UPDATE ON products
WHEN NEW.retail_price_fen IS NOT OLD.retail_price_fen OR NEW.price_class IS NOT OLD.price_class
BEGIN
    INSERT OR IGNORE INTO summary_dirty_months (month)
    SELECT month FROM sales_product_months WHERE product_id = NEW.id;
END"""

ORDER_DATES_TRIGGER = """CREATE TRIGGER sales_lines_order_dates_delete AFTER DELETE ON sales_lines
BEGIN
    DELETE FROM sales_order_dates WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id
        AND NOT EXISTS (SELECT 1 FROM sales_lines
                        WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id);
END"""

TRIGGERS = (DELETE_TRIGGER, GUARD_TRIGGER, PRODUCT_TRIGGER, ORDER_DATES_TRIGGER)

ADD_ORDER_DATES = ("INSERT OR IGNORE INTO sales_order_dates (order_date, customer_id) "
                   "SELECT DISTINCT order_date, customer_id FROM sales_lines WHERE id > ?")


def last_line_id(cursor: Any) -> int:
    return int(cursor.execute("SELECT coalesce(max(id), 0) FROM sales_lines").fetchone()[0])


def summed_to(cursor: Any) -> int:
    row = cursor.execute("SELECT summed_to FROM summary_state WHERE name = 'sales_lines'").fetchone()
    return 0 if row is None else int(row[0])


def _set_summed_to(cursor: Any, line_id: int) -> None:
    cursor.execute("INSERT INTO summary_state (name, summed_to) VALUES ('sales_lines', ?) "
                   "ON CONFLICT (name) DO UPDATE SET summed_to = excluded.summed_to", (line_id,))


def catch_up(cursor: Any) -> bool:
    """Sum the lines added since the last call and redo the months that changed. Three index
    lookups when nothing did. Returns whether anything was done."""
    done, last = summed_to(cursor), last_line_id(cursor)
    if last > done:
        cursor.execute(f"INSERT OR IGNORE INTO summary_dirty_months (month) "
                       f"SELECT DISTINCT {MONTH} FROM sales_lines WHERE id > ?", (done,))
        cursor.execute(_ADD_LINES, (done,))
        cursor.execute(ADD_ORDER_DATES, (done,))
        _set_summed_to(cursor, last)
    months = [m for (m,) in cursor.execute("SELECT month FROM summary_dirty_months")]
    if months:
        redo_months(cursor, months)
        cursor.execute("DELETE FROM summary_dirty_months")
    return last > done or bool(months)


def redo_months(cursor: Any, months: list[str]) -> None:
    """Recompute sales_product_months and sales_customer_months for these months from sales_months."""
    listed = json.dumps(months)
    for table, insert in (("sales_product_months", _PRODUCT_MONTHS), ("sales_customer_months", _CUSTOMER_MONTHS)):
        cursor.execute(f"DELETE FROM {table} WHERE month IN {_IN_MONTHS}", (listed,))
        cursor.execute(insert.format(months=_IN_MONTHS), (listed,))


def rebuild(cursor: Any) -> None:
    """Recompute everything from the lines (a repair; never needed in normal use)."""
    for table in ("sales_months", "sales_product_months", "sales_customer_months", "sales_order_dates",
                  "summary_dirty_months"):
        cursor.execute(f"DELETE FROM {table}")
    cursor.execute(f"INSERT INTO sales_months (month, customer_id, product_id, {_COLUMNS}) "
                   f"SELECT {MONTH}, customer_id, product_id, {_LINE_SUMS} FROM sales_lines GROUP BY 1, 2, 3")
    every_month = "(SELECT DISTINCT month FROM sales_months)"
    cursor.execute(_PRODUCT_MONTHS.format(months=every_month))
    cursor.execute(_CUSTOMER_MONTHS.format(months=every_month))
    cursor.execute(ADD_ORDER_DATES, (0,))
    _set_summed_to(cursor, last_line_id(cursor))


def differences(cursor: Any) -> list[tuple[Any, ...]]:
    """Rows where a summary disagrees with the lines (empty when all is well)."""
    fresh = (f"WITH fresh (month, customer_id, product_id, {_COLUMNS}) AS "
             f"(SELECT {MONTH}, customer_id, product_id, {_LINE_SUMS} FROM sales_lines GROUP BY 1, 2, 3) ")
    checks = [
        (f"SELECT month, customer_id, product_id, {_COLUMNS} FROM fresh",
         f"SELECT month, customer_id, product_id, {_COLUMNS} FROM sales_months"),
        ("SELECT month, product_id, sum(supplied_qty), sum(requested_qty), sum(amount_fen), sum(lines), "
         "sum(short_lines), count(*) FROM fresh GROUP BY month, product_id",
         f"SELECT month, product_id, {_COLUMNS}, customers FROM sales_product_months"),
        (f"SELECT s.month, s.customer_id, {PROFIT_PARTS} FROM fresh s JOIN products p ON p.id = s.product_id "
         "GROUP BY s.month, s.customer_id",
         f"SELECT month, customer_id, {CUSTOMER_COLUMNS} FROM sales_customer_months"),
        ("SELECT DISTINCT order_date, customer_id FROM sales_lines",
         "SELECT order_date, customer_id FROM sales_order_dates"),
    ]
    out: list[tuple[Any, ...]] = []
    for expected, stored in checks:
        out += [("missing", *r) for r in cursor.execute(f"{fresh}{expected} EXCEPT {stored}")]
        out += [("extra", *r) for r in cursor.execute(f"{fresh}{stored} EXCEPT {expected}")]
    return out
