"""Words of the visit record, follow-ups, history and day summary in the user's language: entry kinds,
the suggested-order explanation, the domain's messages (listed so that lupdate extracts them)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from domain.model.visits import EntryKind, VisitStep
from domain.visits.suggested_order import WINDOW_WEEKS, Basis, CycleDemand, Suggestion

CONTEXT = "VisitRecordLabels"
OVERDUE_COLOUR = "#b3261e"
DONE_COLOUR = "#1e7a34"
MUTED_COLOUR = "#7a8896"



# (step, kind) pairs offered for new entries, per tab of the form
SERVICE_KINDS: tuple[tuple[VisitStep, EntryKind], ...] = (
    (VisitStep.SERVICE, EntryKind.INFORMATION_PASSED),
    (VisitStep.SERVICE, EntryKind.RECOMMENDATION),
    (VisitStep.SUGGESTED_ORDER, EntryKind.RECOMMENDATION),
)
RECORD_KINDS: tuple[tuple[VisitStep, EntryKind], ...] = (
    (VisitStep.RECORD, EntryKind.NEED),
    (VisitStep.RECORD, EntryKind.OPINION),
    (VisitStep.RECORD, EntryKind.COMPLAINT),
    (VisitStep.RECORD, EntryKind.MARKET_INFO),
    (VisitStep.RECORD, EntryKind.COMPETITOR_INFO),
    (VisitStep.GREETING, EntryKind.NOTE),
    (VisitStep.RECORD, EntryKind.NOTE),
)
SERVICE_STEPS = frozenset({VisitStep.SERVICE, VisitStep.SUGGESTED_ORDER})


def kind_label(step: VisitStep, kind: EntryKind) -> str:
    if kind is EntryKind.NOTE:
        if step is VisitStep.GREETING:
            return QCoreApplication.translate("VisitRecordLabels", "Greeting / care")
        if step is VisitStep.STORE_CHECK:
            return QCoreApplication.translate("VisitRecordLabels", "Store check note")
        return QCoreApplication.translate("VisitRecordLabels", "Note")
    if kind is EntryKind.RECOMMENDATION and step is VisitStep.SUGGESTED_ORDER:
        return QCoreApplication.translate("VisitRecordLabels", "Order advice")
    return {
        EntryKind.INFORMATION_PASSED: QCoreApplication.translate("VisitRecordLabels", "Information passed on"),
        EntryKind.RECOMMENDATION: QCoreApplication.translate("VisitRecordLabels", "Product recommended"),
        EntryKind.NEED: QCoreApplication.translate("VisitRecordLabels", "Need"),
        EntryKind.OPINION: QCoreApplication.translate("VisitRecordLabels", "Opinion"),
        EntryKind.COMPLAINT: QCoreApplication.translate("VisitRecordLabels", "Complaint"),
        EntryKind.MARKET_INFO: QCoreApplication.translate("VisitRecordLabels", "Market information"),
        EntryKind.COMPETITOR_INFO: QCoreApplication.translate("VisitRecordLabels", "Competitor information"),
    }[kind]


def problem_label(kind: str, text: str) -> str:
    """A problem of the day summary in words."""
    if kind == "price_labels":
        if text in ("", "0"):
            return QCoreApplication.translate("VisitRecordLabels", "Price labels incomplete")
        return QCoreApplication.translate("VisitRecordLabels", "Price labels missing: {n}").format(n=text)
    if kind == "license":
        return QCoreApplication.translate("VisitRecordLabels", "License not shown")
    try:
        return kind_label(VisitStep.RECORD, EntryKind(kind))
    except ValueError:
        return kind


def class_label(price_class: int) -> str:
    names = {
        1: QCoreApplication.translate("VisitRecordLabels", "Class 1"),
        2: QCoreApplication.translate("VisitRecordLabels", "Class 2"),
        3: QCoreApplication.translate("VisitRecordLabels", "Class 3"),
        4: QCoreApplication.translate("VisitRecordLabels", "Class 4"),
        5: QCoreApplication.translate("VisitRecordLabels", "Class 5"),
    }
    return names.get(price_class, str(price_class))


def cartons(n: int | Decimal) -> str:
    return QCoreApplication.translate("VisitRecordLabels", "{n} cartons").format(n=n)


def qty(n: int | None) -> str:
    return "" if n is None else str(n)


def weekly_text(weekly: Decimal) -> str:
    return f"{weekly:.1f}"


def explain_cycle(s: Suggestion, d: CycleDemand) -> str:
    """The forecast rule's arithmetic (本月预测 33 条 ÷ 4 个订货日 × (7 + 2) ÷ 7 天 = 需求 10.6 条 − 库存 3 条 = 建议 8 条)."""
    need = QCoreApplication.translate(
        "VisitRecordLabels",
        "Forecast {month} cartons this month ÷ {days} order days = {per} per order; × ({cycle} + {ahead}) ÷ {cycle} "
        "(the order cycle plus the days to the next order) = need {need}",
    ).format(month=d.month_forecast, days=d.order_days, per=weekly_text(d.per_order), cycle=d.cycle_days,
             ahead=d.days_to_next, need=weekly_text(d.need))
    if s.basis is Basis.NOT_COUNTED:
        return need + QCoreApplication.translate("VisitRecordLabels", "; count the stock to get a suggestion.")
    text = need + QCoreApplication.translate(
        "VisitRecordLabels", " − stock {stock} = suggest {n} cartons").format(stock=s.stock, n=s.computed)
    if s.basis is Basis.CAPPED:
        text += QCoreApplication.translate(
            "VisitRecordLabels", "; scarce: at most the latest supply, {n} cartons").format(n=s.cap)
    return text


