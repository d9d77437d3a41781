"""What a demo shop holds of a product on a visit day, consistent with its orders: the stock counts
(盘点) of the demo's visits are read from this book, so that previous stock + supplied − current stock
is what the shop sold (the forecast reads it so, docs/forecast.md).

Each shop × product starts some days' sales on the shelf four weeks before the first visit; each
day the shop sells at its own pace (its mean supply of those weeks, a little noise from day to day),
never below an empty shelf, and the day's delivery arrives after the morning's count."""
from __future__ import annotations

from datetime import date, timedelta
from random import Random

from domain.demo.sales import SalesGenerator

LEAD_DAYS = 28  # the book starts this long before the first visit
OPENING_DAYS = (4.0, 10.0)  # the opening stock: this many days of sales


class StockBook:
    def __init__(self, sales: SalesGenerator, start: date, end: date) -> None:
        self._sales = sales
        self._start = start - timedelta(days=LEAD_DAYS)
        self._end = end
        self._counts: dict[tuple[int, int], dict[date, int]] = {}

    def count(self, index: int, position: int, day: date) -> int:
        """The cartons of product `position` counted at shop `index` on `day`, before that day's delivery."""
        if (index, position) not in self._counts:
            self._simulate(index)
        return self._counts[(index, position)].get(day, 0)

    def _simulate(self, index: int) -> None:
        delivered: dict[int, dict[date, int]] = {pos: {} for pos, _ in self._sales.shops[index].portfolio}
        for line in self._sales.lines_of(index):
            if self._start <= line.order_date < self._end:
                days = delivered.setdefault(line.product_id - 1, {})  # fresh ids: position + 1
                days[line.order_date] = days.get(line.order_date, 0) + line.supplied_qty
        span = max(1, (min(self._end, self._sales.spec.history_end + timedelta(days=1)) - self._start).days)
        for pos, deliveries in delivered.items():
            rng = Random(f"fieldbook-demo-stock:{self._sales.spec.seed}:{index}:{pos}")
            pace = sum(deliveries.values()) / span
            stock = pace * rng.uniform(*OPENING_DAYS)
            counts: dict[date, int] = {}
            day = self._start
            while day < self._end:
                counts[day] = int(stock + 0.5)
                stock = max(0.0, stock + deliveries.get(day, 0) - pace * rng.uniform(0.6, 1.4))
                day += timedelta(days=1)
            self._counts[(index, pos)] = counts
