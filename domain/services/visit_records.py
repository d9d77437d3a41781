"""Use cases of the visit record (拜访记录): prepare a visit, load the form, save it in one unit of work,
delete a visit with its photos.

Figures are anchored at the latest order data, not at today: orders are imported after the fact (a
month at a time, say), and "the last 8 weeks" before today would then count weeks with no data yet.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from domain.care.lunar import next_birthday
from domain.errors import DomainError, NotFound
from domain.forecast.model import HolidayCalendar
from domain.model.customers import Customer
from domain.model.visits import FollowUpStatus, VisitStatus
from domain.percentages import ratio_pct
from domain.ports import Attachments, UnitOfWork
from domain.profit import MarginBasis, PeriodFigures, ProductSales, period_figures
from domain.services.order_suggestions import order_suggestions
from domain.services.reminders import SHOP_WINDOW_DAYS, list_reminders
from domain.star_scoring import weakest_criteria
from domain.validation import ValidationFailed
from domain.visits.record import VisitPhoto, VisitRecord, record_of, validate_record
from domain.visits.record_views import (
    CareView,
    ClassShare,
    GridProduct,
    MainProduct,
    NewProduct,
    ProductChoice,
    ProductLines,
    VisitForm,
    VisitPreparation,
)
from domain.visits.suggested_order import WINDOW_WEEKS, cover_weeks_for, supply_history

PREPARATION_MONTHS = 3
MAIN_PRODUCTS = 5
NEW_LISTED_DAYS = 30
BIRTHDAY_AHEAD_DAYS = 7  # "this week": today and the six days after
WEAKEST = 3


class VisitOfAnotherCustomer(DomainError):
    def __init__(self) -> None:
        super().__init__("This visit belongs to another customer.")


@dataclass(frozen=True)
class SavedVisit:
    visit_id: int
    follow_ups_added: int
    photos_added: int


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months_ending(day: date, count: int) -> tuple[date, ...]:
    """The first days of the `count` months up to and including `day`'s, oldest first."""
    months = [day.replace(day=1)]
    while len(months) < count:
        months.insert(0, (months[0] - timedelta(days=1)).replace(day=1))
    return tuple(months)


def _pct(part: int, whole: int) -> Decimal | None:
    return ratio_pct(part, whole)  # exact: rounded once where shown


def _data_end(uow: UnitOfWork, today: date) -> date:
    """The last day the figures cover: the latest order date in the workspace, or today if later."""
    latest = uow.queries.latest_order_date()
    return min(today, latest) if latest else today


def birthday_within(customer: Customer, today: date, days: int = BIRTHDAY_AHEAD_DAYS) -> date | None:
    """The solar date of the owner's next birthday, solar or lunar, if it falls within `days` from today
    (a leap-month one in the ordinary month in other years, 29 February on the 28th: domain/care/lunar.py)."""
    b = customer.care.birthday
    if b is None:
        return None
    on = next_birthday(b, today).on
    return on if on < today + timedelta(days=days) else None


def _frequency(uow: UnitOfWork, customer: Customer) -> tuple[int | None, str]:
    segment = next((s for s in uow.segments.list() if s.id == customer.segment_id), None)
    every = customer.visit_every_days or (segment.visit_every_days if segment else None)
    return every, segment.name if segment else ""


def _figures(sales: list[ProductSales], start: date, margin_rate: Decimal,
             basis: MarginBasis) -> PeriodFigures | None:
    figures = period_figures(start, sales, margin_rate, basis)
    return figures if figures.cartons or figures.amount else None


