"""The due list's table model: every active customer kept, the filtered ones shown, sorted in Python."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from domain.visit_rows import DueFilter, DueRow, due_haystack, filter_due, route_key
from gui.common import formatting as fmt
from gui.common.row_model import Column, Index, RowTableModel
from gui.visits import plan_labels as labels

NAME, ROUTE, DUE, LAST_VISIT, DAYS, PLANNED, ADDRESS, PHONE, EVERY, SEGMENT = range(10)



class DueTableModel(RowTableModel[DueRow]):
    def __init__(self, parent: Any = None) -> None:
        self._keys: dict[int, tuple[Any, ...]] = {}  # natural route + address order, per customer
        super().__init__(self._columns_(), parent)
        self._all: list[DueRow] = []
        self._hays: list[str] = []
        self._filter = DueFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.on: date | None = None  # the day the list is looked at

    def _columns_(self) -> list[Column[DueRow]]:
        days = QCoreApplication.translate("DueTableModel", "{days} d")
        return [
            Column(QCoreApplication.translate("DueTableModel", "Shop"), lambda r: r.name,
                   sort_key=lambda r: r.search_pinyin or r.name),
            # by route, then along it by address: the order a day is driven in
            Column(QCoreApplication.translate("DueTableModel", "Route"), lambda r: r.route,
                   sort_key=lambda r: self._keys[r.customer_id]),
            Column(QCoreApplication.translate("DueTableModel", "Due"), lambda r: r, labels.due_text,
                   sort_key=lambda r: r.urgency),
            Column(QCoreApplication.translate("DueTableModel", "Last visit"), lambda r: r, labels.last_visit_text,
                   sort_key=lambda r: r.last_done or date.min),
            Column(QCoreApplication.translate("DueTableModel", "Days"), lambda r: r.days_since, fmt.count,
                   numeric=True),
            Column(QCoreApplication.translate("DueTableModel", "Planned"), lambda r: r.next_planned,
                   lambda d: labels.short_day(d) if d else ""),
            Column(QCoreApplication.translate("DueTableModel", "Address"), lambda r: r.address,
                   sort_key=lambda r: route_key(r.address)),
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

    def load(self, rows: Sequence[DueRow], on: date) -> None:
        """New rows from the database; search keys and route order are computed here once."""
        self.on = on
        self._all = list(rows)
        self._hays = [due_haystack(r) for r in self._all]
        routes = {route: route_key(route) for route in {r.route for r in self._all}}
        self._keys = {r.customer_id: (routes[r.route], route_key(r.address), r.search_pinyin or r.name)
                      for r in self._all}
        self._apply()

    def set_filter(self, criteria: DueFilter) -> None:
        self._filter = criteria
        self._apply()

    @property
    def filter(self) -> DueFilter:
        return self._filter

    def set_planned(self, customer_ids: Iterable[int]) -> None:
        """The day's plan changed: its customers leave the list, the others come back."""
        planned = set(customer_ids)
        self._all = [r._replace(planned_here=r.customer_id in planned) for r in self._all]
        self._apply()

    def _apply(self) -> None:
        self.set_rows(filter_due(self._all, self._hays, self._filter))
        if self._sort is not None:
            super().sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        super().sort(column, order)

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
