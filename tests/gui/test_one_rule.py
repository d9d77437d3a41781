"""One rule, one place: what the screens show is the domain's figure, spelt as the printed reports spell
it. Each test would fail if a screen computed or spelt the figure its own way again."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

import reports.base as printed
from domain.analysis.changes import change_pct
from domain.analysis.inflation import MIN_RUN
from domain.percentages import signed
from domain.services.analysis import customer_analysis
from domain.visits.suggested_order import WINDOW_WEEKS, Basis, SupplyHistory, suggest
from gui.common import formatting as fmt
from gui.visits import record_labels
from gui.workers import TaskRunner
from reports.figures import small_number
from tests.gui.dossier_demo import dispose

AMOUNTS = [Decimal(s) for s in ("0", "0.01", "12.5", "-12.5", "1425.28", "17816", "99999.99", "100000",
                                "178165", "1781650", "-298700", "123456789.99")]


# --- the percentage change ----------------------------------------------------------------------

@pytest.mark.parametrize(("current", "previous", "shown"), [
    (Decimal("50"), Decimal("-100"), "+150.0%"),  # a loss turned into a profit rose: the old GUI said −150.0%
    (Decimal("-150"), Decimal("-100"), "−50.0%"),  # a loss grew: the old GUI said +50.0%
    (Decimal("5"), Decimal("0"), ""),  # nothing to compare with
    (346, 303, "+14.2%"),
])
def test_the_change_shown_is_the_domains(current: Decimal, previous: Decimal, shown: str) -> None:
    assert fmt.change_pct(current, previous) == shown


@given(st.integers(-10**7, 10**7), st.integers(-10**7, 10**7))
def test_the_change_equals_the_domains_rule_everywhere(current: int, previous: int) -> None:
    expected = change_pct(current, previous)
    assert fmt.change_pct(current, previous) == ("" if expected is None else f"{signed(expected)}%")


# --- ¥ and 万 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("amount", AMOUNTS)
def test_money_reads_the_same_on_screen_and_on_paper(amount: Decimal) -> None:
    assert fmt.money(amount) == printed.money2(amount)


@pytest.mark.parametrize("amount", AMOUNTS)
def test_large_sums_in_wan_read_the_same_on_screen_and_on_paper(amount: Decimal) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        shown = fmt.big_money(amount)
    finally:
        QLocale.setDefault(previous)
    if abs(amount) >= 100_000:
        assert shown == printed.big_money(amount) and shown.endswith("万")
    else:
        assert shown == printed.money2(amount)


def test_whole_yuan_round_half_up_as_the_reports_do() -> None:
    assert fmt.whole_money(Decimal("17816.5")) == printed.money(Decimal("17817")) == "¥17,817"


# --- the suggested order --------------------------------------------------------------------------

@given(st.integers(1, 200), st.integers(0, 60), st.integers(2, 5), st.booleans(), st.integers(1, 40))
def test_the_explanation_shows_the_domains_arithmetic(supplied, stock, cover, scarce, last) -> None:
    s = suggest(SupplyHistory(1, supplied, last_supplied=last, scarce=scarce), stock, cover)
    text = record_labels.explain(s)
    assert f"= suggest {s.computed} cartons" in text
    if s.basis is not Basis.CAPPED:
        assert s.computed == s.quantity
    else:
        assert f"at most the latest supply, {s.quantity} cartons" in text


def test_the_window_shown_is_the_domains(monkeypatch: pytest.MonkeyPatch) -> None:
    assert f"the last {WINDOW_WEEKS} weeks" in record_labels.rule_text(2, date(2026, 10, 2), date(2026, 11, 26))
    assert f"the last {WINDOW_WEEKS} weeks" in record_labels.explain(None)
    monkeypatch.setattr(record_labels, "WINDOW_WEEKS", 6)  # the text follows the constant, not a copy of it
    assert "the last 6 weeks" in record_labels.rule_text(2, date(2026, 10, 2), date(2026, 11, 26))
    assert "the last 6 weeks" in record_labels.explain(None)


# --- demand inflation -----------------------------------------------------------------------------

@pytest.mark.parametrize("run", [MIN_RUN, 5])
def test_the_inflation_run_length_shown_is_the_domains(monkeypatch, make_analysis_page, analysis_ctx, run) -> None:
    """The analysis page's note, the sales tab's warning and the printed heading all say the domain's
    figure: patched to 5, all three say 5."""
    import gui.analysis.analysis_page as page_module
    import gui.customers.sales_tab as tab_module
    import reports.monthly as monthly

    for module in (page_module, tab_module, monthly):
        monkeypatch.setattr(module, "MIN_RUN", run)
    page, ctx = make_analysis_page(), analysis_ctx
    assert page.inflation_model.rowCount() >= 1
    assert f"at least {run} orders in a row" in page.inflation_note.text()

    signal = page.analysis.inflation[0]
    runner = TaskRunner()
    tab = tab_module.SalesTab(ctx, runner)
    try:
        tab.show_data(customer_analysis(ctx.uow(), signal.customer_id, page.analysis.month))
        assert f"at least {run} orders in a row" in tab.warning.toolTip()
    finally:
        dispose(tab, runner)

    texts = [getattr(f, "text", "") for f in monthly.monthly_story(page.analysis)]
    assert any(f"连续至少{small_number(run)}次缺货" in t for t in texts)
