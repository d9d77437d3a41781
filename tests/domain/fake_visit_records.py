"""In-memory visit records and their queries for FakeUnitOfWork (tests/domain/fakes.py).

Visits live under "visits" (with their entries and counts inline), follow-ups under "follow_ups",
photos under "visit_photos", day plans under "day_plans", all in the same FakeStore. The SQL versions
are tested against real files in tests/persistence/test_visit_records_sql.py.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date
from typing import Any

from domain.model.visits import DayPlan, FollowUp, Visit, VisitEntry, VisitStatus, VisitStep
from domain.visits.record import VisitPhoto
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
from domain.visits.summary_rules import order_totals

DAY_ENTRY_KINDS = ("complaint", "opinion", "need", "market_info", "competitor_info")


class FakeVisitRecordMethods:
    """The visit record half of FakeVisitRepository."""

    _store: Any

    def _visits(self) -> dict[int, Visit]:
        return self._store.table("visits")  # type: ignore[no-any-return]

    def get(self, visit_id: int) -> Visit | None:
        visit = copy.deepcopy(self._visits().get(visit_id))
        if visit is not None:  # entries get ids as stored rows do
            visit.entries = [replace(e, id=n + 1) for n, e in enumerate(visit.entries)]
        return visit

    def find_planned(self, customer_id: int, planned_on: date) -> Visit | None:
        ids = sorted(i for i, v in self._visits().items()
                     if v.customer_id == customer_id and v.planned_on == planned_on and v.status is VisitStatus.PLANNED)
        return self.get(ids[0]) if ids else None

    def update(self, visit: Visit) -> None:
        assert visit.id in self._visits(), f"no visit {visit.id}"
        stored = copy.deepcopy(visit)
        stored.entries = [VisitEntry(e.step, e.kind, e.text) for e in stored.entries]
        self._visits()[visit.id] = stored  # type: ignore[index]

    def delete(self, visit_id: int) -> None:
        self._visits().pop(visit_id, None)
        photos = self._store.table("visit_photos")
        for pid in [pid for pid, p in photos.items() if p.visit_id == visit_id]:
            del photos[pid]
        for f in self._store.table("follow_ups").values():
            if f.visit_id == visit_id:
                f.visit_id = None
        for plan in self._store.table("day_plans").values():
            plan.stops = [replace(s, visit_id=None) if s.visit_id == visit_id else s for s in plan.stops]

    def link_plan_stop(self, plan_date: date, customer_id: int, visit_id: int) -> None:
        for plan in self._store.table("day_plans").values():
            if plan.plan_date == plan_date:
                plan.stops = [replace(s, visit_id=visit_id) if s.customer_id == customer_id and s.visit_id is None
                              else s for s in plan.stops]

    def photos(self, visit_id: int) -> list[VisitPhoto]:
        return sorted((p for p in self._store.table("visit_photos").values() if p.visit_id == visit_id),
                      key=lambda p: p.id)

    def add_photo(self, photo: VisitPhoto) -> int:
        photos = self._store.table("visit_photos")
        assert all(p.stored_name != photo.stored_name for p in photos.values()), "stored_name is unique"
        new_id = self._store.last_id.get("visit_photos", 0) + 1
        self._store.last_id["visit_photos"] = new_id
        photos[new_id] = replace(photo, id=new_id)
        return new_id

    def delete_photo(self, stored_name: str) -> None:
        photos = self._store.table("visit_photos")
        for pid in [pid for pid, p in photos.items() if p.stored_name == stored_name]:
            del photos[pid]

    def follow_ups_of(self, visit_id: int) -> list[FollowUp]:
        return sorted((f for f in self._store.rows("follow_ups") if f.visit_id == visit_id), key=lambda f: f.id)

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        return copy.deepcopy(self._store.table("follow_ups").get(follow_up_id))

    def update_follow_up(self, follow_up: FollowUp) -> None:
        assert follow_up.id in self._store.table("follow_ups"), f"no follow-up {follow_up.id}"
        self._store.table("follow_ups")[follow_up.id] = copy.deepcopy(follow_up)

    def delete_follow_up(self, follow_up_id: int) -> None:
        self._store.table("follow_ups").pop(follow_up_id, None)

    def set_day_summary(self, plan_date: date, summary: str) -> int:
        for plan in self._store.table("day_plans").values():
            if plan.plan_date == plan_date:
                plan.summary = summary
                return plan.id  # type: ignore[no-any-return]
        return self._store.add("day_plans", DayPlan(plan_date, summary=summary))  # type: ignore[no-any-return]


class FakeVisitQueries:
    def __init__(self, store: Any) -> None:
        self._store = store

    def _customer(self, customer_id: int) -> Any:
        return self._store.table("customers")[customer_id]

    def product_lines(self, customer_id: int, start: date, end: date) -> list[ProductLines]:
        lines: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        first: dict[int, date] = {}
        for ln in self._store.sales_lines:
            if ln.customer_id != customer_id:
                continue
            first[ln.product_id] = min(first.get(ln.product_id, ln.order_date), ln.order_date)
            if start <= ln.order_date < end:
                lines[ln.product_id][ln.order_date] += ln.supplied_qty
        products = self._store.table("products")
        return [
            ProductLines(pid, products[pid].code, products[pid].name, int(products[pid].price_class),
                         products[pid].is_new, products[pid].is_scarce, first.get(pid), tuple(sorted(days.items())))
            for pid, days in sorted(lines.items())
        ]

    def _item(self, f: FollowUp) -> FollowUpItem:
        c = self._customer(f.customer_id)
        visit = self._store.table("visits").get(f.visit_id) if f.visit_id else None
        return FollowUpItem(f.id, f.customer_id, c.name, c.route, f.text, f.due_on, f.owner_note, f.status.value,
                            f.visit_id, visit.planned_on if visit else None, f.done_on)

    @staticmethod
    def _order(item: FollowUpItem) -> tuple[bool, date, int]:
        return (item.due_on is None, item.due_on or date.min, item.id)

    def follow_up_items(self, customer_id: int | None = None, open_only: bool = True) -> list[FollowUpItem]:
        items = [
            self._item(f) for f in self._store.rows("follow_ups")
            if (customer_id is None or f.customer_id == customer_id) and (not open_only or f.status.value == "open")
        ]
        return sorted(items, key=self._order)

    def last_done_visit(self, customer_id: int, before: date) -> LastVisit | None:
        done = [v for v in self._store.rows("visits")
                if v.customer_id == customer_id and v.status is VisitStatus.DONE and v.planned_on < before]
        if not done:
            return None
        v = max(done, key=lambda v: (v.planned_on, v.id))
        return LastVisit(v.planned_on, v.visit_type.value, v.summary)

    def shops_product_lines(self, customer_ids: Collection[int], start: date,
                            end: date) -> dict[int, list[ProductLines]]:
        out = {cid: self.product_lines(cid, start, end) for cid in customer_ids}
        return {cid: lines for cid, lines in out.items() if lines}

    def _latest_done(self, customer_id: int, before: date, keep: Callable[[Visit], bool]) -> Visit | None:
        done = [v for v in self._store.rows("visits") if v.customer_id == customer_id
                and v.status is VisitStatus.DONE and v.planned_on < before and keep(v)]
        return max(done, key=lambda v: (v.planned_on, v.id)) if done else None

    def last_counts(self, customer_ids: Collection[int], before: date) -> dict[int, CountedVisit]:
        out = {}
        for cid in customer_ids:
            v = self._latest_done(cid, before, lambda v: bool(v.inventory))
            if v is not None:
                out[cid] = CountedVisit(v.id, v.planned_on, tuple(sorted(v.inventory, key=lambda c: c.product_id)))
        return out

    def last_store_checks(self, customer_ids: Collection[int], before: date) -> dict[int, CheckedVisit]:
        out = {}
        for cid in customer_ids:
            v = self._latest_done(cid, before, lambda v: v.store_check.price_labels_complete is not None
                                  or v.store_check.price_labels_missing > 0)
            if v is not None:
                notes = ([v.store_check.note] if v.store_check.note else []) + [
                    e.text for e in v.entries if e.step is VisitStep.STORE_CHECK]
                out[cid] = CheckedVisit(v.id, v.planned_on, v.store_check.price_labels_complete,
                                        v.store_check.price_labels_missing, tuple(notes))
        return out

    def visit_history(self, flt: VisitFilter) -> list[VisitHistoryRow]:
        rows = []
        follow_ups = self._store.rows("follow_ups")
        photos = self._store.rows("visit_photos")
        for v in self._store.rows("visits"):
            c = self._customer(v.customer_id)
            if flt.start and v.planned_on < flt.start or flt.end and v.planned_on > flt.end:
                continue
            if flt.route is not None and c.route != flt.route:
                continue
            if flt.visit_type is not None and v.visit_type != flt.visit_type:
                continue
            if flt.status is not None and v.status != flt.status:
                continue
            if flt.customer_id is not None and v.customer_id != flt.customer_id:
                continue
            rows.append(VisitHistoryRow(
                v.id, v.planned_on, c.id, c.name, c.license_no, c.route, v.visit_type.value, v.status.value,
                v.started_at, v.ended_at, v.summary, len(v.entries),
                sum(f.visit_id == v.id for f in follow_ups), sum(p.visit_id == v.id for p in photos),
            ))
        rows.sort(key=lambda r: (r.planned_on, r.visit_id), reverse=True)
        return rows

    def routes(self) -> list[str]:
        return sorted({c.route for c in self._store.rows("customers") if c.route})

    def day_data(self, day: date) -> DayData:
        plan = next((p for p in self._store.rows("day_plans") if p.plan_date == day), None)
        positions = {s.visit_id: s.position for s in plan.stops if s.visit_id} if plan else {}
        visits = sorted((v for v in self._store.rows("visits") if v.planned_on == day),
                        key=lambda v: (v.id not in positions, positions.get(v.id, 0), v.id))
        day_visits = []
        for v in visits:
            c, sc = self._customer(v.customer_id), v.store_check
            suggested, agreed = order_totals((n.suggested_qty, n.ordered_qty) for n in v.inventory)
            day_visits.append(DayVisit(v.id, c.id, c.name, c.route, v.status.value, v.visit_type.value, v.summary,
                                       sc.price_labels_missing, sc.price_labels_complete, sc.license_shown,
                                       sc.display_state, sc.tidiness, positions.get(v.id), v.started_at, v.ended_at,
                                       v.next_visit_on, suggested, agreed))
        for s in (plan.stops if plan else []):
            if s.visit_id is None and not any(d.customer_id == s.customer_id for d in day_visits):
                c = self._customer(s.customer_id)
                day_visits.append(DayVisit(None, c.id, c.name, c.route, "planned", "in_person", "", 0, None, None,
                                           "", "", s.position))
        entries = sorted(
            (DayEntry(v.id, self._customer(v.customer_id).name, e.kind.value, e.text)
             for v in visits if v.status is VisitStatus.DONE for e in v.entries if e.kind.value in DAY_ENTRY_KINDS),
            key=lambda e: DAY_ENTRY_KINDS.index(e.kind),
        )
        ids = {v.id for v in visits}
        follow_ups = tuple(sorted((self._item(f) for f in self._store.rows("follow_ups") if f.visit_id in ids),
                                  key=self._order))
        return DayData(day, plan.id if plan else None, plan.summary if plan else "", tuple(day_visits),
                       tuple(entries), follow_ups)


class FakeAttachments:
    """Implements domain.ports.Attachments in memory: `files` maps stored names to the source they
    were copied from; `fail_on` makes the n-th store() raise (1-based)."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.files: dict[str, str] = {}
        self.removed: list[str] = []
        self._stored = 0
        self._fail_on = fail_on

    def store(self, source: Any) -> str:
        self._stored += 1
        if self._fail_on == self._stored:
            raise OSError(f"cannot copy {source}")
        name = f"{self._stored:032x}.jpg"
        self.files[name] = str(source)
        return name

    def remove(self, stored_name: str) -> None:
        self.files.pop(stored_name, None)
        self.removed.append(stored_name)

    def path(self, stored_name: str) -> Any:
        from pathlib import Path

        return Path("/attachments") / stored_name


class FakeDraftStore:
    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def save(self, key: str, text: str) -> None:
        self.texts[key] = text

    def load(self, key: str) -> str | None:
        return self.texts.get(key)

    def delete(self, key: str) -> None:
        self.texts.pop(key, None)
