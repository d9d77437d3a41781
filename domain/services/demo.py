"""Build the demo territory into an empty workspace, all or nothing."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

from domain.care.reminders import FamilyBirthday
from domain.cultivation.model import TargetShop
from domain.demo.generator import DemoSpec, DemoTerritory, generate
from domain.demo.salons import with_ids
from domain.demo.segments import PROFILES
from domain.errors import DomainError
from domain.model.customers import Segment
from domain.model.sales import ImportBatch, ImportKind, SalesLine
from domain.model.visits import DayPlan, FollowUp, FollowUpStatus, InventoryCount, PlanStop
from domain.ports import UnitOfWork
from domain.salons.rules import follow_up_due, follow_up_text, needs_follow_up
from domain.services.tiers import apply_recompute

Progress = Callable[[int, int], bool]
CUSTOMER_CHUNK = 500
PROGRESS_STEPS = 100  # callbacks per sales pass: often enough for a progress bar, cheap enough
ACTIVITY_STEPS = 10
RECOMPUTED_MONTHS = 24  # two years of grade and tier history, so that movements exist


class Cancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("The demo build was cancelled; nothing was written.")


class WorkspaceNotEmpty(DomainError):
    def __init__(self) -> None:
        super().__init__(
            "The demo territory can only be built into an empty workspace; "
            "this one already has customers or products."
        )


class SegmentsMissing(DomainError):
    def __init__(self) -> None:
        super().__init__(
            "The workspace has no segments yet; set up the default schemes before building the demo."
        )


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    products: int
    sales_lines: int
    visits: int
    reminders: int
    events: int
    invitations: int
    follow_ups: int = 0
    day_plans: int = 0
    star_evaluations: int = 0
    recomputed_months: int = 0


class _Tracker:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self.total, self.done = progress, total, 0

    def advance_past_cancel(self, n: int = 1) -> None:
        """After the commit there is nothing left to roll back: progress is still said, a cancel is not heard."""
        self.done = min(self.total, self.done + n)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def advance(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        # Only an explicit False cancels: a callback that returns nothing means "carry on".
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise Cancelled()


def segment_ids(segments: Sequence[Segment]) -> dict[str, int]:
    """The demo's segment names → ids; renamed defaults are matched by their order."""
    by_name = {s.name: s.id for s in segments if s.id is not None}
    if all(p.name in by_name for p in PROFILES):
        return {p.name: by_name[p.name] for p in PROFILES}
    ordered = sorted(segments, key=lambda s: (s.sort_order, s.id or 0))
    ids = [s.id for s in ordered if s.id is not None]
    if len(ids) < len(PROFILES):
        raise SegmentsMissing()
    return {p.name: i for p, i in zip(PROFILES, ids)}


def build_demo(uow: UnitOfWork, spec: DemoSpec, progress: Progress | None = None, *,
               imported_at: datetime | None = None) -> DemoSummary:
    """Generate the territory of `spec` and write it in one transaction.

    `progress(done, total)` is called as the work advances; returning False cancels and rolls
    everything back (Cancelled is raised). `imported_at` stamps the sales batch (UTC); the domain
    reads no clock, so it defaults to midnight UTC of `spec.today`.
    """
    territory = generate(spec)
    n = len(territory.shops)
    tracker = _Tracker(progress, total=2 * n + ACTIVITY_STEPS + RECOMPUTED_MONTHS)
    with uow:
        if uow.customers.count() or uow.products.list():
            raise WorkspaceNotEmpty()
        segments = segment_ids(uow.segments.list())
        tracker.advance(0)
        customer_ids: list[int] = []
        for start in range(0, n, CUSTOMER_CHUNK):
            chunk = territory.shops[start:start + CUSTOMER_CHUNK]
            customer_ids += uow.customers.add_many(
                [replace(s.customer, segment_id=segments[s.segment]) for s in chunk]
            )
            tracker.advance(len(chunk))
        product_ids = uow.products.add_many([replace(p) for p in territory.products])
        stamp = imported_at or datetime.combine(spec.today, time(), tzinfo=UTC)
        batch_id = uow.sales.add_batch(ImportBatch(
            kind=ImportKind.DEMO,
            source_name="演示数据",  # shown to the user; the seed is kept in the summary
            imported_at=stamp,
            summary={"seed": spec.seed, "customers": spec.customers, "months": spec.months,
                     "today": spec.today.isoformat()},
        ))
        lines = uow.sales.add_lines(_tracked_lines(territory, customer_ids, product_ids, batch_id, tracker))
        lines += uow.sales.add_lines(replace(ln, customer_id=customer_ids[ln.customer_id],
                                             product_id=product_ids[ln.product_id], batch_id=batch_id)
                                     for ln in territory.cultivation.lines)
        uow.sales.set_batch_row_count(batch_id, lines)
        summary = _write_activities(uow, territory, customer_ids, product_ids, tracker)
        settings = uow.settings.load()
        # Keep a name the user already gave; a fresh workspace gets the demo manager's.
        settings.owner_name = settings.owner_name or territory.owner_name
        settings.unit_name = settings.unit_name or territory.unit_name
        uow.settings.save(settings)
        tracker.advance(tracker.total - RECOMPUTED_MONTHS - tracker.done)  # the last chance to cancel
        uow.commit()
    recomputed = _recompute_history(uow, stamp, tracker)
    tracker.advance_past_cancel(tracker.total)
    return replace(summary, customers=n, products=len(product_ids), sales_lines=lines, recomputed_months=recomputed)


