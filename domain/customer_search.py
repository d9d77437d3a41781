"""Finding customers in the list: the search box and the filters, on precomputed keys.

Matching runs on every keystroke over up to 10,000 rows, so each row's searchable text is joined and
lower-cased once (`haystack`) and a keystroke is one substring test per row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from domain.read_models import CustomerListRow

ACTIVE_STATUSES = frozenset({"active", "suspended"})


def haystack(row: CustomerListRow) -> str:
    """Name, owner, phone, address, license no, customer code and the name's pinyin, full and initials."""
    return "\x1f".join(
        (row.name, row.owner, row.phone, row.address, row.license_no, row.customer_code,
         row.search_pinyin, row.search_initials)
    ).lower()


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    segment: str | None = None
    route: str | None = None
    grade_min: int | None = None
    grade_max: int | None = None
    star_level: int | None = None
    value_tier: str | None = None
    status: str | None = "current"  # "current" (active + suspended), "archived", or None for all
    tags: frozenset[str] = field(default_factory=frozenset)

    @property
    def needles(self) -> tuple[str, ...]:
        """Words typed in the box; every one must match (北环 138 finds the shop by name and phone)."""
        return tuple(w for w in self.text.lower().replace("\u3000", " ").split() if w)

    def matches(self, row: CustomerListRow, hay: str) -> bool:
        if self.status == "current" and row.status not in ACTIVE_STATUSES:
            return False
        if self.status == "archived" and row.status != "archived":
            return False
        if self.segment is not None and row.segment != self.segment:
            return False
        if self.route is not None and row.route != self.route:
            return False
        if self.grade_min is not None and (row.grade is None or row.grade < self.grade_min):
            return False
        if self.grade_max is not None and (row.grade is None or row.grade > self.grade_max):
            return False
        if self.star_level is not None and row.star_level != self.star_level:
            return False
        if self.value_tier is not None and row.value_tier != self.value_tier:
            return False
        if self.tags and not self.tags.issubset(row.tags):
            return False
        return all(n in hay for n in self.needles)


def filter_rows(
    rows: list[CustomerListRow], hays: list[str], criteria: CustomerFilter
) -> list[CustomerListRow]:
    return [row for row, hay in zip(rows, hays) if criteria.matches(row, hay)]
