"""An event and its invitees. An invitee's path is kept as separate fields, each with its date, rather
than one status: an invitation can be out while the reply is pending, a confirmed guest can stay away,
a walk-in was never invited. Where a state is derived (the follow-up's, from the 跟进 it created) it is
not stored twice."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import Enum


class EventKind(str, Enum):
    TASTING = "tasting"  # 品鉴会
    MEETING = "meeting"  # 座谈会
    TRAINING = "training"  # 培训
    FINANCE = "finance"  # 理财沙龙
    OTHER = "other"


class InviteState(str, Enum):
    NOT_INVITED = "not_invited"
    INVITED = "invited"


class Channel(str, Enum):
    VISIT = "visit"
    PHONE = "phone"
    WECHAT = "wechat"


class Reply(str, Enum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    DECLINED = "declined"


class Attendance(str, Enum):
    UNKNOWN = "unknown"
    ATTENDED = "attended"
    ABSENT = "absent"


class Outcome(str, Enum):
    NONE = "none"
    LISTED = "listed"  # listed the featured product
    ORDERED = "ordered"
    REFERRED = "referred"  # 转介绍: brought another shop


class FollowUpState(str, Enum):
    NOT_NEEDED = "not_needed"
    PENDING = "pending"  # 待回访
    DONE = "done"  # 已回访


@dataclass(frozen=True)
class Material:
    """One line of the materials checklist: what, who brings it, ticked when ready."""

    item: str
    who: str = ""
    ready: bool = False


@dataclass(frozen=True)
class Event:
    theme: str
    kind: EventKind
    on: date
    starts: time | None = None
    ends: time | None = None
    place: str = ""
    capacity: int | None = None
    budget: Decimal | None = None  # yuan
    product_ids: tuple[int, ...] = ()  # the products it features
    materials: tuple[Material, ...] = ()
    notes: str = ""
    feedback: str = ""  # after the event: what worked, what to change
    follow_up_days: int = 3  # a follow-up is due this many days after the event
    cancelled: bool = False
    id: int | None = None

    def past(self, today: date) -> bool:
        return self.on < today


@dataclass(frozen=True)
class Invitation:
    event_id: int
    customer_id: int
    invite: InviteState = InviteState.NOT_INVITED
    invited_on: date | None = None
    channel: Channel | None = None
    reply: Reply = Reply.PENDING
    replied_on: date | None = None
    reply_reason: str = ""
    attendance: Attendance = Attendance.UNKNOWN
    walk_in: bool = False
    interested: bool = False  # shown interest at the event: a follow-up is due
    outcome: Outcome = Outcome.NONE
    outcome_note: str = ""
    seated_with: str = ""
    invite_planned_on: date | None = None  # the day plan it was put on, to invite on that visit
    follow_up_id: int | None = None  # the 跟进 created for it, once
    follow_up_done: bool = False  # read from that 跟进, never written here
    id: int | None = None

    @property
    def stage(self) -> str:
        """How far the shop got, in one word: the timeline's and the lists' short form."""
        if self.walk_in:
            return "walk_in"
        if self.attendance is not Attendance.UNKNOWN:
            return str(self.attendance.value)
        if self.invite is InviteState.INVITED and self.reply is not Reply.PENDING:
            return str(self.reply.value)
        return str(self.invite.value)

    @property
    def follow_up(self) -> FollowUpState:
        if self.follow_up_id is None:
            return FollowUpState.NOT_NEEDED
        return FollowUpState.DONE if self.follow_up_done else FollowUpState.PENDING


@dataclass(frozen=True)
class Invitee:
    """An invitation with the shop's facts a list shows and a report groups by."""

    invitation: Invitation
    shop: str
    owner: str = ""
    phone: str = ""
    license_no: str = ""
    segment: str = ""
    value_tier: str = ""  # its code, "" before the first computation
    pinyin: str = ""  # the shop name's, for the sign-in sheet's order


@dataclass(frozen=True)
class EventWithInvitees:
    event: Event
    invitees: tuple[Invitee, ...] = field(default_factory=tuple)
