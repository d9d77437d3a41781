"""The demo's import batch is called 演示数据 (Demo data), not "demo seed 7"; counts carry separators."""
from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from domain.model.sales import ImportBatch, ImportKind
from domain.read_models import TimelineEntry
from gui.customers.timeline_tab import describe
from gui.importing.history import history_model


def test_the_timeline_names_the_demo_batch_in_the_users_words() -> None:
    row = describe(TimelineEntry(date(2026, 11, 27), "import", "demo seed 7", "demo:108360"), date(2026, 11, 27))
    assert "seed" not in row.title and row.title == "Demo data"
    assert "108,360" in row.detail


def test_the_import_history_names_the_demo_batch_in_the_users_words(qapp) -> None:
    model = history_model()
    model.set_rows([ImportBatch(kind=ImportKind.DEMO, source_name="demo seed 7", id=1, row_count=108360,
                                imported_at=datetime(2026, 11, 27, tzinfo=UTC))])
    texts = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
    assert "Demo data" in texts and "demo seed 7" not in texts
    assert "108,360" in texts


def test_the_new_button_of_the_catalogue_is_not_the_new_launch_column(qtbot, ctx) -> None:
    """新品 (a new launch) is a column; the button that adds a product spec says so (新建规格)."""
    from gui.products.catalogue_page import CataloguePage
    from gui.workers import TaskRunner

    runner = TaskRunner()
    page = CataloguePage(ctx, runner)
    qtbot.addWidget(page)
    assert page.new_button.text() == "New product spec"
    runner.wait()
