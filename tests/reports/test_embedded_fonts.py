"""Every font a printed report names is embedded in it: a PDF that names an unembedded font (say the
Helvetica reportlab starts each page with) prints with whatever the printer substitutes."""
from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from domain.services.analysis import month_analysis
from domain.services.dossier_report import dossier_data
from domain.services.report_data import handbook_data, one_visit_data, visit_summary_data
from domain.services.workspace import load_settings
from reports.dossier import render_dossier
from reports.handbook import render_handbook
from reports.monthly import render_monthly
from reports.visit_summary import render_one_visit, render_visit_summary

TODAY = date(2026, 11, 27)
EMBEDDED_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@pytest.fixture(scope="module")
def workspace(open_demo):
    return open_demo(30, 14)


def _monthly(ws) -> bytes:
    s = load_settings(ws.uow())
    return render_monthly(month_analysis(ws.uow(), date(2026, 10, 1)), s.owner_name, s.unit_name, TODAY, notes="备注")


def _dossier(ws) -> bytes:
    s = load_settings(ws.uow())
    with ws.uow() as uow:
        first = next(_id for _id, _lic, _code in uow.customers.id_keys())
    return render_dossier(dossier_data(ws.uow(), first), s.owner_name, s.unit_name, TODAY)


def _day_summary(ws) -> bytes:
    return render_visit_summary(visit_summary_data(ws.uow(), date(2026, 11, 26), TODAY, week=True))


def _one_visit(ws) -> bytes:
    day = visit_summary_data(ws.uow(), date(2026, 11, 26), TODAY).days[0]
    visit = next(v for v in day.visits if v.status == "done")
    return render_one_visit(one_visit_data(ws.uow(), visit.visit_id, TODAY))


REPORTS: dict[str, Callable[..., bytes]] = {
    "handbook": lambda ws: render_handbook(handbook_data(ws.uow(), TODAY, TODAY)),
    "monthly": _monthly,
    "dossier": _dossier,
    "visit summary": _day_summary,
    "one visit": _one_visit,
}


def _unembedded(pdf: bytes) -> list[str]:
    """The BaseFont of every font resource (of pages and of the forms they draw) without a font file."""
    missing: list[str] = []
    seen: set[int] = set()

    def walk(resources: DictionaryObject | None) -> None:
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) in seen:
                continue
            seen.add(id(font))
            faces = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for face in faces:
                descriptor = face.get("/FontDescriptor")
                if descriptor is None or not any(k in descriptor.get_object() for k in EMBEDDED_FILES):
                    missing.append(str(font.get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return missing


@pytest.mark.parametrize("report", list(REPORTS))
def test_every_font_a_report_names_is_embedded(workspace, report: str) -> None:
    pdf = REPORTS[report](workspace)
    assert PdfReader(io.BytesIO(pdf)).pages
    assert _unembedded(pdf) == []
