"""客户档案: one customer's dossier on paper.

    render_dossier(data, owner, unit, printed_on, tiers=None) -> bytes

``data`` is domain.services.dossier_report.dossier_data(uow, customer_id): the customer with its
environment and care notes, the latest star evaluation with the scheme's criteria, the latest SWOT,
the latest improvement plan with its progress, and the customer's latest month of sales. ``tiers``
(domain.services.tier_report.dossier_tiers) adds the visit cycle in days, the grade, tier and star history
(reports/dossier_history.py) and the full timeline; ``salons`` (domain.services.salons.invitations_of) adds the
沙龙活动 section: each event the shop was on the list of, with its stage and outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.platypus import Spacer, Table, TableStyle

from domain.analysis.reports import CustomerMonthAnalysis
from domain.model.customers import BirthdayCalendar, BusinessType, CustomerStatus, Market, ValueTier
from domain.model.evaluations import PlanMetric, PlanStatus
from domain.result_codes import spelled_result_code
from domain.salons.model import Event, Invitation
from domain.services.dossier_report import DossierData
from domain.services.tier_report import DossierTiers
from reports.base import (
    CONTENT_WIDTH,
    HEAD_BG,
    MM,
    RULE,
    build_pdf,
    change_pct,
    kpi_table,
    money2,
    num,
    para,
    percent,
    points,
    table,
)
from reports.charts import class_chart, trend_chart
from reports.dossier_history import history_story, salons_story, timeline_story
from reports.figures import CLASS_NAMES, TOO_LITTLE_HISTORY, chart_shares, margin_title

TITLE = "客户档案"
BUSINESS = {
    BusinessType.GROCERY: "食杂店", BusinessType.CONVENIENCE: "便利店", BusinessType.SUPERMARKET: "超市",
    BusinessType.TOBACCO_LIQUOR: "烟酒商店", BusinessType.ENTERTAINMENT: "娱乐服务类", BusinessType.MALL: "商场",
    BusinessType.OTHER: "其他",
}
MARKET = {Market.TOWN: "城镇", Market.RURAL: "乡村"}
TIER = {ValueTier.KEY: "重点客户", ValueTier.POTENTIAL: "潜力客户", ValueTier.ORDINARY: "普通客户",
        ValueTier.AT_RISK: "流失风险"}
STATUS = {CustomerStatus.ACTIVE: "正常经营", CustomerStatus.SUSPENDED: "停业", CustomerStatus.ARCHIVED: "已归档"}
METRIC = {
    PlanMetric.MARGIN_PCT: "毛利率", PlanMetric.MONTHLY_CARTONS: "月销量（条）", PlanMetric.GROSS_PROFIT: "月毛利",
    PlanMetric.CLASS_1_2_SHARE: "一二类烟占比", PlanMetric.STAR_LEVEL: "星级",
}
PLAN_STATUS = {PlanStatus.OPEN: "进行中", PlanStatus.DONE: "已完成", PlanStatus.DROPPED: "已放弃"}
TOP_PRODUCTS = 12


def _d(d: date | None) -> str:
    return d.isoformat() if d else "—"


def _t(s: object) -> str:
    return str(s) if s not in (None, "") else "—"


def _trend_box(a: CustomerMonthAnalysis) -> tuple[str, str, str]:
    """连续三个月下滑 needs orders from three months back; with less history say so, not 平稳."""
    if a.cartons_falling or a.profit_falling:
        what = "、".join(x for x, on in (("销量", a.cartons_falling), ("毛利", a.profit_falling)) if on)
        return ("走势", "连续下滑", what + "\n ")
    if not a.decline_known:
        return ("走势", "—", TOO_LITTLE_HISTORY + "\n ")
    return ("走势", "平稳", "近三个月未连续下滑\n ")


def _metric_value(metric: PlanMetric, v: Decimal | None) -> str:
    if v is None:
        return "—"
    if metric in (PlanMetric.MARGIN_PCT, PlanMetric.CLASS_1_2_SHARE):
        return percent(v)
    if metric is PlanMetric.GROSS_PROFIT:
        return money2(v)
    if metric is PlanMetric.STAR_LEVEL:
        return f"{int(v)} 星"
    return num(v)


def _fields(pairs: list[tuple[str, str]], cols: int = 2) -> Table:
    """Label/value pairs laid out in `cols` pairs per row."""
    rows = []
    for i in range(0, len(pairs), cols):
        chunk = pairs[i : i + cols]
        row: list[object] = []
        for label, value in chunk:
            row += [para(label, "cell_head"), para(value, "cell")]
        row += ["", ""] * (cols - len(chunk))
        rows.append(row)
    label_w = 24 * MM
    value_w = CONTENT_WIDTH / cols - label_w
    t = Table(rows, colWidths=[label_w, value_w] * cols, hAlign="LEFT")
    cmds: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for c in range(0, 2 * cols, 2):
        cmds.append(("BACKGROUND", (c, 0), (c, -1), HEAD_BG))
    t.setStyle(TableStyle(cmds))
    return t


def _birthday(data: DossierData) -> str:
    b = data.customer.care.birthday
    if b is None:
        return "—"
    if b.calendar is BirthdayCalendar.LUNAR:
        s = f"农历{'闰' if b.leap_month else ''}{b.month}月{b.day}日"
    else:
        s = f"{b.month}月{b.day}日"
    return f"{b.year}年{s}" if b.year else s


def _cycle(data: DossierData, tiers: DossierTiers | None) -> str:
    """拜访周期 in days, and where the number comes from (visit_cycle's order)."""
    c = data.customer
    if tiers is None:
        return f"每 {c.visit_every_days} 天" if c.visit_every_days else "按区域类型"
    basis = {
        "customer": "本户设定",
        "tier": f"{TIER.get(c.value_tier, '') if c.value_tier else ''}关怀方案",
        "segment": f"区域类型“{data.segment}”" if data.segment else "区域类型",
        "default": "默认",
    }[tiers.cycle.basis]
    return f"每 {tiers.cycle.days} 天（{basis}）"


def _basics(data: DossierData, tiers: DossierTiers | None = None) -> list:
    c = data.customer
    every = _cycle(data, tiers)
    pairs = [
        ("客户名称", c.name), ("许可证号", c.license_no),
        ("客户编码", _t(c.customer_code)), ("负责人", _t(c.owner)),
        ("电话", " / ".join(x for x in (c.phone, c.phone2) if x) or "—"), ("线路", _t(c.route)),
        ("地址", _t(c.address)), ("区域类型", _t(data.segment)),
        ("业态", BUSINESS.get(c.business_type, "—") if c.business_type else "—"),
        ("市场类型", MARKET.get(c.market, "—") if c.market else "—"),
        ("档位", f"{c.grade} 档" if c.grade else "—"), ("星级", f"{c.star_level} 星" if c.star_level else "—"),
        ("诚信等级", _t(c.integrity_grade)), ("价值分层", TIER.get(c.value_tier, "—") if c.value_tier else "—"),
        ("状态", STATUS.get(c.status, str(c.status))), ("拜访周期", every),
        ("开业日期", _d(c.opened_on)), ("许可证到期", _d(c.license_expiry)),
        ("标签", "、".join(c.tags) or "—"), ("", ""),
    ]
    out = [para("一、基本信息", "heading"), _fields(pairs)]
    if c.notes.strip():
        out += [para("备注", "subheading"), para(c.notes, "note")]
    return out


def _environment(data: DossierData) -> list:
    e = data.customer.environment
    comp = "；".join(f"{x.name}（{x.distance_m} 米）" if x.distance_m is not None else x.name for x in e.competitors)
    pairs = [
        ("位置与周边", _t(e.location)), ("人流量", _t(e.foot_traffic)),
        ("消费群体", _t(e.consumer_groups)), ("消费水平", _t(e.consumer_income)),
        ("主销价类", _t(e.dominant_price_classes)), ("竞争对手", comp or "—"),
        ("营业面积", f"{e.shop_area_m2} 平方米" if e.shop_area_m2 else "—"),
        ("柜台/展柜", f"{e.counters} 组" if e.counters else "—"),
        ("订货终端", _t(e.terminal)), ("", ""),
    ]
    return [para("二、经营环境", "heading"), _fields(pairs)]


def _care(data: DossierData) -> list:
    k = data.customer.care
    pairs = [
        ("生日", _birthday(data)), ("爱好", _t(k.hobbies)),
        ("家庭情况", _t(k.family_notes)), ("方便联系时间", _t(k.preferred_contact_time)),
        ("联系方式偏好", _t(k.preferred_channel)), ("", ""),
    ]
    return [para("三、客情维护", "heading"), _fields(pairs)]


def _sales(data: DossierData) -> list:
    a = data.sales
    out: list = [para("四、销售情况", "heading")]
    if a.month is None or a.comparison is None:
        return out + [para("该客户还没有订单数据。", "small")]
    f = a.comparison.current
    m, y = a.comparison.month_over_month, a.comparison.year_over_year

    def sub(x: str, z: str) -> str:
        return f"环比 {x}\n同比 {z}"

    out.append(para(f"最近有订单的月份：{a.month.year}年{a.month.month}月", "subheading"))
    out.append(kpi_table([
        ("销量（条）", num(f.cartons), sub(change_pct(m.cartons_pct), change_pct(y.cartons_pct))),
        ("进货额", money2(f.amount), sub(change_pct(m.amount_pct), change_pct(y.amount_pct))),
        ("毛利", money2(f.gross_profit), sub(change_pct(m.gross_profit_pct), change_pct(y.gross_profit_pct))),
        (margin_title(f.margin_basis), percent(f.margin_pct), sub(points(m.margin_points), points(y.margin_points))),
        ("一二类烟占比", percent(f.class_1_2_share_pct), sub(points(m.class_1_2_points), points(y.class_1_2_points))),
        ("订足率", percent(f.fill_rate_pct), sub(points(m.fill_rate_points), points(y.fill_rate_points))),
        ("条均价", money2(f.avg_carton_value), "进货额 ÷ 销量\n "),
        _trend_box(a),
    ]))
    out.append(para("近12个月走势", "subheading"))
    out.append(trend_chart([f"{p.start.year % 100:02d}/{p.start.month:02d}" for p in a.trend],
                           [p.cartons for p in a.trend], [float(p.gross_profit) for p in a.trend],
                           "销量（条）", "毛利（元）", height=55 * MM))
    out.append(Spacer(1, 2 * MM))
    out.append(para("卷烟结构", "subheading"))
    out.append(class_chart([CLASS_NAMES.get(c.price_class, "") for c in a.classes], [
        ("销量占比", chart_shares([c.cartons_share_pct for c in a.classes])),
        ("毛利占比", chart_shares([c.profit_share_pct for c in a.classes])),
    ], height=48 * MM))
    out.append(Spacer(1, 3 * MM))
    if a.products:
        out.append(para(f"本月订购品规（前 {TOP_PRODUCTS} 个，共 {len(a.products)} 个）", "subheading"))
        rows = [["代码", "品规", "类别", "需求", "供应", "进货额", "毛利"]]
        for p in a.products[:TOP_PRODUCTS]:
            rows.append([p.code, p.name, CLASS_NAMES.get(p.price_class, ""), num(p.requested), num(p.cartons),
                         money2(p.amount), money2(p.gross_profit)])
        out.append(table(rows, [28 * MM, CONTENT_WIDTH - 134 * MM, 14 * MM, 16 * MM, 16 * MM, 30 * MM, 30 * MM],
                         align_right=(3, 4, 5, 6)))
    return out


def _star(data: DossierData) -> list:
    out: list = [para("五、星级测评", "heading")]
    e = data.evaluation
    if e is None:
        return out + [para("还没有星级测评。", "small")]
    out.append(para(
        f"最近一次测评：{e.evaluated_on.isoformat()}（共 {data.evaluations} 次）· 总分 {num(e.total_score)} · "
        f"{e.star_level} 星" + (f" · 诚信 {e.integrity_grade}" if e.integrity_grade else "")
        + (f" · 结果 {spelled_result_code(e.result_code)}" if e.result_code else ""), "body"))
    rows = [["分组", "项目", "得分", "满分", "得分率"]]
    for c in sorted(data.criteria, key=lambda c: (c.sort_order, c.code)):
        got = e.scores.get(c.code)
        rate = percent(got / c.max_score * 100) if got is not None and c.max_score else "—"
        rows.append([c.group, c.name, num(got) if got is not None else "—", num(c.max_score), rate])
    out.append(table(rows, [34 * MM, CONTENT_WIDTH - 100 * MM, 22 * MM, 22 * MM, 22 * MM], align_right=(2, 3, 4)))
    if e.notes.strip():
        out.append(para(e.notes, "note"))
    return out


def _swot(data: DossierData) -> list:
    out: list = [para("六、SWOT 分析", "heading")]
    s = data.swot
    if s is None:
        return out + [para("还没有 SWOT 分析。", "small")]
    out.append(para(f"分析日期：{s.analysed_on.isoformat()}", "small"))

    def box(title: str, items: list[str]) -> list:
        return [para(title, "cell_head"), *[para(f"· {x}", "cell") for x in items]] if items else \
            [para(title, "cell_head"), para("—", "cell")]

    w = CONTENT_WIDTH / 2
    t = Table([[box("优势 S", s.strengths), box("劣势 W", s.weaknesses)],
               [box("机会 O", s.opportunities), box("威胁 T", s.threats)]], colWidths=[w, w], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out.append(t)
    if s.conclusion.strip():
        out += [para("结论", "subheading"), para(s.conclusion, "note")]
    return out


def _plan(data: DossierData) -> list:
    out: list = [para("七、营销策划与进度", "heading")]
    p = data.plan
    if p is None:
        return out + [para("还没有改进计划。", "small")]
    out.append(para(f"制定日期：{p.created_on.isoformat()} · 状态：{PLAN_STATUS.get(p.status, str(p.status))}"
                    f" · 复查日期：{_d(p.review_on)}", "body"))
    if p.measures:
        out.append(para("措施", "subheading"))
        out += [para(f"{i}. {m}", "body") for i, m in enumerate(p.measures, 1)]
    prog = data.progress
    if p.targets and prog is not None:
        if prog.month is not None:
            since = f"实际值取方案制定后最近有订单的月份：{prog.month.year}年{prog.month.month}月"
        else:
            first = prog.first_month
            since = "方案制定后尚无订单" + (f"，从{first.year}年{first.month}月起计" if first else "")
        out.append(para(f"目标与进度（{since}；星级取方案之后的测评）", "subheading"))
        rows = [["指标", "基线", "目标", "实际", "达成"]]
        for t in prog.targets:
            met = "尚无数据" if t.met is None else ("已达成" if t.met else "未达成")
            label = margin_title(prog.margin_basis) if t.metric is PlanMetric.MARGIN_PCT else METRIC.get(
                t.metric, str(t.metric))
            rows.append([label, _metric_value(t.metric, t.baseline),
                         _metric_value(t.metric, t.target), _metric_value(t.metric, t.actual), met])
        out.append(table(rows, [CONTENT_WIDTH - 120 * MM, 30 * MM, 30 * MM, 30 * MM, 30 * MM], align_right=(1, 2, 3)))
    if p.notes.strip():
        out.append(para(p.notes, "note"))
    return out


def dossier_story(data: DossierData, tiers: DossierTiers | None = None,
                  salons: Sequence[tuple[Event, Invitation]] | None = None) -> list:
    c = data.customer
    story: list = [
        para(f"{TITLE} · {c.name}", "title"),
        para(f"许可证号 {c.license_no}" + (f" · {c.address}" if c.address else ""), "subtitle"),
    ]
    story += _basics(data, tiers)
    for part in (_environment, _care, _sales, _star, _swot, _plan):
        story += part(data)
    if tiers is not None:
        story += history_story(tiers)
        story += timeline_story(tiers.timeline)
    if salons is not None:  # None: not asked for (older callers); empty: printed as "无"
        story += salons_story(salons, "十" if tiers is not None else "八")
    return story


def render_dossier(data: DossierData, owner: str, unit: str, printed_on: date,
                   tiers: DossierTiers | None = None,
                   salons: Sequence[tuple[Event, Invitation]] | None = None) -> bytes:
    """The 客户档案 PDF of ``data.customer``; with ``tiers`` (domain.services.tier_report.dossier_tiers) the
    visit cycle in days, the grade, tier and star history and the full timeline; with ``salons``
    (domain.services.salons.invitations_of) the shop's 沙龙活动."""
    return build_pdf(f"{TITLE} · {data.customer.name}", owner, unit, printed_on, dossier_story(data, tiers, salons))
