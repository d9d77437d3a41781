"""The salon words the printed pages use (邀约名单, 签到表, 活动总结 and the dossier's 沙龙活动 section), in
Chinese like every printed report: reports/ never runs text through Qt's translator
(domain/messages/salons.py words the same states for the window and the command line)."""
from __future__ import annotations

from domain.model.customers import ValueTier
from domain.salons.invitation_text import KIND_NAMES
from domain.salons.model import Channel, Event, EventKind, FollowUpState, Invitation, InviteState, Outcome, Reply
from reports.figures import day_text
from reports.tiers_report import TIER_NAMES

# the invitation's names; "other" stands alone in a list's type column, not after a theme
KIND = {**KIND_NAMES, EventKind.OTHER: "其他活动"}
INVITE = {InviteState.NOT_INVITED: "未邀约", InviteState.INVITED: "已邀约"}
CHANNEL = {Channel.VISIT: "上门", Channel.PHONE: "电话", Channel.WECHAT: "微信"}
REPLY = {Reply.PENDING: "待回复", Reply.CONFIRMED: "已确认", Reply.TENTATIVE: "待定", Reply.DECLINED: "婉拒"}
OUTCOME = {Outcome.NONE: "", Outcome.LISTED: "已上架", Outcome.ORDERED: "已订货", Outcome.REFERRED: "转介绍"}
FOLLOW_UP = {FollowUpState.NOT_NEEDED: "", FollowUpState.PENDING: "待回访", FollowUpState.DONE: "已回访"}
STAGE = {"not_invited": "在名单上", "invited": "已邀约", "confirmed": "已确认", "tentative": "待定",
         "declined": "婉拒", "attended": "到场", "absent": "未到场", "walk_in": "现场加入"}
# the value tiers as the 分层分级报告 names them (reports/tiers_report.py), in the scheme's order
TIER_ORDER = (ValueTier.KEY, ValueTier.POTENTIAL, ValueTier.ORDINARY, ValueTier.AT_RISK)
TIER = {tier.value: name for tier, name in TIER_NAMES.items()}  # by the code an invitee carries
NO_TIER = "未分层"
NO_SEGMENT = "未设区域"



def when_text(e: Event) -> str:
    """"2026年12月10日（星期四）14:30–16:30": the local times as kept, without seconds."""
    text = day_text(e.on)
    if e.starts is not None:
        text += f" {e.starts:%H:%M}" + (f"–{e.ends:%H:%M}" if e.ends is not None else "")
    return text


def event_line(e: Event) -> str:
    """The subtitle under a list's title: type, day and time, place."""
    parts = [KIND[e.kind], when_text(e)]
    if e.place:
        parts.append(f"地点：{e.place}")
    if e.cancelled:
        parts.append("（已取消）")
    return " · ".join(parts)


def capacity_text(e: Event) -> str:
    return f"{e.capacity} 人" if e.capacity else "未设"


def invite_text(i: Invitation, sep: str = "\n") -> str:
    """"已邀约" then "微信 11-22" on the next line (a narrow column), or "未邀约"."""
    if i.invite is InviteState.NOT_INVITED:
        return INVITE[i.invite]
    how = " ".join(x for x in (CHANNEL[i.channel] if i.channel else "",
                               f"{i.invited_on:%m-%d}" if i.invited_on else "") if x)
    return INVITE[i.invite] + (sep + how if how else "")


def reply_text(i: Invitation, sep: str = "\n") -> str:
    """"婉拒 09-03" then the reason on the next line; nothing to say for a shop not yet invited."""
    if i.invite is InviteState.NOT_INVITED and i.reply is Reply.PENDING:
        return ""
    text = REPLY[i.reply]
    if i.replied_on and i.reply is not Reply.PENDING:
        text += f" {i.replied_on:%m-%d}"
    return text + (sep + i.reply_reason if i.reply_reason else "")


def tier_name(code: str) -> str:
    return TIER.get(code, code) if code else NO_TIER


def tier_rank(code: str) -> int:
    """The scheme's order (重点 first), an unknown code after them, no tier last."""
    order = [t.value for t in TIER_ORDER]
    if not code:
        return len(order) + 1
    return order.index(code) if code in order else len(order)
