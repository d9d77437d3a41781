"""Shops with no orders yet: the mean figure of their peers (same segment and grade, else segment)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Mapping, Sequence
from datetime import date

from domain.forecast.model import PEERS, Adjustment, Forecast, Pair, ShopInfo

PEER_LISTING = 0.5  # a new shop is forecast a product when at least this share of its peers order it


def new_shop_forecasts(shops: Sequence[ShopInfo], month: date, known: Sequence[Forecast], ordering: Container[int],
                       segment_of: Mapping[int, int | None], grade_of: Mapping[int, int | None],
                       season: Callable[[int], float], adjustments: Mapping[Pair, Adjustment],
                       notes: tuple[str, ...]) -> list[Forecast]:
    """Figures for the shops in `shops` that are not `ordering`, from the `known` figures of their peers;
    `season(customer_id)` is the shop's season factor of `month`."""
    by_group: dict[tuple[int | None, int | None], set[int]] = defaultdict(set)
    by_segment: dict[int | None, set[int]] = defaultdict(set)
    figures: dict[Pair, Forecast] = {}
    for f in known:
        seg = segment_of.get(f.customer_id)
        by_group[(seg, grade_of.get(f.customer_id))].add(f.customer_id)
        by_segment[seg].add(f.customer_id)
        figures[(f.customer_id, f.product_id)] = f
    products_of: dict[int, set[int]] = defaultdict(set)
    for cid, pid in figures:
        products_of[cid].add(pid)
    out = []
    for s in shops:
        if s.customer_id in ordering:
            continue
        peers = by_group.get((s.segment_id, s.grade)) or by_segment.get(s.segment_id)
        if not peers:
            continue
        products = sorted({pid for cid in peers for pid in products_of[cid]})
        for pid in products:
            theirs = [figures[(c, pid)] for c in peers if (c, pid) in figures]
            if len(theirs) < PEER_LISTING * len(peers):
                continue
            base = sum(f.base for f in theirs) / len(peers)
            adj = adjustments.get((s.customer_id, pid))
            out.append(Forecast(
                s.customer_id, pid, month, base=base, season=season(s.customer_id),
                days=1.0, trend=1.0, adjustment=adj.cartons if adj else 0.0, reason=adj.reason if adj else "",
                source=PEERS, notes=notes))
    return out
