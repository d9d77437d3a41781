"""活动总结: one event after the fact — its facts, the funnel 邀约 → 确认 → 到场 → 回访 → 促成 whole, by
区域类型 and by 价值分层, walk-ins, budget and cost per attendee, what came of each attendee's talk, where
the follow-ups stand, and the feedback. Every figure says what it is counted on.

    render_event_summary(data: EventReport, owner, unit, printed_on) -> bytes

Data in (domain.services.salon_report.event_summary), PDF bytes out; the rates are the domain's
(Funnel.rate: of the invited, rounded once to 0.1 %) and are printed as they come, not rounded again."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Spacer

from domain.salons.funnel import Funnel
from domain.salons.model import Attendance, Invitee, Outcome
from domain.services.salon_report import EventReport, outcomes_count
from reports import base
from reports.base import CONTENT_WIDTH, MM, money, money2, num, para
from reports.salon_words import (
    FOLLOW_UP,
    KIND,
    NO_SEGMENT,
    OUTCOME,
    capacity_text,
    event_line,
    tier_name,
    tier_rank,
    when_text,
)

TITLE = "活动总结"
BASIS = ("比例以已邀约户数为基数（保留一位小数）；到场含现场加入的客户，故到场率可能超过 100%；"
         "回访指已完成的回访；促成指到场后上架、订货或转介绍的户数。")
GROUP_HEADER = ["名单", "邀约", "确认", "到场", "回访", "促成", "确认率", "到场率", "促成率"]
GROUP_WIDTHS = [34 * MM] + [14.5 * MM] * 6 + [0.0] * 3
GROUP_WIDTHS[-3:] = [(CONTENT_WIDTH - sum(GROUP_WIDTHS)) / 3] * 3


def _note(text: str) -> list[Flowable]:
    # the basis of a table's figures, a little apart from its last row
    return [Spacer(1, 1.5 * MM), para(text, "small")]


def rate_text(f: Funnel, count: int) -> str:
    rate = f.rate(count)
    return "—" if rate is None else f"{rate}%"


def _facts(data: EventReport, printed_on: date) -> list[Flowable]:
    e = data.event
    pairs = [("主题", e.theme), ("类型", KIND[e.kind]), ("时间", when_text(e)), ("地点", e.place or "—"),
             ("容纳人数", capacity_text(e)), ("预算", money(e.budget) if e.budget is not None else "未设")]
    rows = [[para(k, "cell_head"), para(v, "cell")] for k, v in pairs]
    t = base.table(rows, [24 * MM, CONTENT_WIDTH - 24 * MM], header_rows=0, zebra=False)
    out: list[Flowable] = [para("一、活动概况", "heading"), t]
    if e.cancelled:
        out.append(para("此活动已取消。", "note"))
    elif printed_on < e.on:  # on the day itself the attendance is already being ticked
        out.append(para(f"活动尚未举行：以下为截至 {printed_on.isoformat()} 的邀约与回复情况。", "note"))
    if e.notes.strip():
        out += _note(f"备注：{e.notes}")
    return out


def funnel_rows(f: Funnel) -> list[list[object]]:
    """The funnel's steps: name, households, share of the invited, what it counts."""
    return [
        ["环节", "户数", "占已邀约", "口径"],
        ["目标名单", num(f.listed), "—", "筛选后列入名单的客户（不含现场加入）"],
        ["已邀约", num(f.invited), rate_text(f, f.invited), "已上门、电话或微信邀约"],
        ["已确认", num(f.confirmed), rate_text(f, f.confirmed), "回复确认参加"],
        ["到场", num(f.attended), rate_text(f, f.attended), f"签到到场，含现场加入 {f.walk_ins} 户"],
        ["已回访", num(f.followed_up), rate_text(f, f.followed_up), "活动后的回访已完成"],
        ["促成", num(f.converted), rate_text(f, f.converted), "到场后上架、订货或转介绍"],
    ]


def _funnel(data: EventReport) -> list[Flowable]:
    f = data.funnel
    boxes = [("已邀约", num(f.invited), f"名单 {f.listed} 户"),
             ("已确认", num(f.confirmed), f"确认率 {rate_text(f, f.confirmed)}"),
             ("到场", num(f.attended), f"到场率 {rate_text(f, f.attended)}"),
             ("促成", num(f.converted), f"促成率 {rate_text(f, f.converted)}")]
    table = base.table(funnel_rows(f), [24 * MM, 20 * MM, 24 * MM, CONTENT_WIDTH - 68 * MM], align_right=(1, 2))
    return [para("二、转化漏斗", "heading"), base.kpi_table(boxes), Spacer(1, 3 * MM), table, *_note(BASIS)]


def _group_row(name: str, f: Funnel) -> list[object]:
    return [name, *(num(n) for n in (f.listed, f.invited, f.confirmed, f.attended, f.followed_up, f.converted)),
            rate_text(f, f.confirmed), rate_text(f, f.attended), rate_text(f, f.converted)]


