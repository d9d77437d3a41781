"""The salon area's lists. Read-only lists are RowTableModels declaring their columns once; the screened
shops (ticked by hand) and the materials checklist (edited in place) are the two models of their own."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from domain.salons.model import Event, Invitee, Material
from domain.salons.rules import follow_up_due
from domain.salons.screening import ShopFacts
from domain.services.salons import EventSummary
from gui.common import formatting as fmt
from gui.common.row_model import Column, Index
from gui.common.ticked_shops import TickedShopsModel
from gui.salons import labels
from gui.tiers.labels import tier_label


def event_columns(today: date) -> list[Column[EventSummary]]:
    """The front page's list: upcoming first, then the held events with their results."""
    def when(s: EventSummary) -> str:
        if s.event.cancelled:
            return QCoreApplication.translate("SalonsTables", "Cancelled")
        days = (s.event.on - today).days
        if days < 0:
            return QCoreApplication.translate("SalonsTables", "Held")
        if days == 0:
            return QCoreApplication.translate("SalonsTables", "Today")
        return QCoreApplication.translate("SalonsTables", "In {n} days").format(n=days)

    return [
        Column(QCoreApplication.translate("SalonsTables", "Date"), lambda s: s.event.on, fmt.day),
        Column(QCoreApplication.translate("SalonsTables", "State"), when),
        Column(QCoreApplication.translate("SalonsTables", "Type"), lambda s: labels.kind_label(s.event.kind)),
        Column(QCoreApplication.translate("SalonsTables", "Theme"), lambda s: s.event.theme),
        Column(QCoreApplication.translate("SalonsTables", "Place"), lambda s: s.event.place),
        Column(QCoreApplication.translate("SalonsTables", "Listed"), lambda s: s.funnel.listed, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Invited"), lambda s: s.funnel.invited, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Confirmed"), lambda s: s.funnel.confirmed, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Attended"), lambda s: s.funnel.attended, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Converted"), lambda s: s.funnel.converted, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Cost per attendee"), lambda s: s.cost_per_attendee(),
               fmt.money, numeric=True),
    ]


def comparison_columns() -> list[Column[EventSummary]]:
    """Held events side by side: each stage of the funnel with its rate of the invited."""
    def stage(header: str, count: Any) -> Column[EventSummary]:
        return Column(header, lambda s: labels.count_and_rate(s.funnel, count(s.funnel)), numeric=True,
                      sort_key=lambda s: count(s.funnel))

    return [
        Column(QCoreApplication.translate("SalonsTables", "Date"), lambda s: s.event.on, fmt.day),
        Column(QCoreApplication.translate("SalonsTables", "Theme"), lambda s: s.event.theme),
        Column(QCoreApplication.translate("SalonsTables", "Invited"), lambda s: s.funnel.invited, fmt.count, numeric=True),
        stage(QCoreApplication.translate("SalonsTables", "Confirmed"), lambda f: f.confirmed),
        stage(QCoreApplication.translate("SalonsTables", "Attended"), lambda f: f.attended),
        stage(QCoreApplication.translate("SalonsTables", "Followed up"), lambda f: f.followed_up),
        stage(QCoreApplication.translate("SalonsTables", "Converted"), lambda f: f.converted),
        Column(QCoreApplication.translate("SalonsTables", "Walk-ins"), lambda s: s.funnel.walk_ins, fmt.count, numeric=True),
        Column(QCoreApplication.translate("SalonsTables", "Cost per attendee"), lambda s: s.cost_per_attendee(),
               fmt.money, numeric=True),
    ]


def invitee_columns() -> list[Column[Invitee]]:
    """客户邀约: who is on the list and how far each invitation got."""
    return [
        Column(QCoreApplication.translate("SalonsTables", "Shop"), lambda i: i.shop, sort_key=lambda i: i.pinyin or i.shop),
        Column(QCoreApplication.translate("SalonsTables", "Owner"), lambda i: i.owner),
        Column(QCoreApplication.translate("SalonsTables", "Phone"), lambda i: i.phone),
        Column(QCoreApplication.translate("SalonsTables", "Invitation"), lambda i: labels.invite_label(i.invitation.invite)
               if not i.invitation.walk_in else ""),
        Column(QCoreApplication.translate("SalonsTables", "Channel"), lambda i: labels.channel_label(i.invitation.channel)),
        Column(QCoreApplication.translate("SalonsTables", "Invited on"), lambda i: i.invitation.invited_on, fmt.day),
        Column(QCoreApplication.translate("SalonsTables", "Reply"), lambda i: labels.reply_text(i.invitation)),
        Column(QCoreApplication.translate("SalonsTables", "Invite on visit"), lambda i: i.invitation.invite_planned_on, fmt.day),
    ]


def day_columns() -> list[Column[Invitee]]:
    """沙龙运作: the confirmed (and maybe) guests and the walk-ins, ticked as they come."""
    return [
        Column(QCoreApplication.translate("SalonsTables", "Shop"), lambda i: i.shop, sort_key=lambda i: i.pinyin or i.shop),
        Column(QCoreApplication.translate("SalonsTables", "Owner"), lambda i: i.owner),
        Column(QCoreApplication.translate("SalonsTables", "Phone"), lambda i: i.phone),
        Column(QCoreApplication.translate("SalonsTables", "Reply"), lambda i: labels.reply_text(i.invitation)),
        Column(QCoreApplication.translate("SalonsTables", "Attendance"),
               lambda i: labels.attendance_label(i.invitation.attendance)),
        Column(QCoreApplication.translate("SalonsTables", "Seated with"), lambda i: i.invitation.seated_with),
    ]


