"""月度经营分析: the territory's month as a handout for a meeting.

    render_monthly(analysis, owner, unit, printed_on, notes="", tiers=None, accuracy=None) -> bytes

``analysis`` is domain.services.analysis.month_analysis(uow, month); ``owner``/``unit`` come from the
workspace settings; ``notes`` is the user's free text printed in the last section; ``tiers`` (optional,
domain.services.tier_report.tier_month) adds the 分层分级 section; ``accuracy`` (optional,
domain.services.forecast.month_accuracy) adds the forecast's accuracy to 本月要点.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Spacer

from domain.analysis.changes import FigureChanges
from domain.analysis.inflation import MIN_RUN
from domain.analysis.reports import TerritoryMonthAnalysis
from domain.forecast.backtest import Wape
from domain.services.tier_report import TierMonth
from reports.base import (
    CONTENT_WIDTH,
    MM,
    big_money,
    build_pdf,
    change_pct,
    kpi_table,
    num,
    para,
    percent,
    points,
    table,
    wan,
)
from reports.base import (
    money2 as money,
)
from reports.charts import class_chart, trend_chart
from reports.figures import CLASS_NAMES, TOO_LITTLE_HISTORY, chart_shares, margin_title, shop_name, small_number
from reports.monthly_points import key_points_story

TITLE = "月度经营分析"
RANK_SIZE = 10
TOP_PRODUCTS = 15
LIST_LIMIT = 40
SHORT_LIMIT = 15


def month_label(m: date) -> str:
    return f"{m.year}年{m.month}月"


def _short_month(m: date) -> str:
    return f"{m.year % 100:02d}/{m.month:02d}"


def _sub(mom: object, yoy: object) -> str:
    return f"环比 {mom}\n同比 {yoy}"


def _kpis(a: TerritoryMonthAnalysis) -> list[tuple[str, str, str]]:
    f = a.figures
    c = a.comparison
    m: FigureChanges = c.month_over_month
    y: FigureChanges = c.year_over_year
    return [
        ("销量（条）", num(f.cartons), _sub(change_pct(m.cartons_pct), change_pct(y.cartons_pct))),
        ("进货额", big_money(f.amount), _sub(change_pct(m.amount_pct), change_pct(y.amount_pct))),
        ("毛利", big_money(f.gross_profit), _sub(change_pct(m.gross_profit_pct), change_pct(y.gross_profit_pct))),
        (margin_title(a.margin_basis), percent(f.margin_pct), _sub(points(m.margin_points), points(y.margin_points))),
        ("一二类烟占比", percent(f.class_1_2_share_pct),
         _sub(points(m.class_1_2_points), points(y.class_1_2_points))),
        ("订足率", percent(f.fill_rate_pct), _sub(points(m.fill_rate_points), points(y.fill_rate_points))),
        ("订货户数", num(c.customers or 0), _sub(change_pct(m.customers_pct), change_pct(y.customers_pct))),
        ("条均价", money(f.avg_carton_value), "进货额 ÷ 销量\n "),
    ]


def _customers_table(rows: list) -> object:  # noqa: ANN401
    head = ["#", "客户", "条数", "进货额", "毛利", "较上月"]
    body = [
        [str(i), shop_name(c.name, c.status), num(c.cartons), money(c.amount), money(c.gross_profit), change_pct(c.cartons_change_pct)]
        for i, c in enumerate(rows, 1)
    ]
    w = CONTENT_WIDTH
    return table([head, *body], [8 * MM, w - 8 * MM - 4 * 26 * MM, 26 * MM, 26 * MM, 26 * MM, 26 * MM],
                 align_right=(2, 3, 4, 5))


def _omitted(total: int, shown: int) -> list:
    if total > shown:
        return [para(f"另有 {total - shown} 条未列出（共 {total} 条）。", "small")]
    return []


def monthly_story(a: TerritoryMonthAnalysis, notes: str = "", tiers: TierMonth | None = None,
                  accuracy: Wape | None = None) -> list:
    f = a.figures
    story: list = [
        para(f"{TITLE} · {month_label(a.month)}", "title"),
        para(
            f"本月 {num(a.comparison.customers or 0)} 户订货，共 {num(f.cartons)} 条、进货额 {money(f.amount)}、"
            f"毛利 {money(f.gross_profit)}，{margin_title(a.margin_basis)} {percent(f.margin_pct)}。"
            "环比与上月相比，同比与去年同月相比。",
            "subtitle",
        ),
        *key_points_story(a, accuracy),
        para("一、主要指标", "heading"),
        kpi_table(_kpis(a)),
        para("二、近12个月走势", "heading"),
        trend_chart([_short_month(p.start) for p in a.trend], [p.cartons for p in a.trend],
                    [float(p.gross_profit) for p in a.trend], "销量（条）", "毛利（元）"),
        Spacer(1, 3 * MM),
    ]
    # the territory's months run to millions: 万元, as the company's own tables give them
    trend_rows = [["月份", "销量（条）", "进货额（万元）", "毛利（万元）", margin_title(a.margin_basis), "一二类占比",
                   "订足率"]]
    for period in reversed(a.trend):
        if period.cartons:
            trend_rows.append([month_label(period.start), num(period.cartons), wan(period.amount),
                               wan(period.gross_profit), percent(period.margin_pct),
                               percent(period.class_1_2_share_pct), percent(period.fill_rate_pct)])
    story.append(table(trend_rows, [28 * MM, 24 * MM, 32 * MM, 30 * MM, 22 * MM, 21 * MM, CONTENT_WIDTH - 157 * MM],
                       align_right=(1, 2, 3, 4, 5, 6)))

    story.append(para("三、卷烟结构", "heading"))
    cats = [CLASS_NAMES.get(c.price_class, str(c.price_class)) for c in a.classes]
    story.append(class_chart(cats, [
        ("销量占比", chart_shares([c.cartons_share_pct for c in a.classes])),
        ("毛利占比", chart_shares([c.profit_share_pct for c in a.classes])),
    ]))
    story.append(Spacer(1, 3 * MM))
    story.append(table(
        [["类别", "销量（条）", "进货额", "毛利", "销量占比", "毛利占比"]]
        + [[CLASS_NAMES.get(c.price_class, ""), num(c.cartons), money(c.amount), money(c.gross_profit),
            percent(c.cartons_share_pct), percent(c.profit_share_pct)] for c in a.classes],
        [24 * MM, 28 * MM, 34 * MM, 34 * MM, 28 * MM, CONTENT_WIDTH - 148 * MM], align_right=(1, 2, 3, 4, 5)))

    story.append(para(f"四、客户排名（按销量，共 {num(len(a.customers))} 户订货）", "heading"))
    story.append(para(f"前 {RANK_SIZE} 名", "subheading"))
    story.append(_customers_table(a.top_customers(RANK_SIZE)))
    story.append(para(f"后 {RANK_SIZE} 名", "subheading"))
    story.append(_customers_table(a.bottom_customers(RANK_SIZE)))

    story.append(para(f"五、畅销品规（前 {TOP_PRODUCTS} 名）", "heading"))
    prows = [["#", "代码", "品规", "类别", "条数", "进货额", "动销户数", "销量占比"]]
    for i, p in enumerate(a.products[:TOP_PRODUCTS], 1):
        name = p.name + ("（新品）" if p.is_new else "") + ("（紧俏）" if p.is_scarce else "")
        prows.append([str(i), p.code, name, CLASS_NAMES.get(p.price_class, ""), num(p.cartons), money(p.amount),
                      num(p.customers), percent(p.cartons_share_pct)])
    story.append(table(prows, [8 * MM, 28 * MM, CONTENT_WIDTH - 142 * MM, 14 * MM, 20 * MM, 28 * MM, 20 * MM, 24 * MM],
                       align_right=(4, 5, 6, 7)))

    story.append(para("六、新品上柜与复购", "heading"))
    if not a.listings_known:
        story.append(para("本月是工作区第一个有订单的月份，无法判断新上柜品规。", "small"))
    elif not a.new_listings:
        story.append(para("本月没有客户新上柜品规。", "small"))
    else:
        reordered = sum(1 for x in a.new_listings if x.reordered)
        story.append(para(f"本月新上柜 {len(a.new_listings)} 个（客户×品规），其中 {reordered} 个已复购。", "body"))
        rows = [["客户", "品规", "类别", "首次订货", "条数", "复购"]]
        for x in a.new_listings[:LIST_LIMIT]:
            rows.append([shop_name(x.customer_name, x.status), x.product_name, CLASS_NAMES.get(x.price_class, ""),
                         x.first_order.isoformat(), num(x.cartons), "已复购" if x.reordered else "未复购"])
        story.append(table(rows, [48 * MM, CONTENT_WIDTH - 136 * MM, 16 * MM, 26 * MM, 18 * MM, 28 * MM],
                           align_right=(4,)))
        story += _omitted(len(a.new_listings), LIST_LIMIT)

    story.append(para("七、订足率与需求虚增", "heading"))
    story.append(para(f"本月订足率 {percent(f.fill_rate_pct)}（供应 {num(f.cartons)} 条 / 需求 {num(f.requested)} 条）。",
                      "body"))
    short = a.short_supplied
    if short:
        story.append(para("供应低于需求的品规（订足率最低的在前）", "subheading"))
        rows = [["代码", "品规", "类别", "需求", "供应", "订足率"]]
        for p in short[:SHORT_LIMIT]:
            rows.append([p.code, p.name, CLASS_NAMES.get(p.price_class, ""), num(p.requested), num(p.cartons),
                         percent(p.fill_rate_pct)])
        story.append(table(rows, [28 * MM, CONTENT_WIDTH - 126 * MM, 16 * MM, 26 * MM, 26 * MM, 30 * MM],
                           align_right=(3, 4, 5)))
        story += _omitted(len(short), SHORT_LIMIT)
    low = a.lowest_fill_rates(RANK_SIZE)
    if low:
        story.append(para("订足率最低的客户", "subheading"))
        rows = [["客户", "需求", "供应", "订足率"]]
        rows += [[shop_name(c.name, c.status), num(c.requested), num(c.cartons), percent(c.fill_rate_pct)] for c in low]
        story.append(table(rows, [CONTENT_WIDTH - 90 * MM, 30 * MM, 30 * MM, 30 * MM], align_right=(1, 2, 3)))
    story.append(para(f"需求虚增（连续至少{small_number(MIN_RUN)}次缺货且需求逐次加码）", "subheading"))
    if not a.inflation and not a.inflation_known:
        story.append(para(f"{TOO_LITTLE_HISTORY}，尚无法判断需求虚增。", "small"))
    elif not a.inflation:
        story.append(para("本月没有发现需求虚增。", "small"))
    else:
        rows = [["客户", "品规", "需求 → 供应（逐次）", "虚增（条）", "最近订货"]]
        for s in a.inflation[:LIST_LIMIT]:
            runs = "  ".join(f"{r}→{su}" for r, su in zip(s.requested, s.supplied))
            rows.append([shop_name(s.customer_name, s.status), s.product_name, runs, num(s.inflation), s.last_order.isoformat()])
        story.append(table(rows, [34 * MM, 30 * MM, CONTENT_WIDTH - 110 * MM, 20 * MM, 26 * MM], align_right=(3,)))
        story += _omitted(len(a.inflation), LIST_LIMIT)

    story.append(para("八、连续三个月下滑的客户", "heading"))
    if not a.decline_known:
        story.append(para(f"{TOO_LITTLE_HISTORY}，尚无法判断连续三个月下滑。", "small"))
    elif not a.declining:
        story.append(para("没有客户连续三个月下滑。", "small"))
    else:
        months = a.declining[0].months
        head = ["客户", *[f"{m.month}月条数" for m in months], "下滑项"]
        rows = [head]
        for d in a.declining[:LIST_LIMIT]:
            what = "、".join(x for x, on in (("销量", d.cartons_falling), ("毛利", d.profit_falling)) if on)
            rows.append([shop_name(d.name, d.status), *[num(c) for c in d.cartons], what])
        n = len(months)
        story.append(table(rows, [CONTENT_WIDTH - n * 20 * MM - 26 * MM, *[20 * MM] * n, 26 * MM],
                           align_right=tuple(range(1, n + 1))))
        story += _omitted(len(a.declining), LIST_LIMIT)

    if tiers is not None:
        story += _tiers_section(tiers)
    story.append(para(f"{'十' if tiers is not None else '九'}、备注", "heading"))
    story.append(para(notes.strip() or "（无）", "note"))
    return story


def _tiers_section(tiers: TierMonth) -> list:
    """九、分层分级: the distribution, the movements up and down, the shops that fell a star."""
    from reports.tiers_report import distribution_story, movements_story, star_drops_story

    story: list = [para("九、分层分级", "heading")]
    if not tiers.recomputed and tiers.graded:
        story.append(para("本月尚未重新计算，以下为此前月份延续下来的档位与分层。", "small"))
    story += distribution_story(tiers)
    story += movements_story(tiers, limit=SHORT_LIMIT)
    story += star_drops_story(tiers)
    return story


def render_monthly(analysis: TerritoryMonthAnalysis, owner: str, unit: str, printed_on: date, notes: str = "",
                   tiers: TierMonth | None = None, accuracy: Wape | None = None) -> bytes:
    """The 月度经营分析 PDF for ``analysis``'s month; with ``tiers`` (domain.services.tier_report.tier_month)
    its 分层分级 section, with ``accuracy`` (domain.services.forecast.month_accuracy) the forecast's point."""
    title = f"{TITLE} · {month_label(analysis.month)}"
    return build_pdf(title, owner, unit, printed_on, monthly_story(analysis, notes, tiers, accuracy))