def _groups(heading: str, first: str, groups: Sequence[tuple[str, Funnel]]) -> list[Flowable]:
    out: list[Flowable] = [para(heading, "heading")]
    if not groups:
        return out + [para("无。", "small")]
    rows: list[list[object]] = [[first, *GROUP_HEADER]]
    rows += [_group_row(name, f) for name, f in groups]
    out.append(base.table(rows, GROUP_WIDTHS, align_right=range(1, 10)))
    out += _note("各组比例以本组已邀约户数为基数；一组内没有邀约时记“—”。")
    return out


def _by_segment(data: EventReport) -> list[Flowable]:
    groups = [(name or NO_SEGMENT, f) for name, f in data.by_segment]
    return _groups("三、按区域类型", "区域类型", groups)


def _by_tier(data: EventReport) -> list[Flowable]:
    ordered = sorted(data.by_tier, key=lambda g: tier_rank(g[0]))
    return _groups("四、按价值分层", "价值分层", [(tier_name(code), f) for code, f in ordered])


def _money(data: EventReport) -> list[Flowable]:
    e, f = data.event, data.funnel
    out: list[Flowable] = [para("五、费用与现场加入", "heading")]
    budget = money(e.budget) if e.budget is not None else "未设"
    cost = money2(data.cost_per_attendee) if data.cost_per_attendee is not None else "—"
    why = "" if data.cost_per_attendee is not None else ("（未设预算）" if e.budget is None else "（无人到场）")
    out.append(para(f"预算 {budget}；到场 {f.attended} 户；人均成本 {cost}{why}。"
                    "人均成本 = 预算 ÷ 到场户数（含现场加入），四舍五入到分。", "body"))
    if data.walk_ins:
        names = "、".join(i.shop for i in data.walk_ins)
        out.append(para(f"现场加入 {len(data.walk_ins)} 户：{names}。", "body"))
    else:
        out.append(para("现场加入：无。", "body"))
    return out


def _outcome_text(i: Invitee) -> str:
    return OUTCOME[i.invitation.outcome] or "—"


def _outcomes(data: EventReport) -> list[Flowable]:
    out: list[Flowable] = [para("六、到场客户与促成结果", "heading")]
    if not data.attendees:
        return out + [para("无到场客户。", "small")]
    counts = outcomes_count(data)
    summary = "、".join(f"{OUTCOME[o]} {counts[o]} 户" for o in (Outcome.LISTED, Outcome.ORDERED, Outcome.REFERRED)
                       if o in counts) or "暂无"
    out.append(para(f"到场 {len(data.attendees)} 户，促成：{summary}。", "body"))
    rows: list[list[object]] = [["序", "店名", "户主", "来源", "结果", "说明"]]
    for n, i in enumerate(data.attendees, 1):
        inv = i.invitation
        rows.append([str(n), i.shop, i.owner or "—", "现场加入" if inv.walk_in else "邀约", _outcome_text(i),
                     inv.outcome_note or ("现场有意向" if inv.interested else "")])
    widths = [8 * MM, 40 * MM, 16 * MM, 18 * MM, 16 * MM, 0.0]  # 来源 holds 现场加入 on one line
    widths[-1] = CONTENT_WIDTH - sum(widths)
    out.append(base.table(rows, widths, align_right=(0,)))
    return out


def _follow_ups(data: EventReport) -> list[Flowable]:
    out: list[Flowable] = [para("七、回访跟进", "heading")]
    if not data.follow_ups:
        return out + [para("没有需要回访的客户。", "small")]
    pending = data.follow_ups_pending
    out.append(para(f"需回访 {len(data.follow_ups)} 户：已回访 {len(data.follow_ups) - pending} 户，"
                    f"待回访 {pending} 户（确认未到场或现场有意向的客户各建一条跟进）。", "body"))
    rows: list[list[object]] = [["店名", "户主", "电话", "原因", "状态"]]
    for i in data.follow_ups:
        inv = i.invitation
        why = "确认未到场" if inv.attendance is Attendance.ABSENT else "现场有意向"
        rows.append([i.shop, i.owner or "—", i.phone or "—", why, FOLLOW_UP[inv.follow_up]])
    widths = [48 * MM, 18 * MM, 26 * MM, 0.0, 20 * MM]
    widths[3] = CONTENT_WIDTH - sum(widths)
    out.append(base.table(rows, widths))
    return out


def _feedback(data: EventReport) -> list[Flowable]:
    text = data.event.feedback.strip()
    return [para("八、活动反馈", "heading"), para(text, "note") if text else para("尚未填写。", "small")]


def summary_story(data: EventReport, printed_on: date) -> list[Flowable]:
    story: list[Flowable] = [para(f"{TITLE} · {data.event.theme}", "title"), para(event_line(data.event), "subtitle"),
                             *_facts(data, printed_on)]
    for part in (_funnel, _by_segment, _by_tier, _money, _outcomes, _follow_ups, _feedback):
        story += part(data)
    return story


def render_event_summary(data: EventReport, owner: str, unit: str, printed_on: date) -> bytes:
    """The 活动总结 PDF of one event: A4 portrait, the shared header and "第 x 页 / 共 y 页" footer."""
    title = f"{TITLE} · {data.event.theme} · {data.event.on.isoformat()}"
    return base.build_pdf(title, owner, unit, printed_on, summary_story(data, printed_on))

