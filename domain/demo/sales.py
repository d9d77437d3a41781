"""Weekly order lines (订单明细), generated lazily: a benchmark territory has a million of them.

Each shop has its own random stream (seeded by the demo seed and the shop's position), so one shop's
orders never depend on how many lines the others drew, and the whole stream is reproducible.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from random import Random

from domain.demo import worked_example
from domain.demo.catalogue import position_of
from domain.demo.seasons import season_factor
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.model.products import Product
from domain.model.sales import SalesLine

DAYS_PER_MONTH = 30.44
SKIP_WEEK = 0.08  # a listed product not ordered this week: stock left over
SHORTAGE = 0.985  # above this draw an ordinary product is short too (supplied < requested)
INFLATION_ORDERS = 6  # seed 2: the last orders of an inflating shop ask 5, 7, 9, … and get 3
INFLATION_START, INFLATION_STEP, INFLATION_SUPPLIED = 5, 2, 3
MAX_CACHED_QTY = 400


class SalesGenerator:
    """Order lines for the shops of one territory, shop by shop, date by date."""

    def __init__(self, spec: DemoSpec, shops: Sequence[DemoShop], products: Sequence[Product]) -> None:
        self.spec = spec
        self.shops = shops
        self.products = products
        self._prices = [p.wholesale_price for p in products]
        self._scarce = [p.is_scarce for p in products]
        # supplied × price for the quantities that occur: Decimal products once, not a million times
        self._amounts = [[price * q for q in range(MAX_CACHED_QTY)] for price in self._prices]
        self._factors: dict[tuple[date, bool, bool], float] = {}
        self._dates: dict[tuple[int, int, int], list[date]] = {}

    def order_dates(self, index: int) -> list[date]:
        shop = self.shops[index]
        every = shop.profile.order_every_days
        phase = index % (every // 7)  # fortnightly routes alternate weeks
        key = (shop.order_weekday, every, phase)
        if key not in self._dates:
            first = self.spec.first_month
            day = first + timedelta(days=(shop.order_weekday - first.weekday()) % 7 + 7 * phase)
            dates = []
            while day <= self.spec.history_end:
                dates.append(day)
                day += timedelta(days=every)
            self._dates[key] = dates
        opened, until = shop.customer.opened_on, shop.orders_until
        return [d for d in self._dates[key]
                if (opened is None or d >= opened) and (until is None or d < until)]

    def _factor(self, day: date, shop: DemoShop) -> float:
        profile = shop.profile
        key = (day, profile.rural, profile.roadside)
        factor = self._factors.get(key)
        if factor is None:
            factor = season_factor(day, rural=profile.rural, roadside=profile.roadside,
                                   start_year=self.spec.first_month.year)
            self._factors[key] = factor
        return factor

    def lines(self, customer_ids: Sequence[int] | None = None, product_ids: Sequence[int] | None = None,
              batch_id: int | None = None) -> Iterator[SalesLine]:
        """All lines, shop after shop. Without ids, lines refer to positions + 1 (ids of a fresh file)."""
        for index in range(len(self.shops)):
            yield from self.lines_of(index, customer_ids, product_ids, batch_id)

    def lines_of(self, index: int, customer_ids: Sequence[int] | None = None,
                 product_ids: Sequence[int] | None = None,
                 batch_id: int | None = None) -> Iterator[SalesLine]:
        shop = self.shops[index]
        customer_id = customer_ids[index] if customer_ids is not None else index + 1
        pids = product_ids if product_ids is not None else range(1, len(self.products) + 1)
        rng = Random(self.spec.seed * 1_000_003 + index)
        random = rng.random
        prices, amounts, scarce = self._prices, self._amounts, self._scarce
        per_order = shop.monthly_cartons * shop.profile.order_every_days / DAYS_PER_MONTH
        means = [(pos, pids[pos], share * per_order) for pos, share in shop.portfolio]
        dates = self.order_dates(index)
        inflating, inflate_from = shop.inflating_product, max(0, len(dates) - INFLATION_ORDERS)
        month = self.spec.last_month
        in_month = [d for d in dates if (d.year, d.month) == (month.year, month.month)]
        worked_dates = in_month if index == 0 else []
        for k, day in enumerate(dates):
            if worked_dates and day in worked_dates:
                if day == worked_dates[0]:  # the worked example's month X is written whole
                    yield from self._worked_example_month(worked_dates, customer_id, pids, batch_id)
                continue
            factor = self._factor(day, shop)
            for pos, pid, mean in means:
                r = random()
                if pos == inflating and k >= inflate_from:
                    requested = INFLATION_START + INFLATION_STEP * (k - inflate_from)
                    supplied = INFLATION_SUPPLIED
                else:
                    expected = mean * factor
                    if expected < 1.0:
                        if r >= expected * 0.95:
                            continue
                        requested = supplied = 1
                    else:
                        if r < SKIP_WEEK:
                            continue
                        supplied = int(expected * (0.55 + 0.9 * random()) + 0.5) or 1
                        requested = supplied + 1 + int(supplied * 0.2) if r > SHORTAGE else supplied
                    if scarce[pos]:
                        # a scarce brand is rationed: the shop gets 40–80% of what it asks for
                        requested = max(requested, 2)
                        supplied = min(requested - 1, int(requested * (0.4 + 0.4 * random()) + 0.5) or 1)
                amount = amounts[pos][supplied] if supplied < MAX_CACHED_QTY else prices[pos] * supplied
                yield SalesLine(day, customer_id, pid, requested, supplied, prices[pos], amount, batch_id)

    def _worked_example_month(self, dates: list[date], customer_id: int, pids: Sequence[int],
                              batch_id: int | None) -> Iterator[SalesLine]:
        for day, name, supplied in worked_example.split_month(dates):
            pos = position_of(name)
            requested = supplied + 2 if self._scarce[pos] else supplied
            yield SalesLine(day, customer_id, pids[pos], requested, supplied, self._prices[pos],
                            self._amounts[pos][supplied], batch_id)
