"""Which columns an import knows: the field, its Chinese header, its aliases, whether required;
the automatic mapping of a file's headers, and the check of a mapping the user corrected."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from domain.importing.errors import MappingInvalid
from domain.importing.table import normalize_header

# source column index → field name; columns left out are not imported
ColumnMapping = Mapping[int, str]


@dataclass(frozen=True)
class ColumnSpec:
    field: str  # canonical field name, also accepted as a header (license_no)
    header: str  # the Chinese column name (专卖许可证号; docs/domain.md, "Import columns")
    label: str  # English source text for the GUI, translated there ("License number")
    aliases: tuple[str, ...] = ()  # other names seen in real files, Chinese and English
    required: bool = False


class ColumnSet:
    """The columns of one kind of import, looked up by any of their names."""

    def __init__(self, kind: str, specs: Iterable[ColumnSpec]) -> None:
        self.kind = kind
        self.specs: tuple[ColumnSpec, ...] = tuple(specs)
        self._by_field = {s.field: s for s in self.specs}
        self._by_name: dict[str, str] = {}
        for spec in self.specs:
            for name in (spec.field, spec.header, spec.label, *spec.aliases):
                key = normalize_header(name)
                owner = self._by_name.setdefault(key, spec.field)
                assert owner == spec.field, f"{name!r} names both {owner} and {spec.field}"

    def __iter__(self) -> Iterator[ColumnSpec]:
        return iter(self.specs)

    def spec(self, field: str) -> ColumnSpec:
        return self._by_field[field]

    def field_for(self, header: str) -> str | None:
        return self._by_name.get(normalize_header(header))

    def is_known(self, normalized_header: str) -> bool:
        return normalized_header in self._by_name

    @property
    def required(self) -> tuple[ColumnSpec, ...]:
        return tuple(s for s in self.specs if s.required)


def auto_mapping(headers: Sequence[str], columns: ColumnSet) -> dict[int, str]:
    """Each header that names a known column maps to it; the first of two same-named columns wins."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = columns.field_for(header) if header.strip() else None
        if field is not None and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def check_mapping(mapping: ColumnMapping, headers: Sequence[str], columns: ColumnSet) -> None:
    """Raise MappingInvalid if a required field has no column or a field has two."""
    by_field: dict[str, list[int]] = {}
    for index, field in sorted(mapping.items()):
        if field not in {s.field for s in columns}:
            raise MappingInvalid("Unknown field {field}.", field=field)
        by_field.setdefault(field, []).append(index)
    missing = [s.header for s in columns.required if s.field not in by_field]
    if missing:
        raise MappingInvalid("The file has no column for {fields}; map a column to it.",
                             fields="、".join(missing))
    for field, indexes in by_field.items():
        if len(indexes) > 1:
            names = "、".join(column_name(headers, i) for i in indexes)
            raise MappingInvalid("The columns {columns} are all mapped to {field}; map only one.",
                                 columns=names, field=columns.spec(field).header)


def column_name(headers: Sequence[str], index: int) -> str:
    """The file's header for a column, or its spreadsheet letter when the header cell is empty."""
    header = headers[index] if index < len(headers) else ""
    return header or f"#{spreadsheet_letter(index)}"


def spreadsheet_letter(index: int) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters
