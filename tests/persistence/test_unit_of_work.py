"""The SQL unit of work and its repositories against a real file: rollback unless committed, and
round trips that keep every field."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from domain.model.customers import (
    Birthday,
    BirthdayCalendar,
    BusinessType,
    CareNotes,
    Competitor,
    Customer,
    CustomerStatus,
    Market,
    Segment,
    ShopEnvironment,
    ValueTier,
)
from domain.model.products import PriceClass, Product
from domain.model.sales import ImportBatch, ImportKind, SalesLine
from domain.model.settings import WorkspaceSettings
from persistence.workspace import Workspace
from tests.persistence.helpers import counts


def full_customer(license_no: str = "370102100001") -> Customer:
    """A customer with every field set to something other than its default."""
    return Customer(
        license_no=license_no,
        name="北环路烟酒店",
        owner="张伟",
        phone="13800138000",
        phone2="0531-88886666",
        address="历下区北环路 18 号",
        route="周一线",
        business_type=BusinessType.TOBACCO_LIQUOR,
        market=Market.TOWN,
        customer_code="C0001",
        grade=17,
        star_level=4,
        integrity_grade="A",
        value_tier=ValueTier.POTENTIAL,
        status=CustomerStatus.SUSPENDED,
        opened_on=date(2015, 6, 1),
        license_expiry=date(2027, 5, 31),
        visit_every_days=10,
        tags=sorted(["重点", "夜市", "𠮷祥"]),  # stored as a set, read back sorted; 𠮷 is outside the BMP
        environment=ShopEnvironment(
            location="学校对面，左邻超市",
            foot_traffic="高",
            consumer_groups="学生家长、上班族",
            consumer_income="中",
            dominant_price_classes="三类、四类",
            competitors=[Competitor("好又多便利", 50), Competitor("老王副食", None)],
            shop_area_m2=36,
            counters=3,
            terminal="新商盟 PC",
        ),
        care=CareNotes(
            birthday=Birthday(4, 30, BirthdayCalendar.LUNAR, 1978, leap_month=True),
            hobbies="钓鱼；爱看《读者》",
            family_notes="女儿高三",
            preferred_contact_time="上午十点后",
            preferred_channel="微信",
        ),
        notes="备注：\n第二行",
    )


@pytest.fixture
def segment_id(workspace: Workspace) -> int:
    with workspace.uow() as uow:
        seg_id = uow.segments.add(Segment("城区商圈", 7, "重陈列", 1))
        uow.commit()
    return seg_id


# --- rolled back unless committed ------------------------------------------------------------------


def test_leaving_the_block_without_commit_stores_nothing(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.customers.add(full_customer())
        assert uow.customers.count() == 1  # visible inside its own transaction
    with workspace.uow() as uow:
        assert uow.customers.count() == 0
        assert uow.customers.get_by_license("370102100001") is None
    assert counts(workspace.engine, "customers", "customer_tags") == {"customers": 0, "customer_tags": 0}


def test_commit_stores(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        new_id = uow.customers.add(full_customer())
        uow.commit()
    with workspace.uow() as uow:
        assert uow.customers.count() == 1
        assert uow.customers.get(new_id) is not None


def test_an_exception_in_the_block_propagates_and_nothing_is_stored(workspace: Workspace) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with workspace.uow() as uow:
            uow.customers.add(full_customer())
            raise Boom
    with workspace.uow() as uow:
        assert uow.customers.count() == 0


def test_work_after_commit_is_rolled_back(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.customers.add(full_customer("A1"))
        uow.commit()
        uow.customers.add(full_customer("A2"))
    with workspace.uow() as uow:
        assert uow.customers.count() == 1


def test_a_refused_write_rolls_back_the_whole_unit(workspace: Workspace) -> None:
    with pytest.raises(IntegrityError):
        with workspace.uow() as uow:
            uow.customers.add(full_customer("SAME"))
            uow.customers.add(full_customer("SAME"))  # license numbers are unique
            uow.commit()
    with workspace.uow() as uow:
        assert uow.customers.count() == 0


def test_the_unit_of_work_can_be_used_again(workspace: Workspace) -> None:
    uow = workspace.uow()
    with uow:
        uow.customers.add(full_customer("B1"))
    with uow:
        uow.customers.add(full_customer("B2"))
        uow.commit()
    with uow:
        assert [uow.customers.get_by_license(n) is not None for n in ("B1", "B2")] == [False, True]


# --- round trips -----------------------------------------------------------------------------------


def test_customer_round_trip_keeps_every_field(workspace: Workspace, segment_id: int) -> None:
    original = full_customer()
    original.segment_id = segment_id
    with workspace.uow() as uow:
        new_id = uow.customers.add(original)
        uow.commit()
    assert original.id == new_id

    with workspace.uow() as uow:
        by_id = uow.customers.get(new_id)
        by_license = uow.customers.get_by_license(original.license_no)

    assert by_id == original
    assert by_license == original
    assert by_id.care.birthday == Birthday(4, 30, BirthdayCalendar.LUNAR, 1978, True)  # type: ignore[union-attr]
    assert by_id.environment.competitors == original.environment.competitors  # type: ignore[union-attr]


def test_a_customer_with_only_required_fields_round_trips(workspace: Workspace) -> None:
    bare = Customer(license_no="X1", name="小店")
    with workspace.uow() as uow:
        uow.customers.add(bare)
        uow.commit()
    with workspace.uow() as uow:
        assert uow.customers.get_by_license("X1") == bare


def test_search_keys_are_stored_with_the_customer(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.customers.add(full_customer())
        uow.commit()
    with workspace.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT search_pinyin, search_initials FROM customers").one()
    pinyin, initials = row
    assert pinyin.split(" ")[0] == "beihuanluyanjiudian"  # the likeliest reading first; variants follow
    assert initials == "bhlyjd"


def test_settings_round_trip_keeps_the_margin_rate_exact(workspace: Workspace) -> None:
    settings = WorkspaceSettings(
        owner_name="李娜",
        unit_name="某某市烟草公司市场部",
        default_margin_rate=Decimal("0.0825"),
        grade_count=45,
        language="zh_CN",
    )
    with workspace.uow() as uow:
        assert uow.settings.load() == WorkspaceSettings()  # nothing stored: the defaults
        uow.settings.save(settings)
        uow.commit()
    with workspace.uow() as uow:
        loaded = uow.settings.load()
    assert loaded == settings
    assert isinstance(loaded.default_margin_rate, Decimal)
    assert str(loaded.default_margin_rate) == "0.0825"

    with workspace.uow() as uow:  # saving again replaces, it does not duplicate
        uow.settings.save(replace(settings, grade_count=30))
        uow.commit()
    with workspace.uow() as uow:
        assert uow.settings.load().grade_count == 30
    with workspace.engine.connect() as conn:  # the search keys' version is bookkeeping, not a user setting
        stored = conn.exec_driver_sql("SELECT count(*) FROM settings WHERE key <> 'search_keys_version'").scalar_one()
    assert stored == len(WorkspaceSettings.field_names())


def test_segments_list_in_order_and_update(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        remote = Segment("边远村屯", 30, "电话拜访为主", 4)
        uow.segments.add(remote)
        uow.segments.add(Segment("城区商圈", 7, "重陈列", 1))
        uow.commit()
    assert remote.id is not None

    with workspace.uow() as uow:
        names = [s.name for s in uow.segments.list()]
        remote.visit_every_days = 21
        remote.strategy = "两周一次上门"
        uow.segments.update(remote)
        uow.commit()
    assert names == ["城区商圈", "边远村屯"]  # by sort order, not by insertion

    with workspace.uow() as uow:
        stored = {s.id: s for s in uow.segments.list()}
    assert stored[remote.id] == remote


def test_sales_lines_are_written_in_bulk_with_exact_fen(workspace: Workspace, segment_id: int) -> None:
    with workspace.uow() as uow:
        customer_id = uow.customers.add(full_customer())
        (product_id,) = uow.products.add_many(
            [Product("6901028075862", "黄山(红方印)", Decimal("132.50"), PriceClass.CLASS_1)]
        )
        batch_id = uow.sales.add_batch(
            ImportBatch(ImportKind.SALES, "订单明细.csv", datetime(2026, 3, 1, 8, 0, tzinfo=UTC))
        )
        lines = [
            SalesLine(
                date(2026, 2, 1 + i % 28),
                customer_id,
                product_id,
                requested_qty=3,
                supplied_qty=2,
                wholesale_price=Decimal("132.50"),
                amount=Decimal("265.00") + Decimal("0.01") * i,
                batch_id=batch_id,
            )
            for i in range(1_000)
        ]
        written = uow.sales.add_lines(iter(lines))  # any iterable, not only a list
        uow.commit()

    assert written == 1_000
    with workspace.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT order_date, wholesale_price_fen, amount_fen, batch_id FROM sales_lines ORDER BY id"
        ).all()
        total = conn.exec_driver_sql("SELECT sum(amount_fen) FROM sales_lines").scalar()
    assert len(rows) == 1_000
    assert tuple(rows[0]) == ("2026-02-01", 13250, 26500, batch_id)
    assert rows[999][2] == 26500 + 999
    assert total == sum(int(ln.amount * 100) for ln in lines)


def test_sales_lines_are_rolled_back_with_the_unit(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        customer_id = uow.customers.add(full_customer())
        (product_id,) = uow.products.add_many([Product("P1", "x", Decimal("10"), PriceClass.CLASS_5)])
        uow.commit()
    with workspace.uow() as uow:
        uow.sales.add_lines(
            [SalesLine(date(2026, 1, 1), customer_id, product_id, 1, 1, Decimal("10"), Decimal("10"))] * 10
        )
    assert counts(workspace.engine, "sales_lines")["sales_lines"] == 0


def test_products_round_trip(workspace: Workspace) -> None:
    product = Product(
        "6901028001915",
        "中华(硬)",
        Decimal("450.00"),
        PriceClass.CLASS_1,
        retail_price=Decimal("500.00"),
        manufacturer="上海烟草集团",
        packs_per_carton=10,
        tar_mg=Decimal("11"),
        is_new=True,
        is_scarce=True,
    )
    with workspace.uow() as uow:
        uow.products.add_many([product])
        uow.commit()
    with workspace.uow() as uow:
        assert uow.products.get_by_code(product.code) == product
        assert uow.products.list() == [product]
