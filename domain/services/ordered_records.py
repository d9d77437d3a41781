"""Adding or updating one of a short, user-ordered list (segments, custom fields): a new one goes last."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Protocol, TypeVar

from domain.errors import NotFound


class Ordered(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def sort_order(self) -> int: ...
    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=Ordered)


def add_or_update(record: R, existing: Sequence[R], add: Callable[[R], int], update: Callable[[R], None],
                  what: str) -> R:
    """`record` stored: added at the end of `existing` when it has no id, else updated (NotFound when
    its id is not among them). Call inside an open unit of work."""
    if record.id is None:
        order = max((e.sort_order for e in existing), default=0) + 1
        record = replace(record, sort_order=record.sort_order or order)
        return replace(record, id=add(record))
    if not any(e.id == record.id for e in existing):
        raise NotFound(what, record.id)
    update(record)
    return record
