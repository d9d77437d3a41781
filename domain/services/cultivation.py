"""Brand cultivation (品牌培育): the plans, the shops proposed for a new one, each target shop's stage and
a plan's funnel — what the 品牌培育 page, the printed report and the command line call. The stages are
worked out here from two queries for all the target shops of the plans asked about."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from domain.cultivation.fit import (
    MIX_MONTHS,
    Candidate,
    FitFilter,
    ProductRationed,
    ProposalRow,
    fit,
    merge_proposal,
    propose,
)
from domain.cultivation.model import STAGE_NAMES, CultivationPlan, OrderPoint, Stage, TargetShop, TargetShopRow
from domain.cultivation.stages import Funnel, Progress, funnel_of, progress
from domain.cultivation.validation import plan_problems
from domain.errors import DomainError, NotFound
from domain.model.products import Product
from domain.periods import month_start, shift_month
from domain.ports import UnitOfWork
from domain.services.handbook_facts import PushProduct
from domain.validation import ValidationFailed


def volume_month(today: date) -> date:
    """The month whose cartons are set against the monthly target: the last complete one (this month's
    orders are still coming in)."""
    return shift_month(today, -1)


class UnknownProduct(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__("There is no product with the code {code}.", code=code)
        self.code = code


class NoCultivationPlan(DomainError):
    def __init__(self, product: str) -> None:
        super().__init__("{product} has no cultivation plan.", product=product)


class PlanAlreadyOpen(DomainError):
    def __init__(self, product: str, day: date) -> None:
        super().__init__("{product} already has an open cultivation plan (started {day}); add the shops to it.",
                         product=product, day=day.isoformat())


@dataclass(frozen=True)
class TargetProgress:
    row: TargetShopRow
    progress: Progress


@dataclass(frozen=True)
class PlanSummary:
    """One plan with its product, funnel and volume: a line of the plans list."""

    plan: CultivationPlan
    product: Product
    funnel: Funnel
    month: date  # volume_month(today)
    month_cartons: int  # supplied to the target shops in that month
    total_cartons: int  # since the plan started

    @property
    def listed(self) -> int:
        return self.funnel.reached(Stage.LISTED)


@dataclass(frozen=True)
class PlanDetail:
    summary: PlanSummary
    targets: tuple[TargetProgress, ...]
    today: date


def _progress_of(uow: UnitOfWork, plan_ids: list[int], today: date, customer_ids: Iterable[int] | None = None,
                 points: Sequence[OrderPoint] | None = None) -> dict[tuple[int, int], Progress]:
    """Every target shop's progress in these plans, from two queries (inside the caller's `with uow`);
    `points`: the plans' order points when the caller has read them already."""
    ids = None if customer_ids is None else list(customer_ids)
    if points is None:
        points = uow.cultivation.order_points(plan_ids, ids)
    orders: dict[tuple[int, int], list[tuple[date, int]]] = {}
    for o in points:
        orders.setdefault((o.plan_id, o.customer_id), []).append((o.on, o.supplied))
    counts: dict[tuple[int, int], list[tuple[date, int]]] = {}
    for c in uow.cultivation.stock_points(plan_ids, ids):
        counts.setdefault((c.plan_id, c.customer_id), []).append((c.on, c.stock))
    return {k: progress(orders.get(k, ()), counts.get(k, ()), today) for k in orders.keys() | counts.keys()}


def _details(uow: UnitOfWork, plans: Sequence[CultivationPlan], today: date) -> list[PlanDetail]:
    ids = [p.id for p in plans if p.id is not None]
    products = {p.id: p for p in uow.products.list()}
    rows: dict[int, list[TargetShopRow]] = {}
    for r in uow.cultivation.targets(ids):
        rows.setdefault(r.target.plan_id, []).append(r)
    month = volume_month(today)
    points = uow.cultivation.order_points(ids)
    in_month: dict[int, int] = {}
    for o in points:
        if month_start(o.on) == month:
            in_month[o.plan_id] = in_month.get(o.plan_id, 0) + o.supplied
    progress_by = _progress_of(uow, ids, today, points=points)
    out = []
    for p in plans:
        assert p.id is not None
        targets = tuple(TargetProgress(r, progress_by.get((p.id, r.target.customer_id), Progress()))
                        for r in rows.get(p.id, ()))
        funnel = funnel_of([t.progress.stage for t in targets])
        summary = PlanSummary(p, products[p.product_id], funnel, month, in_month.get(p.id, 0),
                              sum(t.progress.cartons for t in targets))
        out.append(PlanDetail(summary, targets, today))
    return out


