"""What the 分层 page shows of one month, loaded on the worker: the month's rows, movements, star drops and
quadrant with the schemes they were computed by."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.model.custom_fields import CustomField
from domain.model.customers import ValueTier
from domain.services import tiers as service
from domain.services.analysis import available_months
from domain.services.custom_fields import custom_fields
from domain.services.tier_report import StarDrop, star_drops
from domain.services.tier_schemes import load_scheme
from domain.services.tiers import Movement, Quadrant, TierListRow
from domain.tiers.model import RecomputeBatch
from domain.tiers.schemes import ContributionMeasure, GradeScheme, SchemeKind, ValueTierScheme


@dataclass(frozen=True)
class PageData:
    """One load, brought to the GUI thread."""

    months: list[date]  # newest first
    month: date | None
    rows: list[TierListRow] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    star_drops: list[StarDrop] = field(default_factory=list)
    quadrant: Quadrant | None = None
    grade_scheme: GradeScheme = field(default_factory=GradeScheme)
    tier_scheme: ValueTierScheme = field(default_factory=ValueTierScheme)
    undoable: RecomputeBatch | None = None  # the latest recompute, while it is not undone
    contribution_field: CustomField | None = None

    @property
    def grade_counts(self) -> Counter[int]:
        return Counter(int(r.grade.value) for r in self.rows if r.grade is not None and r.grade.value.isdigit())

    @property
    def tier_counts(self) -> Counter[ValueTier]:
        return Counter(ValueTier(r.tier.value) for r in self.rows if r.tier is not None)


def load_page(uow: Callable[[], Any], wanted: date | None) -> PageData:
    months = available_months(uow())
    batches = service.recompute_batches(uow())
    undoable = batches[0] if batches and batches[0].undone_at is None else None
    grade_scheme, tier_scheme = load_scheme(uow(), SchemeKind.GRADE), load_scheme(uow(), SchemeKind.VALUE_TIER)
    assert isinstance(grade_scheme, GradeScheme) and isinstance(tier_scheme, ValueTierScheme)
    measured_by = next((f for f in custom_fields(uow(), include_archived=True) if f.id == tier_scheme.contribution_field_id
                        and tier_scheme.contribution is ContributionMeasure.CUSTOM), None)
    if not months:
        return PageData(months, None, grade_scheme=grade_scheme, tier_scheme=tier_scheme, undoable=undoable,
                        contribution_field=measured_by)
    month = wanted if wanted in months else (service.latest_order_month(uow()) or months[0])
    distances = service.distances(uow(), month)
    rows = [replace(r, distance=distances.get(r.customer_id)) for r in service.tier_list(uow(), month)]
    # the newest month is evaluated early in the next one: its 掉星 run up to today
    until = date.max if month == months[0] else None
    return PageData(months, month, rows, service.movements(uow(), month), star_drops(uow(), month, until),
                    service.quadrant(uow(), month), grade_scheme, tier_scheme, undoable, measured_by)


def contribution_title(scheme: ValueTierScheme, custom: CustomField | None = None) -> str:
    if scheme.contribution is ContributionMeasure.CUSTOM:
        name = custom.name if custom is not None else QCoreApplication.translate("TiersPage", "a removed custom field")
        unit = f"（{custom.unit}）" if custom is not None and custom.unit else ""
        return QCoreApplication.translate("TiersPage", "Contribution ({field}{unit}, as kept in the dossiers)").format(
            field=name, unit=unit)
    measures = {
        ContributionMeasure.GROSS_PROFIT: QCoreApplication.translate("TiersPage", "gross profit, ¥"),
        ContributionMeasure.AMOUNT: QCoreApplication.translate("TiersPage", "purchase amount, ¥"),
        ContributionMeasure.CARTONS: QCoreApplication.translate("TiersPage", "cartons"),
    }
    return QCoreApplication.translate("TiersPage", "Contribution ({measure}, last {months} months)").format(
        measure=measures[scheme.contribution], months=scheme.months)
