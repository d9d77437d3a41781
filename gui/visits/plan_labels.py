"""Words of the planning side in the user's language: due categories, stop statuses, the due list's
choices, and the planning errors (the domain's texts are English sources; the wording is chosen here)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from domain.errors import DomainError
from domain.services.visit_planning import (
    EmptyPlan,
    NotPlannable,
    PlanChanged,
    SameDate,
    StopIsMarked,
    TargetHasPlan,
    VisitNotYetDue,
)
from domain.visits.due import DueCategory
from domain.visits.planning_views import DueRow, DueShow, PlanStopRow
from gui.messages import describe_error

CONTEXT = "VisitPlanLabels"

# colours of the due categories and stop statuses (text colour in the lists)
OVERDUE_COLOUR = "#b3261e"
DUE_NOW_COLOUR = "#a35a00"
LATER_COLOUR = "#7a8896"
DONE_COLOUR = "#1e7a34"
MISSED_COLOUR = "#b3261e"



def weekday(d: date) -> str:
    """周六 / Sat, from the locale."""
    return QLocale().dayName(QDate(d.year, d.month, d.day).dayOfWeek(), QLocale.FormatType.ShortFormat)


def day_with_weekday(d: date) -> str:
    return f"{d.isoformat()} {weekday(d)}"


def short_day(d: date) -> str:
    """11-28 周六: a date near the day being planned."""
    return f"{d.month:02d}-{d.day:02d} {weekday(d)}"


def due_text(row: DueRow) -> str:
    """Where the customer stands on the day looked at: Overdue 3 d, Due, Never visited, or the day it
    falls due (11-29 周日)."""
    if row.category is DueCategory.OVERDUE:
        return QCoreApplication.translate("VisitPlanLabels", "Overdue {days} d").format(days=row.days_overdue)
    if row.last_done is None:
        return QCoreApplication.translate("VisitPlanLabels", "Never visited")
    if row.category is DueCategory.DUE_TODAY or row.next_due is None:
        return QCoreApplication.translate("VisitPlanLabels", "Due")
    return short_day(row.next_due)  # this week or later: the day it falls due


def due_tooltip(row: DueRow) -> str:
    every = QCoreApplication.translate("VisitPlanLabels", "Every {days} days").format(days=row.every_days)
    if row.next_due is None:
        due = QCoreApplication.translate("VisitPlanLabels", "Never visited")
    else:
        due = QCoreApplication.translate("VisitPlanLabels", "Due on {date}").format(
            date=day_with_weekday(row.next_due))
    return f"{due} · {every}"


def due_colour(row: DueRow) -> str | None:
    return {
        DueCategory.OVERDUE: OVERDUE_COLOUR,
        DueCategory.DUE_TODAY: DUE_NOW_COLOUR,
        DueCategory.LATER: LATER_COLOUR,
    }.get(row.category)


def last_visit_text(row: DueRow) -> str:
    if row.last_done is None:
        return QCoreApplication.translate("VisitPlanLabels", "Never")
    if row.last_type == "phone":
        return QCoreApplication.translate("VisitPlanLabels", "{date} (phone)").format(
            date=row.last_done.isoformat())
    return row.last_done.isoformat()


def show_choices() -> list[tuple[DueShow, str]]:
    return [
        (DueShow.DUE, QCoreApplication.translate("VisitPlanLabels", "Due this week")),
        (DueShow.DUE_NOW, QCoreApplication.translate("VisitPlanLabels", "Due now or overdue")),
        (DueShow.OVERDUE, QCoreApplication.translate("VisitPlanLabels", "Overdue")),
        (DueShow.NOT_VISITED, QCoreApplication.translate("VisitPlanLabels", "Not visited for…")),
        (DueShow.ALL, QCoreApplication.translate("VisitPlanLabels", "All customers")),
    ]


def stop_status_text(stop: PlanStopRow) -> str:
    if stop.status == "done":
        if stop.visit_type == "phone":
            return QCoreApplication.translate("VisitPlanLabels", "Visited (phone)")
        return QCoreApplication.translate("VisitPlanLabels", "Visited")
    if stop.status == "missed":
        return QCoreApplication.translate("VisitPlanLabels", "Missed")
    if stop.status == "cancelled":
        return QCoreApplication.translate("VisitPlanLabels", "Cancelled")
    return QCoreApplication.translate("VisitPlanLabels", "Planned")


def stop_status_colour(stop: PlanStopRow) -> str | None:
    return {"done": DONE_COLOUR, "missed": MISSED_COLOUR, "cancelled": LATER_COLOUR}.get(stop.status)


def describe_planning_error(exc: BaseException) -> str:
    if isinstance(exc, NotPlannable):
        return QCoreApplication.translate(
            "VisitPlanLabels", "{name} is archived or suspended and cannot be planned.").format(name=exc.name)
    if isinstance(exc, TargetHasPlan):
        return QCoreApplication.translate("VisitPlanLabels", "{date} already has a plan with {stops} stops.").format(
            date=day_with_weekday(exc.plan_date), stops=exc.stops)
    if isinstance(exc, PlanChanged):
        return QCoreApplication.translate("VisitPlanLabels", "The plan was changed meanwhile; it has been reloaded.")
    if isinstance(exc, StopIsMarked):
        return QCoreApplication.translate(
            "VisitPlanLabels", "{name} is marked visited or missed; set it back to planned to remove it.",
        ).format(name=exc.name)
    if isinstance(exc, VisitNotYetDue):
        return QCoreApplication.translate("VisitPlanLabels", "The visits of {date} cannot be marked before that day.").format(
            date=day_with_weekday(exc.plan_date))
    if isinstance(exc, SameDate):
        return QCoreApplication.translate("VisitPlanLabels", "A plan cannot be copied onto its own date.")
    if isinstance(exc, EmptyPlan):
        return QCoreApplication.translate("VisitPlanLabels", "{date} has no plan to copy.").format(
            date=day_with_weekday(exc.plan_date))
    if isinstance(exc, DomainError):
        return describe_error(exc)
    return describe_error(exc)
