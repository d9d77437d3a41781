"""Import messages in the user's language. The domain keeps English source templates with their
parameters apart (ImportProblem, RowError); they are listed here for lupdate and translated in the
"Import" context. Shared by the import dialogs, the import history and the command line."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from domain.importing.columns import ColumnSpec
from domain.importing.errors import ImportProblem, RowError
from domain.importing.sales import UnknownCustomer, UnknownProduct
from domain.model.sales import BatchStatus, ImportKind
from gui.messages import QT_TRANSLATE_NOOP

CONTEXT = "Import"

MESSAGES = (
    # reading the file
    QT_TRANSLATE_NOOP("Import", "There is no file {path}."),
    QT_TRANSLATE_NOOP("Import", "{path} cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("Import", "{path} is a folder, not a file."),
    QT_TRANSLATE_NOOP("Import", "The file is {size_mb} MB; files up to {limit_mb} MB can be imported."),
    QT_TRANSLATE_NOOP("Import", "The file has more than {limit} rows; split it and import the parts."),
    QT_TRANSLATE_NOOP("Import", "Line {line} has more than {limit} columns; this does not look like a table to import."),
    QT_TRANSLATE_NOOP("Import", "Line {line} of the file is not {encoding} text. Choose another encoding."),
    QT_TRANSLATE_NOOP("Import", "Line {line} of the file is neither UTF-8 nor GB18030 (GBK) text, so the file was not "
                                "read. Save it as UTF-8 CSV or as an Excel workbook and try again."),
    QT_TRANSLATE_NOOP("Import", "Line {line} cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("Import", "The workbook cannot be read ({detail})."),
    QT_TRANSLATE_NOOP("Import", "The file has no rows."),
    QT_TRANSLATE_NOOP("Import", "{name} is an old-style Excel file (.xls); save it as an Excel workbook (.xlsx) or as "
                                "CSV and try again."),
    # the mapping
    QT_TRANSLATE_NOOP("Import", "Unknown field {field}."),
    QT_TRANSLATE_NOOP("Import", "The file has no column for {fields}; map a column to it."),
    QT_TRANSLATE_NOOP("Import", "The columns {columns} are all mapped to {field}; map only one."),
    # the rows
    QT_TRANSLATE_NOOP("Import", "Rows with problems: {rows}; nothing was imported."),
    QT_TRANSLATE_NOOP("Import", "License number {license_no} is also on line {other}."),
    QT_TRANSLATE_NOOP("Import", "“{value}” was shortened by Excel; format the column as text in Excel and save the "
                                "file again."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a whole number."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a number."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a date; write it as 2026-10-05."),
    QT_TRANSLATE_NOOP("Import", "There is no date {value}."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not yes or no (是/否)."),
    QT_TRANSLATE_NOOP("Import", "Unknown segment “{value}”; the workspace has {allowed}."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a business type; use 食杂店, 便利店, 超市, 烟酒商店, 娱乐服务类, 商场, "
                                "其他 or their letters Z, B, S, Y, F, M, O."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a market type; use 城镇 (城网, C) or 乡村 (农网, X)."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not an integrity grade; use AAA, AA, A, B, C, D or W."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not 农历 or 公历 (yes or no)."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a birthday; write 08-15, 8月15日, 1975-08-15 or 农历八月十五."),
    # domain.customer_rules.validate_customer, as the import reports them
    QT_TRANSLATE_NOOP("Import", "The license number is required."),
    QT_TRANSLATE_NOOP("Import", "A license number is 8 to 20 digits (usually 12)."),
    QT_TRANSLATE_NOOP("Import", "The shop name is required."),
    QT_TRANSLATE_NOOP("Import", "The shop name is longer than 120 characters."),
    QT_TRANSLATE_NOOP("Import", "{phone} is not a phone number (11-digit mobile, or area code and number)."),
    QT_TRANSLATE_NOOP("Import", "The grade must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("Import", "The star level must be between 1 and 6."),
    QT_TRANSLATE_NOOP("Import", "A visit frequency must be between 1 and 365 days."),
    QT_TRANSLATE_NOOP("Import", "The opening date is in the future."),
    QT_TRANSLATE_NOOP("Import", "The license expires before the shop opened."),
    QT_TRANSLATE_NOOP("Import", "The birthday month must be between 1 and 12."),
    QT_TRANSLATE_NOOP("Import", "The birthday day must be between 1 and {max_day}."),
    QT_TRANSLATE_NOOP("Import", "There is no such date in the solar calendar."),
    QT_TRANSLATE_NOOP("Import", "Only a lunar birthday can fall in a leap month."),
    QT_TRANSLATE_NOOP("Import", "This figure cannot be negative."),
    QT_TRANSLATE_NOOP("Import", "Competitor {n} has no name."),
    QT_TRANSLATE_NOOP("Import", "A distance cannot be negative."),
    # products (domain.importing.products, domain.services.product_import)
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a price class; use 一类 to 五类 or 1 to 5."),
    QT_TRANSLATE_NOOP("Import", "A price cannot be negative ({value})."),
    QT_TRANSLATE_NOOP("Import", "{value} yuan per carton is more than any cigarette costs; check the column."),
    QT_TRANSLATE_NOOP("Import", "Packs per carton must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("Import", "Tar must be between 0 and {max} mg."),
    QT_TRANSLATE_NOOP("Import", "The product code is required."),
    QT_TRANSLATE_NOOP("Import", "A product code has at most 32 characters."),
    QT_TRANSLATE_NOOP("Import", "The product name is required."),
    QT_TRANSLATE_NOOP("Import", "The product name is longer than 120 characters."),
    QT_TRANSLATE_NOOP("Import", "The wholesale price must be more than 0."),
    QT_TRANSLATE_NOOP("Import", "The wholesale price is required for a new product."),
    QT_TRANSLATE_NOOP("Import", "Product code {code} is also on line {other}."),
    # order lines (domain.importing.sales, domain.services.sales_import)
    QT_TRANSLATE_NOOP("Import", "The order date is required."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is not a whole number of cartons."),
    QT_TRANSLATE_NOOP("Import", "“{value}” is negative; returns and corrections are not imported, only deliveries."),
    QT_TRANSLATE_NOOP("Import", "Customer code {code} belongs to more than one customer; use the license number."),
    QT_TRANSLATE_NOOP("Import", "More than one product is called {name}; use the product code."),
    QT_TRANSLATE_NOOP("Import", "The line names no customer: the license number is empty."),
    QT_TRANSLATE_NOOP("Import", "The line names no customer: the license number and customer code are empty."),
    QT_TRANSLATE_NOOP("Import", "The line names no customer: the customer code is empty."),
    QT_TRANSLATE_NOOP("Import", "The line names no product: the product code is empty."),
    QT_TRANSLATE_NOOP("Import", "The line names no product: the product code and name are empty."),
    QT_TRANSLATE_NOOP("Import", "The line names no product: the product name is empty."),
    QT_TRANSLATE_NOOP("Import", "The supplied quantity is required."),
    QT_TRANSLATE_NOOP("Import", "{supplied} cartons supplied is more than the {requested} requested."),
    QT_TRANSLATE_NOOP("Import", "The amount {amount} does not match {supplied} cartons × {price} = {expected}."),
    QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("Import", "Customers not in the workspace: {customers}; products not in the workspace: "
                                "{products}; nothing was imported."),
    # import batches (domain.services.import_batches)
    QT_TRANSLATE_NOOP("Import", "There is no import batch {batch}."),
    QT_TRANSLATE_NOOP("Import", "Import batch {batch} has already been undone."),
    QT_TRANSLATE_NOOP("Import", "Import batch {batch} brought in customers; only order imports can be undone. "
                                "Correct the customers by hand or import a corrected file."),
    QT_TRANSLATE_NOOP("Import", "Import batch {batch} brought in products; only order imports can be undone. "
                                "Correct the products by hand or import a corrected file."),
    QT_TRANSLATE_NOOP("Import", "Import batch {batch} is not an order import and cannot be undone."),
)

# The columns' labels (domain.importing.*_COLUMNS), for the mapping combo.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Import", "License number"),
    QT_TRANSLATE_NOOP("Import", "Shop name"),
    QT_TRANSLATE_NOOP("Import", "Owner"),
    QT_TRANSLATE_NOOP("Import", "Phone"),
    QT_TRANSLATE_NOOP("Import", "Second phone"),
    QT_TRANSLATE_NOOP("Import", "Address"),
    QT_TRANSLATE_NOOP("Import", "Route"),
    QT_TRANSLATE_NOOP("Import", "Segment"),
    QT_TRANSLATE_NOOP("Import", "Business type"),
    QT_TRANSLATE_NOOP("Import", "Market type"),
    QT_TRANSLATE_NOOP("Import", "Grade"),
    QT_TRANSLATE_NOOP("Import", "Star level"),
    QT_TRANSLATE_NOOP("Import", "Integrity grade"),
    QT_TRANSLATE_NOOP("Import", "Birthday"),
    QT_TRANSLATE_NOOP("Import", "Lunar birthday"),
    QT_TRANSLATE_NOOP("Import", "Lunar calendar flag"),
    QT_TRANSLATE_NOOP("Import", "License expiry"),
    QT_TRANSLATE_NOOP("Import", "Customer code"),
    QT_TRANSLATE_NOOP("Import", "Notes"),
    # products (domain.importing.products.PRODUCT_COLUMNS)
    QT_TRANSLATE_NOOP("Import", "Product code"),
    QT_TRANSLATE_NOOP("Import", "Product name"),
    QT_TRANSLATE_NOOP("Import", "Manufacturer"),
    QT_TRANSLATE_NOOP("Import", "Price class"),
    QT_TRANSLATE_NOOP("Import", "Wholesale price"),
    QT_TRANSLATE_NOOP("Import", "Retail price"),
    QT_TRANSLATE_NOOP("Import", "Packs per carton"),
    QT_TRANSLATE_NOOP("Import", "Tar (mg)"),
    QT_TRANSLATE_NOOP("Import", "New product"),
    QT_TRANSLATE_NOOP("Import", "Scarce"),
    # order lines (domain.importing.sales.SALES_COLUMNS), besides those above
    QT_TRANSLATE_NOOP("Import", "Order date"),
    QT_TRANSLATE_NOOP("Import", "Requested (cartons)"),
    QT_TRANSLATE_NOOP("Import", "Supplied (cartons)"),
    QT_TRANSLATE_NOOP("Import", "Amount"),
)


def _translated(text: str) -> str:
    """A domain template (not a literal: lupdate finds those in the lists above)."""
    return QCoreApplication.translate(CONTEXT, text)


def describe_problem(exc: ImportProblem) -> str:
    return _translated(exc.template).format(**exc.params)


def describe_reason(error: RowError) -> str:
    return _translated(error.message).format(**error.format_args())


def describe_row(line: int, errors: Iterable[RowError]) -> str:
    """One line for one bad row: "line 17: 许可证有效期: … ; 联系电话: …"."""
    reasons = "; ".join(
        QCoreApplication.translate("Import", "{column}: {reason}").format(column=e.column, reason=describe_reason(e))
        if e.column else describe_reason(e)
        for e in errors
    )
    return QCoreApplication.translate("Import", "line {line}: {problems}").format(line=line, problems=reasons)


def rows_by_line(errors: Iterable[RowError]) -> dict[int, list[RowError]]:
    by_line: dict[int, list[RowError]] = {}
    for e in errors:
        by_line.setdefault(e.line, []).append(e)
    return dict(sorted(by_line.items()))


def field_label(spec: ColumnSpec) -> str:
    """"专卖许可证号" in Chinese; "License number (专卖许可证号)" in English, so both can be matched."""
    label = _translated(spec.label)
    return label if label == spec.header else f"{label} ({spec.header})"


def encoding_label(encoding: str) -> str:
    return {
        "utf-8": QCoreApplication.translate("Import", "UTF-8"),
        "utf-8-sig": QCoreApplication.translate("Import", "UTF-8 with byte-order mark"),
        "gb18030": QCoreApplication.translate("Import", "GB18030 (GBK)"),
        "utf-16": QCoreApplication.translate("Import", "UTF-16 (Excel Unicode text)"),
        "utf-32": QCoreApplication.translate("Import", "UTF-32"),
        "big5": QCoreApplication.translate("Import", "Big5"),
        "xlsx": QCoreApplication.translate("Import", "Excel workbook"),
    }.get(encoding, encoding)


def describe_unknown(unknown: UnknownCustomer | UnknownProduct) -> str:
    """One line per customer or product the file names and the workspace lacks."""
    name = f" ({unknown.name})" if unknown.name else ""
    if isinstance(unknown, UnknownCustomer):
        template = (QCoreApplication.translate("Import", "Unknown customer {key}{name}: first on line {line}, {lines} lines.")
                    if unknown.by_license else
                    QCoreApplication.translate("Import", "Unknown customer code {key}{name}: first on line {line}, {lines} lines."))
    else:
        template = (QCoreApplication.translate("Import", "Unknown product {key}{name}: first on line {line}, {lines} lines.")
                    if unknown.by_code else
                    QCoreApplication.translate("Import", "Unknown product name {key}: first on line {line}, {lines} lines."))
    return template.format(key=unknown.key, name=name, line=unknown.first_line, lines=unknown.lines)


def kind_label(kind: ImportKind) -> str:
    return {
        ImportKind.CUSTOMERS: QCoreApplication.translate("Import", "Customer import"),
        ImportKind.PRODUCTS: QCoreApplication.translate("Import", "Product import"),
        ImportKind.SALES: QCoreApplication.translate("Import", "Order import"),
        ImportKind.DEMO: QCoreApplication.translate("Import", "Demo data"),
    }.get(kind, kind.value)


def status_label(status: BatchStatus) -> str:
    return {
        BatchStatus.COMMITTED: QCoreApplication.translate("Import", "Imported"),
        BatchStatus.UNDONE: QCoreApplication.translate("Import", "Undone"),
    }.get(status, status.value)


def months_text(months: Iterable[str]) -> str:
    """"2026-09、2026-10": months as the batch summary keeps them."""
    return "、".join(months) or "—"