def _recompute_history(uow: UnitOfWork, stamp: datetime, tracker: _Tracker) -> int:
    """Grades and value tiers as the manager would have recomputed them each month, oldest first, with
    the workspace's schemes: the history has real movements, and every figure traces to the orders.
    Each month is its own batch (so the latest can be undone, as after a real recompute)."""
    with uow:
        months = uow.tier_queries.order_months()[-RECOMPUTED_MONTHS:]
    for month in months:
        apply_recompute(uow, month, stamp)
        tracker.advance_past_cancel(1)
    return len(months)


def _tracked_lines(territory: DemoTerritory, customer_ids: list[int], product_ids: list[int],
                   batch_id: int, tracker: _Tracker) -> Iterator[SalesLine]:
    n = len(territory.shops)
    step = max(1, n // PROGRESS_STEPS)
    for start in range(0, n, step):
        for index in range(start, min(n, start + step)):
            yield from territory.sales_lines_of(index, customer_ids, product_ids, batch_id)
        tracker.advance(min(step, n - start))


def _write_activities(uow: UnitOfWork, t: DemoTerritory, cids: list[int], pids: list[int],
                      tracker: _Tracker) -> DemoSummary:
    """Write what refers to shops, products, visits and events by position, with their stored ids."""
    counted: dict[int, list[InventoryCount]] = {}
    for pos, count in t.cultivation.counts:
        counted.setdefault(pos, []).append(count)
    visit_ids = [
        uow.visits.add(replace(
            v, customer_id=cids[v.customer_id],
            inventory=[replace(c, product_id=pids[c.product_id]) for c in [*v.inventory, *counted.get(pos, ())]],
        ))
        for pos, v in enumerate(t.visits.visits)
    ]
    tracker.advance(2)
    for plan in t.visits.day_plans:
        stops = [
            PlanStop(cids[s.customer_id], s.position, None if s.visit_id is None else visit_ids[s.visit_id])
            for s in plan.stops
        ]
        uow.visits.add_day_plan(DayPlan(plan.plan_date, stops, plan.route, plan.note, plan.summary))
    for f in t.visits.follow_ups:
        uow.visits.add_follow_up(replace(f, customer_id=cids[f.customer_id],
                                         visit_id=None if f.visit_id is None else visit_ids[f.visit_id]))
    tracker.advance(2)
    for r in t.care.reminders:
        uow.care.add_reminder(replace(r, customer_id=None if r.customer_id is None else cids[r.customer_id]))
    family: dict[int, list[FamilyBirthday]] = {}
    for i, birthday in t.care.family:
        family.setdefault(cids[i], []).append(birthday)
    for cid, birthdays in family.items():
        uow.care.set_family_birthdays(cid, birthdays)
    event_ids = [uow.salons.add_event(replace(e, product_ids=tuple(pids[p] for p in e.product_ids)))
                 for e in t.salons.events]
    invitations = with_ids(t.salons, event_ids, cids)
    salon_follow_ups = 0
    for pos, inv in enumerate(invitations):
        if needs_follow_up(inv):
            salon_follow_ups += 1  # as record_attendance would have created it; some done since
            event = t.salons.events[t.salons.invitations[pos].event_id]
            done = pos in t.salons.follow_ups_done
            inv = replace(inv, follow_up_id=uow.visits.add_follow_up(FollowUp(
                inv.customer_id, follow_up_text(event, inv), follow_up_due(event),
                status=FollowUpStatus.DONE if done else FollowUpStatus.OPEN,
                done_on=follow_up_due(event) if done else None)))
        uow.salons.add_invitation(inv)
    tracker.advance(2)
    for cultivation, targets in zip(t.cultivation.plans, t.cultivation.targets, strict=True):
        plan_id = uow.cultivation.add_plan(replace(cultivation, product_id=pids[cultivation.product_id]))
        uow.cultivation.set_targets(plan_id, [TargetShop(plan_id, cids[i], cultivation.started_on, hand)
                                              for i, hand in targets])
    ev = t.evaluations
    for e in ev.star_evaluations:
        uow.evaluations.add_star_evaluation(
            replace(e, customer_id=cids[e.customer_id], scores=dict(e.scores))
        )
    for w in ev.swots:
        uow.evaluations.add_swot(replace(w, customer_id=cids[w.customer_id]))
    for p in ev.plans:
        uow.evaluations.add_plan(replace(p, customer_id=cids[p.customer_id]))
    tracker.advance(2)
    return DemoSummary(
        customers=0, products=0, sales_lines=0,
        visits=len(visit_ids),
        reminders=len(t.care.reminders),
        events=len(event_ids),
        invitations=len(t.salons.invitations),
        follow_ups=len(t.visits.follow_ups) + salon_follow_ups,
        day_plans=len(t.visits.day_plans),
        star_evaluations=len(ev.star_evaluations),
    )
