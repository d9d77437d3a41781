"""Salons (沙龙活动): events with their featured products, invitees and the do-not-invite list; and the
facts screening reads, in one query each."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, time
from decimal import Decimal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.salons.model import (
    Attendance,
    Channel,
    Event,
    EventKind,
    Invitation,
    Invitee,
    InviteState,
    Material,
    Outcome,
    Reply,
)
from domain.salons.screening import ShopFacts
from persistence.repositories.rows import insert_row
from persistence.tables.customers import CustomerRow, CustomerTagRow
from persistence.tables.sales import SalesLineRow
from persistence.tables.salons import DoNotInviteRow, EventProductRow, EventRow, InvitationRow
from persistence.tables.settings import SegmentRow
from persistence.tables.visits import FollowUpRow, VisitRow


def _clock(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _materials(text: str) -> tuple[Material, ...]:
    if not text:
        return ()
    return tuple(Material(str(m.get("item", "")), str(m.get("who", "")), bool(m.get("ready", False)))
                 for m in json.loads(text))


def _event_values(e: Event) -> dict[str, object]:
    return dict(
        theme=e.theme, kind=e.kind.value, held_on=e.on, starts=f"{e.starts:%H:%M}" if e.starts else None,
        ends=f"{e.ends:%H:%M}" if e.ends else None, place=e.place, capacity=e.capacity,
        budget=None if e.budget is None else str(e.budget),
        materials=json.dumps([{"item": m.item, "who": m.who, "ready": m.ready} for m in e.materials],
                             ensure_ascii=False) if e.materials else "",
        notes=e.notes, feedback=e.feedback, follow_up_days=e.follow_up_days, cancelled=e.cancelled,
    )


def _invitation_values(i: Invitation) -> dict[str, object]:
    return dict(
        event_id=i.event_id, customer_id=i.customer_id, invite=i.invite.value, invited_on=i.invited_on,
        channel=i.channel.value if i.channel else None, reply=i.reply.value, replied_on=i.replied_on,
        reply_reason=i.reply_reason, attendance=i.attendance.value, walk_in=i.walk_in, interested=i.interested,
        outcome=i.outcome.value, outcome_note=i.outcome_note, seated_with=i.seated_with,
        invite_planned_on=i.invite_planned_on, follow_up_id=i.follow_up_id,
    )


def _invitation(r: InvitationRow, follow_up_done: bool) -> Invitation:
    return Invitation(
        r.event_id, r.customer_id, InviteState(r.invite), r.invited_on, Channel(r.channel) if r.channel else None,
        Reply(r.reply), r.replied_on, r.reply_reason, Attendance(r.attendance), r.walk_in, r.interested,
        Outcome(r.outcome), r.outcome_note, r.seated_with, r.invite_planned_on, r.follow_up_id, follow_up_done, r.id,
    )


class SqlSalonRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- events ----------------------------------------------------------------------------------

    def _products(self, event_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = defaultdict(list)
        rows = self._s.execute(select(EventProductRow.event_id, EventProductRow.product_id)
                               .where(EventProductRow.event_id.in_(list(event_ids)))
                               .order_by(EventProductRow.event_id, EventProductRow.product_id))
        for eid, pid in rows:
            found[eid].append(pid)
        return {k: tuple(v) for k, v in found.items()}

    def _event(self, r: EventRow, products: dict[int, tuple[int, ...]]) -> Event:
        return Event(r.theme, EventKind(r.kind), r.held_on, _clock(r.starts), _clock(r.ends), r.place, r.capacity,
                     None if r.budget is None else Decimal(r.budget), products.get(r.id, ()), _materials(r.materials),
                     r.notes, r.feedback, r.follow_up_days, r.cancelled, r.id)

    def events(self) -> list[Event]:
        rows = list(self._s.scalars(select(EventRow).order_by(EventRow.held_on.desc(), EventRow.id.desc())))
        products = self._products(r.id for r in rows)
        return [self._event(r, products) for r in rows]

    def get_event(self, event_id: int) -> Event | None:
        r = self._s.get(EventRow, event_id)
        return None if r is None else self._event(r, self._products([event_id]))

    def _set_products(self, event_id: int, product_ids: tuple[int, ...]) -> None:
        self._s.execute(delete(EventProductRow).where(EventProductRow.event_id == event_id))
        if product_ids:
            self._s.execute(insert(EventProductRow), [{"event_id": event_id, "product_id": p}
                                                      for p in dict.fromkeys(product_ids)])

    def add_event(self, e: Event) -> int:
        new_id = insert_row(self._s, EventRow, **_event_values(e))
        self._set_products(new_id, e.product_ids)
        return new_id

    def update_event(self, e: Event) -> None:
        assert e.id is not None
        self._s.execute(update(EventRow).where(EventRow.id == e.id).values(**_event_values(e)))
        self._set_products(e.id, e.product_ids)

    def delete_event(self, event_id: int) -> None:
        self._s.execute(delete(InvitationRow).where(InvitationRow.event_id == event_id))
        self._s.execute(delete(EventProductRow).where(EventProductRow.event_id == event_id))
        self._s.execute(delete(EventRow).where(EventRow.id == event_id))

    # --- invitations -----------------------------------------------------------------------------

    def _invitation_rows(self, *where: object) -> list[tuple[Invitation, CustomerRow, str]]:
        i, c, s = InvitationRow, CustomerRow, SegmentRow
        rows = self._s.execute(
            select(i, c, s.name, FollowUpRow.status)
            .join(c, c.id == i.customer_id)
            .outerjoin(s, s.id == c.segment_id)
            .outerjoin(FollowUpRow, FollowUpRow.id == i.follow_up_id)
            .where(*where)  # type: ignore[arg-type]  # the callers pass SQL expressions
            .order_by(i.event_id, c.search_pinyin, c.id)
        )
        return [(_invitation(inv, status == "done"), cust, seg or "") for inv, cust, seg, status in rows]

    def invitees(self, event_id: int | None = None) -> list[Invitee]:
        where = [InvitationRow.event_id == event_id] if event_id is not None else []
        return [Invitee(inv, c.name, c.owner, c.phone, c.license_no, seg, c.value_tier or "", c.search_pinyin)
                for inv, c, seg in self._invitation_rows(*where)]

    def invitations_of(self, customer_id: int) -> list[tuple[Event, Invitation]]:
        found = {inv.event_id: inv for inv, _c, _s in self._invitation_rows(InvitationRow.customer_id == customer_id)}
        events = self._s.scalars(select(EventRow).where(EventRow.id.in_(list(found)))
                                 .order_by(EventRow.held_on.desc(), EventRow.id.desc()))
        products = self._products(found)
        return [(self._event(r, products), found[r.id]) for r in events]

    def get_invitation(self, invitation_id: int) -> Invitation | None:
        found = self._invitation_rows(InvitationRow.id == invitation_id)
        return found[0][0] if found else None

    def add_invitation(self, i: Invitation) -> int:
        return insert_row(self._s, InvitationRow, **_invitation_values(i))

    def update_invitation(self, i: Invitation) -> None:
        assert i.id is not None
        self._s.execute(update(InvitationRow).where(InvitationRow.id == i.id).values(**_invitation_values(i)))

    def delete_invitation(self, invitation_id: int) -> None:
        self._s.execute(delete(InvitationRow).where(InvitationRow.id == invitation_id))

    # --- do not invite ---------------------------------------------------------------------------

    def do_not_invite(self) -> dict[int, str]:
        return dict(self._s.execute(select(DoNotInviteRow.customer_id, DoNotInviteRow.reason)).tuples().all())

    def set_do_not_invite(self, customer_id: int, reason: str | None) -> None:
        self._s.execute(delete(DoNotInviteRow).where(DoNotInviteRow.customer_id == customer_id))
        if reason is not None:
            self._s.execute(insert(DoNotInviteRow).values(customer_id=customer_id, reason=reason))

    # --- screening -------------------------------------------------------------------------------

    def screening_facts(self, since: date) -> list[ShopFacts]:
        """Active shops with what the criteria read: tags, products bought since `since`, the last done
        visit, how many events they attended, whether they are on the do-not-invite list."""
        c = CustomerRow
        tags: dict[int, set[str]] = defaultdict(set)
        for cid, tag in self._s.execute(select(CustomerTagRow.customer_id, CustomerTagRow.tag)):
            tags[cid].add(tag)
        listed: dict[int, set[int]] = defaultdict(set)
        for cid, pid in self._s.execute(select(SalesLineRow.customer_id, SalesLineRow.product_id)
                                        .where(SalesLineRow.order_date >= since).distinct()):
            listed[cid].add(pid)
        last_visit = dict(self._s.execute(select(VisitRow.customer_id, func.max(VisitRow.planned_on))
                                          .where(VisitRow.status == "done").group_by(VisitRow.customer_id)).tuples().all())
        attended = dict(self._s.execute(select(InvitationRow.customer_id, func.count())
                                        .where(InvitationRow.attendance == Attendance.ATTENDED.value)
                                        .group_by(InvitationRow.customer_id)).tuples().all())
        blocked = set(self.do_not_invite())
        rows = self._s.execute(
            select(c.id, c.name, c.owner, SegmentRow.name, c.grade, c.star_level, c.value_tier, c.route)
            .outerjoin(SegmentRow, SegmentRow.id == c.segment_id)
            .where(c.status == "active").order_by(c.search_pinyin, c.id))
        return [ShopFacts(cid, name, owner, seg or "", grade, star, tier or "", frozenset(tags.get(cid, ())), route,
                          frozenset(listed.get(cid, ())), last_visit.get(cid), attended.get(cid, 0), cid in blocked)
                for cid, name, owner, seg, grade, star, tier, route in rows]
