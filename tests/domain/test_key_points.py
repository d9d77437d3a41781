"""本月要点: the territory's move always, the biggest riser and faller among shops that ordered both
months, the shops that stopped ordering (suspended first), the product with the biggest shortfall —
and nothing made up where the month has none."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.analysis.changes import MonthComparison
from domain.analysis.key_points import PointKind, key_points
from domain.analysis.rankings import CustomerMonth, ProductMonth
from domain.analysis.reports import StoppedCustomer, TerritoryMonthAnalysis
from domain.model.customers import CustomerStatus
from domain.profit import PeriodFigures

NOV, OCT = date(2026, 11, 1), date(2026, 10, 1)


def _shop(cid: int, name: str, cartons: int, before: int | None) -> CustomerMonth:
    return CustomerMonth(cid, name, cartons, Decimal(cartons * 100), Decimal(cartons * 9), cartons, 0, before)


def _product(pid: int, name: str, supplied: int, asked: int) -> ProductMonth:
    return ProductMonth(pid, f"P{pid}", name, 1, False, True, supplied, Decimal(supplied * 500), Decimal(0), asked, 3,
                        None)


def _month(shops: list[CustomerMonth], products: list[ProductMonth] = (), stopped: tuple = (),  # type: ignore[assignment]
           before: int | None = 100) -> TerritoryMonthAnalysis:
    now = PeriodFigures(NOV, sum(s.cartons for s in shops), Decimal(0), Decimal(0), 0)
    prev = PeriodFigures(OCT, before, Decimal(0), Decimal(0), 0) if before is not None else None
    return TerritoryMonthAnalysis(NOV, MonthComparison(now, prev, None), (), (), tuple(products), tuple(shops), (),
                                  (), (), stopped=stopped)


def test_the_points_of_a_full_month_in_order() -> None:
    a = _month([_shop(1, "甲店", 60, 40), _shop(2, "乙店", 20, 50), _shop(3, "丙店", 30, None), _shop(4, "丁店", 10, 10)],
               [_product(1, "中华(硬)", 272, 586), _product(2, "玉溪(软)", 10, 12)],
               (StoppedCustomer(7, "戊店", 30), StoppedCustomer(8, "己店", 5, CustomerStatus.SUSPENDED)), before=100)
    points = key_points(a)
    assert [p.kind for p in points] == [PointKind.TERRITORY, PointKind.RISER, PointKind.FALLER, PointKind.STOPPED,
                                        PointKind.SHORT_SUPPLY]
    territory, riser, faller, stopped, short = points
    assert (territory.cartons, territory.previous_cartons, territory.change_pct) == (120, 100, Decimal("20.0"))
    assert (riser.name, riser.change) == ("甲店", 20)  # 丙店's first order is not a rise
    assert (faller.name, faller.change) == ("乙店", -30)
    assert [s.name for s in stopped.stopped] == ["己店", "戊店"] and (stopped.count, stopped.previous_cartons) == (2, 35)
    assert (short.name, short.cartons, short.requested) == ("中华(硬)", 272, 586)


def test_a_quiet_month_says_only_what_happened() -> None:
    points = key_points(_month([_shop(1, "甲店", 10, 10), _shop(2, "乙店", 5, None)], before=None))
    assert [p.kind for p in points] == [PointKind.TERRITORY]
    assert points[0].previous_cartons == 0 and points[0].change_pct is None


def test_the_forecast_accuracy_is_a_point_when_known_and_the_riser_gives_way_to_it() -> None:
    from domain.forecast.backtest import Wape

    full = _month([_shop(1, "甲店", 60, 40), _shop(2, "乙店", 20, 50)], [_product(1, "中华(硬)", 272, 586)],
                  (StoppedCustomer(7, "戊店", 30),), before=100)
    accuracy = Wape(0.192, 0.29, 0.288)
    points = key_points(full, accuracy)
    assert [p.kind for p in points] == [PointKind.TERRITORY, PointKind.FALLER, PointKind.STOPPED,
                                        PointKind.SHORT_SUPPLY, PointKind.FORECAST_ACCURACY]
    assert points[-1].accuracy == accuracy
    quiet = _month([_shop(1, "甲店", 10, 10)], before=None)
    assert [p.kind for p in key_points(quiet, accuracy)] == [PointKind.TERRITORY, PointKind.FORECAST_ACCURACY]
    assert [p.kind for p in key_points(quiet, None)] == [PointKind.TERRITORY]
    assert [p.kind for p in key_points(quiet, Wape(None, None, None))] == [PointKind.TERRITORY]
    four = _month([_shop(1, "甲店", 60, 40), _shop(2, "乙店", 20, 50)], before=100)
    assert PointKind.RISER in [p.kind for p in key_points(four, accuracy)]  # five in all: nothing gives way
