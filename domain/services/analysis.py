"""Use cases of the monthly sales analysis (经营分析): the territory's month, one customer's month,
one customer's 12-month trend, and the months there is anything to analyse.

Storage sums (domain.analysis.queries); the rules in domain.analysis turn sums into figures."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from domain.analysis.changes import MonthComparison
from domain.analysis.decline import FALLING_MONTHS, declining_customers, fell_months_running
from domain.analysis.decline import enough_history as enough_for_decline
from domain.analysis.inflation import LOOKBACK, MIN_RUN, InflationSignal, inflation_run
from domain.analysis.inflation import enough_history as enough_for_inflation
from domain.analysis.listings import ListingRow, NewListing
from domain.analysis.rankings import ProductSums, customer_month, product_months
from domain.analysis.reports import CustomerMonthAnalysis, StoppedCustomer, TerritoryMonthAnalysis
from domain.analysis.structure import class_structure
from domain.errors import NotFound
from domain.model.customers import CustomerStatus
from domain.model.products import Product
from domain.periods import month_start, months_ending, shift_month
from domain.ports import UnitOfWork
from domain.profit import NO_SALES, MarginBasis, PeriodFigures, ProfitScale, SalesSums, figures_of

TREND_MONTHS = 12


def available_months(uow: UnitOfWork, customer_id: int | None = None) -> list[date]:
    """Months with orders (first days), newest first: the month picker's choices."""
    with uow:
        return uow.queries.sales_months(customer_id)


def _figures(months: Sequence[date], sums: Mapping[date, SalesSums], rate: Decimal,
             basis: MarginBasis) -> tuple[PeriodFigures, ...]:
    """The months' figures, oldest first, from the first month with orders: a trend that began
    with empty months would read as a shop that had sold nothing."""
    first = next((i for i, m in enumerate(months) if sums.get(m, NO_SALES).cartons), len(months))
    return tuple(figures_of(m, sums.get(m, NO_SALES), rate, basis) for m in months[first:])


def _comparison(month: date, sums: Mapping[date, SalesSums], rate: Decimal, basis: MarginBasis,
                customers: Mapping[date, int] | None = None) -> MonthComparison:
    previous, year_ago = shift_month(month, -1), shift_month(month, -12)

    def figures(m: date) -> PeriodFigures | None:
        return figures_of(m, sums[m], rate, basis) if m in sums else None

    counts = customers or {}
    return MonthComparison(
        figures_of(month, sums.get(month, NO_SALES), rate, basis), figures(previous), figures(year_ago),
        counts.get(month, 0) if customers is not None else None,
        counts.get(previous), counts.get(year_ago),
    )


def _class_sums(rows: Sequence[ProductSums], products: Mapping[int, Product]) -> dict[int, SalesSums]:
    by_class: dict[int, SalesSums] = {}
    for r in rows:
        p = products.get(r.product_id)
        cls = int(p.price_class) if p is not None else 5
        by_class[cls] = by_class.get(cls, NO_SALES).plus(r.sums)
    return by_class


def _history_before(months: Sequence[date], month: date) -> bool:
    """Whether the workspace has orders before `month`: new listings can be told only then."""
    return bool(months) and min(months) < month


Statuses = Mapping[int, CustomerStatus]  # the shops that are not active; the rest are


def _listings(rows: Sequence[ListingRow], names: Mapping[int, str],
              products: Mapping[int, Product], statuses: Statuses) -> tuple[NewListing, ...]:
    out = []
    for r in rows:
        p = products.get(r.product_id)
        out.append(NewListing(r.customer_id, names.get(r.customer_id, ""), r.product_id,
                              p.name if p else f"#{r.product_id}", int(p.price_class) if p else 0,
                              r.first_order, r.cartons, r.reordered,
                              statuses.get(r.customer_id, CustomerStatus.ACTIVE)))
    return tuple(out)


def _inflation(uow: UnitOfWork, month: date, names: Mapping[int, str], products: Mapping[int, Product],
               statuses: Statuses, customer_id: int | None = None) -> tuple[InflationSignal, ...]:
    """Two reads: every short-supplied pair's last MIN_RUN orders decide whether it shows the signal;
    only the pairs that do are read further back, to measure their runs."""
    candidates = uow.queries.short_supply_orders(month, MIN_RUN, customer_id)
    found = [pair for pair, orders in candidates.items() if len(inflation_run(orders)) >= MIN_RUN]
    if not found:
        return ()
    histories = uow.queries.order_history(found, shift_month(month, 1), LOOKBACK)
    out = []
    for c, p in found:
        run = inflation_run(histories.get((c, p)) or candidates[(c, p)])
        product = products.get(p)
        out.append(InflationSignal(c, names.get(c, ""), p, product.name if product else f"#{p}", run,
                                   statuses.get(c, CustomerStatus.ACTIVE)))
    out.sort(key=lambda s: (-len(s.run), -s.inflation, s.customer_id, s.product_id))
    return tuple(out)


