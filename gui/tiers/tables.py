"""The 分层 page's lists: the shops a recompute moves, the month's movements, and the shop list with its
filter. Each is a RowTableModel declaring its columns once; the shop list filters its own Python list
(docs/architecture.md, "Lists")."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from domain.model.customers import ValueTier
from domain.services.tier_report import StarDrop
from domain.services.tiers import Movement, TierListRow
from domain.tiers.distance import DistanceToNextGrade
from domain.tiers.model import TierAssignment, TierKind
from domain.tiers.recompute import ProposedChange
from gui.common import formatting as fmt
from gui.common.row_model import Column, RowTableModel
from gui.tiers.labels import TIERS, change_label, direction_label, kind_label, reasons_text, tier_label


def score_text(score: Decimal | None) -> str:
    return "" if score is None else f"{score:.1f}"


def _grade_number(row: TierAssignment | None) -> int | None:
    return int(row.value) if row is not None and row.value.isdigit() else None


def distance_text(d: DistanceToNextGrade | None) -> str:
    """The cartons more of the shop's own mix over the scheme's months that lift it a grade, and their cost."""
    if d is None:
        return ""
    return QCoreApplication.translate("TiersTables", "+{n} cartons (≈{yuan}) → grade {grade}").format(
        n=fmt.count(d.more_cartons), yuan=fmt.whole_money(d.more_yuan), grade=d.next_grade)




def change_columns() -> list[Column[ProposedChange]]:
    """A previewed recompute's moves."""
    return [
        Column(QCoreApplication.translate("TiersTables", "License"), lambda c: c.shop.license_no),
        Column(QCoreApplication.translate("TiersTables", "Shop"), lambda c: c.shop.name),
        Column(QCoreApplication.translate("TiersTables", "Kind"), lambda c: c.kind, kind_label),
        Column(QCoreApplication.translate("TiersTables", "Change"), lambda c: change_label(c.kind, c.before, c.after)),
        Column(QCoreApplication.translate("TiersTables", "Move"), lambda c: direction_label(c.moved, c.kind)),
        Column(QCoreApplication.translate("TiersTables", "Score"), lambda c: c.assignment.score if c.assignment and c.kind is TierKind.GRADE else None,
               score_text, numeric=True),
    ]


def movement_columns() -> list[Column[Movement]]:
    return [
        Column(QCoreApplication.translate("TiersTables", "Move"), lambda m: direction_label(m.direction, m.kind)),
        Column(QCoreApplication.translate("TiersTables", "Kind"), lambda m: m.kind, kind_label),
        Column(QCoreApplication.translate("TiersTables", "License"), lambda m: m.license_no),
        Column(QCoreApplication.translate("TiersTables", "Shop"), lambda m: m.name),
        Column(QCoreApplication.translate("TiersTables", "Change"), lambda m: change_label(m.kind, m.before, m.after)),
        Column(QCoreApplication.translate("TiersTables", "Score"), lambda m: m.assignment.score if m.kind is TierKind.GRADE else None,
               score_text, numeric=True),
        Column(QCoreApplication.translate("TiersTables", "Reason"), lambda m: reasons_text(m.assignment, None)),
        Column(QCoreApplication.translate("TiersTables", "Note"), lambda m: m.assignment.note),
    ]


def shop_columns() -> list[Column[TierListRow]]:
    return [
        Column(QCoreApplication.translate("TiersTables", "License"), lambda r: r.license_no),
        Column(QCoreApplication.translate("TiersTables", "Shop"), lambda r: r.name),
        Column(QCoreApplication.translate("TiersTables", "Grade"), lambda r: _grade_number(r.grade), numeric=True),
        Column(QCoreApplication.translate("TiersTables", "Value tier"), lambda r: r.tier.value if r.tier else None, tier_label,
               sort_key=lambda r: _tier_rank(r.tier)),
        Column(QCoreApplication.translate("TiersTables", "Score"), lambda r: r.grade.score if r.grade else None, score_text, numeric=True),
        Column(QCoreApplication.translate("TiersTables", "To the next grade"), lambda r: r.distance, distance_text,
               sort_key=lambda r: r.distance.more_cartons if r.distance else None),
        Column(QCoreApplication.translate("TiersTables", "Reason"), lambda r: reasons_text(r.grade, r.tier)),
    ]


def star_drop_columns() -> list[Column[StarDrop]]:
    """掉星: the month's latest evaluation against the one before it."""
    return [
        Column(QCoreApplication.translate("TiersTables", "License"), lambda d: d.license_no),
        Column(QCoreApplication.translate("TiersTables", "Shop"), lambda d: d.name),
        Column(QCoreApplication.translate("TiersTables", "Stars"), lambda d: QCoreApplication.translate(
            "TiersTables", "{before} → {after} stars").format(before=d.previous_stars, after=d.stars),
            sort_key=lambda d: d.stars - d.previous_stars),
        Column(QCoreApplication.translate("TiersTables", "Evaluated"), lambda d: d.evaluated_on, fmt.day),
        Column(QCoreApplication.translate("TiersTables", "Before"), lambda d: d.previous_on, fmt.day),
        Column(QCoreApplication.translate("TiersTables", "Score"), lambda d: QCoreApplication.translate(
            "TiersTables", "{before} → {after}").format(before=score_text(d.previous_total), after=score_text(d.total_score))),
    ]


def _tier_rank(row: TierAssignment | None) -> int | None:
    if row is None:
        return None
    order = [t.value for t in TIERS]
    return order.index(row.value) if row.value in order else len(order)


@dataclass(frozen=True)
class ShopFilter:
    """What the shop list shows: text in the name or license, and a grade range or a tier."""

    text: str = ""
    grades: tuple[int, int] | None = None  # inclusive
    tier: ValueTier | None = None

    def keeps(self, row: TierListRow) -> bool:
        needle = self.text.strip().casefold()
        if needle and needle not in row.name.casefold() and needle not in row.license_no:
            return False
        if self.grades is not None:
            grade = _grade_number(row.grade)
            if grade is None or not self.grades[0] <= grade <= self.grades[1]:
                return False
        return self.tier is None or (row.tier is not None and row.tier.value == self.tier.value)


class ShopListModel(RowTableModel[TierListRow]):
    """The month's shops; `rows` are the ones the filter keeps, `all_rows` every shop."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(shop_columns(), parent)
        self.all_rows: list[TierListRow] = []
        self.filter = ShopFilter()

    def set_all(self, rows: Sequence[TierListRow]) -> None:
        self.all_rows = list(rows)
        self.set_rows([r for r in self.all_rows if self.filter.keeps(r)])

    def set_filter(self, wanted: ShopFilter) -> None:
        self.filter = wanted
        self.set_rows([r for r in self.all_rows if wanted.keeps(r)])


def grade_bands(grades: int, width: int = 5) -> list[tuple[int, int]]:
    """The filter's grade ranges, highest first: 26–30, 21–25, … 1–5."""
    bands = []
    top = grades
    while top >= 1:
        bands.append((max(1, top - width + 1), top))
        top -= width
    return bands
