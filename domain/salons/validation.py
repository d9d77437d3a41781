"""前期准备: what an event must have before it is saved."""
from __future__ import annotations

from domain.salons.model import Event
from domain.validation import FieldError

THEME_MAX = 80


def event_problems(e: Event) -> list[FieldError]:
    problems: list[FieldError] = []
    if not e.theme.strip():
        problems.append(FieldError("theme", "The event needs a theme."))
    elif len(e.theme) > THEME_MAX:
        problems.append(FieldError("theme", "The theme is longer than {max} characters.", (("max", THEME_MAX),)))
    if e.capacity is not None and e.capacity < 1:
        problems.append(FieldError("capacity", "The capacity must be at least 1."))
    if e.budget is not None and e.budget < 0:
        problems.append(FieldError("budget", "The budget cannot be negative."))
    if e.starts and e.ends and e.ends <= e.starts:
        problems.append(FieldError("ends", "The event must end after it starts."))
    if not 0 <= e.follow_up_days <= 60:
        problems.append(FieldError("follow_up_days", "Follow-ups are due 0 to 60 days after the event."))
    if any(not m.item.strip() for m in e.materials):
        problems.append(FieldError("materials", "Every line of the materials checklist needs an item."))
    return problems
