"""The 今日 page's reading: today's plan and the reminders of today and the next days, in one call, so the
page and a test see the same thing."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from domain.care.reminders import CareKind, DueReminder
from domain.ports import UnitOfWork
from domain.services.reminders import list_reminders
from domain.services.visit_planning import get_day_plan
from domain.visits.planning_views import DayPlanView


@dataclass(frozen=True)
class TodayView:
    today: date
    plan: DayPlanView
    reminders: tuple[DueReminder, ...]  # come up by today + days, overdue first
    due_today: int  # come up by today (overdue included): the sidebar's count and the tray's notice


def today_view(uow: UnitOfWork, today: date, days: int, kinds: Collection[CareKind] | None = None) -> TodayView:
    reminders = list_reminders(uow, today, days, kinds=kinds)
    due = reminders if days == 0 and kinds is None else list_reminders(uow, today, 0)
    return TodayView(today, get_day_plan(uow, today), tuple(reminders), len(due))
