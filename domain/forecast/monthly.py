"""Next month's forecast per shop × product, explained (issue #15, 需求预测).

For each shop × product ordered in the latest months:
1. demand estimates per month (demand.py: supplied, censored months between supplied and asked,
   inflation runs not believed, and in the months the base rests on what stock counts show was sold),
   divided by the shop's order days of that month: a rate per order day;
2. the rate deseasonalised by the season (season.py) and averaged with weights that fall by DECAY a
   month back: base = that rate × the shop's usual order days (cartons in an ordinary month);
3. season of the forecast month, days = projected / usual order days, a damped trend of the shop;
4. a short history (under MIN_OWN months of the shop's since the pair's first order, the pair first
   ordered within the RECENT months) is leaned toward the peers' rate (same segment and grade), a shop
   with no orders at all gets its peers' figures outright;
5. the manager's adjustment (cartons, with its reason) is added last; rounded once, never negative.

Speed (10,000 shops × 24 months in seconds): months are whole numbers (year × 12 + month − 1), what
depends on the shop alone (order rhythm, season factors, trend) is computed once per shop, and the
season and trend rest on the shop's month totals, which a compact history (model.Compact) gives as
supply sums plus the few rows whose demand is not their supply.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from typing import NamedTuple

from domain.forecast.demand import MIN_INFLATION_MONTHS, estimate, inflation_flags, sold_through
from domain.forecast.model import (
    BLENDED,
    NOTE_CENSORED,
    NOTE_INFLATION,
    NOTE_NO_HOLIDAY_DATA,
    NOTE_STOCK_COUNTS,
    OWN,
    Adjustment,
    Forecast,
    History,
    HolidayCalendar,
    MonthQty,
    NoHolidays,
    Pair,
    StockCount,
)
from domain.forecast.peers import new_shop_forecasts
from domain.forecast.rhythm import ShopRhythm, shop_rhythms
from domain.forecast.season import holiday_shift, season_key, shrink
from domain.periods import month_index, month_of_index

WINDOW = 24  # months of history read
RECENT = 6  # months whose rates make the base (a compact history must hold these in full)
DECAY = 0.75  # weight of a month against the month after it
ACTIVE_MONTHS = 4  # a pair not ordered in this many months is taken as delisted
CLOSED_DAYS = 45  # a shop without an order in this many days before the month is not forecast
MIN_OWN = 3  # months of own history under which the peers' rate is blended in
SHOP_SHRINK = 3.0  # a shop's own season deviation kept: n / (n + SHOP_SHRINK), n months of the key
TREND_DAMPING = 0.5
TREND_LIMIT = 0.05
PROGRESS_EVERY = 2000  # pairs between two progress reports

Progress = Callable[[int, int], None]
SeasonIndex = dict[tuple[str, int], tuple[float, int]]


class _Pair(NamedTuple):
    first: int  # month index of the first row
    last: int
    recent: list[tuple[int, float]]  # (month index, demand estimate from supply) of the recent rows
    cut: bool  # some month's supply was cut
    inflating: bool  # the last month is in an inflation run


class HistoryTooCompact(ValueError):
    """A compact history holds its rows in full only from its detail month: too late for this month."""


def _length(index: int) -> int:
    return (month_of_index(index + 1) - month_of_index(index)).days


class _Seasons:
    """Season factors of one forecast run: segment indexes shrunk toward the holiday prior, shop
    indexes shrunk toward their segment's."""

    def __init__(self, calendar: HolidayCalendar, segment_of: Mapping[int, int | None]) -> None:
        self.calendar = calendar
        self._shift: dict[int, dict[date, float] | None] = {}
        self._keys: dict[int, tuple[str, int]] = {}
        self.segment: dict[int | None, SeasonIndex] = {}
        self.shop: dict[int, SeasonIndex] = {}
        self.segment_of = segment_of

    def key(self, index: int) -> tuple[str, int]:
        key = self._keys.get(index)
        if key is None:
            key = self._keys[index] = season_key(month_of_index(index))
        return key

    def prior(self, index: int) -> tuple[float, bool]:
        year = index // 12
        if year not in self._shift:
            self._shift[year] = holiday_shift(year, self.calendar)
        shift = self._shift[year]
        return (1.0, False) if shift is None else (shift[month_of_index(index)], True)

    def raw(self, rates: Mapping[int, float]) -> SeasonIndex:
        """Per season key: (its mean rate / the mean of all months, how many months of that key)."""
        if not rates:
            return {}
        overall = sum(rates.values()) / len(rates)
        if overall <= 0:
            return {}
        by_key: dict[tuple[str, int], list[float]] = {}
        for index, rate in rates.items():
            by_key.setdefault(self.key(index), []).append(rate)
        return {k: (sum(v) / len(v) / overall, len(v)) for k, v in by_key.items()}

    def factor(self, customer_id: int, index: int) -> float:
        key = self.key(index)
        prior, _ = self.prior(index)
        seg_raw, seg_n = self.segment.get(self.segment_of.get(customer_id), {}).get(key, (prior, 0))
        seg = shrink(seg_raw, prior, seg_n)
        shop_raw, shop_n = self.shop.get(customer_id, {}).get(key, (seg, 0))
        weight = shop_n / (shop_n + SHOP_SHRINK)
        return max(0.05, seg + (shop_raw - seg) * weight)