def outcome_columns() -> list[Column[Invitee]]:
    """面谈促成: what came of each attendee's talk."""
    return [
        Column(QCoreApplication.translate("SalonsTables", "Shop"), lambda i: i.shop, sort_key=lambda i: i.pinyin or i.shop),
        Column(QCoreApplication.translate("SalonsTables", "Owner"), lambda i: i.owner),
        Column(QCoreApplication.translate("SalonsTables", "Segment"), lambda i: i.segment),
        Column(QCoreApplication.translate("SalonsTables", "Value tier"), lambda i: i.value_tier, tier_label),
        Column(QCoreApplication.translate("SalonsTables", "Outcome"), lambda i: labels.outcome_label(i.invitation.outcome)
               if i.invitation.outcome.value != "none" else ""),
        Column(QCoreApplication.translate("SalonsTables", "Interest"), lambda i: labels.yes(i.invitation.interested)),
        Column(QCoreApplication.translate("SalonsTables", "Note"), lambda i: i.invitation.outcome_note),
    ]


def follow_up_columns(event_of: Callable[[], Event | None]) -> list[Column[Invitee]]:
    """追踪反馈: the 跟进 the event created, one per invitee at most (`event_of`: the event shown, whose
    date and follow-up days set when they fall due)."""
    def due(_i: Invitee) -> date | None:
        event = event_of()
        return None if event is None else follow_up_due(event)

    def why(i: Invitee) -> str:
        if i.invitation.attendance.value == "absent":
            return QCoreApplication.translate("SalonsTables", "Confirmed but did not come")
        return QCoreApplication.translate("SalonsTables", "Showed interest")

    return [
        Column(QCoreApplication.translate("SalonsTables", "Shop"), lambda i: i.shop, sort_key=lambda i: i.pinyin or i.shop),
        Column(QCoreApplication.translate("SalonsTables", "Owner"), lambda i: i.owner),
        Column(QCoreApplication.translate("SalonsTables", "Phone"), lambda i: i.phone),
        Column(QCoreApplication.translate("SalonsTables", "Why"), why),
        Column(QCoreApplication.translate("SalonsTables", "Due"), due, fmt.day),
        Column(QCoreApplication.translate("SalonsTables", "State"), lambda i: labels.follow_up_label(i.invitation.follow_up)),
        Column(QCoreApplication.translate("SalonsTables", "Outcome"), lambda i: labels.outcome_label(i.invitation.outcome)
               if i.invitation.outcome.value != "none" else ""),
    ]


class ScreenedModel(TickedShopsModel[ShopFacts]):
    """The shops a screening chose, each with a tick (all ticked at first) the user can take off."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("SalonsTables", "Shop"), lambda s: s.shop),
            Column(QCoreApplication.translate("SalonsTables", "Owner"), lambda s: s.owner),
            Column(QCoreApplication.translate("SalonsTables", "On the list"),
                   lambda s: labels.yes(s.customer_id in self.listed)),
            Column(QCoreApplication.translate("SalonsTables", "Segment"), lambda s: s.segment),
            Column(QCoreApplication.translate("SalonsTables", "Grade"), lambda s: s.grade, numeric=True),
            Column(QCoreApplication.translate("SalonsTables", "Stars"), lambda s: s.star, numeric=True),
            Column(QCoreApplication.translate("SalonsTables", "Value tier"), lambda s: s.value_tier, tier_label),
            Column(QCoreApplication.translate("SalonsTables", "Route"), lambda s: s.route),
            Column(QCoreApplication.translate("SalonsTables", "Last visit"), lambda s: s.last_visit, fmt.day),
            Column(QCoreApplication.translate("SalonsTables", "Salons"), lambda s: s.events_attended, fmt.count, numeric=True),
        ], parent)
        self.listed: set[int] = set()  # already on the event's list: saving keeps them


class MaterialsModel(QAbstractTableModel):
    """前期准备's checklist, edited in place: item and who bring it as text, ready as a tick."""

    edited = Signal()
    ITEM, WHO, READY = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Material] = []

    @property
    def materials(self) -> tuple[Material, ...]:
        return tuple(self._rows)

    def set_materials(self, materials: Sequence[Material]) -> None:
        self.beginResetModel()
        self._rows = list(materials)
        self.endResetModel()

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Material(""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (QCoreApplication.translate("SalonsTables", "Item"),
                    QCoreApplication.translate("SalonsTables", "Who brings it"),
                    QCoreApplication.translate("SalonsTables", "Ready"))[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.READY:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column != self.READY:
            return m.item if column == self.ITEM else m.who
        if role == Qt.ItemDataRole.CheckStateRole and column == self.READY:
            return Qt.CheckState.Checked if m.ready else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        m, column = self._rows[index.row()], index.column()
        if column == self.READY and role == Qt.ItemDataRole.CheckStateRole:
            new = Material(m.item, m.who, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column != self.READY and role == Qt.ItemDataRole.EditRole:
            text = str(value or "")
            new = Material(text, m.who, m.ready) if column == self.ITEM else Material(m.item, text, m.ready)
        else:
            return False
        if new != m:
            self._rows[index.row()] = new
            self.dataChanged.emit(index, index, [role])
            self.edited.emit()
        return True
