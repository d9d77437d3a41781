"""Next month's forecast per shop × product, explained (issue #15, 需求预测).

For each shop × product ordered in the latest months:
1. demand estimates per month (demand.py: supplied, censored months between supplied and asked,
   inflation runs not believed), divided by the shop's order days of that month: a rate per order day;
2. the rate deseasonalised by the season (season.py) and averaged with weights that fall by DECAY a
   month back: base = that rate × the shop's usual order days (cartons in an ordinary month);
3. season of the forecast month, days = projected / usual order days, a damped trend of the shop;
4. a short history is leaned toward the peers' rate (same segment and grade), a shop with no orders at
   all gets its peers' figures outright;
5. the manager's adjustment (cartons, with its reason) is added last; rounded once, never negative.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from domain.forecast.demand import demand_estimates, in_inflation_run
from domain.forecast.model import (
    BLENDED,
    NOTE_CENSORED,
    NOTE_INFLATION,
    NOTE_NO_HOLIDAY_DATA,
    OWN,
    PEERS,
    Adjustment,
    Forecast,
    History,
    HolidayCalendar,
    MonthQty,
    NoHolidays,
    Pair,
)
from domain.forecast.season import (
    holiday_shift,
    order_days_in,
    projected_order_days,
    raw_season,
    season_key,
    shrink,
    usual_order_days,
)
from domain.periods import shift_month

WINDOW = 24  # months of history read
RECENT = 6  # months whose rates make the base
DECAY = 0.75  # weight of a month against the month after it
ACTIVE_MONTHS = 4  # a pair not ordered in this many months is taken as delisted
CLOSED_DAYS = 45  # a shop without an order in this many days before the month is not forecast
MIN_OWN = 3  # months of own history under which the peers' rate is blended in
SHOP_SHRINK = 3.0  # a shop's own season deviation kept: n / (n + SHOP_SHRINK), n months of the key
TREND_DAMPING = 0.5
TREND_LIMIT = 0.05
PEER_LISTING = 0.5  # a new shop is forecast a product when at least this share of its peers order it


@dataclass
class _Shop:
    dates: list[date]
    months: list[date]  # months of the window with order days, oldest first
    days: dict[date, int]


class _Seasons:
    """Season factors of one forecast run: segment indexes shrunk toward the holiday prior, shop
    indexes shrunk toward their segment's."""

    def __init__(self, calendar: HolidayCalendar) -> None:
        self.calendar = calendar
        self._shift: dict[int, dict[date, float] | None] = {}
        self.segment: dict[int | None, dict[tuple[str, int], tuple[float, int]]] = {}
        self.shop: dict[int, dict[tuple[str, int], tuple[float, int]]] = {}
        self.segment_of: dict[int, int | None] = {}

    def prior(self, month: date) -> tuple[float, bool]:
        if month.year not in self._shift:
            self._shift[month.year] = holiday_shift(month.year, self.calendar)
        shift = self._shift[month.year]
        return (1.0, False) if shift is None else (shift[month], True)

    def factor(self, customer_id: int, month: date) -> float:
        key = season_key(month)
        prior, _ = self.prior(month)
        seg_raw, seg_n = self.segment.get(self.segment_of.get(customer_id), {}).get(key, (prior, 0))
        seg = shrink(seg_raw, prior, seg_n)
        shop_raw, shop_n = self.shop.get(customer_id, {}).get(key, (seg, 0))
        weight = shop_n / (shop_n + SHOP_SHRINK)
        return max(0.05, seg + (shop_raw - seg) * weight)


def _by_pair(months: Iterable[MonthQty], first: date) -> dict[Pair, list[MonthQty]]:
    pairs: dict[Pair, list[MonthQty]] = defaultdict(list)
    for m in months:
        if m.month >= first:
            pairs[(m.customer_id, m.product_id)].append(m)
    for series in pairs.values():
        series.sort(key=lambda m: m.month)
    return pairs


