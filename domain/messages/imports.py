"""Import messages in the user's language, shared by the import dialogs, the import history and the
command line. The domain keeps English source templates with their parameters apart (ImportProblem,
RowError); they are translated with every other domain message (domain.messages.catalogue). This
module's own wording is in the "Import" context."""
from __future__ import annotations

from collections.abc import Iterable

from domain.importing.errors import ImportProblem, RowError
from domain.importing.sales import UnknownCustomer, UnknownProduct
from domain.messages import Translate
from domain.messages.catalogue import translate_domain
from domain.model.sales import BatchStatus, ImportKind

CONTEXT = "Import"


def describe_problem(exc: ImportProblem, translate: Translate) -> str:
    return translate_domain(exc.template, exc.params, translate)


def describe_reason(error: RowError, translate: Translate) -> str:
    return translate_domain(error.message, error.format_args(), translate)


def describe_row(line: int, errors: Iterable[RowError], translate: Translate) -> str:
    """One line for one bad row: "line 17: 许可证有效期: … ; 联系电话: …"."""
    reasons = "; ".join(
        translate("Import", "{column}: {reason}").format(column=e.column, reason=describe_reason(e, translate))
        if e.column else describe_reason(e, translate)
        for e in errors
    )
    return translate("Import", "line {line}: {problems}").format(line=line, problems=reasons)


def rows_by_line(errors: Iterable[RowError]) -> dict[int, list[RowError]]:
    by_line: dict[int, list[RowError]] = {}
    for e in errors:
        by_line.setdefault(e.line, []).append(e)
    return dict(sorted(by_line.items()))


def describe_unknown(unknown: UnknownCustomer | UnknownProduct, translate: Translate) -> str:
    """One line per customer or product the file names and the workspace lacks."""
    name = f" ({unknown.name})" if unknown.name else ""
    if isinstance(unknown, UnknownCustomer):
        template = (translate("Import", "Unknown customer {key}{name}: first on line {line}, {lines} lines.")
                    if unknown.by_license else
                    translate("Import", "Unknown customer code {key}{name}: first on line {line}, {lines} lines."))
    else:
        template = (translate("Import", "Unknown product {key}{name}: first on line {line}, {lines} lines.")
                    if unknown.by_code else
                    translate("Import", "Unknown product name {key}: first on line {line}, {lines} lines."))
    return template.format(key=unknown.key, name=name, line=unknown.first_line, lines=unknown.lines)


def kind_label(kind: ImportKind, translate: Translate) -> str:
    return {
        ImportKind.CUSTOMERS: translate("Import", "Customer import"),
        ImportKind.PRODUCTS: translate("Import", "Product import"),
        ImportKind.SALES: translate("Import", "Order import"),
        ImportKind.DEMO: translate("Import", "Demo data"),
    }.get(kind, kind.value)


def status_label(status: BatchStatus, translate: Translate) -> str:
    return {
        BatchStatus.COMMITTED: translate("Import", "Imported"),
        BatchStatus.UNDONE: translate("Import", "Undone"),
    }.get(status, status.value)


def import_source_text(kind: str, source_name: str, translate: Translate) -> str:
    """What a batch came from, in the user's words: the demo's batch says 演示数据 whatever its stored name
    (older demo workspaces stored "demo seed 7")."""
    if kind == "demo":
        return translate("EvaluationLabels", "Demo data")
    return source_name


def months_text(months: Iterable[str]) -> str:
    """"2026-09、2026-10": months as the batch summary keeps them."""
    return "、".join(months) or "—"


VALUE_PARAMS = ("value", "license_no", "code", "name", "year")  # the params that hold the cell's own text


def errors_file_headers(translate: Translate) -> tuple[str, str, str, str]:
    return (translate("Import", "Line"), translate("Import", "Column"), translate("Import", "Value"),
            translate("Import", "Reason"))


def errors_file_rows(errors: Iterable[RowError], translate: Translate) -> list[tuple[int, str, str, str]]:
    """The errors file's rows, one per problem, by line: line, column, the cell's value (when the
    reason names it), the reason in the user's language."""
    rows = []
    for error in sorted(errors, key=lambda e: e.line):
        args = error.format_args()
        value = next((str(args[p]) for p in VALUE_PARAMS if p in args), "")
        rows.append((error.line, error.column, value, describe_reason(error, translate)))
    return rows
