"""The window reads the date and the time of day from the workspace context's clock (AppContext.today
and .now), never from the system clock, so a fixed clock gives the same screens on any day."""
from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QTime

from domain.model.evaluations import StarEvaluation
from gui.customers.form_widgets import OptionalDate
from gui.customers.star_chart import StarHistoryChart
from gui.visits.record_dialog import VisitRecordDialog
from tests.gui.dossier_demo import TODAY, dispose

FAR_DAY = date(2041, 6, 15)


def test_an_empty_star_history_is_drawn_around_the_workspace_day(qtbot) -> None:
    chart = StarHistoryChart(lambda: FAR_DAY)
    qtbot.addWidget(chart)
    chart.set_evaluations(list[StarEvaluation]())
    low, high = chart.x_axis.min().date().toPython(), chart.x_axis.max().date().toPython()
    assert low < FAR_DAY < high
    assert (high - low).days < 60


def test_a_date_switched_on_starts_at_the_day_given(qtbot) -> None:
    field = OptionalDate()
    qtbot.addWidget(field)
    field.set_value(None, FAR_DAY)
    field.enabled.setChecked(True)
    assert field.value() == FAR_DAY


def test_the_visit_record_takes_the_time_of_day_from_the_context(
        qtbot, demo_ctx, runner, worked_example_id) -> None:  # noqa: F811
    local = datetime(TODAY.year, TODAY.month, TODAY.day, 3, 7).astimezone()  # an hour nobody visits
    demo_ctx.now = lambda: local.astimezone(UTC)
    with demo_ctx.uow() as uow:
        planned = uow.visits.find_planned(worked_example_id, TODAY)
    assert planned is not None
    dialog = VisitRecordDialog(demo_ctx, runner, worked_example_id, TODAY, planned.id)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None and not dialog._filling, timeout=10000)
    assert dialog.start.time() == QTime(3, 7)  # a visit of today starts now
    dialog.end.setTime(QTime(11, 0))
    dialog._end_now()
    assert dialog.end.time() == QTime(3, 7)
    dialog.summary.summary.setPlainText("店主在")
    dialog.save_draft()
    assert "03:07:00" in dialog.status.text()
    dialog.discard_unsaved()
    dispose(dialog, runner)