def _rates(series: Sequence[MonthQty], shop: _Shop) -> dict[date, float]:
    """Demand per order day, for each month with order days from the pair's first month on (0 where the
    shop ordered other products only)."""
    days = [shop.days.get(m.month, 1) for m in series]
    demand = dict(zip((m.month for m in series), demand_estimates(series, days), strict=True))
    start = series[0].month
    return {mo: demand.get(mo, 0.0) / shop.days[mo] for mo in shop.months if mo >= start}


def _weighted_recent(values: dict[date, float], month: date) -> float | None:
    recent = [(v, DECAY ** (_months_back(mo, month) - 1)) for mo, v in values.items()
              if _months_back(mo, month) <= RECENT]
    total = sum(w for _, w in recent)
    return sum(v * w for v, w in recent) / total if total > 0 else None


def _months_back(mo: date, month: date) -> int:
    return (month.year - mo.year) * 12 + month.month - mo.month


def _trend(totals: dict[date, float], month: date) -> float:
    late = [v for mo, v in totals.items() if _months_back(mo, month) <= RECENT]
    early = [v for mo, v in totals.items() if RECENT < _months_back(mo, month) <= 2 * RECENT]
    if len(late) < RECENT // 2 or len(early) < RECENT // 2:
        return 1.0
    a, b = sum(late) / len(late), sum(early) / len(early)
    if b <= 0:
        return 1.0
    step = (a / b - 1.0) * TREND_DAMPING
    return 1.0 + max(-TREND_LIMIT, min(TREND_LIMIT, step))