def month_analysis(uow: UnitOfWork, month: date) -> TerritoryMonthAnalysis:
    """The whole territory in `month` (any day of it)."""
    month = month_start(month)
    previous, year_ago = shift_month(month, -1), shift_month(month, -12)
    trend_months = months_ending(month, TREND_MONTHS)
    with uow:
        settings = uow.settings.load()
        rate, basis = settings.default_margin_rate, settings.margin_basis
        q = uow.queries
        sums = q.month_sums([*trend_months, year_ago])
        per_customer = q.customer_month_sums(months_ending(month, FALLING_MONTHS + 1))
        counts = {m: 0 for m in (month, previous)}
        for r in per_customer:
            if r.month in counts:
                counts[r.month] += 1
        counts.update(q.customers_ordering([year_ago]))
        product_rows = q.product_sums(month)
        products = {p.id: p for p in uow.products.list() if p.id is not None}
        names = q.customer_names()
        statuses = q.customer_statuses()
        all_months = q.sales_months()
        listings_known = _history_before(all_months, month)
        listings = _listings(q.new_listings(month), names, products, statuses) if listings_known else ()
        inflation = _inflation(uow, month, names, products, statuses)

    previous_sums = {r.customer_id: r.sums for r in per_customer if r.month == previous}
    customers = [customer_month(r.customer_id, names.get(r.customer_id, ""), r.sums,
                                previous_sums.get(r.customer_id), rate, basis,
                                statuses.get(r.customer_id, CustomerStatus.ACTIVE))
                 for r in per_customer if r.month == month]
    customers.sort(key=lambda c: (-c.cartons, c.customer_id))
    ordering_now = {c.customer_id for c in customers}
    stopped = tuple(StoppedCustomer(cid, names.get(cid, ""), s.cartons, statuses.get(cid, CustomerStatus.ACTIVE))
                    for cid, s in sorted(previous_sums.items()) if cid not in ordering_now and s.cartons > 0)
    return TerritoryMonthAnalysis(
        month=month,
        comparison=_comparison(month, sums, rate, basis, {m: n for m, n in counts.items() if n}),
        trend=_figures(trend_months, sums, rate, basis),
        classes=class_structure(_class_sums(product_rows, products), rate),
        products=product_months(product_rows, products, rate),
        customers=tuple(customers),
        declining=declining_customers(month, per_customer, names, rate, statuses),
        inflation=inflation,
        new_listings=listings,
        listings_known=listings_known,
        decline_known=enough_for_decline(all_months, month),
        inflation_known=enough_for_inflation(all_months, month),
        margin_basis=basis,
        stopped=stopped,
    )


def customer_analysis(uow: UnitOfWork, customer_id: int, month: date | None = None) -> CustomerMonthAnalysis:
    """One customer in `month`, by default the customer's latest month with orders."""
    with uow:
        if uow.customers.get(customer_id) is None:
            raise NotFound("Customer", customer_id)
        q = uow.queries
        months = q.sales_months(customer_id)
        if month is None and not months:
            return CustomerMonthAnalysis(customer_id, None, (), None, (), (), (), (), ())
        month = month_start(month) if month is not None else months[0]
        settings = uow.settings.load()
        rate, basis = settings.default_margin_rate, settings.margin_basis
        trend_months = months_ending(month, TREND_MONTHS)
        sums = q.month_sums([*trend_months, shift_month(month, -12)], customer_id)
        product_rows = q.product_sums(month, customer_id)
        products = {p.id: p for p in uow.products.list() if p.id is not None}
        names = {customer_id: ""}
        listings_known = _history_before(q.sales_months(), month)
        listings = _listings(q.new_listings(month, customer_id), names, products, {}) if listings_known else ()
        inflation = _inflation(uow, month, names, products, {}, customer_id)

    recent = [sums.get(m, NO_SALES) for m in months_ending(month, FALLING_MONTHS + 1)]
    scale = ProfitScale(rate)
    return CustomerMonthAnalysis(
        customer_id=customer_id,
        month=month,
        months=tuple(months),
        comparison=_comparison(month, sums, rate, basis),
        trend=_figures(trend_months, sums, rate, basis),
        classes=class_structure(_class_sums(product_rows, products), rate),
        products=product_months(product_rows, products, rate),
        new_listings=listings,
        inflation=inflation,
        cartons_falling=fell_months_running([s.cartons for s in recent]),
        profit_falling=fell_months_running([scale(s) for s in recent]),
        listings_known=listings_known,
        decline_known=enough_for_decline(months, month),
        inflation_known=enough_for_inflation(months, month),
        margin_basis=basis,
    )


def customer_trend(uow: UnitOfWork, customer_id: int, end_month: date,
                   months: int = TREND_MONTHS) -> tuple[PeriodFigures, ...]:
    """One customer's figures for the `months` months up to `end_month`, oldest first."""
    wanted = months_ending(month_start(end_month), months)
    with uow:
        settings = uow.settings.load()
        sums = uow.queries.month_sums(wanted, customer_id)
    return _figures(wanted, sums, settings.default_margin_rate, settings.margin_basis)

