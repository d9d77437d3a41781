"""The area's lists: the plans, a plan's target shops with their stage, and the editable proposal (each
shop with a tick). The figures are the domain's; only their words and formats are here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.cultivation.fit import ProposalRow
from domain.cultivation.model import Stage
from domain.services.cultivation import PlanSummary, TargetProgress
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.common.ticked_shops import TickedShopsModel
from gui.messages import QT_TRANSLATE_NOOP

STAGES = {
    Stage.RECOMMENDED: QT_TRANSLATE_NOOP("CultivationTables", "Recommended"),
    Stage.LISTED: QT_TRANSLATE_NOOP("CultivationTables", "Listed"),
    Stage.MOVING: QT_TRANSLATE_NOOP("CultivationTables", "Moving"),
    Stage.REORDERED: QT_TRANSLATE_NOOP("CultivationTables", "Reordered"),
    Stage.STEADY: QT_TRANSLATE_NOOP("CultivationTables", "Steady"),
}


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("CultivationTables", STAGES[stage])


def _target(s: PlanSummary) -> str:
    p, parts = s.plan, []
    if p.target_shops:
        parts.append(QCoreApplication.translate("CultivationTables", "{n} shops").format(n=p.target_shops))
    if p.target_cartons:
        parts.append(
            QCoreApplication.translate("CultivationTables", "{n} cartons a month").format(n=fmt.count(p.target_cartons))
        )
    if p.target_by and parts:
        parts.append(QCoreApplication.translate("CultivationTables", "by {day}").format(day=fmt.day(p.target_by)))
    return " · ".join(parts)


def plan_columns() -> list[Column[PlanSummary]]:
    return [
        Column(QCoreApplication.translate("CultivationTables", "Product"), lambda s: s.product.name),
        Column(QCoreApplication.translate("CultivationTables", "Started"), lambda s: s.plan.started_on, fmt.day),
        Column(QCoreApplication.translate("CultivationTables", "Target"), _target),
        Column(
            QCoreApplication.translate("CultivationTables", "Shops"), lambda s: s.funnel.shops, fmt.count, numeric=True
        ),
        Column(QCoreApplication.translate("CultivationTables", "Listed"), lambda s: s.listed, fmt.count, numeric=True),
        Column(
            QCoreApplication.translate("CultivationTables", "Reorder rate"),
            lambda s: s.funnel.reorder_rate,
            fmt.percent,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Last month"),
            lambda s: s.month_cartons,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Status"),
            lambda s: (
                QCoreApplication.translate("CultivationTables", "Closed")
                if s.plan.closed
                else QCoreApplication.translate("CultivationTables", "Open")
            ),
        ),
    ]


def target_columns() -> list[Column[TargetProgress]]:
    return [
        Column(
            QCoreApplication.translate("CultivationTables", "Shop"),
            lambda t: t.row.shop,
            sort_key=lambda t: t.row.pinyin,
        ),
        Column(QCoreApplication.translate("CultivationTables", "Stage"), lambda t: t.progress.stage, stage_label),
        Column(QCoreApplication.translate("CultivationTables", "Segment"), lambda t: t.row.segment),
        Column(QCoreApplication.translate("CultivationTables", "Route"), lambda t: t.row.route),
        Column(QCoreApplication.translate("CultivationTables", "Listed on"), lambda t: t.progress.listed_on, fmt.day),
        Column(
            QCoreApplication.translate("CultivationTables", "Moving since"), lambda t: t.progress.moving_on, fmt.day
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Reordered on"), lambda t: t.progress.reordered_on, fmt.day
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Last order"), lambda t: t.progress.last_order_on, fmt.day
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Cartons"),
            lambda t: t.progress.cartons,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("CultivationTables", "Added"),
            lambda t: (
                QCoreApplication.translate("CultivationTables", "by hand")
                if t.row.target.by_hand
                else QCoreApplication.translate("CultivationTables", "proposed")
            ),
        ),
    ]


def _fit(r: ProposalRow) -> int | None:
    return r.candidate.score if r.candidate else None


def _share(r: ProposalRow) -> str:
    return fmt.percent(r.candidate.class_share * 100) if r.candidate else ""


def _gap(r: ProposalRow) -> str:
    if r.candidate is None or r.candidate.value_gap is None:
        return ""
    return fmt.signed_percent(r.candidate.value_gap * 100)


class ProposalModel(TickedShopsModel[ProposalRow]):
    """The proposal as the user edits it: a tick per shop; ticked shops become the plan's targets."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("CultivationTables", "Shop"), lambda r: r.shop),
                Column(QCoreApplication.translate("CultivationTables", "Fit"), _fit, numeric=True),
                Column(QCoreApplication.translate("CultivationTables", "Its class in the mix"), _share, numeric=True),
                Column(QCoreApplication.translate("CultivationTables", "Carton value vs price"), _gap, numeric=True),
                Column(
                    QCoreApplication.translate("CultivationTables", "Segment"),
                    lambda r: r.candidate.shop.segment if r.candidate else "",
                ),
                Column(
                    QCoreApplication.translate("CultivationTables", "Route"),
                    lambda r: r.candidate.shop.route if r.candidate else "",
                ),
                Column(
                    QCoreApplication.translate("CultivationTables", "Why"),
                    lambda r: (
                        QCoreApplication.translate("CultivationTables", "on the plan")
                        if r.on_plan
                        else QCoreApplication.translate("CultivationTables", "added by hand")
                        if r.by_hand
                        else QCoreApplication.translate("CultivationTables", "proposed by fit")
                    ),
                ),
            ],
            parent,
        )

    def starts_ticked(self, row: ProposalRow) -> bool:
        return row.ticked

    def by_hand_ids(self) -> list[int]:
        return [r.customer_id for r in self.rows if r.by_hand]
