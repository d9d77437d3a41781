"""Custom fields on a real workspace: defined in the settings, kept exactly per shop, read by the customer
import under their own name, and measuring the value tiers (a bank branch's assets under management)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from domain.importing.columns import auto_mapping
from domain.importing.customers import customer_columns
from domain.importing.errors import ImportRejected
from domain.importing.table import locate_header
from domain.model.custom_fields import CustomField
from domain.model.customers import Customer, ValueTier
from domain.model.products import PriceClass, Product
from domain.services import tiers
from domain.services.custom_fields import (
    custom_fields,
    custom_fields_in_use,
    save_custom_field,
    set_custom_field_archived,
)
from domain.services.customer_import import import_customers
from domain.services.customers import customer_changes, get_customer, save_customer
from domain.services.tier_report import tier_month
from domain.services.tier_schemes import load_scheme, save_scheme
from domain.tiers.model import TierKind
from domain.tiers.schemes import ContributionMeasure, SchemeKind, ValueTierScheme
from domain.validation import ValidationFailed
from persistence.tabular_files import LocalTabularFiles
from persistence.workspace import Workspace
from reports.tiers_report import tier_basis

TODAY = date(2026, 12, 3)
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
ASSETS = "管户资产"


def _assets(ws: Workspace) -> CustomField:
    return save_custom_field(ws.uow(), CustomField(ASSETS, "万元"))


def test_a_field_is_named_once_and_not_after_a_dossier_column(workspace: Workspace) -> None:
    field = _assets(workspace)
    assert field.id is not None and field.sort_order == 1
    for name, wanted in (("", "needs a name"), (ASSETS, "already a custom field"), ("许可证号", "already a column")):
        with pytest.raises(ValidationFailed) as refused:
            save_custom_field(workspace.uow(), CustomField(name))
        assert wanted in str(refused.value)
    renamed = save_custom_field(workspace.uow(), CustomField("AUM", "元", field.sort_order, id=field.id))
    assert [f.name for f in custom_fields(workspace.uow())] == ["AUM"] and renamed.unit == "元"


def test_values_are_kept_exactly_and_an_editor_changes_only_its_own(workspace: Workspace) -> None:
    assets, rent = _assets(workspace), save_custom_field(workspace.uow(), CustomField("月租金", "元"))
    assert assets.id and rent.id
    big = Decimal("12345678.9012")  # a binary float would not bring this back
    shop = save_customer(workspace.uow(), Customer("530102100001", "甲店", custom_values={assets.id: big}), TODAY)
    assert get_customer(workspace.uow(), shop.id or 0).custom_values == {assets.id: big}
    # the form loaded the shop before an import wrote its rent; saving the form keeps the rent
    loaded = get_customer(workspace.uow(), shop.id or 0)
    with workspace.uow() as uow:
        stored = uow.customers.get(shop.id or 0)
        assert stored is not None
        stored.custom_values = {**stored.custom_values, rent.id: Decimal(3000)}
        uow.customers.update(stored)
        uow.commit()
    edited = Customer(**{**loaded.__dict__, "custom_values": {}})  # the assets box emptied
    save_customer(workspace.uow(), customer_changes(loaded, edited), TODAY)
    assert get_customer(workspace.uow(), shop.id or 0).custom_values == {rent.id: Decimal(3000)}
    with pytest.raises(ValidationFailed) as refused:
        save_customer(workspace.uow(), Customer("530102100002", "乙店", custom_values={assets.id: Decimal("1.23456")}),
                      TODAY)
    assert refused.value.errors[0].field == f"custom.{assets.id}"
    assert dict(custom_fields_in_use(workspace.uow())) == {assets: 0, rent: 1}


def _import(ws: Workspace, path: Path, skip: bool = False):  # type: ignore[no-untyped-def]
    columns = customer_columns(custom_fields(ws.uow()))
    table = locate_header(LocalTabularFiles().read_table(path), columns.is_known)
    return import_customers(ws.uow(), table, auto_mapping(table.headers, columns), TODAY, now=NOW,
                            backups=ws.backups, skip_invalid=skip)


def test_the_customer_import_reads_a_custom_field_under_its_name(workspace: Workspace, tmp_path: Path) -> None:
    assets = _assets(workspace)
    path = tmp_path / "客户.csv"
    path.write_text("许可证号,店名,管户资产\n530102100001,甲店,\"1,250.5\"\n530102100002,乙店,\n", encoding="utf-8")
    result = _import(workspace, path)
    assert (result.created, result.updated) == (2, 0)
    with workspace.uow() as uow:
        assert uow.custom_fields.values(assets.id or 0) == {
            uow.customers.get_by_license("530102100001").id: Decimal("1250.5")}  # type: ignore[union-attr]
    bad = tmp_path / "坏.csv"
    bad.write_text("许可证号,店名,管户资产\n530102100001,甲店,很多\n530102100002,乙店,3.14159\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        _import(workspace, bad)
    assert [(e.line, e.column) for e in rejected.value.errors] == [(2, ASSETS), (3, ASSETS)]
    assert "decimal places" in str(rejected.value.errors[1].message)
    with workspace.uow() as uow:  # nothing written: the first file's value stands
        assert list(uow.custom_fields.values(assets.id or 0).values()) == [Decimal("1250.5")]
    set_custom_field_archived(workspace.uow(), assets.id or 0, True)
    assert ASSETS not in {s.header for s in customer_columns(custom_fields(workspace.uow(), include_archived=True))}


def test_value_tiers_measured_by_a_custom_field(workspace: Workspace) -> None:
    assets = _assets(workspace)
    assert assets.id is not None
    month = date(2026, 11, 1)
    with workspace.uow() as uow:
        ids = uow.customers.add_many([
            Customer(f"5301021000{n:02d}", f"户{n}", integrity_grade="A", opened_on=date(2020, 1, 1),
                     custom_values={assets.id: Decimal(n * 100)} if n != 4 else {}) for n in range(1, 5)])
        product = uow.products.add_many([Product("P1", "黄山(硬)", Decimal(120), PriceClass(3))])[0]
        # the smallest buyer holds the most assets: the order measures and the field disagree
        uow.sales.add_line_values([(month.replace(day=5), cid, product, 10 * (5 - n), 10 * (5 - n), 12000,
                                    10 * (5 - n) * 12000) for n, cid in enumerate(ids, start=1)], None)
        uow.commit()
    scheme = load_scheme(workspace.uow(), SchemeKind.VALUE_TIER)
    assert isinstance(scheme, ValueTierScheme)
    with pytest.raises(ValidationFailed):
        save_scheme(workspace.uow(), ValueTierScheme(contribution=ContributionMeasure.CUSTOM))
    save_scheme(workspace.uow(), ValueTierScheme(contribution=ContributionMeasure.CUSTOM, contribution_field_id=assets.id))
    proposal = tiers.preview_recompute(workspace.uow(), month)
    by_shop = {c.shop.customer_id: c for c in proposal.of(TierKind.VALUE_TIER)}
    # values 100, 200, 300 and none (0): the median is 150, so shops 2 and 3 are high, 1 and 4 are not
    assert [by_shop[i].assignment.inputs["contribution"] for i in ids] == ["100.00", "200.00", "300.00", "0.00"]
    high = {i for i in ids if ValueTier(by_shop[i].after) in (ValueTier.KEY, ValueTier.AT_RISK)}
    assert high == {ids[1], ids[2]}
    tiers.apply_recompute(workspace.uow(), month, NOW.replace(tzinfo=None))
    section = tier_month(workspace.uow(), month)
    assert section.contribution_field == assets
    assert section.tier_scheme is not None
    basis = tier_basis(section.tier_scheme, *(section.splits or (None, None)), section.contribution_field)
    assert basis.startswith("贡献 = 档案中的“管户资产”（万元）；") and "贡献 150 万元" in basis
