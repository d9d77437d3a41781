"""The report catalogue: one entry per request type, and the file names its entries suggest."""
from __future__ import annotations

from datetime import date

import pytest

from domain.messages import untranslated
from domain.report_catalogue import (
    CultivationRequest,
    DossierRequest,
    EventSummaryRequest,
    FestivalListRequest,
    HandbookRequest,
    InvitationListRequest,
    MonthlyRequest,
    OneVisitRequest,
    ReportCatalogue,
    ReportEntry,
    SignInSheetRequest,
    TiersRequest,
    VisitSummaryRequest,
    safe_file_name,
)
from reports.catalogue import report_catalogue

TODAY = date(2026, 12, 9)


def test_file_names_say_what_the_report_is_and_suit_every_file_system() -> None:
    reports = report_catalogue()
    assert reports.file_name(HandbookRequest(date(2026, 12, 7), TODAY), untranslated) == "Visit handbook-2026-12-07.pdf"
    week = VisitSummaryRequest(date(2026, 11, 26), TODAY, week=True)
    assert reports.file_name(week, untranslated) == "Visit summary-week-2026-11-23.pdf"  # named by its Monday
    assert reports.file_name(VisitSummaryRequest(date(2026, 11, 26), TODAY), untranslated) == "Visit summary-2026-11-26.pdf"
    one = OneVisitRequest(5, TODAY, "老王/便利店", date(2026, 11, 3))
    assert reports.file_name(one, untranslated) == "Visit summary-老王_便利店-2026-11-03.pdf"
    assert reports.file_name(MonthlyRequest(date(2026, 10, 1), TODAY), untranslated) == "Monthly analysis-2026-10.pdf"
    assert reports.file_name(TiersRequest(date(2026, 10, 1), TODAY), untranslated) == "Tiers report-2026-10.pdf"
    dossier = DossierRequest(3, TODAY, "北环路烟酒店")
    assert reports.file_name(dossier, untranslated) == "Customer dossier-北环路烟酒店-2026-12-09.pdf"
    cultivation = CultivationRequest(2, TODAY, "黄鹤楼(硬珍品)")
    assert reports.file_name(cultivation, untranslated) == "Cultivation report-黄鹤楼(硬珍品)-2026-12-09.pdf"
    assert safe_file_name('老王/便利店: "新"?.pdf') == "老王_便利店_ _新_.pdf"
    assert safe_file_name(" ..CON.pdf") == "_CON.pdf" and safe_file_name("?.pdf") == "_.pdf"
    assert len(safe_file_name("店" * 400 + ".pdf")) <= 124


def test_the_file_name_is_spoken_through_the_translator_given() -> None:
    def chinese(context: str, text: str) -> str:
        assert context == "ReportFiles"
        return {"Visit handbook-{date}.pdf": "拜访手册-{date}.pdf"}.get(text, text)

    assert report_catalogue().file_name(HandbookRequest(date(2026, 12, 7), TODAY), chinese) == "拜访手册-2026-12-07.pdf"


def test_one_entry_per_request_and_an_unknown_request_is_named() -> None:
    reports = report_catalogue()
    assert {e.request for e in reports} == {HandbookRequest, VisitSummaryRequest, OneVisitRequest, MonthlyRequest,
                                            DossierRequest, TiersRequest, FestivalListRequest, InvitationListRequest,
                                            SignInSheetRequest, EventSummaryRequest, CultivationRequest}
    with pytest.raises(ValueError, match="HandbookRequest"):
        reports.register(ReportEntry(HandbookRequest, lambda uow, r: None, lambda d, r: b"", lambda r, t: "x.pdf"))
    with pytest.raises(LookupError, match="str"):
        reports.pdf(lambda: None, "not a request")  # type: ignore[arg-type, return-value]


def test_an_entry_is_its_data_then_its_drawing() -> None:
    calls: list[object] = []
    entry = ReportEntry(str, lambda uow, r: calls.append(("data", r)) or f"data of {r}",
                        lambda data, r: calls.append(("render", data)) or b"%PDF-1.4 fake",
                        lambda r, translate: f"{r}.pdf")
    reports = ReportCatalogue([entry])
    assert reports.pdf(lambda: None, "x") == b"%PDF-1.4 fake"  # type: ignore[arg-type, return-value]
    assert calls == [("data", "x"), ("render", "data of x")]
    assert reports.file_name("a/b", untranslated) == "a_b.pdf"
