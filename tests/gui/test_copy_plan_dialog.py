"""The 复制到… calendar shows its last week whole with a narrow and a wide CJK font."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTableView

from gui.style import STYLESHEET
from gui.visits.plan_dialogs import CopyPlanDialog


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_week_of_the_month_is_whole(request, qtbot, cjk_font, language) -> None:  # noqa: F811
    if language != "en":
        request.getfixturevalue("chinese")
    dialog = CopyPlanDialog(date(2026, 11, 30), date(2026, 11, 30))  # November 2026 spans six rows
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(STYLESHEET)
    dialog.show()
    qtbot.waitExposed(dialog)
    grid = dialog.calendar.findChild(QTableView)
    heights = [grid.rowHeight(r) for r in range(grid.model().rowCount())]
    assert sum(heights) <= grid.viewport().height(), f"weeks need {heights}, the grid has {grid.viewport().height()}"
    assert min(heights) >= grid.fontMetrics().height() + 2
