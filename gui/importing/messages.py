"""Import messages in the user's language. The domain keeps English source templates with their
parameters apart (ImportProblem, RowError); they are translated with every other domain message
(gui.domain_messages). The column labels and this module's own wording are in the "Import" context.
Shared by the import dialogs, the import history and the command line."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from domain.importing.columns import ColumnSpec
from domain.importing.errors import ImportProblem, RowError
from domain.importing.sales import UnknownCustomer, UnknownProduct
from domain.model.sales import BatchStatus, ImportKind
from gui.domain_messages import DOMAIN_MESSAGES, translate_domain
from gui.messages import QT_TRANSLATE_NOOP

CONTEXT = "Import"

# The domain's import messages are in gui.domain_messages with every other domain message.
MESSAGES = DOMAIN_MESSAGES

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
    """A column label of the domain (not a literal: lupdate finds those in FIELD_LABELS)."""
    return QCoreApplication.translate(CONTEXT, text)


def describe_problem(exc: ImportProblem) -> str:
    return translate_domain(exc.template, exc.params)


def describe_reason(error: RowError) -> str:
    return translate_domain(error.message, error.format_args())


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
        "xls": QCoreApplication.translate("Import", "Excel 97–2003 workbook (.xls)"),
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
