"""The demo generator: deterministic, realistic enough, and always holding the worked example
(docs/domain.md, "Worked example")."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from itertools import islice, takewhile

import pytest

from domain.demo import worked_example
from domain.demo.generator import DemoSpec, DemoTerritory, InvalidDemoSpec, generate
from domain.demo.seasons import spring_festival_month
from domain.model.care import ReminderKind
from domain.model.customers import BirthdayCalendar, Market
from domain.model.products import PriceClass, price_class_for
from domain.model.visits import VisitStatus
from domain.salons.model import Attendance, InviteState, Outcome, Reply
from domain.schemes import DEFAULT_SEGMENTS, DEFAULT_STAR_CRITERIA

TODAY = date(2026, 11, 27)  # a Friday; month X of the worked example is October 2026


@pytest.fixture(scope="module")
def territory() -> DemoTerritory:
    return generate(DemoSpec(customers=150, months=24, today=TODAY))


def month_of(d: date) -> date:
    return d.replace(day=1)


def test_same_seed_same_territory() -> None:
    spec = DemoSpec(customers=80, months=6, today=TODAY)
    a, b = generate(spec), generate(spec)
    assert a.customers == b.customers
    assert a.products == b.products
    assert list(islice(a.sales_lines(), 3000)) == list(islice(b.sales_lines(), 3000))
    assert a.visits == b.visits and a.care == b.care and a.evaluations == b.evaluations


def test_another_seed_another_territory() -> None:
    a = generate(DemoSpec(customers=80, months=6, seed=7, today=TODAY))
    b = generate(DemoSpec(customers=80, months=6, seed=8, today=TODAY))
    assert [c.name for c in a.customers[1:]] != [c.name for c in b.customers[1:]]
    assert list(islice(a.sales_lines(), 500)) != list(islice(b.sales_lines(), 500))
    # the worked example does not depend on the seed
    assert a.customers[0] == b.customers[0]


def test_sales_lines_are_lazy(territory: DemoTerritory) -> None:
    lines = territory.sales_lines()
    assert isinstance(lines, Iterator)


def test_worked_example_month(territory: DemoTerritory) -> None:
    month = territory.spec.last_month
    assert month == date(2026, 10, 1)
    shop = territory.customers[0]
    assert (shop.license_no, shop.name) == (worked_example.LICENSE_NO, "北环路烟酒店")
    lines = [ln for ln in territory.sales_lines_of(0) if month_of(ln.order_date) == month]
    assert sum(ln.supplied_qty for ln in lines) == 346
    assert sum((ln.amount for ln in lines), Decimal(0)) == Decimal("17816.00")
    assert Decimal("17816.00") * Decimal("0.08") == Decimal("1425.28")
    # the same lines come out of the whole stream, with the ids they are given
    ids = [1000 + i for i in range(len(territory.shops))]
    first_shop = takewhile(lambda ln: ln.customer_id == 1000, territory.sales_lines(customer_ids=ids))
    from_stream = [ln for ln in first_shop if month_of(ln.order_date) == month]
    assert sum(ln.supplied_qty for ln in from_stream) == 346


def test_worked_example_month_follows_today() -> None:
    t = generate(DemoSpec(customers=5, months=3, today=date(2027, 1, 9)))
    lines = [ln for ln in t.sales_lines_of(0) if month_of(ln.order_date) == date(2026, 12, 1)]
    assert sum(ln.supplied_qty for ln in lines) == 346
    assert sum((ln.amount for ln in lines), Decimal(0)) == Decimal("17816.00")
    assert max(ln.order_date for ln in t.sales_lines()) <= date(2026, 12, 31)


def test_worked_example_story(territory: DemoTerritory) -> None:
    shop = territory.customers[0]
    assert "交警大队" in shop.environment.location and "摩托车" in shop.environment.location
    assert sorted(c.distance_m for c in shop.environment.competitors) == [100, 150]
    assert "《读者》" in shop.care.hobbies
    evaluation = territory.evaluations.star_evaluations[0]
    assert evaluation.customer_id == 0 and evaluation.result_code == "5A8"
    assert set(evaluation.scores) == {c.code for c in DEFAULT_STAR_CRITERIA}
    assert evaluation.total_score == sum(evaluation.scores.values()) >= 90
    swot = territory.evaluations.swots[0]
    assert swot.strengths and swot.weaknesses and swot.opportunities and swot.threats
    targets = {t.metric.value: t.target for t in territory.evaluations.plans[0].targets}
    assert targets == {"margin_pct": Decimal("10"), "gross_profit": Decimal("1800"),
                       "class_1_2_share": Decimal("35"), "star_level": Decimal("5")}


def test_products_span_the_five_classes() -> None:
    products = generate(DemoSpec(customers=1, months=1, today=TODAY)).products
    assert 55 <= len(products) <= 65
    assert len({p.code for p in products}) == len(products)
    assert {p.price_class for p in products} == set(PriceClass)
    for p in products:
        assert p.price_class == price_class_for(p.wholesale_price)
        assert p.retail_price is not None
        if p.name in {name for name, _cartons in worked_example.BASKET}:  # the worked example's shop earns exactly 8% on them
            assert p.retail_price == p.wholesale_price * Decimal("1.08")
        else:
            assert Decimal("1.10") <= p.retail_price / p.wholesale_price <= Decimal("1.15")
        assert p.wholesale_price == p.wholesale_price.quantize(Decimal("0.01"))
    assert any(p.is_new for p in products) and any(p.is_scarce for p in products)


def test_unique_licenses_and_names_at_scale() -> None:
    customers = generate(DemoSpec(customers=2000, months=1, today=TODAY)).customers
    assert len({c.license_no for c in customers}) == 2000
    assert len({c.name for c in customers}) == 2000
    assert all(len(c.license_no) == 12 and c.license_no.isdigit() for c in customers)
    assert all(len(c.phone) == 11 and c.phone[:2] in ("13", "15", "18") for c in customers)


def test_customers_are_consistent_with_their_segment(territory: DemoTerritory) -> None:
    assert {s.segment for s in territory.shops} == {s.name for s in DEFAULT_SEGMENTS}
    for shop in territory.shops:
        c = shop.customer
        assert c.market is (Market.TOWN if shop.segment in ("城区商圈", "乡镇主街") else Market.RURAL)
        assert c.grade is not None and 1 <= c.grade <= 30
        assert c.star_level is not None and 1 <= c.star_level <= 5
        assert c.integrity_grade in ("AAA", "AA", "A", "B")
        assert c.route.startswith("线路") and c.value_tier is not None
    soon = [c for c in territory.customers if c.license_expiry <= TODAY + timedelta(days=60)]  # type: ignore[operator]
    assert soon


def test_requested_never_below_supplied(territory: DemoTerritory) -> None:
    scarce = {i + 1 for i, p in enumerate(territory.products) if p.is_scarce}
    short_scarce = False
    for ln in territory.sales_lines():
        assert ln.requested_qty >= ln.supplied_qty >= 1
        assert ln.amount == ln.wholesale_price * ln.supplied_qty
        short_scarce = short_scarce or (ln.product_id in scarce and ln.requested_qty > ln.supplied_qty)
    assert short_scarce


def test_demand_inflation_pattern(territory: DemoTerritory) -> None:
    """Seed 2: asked 5 → 7 → 9 while supplied stays flat."""
    inflating = [i for i, s in enumerate(territory.shops) if s.inflating_product is not None]
    assert inflating
    i = inflating[0]
    pid = territory.shops[i].inflating_product + 1  # type: ignore[operator]
    lines = [ln for ln in territory.sales_lines_of(i) if ln.product_id == pid][-6:]
    assert [ln.requested_qty for ln in lines] == [5, 7, 9, 11, 13, 15]
    assert {ln.supplied_qty for ln in lines} == {3}


def test_spring_festival_month_outsells_the_average(territory: DemoTerritory) -> None:
    cartons: dict[date, int] = defaultdict(int)
    for ln in territory.sales_lines():
        cartons[month_of(ln.order_date)] += ln.supplied_qty
    assert len(cartons) == 24
    average = sum(cartons.values()) / len(cartons)
    for year in (2025, 2026):
        assert cartons[spring_festival_month(year)] > 1.1 * average


def test_activities(territory: DemoTerritory) -> None:
    plans = {p.plan_date: p for p in territory.visits.day_plans}
    assert 6 <= len(plans[TODAY].stops) <= 9
    assert plans[TODAY].stops[0].customer_id == 0
    assert 6 <= len(plans[date(2026, 11, 30)].stops) <= 9  # the next working day is Monday
    visits = territory.visits.visits
    planned = [v for v in visits if v.status is VisitStatus.PLANNED]
    assert {v.planned_on for v in planned} == {TODAY, date(2026, 11, 30)}
    done = [v for v in visits if v.status is VisitStatus.DONE]
    assert done and all(v.planned_on < TODAY for v in done) and any(v.entries for v in done)
    assert any(v.customer_id == 0 for v in done)
    # computed reminders are not stored: only the manager's own ones are, and the facts the rest come from
    assert {r.kind for r in territory.care.reminders} == {ReminderKind.OWN}
    assert all(r.due_on >= TODAY and r.customer_id is not None for r in territory.care.reminders)
    birthdays = [c.care.birthday for c in territory.customers if c.care.birthday is not None]
    assert any(b.calendar is BirthdayCalendar.LUNAR and b.leap_month for b in birthdays)
    assert {f.birthday.calendar for _, f in territory.care.family} == set(BirthdayCalendar)
    expiries = [c.license_expiry for c in territory.customers if c.license_expiry is not None]
    assert any(TODAY < e <= TODAY + timedelta(days=60) for e in expiries)
    # two held salons with their whole funnel, one to come with its list screened and half invited
    past, coming = [e for e in territory.salons.events if e.on < TODAY], [e for e in territory.salons.events
                                                                          if e.on > TODAY]
    assert len(past) == 2 and len(coming) == 1
    held = [i for i in territory.salons.invitations if i.event_id in (0, 1)]
    assert {i.attendance for i in held} == set(Attendance) and any(i.walk_in for i in held)
    assert any(i.outcome is not Outcome.NONE for i in held) and territory.salons.follow_ups_done
    upcoming = [i for i in territory.salons.invitations if i.event_id == 2]
    invited = [i for i in upcoming if i.invite is InviteState.INVITED]
    assert len(invited) == len(upcoming) // 2 and {i.reply for i in invited} == set(Reply)
    assert all(i.attendance is Attendance.UNKNOWN for i in upcoming)
    assert any(f.due_on and f.due_on > TODAY for f in territory.visits.follow_ups)


def test_tiny_territory() -> None:
    t = generate(DemoSpec(customers=1, months=1, today=TODAY))
    assert [c.license_no for c in t.customers] == [worked_example.LICENSE_NO]
    assert sum(ln.supplied_qty for ln in t.sales_lines()) == 346


def test_spec_is_checked() -> None:
    with pytest.raises(InvalidDemoSpec):
        DemoSpec(customers=0, today=TODAY)
    with pytest.raises(InvalidDemoSpec):
        DemoSpec(months=0, today=TODAY)
