"""The parts of a handbook page that drive the visit: the flags at the top, the order table (last count
and agreed order, the 8 weeks' supply, the month's forecast, the cycle demand and the suggested order,
with columns to fill in), the weekly sales chart, the last order, shortages and inflation runs, the
products to push; and the cover's list of what to bring. Data: `domain.services.handbook_facts`.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from domain.care.reminders import CareKind
from domain.services.handbook_facts import ORDER_ROWS, OrderRow, ShopFacts
from domain.services.report_data import HandbookCustomer, HandbookData
from reports import base, charts
from reports.base import CONTENT_WIDTH, MM, num, para

FLAG_KINDS = (CareKind.VISIT, CareKind.LICENSE)  # printed as flags at the top, not among the care notes
SHOWN_SHORTAGES = 3
SHOWN_LAST = 5  # products of the last order named: one line


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def flags(page: HandbookCustomer, on: date) -> object | None:
    """注意: overdue visit, licence expiry, supply cut and inflating requests, in one red line."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    items = []
    for r in page.preparation.reminders:
        if r.kind is CareKind.VISIT:
            items.append(f"超过拜访周期（{_md(r.on)}起应访）")
        elif r.kind is CareKind.LICENSE:
            items.append(f"许可证{'已于' if r.on < on else '将于'}{r.on.isoformat()}到期，提醒办理延续")
    f = page.facts
    if f.shortages:
        items.append(f"近期缺货 {len(f.shortages)} 个品规")
    if f.inflating:
        items.append(f"需求虚报 {len(f.inflating)} 个品规")
    if not items:
        return None
    style = ParagraphStyle("flag", parent=base.styles()["cell"], textColor=base.ACCENT2)
    return Paragraph(escape("注意：" + "；".join(items)), style)


def _qty(n: int | None) -> str:
    return "—" if n is None else str(n)


def _tenth(d: Decimal | None) -> str:
    return "—" if d is None else f"{d:.1f}"


def _suggested(r: OrderRow) -> str:
    if r.month_forecast is None:
        return "—"
    if r.suggested is None:
        return "查库存"
    return f"{r.suggested}（限）" if r.capped else str(r.suggested)


def order_table(f: ShopFacts) -> list:
    """订货建议: one row per product, the last two columns left blank for the count and the order agreed."""
    counted = f"上次库存（{f.counted_on.month}/{f.counted_on.day}）" if f.counted_on else "上次库存"
    rows: list[list[object]] = [["品规", "近8周供货", counted, "上次约定订货", "本月预测", "周期需求", "建议订货",
                                 "实盘库存", "实订"]]
    for r in f.rows[:ORDER_ROWS]:
        rows.append([r.name + ("（紧俏）" if r.scarce else ""), num(r.supplied_8w), _qty(r.last_stock),
                     _qty(r.last_ordered), _qty(r.month_forecast), _tenth(r.need), _suggested(r), "", ""])
    if len(rows) == 1:
        rows.append(["近8周无供货、无预测", "", "", "", "", "", "", "", ""])
    name_w = 36 * MM
    rest = (CONTENT_WIDTH - name_w) / 8
    t = base.table(rows, [name_w] + [rest] * 8, align_right=range(1, 7))
    from reportlab.platypus import TableStyle

    t.setStyle(TableStyle([("GRID", (7, 0), (8, -1), 0.5, base.RULE)]))
    out: list = [t]
    how = "“查库存”：上次未盘点，现场盘点后计算（算法见封面）。"
    if f.next_order_on is not None and f.cycle_days:
        how = f"下次订货 {_md(f.next_order_on)}，约每 {f.cycle_days} 天订货一次；" + how
    out.append(para(how, "small"))
    return out


RULE_TEXT = ("建议订货 = 本月预测 ÷ 本月订货次数 × (订货周期 + 距下次订货天数) ÷ 订货周期 − 库存，不为负；"
             "紧俏品规不超过最近一次供货量（标“限”）。与拜访记录中的建议订货同一算法。")


def weekly_chart(f: ShopFacts, width: float, height: float) -> object:
    if not f.weeks or not any(q for _, q in f.weeks):
        return charts.empty_chart_note("近8周无订货", width, height)
    # the month only where it changes, or eight labels would overlap
    names = [f"{d.month}/{d.day}" if k == 0 or d.month != f.weeks[k - 1][0].month else str(d.day)
             for k, (d, _) in enumerate(f.weeks)]
    return charts.class_chart(names,
                              [("近8周周销量（条）", [q for _, q in f.weeks])], width, height, percent=False)


def fact_rows(page: HandbookCustomer) -> list[list[object]]:
    """Rows of the talking-points table: the last order, the shortages, the inflation runs, what to push."""
    f = page.facts
    rows: list[list[object]] = []
    if f.last_order is None:
        rows.append(["上次订货", "近8周无订货"])
    else:
        on, what = f.last_order
        items = "、".join(f"{name} {q}条" for name, q in what[:SHOWN_LAST]) + (
            f" 等{len(what)}个品规" if len(what) > SHOWN_LAST else "")
        rows.append(["上次订货", f"{on.isoformat()}：{items}"])
    if f.shortages:
        cut = "；".join(f"{s.name} 要{s.requested}条供{s.supplied}条（{s.months}个月）"
                       for s in f.shortages[:SHOWN_SHORTAGES])
        if len(f.shortages) > SHOWN_SHORTAGES:
            cut += f"；另有 {len(f.shortages) - SHOWN_SHORTAGES} 个品规"
        rows.append(["近期缺货", cut + "。说明货源情况，按实际销量订货"])
    if f.inflating:
        rows.append(["需求虚报", "、".join(f.inflating) + "：需求量逐月上涨而供货不变，按实际销量核定订货"])
    if page.cultivation_push:
        push = "；".join(p.name + (f"（{p.stage}）" if p.stage else "") + (f"：{p.note}" if p.note else "")
                        for p in page.cultivation_push)
        rows.append(["培育推广", push])
    return rows


def bring_list(data: HandbookData) -> list:
    """携带物品: price labels for the products whose labels were missing last time, and leaflets."""
    labels = []
    for c in data.customers:
        f = c.facts
        if f.bring_labels:
            what = "、".join(f.label_products) if f.label_products else "品规未记录，按上次盘点品规准备"
            when = f"（{_md(f.labels_checked_on)}检查）" if f.labels_checked_on else ""
            labels.append(f"{c.stop.name}：价签 {f.labels_missing} 张，{what}{when}")
    items = ["价签：" + ("；".join(labels) if labels else "上次拜访未记录缺失的价签。")]
    if data.cultivation_leaflets:
        items.append("宣传品：" + "、".join(data.cultivation_leaflets))
    if any(r.check_stock for c in data.customers for r in c.facts.rows):
        items.append("盘点：各店标“查库存”的品规上次未盘点，现场盘点后计算建议订货。")
    return [*(para("• " + t) for t in items), para("订货建议的算法：" + RULE_TEXT, "small")]
