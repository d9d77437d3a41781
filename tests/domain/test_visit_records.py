"""Visit preparation, the record form's data, saving a record, follow-ups, history and the day summary,
over the fake unit of work with figures worked out by hand."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from domain.errors import NotFound
from domain.model.customers import Birthday, BirthdayCalendar, CareNotes, Customer
from domain.model.products import Product
from domain.model.visits import (
    DayPlan,
    EntryKind,
    InventoryCount,
    PlanStop,
    StoreCheck,
    Visit,
    VisitStatus,
    VisitStep,
    VisitType,
)
from domain.percentages import rounded_pct
from domain.services.follow_ups import list_follow_ups, mark_follow_up_done, reopen_follow_up
from domain.services.visit_history import day_summary, save_day_summary, visit_history
from domain.services.visit_records import (
    birthday_within,
    delete_visit,
    load_visit_form,
    save_visit_record,
    visit_preparation,
)
from domain.validation import ValidationFailed
from domain.visits.drafts import DraftUnreadable, draft_key, dump_draft, load_draft
from domain.visits.record import RecordEntry, RecordPhoto, VisitRecord, is_blank
from domain.visits.record_views import VisitFilter
from domain.visits.suggested_order import Basis, suggest
from tests.domain.fake_visit_records import FakeAttachments
from tests.domain.fakes import FakeUnitOfWork
from tests.visit_data import TODAY, build_shop


@pytest.fixture
def shop() -> tuple[FakeUnitOfWork, int, dict[str, Product]]:
    """tests/visit_data.py's shop: its docstring has the figures by hand."""
    uow = FakeUnitOfWork()
    cid, products = build_shop(uow)
    return uow, cid, products


# --- preparation ---------------------------------------------------------------------------------


def test_preparation_figures_worked_by_hand(shop) -> None:
    uow, cid, _ = shop
    prep = visit_preparation(uow, cid, TODAY)
    # the latest orders are of 30 Oct: the three months are Aug–Oct, not Sep–Nov
    assert prep.months == (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))
    f = prep.figures
    assert f is not None
    assert (f.cartons, f.amount) == (84, Decimal("8790.00"))
    # A 26 × (230 − 200) = 780; B 2,600 × 8% = 208; D 3 × 20 = 60; E 3 × 50 = 150
    assert f.gross_profit == Decimal("1198.00")
    assert f.class_1_2_cartons == 32
    assert prep.monthly_cartons == (24, 25, 35)
    assert [(m.name, m.cartons) for m in prep.main_products] == [
        ("红河(硬)", 52), ("云烟(软珍品)", 26), ("新品乙", 3), ("紧俏丙", 3)]
    assert rounded_pct(prep.main_products[0].share_pct) == Decimal("61.9")
    assert [(c.price_class, c.cartons) for c in prep.class_structure] == [(1, 29), (2, 3), (3, 52), (4, 0), (5, 0)]
    assert [(n.name, n.first_ordered_on) for n in prep.new_listed] == [("新品乙", date(2026, 10, 16))]
    assert [n.name for n in prep.new_not_listed] == ["新品甲"]
    assert [f.text for f in prep.open_follow_ups] == ["送新品宣传资料"]
    assert prep.open_follow_ups[0].overdue(TODAY)
    assert [w.code for w in prep.weakest] == ["price_labels", "display"]
    assert prep.result_code == "5A8" and prep.evaluated_on == date(2026, 10, 15)
    assert prep.care.birthday_on == date(2026, 11, 30) and prep.care.hobbies == "看《读者》"
    assert (prep.visit_every_days, prep.segment) == (7, "乡镇主街")
    assert prep.last_visit is None


def test_preparation_without_orders_or_evaluation(shop) -> None:
    uow, _, _ = shop
    prep = visit_preparation(uow, 2, TODAY)
    assert prep.figures is None and prep.main_products == () and prep.weakest == ()
    assert [n.name for n in prep.new_not_listed] == ["新品甲", "新品乙"]
    assert all(c.share_pct is None for c in prep.class_structure)


def test_preparation_of_an_unknown_customer() -> None:
    with pytest.raises(NotFound):
        visit_preparation(FakeUnitOfWork(), 99, TODAY)


