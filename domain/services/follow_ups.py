"""Follow-ups (跟进事项): what a visit left to do, listed until done."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.errors import NotFound
from domain.model.visits import FollowUp, FollowUpStatus
from domain.ports import UnitOfWork
from domain.visits.record_views import FollowUpItem


def list_follow_ups(
    uow: UnitOfWork, today: date, *, customer_id: int | None = None, overdue_only: bool = False,
    include_done: bool = False,
) -> list[FollowUpItem]:
    """Open follow-ups (and done ones if asked), by due date, undated last."""
    with uow:
        items = uow.visit_queries.follow_up_items(customer_id, open_only=not include_done)
    if overdue_only:
        items = [i for i in items if i.overdue(today)]
    return items


def _get(uow: UnitOfWork, follow_up_id: int) -> FollowUp:
    f = uow.visits.get_follow_up(follow_up_id)
    if f is None:
        raise NotFound("Follow-up", follow_up_id)
    return f


def mark_follow_up_done(uow: UnitOfWork, follow_up_id: int, today: date) -> FollowUp:
    with uow:
        f = replace(_get(uow, follow_up_id), status=FollowUpStatus.DONE, done_on=today)
        uow.visits.update_follow_up(f)
        uow.commit()
    return f


def reopen_follow_up(uow: UnitOfWork, follow_up_id: int) -> FollowUp:
    """Undo "done"."""
    with uow:
        f = replace(_get(uow, follow_up_id), status=FollowUpStatus.OPEN, done_on=None)
        uow.visits.update_follow_up(f)
        uow.commit()
    return f
