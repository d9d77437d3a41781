"""品牌培育报告: one cultivation plan — the plan and its targets, the funnel 推荐 → 上柜 → 动销 → 复购 → 稳定
with the reorder rate and its basis, the volume against the target, and every target shop with its stage
and the days it reached each one.

    render_cultivation(detail: PlanDetail, owner, unit, printed_on) -> bytes

Data in (domain.services.cultivation.plan_detail), PDF bytes out; the stages, counts and the rate are
the domain's, printed as they come (the rate rounded once, by reports.base.percent)."""
from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from domain.cultivation.model import STAGE_NAMES, Stage
from domain.cultivation.stages import STEADY_MONTHS, STEADY_WINDOW
from domain.percentages import ratio_pct
from domain.services.cultivation import PlanDetail, TargetProgress
from reports import base
from reports.base import CONTENT_WIDTH, MM, money, num, para, percent
from reports.figures import CLASS_NAMES

TITLE = "品牌培育报告"
MEANING = {
    Stage.RECOMMENDED: "列入计划，计划开始后尚未订货",
    Stage.LISTED: "计划开始后首次订货",
    Stage.MOVING: "动销：两次盘点之间库存减少，或再次订货",
    Stage.REORDERED: "首次订货之后另一天再次订货",
    Stage.STEADY: f"已复购，且近 {STEADY_WINDOW} 个月中有 {STEADY_MONTHS} 个月以上订货",
}


def _day(d: date | None) -> str:
    return d.isoformat() if d else "—"


def _note(text: str) -> list[Flowable]:
    return [Spacer(1, 1.5 * MM), para(text, "small")]


def _target_text(d: PlanDetail) -> str:
    p = d.summary.plan
    parts = []
    if p.target_shops:
        parts.append(f"上柜 {p.target_shops} 户")
    if p.target_cartons:
        parts.append(f"每月 {num(p.target_cartons)} 条")
    if not parts:
        return "未设"
    return "、".join(parts) + (f"（{p.target_by.isoformat()} 前）" if p.target_by else "")


def _plan(d: PlanDetail) -> list[Flowable]:
    s = d.summary
    pr = s.product
    pairs = [("卷烟", f"{pr.name}（{pr.code}）"),
             ("价类 / 批发价", f"{CLASS_NAMES[int(pr.price_class)]} · {money(pr.wholesale_price)}/条"),
             ("开始日期", s.plan.started_on.isoformat()), ("目标", _target_text(d)),
             ("状态", "已结束" if s.plan.closed else "进行中"), ("备注", s.plan.note or "—")]
    rows = [[para(k, "cell_head"), para(v, "cell")] for k, v in pairs]
    out: list[Flowable] = [para("一、计划与目标", "heading"),
                           base.table(rows, [28 * MM, CONTENT_WIDTH - 28 * MM], header_rows=0, zebra=False)]
    if pr.is_scarce:
        out.append(para("此卷烟现为紧俏货源：不再向新客户推广，仅跟踪已列入计划的客户。", "note"))
    return out


def reorder_basis(d: PlanDetail) -> str:
    f = d.summary.funnel
    return (f"复购率 = 已复购户数 ÷ 已上柜户数 = {f.reached(Stage.REORDERED)} ÷ {f.reached(Stage.LISTED)}"
            "（均含已进入其后阶段的客户；只计计划开始以来的订单）。")


