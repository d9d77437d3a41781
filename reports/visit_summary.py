"""拜访总结: the visits of a day or of a week — what was done, what was found and agreed, the follow-ups,
and the day's summary text.

    render_visit_summary(data: VisitSummaryData) -> bytes

Data in (`domain.services.report_data.visit_summary_data`), PDF bytes out.
"""
from __future__ import annotations

from datetime import date

from domain.services.report_data import VisitSummaryData
from domain.visit_record_views import DaySummary

from reports import base
from reports.base import CONTENT_WIDTH, MM, para

TITLE = "拜访总结"
WEEKDAYS = "一二三四五六日"
STATUS = {"done": "已拜访", "missed": "未拜访", "planned": "计划中", "cancelled": "已取消"}
VISIT_TYPES = {"in_person": "上门", "phone": "电话", "online": "线上"}
KINDS = {
    "price_labels": "价签缺失", "license": "未亮证经营", "complaint": "投诉", "opinion": "意见",
    "need": "需求", "market_info": "市场信息", "competitor_info": "竞品信息",
}


def day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）"


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
        story += _day(day, data.printed_on)
    title = f"{TITLE} · {data.first.isoformat()}" + (f" — {data.last.isoformat()}" if week else "")
    return base.build_pdf(title, data.owner, data.unit, data.printed_on, story)


def _week_overview(data: VisitSummaryData) -> list:
    total = lambda attr: sum(getattr(d, attr) for d in data.days)  # noqa: E731
    story: list = [base.kpi_table([
        ("拜访天数", f"{len(data.days)} 天", ""),
        ("已拜访", f"{total('done')} 户", f"其中电话 {total('phone')} 户"),
        ("未拜访", f"{total('missed')} 户", ""),
        ("发现问题 / 跟进", f"{total_problems(data)} / {sum(len(d.follow_ups) for d in data.days)}", "条"),
    ])]
    rows: list[list[object]] = [["日期", "已拜访", "未拜访", "问题", "跟进", "当日总结"]]
    for d in data.days:
        rows.append([f"{d.day.month}月{d.day.day}日 周{WEEKDAYS[d.day.weekday()]}", str(d.done), str(d.missed),
                     str(len(d.problems)), str(len(d.follow_ups)), d.summary or "—"])
    widths = [26 * MM, 15 * MM, 15 * MM, 12 * MM, 12 * MM, 0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    story += [para("每日概况", "heading"), base.table(rows, widths, align_right=(1, 2, 3, 4))]
    return story


def total_problems(data: VisitSummaryData) -> int:
    return sum(len(d.problems) for d in data.days)


def _problem_text(kind: str, text: str) -> str:
    if kind == "price_labels":
        return f"缺价签 {text} 个" if text not in ("", "0") else "价签不全"
    if kind == "license":
        return "店内未亮证经营"
    return text or "—"


def _day(day: DaySummary, today: date) -> list:
    story: list = [base.kpi_table([
        ("计划拜访", f"{len(day.visits)} 户", ""),
        ("已拜访", f"{day.done} 户", f"其中电话 {day.phone} 户"),
        ("未拜访", f"{day.missed} 户", f"计划中 {day.planned} 户" if day.planned else ""),
        ("发现问题", f"{len(day.problems)} 条", f"跟进事项 {len(day.follow_ups)} 项"),
    ])]
    story.append(para("拜访情况", "subheading"))
    rows: list[list[object]] = [["序", "客户", "线路", "方式", "状态", "店面检查", "小结"]]
    for i, v in enumerate(sorted(day.visits, key=lambda v: (v.position or 999, v.customer_name)), 1):
        check = []
        if v.status == "done":
            if v.license_shown is False:
                check.append("未亮证")
            if v.price_labels_missing:
                check.append(f"缺价签{v.price_labels_missing}个")
            elif v.price_labels_complete is False:
                check.append("价签不全")
        rows.append([str(v.position or i), v.customer_name, v.route, VISIT_TYPES.get(v.visit_type, v.visit_type),
                     STATUS.get(day.shown_status(v, today), v.status),
                     ("、".join(check) or "正常") if v.status == "done" else "—", v.summary or "—"])
    widths = [8 * MM, 34 * MM, 16 * MM, 11 * MM, 14 * MM, 24 * MM, 0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    story.append(base.table(rows, widths))

    story.append(para("发现与约定", "subheading"))
    if day.problems:
        rows = [["客户", "类别", "内容"]]
        rows += [[p.customer_name, KINDS.get(p.kind, p.kind), _problem_text(p.kind, p.text)] for p in day.problems]
        story.append(base.table(rows, [38 * MM, 22 * MM, CONTENT_WIDTH - 60 * MM]))
    else:
        story.append(para("当日拜访未记录问题或需求。", "small"))

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
