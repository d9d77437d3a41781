"""拜访总结: the visits of a day or of a week — what was done, what was found and agreed, the follow-ups,
and the day's summary text.

    render_visit_summary(data: VisitSummaryData) -> bytes

Data in (`domain.services.report_data.visit_summary_data`), PDF bytes out.
"""
from __future__ import annotations

from datetime import date

from reportlab.platypus import Paragraph

from domain.services.report_data import OneVisitData, VisitSummaryData
from domain.visits.record_views import DaySummary, DayVisit
from domain.visits.summary_rules import CHECK_KINDS, DayOutcomes, Theme, VisitOutcome
from reports import base
from reports.base import CONTENT_WIDTH, MM, para
from reports.figures import WEEKDAYS, day_text

TITLE = "拜访总结"
STATUS = {"done": "已拜访", "missed": "未拜访", "planned": "计划中", "cancelled": "已取消"}
VISIT_TYPES = {"in_person": "上门", "phone": "电话", "online": "线上"}
KINDS = {
    "price_labels": "价签缺失", "license": "未亮证经营", "complaint": "投诉", "opinion": "意见",
    "need": "需求", "market_info": "市场信息", "competitor_info": "竞品信息",
}



def render_visit_summary(data: VisitSummaryData) -> bytes:
    from reportlab.platypus import CondPageBreak

    week = data.first != data.last
    span = day_text(data.first) if not week else f"{day_text(data.first)} — {day_text(data.last)}"
    story: list = [para(TITLE + ("（周）" if week else ""), "title"), para(span, "subtitle")]
    if week:
        story += _week_overview(data)
    for day in data.days:
        if week:
            # a day starts on a new page unless most of one is left: its heading never ends a page
            story.append(CondPageBreak(120 * MM))
            story.append(para(day_text(day.day), "heading"))
        story += _day(day, data.outcomes_of(day.day) if data.outcomes else None, data.printed_on,
                      () if week else data.themes)
    title = f"{TITLE} · {data.first.isoformat()}" + (f" — {data.last.isoformat()}" if week else "")
    return base.build_pdf(title, data.owner, data.unit, data.printed_on, story)