def list_plans(uow: UnitOfWork, today: date) -> list[PlanSummary]:
    """Open plans first, each group by latest start."""
    with uow:
        details = _details(uow, uow.cultivation.plans(), today)
    summaries = [d.summary for d in details]
    return [s for s in summaries if not s.plan.closed] + [s for s in summaries if s.plan.closed]


def _plan(uow: UnitOfWork, plan_id: int) -> CultivationPlan:
    p = uow.cultivation.get_plan(plan_id)
    if p is None:
        raise NotFound("Cultivation plan", plan_id)
    return p


def plan_detail(uow: UnitOfWork, plan_id: int, today: date) -> PlanDetail:
    with uow:
        return _details(uow, [_plan(uow, plan_id)], today)[0]


def _plan_of_product(uow: UnitOfWork, code: str) -> tuple[CultivationPlan, Product]:
    product = uow.products.get_by_code(code.strip())
    if product is None:
        raise UnknownProduct(code.strip())
    plans = [p for p in uow.cultivation.plans() if p.product_id == product.id]
    if not plans:
        raise NoCultivationPlan(product.name)
    return next((p for p in plans if not p.closed), plans[0]), product


def plan_of_product(uow: UnitOfWork, code: str) -> tuple[int, str]:
    """The id of the product's open plan, else of its latest closed one, and the product's name: what
    `report cultivation --product CODE` prints. Refused for an unknown code or a product without a plan."""
    with uow:
        plan, product = _plan_of_product(uow, code)
    assert plan.id is not None
    return plan.id, product.name


@dataclass(frozen=True)
class Proposal:
    product: Product
    rows: tuple[ProposalRow, ...]
    left_out_listing: int  # shops that list the product already


def propose_shops(uow: UnitOfWork, product_id: int, flt: FitFilter, today: date, plan_id: int | None = None,
                  hand_added: Sequence[int] = (), wanted: int | None = None) -> Proposal:
    """The editable proposal of a new plan (or of an open one, its targets kept); refused for a rationed
    product. Shops added by hand stay in it whatever the fit says."""
    with uow:
        product = uow.products.get(product_id)
        if product is None:
            raise NotFound("Product", product_id)
        mixes = uow.cultivation.shop_mixes(_mix_start(today), product_id)
        rows_kept = uow.cultivation.targets([plan_id]) if plan_id is not None else []
        names = {r.target.customer_id: r.shop for r in rows_kept} | {m.customer_id: m.shop for m in mixes}
        for cid in hand_added:  # a shop added by hand may be one the mix leaves out (no recent orders)
            if cid not in names and (customer := uow.customers.get(cid)) is not None:
                names[cid] = customer.name
    candidates = propose(mixes, product, flt)
    rows = merge_proposal(candidates, [r.target for r in rows_kept], names, hand_added, wanted)
    return Proposal(product, tuple(rows), sum(1 for m in mixes if m.lists_product))


def _mix_start(today: date) -> date:
    """The first day of the month MIX_MONTHS months back: the mix covers whole months and this one."""
    return shift_month(today, -MIX_MONTHS)


