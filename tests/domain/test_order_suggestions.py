"""建议订货 from the forecast (domain/services/order_suggestions.py) on the fake unit of work, over
tests/visit_data.py's shop (orders every Friday 7 Aug – 30 Oct 2026): the cycle demand's arithmetic,
the suggestion = cycle demand − last counted stock (never negative, "check the stock" without a count),
the scarce cap, and the visit record agreeing with the handbook."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.forecast.season import order_every
from domain.model.visits import InventoryCount, Visit, VisitStatus
from domain.services.forecast import territory_forecast
from domain.services.handbook_facts import handbook_facts
from domain.services.order_suggestions import order_suggestions
from domain.services.visit_records import load_visit_form
from domain.visits.suggested_order import (
    Basis,
    CycleDemand,
    next_order_day,
    suggest_for_cycle,
)
from tests.domain.fakes import FakeUnitOfWork
from tests.visit_data import TODAY, build_shop

COUNTED_ON = date(2026, 11, 20)


@pytest.fixture
def shop() -> tuple[FakeUnitOfWork, int, dict[str, int]]:
    """The shop with a visit on 20 Nov that counted A (1 carton, 5 agreed) and B (50: more than a cycle)."""
    uow = FakeUnitOfWork()
    cid, products = build_shop(uow)
    ids = {k: p.id for k, p in products.items() if p.id is not None}
    with uow:
        uow.visits.add(Visit(cid, COUNTED_ON, VisitStatus.DONE, inventory=[
            InventoryCount(ids["A"], 1, 4, 5), InventoryCount(ids["B"], 50, 0, 0)]))
        uow.commit()
    return uow, cid, ids


def _round(d: Decimal) -> int:
    return int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_the_cycle_demand_comes_from_the_month_forecast(shop) -> None:
    uow, cid, ids = shop
    month = {f.product_id: f.cartons for f in territory_forecast(uow, date(2026, 11, 1)).shops if f.customer_id == cid}
    orders = order_suggestions(uow, [cid], TODAY)
    assert orders.month == date(2026, 11, 1)
    got = {o.product_id: o for o in orders.of(cid)}
    assert set(got) == {pid for pid, n in month.items() if n > 0} and ids["A"] in got
    a = got[ids["A"]].demand
    # Fridays: Nov has four (6, 13, 20, 27); the 27th is the visit day itself
    assert (a.month_forecast, a.order_days, a.cycle_days) == (month[ids["A"]], 4, 7)
    assert (a.next_order_on, a.days_to_next) == (TODAY, 0)
    assert a.per_order == (Decimal(a.month_forecast) / 4).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert a.need == a.per_order  # counted on the order day: one order's worth


def test_days_until_the_next_order_are_added_to_the_cycle(shop) -> None:
    uow, cid, ids = shop
    wednesday = TODAY - timedelta(days=2)
    a = {o.product_id: o for o in order_suggestions(uow, [cid], wednesday).of(cid)}[ids["A"]].demand
    assert (a.next_order_on, a.days_to_next) == (TODAY, 2)
    assert a.need == (a.per_order * 9 / 7).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def test_suggestion_is_cycle_demand_minus_the_last_stock_and_never_negative(shop) -> None:
    uow, cid, ids = shop
    got = {o.product_id: o for o in order_suggestions(uow, [cid], TODAY).of(cid)}
    a, b = got[ids["A"]], got[ids["B"]]
    assert (a.last_stock, a.last_ordered, a.counted_on) == (1, 5, COUNTED_ON)
    assert a.suggestion.quantity == _round(a.demand.need - 1) > 0 and a.suggestion.basis is Basis.COMPUTED
    assert b.last_stock == 50 and a.demand.need < 50
    assert b.suggestion.quantity == 0 and b.suggestion.basis is Basis.STOCK_COVERS
    d = got[ids["D"]]  # not counted: no figure, the stock is to be checked
    assert d.last_stock is None and d.suggestion.quantity is None and d.suggestion.basis is Basis.NOT_COUNTED


def test_a_scarce_product_is_capped_at_its_latest_supply(shop) -> None:
    uow, cid, ids = shop
    e = {o.product_id: o for o in order_suggestions(uow, [cid], TODAY).of(cid)}.get(ids["E"])
    assert e is not None and e.demand.cap == 1  # 1 carton supplied on 30 Oct (5 asked)
    s = suggest_for_cycle(replace(e.demand, month_forecast=40), 0)
    assert s.quantity == 1 and s.basis is Basis.CAPPED and s.computed > 1


def test_no_forecast_no_entry_and_the_visit_record_keeps_the_8_week_rule(shop) -> None:
    uow, cid, _ = shop
    assert order_suggestions(uow, [cid], date(2026, 7, 1)).of(cid) == ()  # nothing ordered before July
    form = load_visit_form(uow, cid, date(2026, 7, 1), None, TODAY)
    assert form.demands == {} and form.usual  # the grid keeps its 8-week histories


def test_the_visit_record_and_the_handbook_agree(shop) -> None:
    uow, cid, _ = shop
    form = load_visit_form(uow, cid, TODAY, None, TODAY)
    orders = order_suggestions(uow, [cid], TODAY)
    assert form.demands == orders.demands(cid) and form.demands
    rows = {r.product_id: r for r in handbook_facts(uow, [cid], TODAY, TODAY)[cid].rows}
    for o in orders.of(cid):
        row = rows[o.product_id]
        assert (row.month_forecast, row.need) == (o.demand.month_forecast, o.demand.need)
        # the record computes the same figure once the same stock is typed in
        assert suggest_for_cycle(form.demands[o.product_id], o.last_stock).quantity == row.suggested
        assert row.check_stock == (o.last_stock is None)


def test_a_shop_without_orders_gets_its_peers_figures_and_a_weekly_cycle() -> None:
    uow = FakeUnitOfWork()
    cid, _ = build_shop(uow)
    assert order_suggestions(uow, [], TODAY).shops == {}
    new = order_suggestions(uow, [cid + 1], TODAY).of(cid + 1)  # 河边小卖部 never ordered: the forecast's peers
    assert new and all(o.demand.cycle_days == 7 and o.demand.days_to_next == 0 for o in new)
    assert all(o.suggestion.basis is Basis.NOT_COUNTED for o in new)


@given(forecast=st.integers(0, 400), days=st.integers(1, 9), cycle=st.integers(1, 35), ahead=st.integers(0, 35),
       stock=st.integers(0, 500))
def test_suggestion_never_negative_and_is_need_minus_stock(forecast, days, cycle, ahead, stock) -> None:
    d = CycleDemand(1, forecast, days, cycle, date(2026, 12, 1) + timedelta(days=ahead), ahead)
    s = suggest_for_cycle(d, stock)
    assert s.quantity is not None and s.quantity >= 0
    assert s.quantity == max(0, _round(d.need - stock))
    assert (s.quantity == 0) == (s.basis is Basis.STOCK_COVERS)
    assert d.need >= d.per_order >= 0
    assert suggest_for_cycle(d, None).quantity is None


def test_order_rhythm_and_next_order_day() -> None:
    mondays = [date(2026, 10, 5) + timedelta(weeks=k) for k in range(6)]
    assert order_every(mondays) == 7
    assert order_every(mondays[:2]) is None  # two dates are no rhythm
    assert order_every([date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 29), date(2026, 11, 5)]) == 14
    last = mondays[-1]  # 9 Nov
    assert next_order_day(last, 7, date(2026, 11, 16)) == date(2026, 11, 16)
    assert next_order_day(last, 7, date(2026, 11, 17)) == date(2026, 11, 23)
    assert next_order_day(last, 7, last - timedelta(days=3)) == last


@given(last=st.dates(date(2025, 1, 1), date(2027, 1, 1)), every=st.integers(1, 40), after=st.integers(-60, 400))
def test_the_next_order_day_is_on_the_rhythm_and_not_before_the_day(last, every, after) -> None:
    day = last + timedelta(days=after)
    on = next_order_day(last, every, day)
    assert on >= day and (on == last or last < day)
    if last < day:
        assert (on - last).days % every == 0 and (on - day).days < every


@pytest.mark.parametrize(("october_ask", "inflating"), [(6, False), (8, True)])
def test_the_handbook_judges_an_inflation_run_per_order_day_as_the_forecast(october_ask: int, inflating: bool) -> None:
    """Weekly asks of 6 against a flat monthly supply: October's five Fridays ask 30 against September's 24,
    which is no rise per order; asking 8 each time is."""
    from tests.visit_data import _line

    uow = FakeUnitOfWork()
    cid, products = build_shop(uow)
    other = cid + 1
    september = [date(2026, 9, 4) + timedelta(weeks=n) for n in range(4)]
    october = [date(2026, 10, 2) + timedelta(weeks=n) for n in range(5)]
    with uow:
        uow.sales.add_lines([_line(d, other, products["B"], 3, requested=6) for d in september]
                            + [_line(d, other, products["B"], q, requested=october_ask)
                               for d, q in zip(october, (3, 3, 2, 2, 2), strict=True)])
        uow.commit()
    facts = handbook_facts(uow, [other], TODAY, TODAY)[other]
    assert facts.inflating == (("红河(硬)",) if inflating else ())
