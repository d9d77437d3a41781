"""Salon wording in the user's language, for the 沙龙活动 area, the dossier's timeline and the command
line alike. Context "Salons". The printed lists speak Chinese on their own (reports/)."""
from __future__ import annotations

from domain.messages import Translate
from domain.salons.model import Attendance, Channel, EventKind, FollowUpState, InviteState, Outcome, Reply

CONTEXT = "Salons"


def kind_label(kind: EventKind, translate: Translate) -> str:
    return {
        EventKind.TASTING: translate("Salons", "Tasting"),
        EventKind.MEETING: translate("Salons", "Retailer meeting"),
        EventKind.TRAINING: translate("Salons", "Training"),
        EventKind.FINANCE: translate("Salons", "Finance salon"),
        EventKind.OTHER: translate("Salons", "Other event"),
    }[kind]


def invite_label(state: InviteState, translate: Translate) -> str:
    return {InviteState.NOT_INVITED: translate("Salons", "Not invited"),
            InviteState.INVITED: translate("Salons", "Invited")}[state]


def channel_label(channel: Channel | None, translate: Translate) -> str:
    if channel is None:
        return ""
    return {Channel.VISIT: translate("Salons", "On a visit"), Channel.PHONE: translate("Salons", "By phone"),
            Channel.WECHAT: translate("Salons", "WeChat")}[channel]


def reply_label(reply: Reply, translate: Translate) -> str:
    return {Reply.PENDING: translate("Salons", "Awaiting reply"), Reply.CONFIRMED: translate("Salons", "Confirmed"),
            Reply.TENTATIVE: translate("Salons", "Maybe"), Reply.DECLINED: translate("Salons", "Declined")}[reply]


def attendance_label(attendance: Attendance, translate: Translate) -> str:
    return {Attendance.UNKNOWN: "", Attendance.ATTENDED: translate("Salons", "Attended"),
            Attendance.ABSENT: translate("Salons", "Did not come")}[attendance]


def outcome_label(outcome: Outcome, translate: Translate) -> str:
    return {Outcome.NONE: "", Outcome.LISTED: translate("Salons", "Listed the product"),
            Outcome.ORDERED: translate("Salons", "Ordered"),
            Outcome.REFERRED: translate("Salons", "Referred a shop")}[outcome]


def follow_up_label(state: FollowUpState, translate: Translate) -> str:
    return {FollowUpState.NOT_NEEDED: "", FollowUpState.PENDING: translate("Salons", "Follow-up due"),
            FollowUpState.DONE: translate("Salons", "Followed up")}[state]


def stage_label(stage: str, translate: Translate) -> str:
    """Invitation.stage in words (the timeline's detail)."""
    return {
        "not_invited": translate("Salons", "On the list"),
        "invited": translate("Salons", "Invited"),
        "confirmed": translate("Salons", "Confirmed"),
        "tentative": translate("Salons", "Maybe"),
        "declined": translate("Salons", "Declined"),
        "attended": translate("Salons", "Attended"),
        "absent": translate("Salons", "Did not come"),
        "walk_in": translate("Salons", "Walked in"),
    }.get(stage, stage)


def timeline_detail(detail: str, translate: Translate) -> str:
    """"attended|ordered" → "到场 · 已订货"."""
    stage, _, outcome = detail.partition("|")
    words = [stage_label(stage, translate)]
    if outcome and outcome != Outcome.NONE.value:
        try:
            words.append(outcome_label(Outcome(outcome), translate))
        except ValueError:
            words.append(outcome)
    return " · ".join(words)
