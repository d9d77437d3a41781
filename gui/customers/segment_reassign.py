"""客户档案 ▸ 改区域类型…: put the selected shops into one segment at once (reassign_customers)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QPushButton, QTableView

from domain.model.customers import Segment
from domain.services.tier_schemes import reassign_customers
from domain.services.workspace import list_segments
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner


class SegmentReassign(QObject):
    """The button and what it does; the page hands it its table, and reloads when it is done."""

    def __init__(self, page, ctx: AppContext, runner: TaskRunner) -> None:  # noqa: ANN001 - the CustomersPage
        super().__init__(page)
        self._page, self._ctx, self._runner = page, ctx, runner
        self.button = QPushButton(self.tr("Change segment…"))
        self.button.setToolTip(self.tr("Put the selected customers into one segment (Ctrl or Shift + click "
                                       "selects several)"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.start)
        table: QTableView = page.table
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        page.model.modelReset.connect(self._selection_changed)

    def selected_ids(self) -> list[int]:
        rows = self._page.model.rows
        return sorted({rows[i.row()].id for i in self._page.table.selectionModel().selectedRows()
                       if i.row() < len(rows)})

    def _selection_changed(self, *_: object) -> None:
        self.button.setEnabled(bool(self.selected_ids()) and not self._ctx.read_only_reason)

    def start(self) -> None:
        ids = self.selected_ids()
        if ids:
            ctx = self._ctx
            self._runner.submit(lambda: list_segments(ctx.uow()), lambda segments: self._choose(ids, segments))

    def _choose(self, ids: list[int], segments: list[Segment]) -> None:
        offered = [s for s in segments if not s.archived]
        none = self.tr("(no segment)")
        names = [s.name for s in offered] + [none]
        name, ok = QInputDialog.getItem(
            self._page, self.tr("Change segment"),
            self.tr("Put the {n} selected customers into:").format(n=len(ids)), names, 0, False)
        if not ok:
            return
        segment_id = next((s.id for s in offered if s.name == name), None)
        ctx, label = self._ctx, name

        def done(changed: int) -> None:
            def tell() -> None:  # after the reload, which would overwrite the status bar's text
                self._page.loaded.disconnect(tell)
                self._page.count_changed.emit(
                    self.tr("{n} customers moved to {segment}.").format(n=changed, segment=label))
            self._page.loaded.connect(tell)
            self._page.refresh()

        def failed(exc: BaseException) -> None:
            self._page.count_changed.emit(describe_error(exc))

        self._runner.submit(lambda: reassign_customers(ctx.uow(), ids, segment_id), done, failed)
