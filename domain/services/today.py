"""The 今日 page's reading: today's plan and the reminders of today and the next days, in one call, so the
page, the tray notice and a test see the same thing.

Shops beyond their visit cycle are counted, not listed, unless asked for by kind: on a book of 300 shops
they run to dozens and would bury the birthday and the licence that are the page's point; the visits
page plans them."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from domain.care.reminders import CareKind, DueReminder
from domain.ports import UnitOfWork
from domain.services.reminders import list_reminders
from domain.services.visit_planning import get_day_plan
from domain.visits.planning_views import DayPlanView

CARE_KINDS = frozenset(CareKind) - {CareKind.VISIT}


@dataclass(frozen=True)
class TodayView:
    today: date
    plan: DayPlanView
    reminders: tuple[DueReminder, ...]  # come up by today + days, overdue first
    due_today: int  # care reminders come up by today (overdue included): the sidebar's count, the tray's
    visits_due: int  # shops beyond their visit cycle, today


def due_today(uow: UnitOfWork, today: date) -> list[DueReminder]:
    """The care reminders that have come up by today, overdue ones included (not the visits due)."""
    return list_reminders(uow, today, 0, kinds=CARE_KINDS)


def today_view(uow: UnitOfWork, today: date, days: int, kinds: Collection[CareKind] | None = None) -> TodayView:
    listed = list_reminders(uow, today, days, kinds=kinds or CARE_KINDS)
    visits = list_reminders(uow, today, 0, kinds={CareKind.VISIT})
    return TodayView(today, get_day_plan(uow, today), tuple(listed), len(due_today(uow, today)), len(visits))
