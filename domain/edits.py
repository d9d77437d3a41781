"""What an editor changed in one stored record: the fields it changed, by name, with their new values.

A form saves these onto the record as it is stored at save time, never the whole copy it loaded: a
field written elsewhere while the form was open (a star evaluation, an import) is left as written."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any, ClassVar, Protocol, TypeVar


class _Dataclass(Protocol):
    """What dataclasses.fields and replace need of their argument."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


R = TypeVar("R", bound=_Dataclass)


def changed_fields(before: Any, after: Any) -> dict[str, object]:
    """The fields of the dataclass `after` whose value differs from `before`'s; the id is not a field
    anyone edits."""
    return {
        f.name: getattr(after, f.name)
        for f in fields(before)
        if f.name != "id" and getattr(after, f.name) != getattr(before, f.name)
    }


def apply_changes(record: R, values: Mapping[str, object]) -> R:
    """`record` with `values` applied. A name that is not an editable field is a programming error."""
    editable = {f.name for f in fields(record)} - {"id"}
    unknown = sorted(set(values) - editable)
    if unknown:
        raise ValueError(f"not an editable field of {type(record).__name__}: {', '.join(unknown)}")
    return replace(record, **values)