def _funnel(d: PlanDetail) -> list[Flowable]:
    f = d.summary.funnel
    boxes = [("目标客户", num(f.shops), f"推荐 {f.at[Stage.RECOMMENDED]} 户"),
             ("已上柜", num(f.reached(Stage.LISTED)), f"占目标 {percent(ratio_pct(f.reached(Stage.LISTED), f.shops))}"),
             ("动销", num(f.reached(Stage.MOVING)), "含复购、稳定"),
             ("复购率", percent(f.reorder_rate), f"稳定 {f.at[Stage.STEADY]} 户")]
    rows: list[list[object]] = [["阶段", "当前户数", "累计达到", "口径"]]
    rows += [[STAGE_NAMES[s], num(f.at[s]), num(f.reached(s)), MEANING[s]] for s in Stage]
    table = base.table(rows, [20 * MM, 20 * MM, 20 * MM, CONTENT_WIDTH - 60 * MM], align_right=(1, 2))
    return [para("二、培育漏斗", "heading"), base.kpi_table(boxes), Spacer(1, 3 * MM), table,
            *_note(reorder_basis(d) + "“累计达到”为处在该阶段及其后各阶段的户数。")]


def _volume(d: PlanDetail) -> list[Flowable]:
    s, p = d.summary, d.summary.plan
    lines = [f"上月（{s.month:%Y-%m}）目标客户共订购 {num(s.month_cartons)} 条；"
             f"计划开始以来累计 {num(s.total_cartons)} 条。"]
    if p.target_cartons:
        done = percent(ratio_pct(s.month_cartons, p.target_cartons))
        lines.append(f"目标每月 {num(p.target_cartons)} 条：上月完成 {done}（以最近一个完整月计，本月订单尚未到齐）。")
    if p.target_shops:
        lines.append(f"目标上柜 {p.target_shops} 户：已上柜 {s.listed} 户，完成 "
                     f"{percent(ratio_pct(s.listed, p.target_shops))}。")
    if p.target_by:
        left = (p.target_by - d.today).days
        lines.append(f"距目标日期 {p.target_by.isoformat()} 还有 {left} 天。" if left >= 0
                     else f"目标日期 {p.target_by.isoformat()} 已过。")
    return [para("三、销量与目标", "heading"), *(para(t, "body") for t in lines)]


def _order(t: TargetProgress) -> tuple[int, str, int]:
    return (-t.progress.stage, t.row.pinyin, t.row.target.customer_id)


def _shops(d: PlanDetail) -> list[Flowable]:
    out: list[Flowable] = [para("四、目标客户", "heading")]
    if not d.targets:
        return out + [para("计划中还没有客户。", "small")]
    rows: list[list[object]] = [["序", "店名", "区域类型", "线路", "阶段", "上柜", "动销", "复购", "末次订货", "条数"]]
    for n, t in enumerate(sorted(d.targets, key=_order), 1):
        p = t.progress
        name = t.row.shop + ("（手动加入）" if t.row.target.by_hand else "")
        rows.append([str(n), name, t.row.segment or "—", t.row.route or "—", STAGE_NAMES[p.stage], _day(p.listed_on),
                     _day(p.moving_on), _day(p.reordered_on), _day(p.last_order_on), num(p.cartons)])
    widths = [8 * MM, 0.0, 18 * MM, 14 * MM, 11 * MM, 19 * MM, 19 * MM, 19 * MM, 19 * MM, 11 * MM]
    widths[1] = CONTENT_WIDTH - sum(widths)
    out.append(base.table(rows, widths, align_right=(0, 9)))
    out += _note("日期为达到该阶段的日期；条数为计划开始以来订购的条数。")
    return out


def cultivation_story(d: PlanDetail) -> list[Flowable]:
    pr = d.summary.product
    story: list[Flowable] = [para(f"{TITLE} · {pr.name}", "title"),
                             para(f"自 {d.summary.plan.started_on.isoformat()} 起 · 截至 {d.today.isoformat()}",
                                  "subtitle")]
    for part in (_plan, _funnel, _volume, _shops):
        story += part(d)
    return story


def render_cultivation(detail: PlanDetail, owner: str, unit: str, printed_on: date) -> bytes:
    """The 品牌培育报告 PDF of one plan: A4 portrait, the shared header and "第 x 页 / 共 y 页" footer."""
    title = f"{TITLE} · {detail.summary.product.name}"
    return base.build_pdf(title, owner, unit, printed_on, cultivation_story(detail))