def _trend(totals: Mapping[int, float], now: int) -> float:
    late = [v for i, v in totals.items() if now - i <= RECENT]
    early = [v for i, v in totals.items() if RECENT < now - i <= 2 * RECENT]
    if len(late) < RECENT // 2 or len(early) < RECENT // 2:
        return 1.0
    a, b = sum(late) / len(late), sum(early) / len(early)
    if b <= 0:
        return 1.0
    step = (a / b - 1.0) * TREND_DAMPING
    return 1.0 + max(-TREND_LIMIT, min(TREND_LIMIT, step))


def _group(history: History, first: date, month: date) -> dict[Pair, list[MonthQty]]:
    """The rows of [first, month) by pair, each oldest first."""
    pairs: dict[Pair, list[MonthQty]] = {}
    get = pairs.get
    for m in history.months:
        mo = m[0]
        if mo < first or mo >= month:
            continue
        key = (m[1], m[2])
        rows = get(key)
        if rows is None:
            pairs[key] = [m]
        else:
            rows.append(m)
    for rows in pairs.values():
        if len(rows) > 1:
            rows.sort()  # by month: a pair has one row a month, so the tuples' first items decide
    return pairs


def _sold(counts: list[StockCount], month: date) -> dict[Pair, dict[int, float]]:
    by_pair: dict[Pair, list[StockCount]] = defaultdict(list)
    for c in counts:
        if c.counted_on < month:
            by_pair[(c.customer_id, c.product_id)].append(c)
    return {pair: {month_index(mo): v for mo, v in sold_through(sorted(cs, key=lambda c: c.counted_on)).items()}
            for pair, cs in by_pair.items()}


