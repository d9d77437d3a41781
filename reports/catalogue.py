"""Every printed report of Fieldbook, as catalogue entries (domain.report_catalogue): its data
function, its renderer and its default file name. The renderers are imported when a report is made,
so that opening the window does not load reportlab."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from domain.forecast.model import HolidayCalendar
from domain.messages import Translate
from domain.ports import UnitOfWorkFactory
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
)


def report_catalogue(holidays: HolidayCalendar | None = None) -> ReportCatalogue:
    """`holidays` (persistence.holidays.ChineseHolidays in the app) is what the forecast's season reads
    where a report tells how well a month was forecast or what to order (the handbook); without it the
    season rests on the orders alone."""

    def monthly_data(uow: UnitOfWorkFactory, r: MonthlyRequest) -> Any:
        return _monthly_data(uow, r, holidays)

    def handbook_data(uow: UnitOfWorkFactory, r: HandbookRequest) -> Any:
        return _handbook_data(uow, r, holidays)

    return ReportCatalogue([
        ReportEntry(HandbookRequest, handbook_data, _render_handbook, _handbook_file),
        ReportEntry(VisitSummaryRequest, _visit_summary_data, _render_visit_summary, _visit_summary_file),
        ReportEntry(OneVisitRequest, _one_visit_data, _render_one_visit, _one_visit_file),
        ReportEntry(MonthlyRequest, monthly_data, _render_monthly, _monthly_file),
        ReportEntry(DossierRequest, _dossier_data, _render_dossier, _dossier_file),
        ReportEntry(TiersRequest, _tiers_data, _render_tiers, _tiers_file),
        ReportEntry(FestivalListRequest, _festival_data, _render_festival, _festival_file),
        ReportEntry(InvitationListRequest, _invitation_data, _render_invitation, _invitation_file),
        ReportEntry(SignInSheetRequest, _sign_in_data, _render_sign_in, _sign_in_file),
        ReportEntry(EventSummaryRequest, _event_summary_data, _render_event_summary, _event_summary_file),
        ReportEntry(CultivationRequest, _cultivation_data, _render_cultivation, _cultivation_file),
    ])


# --- 拜访手册 ----------------------------------------------------------------------------------------

def _handbook_data(uow: UnitOfWorkFactory, r: HandbookRequest, holidays: HolidayCalendar | None) -> Any:
    from domain.services.report_data import handbook_data

    return handbook_data(uow(), r.day, r.today, holidays)


def _render_handbook(data: Any, r: HandbookRequest) -> bytes:
    from reports.handbook import render_handbook

    return render_handbook(data)


def _handbook_file(r: HandbookRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Visit handbook-{date}.pdf").format(date=r.day.isoformat())


# --- 拜访总结 ----------------------------------------------------------------------------------------

def _visit_summary_data(uow: UnitOfWorkFactory, r: VisitSummaryRequest) -> Any:
    from domain.services.report_data import visit_summary_data

    return visit_summary_data(uow(), r.day, r.today, week=r.week)


def _render_visit_summary(data: Any, r: VisitSummaryRequest) -> bytes:
    from reports.visit_summary import render_visit_summary

    return render_visit_summary(data)


def _visit_summary_file(r: VisitSummaryRequest, translate: Translate) -> str:
    if r.week:  # named after the Monday: the week summary covers Monday to Sunday whichever day was shown
        monday = r.day - timedelta(days=r.day.weekday())
        return translate("ReportFiles", "Visit summary-week-{date}.pdf").format(date=monday.isoformat())
    return translate("ReportFiles", "Visit summary-{date}.pdf").format(date=r.day.isoformat())


def _one_visit_data(uow: UnitOfWorkFactory, r: OneVisitRequest) -> Any:
    from domain.services.report_data import one_visit_data

    return one_visit_data(uow(), r.visit_id, r.today)


def _render_one_visit(data: Any, r: OneVisitRequest) -> bytes:
    from reports.visit_summary import render_one_visit

    return render_one_visit(data)


def _one_visit_file(r: OneVisitRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Visit summary-{shop}-{date}.pdf").format(
        shop=r.shop or r.visit_id, date=(r.day or r.today).isoformat())


# --- 月度经营分析 ------------------------------------------------------------------------------------

def _monthly_data(uow: UnitOfWorkFactory, r: MonthlyRequest, holidays: HolidayCalendar | None) -> Any:
    from domain.services.analysis import month_analysis
    from domain.services.forecast import month_accuracy
    from domain.services.tier_report import tier_month
    from domain.services.workspace import load_settings

    return (load_settings(uow()), month_analysis(uow(), r.month), tier_month(uow(), r.month),
            month_accuracy(uow(), r.month, holidays))


def _render_monthly(data: Any, r: MonthlyRequest) -> bytes:
    from reports.monthly import render_monthly

    settings, analysis, tiers, accuracy = data
    return render_monthly(analysis, settings.owner_name, settings.unit_name, r.today, r.notes, tiers=tiers,
                          accuracy=accuracy)


def _monthly_file(r: MonthlyRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Monthly analysis-{month}.pdf").format(month=f"{r.month:%Y-%m}")


# --- 客户档案 ----------------------------------------------------------------------------------------

def _dossier_data(uow: UnitOfWorkFactory, r: DossierRequest) -> Any:
    from domain.services.dossier_report import dossier_data
    from domain.services.salons import invitations_of
    from domain.services.tier_report import dossier_tiers
    from domain.services.workspace import load_settings

    return (load_settings(uow()), dossier_data(uow(), r.customer_id), dossier_tiers(uow(), r.customer_id),
            invitations_of(uow(), r.customer_id))


def _render_dossier(data: Any, r: DossierRequest) -> bytes:
    from reports.dossier import render_dossier

    settings, dossier, tiers, salons = data
    return render_dossier(dossier, settings.owner_name, settings.unit_name, r.today, tiers=tiers, salons=salons)


def _dossier_file(r: DossierRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Customer dossier-{shop}-{date}.pdf").format(
        shop=r.shop or r.customer_id, date=r.today.isoformat())


# --- 分层分级报告 ------------------------------------------------------------------------------------

def _tiers_data(uow: UnitOfWorkFactory, r: TiersRequest) -> Any:
    from domain.services.tier_report import tier_report_data
    from domain.services.workspace import load_settings

    return load_settings(uow()), tier_report_data(uow(), r.month)


def _render_tiers(data: Any, r: TiersRequest) -> bytes:
    from reports.tiers_report import render_tiers_report

    settings, report = data
    return render_tiers_report(report, settings.owner_name, settings.unit_name, r.today)


def _tiers_file(r: TiersRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Tiers report-{month}.pdf").format(month=f"{r.month:%Y-%m}")


# --- 节日关怀清单 ------------------------------------------------------------------------------------

def _festival_data(uow: UnitOfWorkFactory, r: FestivalListRequest) -> Any:
    from domain.services.festival_care import festival_sitting
    from domain.services.workspace import load_settings

    return load_settings(uow()), festival_sitting(uow(), r.festival_key, r.year)


def _render_festival(data: Any, r: FestivalListRequest) -> bytes:
    from reports.festival_list import render_festival_list

    settings, sitting = data
    return render_festival_list(sitting, settings.owner_name, settings.unit_name, r.today)


def _festival_file(r: FestivalListRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Festival care list-{festival}-{date}.pdf").format(
        festival=r.festival or r.festival_key, date=r.today.isoformat())


# --- 沙龙活动: 邀约名单, 签到表, 活动总结 ----------------------------------------------------------------

def _event_file(translated: str, theme: str, event_id: int, today: date) -> str:
    return translated.format(theme=theme or event_id, date=today.isoformat())


def _invitation_data(uow: UnitOfWorkFactory, r: InvitationListRequest) -> Any:
    from domain.services.salon_report import invitation_list
    from domain.services.workspace import load_settings

    return load_settings(uow()), invitation_list(uow(), r.event_id)


def _render_invitation(data: Any, r: InvitationListRequest) -> bytes:
    from reports.salon_lists import render_invitation_list

    settings, found = data
    return render_invitation_list(found, settings.owner_name, settings.unit_name, r.today)


def _invitation_file(r: InvitationListRequest, translate: Translate) -> str:
    return _event_file(translate("ReportFiles", "Invitation list-{theme}-{date}.pdf"), r.theme, r.event_id, r.today)


def _sign_in_data(uow: UnitOfWorkFactory, r: SignInSheetRequest) -> Any:
    from domain.services.salon_report import sign_in_list
    from domain.services.workspace import load_settings

    return load_settings(uow()), sign_in_list(uow(), r.event_id)


def _render_sign_in(data: Any, r: SignInSheetRequest) -> bytes:
    from reports.salon_lists import render_sign_in_sheet

    settings, found = data
    return render_sign_in_sheet(found, settings.owner_name, settings.unit_name, r.today, r.blank_rows)


def _sign_in_file(r: SignInSheetRequest, translate: Translate) -> str:
    return _event_file(translate("ReportFiles", "Sign-in sheet-{theme}-{date}.pdf"), r.theme, r.event_id, r.today)


def _event_summary_data(uow: UnitOfWorkFactory, r: EventSummaryRequest) -> Any:
    from domain.services.salon_report import event_summary
    from domain.services.workspace import load_settings

    return load_settings(uow()), event_summary(uow(), r.event_id)


def _render_event_summary(data: Any, r: EventSummaryRequest) -> bytes:
    from reports.salon_summary import render_event_summary

    settings, found = data
    return render_event_summary(found, settings.owner_name, settings.unit_name, r.today)


def _event_summary_file(r: EventSummaryRequest, translate: Translate) -> str:
    return _event_file(translate("ReportFiles", "Event summary-{theme}-{date}.pdf"), r.theme, r.event_id, r.today)


# --- 品牌培育报告 ------------------------------------------------------------------------------------

def _cultivation_data(uow: UnitOfWorkFactory, r: CultivationRequest) -> Any:
    from domain.services.cultivation import plan_detail
    from domain.services.workspace import load_settings

    return load_settings(uow()), plan_detail(uow(), r.plan_id, r.today)


def _render_cultivation(data: Any, r: CultivationRequest) -> bytes:
    from reports.cultivation import render_cultivation

    settings, detail = data
    return render_cultivation(detail, settings.owner_name, settings.unit_name, r.today)


def _cultivation_file(r: CultivationRequest, translate: Translate) -> str:
    return translate("ReportFiles", "Cultivation report-{product}-{date}.pdf").format(
        product=r.product or r.plan_id, date=r.today.isoformat())