def _week_overview(data: VisitSummaryData) -> list:
    total = lambda attr: sum(getattr(d, attr) for d in data.days)  # noqa: E731
    planned_only = len(data.days) - data.days_visited
    unfollowed = sum(o.unfollowed for o in data.outcomes)
    story: list = [base.kpi_table([
        ("拜访天数", f"{data.days_visited} 天", f"另有 {planned_only} 天只有计划" if planned_only else "有已拜访的天数"),
        ("已拜访", f"{total('done')} 户", f"其中电话 {total('phone')} 户"),
        ("未拜访", f"{total('missed')} 户", ""),
        ("发现问题 / 跟进", f"{total_problems(data)} / {sum(len(d.follow_ups) for d in data.days)}",
         f"未建跟进 {unfollowed} 条" if data.outcomes else "条"),
    ])]
    rows: list[list[object]] = [["日期", "已拜访", "未拜访", "问题", "跟进", "未建跟进", "当日总结"]]
    for d in data.days:
        o = data.outcomes_of(d.day)
        rows.append([f"{d.day.month}月{d.day.day}日 周{WEEKDAYS[d.day.weekday()]}", str(d.done), str(d.missed),
                     str(len(o.problems) if data.outcomes else len(d.problems)), str(len(d.follow_ups)),
                     str(o.unfollowed), d.summary or "—"])
    widths = [26 * MM, 14 * MM, 14 * MM, 12 * MM, 12 * MM, 16 * MM, 0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    story += [para("每日概况", "heading"), base.table(rows, widths, align_right=(1, 2, 3, 4, 5))]
    story += _themes(data.themes, "本周重复出现的问题")
    return story


def _themes(themes: tuple[Theme, ...], heading: str) -> list:
    """The problems said in several shops, most shops first: "订货终端登录不上：5 户"."""
    if not themes:
        return [para(heading, "subheading"), para("没有在多户重复出现的问题。", "small")]
    rows: list[list[object]] = [["问题", "户数"]]
    rows += [[f"{n}. {t.text}", f"{t.shops} 户"] for n, t in enumerate(themes, 1)]
    return [para(heading, "subheading"), base.table(rows, [CONTENT_WIDTH - 24 * MM, 24 * MM], align_right=(1,))]


def total_problems(data: VisitSummaryData) -> int:
    if data.outcomes:
        return sum(len(o.problems) for o in data.outcomes)
    return sum(len(d.problems) for d in data.days)


def _problem_text(kind: str, text: str) -> str:
    if kind == "price_labels":
        return f"缺价签 {text} 个" if text not in ("", "0") else "价签不全"
    if kind == "license":
        return "店内未亮证经营"
    return text or "—"


def _times(o: VisitOutcome | None) -> str:
    """Start–end in local time (stored in UTC)."""
    if o is None or o.started_at is None:
        return "—"
    start = f"{o.started_at.astimezone():%H:%M}"
    return f"{start}-{o.ended_at.astimezone():%H:%M}" if o.ended_at else start


def _cartons(o: VisitOutcome | None) -> str:
    """建议 / 约定 cartons: "4 / 3"; "—" for a side not recorded, "—" alone when neither is."""
    if o is None or (o.suggested is None and o.agreed is None):
        return "—"
    dash = lambda n: "—" if n is None else str(n)  # noqa: E731
    return f"{dash(o.suggested)} / {dash(o.agreed)}"


def _store_check(v: DayVisit) -> str:
    if v.status != "done" or v.visit_type == "phone":
        return "—"  # a phone visit has no store check
    check = []
    if v.license_shown is False:
        check.append("未亮证")
    if v.price_labels_missing:
        check.append(f"缺价签{v.price_labels_missing}个")
    elif v.price_labels_complete is False:
        check.append("价签不全")
    return "、".join(check) or "正常"


def _short_day(d: date | None) -> str:
    return "—" if d is None else f"{d.month}月{d.day}日"


def _day(day: DaySummary, outcomes: DayOutcomes | None, today: date, themes: tuple[Theme, ...] = ()) -> list:
    """One day: the figures, the visits (times, store check, cartons, next visit), the findings, the
    problems several shops raised (`themes`, for a day report; a week has them in its overview), the
    follow-ups and the day's text."""
    problems = outcomes.problems if outcomes is not None else ()
    n_problems = len(problems) if outcomes is not None else len(day.problems)
    sub = f"跟进事项 {len(day.follow_ups)} 项"
    if outcomes is not None and outcomes.unfollowed:
        sub += f" · 未建跟进 {outcomes.unfollowed} 条"
    story: list = [base.kpi_table([
        ("计划拜访", f"{len(day.visits)} 户", ""),
        ("已拜访", f"{day.done} 户", f"其中电话 {day.phone} 户"),
        ("未拜访", f"{day.missed} 户", f"计划中 {day.planned} 户" if day.planned else ""),
        ("发现问题", f"{n_problems} 条", sub),
    ])]
    story.append(para("拜访情况", "subheading"))
    rows: list[list[object]] = [["序", "客户", "方式", "状态", "时间", "店面检查", "建议/约定", "下次拜访", "小结"]]
    for i, v in enumerate(sorted(day.visits, key=lambda v: (v.position or 999, v.customer_name)), 1):
        o = outcomes.outcome(v.visit_id) if outcomes is not None else None
        rows.append([str(v.position or i), v.customer_name + (f"\n{v.route}" if v.route else ""),
                     VISIT_TYPES.get(v.visit_type, v.visit_type), STATUS.get(day.shown_status(v, today), v.status),
                     _times(o), _store_check(v), _cartons(o), _short_day(o.next_visit_on if o else None),
                     v.summary or "—"])
    widths = [7 * MM, 30 * MM, 10 * MM, 13 * MM, 20 * MM, 21 * MM, 16 * MM, 17 * MM, 0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    story.append(base.table(rows, widths, align_right=(6,)))

    story.append(_label("发现与约定", "subheading"))
    if outcomes is None:
        story += _legacy_problems(day)
    else:
        story += _findings(outcomes)
    if themes:
        story += _themes(themes, "多户反映的问题")

    story.append(para("跟进事项", "subheading"))
    if day.follow_ups:
        rows = [["客户", "事项", "期限", "状态"]]
        rows += [[f.customer_name, f.text + (f"（{f.owner_note}）" if f.owner_note else ""),
                  f.due_on.isoformat() if f.due_on else "—",
                  "已完成" if f.status == "done" else ("已逾期" if f.overdue(today) else "待办")]
                 for f in day.follow_ups]
        story.append(base.table(rows, [38 * MM, CONTENT_WIDTH - 38 * MM - 44 * MM, 24 * MM, 20 * MM]))
    else:
        story.append(para("当日拜访没有新的跟进事项。", "small"))

    story.append(para("当日总结", "subheading"))
    story.append(para(day.summary or "（未填写）", "note"))
    return story


def _findings(outcomes: DayOutcomes) -> list:
    """Problems (with the 未建跟进 flag) in one table, information and market news in another."""
    story: list = [_label("问题与需求")]
    if outcomes.problems:
        rows: list[list[object]] = [["客户", "类别", "内容", "跟进"]]
        rows += [[p.customer_name, KINDS.get(p.kind, p.kind), _problem_text(p.kind, p.text),
                  "未建跟进" if p.unfollowed else ("—" if p.kind in CHECK_KINDS else "已建跟进")]
                 for p in outcomes.problems]
        story.append(base.table(rows, [34 * MM, 20 * MM, CONTENT_WIDTH - 74 * MM, 20 * MM]))
    else:
        story.append(para("当日拜访未发现问题或需求。", "small"))
    story.append(_label("信息与市场动态"))
    if outcomes.information:
        rows = [["客户", "类别", "内容"]]
        rows += [[p.customer_name, KINDS.get(p.kind, p.kind), p.text or "—"] for p in outcomes.information]
        story.append(base.table(rows, [34 * MM, 20 * MM, CONTENT_WIDTH - 54 * MM]))
    else:
        story.append(para("当日拜访未记录市场信息。", "small"))
    return story


def _label(text: str, style: str = "small") -> Paragraph:
    """A heading kept on the page of what follows it."""
    p = para(text, style)
    p.keepWithNext = True
    return p


def _legacy_problems(day: DaySummary) -> list:
    if not day.problems:
        return [para("当日拜访未记录问题或需求。", "small")]
    rows: list[list[object]] = [["客户", "类别", "内容"]]
    rows += [[p.customer_name, KINDS.get(p.kind, p.kind), _problem_text(p.kind, p.text)] for p in day.problems]
    return [base.table(rows, [38 * MM, 22 * MM, CONTENT_WIDTH - 60 * MM])]


# --- one visit ------------------------------------------------------------------------------------

STEPS = {
    "preparation": "拜访准备", "greeting": "打招呼", "store_check": "店面检查", "inventory": "盘点库存",
    "suggested_order": "建议订货", "service": "客户服务", "record": "信息记录", "summary": "拜访总结",
}
ENTRY_KINDS = {
    "note": "记录", "information_passed": "信息传递", "recommendation": "推荐", "need": "需求", "opinion": "意见",
    "complaint": "投诉", "market_info": "市场信息", "competitor_info": "竞品信息",
}


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "—" if value is None else (yes if value else no)


def render_one_visit(data: OneVisitData) -> bytes:
    """One visit's record: the store check, the entries (found and agreed), stock and order, the summary."""
    form = data.form
    p, r = form.preparation, form.record
    story: list = [para(f"{TITLE} · {p.customer_name}", "title"),
                   para(f"{day_text(r.planned_on)} · {VISIT_TYPES.get(r.visit_type.value, r.visit_type.value)} · "
                        f"{STATUS.get(form.status.value, form.status.value)}", "subtitle")]
    times = ""
    if r.started_at and r.ended_at:
        times = f"{r.started_at.astimezone():%H:%M}—{r.ended_at.astimezone():%H:%M}"
    facts = [["店主", p.owner or "—", "电话", p.phone or "—"],
             ["许可证号", p.license_no, "线路", p.route or "—"],
             ["地址", p.address or "—", "拜访时间", times or "—"]]
    w = CONTENT_WIDTH
    story.append(base.table(facts, [20 * MM, w / 2 - 20 * MM, 20 * MM, w / 2 - 20 * MM], header_rows=0, zebra=False))

    sc = r.store_check
    labels = _yes_no(sc.price_labels_complete, "齐全", "不全")
    if sc.price_labels_missing:
        labels += f"（缺 {sc.price_labels_missing} 个）"
    story += [para("店面检查", "subheading"), base.table(
        [["亮证经营", "明码标价", "陈列", "宣传品", "卫生", "备注"],
         [_yes_no(sc.license_shown, "已亮证", "未亮证"), labels, sc.display_state or "—", sc.pop_state or "—",
          sc.tidiness or "—", sc.note or "—"]],
        [w / 6] * 6, zebra=False)]

    story.append(para("发现与约定", "subheading"))
    entries = r.kept_entries()
    if entries:
        rows: list[list[object]] = [["步骤", "类别", "内容", "跟进"]]
        for e in entries:
            follow = "—"
            if e.follow_up:
                follow = "已完成" if e.follow_up_done else (f"{e.due_on.isoformat()} 前" if e.due_on else "待办")
            rows.append([STEPS.get(e.step.value, e.step.value), ENTRY_KINDS.get(e.kind.value, e.kind.value),
                         e.text + (f"（{e.owner_note}）" if e.owner_note else ""), follow])
        story.append(base.table(rows, [22 * MM, 20 * MM, w - 22 * MM - 20 * MM - 26 * MM, 26 * MM]))
    else:
        story.append(para("本次拜访没有记录事项。", "small"))

    story.append(para("库存与订货", "subheading"))
    if r.inventory:
        rows = [["品规", "库存（条）", "建议订货", "约定订货"]]
        rows += [[data.product_names.get(c.product_id, str(c.product_id)), str(c.stock_qty),
                  "—" if c.suggested_qty is None else str(c.suggested_qty),
                  "—" if c.ordered_qty is None else str(c.ordered_qty)] for c in r.inventory]
        story.append(base.table(rows, [w - 75 * MM, 25 * MM, 25 * MM, 25 * MM], align_right=(1, 2, 3)))
    else:
        story.append(para("本次拜访未盘点库存。", "small"))

    open_items = [f for f in p.open_follow_ups]
    if open_items:
        story.append(para("该客户的待办跟进", "subheading"))
        rows = [["事项", "期限"]]
        rows += [[f.text, f.due_on.isoformat() if f.due_on else "—"] for f in open_items]
        story.append(base.table(rows, [w - 30 * MM, 30 * MM]))

    story += [para("拜访小结", "subheading"), para(r.summary or "（未填写）", "note")]
    if r.next_visit_on:
        story.append(para(f"下次拜访：{day_text(r.next_visit_on)}"))
    title = f"{TITLE} · {p.customer_name} · {r.planned_on.isoformat()}"
    return base.build_pdf(title, data.owner, data.unit, data.printed_on, story)