def forecast_month(history: History, month: date, calendar: HolidayCalendar | None = None,
                   adjustments: Mapping[Pair, Adjustment] | None = None,
                   progress: Progress | None = None) -> list[Forecast]:
    """Forecasts of every active shop × product for `month`, from `history` (read only before it:
    whatever the caller passed, nothing of the month itself or later is looked at)."""
    now = month_index(month)
    first_index = now - WINDOW
    first = month_of_index(first_index)
    compact = history.compact
    detail = month_index(compact.detail_from) if compact is not None else first_index
    if detail > now - RECENT:
        raise HistoryTooCompact(f"rows in full from {compact.detail_from if compact else first} only")
    seasons = _Seasons(calendar or NoHolidays(), {s.customer_id: s.segment_id for s in history.shops})
    grade_of = {s.customer_id: s.grade for s in history.shops}
    adjustments = adjustments or {}
    shops = shop_rhythms(history.order_days, month, first_index, RECENT)
    pairs = _group(history, first, month)
    sold = _sold(list(history.counts), month)

    # each pair: its recent months' estimates; the shops' month totals (per order day): what they were
    # supplied, corrected where a row's estimate is not its supply (cut, inflating, negative)
    index_of = {month_of_index(i): i for i in range(first_index, now)}
    compact_supplied = compact.shop_supplied if compact is not None else None
    supplied: dict[tuple[int, int], float] = {}  # compact: only the corrections
    recent_from = now - RECENT
    recent_date = month_of_index(recent_from)
    known: dict[Pair, _Pair] = {}
    for pair, series in pairs.items():
        cid = pair[0]
        shop = shops.get(cid)
        if shop is None:
            continue
        # rows whose estimate is not simply their supply: cut, or a negative supply
        odd = [row for row, m in enumerate(series) if m[5] > 0 or m[4] < m[3] or m[4] < 0]
        if odd or compact_supplied is None:
            months = [index_of[m[0]] for m in series]
            ests = [float(m[4]) for m in series]
            cuts = sum(1 for row in odd if series[row][5] > 0 or series[row][4] < series[row][3])
            flags = None
            if cuts >= MIN_INFLATION_MONTHS:  # a run needs two cut months
                flags = inflation_flags(series, [shop.days.get(i, 1) for i in months], months)
            for row in odd:
                m = series[row]
                e = ests[row] = estimate(m, flags is not None and flags[row])
                key = (cid, months[row])
                supplied[key] = supplied.get(key, 0.0) + e - m[4]
            if compact_supplied is None:  # a full history (the backtest's): the supply sums from its rows
                for i, m in zip(months, series, strict=True):
                    key = (cid, i)
                    supplied[key] = supplied.get(key, 0.0) + m[4]
            recent = [(i, e) for i, e in zip(months, ests, strict=True) if i >= recent_from]
            known[pair] = _Pair(months[0], months[-1], recent, cuts > 0, flags is not None and flags[-1])
        else:  # the common case: every month filled in full, its estimate its supply
            recent = [(index_of[m[0]], m[4]) for m in series if m[0] >= recent_date]
            known[pair] = _Pair(index_of[series[0][0]], index_of[series[-1][0]], recent, False, False)
    totals: dict[int, dict[int, float]] = {}
    if compact_supplied is None:
        for cid, shop in shops.items():
            totals[cid] = {i: supplied.get((cid, i), 0.0) / shop.days[i] for i in shop.months}
    else:  # the summary's supply sums, corrected
        date_of = {i: mo for mo, i in index_of.items()}
        for cid, shop in shops.items():
            totals[cid] = {i: (compact_supplied.get((cid, date_of[i]), 0) + supplied.get((cid, i), 0.0)) / shop.days[i]
                           for i in shop.months}

    # season: each shop's months against its own mean, averaged over its segment
    segment_index: dict[int | None, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for cid, shop_totals in totals.items():
        if len(shop_totals) < 12:  # under a year the shop's ramp-up would read as a season: its segment's
            seasons.shop[cid] = {}
            continue
        seasons.shop[cid] = seasons.raw(shop_totals)
        mean = sum(shop_totals.values()) / len(shop_totals)
        if mean > 0:
            for i, v in shop_totals.items():
                segment_index[seasons.segment_of.get(cid)][i].append(v / mean)
    for seg, seg_months in segment_index.items():
        seasons.segment[seg] = seasons.raw({i: sum(v) / len(v) for i, v in seg_months.items()})

    _, holiday_data = seasons.prior(now)
    base_notes: tuple[str, ...] = () if holiday_data else (NOTE_NO_HOLIDAY_DATA,)
    # per shop and recent month: the weight of the month, and the factor turning its cartons into a
    # deseasonalised rate per order day
    # and whether it is still ordering, its peer group
    weighting: dict[int, tuple[dict[int, float], list[tuple[int, float]], float, int, bool, tuple[int | None, int | None]]] = {}
    for cid, shop in shops.items():
        weights = [(i, DECAY ** (now - i - 1)) for i in shop.months if i >= recent_from]
        weighting[cid] = ({i: w / shop.days[i] / seasons.factor(cid, i) for i, w in weights}, weights,
                          sum(w for _, w in weights), weights[0][0] if weights else now,
                          (month - shop.last).days <= CLOSED_DAYS, (seasons.segment_of.get(cid), grade_of.get(cid)))

    earlier = compact.earlier if compact is not None else frozenset()
    peer_rates: dict[tuple[int | None, int | None, int], list[float]] = defaultdict(list)
    seg_rates: dict[tuple[int | None, int], list[float]] = defaultdict(list)
    per_shop: dict[int, tuple[float, float, float, float]] = {}  # usual, days, season, trend
    slots: list[Forecast | None] = []  # in pair order; a short history's figure waits for all the peers
    short: list[tuple[int, Pair, float, int, _Pair, bool]] = []
    def figure(pair: Pair, rate: float, source: str, k: _Pair, from_counts: bool) -> Forecast:
        cid = pair[0]
        parts = per_shop.get(cid)
        if parts is None:
            parts = per_shop[cid] = _shop_parts(shops[cid], cid, now, seasons, totals[cid])
        usual, days_part, season, trend = parts
        notes = base_notes
        if k.cut or k.inflating or from_counts:
            notes = base_notes + tuple(note for note, present in ((NOTE_CENSORED, k.cut), (NOTE_INFLATION, k.inflating),
                                                                  (NOTE_STOCK_COUNTS, from_counts)) if present)
        adj = adjustments.get(pair)
        if adj is None:
            return Forecast(cid, pair[1], month, rate * usual, season, days_part, trend, 0.0, "", source, notes)
        return Forecast(cid, pair[1], month, rate * usual, season, days_part, trend, adj.cartons, adj.reason,
                        source, notes)

    ordered = sorted(known.keys() | earlier)
    for done, pair in enumerate(ordered):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(ordered))
        cid = pair[0]
        shop = shops.get(cid)
        if shop is None:
            continue
        k = known.get(pair)
        # a pair ordered before a compact history's detail months is taken as old as the shop's window
        start = shop.months[0] if pair in earlier else k.first if k is not None else now
        coefficient, weights, all_weights, first_recent, ordering, group = weighting[cid]
        weight = all_weights if start <= first_recent else sum(w for i, w in weights if i >= start)
        if weight <= 0:
            continue
        total = 0.0
        from_counts = False
        counted = sold.get(pair)
        if counted is not None:
            by_month = dict(k.recent) if k is not None else {}
            for i, c in coefficient.items():
                if i >= start:
                    if i in counted:
                        # sales go on every day, orders on order days: the month's sold-through per
                        # order day of the shop's rhythm (a 31-day month holds 31 / 7 weekly orders)
                        scale = shop.days[i] * shop.every / _length(i) if shop.every else 1.0
                        total += max(0.0, counted[i]) * c * scale
                        from_counts = True
                    else:
                        total += by_month.get(i, 0.0) * c
        elif k is not None:
            for i, e in k.recent:  # a row's month is always one of the shop's months
                total += e * coefficient[i]
        rate = total / weight
        n = len(shop.months) - bisect_left(shop.months, start)
        if start < recent_from:  # ordered before the months of the base: a history long enough
            n = max(n, MIN_OWN)
        if n >= MIN_OWN:
            peer_rates[(*group, pair[1])].append(rate)
        if k is None or now - k.last > ACTIVE_MONTHS or not ordering:
            continue  # delisted, or the shop has stopped ordering: no figure (its rate still counts for peers)
        if n < MIN_OWN:
            short.append((len(slots), pair, rate, n, k, from_counts))
            slots.append(None)
            continue
        slots.append(figure(pair, rate, OWN, k, from_counts))

    for (seg, _, pid), rates in peer_rates.items():
        seg_rates[(seg, pid)].extend(rates)
    for at, pair, rate, n, k, from_counts in short:
        seg = seasons.segment_of.get(pair[0])
        found = peer_rates.get((seg, grade_of.get(pair[0]), pair[1])) or seg_rates.get((seg, pair[1]))
        source = OWN
        if found:
            w = n / MIN_OWN
            rate, source = w * rate + (1 - w) * sum(found) / len(found), BLENDED
        slots[at] = figure(pair, rate, source, k, from_counts)
    if progress is not None:
        progress(len(ordered), len(ordered))
    out = [f for f in slots if f is not None]
    out.extend(new_shop_forecasts(history.shops, month, out, shops, seasons.segment_of, grade_of,
                                  lambda cid: seasons.factor(cid, now), adjustments, base_notes))
    return out


def _shop_parts(shop: ShopRhythm, cid: int, now: int, seasons: _Seasons,
                totals: Mapping[int, float]) -> tuple[float, float, float, float]:
    usual = shop.usual or 1.0
    days = (shop.projected / usual) if shop.projected is not None else 1.0
    return usual, days, seasons.factor(cid, now), _trend(totals, now)
