"""The salon repository of the fake unit of work: events, invitations and the do-not-invite list in
the store, the screening facts read from its customers, order lines, visits and invitations — the same
answers as persistence/repositories/salons.py, computed the obvious way. Events and invitations are
frozen, so they are stored as given (with their new id) rather than through FakeStore.add."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from domain.model.customers import CustomerStatus
from domain.model.visits import FollowUpStatus, VisitStatus
from domain.salons.model import Attendance, Event, Invitation, Invitee
from domain.salons.screening import ShopFacts


class FakeSalonRepository:
    def __init__(self, store: Any) -> None:
        self._store = store

    def _new_id(self, kind: str) -> int:
        new_id = int(self._store.last_id.get(kind, 0)) + 1
        self._store.last_id[kind] = new_id
        return new_id

    def _events(self) -> dict[int, Event]:
        return self._store.table("events")  # type: ignore[no-any-return]

    def _invitations(self) -> dict[int, Invitation]:
        return self._store.table("invitations")  # type: ignore[no-any-return]

    def _blocked(self) -> dict[int, str]:
        return self._store.__dict__.setdefault("do_not_invite", {})  # type: ignore[no-any-return]

    # --- events ----------------------------------------------------------------------------------

    def events(self) -> list[Event]:
        return sorted(self._events().values(), key=lambda e: (e.on, e.id or 0), reverse=True)

    def get_event(self, event_id: int) -> Event | None:
        return self._events().get(event_id)

    def add_event(self, event: Event) -> int:
        new_id = self._new_id("events")
        self._events()[new_id] = replace(event, id=new_id, product_ids=tuple(dict.fromkeys(event.product_ids)))
        return new_id

    def update_event(self, event: Event) -> None:
        assert event.id in self._events(), f"no event {event.id}"
        self._events()[event.id] = replace(event, product_ids=tuple(dict.fromkeys(event.product_ids)))  # type: ignore[index]

    def delete_event(self, event_id: int) -> None:
        for iid in [i.id for i in self._invitations().values() if i.event_id == event_id]:
            del self._invitations()[iid]  # type: ignore[arg-type]
        del self._events()[event_id]

    # --- invitations -----------------------------------------------------------------------------

    def _read(self, inv: Invitation) -> Invitation:
        """As SQL reads it: whether its 跟进 is done comes from the follow-up itself."""
        follow_up = self._store.table("follow_ups").get(inv.follow_up_id) if inv.follow_up_id else None
        return replace(inv, follow_up_done=follow_up is not None and follow_up.status is FollowUpStatus.DONE)

    def _invitee(self, inv: Invitation) -> Invitee:
        c = self._store.table("customers")[inv.customer_id]
        segment = self._store.table("segments").get(c.segment_id)
        return Invitee(self._read(inv), c.name, c.owner, c.phone, c.license_no, segment.name if segment else "",
                       c.value_tier.value if c.value_tier else "", c.name)

    def invitees(self, event_id: int | None = None) -> list[Invitee]:
        found = [self._invitee(i) for i in self._invitations().values() if event_id is None or i.event_id == event_id]
        return sorted(found, key=lambda i: (i.invitation.event_id, i.pinyin, i.invitation.customer_id))

    def invitations_of(self, customer_id: int) -> list[tuple[Event, Invitation]]:
        found = [(self._events()[i.event_id], self._read(i)) for i in self._invitations().values()
                 if i.customer_id == customer_id]
        return sorted(found, key=lambda p: (p[0].on, p[0].id or 0), reverse=True)

    def get_invitation(self, invitation_id: int) -> Invitation | None:
        inv = self._invitations().get(invitation_id)
        return None if inv is None else self._read(inv)

    def add_invitation(self, invitation: Invitation) -> int:
        new_id = self._new_id("invitations")
        self._invitations()[new_id] = replace(invitation, id=new_id)
        return new_id

    def update_invitation(self, invitation: Invitation) -> None:
        assert invitation.id in self._invitations(), f"no invitation {invitation.id}"
        self._invitations()[invitation.id] = invitation  # type: ignore[index]

    def delete_invitation(self, invitation_id: int) -> None:
        del self._invitations()[invitation_id]

    # --- do not invite ---------------------------------------------------------------------------

    def do_not_invite(self) -> dict[int, str]:
        return dict(self._blocked())

    def set_do_not_invite(self, customer_id: int, reason: str | None) -> None:
        self._blocked().pop(customer_id, None)
        if reason is not None:
            self._blocked()[customer_id] = reason

    # --- screening -------------------------------------------------------------------------------

    def screening_facts(self, since: date) -> list[ShopFacts]:
        listed: dict[int, set[int]] = {}
        for line in self._store.sales_lines:
            if line.order_date >= since:
                listed.setdefault(line.customer_id, set()).add(line.product_id)
        last_visit: dict[int, date] = {}
        for v in self._store.table("visits").values():
            if v.status is VisitStatus.DONE:
                last_visit[v.customer_id] = max(v.planned_on, last_visit.get(v.customer_id, v.planned_on))
        attended: dict[int, int] = {}
        for i in self._invitations().values():
            if i.attendance is Attendance.ATTENDED:
                attended[i.customer_id] = attended.get(i.customer_id, 0) + 1
        blocked = self._blocked()
        facts = []
        for cid, c in sorted(self._store.table("customers").items(), key=lambda p: (p[1].name, p[0])):
            if c.status is not CustomerStatus.ACTIVE:
                continue
            segment = self._store.table("segments").get(c.segment_id)
            facts.append(ShopFacts(cid, c.name, c.owner, segment.name if segment else "", c.grade, c.star_level,
                                   c.value_tier.value if c.value_tier else "", frozenset(c.tags), c.route,
                                   frozenset(listed.get(cid, ())), last_visit.get(cid), attended.get(cid, 0),
                                   cid in blocked))
        return facts
