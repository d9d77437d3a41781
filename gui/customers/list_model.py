"""The customer list's table model: all rows kept, the filtered ones shown, sorted in Python."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from domain.customer_search import CustomerFilter, filter_rows, haystack
from domain.read_models import CustomerListRow
from gui.common import formatting as fmt
from gui.common.row_model import Column, RowTableModel
from gui.customers.labels import stars, value_tier_labels


def customer_columns(month: date | None) -> list[Column[CustomerListRow]]:
    tiers = {t.value: label for t, label in value_tier_labels().items()}
    cartons_header = (
        QCoreApplication.translate("CustomerTableModel", "Cartons {month}").format(month=fmt.month(month))
        if month else QCoreApplication.translate("CustomerTableModel", "Cartons this month")
    )
    return [
        Column(QCoreApplication.translate("CustomerTableModel", "License no"), lambda r: r.license_no),
        Column(QCoreApplication.translate("CustomerTableModel", "Name"), lambda r: r.name,
               sort_key=lambda r: r.search_pinyin),
        Column(QCoreApplication.translate("CustomerTableModel", "Owner"), lambda r: r.owner),
        Column(QCoreApplication.translate("CustomerTableModel", "Phone"), lambda r: r.phone),
        Column(QCoreApplication.translate("CustomerTableModel", "Route"), lambda r: r.route),
        Column(QCoreApplication.translate("CustomerTableModel", "Segment"), lambda r: r.segment),
        Column(QCoreApplication.translate("CustomerTableModel", "Grade"), lambda r: r.grade, numeric=True),
        Column(QCoreApplication.translate("CustomerTableModel", "Star"), lambda r: r.star_level, stars),
        Column(QCoreApplication.translate("CustomerTableModel", "Integrity"), lambda r: r.integrity_grade),
        Column(QCoreApplication.translate("CustomerTableModel", "Value tier"), lambda r: r.value_tier,
               lambda v: tiers.get(v, "") if v else ""),
        Column(QCoreApplication.translate("CustomerTableModel", "Last visit"), lambda r: r.last_visit, fmt.day),
        Column(cartons_header, lambda r: r.month_cartons, fmt.count, numeric=True),
    ]


NAME_COLUMN = 1


class CustomerTableModel(RowTableModel[CustomerListRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(customer_columns(None), parent)
        self._all: list[CustomerListRow] = []
        self._hays: list[str] = []
        self._filter = CustomerFilter()
        self.month: date | None = None

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[CustomerListRow]:
        return self._all

    def load(self, rows: Sequence[CustomerListRow], month: date | None) -> None:
        """New data from the database; search keys are joined here once, not per keystroke."""
        self.month = month
        self._columns = customer_columns(month)
        self._all = list(rows)
        self._hays = [haystack(r) for r in self._all]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        self._apply()

    def set_filter(self, criteria: CustomerFilter) -> None:
        self._filter = criteria
        self._apply()

    def _apply(self) -> None:
        self.set_rows(filter_rows(self._all, self._hays, self._filter))

    def criteria_hiding(self, customer_id: int) -> frozenset[str] | None:
        """The names of the filter's criteria that hide this customer, each tested alone; None when the
        customer is not in the list at all."""
        for row, hay in zip(self._all, self._hays):
            if row.id == customer_id:
                everyone = CustomerFilter(status=None)
                return frozenset(
                    f.name for f in fields(CustomerFilter)
                    if not replace(everyone, **{f.name: getattr(self._filter, f.name)}).matches(row, hay)
                )
        return None

    def row_of(self, customer_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == customer_id), None)