def _prepare(
    uow: UnitOfWork, customer: Customer, planned_on: date, today: date
) -> tuple[VisitPreparation, list[ProductLines], date]:
    """The preparation, the products supplied in the figures' window, and that window's end (exclusive)."""
    assert customer.id is not None
    cid = customer.id
    end_day = _data_end(uow, today)
    window_end = end_day + timedelta(days=1)
    months = _months_ending(end_day, PREPARATION_MONTHS)
    start = months[0]
    settings = uow.settings.load()
    sales = uow.queries.customer_product_sales(cid, start, window_end)
    figures = _figures(sales, start, settings.default_margin_rate, settings.margin_basis)
    supply_start = min(start, window_end - timedelta(weeks=WINDOW_WEEKS))
    lines = uow.visit_queries.product_lines(cid, supply_start, window_end)
    in_months = [(p, sum(q for d, q in p.lines if d >= start)) for p in lines]
    total = sum(c for _, c in in_months)

    monthly: dict[date, int] = defaultdict(int)
    for p in lines:
        for d, q in p.lines:
            if d >= start:
                monthly[_month_start(d)] += q
    main = sorted((x for x in in_months if x[1] > 0), key=lambda x: (-x[1], x[0].code))[:MAIN_PRODUCTS]
    by_class: dict[int, int] = defaultdict(int)
    for s in sales:
        by_class[s.price_class] += s.cartons
    class_total = sum(by_class.values())

    listed_since = window_end - timedelta(days=NEW_LISTED_DAYS)
    new_listed = tuple(
        NewProduct(p.name, p.first_ordered_on)
        for p in sorted(lines, key=lambda p: (p.first_ordered_on or date.min, p.code), reverse=True)
        if p.first_ordered_on is not None and p.first_ordered_on >= listed_since
    )
    ordered_ids = {p.product_id for p, c in in_months if c > 0}
    new_not_listed = tuple(
        NewProduct(p.name, None)
        for p in uow.products.list() if p.is_new and not p.archived and p.id not in ordered_ids
    )

    evaluations = uow.evaluations.star_evaluations(cid)
    latest = max(evaluations, key=lambda e: (e.evaluated_on, e.id or 0)) if evaluations else None
    weakest = tuple(weakest_criteria(latest, uow.evaluations.criteria(), WEAKEST)) if latest else ()
    every, segment = _frequency(uow, customer)
    care = customer.care
    preparation = VisitPreparation(
        customer_id=cid,
        customer_name=customer.name,
        owner=customer.owner,
        license_no=customer.license_no,
        phone=customer.phone,
        address=customer.address,
        route=customer.route,
        segment=segment,
        star_level=customer.star_level,
        grade=customer.grade,
        integrity_grade=customer.integrity_grade,
        visit_every_days=every,
        months=months,
        figures=figures,
        monthly_cartons=tuple(monthly.get(m, 0) for m in months),
        main_products=tuple(MainProduct(p.name, p.price_class, c, _pct(c, total)) for p, c in main),
        class_structure=tuple(ClassShare(k, by_class.get(k, 0), _pct(by_class.get(k, 0), class_total))
                              for k in range(1, 6)),
        new_listed=new_listed,
        new_not_listed=new_not_listed,
        open_follow_ups=tuple(uow.visit_queries.follow_up_items(cid, open_only=True)),
        weakest=weakest,
        evaluated_on=latest.evaluated_on if latest else None,
        result_code=latest.result_code if latest else "",
        care=CareView(care.birthday, birthday_within(customer, today), care.hobbies, care.family_notes,
                      care.preferred_contact_time, care.preferred_channel),
        last_visit=uow.visit_queries.last_done_visit(cid, planned_on),
    )
    return preparation, lines, window_end


def _customer(uow: UnitOfWork, customer_id: int) -> Customer:
    customer = uow.customers.get(customer_id)
    if customer is None:
        raise NotFound("Customer", customer_id)
    return customer


def visit_preparation(uow: UnitOfWork, customer_id: int, today: date) -> VisitPreparation:
    """拜访准备 for a visit today: figures of the last three months with data, main products, class
    structure, new products, open follow-ups, weakest star criteria, care notes, and the shop's care
    reminders of the coming two weeks."""
    coming = tuple(list_reminders(uow, today, SHOP_WINDOW_DAYS, customer_id=customer_id))
    with uow:
        return replace(_prepare(uow, _customer(uow, customer_id), today, today)[0], reminders=coming)


def load_visit_form(
    uow: UnitOfWork, customer_id: int, planned_on: date, visit_id: int | None, today: date,
    calendar: HolidayCalendar | None = None, *, with_demands: bool = True,
) -> VisitForm:
    """The form's data: the stored visit (the given one, or a visit planned for that customer and day)
    or a new record, the preparation, and the products for the count and the suggested order: the
    next order cycle's demand from the forecast of the visit's month (as the handbook prints it), the
    8-week supply where there is no forecast. `with_demands=False` leaves the forecast out (it runs the
    territory's): a stored record printed needs only what was recorded."""
    with uow:
        customer = _customer(uow, customer_id)
        visit = uow.visits.get(visit_id) if visit_id is not None else uow.visits.find_planned(customer_id, planned_on)
        if visit_id is not None and visit is None:
            raise NotFound("Visit", visit_id)
        if visit is not None and visit.customer_id != customer_id:
            raise VisitOfAnotherCustomer()
        day = visit.planned_on if visit is not None else planned_on
        preparation, lines, window_end = _prepare(uow, customer, day, today)
        every = preparation.visit_every_days
        if visit is not None:
            assert visit.id is not None
            record = record_of(visit, uow.visits.follow_ups_of(visit.id), uow.visits.photos(visit.id))
            status = visit.status
        else:
            record, status = VisitRecord(customer_id, planned_on), VisitStatus.PLANNED
        if record.next_visit_on is None and status is VisitStatus.PLANNED and every:
            record.next_visit_on = day + timedelta(days=every)
        window_start = window_end - timedelta(weeks=WINDOW_WEEKS)
        usual = []
        for p in lines:
            history = supply_history(p.product_id, p.lines, window_end, scarce=p.is_scarce)
            if history.supplied > 0:
                choice = ProductChoice(p.product_id, p.code, p.name, p.price_class, p.is_new, p.is_scarce)
                usual.append(GridProduct(choice, history))
        usual.sort(key=lambda g: (-g.history.supplied, g.product.code))
        products = tuple(
            ProductChoice(p.id, p.code, p.name, int(p.price_class), p.is_new, p.is_scarce)
            for p in uow.products.list() if not p.archived and p.id is not None
        )
    demands = order_suggestions(uow, [customer_id], day, calendar).demands(customer_id) if with_demands else {}
    return VisitForm(preparation, record, status, tuple(usual), products, cover_weeks_for(every),
                     (window_start, window_end), demands)


