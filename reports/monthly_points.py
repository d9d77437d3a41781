"""本月要点: the month's key points (domain.analysis.key_points) worded in Chinese, opening the monthly
analysis so that a meeting hears the story before the tables."""
from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from domain.analysis.key_points import KeyPoint, PointKind, key_points
from domain.analysis.reports import TerritoryMonthAnalysis
from domain.forecast.backtest import Wape
from reports.base import change_pct, num, para, percent
from reports.figures import shop_name


def _signed(n: int) -> str:
    return f"+{num(n)}" if n > 0 else f"−{num(-n)}"


def _share(v: float | None) -> str:
    return percent(None if v is None else Decimal(100 * v))


def _accuracy_text(w: Wape) -> str:
    """The forecast's error beside the two baselines', each said to be above or below it."""
    assert w.forecast is not None  # key_points makes the point only then
    f = w.forecast
    beside = [("低于" if f < v else "高于" if f > v else "等于", name, _share(v))
              for name, v in (("照上月供货", w.naive), ("照上月需求量", w.stated)) if v is not None]
    sides = {side for side, _, _ in beside}
    if len(sides) == 1:
        compared = "，" + beside[0][0] + "和".join(f"“{name}” {v}" for _, name, v in beside)
    else:  # one above, one below (or no baseline at all)
        compared = "".join(("，" if k == 0 else "、") + f"{side}“{name}” {v}" for k, (side, name, v) in enumerate(beside))
    advice = "，宜查看原因" if sides == {"高于"} else ""
    return f"本月需求预测误差 {_share(f)}{compared}（WAPE，按客户×品规，只用本月以前的数据）{advice}。"


def point_text(p: KeyPoint) -> str:
    if p.kind is PointKind.TERRITORY:
        if not p.previous_cartons:
            return f"全片区本月供货 {num(p.cartons)} 条；上月没有订单，无从比较。"
        return (f"全片区本月供货 {num(p.cartons)} 条，上月 {num(p.previous_cartons)} 条，"
                f"环比 {change_pct(p.change_pct)}。")
    if p.kind is PointKind.RISER:
        return f"增量最大：{p.name}，{num(p.previous_cartons)} → {num(p.cartons)} 条（{_signed(p.change)} 条）。"
    if p.kind is PointKind.FALLER:
        return f"减量最大：{p.name}，{num(p.previous_cartons)} → {num(p.cartons)} 条（{_signed(p.change)} 条），宜尽快走访。"
    if p.kind is PointKind.STOPPED:
        named = "、".join(shop_name(s.name, s.status) for s in p.stopped)
        more = f"等 {num(p.count)} 户" if p.count > len(p.stopped) else f"共 {num(p.count)} 户"
        return f"上月订货、本月未订：{named}{more}，上月合计 {num(p.previous_cartons)} 条。"
    if p.kind is PointKind.SHORT_SUPPLY:
        return (f"缺口最大的品规：{p.name}，需求 {num(p.requested)} 条、供应 {num(p.cartons)} 条，"
                f"订足率 {percent(p.fill_rate_pct)}；需求里可能有虚报，见第七节。")
    if p.kind is PointKind.FORECAST_ACCURACY and p.accuracy is not None:
        return _accuracy_text(p.accuracy)
    raise ValueError(p.kind)


def key_points_story(a: TerritoryMonthAnalysis, accuracy: Wape | None = None) -> list[Flowable]:
    points = key_points(a, accuracy)
    # a paragraph each: a line break after a point that fills its line exactly would leave a blank line
    return [para("本月要点", "heading"), *(para(f"{n}. {point_text(p)}", "body") for n, p in enumerate(points, 1))]
