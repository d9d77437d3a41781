"""The do-not-invite list (免邀名单): shops never put on a target list, each with why. It holds across
events, so it is edited from 客户筛选 in a dialog of its own."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.read_models import CustomerListRow
from domain.services.salons import do_not_invite_list, set_do_not_invite
from gui.analysis.tables import fit_columns, table_for
from gui.common.row_model import ROW_ROLE, Column, RowTableModel
from gui.common.widgets import subtitle
from gui.context import AppContext
from gui.salons.shop_box import ShopBox
from gui.workers import TaskRunner


@dataclass(frozen=True)
class Blocked:
    customer_id: int
    shop: str
    reason: str


class DoNotInviteDialog(QDialog):
    changed = Signal()  # the list changed: the screening counts it left out are stale
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, shops: Sequence[CustomerListRow],
                 parent: QWidget | None = None, on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._names = {s.id: s.name for s in shops}
        self._on_error = on_error
        self.setWindowTitle(self.tr("Do-not-invite list"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle(self.tr("These shops are never put on a target list, whatever the criteria. "
                                          "Putting a shop here also takes it off the lists of coming events where "
                                          "it is not invited yet.")))
        self.model: RowTableModel[Blocked] = RowTableModel([
            Column(self.tr("Shop"), lambda b: b.shop),
            Column(self.tr("Reason"), lambda b: b.reason),
        ], self)
        self.view = table_for(self.model, self)
        layout.addWidget(self.view, 1)
        add = QHBoxLayout()
        self.shop = ShopBox()
        self.shop.set_shops([s for s in shops if s.status == "active"])
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (e.g. asked not to be invited)"))
        self.add_button = QPushButton(self.tr("Add"))
        add.addWidget(self.shop, 2)
        add.addWidget(self.reason, 2)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        bottom = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove from the list"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.status, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        uow = self._ctx.uow
        self._runner.submit(lambda: do_not_invite_list(uow()), self._show, self._failed)

    def _show(self, blocked: dict[int, str]) -> None:
        rows = [Blocked(cid, self._names.get(cid, f"#{cid}"), reason) for cid, reason in blocked.items()]
        self.model.set_rows(sorted(rows, key=lambda b: b.shop))
        fit_columns(self.view)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(exc)

    def _update_buttons(self, *_args: Any) -> None:
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def add(self) -> None:
        customer_id = self.shop.customer_id()
        if customer_id is None:
            self.status.setText(self.tr("Choose a shop from the list first."))
            return
        reason, uow = self.reason.text(), self._ctx.uow
        name = self._names.get(customer_id, "")

        def done(_none: object) -> None:
            self.status.setText(self.tr("{shop} will not be invited.").format(shop=name))
            self.shop.clear_choice()
            self.reason.clear()
            self.changed.emit()
            self.reload()

        self._runner.submit(lambda: set_do_not_invite(uow(), customer_id, reason), done, self._failed)

    def remove(self) -> None:
        chosen = [i.data(ROW_ROLE) for i in self.view.selectionModel().selectedRows()]
        uow = self._ctx.uow

        def work() -> None:
            for b in chosen:
                set_do_not_invite(uow(), b.customer_id, None)

        def done(_none: object) -> None:
            self.status.setText(self.tr("{n} shops can be invited again.").format(n=len(chosen)))
            self.changed.emit()
            self.reload()

        self._runner.submit(work, done, self._failed)