def save_visit_record(uow: UnitOfWork, record: VisitRecord, attachments: Attachments) -> SavedVisit:
    """Write the visit (done), its entries, counts, photos and follow-ups together, or nothing.

    An existing visit (record.visit_id, or a visit planned for that customer and day) is updated: that
    is how a day plan's stop becomes done. New photos are copied beside the database first and
    removed again if the unit of work fails; photos taken out of the record are deleted after commit.
    """
    errors = validate_record(record)
    if errors:
        raise ValidationFailed(errors)
    copied: list[str] = []
    removed: list[str] = []
    try:
        with uow:
            _customer(uow, record.customer_id)
            visit = record.to_visit()
            if visit.id is None:
                planned = uow.visits.find_planned(record.customer_id, record.planned_on)
                visit.id = planned.id if planned is not None else None
            if visit.id is not None:
                stored = uow.visits.get(visit.id)
                if stored is None:
                    raise NotFound("Visit", visit.id)
                if stored.customer_id != record.customer_id:
                    raise VisitOfAnotherCustomer()
                uow.visits.update(visit)
            else:
                uow.visits.add(visit)
            assert visit.id is not None
            uow.visits.link_plan_stop(visit.planned_on, visit.customer_id, visit.id)

            stored_photos = {p.stored_name: p for p in uow.visits.photos(visit.id)}
            kept = {p.stored_name: p for p in record.photos if p.stored_name in stored_photos}
            for name, old in stored_photos.items():
                if name not in kept:
                    uow.visits.delete_photo(name)
                    removed.append(name)
                elif kept[name].caption != old.caption:
                    uow.visits.delete_photo(name)
                    uow.visits.add_photo(replace(old, caption=kept[name].caption, id=None))
            added_photos = 0
            for p in record.photos:
                if p.stored_name is None and p.source:
                    name = attachments.store(Path(p.source))
                    copied.append(name)
                    uow.visits.add_photo(VisitPhoto(visit.id, name, p.original_name, p.caption))
                    added_photos += 1

            existing = {f.id: f for f in uow.visits.follow_ups_of(visit.id)}
            wanted = record.follow_ups(visit.id)
            keep = {e.follow_up_id for e in record.entries if e.follow_up and e.follow_up_done}
            added = 0
            for f in wanted:
                old_f = existing.get(f.id) if f.id is not None else None
                if old_f is not None:
                    uow.visits.update_follow_up(replace(old_f, text=f.text, due_on=f.due_on, owner_note=f.owner_note))
                    keep.add(old_f.id)
                else:
                    uow.visits.add_follow_up(replace(f, id=None))
                    added += 1
            for fid, f in existing.items():
                if fid is not None and fid not in keep and f.status is FollowUpStatus.OPEN:
                    uow.visits.delete_follow_up(fid)  # the entry is no longer a follow-up
            uow.commit()
    except BaseException:
        for name in copied:
            attachments.remove(name)
        raise
    for name in removed:
        attachments.remove(name)
    return SavedVisit(visit.id, added, added_photos)


def delete_visit(uow: UnitOfWork, visit_id: int, attachments: Attachments) -> int:
    """Delete a visit with its entries, counts and photos (their files too, after commit); its follow-ups
    stay, without the link. Returns the number of photo files removed."""
    with uow:
        if uow.visits.get(visit_id) is None:
            raise NotFound("Visit", visit_id)
        names = [p.stored_name for p in uow.visits.photos(visit_id)]
        uow.visits.delete(visit_id)
        uow.commit()
    for name in names:
        attachments.remove(name)
    return len(names)
