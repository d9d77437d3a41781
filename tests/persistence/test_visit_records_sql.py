"""The visit record on a real workspace file: the preparation query, a save with entries, counts, a photo
and a follow-up read back, photo files beside the database removed with their visit, drafts on disk,
the history and day-summary queries, and the timeline showing the visit."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

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
from domain.services.customers import customer_timeline
from domain.services.follow_ups import list_follow_ups, mark_follow_up_done
from domain.services.visit_history import day_summary, save_day_summary, visit_history, visit_routes
from domain.services.visit_records import delete_visit, load_visit_form, save_visit_record, visit_preparation
from domain.visits.drafts import draft_key, dump_draft, load_draft
from domain.visits.record import RecordEntry, RecordPhoto, VisitRecord
from domain.visits.record_views import VisitFilter
from persistence.attachments import AttachmentRefused, LocalAttachments, attachments_folder
from persistence.drafts import FileDraftStore, drafts_folder
from persistence.workspace import Workspace
from tests.persistence.helpers import scalar
from tests.visit_data import TODAY, build_shop


@pytest.fixture
def shop(workspace: Workspace):
    cid, products = build_shop(workspace.uow())
    return workspace, cid, products


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    path = folder / "店面 照片.JPG"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return path


def test_preparation_from_sql_matches_the_hand_figures(shop) -> None:
    ws, cid, _ = shop
    prep = visit_preparation(ws.uow(), cid, TODAY)
    assert prep.figures is not None
    assert (prep.figures.cartons, prep.figures.amount, prep.figures.gross_profit) == (
        84, Decimal("8790.00"), Decimal("1198.00"))
    assert prep.monthly_cartons == (24, 25, 35)
    assert [m.cartons for m in prep.main_products] == [52, 26, 3, 3]
    assert [(n.name, n.first_ordered_on) for n in prep.new_listed] == [("新品乙", date(2026, 10, 16))]
    assert [n.name for n in prep.new_not_listed] == ["新品甲"]
    assert [f.text for f in prep.open_follow_ups] == ["送新品宣传资料"]
    assert [w.code for w in prep.weakest] == ["price_labels", "display"]
    assert prep.segment == "乡镇主街" and prep.care.birthday_on == date(2026, 11, 30)
    form = load_visit_form(ws.uow(), cid, TODAY, None, TODAY)
    assert [(g.product.code, g.history.supplied, g.history.last_supplied) for g in form.usual] == [
        ("B01", 32, 4), ("A01", 16, 2), ("D01", 3, 1), ("E01", 2, 1)]


def test_save_and_read_back_with_photo_beside_the_database(shop, photo: Path, db_path: Path) -> None:
    ws, cid, products = shop
    files = LocalAttachments(attachments_folder(db_path))
    record = VisitRecord(
        customer_id=cid, planned_on=TODAY, visit_type=VisitType.IN_PERSON,
        started_at=datetime(2026, 11, 27, 1, 0, tzinfo=UTC),
        ended_at=datetime(2026, 11, 27, 1, 30, tzinfo=UTC),
        store_check=StoreCheck(True, False, 2, "整齐", "缺宣传页", "干净", "补价签"),
        entries=[
            RecordEntry(VisitStep.SERVICE, EntryKind.RECOMMENDATION, "推荐 新品乙：愿意试销"),
            RecordEntry(VisitStep.RECORD, EntryKind.COMPLAINT, "订货终端登录不上", follow_up=True,
                        due_on=date(2026, 12, 1), owner_note="下午再试"),
        ],
        inventory=[InventoryCount(products["A"].id, 1, 3, 3), InventoryCount(products["E"].id, 0, 1, 1)],
        photos=[RecordPhoto(photo.name, "店面", source=str(photo))],
        summary="店主反映终端问题",
        next_visit_on=date(2026, 12, 4),
    )
    saved = save_visit_record(ws.uow(), record, files)
    form = load_visit_form(ws.uow(), cid, TODAY, saved.visit_id, TODAY)
    back = form.record
    assert form.status is VisitStatus.DONE
    assert back.started_at == record.started_at and back.store_check == record.store_check
    assert [(e.kind, e.text, e.follow_up, e.due_on, e.owner_note) for e in back.entries] == [
        (EntryKind.RECOMMENDATION, "推荐 新品乙：愿意试销", False, None, ""),
        (EntryKind.COMPLAINT, "订货终端登录不上", True, date(2026, 12, 1), "下午再试"),
    ]
    assert back.inventory == sorted(record.inventory, key=lambda c: c.product_id)
    stored = back.photos[0]
    assert (stored.original_name, stored.caption) == ("店面 照片.JPG", "店面")
    path = files.path(stored.stored_name)
    assert path.parent == db_path.parent / "attachments" / db_path.stem
    assert path.read_bytes() == photo.read_bytes()
    assert path.suffix == ".jpg" and "店面" not in path.name
    assert back.summary == "店主反映终端问题" and back.next_visit_on == date(2026, 12, 4)

    # it shows on the customer's timeline with its summary, and its follow-up in the list
    visits = [e for e in customer_timeline(ws.uow(), cid) if e.kind == "visit"]
    assert [(e.on, e.title, e.detail) for e in visits] == [(TODAY, "in_person:done", "店主反映终端问题")]
    item = next(i for i in list_follow_ups(ws.uow(), TODAY) if i.text == "订货终端登录不上")
    assert (item.visit_id, item.visit_on, item.customer_name) == (saved.visit_id, TODAY, "北环路烟酒店")
    mark_follow_up_done(ws.uow(), item.id, TODAY)
    assert "订货终端登录不上" not in [i.text for i in list_follow_ups(ws.uow(), TODAY)]

    # deleting the visit deletes its rows and the photo file; the follow-up stays, unlinked
    assert delete_visit(ws.uow(), saved.visit_id, files) == 1
    assert not path.exists()
    for table in ("visits", "visit_entries", "inventory_counts", "visit_photos"):
        where = "id" if table == "visits" else "visit_id"
        assert scalar(db_path, f"SELECT count(*) FROM {table} WHERE {where} = {saved.visit_id}") == 0
    assert scalar(db_path, f"SELECT count(*) FROM follow_ups WHERE customer_id = {cid}") == 3


def test_a_failed_save_leaves_no_file_and_no_row(shop, photo: Path, db_path: Path) -> None:
    ws, cid, products = shop
    files = LocalAttachments(attachments_folder(db_path))
    gone = photo.with_name("gone.jpg")  # the second photo cannot be read: after the first was copied
    record = VisitRecord(cid, TODAY, photos=[RecordPhoto("a.jpg", source=str(photo)),
                                             RecordPhoto("b.jpg", source=str(gone))])
    with pytest.raises(AttachmentRefused):
        save_visit_record(ws.uow(), record, files)
    assert files.folder.is_dir() and list(files.folder.iterdir()) == []
    assert scalar(db_path, "SELECT count(*) FROM visits") == 0


def test_planned_stop_becomes_done(shop) -> None:
    ws, cid, _ = shop
    with ws.uow() as uow:
        planned = uow.visits.add(Visit(cid, TODAY))
        uow.visits.add_day_plan(DayPlan(TODAY, [PlanStop(cid, 1, planned), PlanStop(2, 2)]))
        uow.commit()
    saved = save_visit_record(ws.uow(), VisitRecord(cid, TODAY, summary="完成"), LocalAttachments(Path("/nonexistent")))
    other = save_visit_record(ws.uow(), VisitRecord(2, TODAY, summary="也完成"), LocalAttachments(Path("/nonexistent")))
    assert saved.visit_id == planned
    summary = day_summary(ws.uow(), TODAY, TODAY)
    assert [(v.customer_name, v.status, v.position) for v in summary.visits] == [
        ("北环路烟酒店", "done", 1), ("河边小卖部", "done", 2)]
    assert other.visit_id != planned


def test_history_routes_and_day_summary_queries(shop) -> None:
    ws, cid, products = shop
    files = LocalAttachments(Path("/nonexistent"))
    day = TODAY - timedelta(days=1)
    save_visit_record(ws.uow(), VisitRecord(
        cid, day, store_check=StoreCheck(license_shown=False, price_labels_missing=3),
        entries=[RecordEntry(VisitStep.RECORD, EntryKind.MARKET_INFO, "发现疑似假烟", follow_up=True, due_on=TODAY),
                 RecordEntry(VisitStep.SERVICE, EntryKind.INFORMATION_PASSED, "传达政策")],
        summary="发现问题"), files)
    save_visit_record(ws.uow(), VisitRecord(2, TODAY, visit_type=VisitType.PHONE, summary="电话"), files)
    with ws.uow() as uow:
        uow.visits.add(Visit(2, day))  # planned and never recorded
        uow.commit()

    rows = visit_history(ws.uow(), VisitFilter())
    assert [(r.planned_on, r.customer_name, r.status) for r in rows] == [
        (TODAY, "河边小卖部", "done"), (day, "河边小卖部", "planned"), (day, "北环路烟酒店", "done")]
    first = rows[2]
    assert (first.entries, first.follow_ups, first.photos, first.license_no) == (2, 1, 0, "530102100001")
    assert [r.customer_name for r in visit_history(ws.uow(), VisitFilter(visit_type=VisitType.PHONE))] == ["河边小卖部"]
    assert [r.planned_on for r in visit_history(ws.uow(), VisitFilter(route="线路一"))] == [day]
    assert len(visit_history(ws.uow(), VisitFilter(start=TODAY, end=TODAY))) == 1
    assert len(visit_history(ws.uow(), VisitFilter(status=VisitStatus.PLANNED))) == 1
    assert visit_routes(ws.uow()) == ["线路一", "线路二"]

    summary = day_summary(ws.uow(), day, TODAY)
    assert (summary.done, summary.missed, summary.planned) == (1, 1, 0)
    assert [(p.kind, p.text) for p in summary.problems] == [
        ("price_labels", "3"), ("license", ""), ("market_info", "发现疑似假烟")]
    assert [f.text for f in summary.follow_ups] == ["发现疑似假烟"]
    plan_id = save_day_summary(ws.uow(), day, "今日拜访2户")
    assert day_summary(ws.uow(), day, TODAY).summary == "今日拜访2户"
    assert save_day_summary(ws.uow(), day, "改") == plan_id
    assert scalar(ws.path, f"SELECT summary FROM day_plans WHERE id = {plan_id}") == "改"


def test_drafts_are_written_whole_beside_the_database(db_path: Path) -> None:
    store = FileDraftStore(drafts_folder(db_path))
    key = draft_key(5, TODAY)
    assert store.load(key) is None
    record = VisitRecord(5, TODAY, summary="写了一半的总结")
    store.save(key, dump_draft(record, datetime(2026, 11, 27, 2, 0, tzinfo=UTC)))
    store.save(key, dump_draft(record, datetime(2026, 11, 27, 2, 0, 5, tzinfo=UTC)))
    assert [p.name for p in store.folder.iterdir()] == [f"{key}.json"]  # no temporary left behind
    assert store.folder == db_path.parent / "drafts" / db_path.stem
    assert load_draft(store.load(key) or "").record.summary == "写了一半的总结"
    store.delete(key)
    store.delete(key)
    assert store.load(key) is None
    with pytest.raises(ValueError):
        store.save("../evil", "x")
