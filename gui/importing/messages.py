"""Import messages in the user's language for the window: the shared wording (domain.messages.imports)
spoken through Qt's translator, and the dialog's own (column labels, encodings), in the "Import" context."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from domain.importing.columns import ColumnSpec
from domain.importing.errors import ImportProblem, RowError
from domain.importing.sales import UnknownCustomer, UnknownProduct
from domain.messages import imports
from domain.messages.imports import months_text, rows_by_line  # noqa: F401 - re-exported
from domain.model.sales import BatchStatus, ImportKind
from gui.domain_messages import DOMAIN_MESSAGES
from gui.messages import QT_TRANSLATE_NOOP

CONTEXT = "Import"

# The domain's import messages are in domain.messages.catalogue with every other domain message.
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
    return imports.describe_problem(exc, QCoreApplication.translate)


def describe_reason(error: RowError) -> str:
    return imports.describe_reason(error, QCoreApplication.translate)


def describe_row(line: int, errors: Iterable[RowError]) -> str:
    return imports.describe_row(line, errors, QCoreApplication.translate)


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
    return imports.describe_unknown(unknown, QCoreApplication.translate)


def kind_label(kind: ImportKind) -> str:
    return imports.kind_label(kind, QCoreApplication.translate)


def status_label(status: BatchStatus) -> str:
    return imports.status_label(status, QCoreApplication.translate)