@pytest.mark.parametrize(("birthday", "expected"), [
    (Birthday(11, 27), date(2026, 11, 27)),
    (Birthday(12, 3), date(2026, 12, 3)),
    (Birthday(12, 4), None),
    (Birthday(11, 26), None),
    (Birthday(8, 15, BirthdayCalendar.LUNAR), None),  # 农历八月十五 of 2026 is 2026-09-25
    (Birthday(10, 22, BirthdayCalendar.LUNAR), date(2026, 11, 30)),  # 农历十月廿二 of 2026
])
def test_birthday_this_week(birthday: Birthday, expected: date | None) -> None:
    assert birthday_within(Customer("1", "x", care=CareNotes(birthday)), TODAY) == expected


def test_birthday_across_the_new_year_and_on_29_february() -> None:
    assert birthday_within(Customer("1", "x", care=CareNotes(Birthday(1, 2))), date(2026, 12, 30)) == date(2027, 1, 2)
    assert birthday_within(Customer("1", "x", care=CareNotes(Birthday(2, 29))), date(2027, 2, 25)) == date(2027, 2, 28)


# --- the form's data --------------------------------------------------------------------------------


def test_form_offers_the_usual_products_with_their_supply(shop) -> None:
    uow, cid, products = shop
    form = load_visit_form(uow, cid, TODAY, None, TODAY)
    assert form.window == (date(2026, 9, 5), date(2026, 10, 31))  # 8 weeks to the latest orders (30 Oct)
    assert form.cover_weeks == 2
    assert [(g.product.code, g.history.supplied) for g in form.usual] == [("B01", 32), ("A01", 16), ("D01", 3),
                                                                         ("E01", 2)]
    scarce = form.usual[-1].history
    assert scarce.scarce and scarce.last_supplied == 1
    assert suggest(scarce, 0, form.cover_weeks).quantity == 1  # 0.3 × 2 = 0.6 → 1
    s = suggest(scarce, 0, 5)  # 0.3 × 5 = 1.5 → 2, but the latest supply was 1
    assert (s.weekly, s.quantity, s.basis) == (Decimal("0.3"), 1, Basis.CAPPED)
    assert form.record.visit_id is None and form.status is VisitStatus.PLANNED
    assert form.record.next_visit_on == TODAY + timedelta(days=7)
    assert {p.code for p in form.products} == {"A01", "B01", "C01", "D01", "E01"}


# --- saving a record -------------------------------------------------------------------------------


def _record(cid: int, products: dict[str, Product], **changes) -> VisitRecord:
    record = VisitRecord(
        customer_id=cid, planned_on=TODAY, visit_type=VisitType.IN_PERSON,
        started_at=datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=8))),
        ended_at=datetime(2026, 11, 27, 9, 25, tzinfo=timezone(timedelta(hours=8))),
        store_check=StoreCheck(True, False, 2, "整齐", "缺少新品宣传页", "干净", "补了两张价签"),
        entries=[
            RecordEntry(VisitStep.SERVICE, EntryKind.INFORMATION_PASSED, "传达本月订货政策"),
            RecordEntry(VisitStep.RECORD, EntryKind.NEED, "希望增加紧俏丙的供货", follow_up=True,
                        due_on=date(2026, 12, 4), owner_note="店主很着急"),
            RecordEntry(VisitStep.RECORD, EntryKind.MARKET_INFO, "   "),  # blank: dropped
        ],
        inventory=[InventoryCount(products["A"].id, 1, 3, 3), InventoryCount(products["B"].id, 2, 6, 5)],
        photos=[RecordPhoto("店面.jpg", "陈列", source="/home/user/Pictures/店面.jpg")],
        summary="经营正常，价签已补齐",
        next_visit_on=date(2026, 12, 4),
    )
    for k, v in changes.items():
        setattr(record, k, v)
    return record


