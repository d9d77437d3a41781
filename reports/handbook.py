"""拜访手册: the visit handbook for a day plan. A cover with the route, the stops in order and what to
bring, then one page per customer: the dossier snapshot with its flags, three months' figures with the
class structure and the weekly sales, the order table (last count and agreed order, forecast, suggested
order, columns for today's count; reports/handbook_orders.py), the last visit and open follow-ups, care
notes, talking points with the last order, shortages and inflation runs, and the eight steps to tick.

    render_handbook(data: HandbookData) -> bytes

Data in (`domain.services.report_data.handbook_data`), PDF bytes out.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.care.reminders import CareKind, DueReminder
from domain.model.evaluations import PlanMetric
from domain.result_codes import spelled_result_code
from domain.services.report_data import HandbookCustomer, HandbookData
from domain.tiers.distance import DistanceToNextGrade
from domain.visits.record_views import VisitPreparation
from reports import base, charts
from reports import handbook_orders as orders
from reports.base import CONTENT_WIDTH, MM, money, num, para
from reports.figures import CLASS_NAMES, chart_shares, day_text, margin_title

TITLE = "拜访手册"
TIERS = {"key": "重点", "potential": "潜力", "ordinary": "普通", "at_risk": "流失风险"}
METRICS = {
    PlanMetric.MARGIN_PCT: ("毛利率", "%"),
    PlanMetric.MONTHLY_CARTONS: ("月销量", "条"),
    PlanMetric.GROSS_PROFIT: ("月毛利", "元"),
    PlanMetric.CLASS_1_2_SHARE: ("一二类烟占比", "%"),
    PlanMetric.STAR_LEVEL: ("星级", "星"),
}
VISIT_TYPES = {"in_person": "上门", "phone": "电话", "online": "线上"}
STEPS = ("拜访准备", "打招呼", "店面检查", "盘点库存", "建议订货", "客户服务", "信息记录", "拜访总结")
STEP_HINTS = ("资料、价签、宣传品", "问候、了解经营情况", "亮证、明码标价、陈列、卫生",
              "主销品规库存、断货", "按库存与销量建议订货量", "政策宣传、问题解答",
              "意见、需求、市场与竞品信息", "约定事项、下次拜访日期")
CHART_H = 40 * MM



def _dec(value: Decimal | None, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}{unit}"


def _target(metric: PlanMetric, value: Decimal | None) -> str:
    if value is None:
        return "—"
    label, unit = METRICS[metric]
    if metric is PlanMetric.GROSS_PROFIT:
        return money(value)
    if metric in (PlanMetric.MONTHLY_CARTONS, PlanMetric.STAR_LEVEL):
        return f"{value:,.0f}{unit}"
    return f"{value:,.1f}{unit}".replace(".0%", "%")


def render_handbook(data: HandbookData) -> bytes:
    """The handbook as PDF bytes: the cover, then exactly one page per customer."""
    from reportlab.platypus import KeepInFrame, PageBreak

    story: list = _cover(data)
    height = base.PAGE_H - base.MARGIN_TOP - base.MARGIN_BOTTOM
    for page in data.customers:
        story.append(PageBreak())
        # One page per customer, whatever the notes' length: shrink rather than spill over.
        story.append(KeepInFrame(CONTENT_WIDTH, height - 4, _customer_page(page, data.plan_date), mode="shrink"))
    return base.build_pdf(f"{TITLE} · {data.plan_date.isoformat()}", data.owner, data.unit, data.printed_on, story)


# --- the cover ------------------------------------------------------------------------------------


def _cover(data: HandbookData) -> list:
    from reportlab.platypus import Spacer

    story: list = [para(TITLE, "title"), para(day_text(data.plan_date), "subtitle")]
    facts = [
        ("拜访线路", "、".join(data.routes) or "—"),
        ("拜访客户", f"{len(data.customers)} 户"),
        ("客户经理", data.owner or "—"),
    ]
    if data.note:
        facts.append(("备注", data.note))
    story.append(base.table([[k, v] for k, v in facts], [28 * MM, CONTENT_WIDTH - 28 * MM], header_rows=0,
                            zebra=False))
    story += [Spacer(1, 4 * MM), para("拜访顺序", "heading")]
    rows: list[list[object]] = [["序", "客户", "店主", "线路", "地址", "电话", "上次拜访"]]
    for i, c in enumerate(data.customers, 1):
        last = c.preparation.last_visit
        rows.append([str(i), c.stop.name, c.stop.owner, c.stop.route, c.stop.address, c.stop.phone,
                     last.on.strftime("%m-%d") if last else "—"])
    widths = [8 * MM, 36 * MM, 18 * MM, 17 * MM, 0, 25 * MM, 16 * MM]
    widths[4] = CONTENT_WIDTH - sum(widths)
    story.append(base.table(rows, widths))
    care = [(c.stop.name, c.preparation.care.birthday_on) for c in data.customers if c.preparation.care.birthday_on]
    due = sum(len(c.preparation.open_follow_ups) for c in data.customers)
    story += [Spacer(1, 4 * MM), para("今日提醒", "heading")]
    reminders = [f"待办跟进事项 {due} 项，见各客户页。"]
    reminders += [f"{name}：店主生日 {on.month}月{on.day}日，记得问候。" for name, on in care]
    for r in reminders:
        story.append(para("• " + r))
    story += [Spacer(1, 4 * MM), para("携带物品", "heading"), *orders.bring_list(data)]
    return story


# --- one page per customer ------------------------------------------------------------------------


def _section(title: str) -> object:
    return para(title, "subheading")


def _customer_page(page: HandbookCustomer, plan_date: date) -> list:
    from reportlab.platypus import Spacer

    p = page.preparation
    story: list = [
        para(f"{page.stop.position}. {p.customer_name}", "heading"),
        para(f"店主 {p.owner or '—'} · 电话 {p.phone or '—'} · 许可证号 {p.license_no} · {p.route or '—'} · "
             f"{p.address or '—'}", "small"),
        Spacer(1, 2 * MM),
    ]
    star = f"{p.star_level}星" if p.star_level else "—"
    grade = f"{p.grade}档" if p.grade else "—"
    every = f"{p.visit_every_days}天" if p.visit_every_days else "—"
    story.append(base.table(
        [["业态", "档位", "星级", "诚信等级", "价值分层", "拜访周期"],
         [p.segment or "—", grade, star, p.integrity_grade or "—", TIERS.get(page.value_tier, "—"),
          every]],
        [CONTENT_WIDTH / 6] * 6, zebra=False))
    if p.result_code:
        story.append(para(f"星级测评结果：{spelled_result_code(p.result_code)}", "small"))
    flag = orders.flags(page, plan_date)
    if flag is not None:
        story.append(flag)

    # figures (left), the class structure and the weekly sales (right, side by side)
    story.append(_section(f"近三个月经营（{p.months[0].year}年{p.months[0].month}月—{p.months[-1].month}月）"
                          "与近8周销量"))
    left_w, right_w = 56 * MM, CONTENT_WIDTH - 56 * MM - 4 * MM
    story.append(_side_by_side(_figures_table(p, left_w), _charts(page, right_w), left_w, right_w))
    story.append(Spacer(1, 3 * MM))  # the chart legend hangs below its drawing

    story.append(_section("订货建议（按本月预测，现场盘点后填写实盘与实订）"))
    story += [*orders.order_table(page.facts), Spacer(1, 2 * MM)]

    # last visit and follow-ups | care notes
    half = (CONTENT_WIDTH - 4 * MM) / 2
    story.append(_side_by_side(_last_visit(p), _care(p, plan_date, page.salon_lines), half, half))

    story.append(_section("沟通要点"))
    story += _talking_points(page)

    story.append(_section("现场记录（拜访八步，手填）"))
    story.append(_steps_grid(CONTENT_WIDTH))
    return story


def _side_by_side(left: object, right: object, left_w: float, right_w: float) -> object:
    from reportlab.platypus import Table, TableStyle

    t = Table([[left, right]], colWidths=[left_w + 2 * MM, right_w + 2 * MM], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4 * MM / 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _figures_table(p: VisitPreparation, width: float) -> list:
    f = p.figures
    rows: list[list[object]] = [["指标", "数值"]]
    # the three months on one line: the weekly chart beside it shows the shape
    rows.append([f"{p.months[0].month}—{p.months[-1].month}月销量",
                 "/".join(num(c) for c in p.monthly_cartons) + " 条"])
    if f is None:
        rows.append(["三个月合计", "无订货"])
    else:
        rows += [
            ["三个月销量", f"{num(f.cartons)} 条"],
            ["进货额", money(f.amount)],
            ["毛利", money(f.gross_profit)],
            [margin_title(f.margin_basis), base.percent(f.margin_pct)],
            ["一二类烟占比", base.percent(f.class_1_2_share_pct)],
        ]
    # the main products are in the order table below, with their supply, forecast and suggestion
    return [base.table(rows, [width * 0.52, width * 0.48], align_right=(1,))]


def _charts(page: HandbookCustomer, width: float) -> object:
    p = page.preparation
    left = (width - 2 * MM) * 0.44  # five classes need less room than eight weeks
    right = width - 2 * MM - left
    if p.figures is None:
        classes: object = charts.empty_chart_note("近三个月无订货", left, CHART_H)
    else:
        shares = chart_shares([c.share_pct for c in p.class_structure])
        classes = charts.class_chart([CLASS_NAMES[k][0] for k in sorted(CLASS_NAMES)], [("价类结构（一至五类，条数占比）", shares)], left,
                                     CHART_H)
    return _side_by_side(classes, orders.weekly_chart(page.facts, right, CHART_H), left, right)


def _bullets(items: list[str], empty: str) -> list:
    if not items:
        return [para(empty, "small")]
    return [para("• " + t, "cell") for t in items]


def _last_visit(p: VisitPreparation) -> list:
    out: list = [_section("上次拜访与待办")]
    last = p.last_visit
    if last is None:
        out.append(para("尚无拜访记录。", "small"))
    else:
        out.append(para(f"{last.on.isoformat()}（{VISIT_TYPES.get(last.visit_type, last.visit_type)}）："
                        f"{last.summary or '未填写小结'}", "cell"))
    items = [f"{f.text}" + (f"（{f.due_on.month}月{f.due_on.day}日前）" if f.due_on else "")
             for f in p.open_follow_ups[:5]]
    if len(p.open_follow_ups) > 5:
        items.append(f"另有 {len(p.open_follow_ups) - 5} 项")
    out.append(para("待办跟进：", "cell_head"))
    return out + _bullets(items, "无待办事项。")


def reminder_text(r: DueReminder, on: date) -> str:
    """A care reminder as the handbook prints it, the lunar and the solar date side by side."""
    day = f"{r.on.month}月{r.on.day}日"
    if r.kind is CareKind.BIRTHDAY:
        who = f"{r.subject}" if r.subject else "店主"
        when = f"{r.lunar}（公历{day}）" if r.lunar else day
        age = f"，{r.age}岁" if r.age is not None else ""
        moved = {"leap_month": "，今年无闰月，按平月", "day_30": "，本月无三十，按廿九",
                 "feb_29": "，今年无2月29日，按28日"}.get(r.moved, "")
        return f"{who}生日：{when}{age}{moved}"
    if r.kind is CareKind.LICENSE:
        return f"许可证{'已于' if r.on < on else '将于'}{r.on.isoformat()}到期，提醒办理延续"
    if r.kind is CareKind.PLAN:
        return f"指导方案复查（{day}）" + (f"：{r.subject}" if r.subject else "")
    if r.kind is CareKind.FOLLOW_UP:
        return f"跟进（{day}{'，已逾期' if r.on < on else ''}）：{r.subject}"
    if r.kind is CareKind.VISIT:
        return f"超过拜访周期（{day}起应访）"
    return f"{day}：{r.subject}"


def _care(p: VisitPreparation, on: date, salon_lines: tuple[str, ...] = ()) -> list:
    c = p.care
    out: list = [_section("客情关怀")]
    # the overdue visit and the licence are flagged at the top of the page (handbook_orders.flags)
    items = [*salon_lines, *(reminder_text(r, on) for r in p.reminders
                             if r.kind is not CareKind.FESTIVAL and r.kind not in orders.FLAG_KINDS)]
    if c.birthday and not any(r.kind is CareKind.BIRTHDAY and not r.subject for r in p.reminders):
        cal = "农历" if getattr(c.birthday.calendar, "value", "") == "lunar" else "公历"
        items.append(f"生日：{cal}{c.birthday.month}月{c.birthday.day}日")
    for label, text in (("爱好", c.hobbies), ("家庭", c.family_notes), ("联系时间", c.preferred_contact_time),
                        ("联系方式", c.preferred_channel)):
        if text:
            items.append(f"{label}：{text}")
    return out + _bullets(items, "暂无客情记录。")


def _talking_points(page: HandbookCustomer) -> list:
    p = page.preparation
    weak = "；".join(f"{w.name}（{w.score:g}/{w.max_score:g}分）" for w in p.weakest) or "暂无星级评定"
    if p.evaluated_on:
        weak += f"（{p.evaluated_on.isoformat()} 评定）"
    new = [n.name for n in p.new_not_listed[:6]]
    listed = [n.name for n in p.new_listed[:4]]
    news = ("推荐上柜：" + "、".join(new)) if new else "新品均已上柜"
    if listed:
        news += "；刚上柜：" + "、".join(listed) + "（了解动销）"
    rows: list[list[object]] = [*orders.fact_rows(page), ["星级短板", weak], ["新品推荐", news]]
    if page.next_grade is not None:
        rows.append(["升档差距", next_grade_text(page.next_grade)])
    if page.plan_targets:
        targets = "；".join(
            f"{margin_title(page.margin_basis) if t.metric is PlanMetric.MARGIN_PCT else METRICS[t.metric][0]} "
            f"{_target(t.metric, t.baseline)} → {_target(t.metric, t.target)}"
            for t in page.plan_targets)
        rows.append(["提升目标", targets])
        if page.plan_measures:
            rows.append(["提升措施", "；".join(page.plan_measures[:3])])
    return [base.table(rows, [20 * MM, CONTENT_WIDTH - 20 * MM], header_rows=0, zebra=False)]


def next_grade_text(d: DistanceToNextGrade) -> str:
    """再多订 N 条就升一档: more of the shop's own mix at its own carton price, over the scheme's months."""
    return (f"第{d.grade}档 → 第{d.next_grade}档：近{d.months}个月再多订 {num(d.more_cartons)} 条"
            f"（约 {money(d.more_yuan)}，差 {d.score_needed:.1f} 分）")


def _blank_grid(rows: list[list[object]], widths: list[float], row_height: float) -> object:
    from reportlab.platypus import Table, TableStyle

    cells = [[para(v, "cell_head") if r == 0 else (para(v, "cell") if isinstance(v, str) else v)
              for v in row] for r, row in enumerate(rows)]
    t = Table(cells, colWidths=widths, rowHeights=[None] + [row_height] * (len(rows) - 1), hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, base.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), base.HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _steps_grid(width: float) -> object:
    """The eight steps in two columns of four, each with a box to tick and room to note."""
    half = len(STEPS) // 2
    rows: list[list[object]] = [["步骤", "✓", "记录"] * 2]
    cells = [[f"{i}. {step}", "", para(hint, "small")] for i, (step, hint) in enumerate(zip(STEPS, STEP_HINTS), 1)]
    for left, right in zip(cells[:half], cells[half:], strict=True):
        rows.append(left + right)
    w = width / 2
    return _blank_grid(rows, [w * 0.27, w * 0.08, w * 0.65] * 2, 7 * MM)
