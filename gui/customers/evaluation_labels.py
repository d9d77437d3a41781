"""The user's words for star evaluations, plans and the timeline, and how their figures are written.

Domain codes (plan status, target metric, visit status, invitation status …) are turned into labels
here, once, so that every tab and a later report preview say the same thing."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from domain.messages import imports
from domain.model.evaluations import PlanMetric, PlanStatus
from gui.common import formatting as fmt


def star_text(level: int | None) -> str:
    """★★★★☆ for four stars; a sixth star (超五星, used in some regions) as ★★★★★+."""
    if level is None:
        return ""
    if level > 5:
        return "★★★★★+"
    return "★" * level + "☆" * (5 - level)


def points(value: Decimal | None) -> str:
    """Scores as people write them: 94, 13.5 (never 94.00)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def points_text(total: str) -> str:
    return QCoreApplication.translate("EvaluationLabels", "{total} points").format(total=total)


def plan_status_labels() -> dict[PlanStatus, str]:
    return {
        PlanStatus.OPEN: QCoreApplication.translate("EvaluationLabels", "In progress"),
        PlanStatus.DONE: QCoreApplication.translate("EvaluationLabels", "Achieved"),
        PlanStatus.DROPPED: QCoreApplication.translate("EvaluationLabels", "Dropped"),
    }


def metric_labels() -> dict[PlanMetric, str]:
    return {
        PlanMetric.MARGIN_PCT: QCoreApplication.translate("EvaluationLabels", "Gross margin"),
        PlanMetric.MONTHLY_CARTONS: QCoreApplication.translate("EvaluationLabels", "Monthly cartons"),
        PlanMetric.GROSS_PROFIT: QCoreApplication.translate("EvaluationLabels", "Monthly gross profit"),
        PlanMetric.CLASS_1_2_SHARE: QCoreApplication.translate("EvaluationLabels", "Share of classes 1–2"),
        PlanMetric.STAR_LEVEL: QCoreApplication.translate("EvaluationLabels", "Star level"),
    }


def metric_value(metric: PlanMetric, value: Decimal | None) -> str:
    """A target or actual figure in its unit: 10%, 346 cartons, ¥1,800.00, ★★★★★."""
    if value is None:
        return ""
    if metric in (PlanMetric.MARGIN_PCT, PlanMetric.CLASS_1_2_SHARE):
        return f"{points(value.quantize(Decimal('0.01')))}%"
    if metric is PlanMetric.MONTHLY_CARTONS:
        return QCoreApplication.translate("EvaluationLabels", "{n} cartons").format(n=fmt.count(int(value)))
    if metric is PlanMetric.GROSS_PROFIT:
        return fmt.money(value)
    return star_text(int(value))


# --- timeline ------------------------------------------------------------------------------------

def timeline_kind_labels() -> dict[str, str]:
    return {
        "visit": QCoreApplication.translate("EvaluationLabels", "Visit"),
        "star_evaluation": QCoreApplication.translate("EvaluationLabels", "Star evaluation"),
        "swot": QCoreApplication.translate("EvaluationLabels", "SWOT analysis"),
        "plan": QCoreApplication.translate("EvaluationLabels", "Improvement plan"),
        "reminder": QCoreApplication.translate("EvaluationLabels", "Care reminder"),
        "follow_up": QCoreApplication.translate("EvaluationLabels", "Follow-up"),
        "event": QCoreApplication.translate("EvaluationLabels", "Event"),
        "import": QCoreApplication.translate("EvaluationLabels", "Import"),
    }


def visit_type_labels() -> dict[str, str]:
    return {
        "in_person": QCoreApplication.translate("EvaluationLabels", "In person"),
        "phone": QCoreApplication.translate("EvaluationLabels", "By phone"),
    }


def visit_status_labels() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("EvaluationLabels", "Planned"),
        "done": QCoreApplication.translate("EvaluationLabels", "Done"),
        "missed": QCoreApplication.translate("EvaluationLabels", "Missed"),
        "cancelled": QCoreApplication.translate("EvaluationLabels", "Cancelled"),
    }


def follow_up_status_labels() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("EvaluationLabels", "To do"),
        "done": QCoreApplication.translate("EvaluationLabels", "Done"),
    }


def import_source_text(kind: str, source_name: str) -> str:
    return imports.import_source_text(kind, source_name, QCoreApplication.translate)


def import_lines_text(detail: str) -> str:
    """The timeline's import detail "sales:123" → "Orders: 123 lines" (订单 123 行)."""
    kind, _, n = detail.partition(":")
    lines = fmt.count(int(n)) if n.isdigit() else n
    if kind == "demo":
        return QCoreApplication.translate("EvaluationLabels", "Demo orders: {n} lines").format(n=lines)
    if kind == "sales":
        return QCoreApplication.translate("EvaluationLabels", "Orders: {n} lines").format(n=lines)
    return QCoreApplication.translate("EvaluationLabels", "{n} lines").format(n=lines)
