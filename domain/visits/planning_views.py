"""Read models of the visits area's planning side: the due list and a day plan, as plain rows.

NamedTuples, not frozen dataclasses: the due list holds a row per active customer (10,000 in a large
territory) and is rebuilt on every refresh.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple

from domain.visits.due import DueCategory


class DueFacts(NamedTuple):
    """What storage knows about one active customer for the due list, before the rules run."""

    customer_id: int
    license_no: str
    name: str
    owner: str
    phone: str
    address: str
    route: str
    segment: str
    override_every_days: int | None  # Customer.visit_every_days
    segment_every_days: int | None
    last_done: date | None  # the last done visit on or before the day looked at
    last_type: str | None  # its VisitType value
    planned_here: bool  # a stop on the plan of the day looked at
    next_planned: date | None  # the first plan from today on with this customer still to visit
    search_pinyin: str = ""
    search_initials: str = ""
    value_tier: str | None = None  # its care plan may override the segment's frequency


class DueRow(NamedTuple):
    """One line of the due list: the facts and where the customer stands on the day looked at."""

    customer_id: int
    license_no: str
    name: str
    owner: str
    phone: str
    address: str
    route: str
    segment: str
    every_days: int
    last_done: date | None
    last_type: str | None
    next_due: date | None  # None: never visited, due now
    category: DueCategory
    days_since: int | None  # "not visited for N days"; None: never visited
    days_overdue: int
    planned_here: bool
    next_planned: date | None
    search_pinyin: str = ""
    search_initials: str = ""

    @property
    def urgency(self) -> tuple[int, int, date]:
        return (self.category.rank, -self.days_overdue, self.next_due or date.min)


def due_haystack(row: DueRow) -> str:
    """What the due list's search box matches: name, owner, phone, address, license no and the
    name's pinyin (full and initials), lower case."""
    return "\x1f".join((row.name, row.owner, row.phone, row.address, row.license_no,
                        row.search_pinyin, row.search_initials)).lower()


class PlanStopRow(NamedTuple):
    """One stop of a day plan as the plan list shows it."""

    position: int
    customer_id: int
    name: str
    route: str
    address: str
    phone: str
    owner: str
    visit_id: int | None
    status: str  # VisitStatus value; "planned" when the stop has no visit
    visit_type: str  # VisitType value


@dataclass(frozen=True)
class DayPlanView:
    """A date's plan: no plan yet is an empty one (plan_id None)."""

    plan_date: date
    stops: tuple[PlanStopRow, ...] = ()
    plan_id: int | None = None
    route: str = ""
    note: str = ""

    @property
    def customer_ids(self) -> list[int]:
        return [s.customer_id for s in self.stops]

    def stop_of(self, customer_id: int) -> PlanStopRow | None:
        return next((s for s in self.stops if s.customer_id == customer_id), None)

    def count(self, status: str) -> int:
        return sum(s.status == status for s in self.stops)


# --- routes ---------------------------------------------------------------------------------------

_NUMERALS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_NUMBER = re.compile(r"(\d+|[零一二两三四五六七八九十百]+)")


def chinese_numeral_value(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零五 → 105; digits alone read as written
    (一二 → 12)."""
    if "十" not in text and "百" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _NUMERALS[ch]
        return value
    total, digit = 0, 0
    for ch in text:
        if ch == "百":
            total += (digit or 1) * 100
            digit = 0
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _NUMERALS[ch]
    return total + digit


def route_key(route: str) -> tuple[int | str, ...]:
    """Sorts routes (and addresses) naturally: 线路二 before 线路十, 北环路3号 before 北环路12号;
    an empty text last. Text and numbers alternate in the key, so keys always compare."""
    if not route:
        return (1,)
    parts = _NUMBER.split(route)  # text, number, text, …, text
    return (0, *(
        p if n % 2 == 0 else (int(p) if p.isdigit() else chinese_numeral_value(p))
        for n, p in enumerate(parts)
    ))


def route_summary(routes: Iterable[str]) -> str:
    """The routes a day's stops lie on, in visiting order, each once: 线路一、线路六."""
    seen: list[str] = []
    for route in routes:
        if route and route not in seen:
            seen.append(route)
    return "、".join(seen)


# --- the due list's filters -----------------------------------------------------------------------


class DueShow(str, Enum):
    """Which customers the due list shows."""

    DUE = "due"  # overdue, due that day or due by the end of its week
    DUE_NOW = "due_now"  # overdue or due that day
    OVERDUE = "overdue"
    NOT_VISITED = "not_visited"  # not visited for at least N days (or never)
    ALL = "all"


@dataclass(frozen=True)
class DueFilter:
    show: DueShow = DueShow.DUE
    not_visited_days: int = 30
    route: str | None = None
    text: str = ""

    @property
    def needles(self) -> tuple[str, ...]:
        """Words typed in the box; every one must match (北环 138 finds the shop by name and phone)."""
        return tuple(self.text.lower().replace("\u3000", " ").split())

    def matches(self, row: DueRow, hay: str) -> bool:
        """Customers already on the day's plan are never listed: the plan shows them."""
        return not row.planned_here and self.shows(row) and all(n in hay for n in self.needles)

    def shows(self, row: DueRow) -> bool:
        """The route and the choice of what to show, without the text typed."""
        if self.route is not None and row.route != self.route:
            return False
        show, category = self.show, row.category
        if show is DueShow.DUE:
            return category.is_due
        if show is DueShow.DUE_NOW:
            return category in (DueCategory.OVERDUE, DueCategory.DUE_TODAY)
        if show is DueShow.OVERDUE:
            return category is DueCategory.OVERDUE
        if show is DueShow.NOT_VISITED:
            return row.days_since is None or row.days_since >= self.not_visited_days
        return True


def filter_due(rows: Sequence[DueRow], hays: Sequence[str], criteria: DueFilter,
               planned: Collection[int] | None = None) -> list[DueRow]:
    """The rows the list shows. `planned`: the ids on the day's plan, when newer than the rows'
    `planned_here` (the plan changed since the rows were read)."""
    needles = criteria.needles
    return [
        row for row, hay in zip(rows, hays)
        if not (row.customer_id in planned if planned is not None else row.planned_here)
        and criteria.shows(row) and all(n in hay for n in needles)
    ]
