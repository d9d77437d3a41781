"""The salon area's words: the domain's labels (domain/messages/salons.py) bound to Qt's translator, and the
few short forms the lists need."""
from __future__ import annotations

from datetime import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from domain.messages import salons as words
from domain.salons.funnel import Funnel
from domain.salons.model import Attendance, Channel, EventKind, FollowUpState, Invitation, InviteState, Outcome, Reply
from gui.common import formatting as fmt

translate = QCoreApplication.translate

KINDS = tuple(EventKind)
CHANNELS = (Channel.VISIT, Channel.PHONE, Channel.WECHAT)
REPLIES = (Reply.CONFIRMED, Reply.TENTATIVE, Reply.DECLINED, Reply.PENDING)
OUTCOMES = (Outcome.NONE, Outcome.LISTED, Outcome.ORDERED, Outcome.REFERRED)


def kind_label(kind: EventKind) -> str:
    return words.kind_label(kind, translate)


def invite_label(state: InviteState) -> str:
    return words.invite_label(state, translate)


def channel_label(channel: Channel | None) -> str:
    return words.channel_label(channel, translate)


def reply_label(reply: Reply) -> str:
    return words.reply_label(reply, translate)


def attendance_label(attendance: Attendance) -> str:
    return words.attendance_label(attendance, translate)


def outcome_label(outcome: Outcome) -> str:
    """The domain leaves "none" blank in lists; a chooser needs a word for it."""
    if outcome is Outcome.NONE:
        return QCoreApplication.translate("SalonsLabels", "No outcome")
    return words.outcome_label(outcome, translate)


def follow_up_label(state: FollowUpState) -> str:
    return words.follow_up_label(state, translate)


def stage_label(inv: Invitation) -> str:
    return words.stage_label(inv.stage, translate)


def reply_text(inv: Invitation) -> str:
    """The reply with its reason, where one was given: "婉拒（外出进货）"; nothing before an invitation."""
    if inv.walk_in:
        return QCoreApplication.translate("SalonsLabels", "Walked in")
    if inv.invite is InviteState.NOT_INVITED:
        return ""
    text = reply_label(inv.reply)
    return f"{text}（{inv.reply_reason}）" if inv.reply_reason else text


def time_text(at: time | None) -> str:
    return "" if at is None else f"{at:%H:%M}"


def count_and_rate(funnel: Funnel, count: int) -> str:
    """"18 (75.0%)": a stage of the funnel with its rate of the invited."""
    rate = funnel.rate(count)
    return fmt.count(count) if rate is None else f"{fmt.count(count)} ({fmt.percent(rate)})"


def money_or_blank(amount: Decimal | None) -> str:
    return fmt.money(amount)


def yes(flag: bool) -> str:
    return "✓" if flag else ""