def forecast_month(history: History, month: date, calendar: HolidayCalendar | None = None,
                   adjustments: Mapping[Pair, Adjustment] | None = None) -> list[Forecast]:
    """Forecasts of every active shop × product for `month`, from `history` (read only before it)."""
    history = history.before(month)  # whatever the caller passed, nothing of the month itself or later
    first = shift_month(month, -WINDOW)
    seasons = _Seasons(calendar or NoHolidays())
    seasons.segment_of = {s.customer_id: s.segment_id for s in history.shops}
    grade_of = {s.customer_id: s.grade for s in history.shops}
    adjustments = adjustments or {}

    shops: dict[int, _Shop] = {}
    dates_of: dict[int, list[date]] = defaultdict(list)
    for d in history.order_days:
        dates_of[d.customer_id].append(d.order_date)
    for cid, dates in dates_of.items():
        dates.sort()
        months = sorted({d.replace(day=1) for d in dates if d >= first})
        shops[cid] = _Shop(dates, months, {mo: order_days_in(mo, dates) for mo in months})

    pairs = _by_pair(history.months, first)
    rates: dict[Pair, dict[date, float]] = {}
    shop_totals: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for pair, series in pairs.items():
        shop = shops.get(pair[0])
        if shop is None:
            continue
        rates[pair] = _rates(series, shop)
        for mo, r in rates[pair].items():
            shop_totals[pair[0]][mo] += r

    # season: each shop's months against its own mean, averaged over its segment
    segment_index: dict[int | None, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    for cid, totals in shop_totals.items():
        seasons.shop[cid] = raw_season(totals)
        mean = sum(totals.values()) / len(totals) if totals else 0.0
        if mean > 0 and len(totals) >= 12:  # a year at least, or the shop's ramp-up reads as a season
            for mo, v in totals.items():
                segment_index[seasons.segment_of.get(cid)][mo].append(v / mean)
    for seg, by_month in segment_index.items():
        seasons.segment[seg] = raw_season({mo: sum(v) / len(v) for mo, v in by_month.items()})
    # a shop with less than a year of history keeps its segment's season
    for cid, totals in shop_totals.items():
        if len(totals) < 12:
            seasons.shop[cid] = {}

    _, holiday_data = seasons.prior(month)
    base_notes = () if holiday_data else (NOTE_NO_HOLIDAY_DATA,)
    own: dict[Pair, tuple[float, int]] = {}  # deseasonalised rate per order day, months behind it
    for pair, pair_rates in rates.items():
        cid = pair[0]
        deseason = {mo: r / seasons.factor(cid, mo) for mo, r in pair_rates.items()}
        rate = _weighted_recent(deseason, month)
        if rate is not None:
            own[pair] = (rate, len(pair_rates))

    peer_rates: dict[tuple[int | None, int | None, int], list[float]] = defaultdict(list)
    seg_rates: dict[tuple[int | None, int], list[float]] = defaultdict(list)
    for (cid, pid), (rate, n) in own.items():
        if n >= MIN_OWN:
            peer_rates[(seasons.segment_of.get(cid), grade_of.get(cid), pid)].append(rate)
            seg_rates[(seasons.segment_of.get(cid), pid)].append(rate)

    def peer_rate(cid: int, pid: int) -> float | None:
        seg = seasons.segment_of.get(cid)
        found = peer_rates.get((seg, grade_of.get(cid), pid)) or seg_rates.get((seg, pid))
        return sum(found) / len(found) if found else None

    out: list[Forecast] = []
    for (cid, pid), (rate, n) in sorted(own.items()):
        shop = shops[cid]
        series = pairs[(cid, pid)]
        if _months_back(series[-1].month, month) > ACTIVE_MONTHS:
            continue
        if (month - shop.dates[-1]).days > CLOSED_DAYS:
            continue
        source = OWN
        if n < MIN_OWN and (peer := peer_rate(cid, pid)) is not None:
            w = n / MIN_OWN
            rate, source = w * rate + (1 - w) * peer, BLENDED
        usual = usual_order_days(month, shop.dates) or 1.0
        projected = projected_order_days(month, shop.dates)
        notes = list(base_notes)
        if any(m.cut for m in series):
            notes.append(NOTE_CENSORED)
        if in_inflation_run(series, [shop.days.get(m.month, 1) for m in series])[-1]:
            notes.append(NOTE_INFLATION)
        adj = adjustments.get((cid, pid))
        out.append(Forecast(
            cid, pid, month, base=rate * usual, season=seasons.factor(cid, month),
            days=(projected / usual) if projected is not None else 1.0,
            trend=_trend(shop_totals[cid], month), adjustment=adj.cartons if adj else 0.0,
            reason=adj.reason if adj else "", source=source, notes=tuple(notes)))
    out.extend(_new_shops(history, month, out, shops, seasons, grade_of, adjustments, base_notes))
    return out


def _new_shops(history: History, month: date, known: Sequence[Forecast], shops: Mapping[int, _Shop],
               seasons: _Seasons, grade_of: Mapping[int, int | None], adjustments: Mapping[Pair, Adjustment],
               notes: tuple[str, ...]) -> list[Forecast]:
    """Shops with no orders yet: the mean figure of their peers (same segment and grade, else segment)."""
    by_group: dict[tuple[int | None, int | None], set[int]] = defaultdict(set)
    by_segment: dict[int | None, set[int]] = defaultdict(set)
    figures: dict[Pair, Forecast] = {}
    for f in known:
        seg = seasons.segment_of.get(f.customer_id)
        by_group[(seg, grade_of.get(f.customer_id))].add(f.customer_id)
        by_segment[seg].add(f.customer_id)
        figures[(f.customer_id, f.product_id)] = f
    out = []
    for s in history.shops:
        if s.customer_id in shops:
            continue
        peers = by_group.get((s.segment_id, s.grade)) or by_segment.get(s.segment_id)
        if not peers:
            continue
        products = sorted({pid for (cid, pid) in figures if cid in peers})
        for pid in products:
            theirs = [figures[(c, pid)] for c in peers if (c, pid) in figures]
            if len(theirs) < PEER_LISTING * len(peers):
                continue
            base = sum(f.base for f in theirs) / len(peers)
            adj = adjustments.get((s.customer_id, pid))
            out.append(Forecast(
                s.customer_id, pid, month, base=base, season=seasons.factor(s.customer_id, month),
                days=1.0, trend=1.0, adjustment=adj.cartons if adj else 0.0, reason=adj.reason if adj else "",
                source=PEERS, notes=notes))
    return out
