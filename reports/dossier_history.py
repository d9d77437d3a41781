"""The 客户档案's history pages: the shop's grade, value tier and stars over the months (a small chart and
their tables, domain.services.tier_report.dossier_tiers) and its full timeline (visits, follow-ups,
evaluations, reminders, salons, imports) as uow.queries.customer_timeline gives it.

    history_story(tiers) -> flowables      八、档位、分层与星级历史
    timeline_story(entries) -> flowables   九、客户时间线
    salons_story(invitations, number) -> flowables   十、沙龙活动 (domain.services.salons.invitations_of)"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from domain.model.customers import ValueTier
from domain.periods import shift_month
from domain.read_models import TimelineEntry
from domain.salons.model import Attendance, Event, Invitation, Outcome
from domain.services.tier_report import DossierTiers
from domain.tiers.model import AssignmentReason, TierAssignment
from reports.base import CONTENT_WIDTH, MM, money, num, para, table
from reports.salon_words import KIND, OUTCOME, STAGE, invite_text, reply_text
from reports.tier_charts import history_chart
from reports.tiers_report import REASONS, TIER_NAMES, score_text

KINDS = {"visit": "拜访", "star_evaluation": "星级测评", "swot": "SWOT 分析", "plan": "改进计划",
         "reminder": "客情提醒", "follow_up": "跟进事项", "event": "活动", "import": "导入"}
VISIT_TYPES = {"in_person": "上门", "phone": "电话", "online": "线上"}
VISIT_STATUS = {"planned": "计划中", "done": "已拜访", "missed": "未拜访", "cancelled": "已取消"}
PLAN_STATUS = {"open": "进行中", "done": "已完成", "dropped": "已放弃"}
FOLLOW_UP = {"open": "待办", "done": "已完成"}
HISTORY_ROWS = 36  # the newest months of assignments printed in the table; the chart shows them all


def _month_index(first: date, day: date) -> int:
    return (day.year - first.year) * 12 + day.month - first.month


def _reason(a: TierAssignment) -> str:
    text = REASONS[a.reason]
    if a.reason is AssignmentReason.MANUAL:
        text += ("（固定）" if a.pinned else "") + (f"：{a.note}" if a.note else "")
    return text


def _tier_name(value: str) -> str:
    try:
        return TIER_NAMES[ValueTier(value)]
    except ValueError:
        return value


def history_story(t: DossierTiers) -> list[Flowable]:
    out: list[Flowable] = [para("八、档位、分层与星级历史", "heading")]
    if not t.grades and not t.tiers and not t.stars:
        return out + [para("还没有档位、分层或星级记录。", "small")]
    days = [a.month for a in (*t.grades, *t.tiers)] + [e.evaluated_on.replace(day=1) for e in t.stars]
    first, last = min(days), max(days)
    months = [shift_month(first, i) for i in range(_month_index(first, last) + 1)]
    # one step per month: the newest row of the month is the one in force
    grade_of = {_month_index(first, a.month): int(a.value) for a in t.grades}
    stars_of = {_month_index(first, e.evaluated_on): e.star_level for e in t.stars}
    out.append(history_chart([f"{m.year % 100:02d}/{m.month:02d}" for m in months], sorted(grade_of.items()),
                             sorted(stars_of.items()), t.grade_count))
    out.append(para(f"档位 1–{t.grade_count}（{t.grade_count} 档最高），每月取当月最后一条记录；星级取每次测评。", "small"))

    tier_by_month = {a.month: a for a in t.tiers}
    grade_by_month = {a.month: a for a in t.grades}
    rows: list[list[object]] = [["月份", "档位", "得分", "价值分层", "贡献", "依据"]]
    shown = sorted(set(tier_by_month) | set(grade_by_month), reverse=True)
    for m in shown[:HISTORY_ROWS]:
        g, v = grade_by_month.get(m), tier_by_month.get(m)
        contribution = v.inputs.get("contribution") if v else None
        parts = [_reason(g)] if g else []
        if v is not None and (g is None or v.reason != g.reason or v.reason is AssignmentReason.MANUAL):
            parts.append(("分层" if g else "") + _reason(v))
        why = "；".join(parts)
        rows.append([f"{m.year}年{m.month}月", f"{g.value} 档" if g else "—", score_text(g.score) if g else "—",
                     _tier_name(v.value) if v else "—", money(contribution) if contribution else "—", why])
    if len(rows) > 1:
        out.append(para("档位与价值分层记录（新的在前）", "subheading"))
        out.append(table(rows, [24 * MM, 18 * MM, 20 * MM, 22 * MM, 28 * MM, CONTENT_WIDTH - 112 * MM],
                         align_right=(1, 2, 4)))
        if len(shown) > HISTORY_ROWS:
            out.append(para(f"另有 {len(shown) - HISTORY_ROWS} 个月的更早记录未列出。", "small"))
    if t.stars:
        out.append(para(f"星级测评（共 {len(t.stars)} 次）", "subheading"))
        srows: list[list[object]] = [["测评日期", "总分", "星级", "诚信等级", "结果", "较上次"]]
        previous: int | None = None
        changes = []
        for e in t.stars:
            changes.append("—" if previous is None else ("持平" if e.star_level == previous else
                                                       (f"升 {e.star_level - previous} 星" if e.star_level > previous
                                                        else f"掉 {previous - e.star_level} 星")))
            previous = e.star_level
        for e, change in reversed(list(zip(t.stars, changes))):
            srows.append([e.evaluated_on.isoformat(), num(e.total_score), f"{e.star_level} 星", e.integrity_grade or "—",
                          e.result_code or "—", change])
        out.append(table(srows, [30 * MM, 24 * MM, 22 * MM, 24 * MM, 30 * MM, CONTENT_WIDTH - 130 * MM],
                         align_right=(1,)))
    if t.care_plan_strategy:
        out.append(para("本层关怀方案", "subheading"))
        out.append(para(f"{t.care_plan_strategy}\n沙龙邀请：{'邀请' if t.invite_to_salons else '不邀请'}", "note"))
    return out


def _describe(e: TimelineEntry) -> tuple[str, str]:
    title, detail = e.title, e.detail
    if e.kind == "visit":
        kind, _, status = e.title.partition(":")
        title = " · ".join(x for x in (VISIT_TYPES.get(kind, kind), VISIT_STATUS.get(status, status)) if x)
    elif e.kind == "star_evaluation":
        title, detail = (e.title or "—"), (f"总分 {detail}" if detail else "")
    elif e.kind == "plan":
        title = PLAN_STATUS.get(e.title, e.title)
    elif e.kind == "reminder":
        detail = "已完成" if detail == "done" else detail
    elif e.kind == "follow_up":
        detail = FOLLOW_UP.get(detail, detail)
    elif e.kind == "event":
        detail = _event_detail(detail)
    elif e.kind == "import":
        kind, _, n = detail.partition(":")
        title = "演示数据" if kind == "demo" else title
        detail = f"订单 {num(int(n))} 行" if n.isdigit() else n
    return title, detail


def _event_detail(detail: str) -> str:
    """The timeline's "attended|ordered" (stage, then outcome) as "到场 · 订货"."""
    stage, _, outcome = detail.partition("|")
    words = [STAGE.get(stage, stage)]
    if outcome and outcome != Outcome.NONE.value:
        try:
            words.append(OUTCOME[Outcome(outcome)])
        except ValueError:
            words.append(outcome)
    return " · ".join(words)


