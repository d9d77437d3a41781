"""The copy-ready invitation a manager sends each invitee (WeChat or SMS); the app never sends it."""
from __future__ import annotations

from datetime import date

from domain.salons.model import Event, EventKind, Invitation, InviteState, Reply

KIND_NAMES = {EventKind.TASTING: "品鉴会", EventKind.MEETING: "座谈会", EventKind.TRAINING: "培训",
              EventKind.FINANCE: "理财沙龙", EventKind.OTHER: "活动"}
WEEKDAYS = "一二三四五六日"


def when_text(e: Event) -> str:
    text = f"{e.on.month}月{e.on.day}日（星期{WEEKDAYS[e.on.weekday()]}）"
    if e.starts:
        text += f"{e.starts:%H:%M}"
        if e.ends:
            text += f"—{e.ends:%H:%M}"
    return text


def invitation_text(e: Event, owner: str, shop: str, manager: str) -> str:
    """Chinese, like the greetings: the customers read Chinese whatever the window's language."""
    who = f"{owner}您好！" if owner else f"{shop}您好！"
    place = f"在{e.place}" if e.place else ""
    sign = f"——{manager}" if manager else ""
    return (f"{who}诚邀您于{when_text(e)}{place}参加“{e.theme}”{KIND_NAMES[e.kind]}，"
            f"盼您拨冗光临，方便的话请回复是否参加。{sign}")


def visit_line(e: Event, inv: Invitation, on: date) -> str | None:
    """What the handbook reminds the manager of at the shop on `on`: an invitation to give, or a reply
    to ask for; None once the event is past or the shop has answered."""
    if e.cancelled or e.on < on:
        return None
    where = f"，{e.place}" if e.place else ""
    if inv.invite is InviteState.NOT_INVITED:
        return f"邀约：{e.theme}（{when_text(e)}{where}）"
    if inv.reply in (Reply.PENDING, Reply.TENTATIVE):
        return f"问回复：{e.theme}（{when_text(e)}）"
    return None
