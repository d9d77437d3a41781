"""The 分层 page's words: kinds, directions, reasons, and each value tier's colour."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.model.customers import ValueTier
from domain.tiers.model import AssignmentReason, TierAssignment, TierKind
from domain.tiers.recompute import DOWN, NEW, SAME, TIER_ORDER, UP
from gui.customers.labels import value_tier_labels

# one colour per tier, on the quadrant, the tier chart and the care-plan list alike
TIER_COLOURS: dict[ValueTier, str] = {
    ValueTier.KEY: "#c0392b",
    ValueTier.AT_RISK: "#d9822b",
    ValueTier.POTENTIAL: "#3d8b5a",
    ValueTier.ORDINARY: "#7f8c9a",
}

TIERS = TIER_ORDER  # from the most valuable down: the order of every list of tiers here


def tier_label(value: str | ValueTier | None) -> str:
    if value is None or value == "":
        return ""
    try:
        return value_tier_labels()[ValueTier(value)]
    except ValueError:
        return str(value)


def kind_label(kind: TierKind) -> str:
    if kind is TierKind.GRADE:
        return QCoreApplication.translate("TiersLabels", "Grade")
    return QCoreApplication.translate("TiersLabels", "Value tier")


def value_label(kind: TierKind, value: str | None) -> str:
    """A grade as its number, a tier as its name."""
    if value is None:
        return "—"
    return value if kind is TierKind.GRADE else tier_label(value)


def change_label(kind: TierKind, before: str | None, after: str) -> str:
    return f"{value_label(kind, before)} → {value_label(kind, after)}"


def direction_label(direction: str, kind: TierKind = TierKind.GRADE) -> str:
    """升档 / 降档 for a grade; for a tier, up and down the tiers."""
    grade = kind is TierKind.GRADE
    labels = {
        UP: QCoreApplication.translate("TiersLabels", "Grade up") if grade
        else QCoreApplication.translate("TiersLabels", "Tier up"),
        DOWN: QCoreApplication.translate("TiersLabels", "Grade down") if grade
        else QCoreApplication.translate("TiersLabels", "Tier down"),
        SAME: QCoreApplication.translate("TiersLabels", "Unchanged"),
        NEW: QCoreApplication.translate("TiersLabels", "New"),
    }
    return labels.get(direction, direction)


def reason_label(reason: AssignmentReason) -> str:
    labels = {
        AssignmentReason.COMPUTED: QCoreApplication.translate("TiersLabels", "Computed"),
        AssignmentReason.MANUAL: QCoreApplication.translate("TiersLabels", "Manual"),
        AssignmentReason.NEW_SHOP: QCoreApplication.translate("TiersLabels", "New shop"),
    }
    return labels[reason]


def assignment_reason(row: TierAssignment | None) -> str:
    """"Manual (pinned)", "Computed", …; "" without a row."""
    if row is None:
        return ""
    text = reason_label(row.reason)
    if row.pinned:
        text = QCoreApplication.translate("TiersLabels", "{reason} (pinned)").format(reason=text)
    return text


def reasons_text(grade: TierAssignment | None, tier: TierAssignment | None) -> str:
    """One cell for a shop's two rows: a single reason when both agree, else each named."""
    g, t = assignment_reason(grade), assignment_reason(tier)
    if g == t or not t:
        return g
    if not g:
        return t
    return QCoreApplication.translate("TiersLabels", "grade {grade} · tier {tier}").format(grade=g, tier=t)
