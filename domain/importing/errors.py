"""What can go wrong in an import, in the user's terms. Each error keeps its English source
template and parameters apart, so the GUI and the command line can translate it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.errors import DomainError

if TYPE_CHECKING:  # domain.importing.sales raises these errors, so it cannot be imported at run time
    from domain.importing.sales import UnknownCustomer, UnknownProduct


class ImportProblem(DomainError):
    """Base of every import error (template and params as every DomainError has them)."""


# --- reading the file -----------------------------------------------------------------------------


class UnreadableFile(ImportProblem):
    """The file is missing, unreadable, or not a table this program can read."""


class UnsupportedFile(UnreadableFile):
    """The old binary Excel format (.xls), which is not read: it needs another library, and
    Excel, WPS and LibreOffice all save .xlsx."""

    def __init__(self, name: str) -> None:
        super().__init__("{name} is an old-style Excel file (.xls); save it as an Excel workbook (.xlsx) "
                         "or as CSV and try again.", name=name)


class FileNotFound(UnreadableFile):
    def __init__(self, path: str) -> None:
        super().__init__("There is no file {path}.", path=path)


class FileTooLarge(UnreadableFile):
    def __init__(self, size_mb: int, limit_mb: int) -> None:
        super().__init__("The file is {size_mb} MB; files up to {limit_mb} MB can be imported.",
                         size_mb=size_mb, limit_mb=limit_mb)


class TooManyRows(UnreadableFile):
    def __init__(self, limit: int) -> None:
        super().__init__("The file has more than {limit} rows; split it and import the parts.", limit=limit)


class TooManyColumns(UnreadableFile):
    def __init__(self, line: int, limit: int) -> None:
        super().__init__("Line {line} has more than {limit} columns; this does not look like a table to import.",
                         line=line, limit=limit)


class UndecodableFile(UnreadableFile):
    """Text that is neither UTF-8 nor GB18030 (GBK) — or not the encoding the user chose."""

    def __init__(self, line: int, encoding: str, chosen: bool = False) -> None:
        if chosen:
            super().__init__("Line {line} of the file is not {encoding} text. Choose another encoding.",
                             line=line, encoding=encoding)
        else:
            super().__init__(
                "Line {line} of the file is neither UTF-8 nor GB18030 (GBK) text, so the file was not read. "
                "Save it as UTF-8 CSV or as an Excel workbook and try again.",
                line=line, encoding=encoding)
        self.line = line
        self.encoding = encoding


class MalformedFile(UnreadableFile):
    def __init__(self, line: int, detail: str) -> None:
        super().__init__("Line {line} cannot be read: {detail}", line=line, detail=detail)
        self.line = line


class DamagedWorkbook(UnreadableFile):
    def __init__(self, detail: str) -> None:
        super().__init__("The workbook cannot be read ({detail}).", detail=detail)


class EncryptedWorkbook(UnreadableFile):
    def __init__(self) -> None:
        super().__init__("The workbook is protected by a password; open it in Excel or WPS, remove the password, "
                         "save it and try again.")


class WorkbookTooLarge(UnreadableFile):
    """A workbook past one of domain.importing.limits, found before it was unpacked in full. `kind`:
    unpacked (MB), ratio, rows, columns, cells_per_row or cells."""

    TEMPLATES = {
        "unpacked": "The workbook would unpack to at least {found} MB; workbooks up to {limit} MB unpacked can be "
                    "imported. Save the sheet as CSV, or split it.",
        "ratio": "The workbook unpacks to {found} times its size, which no real sheet does; it was not opened.",
        "rows": "The sheet has at least {found} rows; up to {limit} can be imported. Split it and import the parts.",
        "columns": "The sheet uses column {found}; up to {limit} columns can be read. Delete the empty columns "
                   "on the right and save it again.",
        "cells_per_row": "A row of the sheet has at least {found} cells; up to {limit} can be read. Delete the empty "
                         "columns on the right and save it again.",
        "cells": "The sheet has at least {found} cells; up to {limit} can be imported. Split it, or save it as CSV.",
    }

    def __init__(self, kind: str, found: int, limit: int) -> None:
        super().__init__(self.TEMPLATES.get(kind, "The workbook is too large to import ({found}; at most {limit})."),
                         found=found, limit=limit)
        self.kind = kind


class MojibakeText(UnreadableFile):
    """Text that decodes without error yet reads as garbage, as a Big5 file read as GB18030 does."""

    def __init__(self, line: int, encoding: str, likely: str | None) -> None:
        if likely:
            super().__init__("Line {line} reads as garbled text in {encoding}; the file looks like {likely}. "
                             "Choose the encoding ({likely}) and import again.",
                             line=line, encoding=encoding, likely=likely)
        else:
            super().__init__("Line {line} reads as garbled text in {encoding}. Choose the file's encoding and "
                             "import again.", line=line, encoding=encoding)
        self.line = line
        self.encoding = encoding
        self.likely = likely


class EmptyFile(UnreadableFile):
    def __init__(self) -> None:
        super().__init__("The file has no rows.")


# --- mapping and rows -----------------------------------------------------------------------------


class MappingInvalid(ImportProblem):
    """The columns as mapped cannot be imported: a required field has no column, or two columns
    go to the same field."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template, **params)


