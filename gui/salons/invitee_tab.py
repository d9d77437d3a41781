"""What the 客户邀约, 沙龙运作 and 面谈促成 tabs share: a line saying what is done and left, and a table of
invitees the manager selects (Ctrl or Shift for several) to act on. Each tab adds its own controls under it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from domain.salons.model import Invitee
from gui.analysis.tables import fit_columns, table_for
from gui.common.row_model import ROW_ROLE, Column, RowTableModel
from gui.common.widgets import subtitle

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


class InviteeTab(QWidget):
    def __init__(self, host: EventView, columns: Sequence[Column[Invitee]]) -> None:
        super().__init__(host)
        self._host = host
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(8, 8, 8, 8)
        self.summary = subtitle()
        self.box.addWidget(self.summary)
        self.model: RowTableModel[Invitee] = RowTableModel(list(columns), self)
        self.view = table_for(self.model, self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.box.addWidget(self.view, 1)

    def show_rows(self, rows: Sequence[Invitee]) -> None:
        self.model.set_rows(list(rows))
        fit_columns(self.view)

    def selected(self) -> list[Invitee]:
        """The selected invitees, top to bottom."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in rows]

    def selected_ids(self) -> list[int]:
        return [i.invitation.id for i in self.selected() if i.invitation.id is not None]
