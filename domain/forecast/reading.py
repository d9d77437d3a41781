"""The forecast's history read through the ports, for all shops in a few queries (never one per shop).

A forecast of one month reads its window compact (model.Compact): every month × shop × product row
of the months the base rests on, before them only the rows whose demand is not their supply, and the
shops' month sums; a backtest reads every row, since each month it tries has its own recent months."""
from __future__ import annotations

from datetime import date

from domain.forecast.model import Compact, History, ShopInfo
from domain.ports import UnitOfWork


def read_history(uow: UnitOfWork, first: date, before: date, detail_from: date | None = None) -> History:
    """The history of [first, before); compact with every row from `detail_from` on when it is given.
    Runs inside the caller's `with uow`."""
    q = uow.forecast_queries
    shops = tuple(ShopInfo(s.customer_id, s.segment_id, s.grade) for s in uow.tier_queries.shop_facts())
    compact = None
    if detail_from is not None and detail_from > first:
        compact = Compact(detail_from, {(c, m): qty for c, m, qty in q.shop_supplied(first, before)},
                          frozenset(q.earlier_pairs(first, detail_from)))
    else:
        detail_from = None
    return History(q.order_months(first, before, detail_from), q.order_days(first, before), shops,
                   q.stock_counts(first, before), compact)
