"""The words of a delete confirmation: exactly what would go, and what forbids it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.read_models import DeletionImpact


def confirm_deletion_text(name: str, impact: DeletionImpact) -> str:
    parts = [
        (impact.star_evaluations, QCoreApplication.translate("Deletion", "{n} star evaluations")),
        (impact.swot_analyses, QCoreApplication.translate("Deletion", "{n} SWOT analyses")),
        (impact.improvement_plans, QCoreApplication.translate("Deletion", "{n} improvement plans")),
        (impact.reminders, QCoreApplication.translate("Deletion", "{n} reminders")),
        (impact.follow_ups, QCoreApplication.translate("Deletion", "{n} follow-ups")),
        (impact.tags, QCoreApplication.translate("Deletion", "{n} tags")),
    ]
    kept = [
        (impact.visits, QCoreApplication.translate("Deletion", "{n} visits")),
        (impact.sales_lines, QCoreApplication.translate("Deletion", "{n} order lines")),
        (impact.invitations, QCoreApplication.translate("Deletion", "{n} event invitations")),
        (impact.day_plan_stops, QCoreApplication.translate("Deletion", "{n} stops in day plans")),
    ]
    if impact.blocked:
        history = QCoreApplication.translate("Deletion", ", ").join(text.format(n=n) for n, text in kept if n)
        return QCoreApplication.translate("Deletion", "{name} has {history}.").format(name=name, history=history)
    going = "\n".join("• " + text.format(n=n) for n, text in parts if n)
    if not going:
        return QCoreApplication.translate("Deletion", "Delete {name} for good? Nothing else is attached to it.").format(name=name)
    return QCoreApplication.translate("Deletion", "Delete {name} for good? These go with it:\n{items}").format(
        name=name, items=going)
