"""The due list's table model: every active customer kept, the filtered ones shown, sorted in Python."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from domain.visits.planning_views import DueFilter, DueRow, due_haystack, route_key
from gui.common import formatting as fmt
from gui.common.row_model import Column, Index, RowTableModel
from gui.visits import plan_labels as labels

NAME, ROUTE, DUE, LAST_VISIT, DAYS, PLANNED, ADDRESS, PHONE, EVERY, SEGMENT = range(10)


@functools.lru_cache(maxsize=100_000)
def _natural(text: str) -> tuple[Any, ...]:
    """Natural order of a route or an address, computed once per text: sorting 10,000 rows by route
    needs 10,000 address keys, and the next load has the same addresses."""
    return route_key(text)


class DueTableModel(RowTableModel[DueRow]):
    """All rows are kept; a change of what to show, of the route or of the day's plan recomputes the
    base list, a keystroke only tests the text against it; rows are sorted before they are shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self._columns_(), parent)
        self._all: list[DueRow] = []
        self._hays: list[str] = []
        self._base: list[tuple[DueRow, str]] = []
        self._planned: set[int] | None = None  # ids on the day's plan, once it changed after the load
        self._planned_count = 0
        self._filter = DueFilter()
        self.on: date | None = None  # the day the list is looked at

    def _columns_(self) -> list[Column[DueRow]]:
        days = QCoreApplication.translate("DueTableModel", "{days} d")
        return [
            Column(QCoreApplication.translate("DueTableModel", "Shop"), lambda r: r.name,
                   sort_key=lambda r: r.search_pinyin or r.name),
            # by route, then along it by address: the order a day is driven in
            Column(QCoreApplication.translate("DueTableModel", "Route"), lambda r: r.route,
                   sort_key=lambda r: (_natural(r.route), _natural(r.address), r.search_pinyin or r.name)),
            Column(QCoreApplication.translate("DueTableModel", "Due"), lambda r: r, labels.due_text,
                   sort_key=lambda r: r.urgency),
            Column(QCoreApplication.translate("DueTableModel", "Last visit"), lambda r: r, labels.last_visit_text,
                   sort_key=lambda r: r.last_done or date.min),
            Column(QCoreApplication.translate("DueTableModel", "Days"), lambda r: r.days_since, fmt.count,
                   numeric=True),
            Column(QCoreApplication.translate("DueTableModel", "Planned"), lambda r: r.next_planned,
                   lambda d: labels.short_day(d) if d else ""),
            Column(QCoreApplication.translate("DueTableModel", "Address"), lambda r: r.address,
                   sort_key=lambda r: _natural(r.address)),
            Column(QCoreApplication.translate("DueTableModel", "Phone"), lambda r: r.phone),
            Column(QCoreApplication.translate("DueTableModel", "Every"), lambda r: r.every_days,
                   lambda d: days.format(days=d), numeric=True),
            Column(QCoreApplication.translate("DueTableModel", "Segment"), lambda r: r.segment),
        ]

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[DueRow]:
        return self._all

    @property
    def filter(self) -> DueFilter:
        return self._filter

    def is_planned(self, row: DueRow) -> bool:
        return row.customer_id in self._planned if self._planned is not None else row.planned_here

    @property
    def planned_count(self) -> int:
        """How many of the rows are on the day's plan (and so not listed)."""
        return self._planned_count

    def load(self, rows: Sequence[DueRow], on: date) -> None:
        """New rows from the database; search keys are joined here once, not per keystroke."""
        self.on = on
        self._all = list(rows)
        self._hays = [due_haystack(r) for r in self._all]
        self._planned = None
        self._rebase()

    def set_filter(self, criteria: DueFilter) -> None:
        old, self._filter = self._filter, criteria
        if (old.show, old.not_visited_days, old.route) != (criteria.show, criteria.not_visited_days, criteria.route):
            self._rebase()
        else:
            self._apply()

    def set_planned(self, customer_ids: Iterable[int]) -> None:
        """The day's plan changed: its customers leave the list, the others come back."""
        planned = set(customer_ids)
        if planned != ({r.customer_id for r in self._all if r.planned_here} if self._planned is None
                       else self._planned):
            self._planned = planned
            self._rebase()

    def _rebase(self) -> None:
        shows, planned = self._filter.shows, self.is_planned
        unplanned = [(r, h) for r, h in zip(self._all, self._hays) if not planned(r)]
        self._planned_count = len(self._all) - len(unplanned)
        self._base = [(r, h) for r, h in unplanned if shows(r)]
        self._apply()

    def _apply(self) -> None:
        needles = self._filter.needles
        rows = [r for r, h in self._base if all(n in h for n in needles)] if needles else [r for r, _ in self._base]
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.rows):
            if index.column() == DUE:
                colour = labels.due_colour(self.rows[index.row()])
                return QBrush(QColor(colour)) if colour else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < len(self.rows):
            row = self.rows[index.row()]
            if index.column() == PLANNED and row.next_planned:
                return QCoreApplication.translate("DueTableModel", "Already on the plan of {date}").format(
                    date=labels.day_with_weekday(row.next_planned))
            if index.column() == DUE:
                return labels.due_tooltip(row)
            if index.column() in (NAME, ADDRESS):
                return "\n".join(t for t in (row.name, row.address, row.owner, row.phone) if t)
            return None
        return super().data(index, role)

    def row_of(self, customer_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.customer_id == customer_id), None)
