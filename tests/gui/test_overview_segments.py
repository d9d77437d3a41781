"""The overview's segment table shows the customers without a segment as 未分类, so it sums to the count."""
from __future__ import annotations

from PySide6.QtCore import Qt

from domain.model.customers import Customer
from gui.overview.overview_page import OverviewPage
from gui.workers import TaskRunner


def test_unclassified_row_makes_the_table_sum_to_the_customer_count(qtbot, ctx) -> None:
    with ctx.uow() as uow:
        first = uow.segments.list()[0]
        uow.customers.add_many([
            Customer("530102100001", "北环路烟酒店", segment_id=first.id),
            Customer("530102100002", "兴旺便利店"),
        ])
        uow.commit()
    runner = TaskRunner()
    page = OverviewPage(ctx, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    runner.wait()
    model = page.segment_model
    cells = [[model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(3)] for r in range(model.rowCount())]
    assert cells[-1] == ["Unclassified", "1", "—"]  # 未分类 in Chinese
    assert sum(int(row[1]) for row in cells) == page.overview.active_customers == 2


def test_the_overview_lists_the_latest_months_grade_and_tier_changes(qtbot, demo_ctx, qtmodeltester) -> None:
    from domain.services.tiers import movements

    runner = TaskRunner()
    page = OverviewPage(demo_ctx, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.movements_loaded, timeout=10000):
        page.refresh()
    runner.wait()
    assert page.overview is not None and page.overview.latest_month is not None
    expected = movements(demo_ctx.uow(), page.overview.latest_month.month)
    assert expected, "the demo recomputes every month, so some shops move"
    model = page.movement_model
    assert [r.customer_id for r in model.rows] == [m.customer_id for m in expected]
    assert " → " in model.index(0, 2).data(Qt.ItemDataRole.DisplayRole)
    qtmodeltester.check(model)