def save_plan(uow: UnitOfWork, plan: CultivationPlan, customer_ids: Sequence[int], today: date,
              by_hand: Iterable[int] = ()) -> CultivationPlan:
    """A new plan or the changed one, its target shops becoming `customer_ids` (a shop already on the
    plan keeps the day it was added). Refused with every field problem at once; a new plan of a
    rationed product or of one with an open plan is refused."""
    problems = plan_problems(plan)
    if problems:
        raise ValidationFailed(problems)
    hand = set(by_hand)
    with uow:
        product = uow.products.get(plan.product_id)
        if product is None:
            raise NotFound("Product", plan.product_id)
        if plan.id is None:
            if product.is_scarce:
                raise ProductRationed(product.name)
            open_one = next((p for p in uow.cultivation.plans() if p.product_id == plan.product_id and not p.closed),
                            None)
            if open_one is not None:
                raise PlanAlreadyOpen(product.name, open_one.started_on)
            plan = replace(plan, id=uow.cultivation.add_plan(plan))
            old: dict[int, TargetShop] = {}
        else:
            stored = _plan(uow, plan.id)
            plan = replace(plan, product_id=stored.product_id)  # a plan stays with its product
            uow.cultivation.update_plan(plan)
            old = {r.target.customer_id: r.target for r in uow.cultivation.targets([stored.id or 0])}
        assert plan.id is not None
        targets = [old.get(cid) or TargetShop(plan.id, cid, today, cid in hand) for cid in dict.fromkeys(customer_ids)]
        uow.cultivation.set_targets(plan.id, targets)
        uow.commit()
    return plan


def set_closed(uow: UnitOfWork, plan_id: int, closed: bool) -> None:
    with uow:
        uow.cultivation.update_plan(replace(_plan(uow, plan_id), closed=closed))
        uow.commit()


def plan_shop_ids(uow: UnitOfWork, plan_id: int) -> frozenset[int]:
    """The target shops of a plan: what the salon screening starts from."""
    with uow:
        _plan(uow, plan_id)
        return frozenset(r.target.customer_id for r in uow.cultivation.targets([plan_id]))


@dataclass(frozen=True)
class CultivationPush:
    """A product to push at a shop on its visit: the shop is a target of its open plan and has not
    reached 稳定 yet. `fit` is the shop's fit for it (None: the shop has no recent orders)."""

    product: Product
    plan_id: int
    stage: Stage
    fit: Candidate | None


def cultivation_products_for(uow: UnitOfWork, customer_ids: Sequence[int], today: date) -> dict[int, list[CultivationPush]]:
    """For each shop asked about, the cultivation products to push there (the visit handbook): the
    open plans it is a target of, not yet steady, rationed products left out, the best fit to the
    shop's price mix first. Every asked shop is a key (an empty list: nothing to push). Five queries
    whatever the number of shops."""
    out: dict[int, list[CultivationPush]] = {cid: [] for cid in customer_ids}
    if not out:
        return out
    with uow:
        plans = {p.id: p for p in uow.cultivation.plans() if not p.closed and p.id is not None}
        products = {p.id: p for p in uow.products.list()}
        rows = uow.cultivation.targets(list(plans), list(out))
        progress_by = _progress_of(uow, list(plans), today, list(out))
        mixes = {m.customer_id: m for m in uow.cultivation.shop_mixes(_mix_start(today), None, list(out))}
    for r in rows:
        plan = plans[r.target.plan_id]
        product = products[plan.product_id]
        stage = progress_by.get((r.target.plan_id, r.target.customer_id), Progress()).stage
        if product.is_scarce or stage is Stage.STEADY:
            continue
        mix = mixes.get(r.target.customer_id)
        out[r.target.customer_id].append(
            CultivationPush(product, r.target.plan_id, stage, fit(mix, product) if mix and mix.cartons else None))
    for pushes in out.values():
        pushes.sort(key=lambda p: (-(p.fit.score if p.fit else -1), p.product.code))
    return out


def handbook_pushes(uow: UnitOfWork, customer_ids: Sequence[int], today: date) -> dict[int, tuple[PushProduct, ...]]:
    """cultivation_products_for in the visit handbook's shape (HandbookCustomer.cultivation_push): per
    shop the products to push, with the shop's stage and its fit as printed."""
    out: dict[int, tuple[PushProduct, ...]] = {}
    for cid, pushes in cultivation_products_for(uow, customer_ids, today).items():
        out[cid] = tuple(PushProduct(p.product.id or 0, p.product.name, STAGE_NAMES[p.stage],
                                     f"匹配度 {p.fit.score}" if p.fit else "") for p in pushes)
    return out


def handbook_leaflets(pushes: dict[int, tuple[PushProduct, ...]]) -> tuple[str, ...]:
    """The leaflets to bring for a day's shops (HandbookData.cultivation_leaflets): each pushed product once."""
    return tuple(dict.fromkeys(p.name for found in pushes.values() for p in found))