def test_save_writes_visit_entries_counts_photo_and_follow_up_together(shop) -> None:
    uow, cid, products = shop
    files = FakeAttachments()
    saved = save_visit_record(uow, _record(cid, products), files)
    assert (saved.follow_ups_added, saved.photos_added) == (1, 1)
    assert uow.commits == 2  # the fixture's and this one
    with uow:
        visit = uow.visits.get(saved.visit_id)
        photos = uow.visits.photos(saved.visit_id)
        follow_ups = uow.visits.follow_ups_of(saved.visit_id)
    assert visit.status is VisitStatus.DONE
    assert visit.started_at == datetime(2026, 11, 27, 1, 0, tzinfo=UTC)  # kept in UTC
    assert [e.text for e in visit.entries] == ["传达本月订货政策", "希望增加紧俏丙的供货"]
    assert [(c.stock_qty, c.ordered_qty) for c in visit.inventory] == [(1, 3), (2, 5)]
    assert [(p.original_name, p.caption) for p in photos] == [("店面.jpg", "陈列")]
    assert list(files.files) == [photos[0].stored_name] and "店面" not in photos[0].stored_name
    assert [(f.text, f.due_on, f.owner_note) for f in follow_ups] == [
        ("希望增加紧俏丙的供货", date(2026, 12, 4), "店主很着急")]

    # the next visit's preparation and the follow-up list show it until it is done
    prep = visit_preparation(uow, cid, date(2026, 12, 4))
    assert "希望增加紧俏丙的供货" in [f.text for f in prep.open_follow_ups]
    assert prep.last_visit is not None and prep.last_visit.summary == "经营正常，价签已补齐"
    listed = list_follow_ups(uow, TODAY)
    item = next(i for i in listed if i.text == "希望增加紧俏丙的供货")
    assert (item.customer_name, item.visit_on) == ("北环路烟酒店", TODAY)
    mark_follow_up_done(uow, item.id, date(2026, 12, 1))
    assert "希望增加紧俏丙的供货" not in [f.text for f in visit_preparation(uow, cid, date(2026, 12, 4)).open_follow_ups]
    reopen_follow_up(uow, item.id)
    assert item.id in [i.id for i in list_follow_ups(uow, TODAY)]


def test_reopening_the_record_keeps_follow_ups_and_photos(shop) -> None:
    uow, cid, products = shop
    files = FakeAttachments()
    saved = save_visit_record(uow, _record(cid, products), files)
    form = load_visit_form(uow, cid, TODAY, saved.visit_id, TODAY)
    record = form.record
    assert form.status is VisitStatus.DONE and record.visit_id == saved.visit_id
    need = next(e for e in record.entries if e.kind is EntryKind.NEED)
    assert need.follow_up and need.follow_up_id is not None and need.owner_note == "店主很着急"
    assert record.photos[0].stored_name is not None and record.photos[0].source is None
    # saved again unchanged: nothing doubled
    again = save_visit_record(uow, record, files)
    assert (again.visit_id, again.follow_ups_added, again.photos_added) == (saved.visit_id, 0, 0)
    with uow:
        assert len(uow.visits.follow_ups_of(saved.visit_id)) == 1
        assert len(uow.visits.photos(saved.visit_id)) == 1
    # untick the follow-up and drop the photo: both go, the file after commit
    need.follow_up = False
    record.photos = []
    save_visit_record(uow, record, files)
    with uow:
        assert uow.visits.follow_ups_of(saved.visit_id) == []
        assert uow.visits.photos(saved.visit_id) == []
    assert files.files == {}


def test_a_planned_visit_of_the_day_becomes_done_and_its_stop_is_linked(shop) -> None:
    uow, cid, products = shop
    with uow:
        planned = uow.visits.add(Visit(cid, TODAY))
        uow.visits.add_day_plan(DayPlan(TODAY, [PlanStop(2, 1), PlanStop(cid, 2, planned)]))
        uow.commit()
    form = load_visit_form(uow, cid, TODAY, None, TODAY)
    assert form.record.visit_id == planned and form.status is VisitStatus.PLANNED
    saved = save_visit_record(uow, _record(cid, products, visit_id=None), FakeAttachments())
    assert saved.visit_id == planned
    with uow:
        assert uow.visits.get(planned).status is VisitStatus.DONE
    # a customer on the plan without a visit row gets the new visit linked to its stop
    other = save_visit_record(uow, VisitRecord(2, TODAY, summary="电话沟通"), FakeAttachments())
    with uow:
        plan = next(iter(uow.store.table("day_plans").values()))
    assert [s.visit_id for s in plan.stops] == [other.visit_id, planned]


def test_invalid_records_are_refused_whole(shop) -> None:
    uow, cid, products = shop
    bad = _record(cid, products, next_visit_on=TODAY, ended_at=datetime(2026, 11, 26, tzinfo=UTC))
    bad.inventory.append(InventoryCount(products["A"].id, 1))
    with pytest.raises(ValidationFailed) as err:
        save_visit_record(uow, bad, FakeAttachments())
    assert {e.field for e in err.value.errors} == {"next_visit_on", "ended_at", "inventory"}
    assert uow.commits == 1


