"""The worked example's 5A8 is printed spelled out in the visit handbook and the dossier."""
from __future__ import annotations

from datetime import date

import pytest

from domain.demo.worked_example import LICENSE_NO
from domain.services.dossier_report import dossier_data
from domain.services.report_data import handbook_data
from domain.services.visit_planning import add_to_plan
from reports.dossier import render_dossier
from reports.handbook import render_handbook
from tests.reports.pdf_text import flat_text

TODAY = date(2026, 11, 27)
SPELLED = "5A8（5星·诚信A·客户价值8分）"  # as pypdf reads it back, without the spaces


@pytest.fixture(scope="module")
def workspace(open_demo):
    return open_demo(30, 3)


def _worked_example_id(ws) -> int:
    with ws.uow() as uow:
        return next(i for i, lic, _code in uow.customers.id_keys() if lic == LICENSE_NO)


def test_the_dossier_spells_out_5a8(workspace) -> None:
    pdf = render_dossier(dossier_data(workspace.uow(), _worked_example_id(workspace)), "李明", "梧桐县", TODAY)
    assert SPELLED in flat_text(pdf)


def test_the_handbook_spells_out_5a8(workspace) -> None:
    day = date(2026, 11, 30)
    add_to_plan(workspace.uow(), day, [_worked_example_id(workspace)])
    pdf = render_handbook(handbook_data(workspace.uow(), day, TODAY))
    assert SPELLED in flat_text(pdf)