@dataclass(frozen=True)
class RowError:
    """One problem with one row: the physical line, the column as the file names it, the reason."""

    line: int
    column: str  # the file's own header for the column, or the field's Chinese name
    message: str  # English source template
    params: tuple[tuple[str, object], ...] = ()

    def format_args(self) -> dict[str, object]:
        return dict(self.params)

    def text(self) -> str:
        reason = self.message.format(**self.format_args())
        return f"line {self.line}: {self.column}: {reason}" if self.column else f"line {self.line}: {reason}"


class ImportRejected(ImportProblem):
    """All or nothing: at least one row is invalid, so nothing was written."""

    def __init__(self, errors: list[RowError], bad_rows: int | None = None) -> None:
        lines = len({e.line for e in errors}) if bad_rows is None else bad_rows
        super().__init__("Rows with problems: {rows}; nothing was imported.", rows=lines)
        self.errors = errors
        self.bad_rows = lines  # may be more rows than `errors` names, when a huge file is all wrong


class ValueProblem(ValueError):
    """A cell that cannot be read as its field's kind of value (internal to row reading)."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class ImportCancelled(ImportProblem):
    """The user cancelled; the unit of work was left without commit, so nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


class UnknownReferences(ImportProblem):
    """Order lines name customers or products the workspace does not have: nothing was imported.
    `customers` and `products` list them (domain.importing.sales.UnknownCustomer / UnknownProduct)."""

    def __init__(self, customers: tuple[UnknownCustomer, ...], products: tuple[UnknownProduct, ...]) -> None:
        super().__init__("Customers not in the workspace: {customers}; products not in the workspace: {products}; "
                         "nothing was imported.", customers=len(customers), products=len(products))
        self.customers = customers
        self.products = products


# --- import batches -------------------------------------------------------------------------------


class BatchNotFound(ImportProblem):
    def __init__(self, batch_id: int) -> None:
        super().__init__("There is no import batch {batch}.", batch=batch_id)


class BatchAlreadyUndone(ImportProblem):
    def __init__(self, batch_id: int) -> None:
        super().__init__("Import batch {batch} has already been undone.", batch=batch_id)


class UndoNotSupported(ImportProblem):
    """Only order-line imports are undone as a whole: a customer or product import changed records
    that other work may have changed since."""

    TEMPLATES = {
        "customers": "Import batch {batch} brought in customers; only order imports can be undone. Correct the "
                     "customers by hand or import a corrected file.",
        "products": "Import batch {batch} brought in products; only order imports can be undone. Correct the "
                    "products by hand or import a corrected file.",
    }

    def __init__(self, batch_id: int, kind: str) -> None:
        template = self.TEMPLATES.get(kind, "Import batch {batch} is not an order import and cannot be undone.")
        super().__init__(template, batch=batch_id)
