"""Read queries of visits: a shop's supply per product, follow-up lists, visit history, one day's visits.

Each list is one query (plus a fixed few), never one per row; counts per visit come from grouped
subqueries joined once, not correlated per row (follow_ups has no visit_id index to walk).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from domain.model.visits import InventoryCount
from domain.visits.record_views import (
    CheckedVisit,
    CountedVisit,
    DayData,
    DayEntry,
    DayVisit,
    FollowUpItem,
    LastVisit,
    ProductLines,
    VisitFilter,
    VisitHistoryRow,
)
from persistence.tables.catalogue import ProductRow
from persistence.tables.customers import CustomerRow
from persistence.tables.sales import SalesLineRow
from persistence.tables.visits import (
    DayPlanRow,
    DayPlanStopRow,
    FollowUpRow,
    InventoryCountRow,
    VisitEntryRow,
    VisitPhotoRow,
    VisitRow,
)

# Entry kinds the day summary lists as problems and news heard.
DAY_ENTRY_KINDS = ("complaint", "opinion", "need", "market_info", "competitor_info")


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)


class SqlVisitQueries:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- preparation and the record form -----------------------------------------------------------

    def product_lines(self, customer_id: int, start: date, end: date) -> list[ProductLines]:
        return self.shops_product_lines([customer_id], start, end).get(customer_id, [])

    def last_done_visit(self, customer_id: int, before: date) -> LastVisit | None:
        row = self._s.execute(
            select(VisitRow.planned_on, VisitRow.visit_type, VisitRow.summary)
            .where(VisitRow.customer_id == customer_id, VisitRow.status == "done", VisitRow.planned_on < before)
            .order_by(VisitRow.planned_on.desc(), VisitRow.id.desc())
            .limit(1)
        ).first()
        return None if row is None else LastVisit(row[0], row[1], row[2])

    # --- many shops at once: the handbook of a day ---------------------------------------------------

    def shops_product_lines(self, customer_ids: Collection[int], start: date,
                            end: date) -> dict[int, list[ProductLines]]:
        """product_lines of each shop in `customer_ids`, in three queries for them all."""
        s, ids = self._s, list(customer_ids)
        lines: dict[tuple[int, int], list[tuple[date, int]]] = defaultdict(list)
        for cid, product_id, day, cartons in s.execute(
            select(SalesLineRow.customer_id, SalesLineRow.product_id, SalesLineRow.order_date,
                   func.sum(SalesLineRow.supplied_qty))
            .where(SalesLineRow.customer_id.in_(ids), SalesLineRow.order_date >= start,
                   SalesLineRow.order_date < end)
            .group_by(SalesLineRow.customer_id, SalesLineRow.product_id, SalesLineRow.order_date)
            .order_by(SalesLineRow.customer_id, SalesLineRow.product_id, SalesLineRow.order_date)
        ):
            lines[(cid, product_id)].append((day, int(cartons or 0)))
        if not lines:
            return {}
        pids = {pid for _, pid in lines}
        first = {(c, p): d for c, p, d in s.execute(
            select(SalesLineRow.customer_id, SalesLineRow.product_id, func.min(SalesLineRow.order_date))
            .where(SalesLineRow.customer_id.in_(ids), SalesLineRow.product_id.in_(pids))
            .group_by(SalesLineRow.customer_id, SalesLineRow.product_id)
        )}
        products = {row[0]: row for row in s.execute(
            select(ProductRow.id, ProductRow.code, ProductRow.name, ProductRow.price_class, ProductRow.is_new,
                   ProductRow.is_scarce)
            .where(ProductRow.id.in_(pids))
        )}
        out: dict[int, list[ProductLines]] = defaultdict(list)
        for (cid, pid), days in lines.items():
            _, code, name, cls, new, scarce = products[pid]
            out[cid].append(ProductLines(pid, code, name, int(cls), bool(new), bool(scarce), first.get((cid, pid)),
                                         tuple(days)))
        return dict(out)

    def _latest_visits(self, customer_ids: Collection[int], before: date, *conditions: Any,
                       columns: Sequence[Any] = ()) -> dict[int, tuple[Any, ...]]:
        """Per shop its latest done visit before `before` meeting `conditions`: (id, planned_on, *columns)."""
        ranked = (
            select(VisitRow.id, VisitRow.customer_id, VisitRow.planned_on, *columns,
                   func.row_number().over(partition_by=VisitRow.customer_id,
                                          order_by=(VisitRow.planned_on.desc(), VisitRow.id.desc())).label("n"))
            .where(VisitRow.customer_id.in_(list(customer_ids)), VisitRow.status == "done",
                   VisitRow.planned_on < before, *conditions)
            .subquery()
        )
        extra = [ranked.c[c.key] for c in columns]
        rows = self._s.execute(select(ranked.c.customer_id, ranked.c.id, ranked.c.planned_on, *extra)
                               .where(ranked.c.n == 1).order_by(ranked.c.customer_id))
        return {r[0]: tuple(r[1:]) for r in rows}

    def last_counts(self, customer_ids: Collection[int], before: date) -> dict[int, CountedVisit]:
        counted = select(InventoryCountRow.visit_id).where(InventoryCountRow.visit_id == VisitRow.id).exists()
        latest = self._latest_visits(customer_ids, before, counted)
        if not latest:
            return {}
        counts: dict[int, list[InventoryCount]] = defaultdict(list)
        for vid, pid, stock, suggested, ordered in self._s.execute(
            select(InventoryCountRow.visit_id, InventoryCountRow.product_id, InventoryCountRow.stock_qty,
                   InventoryCountRow.suggested_qty, InventoryCountRow.ordered_qty)
            .where(InventoryCountRow.visit_id.in_([v for v, _ in latest.values()]))
            .order_by(InventoryCountRow.visit_id, InventoryCountRow.product_id)
        ):
            counts[vid].append(InventoryCount(pid, stock, suggested, ordered))
        return {cid: CountedVisit(vid, on, tuple(counts[vid])) for cid, (vid, on) in latest.items()}

    def last_store_checks(self, customer_ids: Collection[int], before: date) -> dict[int, CheckedVisit]:
        latest = self._latest_visits(customer_ids, before, or_(VisitRow.price_labels_complete.is_not(None),
                                                               VisitRow.price_labels_missing > 0),
                                     columns=(VisitRow.price_labels_complete, VisitRow.price_labels_missing,
                                              VisitRow.store_note))
        if not latest:
            return {}
        ids = [v[0] for v in latest.values()]
        notes: dict[int, list[str]] = defaultdict(list)
        for vid, text in self._s.execute(
            select(VisitEntryRow.visit_id, VisitEntryRow.text)
            .where(VisitEntryRow.visit_id.in_(ids), VisitEntryRow.step == "store_check")
            .order_by(VisitEntryRow.visit_id, VisitEntryRow.sort_order, VisitEntryRow.id)
        ):
            notes[vid].append(text)
        out = {}
        for cid, (vid, on, complete, missing, note) in latest.items():
            texts = ([note] if note else []) + notes[vid]
            out[cid] = CheckedVisit(vid, on, None if complete is None else bool(complete), int(missing or 0),
                                    tuple(texts))
        return out

    # --- follow-ups ----------------------------------------------------------------------------------

    def _follow_up_select(self) -> Select[Any]:  # eleven columns: past select()'s typed overloads
        return (
            select(FollowUpRow.id, FollowUpRow.customer_id, CustomerRow.name, CustomerRow.route, FollowUpRow.text,
                   FollowUpRow.due_on, FollowUpRow.owner_note, FollowUpRow.status, FollowUpRow.visit_id,
                   VisitRow.planned_on, FollowUpRow.done_on)
            .join(CustomerRow, CustomerRow.id == FollowUpRow.customer_id)
            .outerjoin(VisitRow, VisitRow.id == FollowUpRow.visit_id)
            # by due date, undated last
            .order_by(FollowUpRow.due_on.is_(None), FollowUpRow.due_on, FollowUpRow.id)
        )

    def follow_up_items(self, customer_id: int | None = None, open_only: bool = True) -> list[FollowUpItem]:
        stmt = self._follow_up_select()
        if customer_id is not None:
            stmt = stmt.where(FollowUpRow.customer_id == customer_id)
        if open_only:
            stmt = stmt.where(FollowUpRow.status == "open")
        return [FollowUpItem(*row) for row in self._s.execute(stmt)]

    # --- history ---------------------------------------------------------------------------------

    def visit_history(self, flt: VisitFilter) -> list[VisitHistoryRow]:
        entries = (select(VisitEntryRow.visit_id, func.count().label("n"))
                   .group_by(VisitEntryRow.visit_id).subquery())
        follow_ups = (select(FollowUpRow.visit_id, func.count().label("n"))
                      .where(FollowUpRow.visit_id.is_not(None)).group_by(FollowUpRow.visit_id).subquery())
        photos = (select(VisitPhotoRow.visit_id, func.count().label("n"))
                  .group_by(VisitPhotoRow.visit_id).subquery())
        stmt = (
            select(VisitRow.id, VisitRow.planned_on, CustomerRow.id, CustomerRow.name, CustomerRow.license_no,
                   CustomerRow.route, VisitRow.visit_type, VisitRow.status, VisitRow.started_at, VisitRow.ended_at,
                   VisitRow.summary, func.coalesce(entries.c.n, 0), func.coalesce(follow_ups.c.n, 0),
                   func.coalesce(photos.c.n, 0), CustomerRow.search_pinyin, CustomerRow.search_initials)
            .join(CustomerRow, CustomerRow.id == VisitRow.customer_id)
            .outerjoin(entries, entries.c.visit_id == VisitRow.id)
            .outerjoin(follow_ups, follow_ups.c.visit_id == VisitRow.id)
            .outerjoin(photos, photos.c.visit_id == VisitRow.id)
            .order_by(VisitRow.planned_on.desc(), VisitRow.started_at.desc(), VisitRow.id.desc())
        )
        if flt.start is not None:
            stmt = stmt.where(VisitRow.planned_on >= flt.start)
        if flt.end is not None:
            stmt = stmt.where(VisitRow.planned_on <= flt.end)
        if flt.route is not None:
            stmt = stmt.where(CustomerRow.route == flt.route)
        if flt.visit_type is not None:
            stmt = stmt.where(VisitRow.visit_type == flt.visit_type.value)
        if flt.status is not None:
            stmt = stmt.where(VisitRow.status == flt.status.value)
        if flt.customer_id is not None:
            stmt = stmt.where(VisitRow.customer_id == flt.customer_id)
        return [
            VisitHistoryRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _utc(r[8]), _utc(r[9]), r[10],
                            int(r[11]), int(r[12]), int(r[13]), r[14], r[15])
            for r in self._s.execute(stmt)
        ]

    def routes(self) -> list[str]:
        return list(self._s.scalars(
            select(distinct(CustomerRow.route)).where(CustomerRow.route != "").order_by(CustomerRow.route)
        ))

    # --- one day -----------------------------------------------------------------------------------

    def day_data(self, day: date) -> DayData:
        s = self._s
        plan = s.execute(select(DayPlanRow.id, DayPlanRow.summary).where(DayPlanRow.plan_date == day)).first()
        plan_id = None if plan is None else int(plan[0])
        stop_position = (
            select(DayPlanStopRow.visit_id, func.min(DayPlanStopRow.position).label("position"))
            .join(DayPlanRow, and_(DayPlanRow.id == DayPlanStopRow.plan_id, DayPlanRow.plan_date == day))
            .where(DayPlanStopRow.visit_id.is_not(None))
            .group_by(DayPlanStopRow.visit_id).subquery()
        )
        # SUM skips NULL and is NULL when every count is: "nothing suggested", as the summary reads it
        counted = (
            select(InventoryCountRow.visit_id, func.sum(InventoryCountRow.suggested_qty).label("suggested"),
                   func.sum(InventoryCountRow.ordered_qty).label("agreed"))
            .join(VisitRow, VisitRow.id == InventoryCountRow.visit_id)
            .where(VisitRow.planned_on == day)
            .group_by(InventoryCountRow.visit_id).subquery()
        )
        visits = [
            DayVisit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7] or 0), r[8], r[9], r[10], r[11], r[12],
                     _utc(r[13]), _utc(r[14]), r[15], r[16], r[17])
            for r in s.execute(
                select(VisitRow.id, CustomerRow.id, CustomerRow.name, CustomerRow.route, VisitRow.status,
                       VisitRow.visit_type, VisitRow.summary, VisitRow.price_labels_missing,
                       VisitRow.price_labels_complete, VisitRow.license_shown, VisitRow.display_state,
                       VisitRow.tidiness, stop_position.c.position, VisitRow.started_at, VisitRow.ended_at,
                       VisitRow.next_visit_on, counted.c.suggested, counted.c.agreed)
                .join(CustomerRow, CustomerRow.id == VisitRow.customer_id)
                .outerjoin(stop_position, stop_position.c.visit_id == VisitRow.id)
                .outerjoin(counted, counted.c.visit_id == VisitRow.id)
                .where(VisitRow.planned_on == day)
                .order_by(stop_position.c.position.is_(None), stop_position.c.position, VisitRow.started_at,
                          VisitRow.id)
            )
        ]
        if plan_id is not None:  # stops planned without a visit row
            for customer_id, name, route, position in s.execute(
                select(CustomerRow.id, CustomerRow.name, CustomerRow.route, DayPlanStopRow.position)
                .join(CustomerRow, CustomerRow.id == DayPlanStopRow.customer_id)
                .where(DayPlanStopRow.plan_id == plan_id, DayPlanStopRow.visit_id.is_(None))
                .order_by(DayPlanStopRow.position)
            ):
                if not any(v.customer_id == customer_id for v in visits):
                    visits.append(DayVisit(None, customer_id, name, route, "planned", "in_person", "", 0, None,
                                           None, "", "", position))
        kind_order = case({k: n for n, k in enumerate(DAY_ENTRY_KINDS)}, value=VisitEntryRow.kind)
        entries = tuple(
            DayEntry(*r) for r in s.execute(
                select(VisitEntryRow.visit_id, CustomerRow.name, VisitEntryRow.kind, VisitEntryRow.text)
                .join(VisitRow, VisitRow.id == VisitEntryRow.visit_id)
                .join(CustomerRow, CustomerRow.id == VisitRow.customer_id)
                .where(VisitRow.planned_on == day, VisitRow.status == "done",
                       VisitEntryRow.kind.in_(DAY_ENTRY_KINDS))
                .order_by(kind_order, VisitRow.id, VisitEntryRow.sort_order)
            )
        )
        follow_ups = tuple(
            FollowUpItem(*row) for row in s.execute(self._follow_up_select().where(VisitRow.planned_on == day))
        )
        return DayData(day, plan_id, "" if plan is None else plan[1], tuple(visits), entries, follow_ups)
