"""The worked example's 5A8 is printed spelled out in the visit handbook and the dossier."""
from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from domain.demo.generator import DemoSpec
from domain.demo.worked_example import LICENSE_NO
from domain.services.demo import build_demo
from domain.services.dossier_report import dossier_data
from domain.services.report_data import handbook_data
from domain.services.visit_planning import add_to_plan
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace
from reports.dossier import render_dossier
from reports.handbook import render_handbook

TODAY = date(2026, 11, 27)
SPELLED = "5A8（5星·诚信A·客户价值8分）"  # as pypdf reads it back, without the spaces


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    ws = open_workspace(tmp_path_factory.mktemp("code") / "demo.db")
    ensure_defaults(ws.uow())
    build_demo(ws.uow(), DemoSpec(customers=30, months=3, today=TODAY))
    yield ws
    ws.close()


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def _worked_example_id(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.uow() as uow:
        return next(i for i, lic, _code in uow.customers.id_keys() if lic == LICENSE_NO)


def test_the_dossier_spells_out_5a8(workspace) -> None:  # type: ignore[no-untyped-def]
    pdf = render_dossier(dossier_data(workspace.uow(), _worked_example_id(workspace)), "李明", "梧桐县", TODAY)
    assert SPELLED in _text(pdf)


def test_the_handbook_spells_out_5a8(workspace) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 11, 30)
    add_to_plan(workspace.uow(), day, [_worked_example_id(workspace)])
    pdf = render_handbook(handbook_data(workspace.uow(), day, TODAY))
    assert SPELLED in _text(pdf)