def _stage(inv: Invitation) -> str:
    """How far the shop got at each step, 邀约 / 回复 / 到场, in one cell."""
    if inv.walk_in:
        return STAGE["walk_in"]
    parts = [invite_text(inv, " "), reply_text(inv, "：")]
    if inv.attendance is not Attendance.UNKNOWN:
        parts.append(STAGE[inv.attendance.value])
    return " / ".join(p for p in parts if p)


def salons_story(invitations: Sequence[tuple[Event, Invitation]], number: str = "十") -> list[Flowable]:
    """沙龙活动: each event the shop was on the list of, newest first; "无" when none. `number` is the
    section's (十 after the history and the timeline, 八 in a dossier without them)."""
    out: list[Flowable] = [para(f"{number}、沙龙活动", "heading")]
    if not invitations:
        return out + [para("无。", "small")]
    rows: list[list[object]] = [["活动日期", "主题", "类型", "邀约 / 回复 / 到场", "结果"]]
    for e, inv in invitations:
        result = OUTCOME[inv.outcome] or "—"
        if inv.outcome_note:
            result += f"：{inv.outcome_note}"
        theme = e.theme + ("（已取消）" if e.cancelled else "")
        rows.append([e.on.isoformat(), theme, KIND[e.kind], _stage(inv), result])
    out.append(table(rows, [22 * MM, 46 * MM, 18 * MM, 52 * MM, CONTENT_WIDTH - 138 * MM]))
    return out


def timeline_story(entries: Sequence[TimelineEntry]) -> list[Flowable]:
    out: list[Flowable] = [para(f"九、客户时间线（共 {num(len(entries))} 条，新的在前）", "heading")]
    if not entries:
        return out + [para("还没有任何记录。", "small")]
    rows: list[list[object]] = [["日期", "类别", "事项", "详情"]]
    for e in entries:
        title, detail = _describe(e)
        rows.append([e.on.isoformat(), KINDS.get(e.kind, e.kind), title, detail])
    out.append(table(rows, [24 * MM, 22 * MM, 48 * MM, CONTENT_WIDTH - 94 * MM]))
    return out
