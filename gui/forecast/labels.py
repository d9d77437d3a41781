"""The forecast's words: where a figure's base came from, the notes it carries, the verdicts on adjustments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.forecast.adjustments import Verdict
from domain.forecast.model import (
    BLENDED,
    NOTE_CENSORED,
    NOTE_INFLATION,
    NOTE_NO_HOLIDAY_DATA,
    NOTE_STOCK_COUNTS,
    OWN,
    PEERS,
)


def source_label(source: str) -> str:
    return {
        OWN: QCoreApplication.translate("ForecastLabels", "own orders"),
        BLENDED: QCoreApplication.translate("ForecastLabels", "own orders, leaned toward peers (short history)"),
        PEERS: QCoreApplication.translate("ForecastLabels", "peers of the same segment and grade (no orders yet)"),
    }.get(source, source)


def note_label(note: str) -> str:
    return {
        NOTE_CENSORED: QCoreApplication.translate(
            "ForecastLabels", "supply was cut: demand read between what was supplied and what was asked"
        ),
        NOTE_INFLATION: QCoreApplication.translate(
            "ForecastLabels", "requests rising while supply stays flat (inflation): requests not believed"
        ),
        NOTE_NO_HOLIDAY_DATA: QCoreApplication.translate(
            "ForecastLabels", "no public-holiday data for this month: the season rests on the order history"
        ),
        NOTE_STOCK_COUNTS: QCoreApplication.translate(
            "ForecastLabels",
            "stock counts at visits: recent months read from what was sold (previous stock + supplied − current stock)",
        ),
    }.get(note, note)


def short_note(note: str) -> str:
    """The notes as one word each, for a table cell."""
    return {
        NOTE_CENSORED: QCoreApplication.translate("ForecastLabels", "cut"),
        NOTE_INFLATION: QCoreApplication.translate("ForecastLabels", "inflating"),
        NOTE_NO_HOLIDAY_DATA: QCoreApplication.translate("ForecastLabels", "no holiday data"),
        NOTE_STOCK_COUNTS: QCoreApplication.translate("ForecastLabels", "stock counts"),
    }.get(note, note)


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.HELPED: QCoreApplication.translate("ForecastLabels", "helped"),
        Verdict.HURT: QCoreApplication.translate("ForecastLabels", "made it worse"),
        Verdict.NO_DIFFERENCE: QCoreApplication.translate("ForecastLabels", "no difference"),
    }[verdict]


def factor_text(value: float) -> str:
    """A factor as its change: 1.08 → +8%, 1 → ±0."""
    change = round((value - 1.0) * 100)
    return "±0" if change == 0 else f"{change:+d}%"


def share_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"
