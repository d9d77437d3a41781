"""The month's key figures as cards, each with its month-over-month (环比) and year-over-year (同比)
change; the tooltip gives the figures compared with."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from domain.analysis.changes import FigureChanges, MonthComparison
from domain.profit import PeriodFigures
from gui.analysis.labels import margin_title
from gui.common import formatting as fmt
from gui.common.widgets import KpiCard

Value = Callable[[PeriodFigures], str]
Change = Callable[[FigureChanges], str]


def _titles() -> dict[str, str]:
    return {
        "cartons": QCoreApplication.translate("AnalysisKpis", "Cartons"),
        "amount": QCoreApplication.translate("AnalysisKpis", "Purchase amount"),
        "gross_profit": QCoreApplication.translate("AnalysisKpis", "Gross profit"),
        "margin": QCoreApplication.translate("AnalysisKpis", "Gross margin"),
        "class_1_2": QCoreApplication.translate("AnalysisKpis", "Class 1–2 share"),
        "fill_rate": QCoreApplication.translate("AnalysisKpis", "Fill rate"),
        "customers": QCoreApplication.translate("AnalysisKpis", "Customers ordering"),
    }


class KpiGrid(QWidget):
    """Cartons, purchase amount, gross profit, margin, class 1–2 share, fill rate and (for the
    territory) customers ordering, laid out in `columns` columns."""

    def __init__(self, with_customers: bool, columns: int, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        """compact: smaller figures, whole yuan (the dossier's Sales tab)."""
        super().__init__(parent)
        self._with_customers = with_customers
        money = fmt.whole_money if compact else fmt.big_money
        if compact:
            self.setStyleSheet("QLabel#KpiValue { font-size: 17px; }")
        self._specs: list[tuple[str, Value, Change]] = [
            ("cartons", lambda f: fmt.count(f.cartons), lambda c: fmt.signed_percent(c.cartons_pct)),
            ("amount", lambda f: money(f.amount), lambda c: fmt.signed_percent(c.amount_pct)),
            ("gross_profit", lambda f: money(f.gross_profit), lambda c: fmt.signed_percent(c.gross_profit_pct)),
            ("margin", lambda f: fmt.percent(f.margin_pct), lambda c: fmt.signed_points(c.margin_points)),
            ("class_1_2", lambda f: fmt.percent(f.class_1_2_share_pct),
             lambda c: fmt.signed_points(c.class_1_2_points)),
            ("fill_rate", lambda f: fmt.percent(f.fill_rate_pct), lambda c: fmt.signed_points(c.fill_rate_points)),
        ]
        titles = _titles()
        names = [s[0] for s in self._specs] + (["customers"] if with_customers else [])
        self.cards: dict[str, KpiCard] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for n, name in enumerate(names):
            card = KpiCard(titles[name])
            card_layout = card.layout()
            assert card_layout is not None  # a card lays itself out when made
            card_layout.setContentsMargins(10, 4 if compact else 6, 10, 4 if compact else 6)
            self.cards[name] = card
            grid.addWidget(card, n // columns, n % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.clear()

    def clear(self) -> None:
        for card in self.cards.values():
            card.show_value("")
            card.setToolTip("")

    @staticmethod
    def _note(mom: str, yoy: str) -> str:
        if not mom and not yoy:
            return QCoreApplication.translate("AnalysisKpis", "No month to compare with")
        return "\n".join((
            QCoreApplication.translate("AnalysisKpis", "MoM {change}").format(change=mom or "—"),
            QCoreApplication.translate("AnalysisKpis", "YoY {change}").format(change=yoy or "—"),
        ))

    @staticmethod
    def _compared(previous: str, year_ago: str) -> str:
        return QCoreApplication.translate(
            "AnalysisKpis", "Previous month: {previous} · Same month last year: {year_ago}"
        ).format(previous=previous or "—", year_ago=year_ago or "—")

    def show_comparison(self, c: MonthComparison) -> None:
        mom, yoy = c.month_over_month, c.year_over_year

        def shown(f: PeriodFigures | None, value: Value) -> str:
            return value(f) if f is not None and f.cartons else ""

        self.cards["margin"].title.setText(margin_title(c.current.margin_basis))
        for name, value, change in self._specs:
            card = self.cards[name]
            card.show_value(value(c.current), self._note(change(mom), change(yoy)))
            card.setToolTip(self._compared(shown(c.previous, value), shown(c.year_ago, value)))
        if self._with_customers:
            card = self.cards["customers"]
            card.show_value(fmt.count(c.customers),
                            self._note(fmt.signed_percent(mom.customers_pct), fmt.signed_percent(yoy.customers_pct)))
            card.setToolTip(self._compared(fmt.count(c.previous_customers), fmt.count(c.year_ago_customers)))

    def value_of(self, name: str) -> str:
        return self.cards[name].value.text()

    def note_of(self, name: str) -> str:
        return self.cards[name].note.text()