def explain(s: Suggestion | None) -> str:
    """The suggestion's arithmetic in words, next to the figures (近8周周均 2.5 条 × 覆盖 2 周 − 库存 1 条 = 建议 4 条)."""
    if s is not None and s.cycle is not None:
        return explain_cycle(s, s.cycle)
    if s is None or s.basis is Basis.NO_HISTORY:
        return QCoreApplication.translate(
            "VisitRecordLabels",
            "No supply in the last {weeks} weeks: no suggestion; order what the owner asks for.",
        ).format(weeks=s.weeks if s else WINDOW_WEEKS)
    if s.basis is Basis.NOT_COUNTED:
        return QCoreApplication.translate(
            "VisitRecordLabels",
            "Weekly average over {weeks} weeks {weekly} cartons; count the stock to get a suggestion.",
        ).format(weeks=s.weeks, weekly=weekly_text(s.weekly))
    text = QCoreApplication.translate(
        "VisitRecordLabels",
        "Weekly average over {weeks} weeks {weekly} × cover {cover} weeks − stock {stock} = suggest {n} cartons",
    ).format(weeks=s.weeks, weekly=weekly_text(s.weekly), cover=s.cover_weeks, stock=s.stock, n=s.computed)
    if s.basis is Basis.CAPPED:
        text += QCoreApplication.translate(
            "VisitRecordLabels", "; scarce: at most the latest supply, {n} cartons").format(n=s.cap)
    return text


def rule_text(cover_weeks: int, start: date, end: date) -> str:
    return QCoreApplication.translate(
        "VisitRecordLabels",
        "Suggested order = weekly average supply of the last {weeks} weeks × {cover} weeks (until the next visit + 1 "
        "safety week) − stock counted; scarce products at most their latest supply. Supply counted {start} – {end}.",
    ).format(weeks=WINDOW_WEEKS, cover=cover_weeks, start=start.isoformat(), end=end.isoformat())


def cycle_rule_text() -> str:
    return QCoreApplication.translate(
        "VisitRecordLabels",
        "Suggested order = this month's forecast ÷ the shop's order days × (order cycle + days to its next order) "
        "÷ order cycle − stock counted; scarce products at most their latest supply. The visit handbook prints the "
        "same figures.",
    )


def fallback_rule_text(rule: str) -> str:
    return QCoreApplication.translate("VisitRecordLabels", "Products without a forecast: {rule}").format(rule=rule)


def local_day(d: date) -> str:
    """2026-11-27 周五."""
    name = QLocale().dayName(QDate(d.year, d.month, d.day).dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{d.isoformat()} {name}"


def local_time(moment: datetime | None) -> str:
    """An aware UTC time as the local clock shows it: 09:05."""
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def time_span(start: datetime | None, end: datetime | None) -> str:
    if start is None and end is None:
        return ""
    return f"{local_time(start)}–{local_time(end)}"