def test_a_failed_save_removes_the_photos_it_copied(shop) -> None:
    uow, cid, products = shop
    record = _record(cid, products)
    record.photos.append(RecordPhoto("b.png", source="/tmp/b.png"))
    files = FakeAttachments(fail_on=2)
    with pytest.raises(OSError):
        save_visit_record(uow, record, files)
    assert files.files == {} and len(files.removed) == 1
    with uow:
        assert uow.visits.find_planned(cid, TODAY) is None
        assert not [v for v in uow.store.rows("visits") if v.planned_on == TODAY]


def test_deleting_a_visit_removes_its_photos(shop) -> None:
    uow, cid, products = shop
    files = FakeAttachments()
    saved = save_visit_record(uow, _record(cid, products), files)
    assert delete_visit(uow, saved.visit_id, files) == 1
    assert files.files == {}
    with uow:
        assert uow.visits.get(saved.visit_id) is None
        assert uow.visits.photos(saved.visit_id) == []
    # its follow-up stays open, without the visit
    assert "希望增加紧俏丙的供货" in [i.text for i in list_follow_ups(uow, TODAY)]


# --- follow-ups, history, day summary ----------------------------------------------------------------


def test_overdue_filter(shop) -> None:
    uow, _, _ = shop
    assert [i.text for i in list_follow_ups(uow, TODAY, overdue_only=True)] == ["送新品宣传资料"]
    assert list_follow_ups(uow, date(2026, 11, 20), overdue_only=True) == []
    assert len(list_follow_ups(uow, TODAY, include_done=True)) == 2


def test_history_filters(shop) -> None:
    uow, cid, products = shop
    save_visit_record(uow, _record(cid, products), FakeAttachments())
    save_visit_record(uow, VisitRecord(2, TODAY - timedelta(days=3), visit_type=VisitType.PHONE, summary="电话"),
                      FakeAttachments())
    assert len(visit_history(uow, VisitFilter())) == 2
    assert [r.customer_name for r in visit_history(uow, VisitFilter(visit_type=VisitType.PHONE))] == ["河边小卖部"]
    assert [r.route for r in visit_history(uow, VisitFilter(route="线路一"))] == ["线路一"]
    assert visit_history(uow, VisitFilter(start=TODAY - timedelta(days=2), end=TODAY))[0].photos == 1
    assert visit_history(uow, VisitFilter(end=TODAY - timedelta(days=4))) == []


def test_day_summary_counts_and_problems_and_saves_its_text(shop) -> None:
    uow, cid, products = shop
    day = TODAY - timedelta(days=1)
    with uow:
        uow.visits.add(Visit(2, day))  # planned, never recorded: missed once the day is over
        uow.commit()
    save_visit_record(uow, _record(cid, products, planned_on=day, next_visit_on=None,
                                   started_at=None, ended_at=None), FakeAttachments())
    summary = day_summary(uow, day, TODAY)
    assert (summary.done, summary.missed, summary.planned, summary.plan_id) == (1, 1, 0, None)
    assert [(p.kind, p.text) for p in summary.problems] == [("price_labels", "2"), ("need", "希望增加紧俏丙的供货")]
    assert [f.text for f in summary.follow_ups] == ["希望增加紧俏丙的供货"]
    plan_id = save_day_summary(uow, day, "  今日拜访2户，完成1户。  ")
    again = day_summary(uow, day, TODAY)
    assert (again.plan_id, again.summary) == (plan_id, "今日拜访2户，完成1户。")
    assert save_day_summary(uow, day, "改过") == plan_id  # the same plan row
    # seen on the day itself, the unrecorded visit is still planned
    assert day_summary(uow, day, day).planned == 1


# --- drafts ------------------------------------------------------------------------------------------


def test_draft_round_trip(shop) -> None:
    _, cid, products = shop
    record = _record(cid, products)
    saved_at = datetime(2026, 11, 27, 1, 2, 3, tzinfo=UTC)
    draft = load_draft(dump_draft(record, saved_at))
    assert draft.record == record and draft.saved_at == saved_at
    assert draft_key(cid, TODAY) == f"customer-{cid}-2026-11-27" and draft_key(cid, TODAY, 12) == "visit-12"


@pytest.mark.parametrize("text", ["", "{", "[]", '{"format": 99}', '{"format": 1, "customer_id": 1}'])
def test_unreadable_drafts_are_refused(text: str) -> None:
    with pytest.raises(DraftUnreadable):
        load_draft(text)


def test_blank_record() -> None:
    assert is_blank(VisitRecord(1, TODAY, next_visit_on=None))
    assert not is_blank(VisitRecord(1, TODAY, summary="x"))
    assert not is_blank(VisitRecord(1, TODAY, store_check=StoreCheck(license_shown=True)))
