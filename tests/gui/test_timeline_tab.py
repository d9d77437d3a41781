from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.read_models import TimelineEntry
from gui.customers.timeline_tab import TimelineTab, describe
from tests.gui.dossier_demo import TODAY


@pytest.fixture
def tab(open_tab, worked_example_id):
    return open_tab(TimelineTab, worked_example_id)


def _cells(tab: TimelineTab) -> list[list[str]]:
    m = tab.model
    return [[m.data(m.index(r, c)) for c in range(4)] for r in range(m.rowCount())]


def test_lists_everything_newest_first(tab, qtmodeltester) -> None:
    qtmodeltester.check(tab.model)
    rows = tab.model.rows
    assert [r.on for r in rows] == sorted((r.on for r in rows), reverse=True)
    assert {"visit", "star_evaluation", "swot", "plan", "import"} <= {r.kind for r in rows}
    cells = _cells(tab)
    assert ["2026-11-05", "Star evaluation", "5A8", "94 points"] in cells
    assert ["2026-11-05", "Improvement plan", "In progress", "依据2026年10月经营分析：346条，17816.00元"] in cells
    assert ["2026-11-23", "Visit", "In person · Done", "销量平稳，提醒注意许可证有效期"] in cells
    imports = [c for c in cells if c[1] == "Import"]
    assert imports and imports[0][3] == "Demo orders: 368 lines"  # the shop's order lines over the demo's months
    # what lies ahead is set apart; each kind has its marker
    upcoming = [n for n, r in enumerate(rows) if r.on > TODAY]
    assert upcoming and all(tab.model.data(tab.model.index(n, 2), Qt.ItemDataRole.FontRole).italic() for n in upcoming)
    assert tab.model.data(tab.model.index(0, 1), Qt.ItemDataRole.DecorationRole) is not None
    assert tab.status.text() == f"Entries: {len(rows)}"


def test_filter_by_kind(tab) -> None:
    everything = len(tab.model.rows)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("visit"))
    assert tab.model.rows and {r.kind for r in tab.model.rows} == {"visit"}
    assert len(tab.model.rows) < everything
    tab.kind_filter.setCurrentIndex(0)
    assert len(tab.model.rows) == everything


def test_sort_by_clicking_a_header(qtbot, tab) -> None:
    tab.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.on for r in tab.model.rows] == sorted(r.on for r in tab.model.rows)


@pytest.mark.parametrize(("entry", "title", "detail"), [
    (TimelineEntry(date(2026, 11, 2), "visit", "phone:missed", ""), "By phone · Missed", ""),
    (TimelineEntry(date(2026, 11, 2), "visit", "in_person:cancelled", "下雨"), "In person · Cancelled", "下雨"),
    (TimelineEntry(date(2026, 11, 2), "plan", "dropped", ""), "Dropped", ""),
    (TimelineEntry(date(2026, 11, 2), "reminder", "王建国生日", "done"), "王建国生日", "Done"),
    (TimelineEntry(date(2026, 11, 2), "follow_up", "带杂志", "open"), "带杂志", "To do"),
    (TimelineEntry(date(2026, 11, 2), "event", "新品品鉴沙龙", "attended|ordered"), "新品品鉴沙龙", "Attended · Ordered"),
    (TimelineEntry(date(2026, 11, 2), "event", "新品品鉴沙龙", "absent|none"), "新品品鉴沙龙", "Did not come"),
    (TimelineEntry(date(2026, 11, 2), "import", "订单2026-10.xlsx", "sales:1234"), "订单2026-10.xlsx", "Orders: 1,234 lines"),
    (TimelineEntry(date(2026, 11, 2), "swot", "", "第一行\n第二行"), "", "第一行 第二行"),
])
def test_codes_are_written_in_words(entry: TimelineEntry, title: str, detail: str) -> None:
    row = describe(entry, TODAY)
    assert (row.title, row.detail, row.upcoming) == (title, detail, False)
