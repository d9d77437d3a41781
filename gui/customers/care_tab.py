"""客户关怀 tab: the next birthdays of the owner and the family in both calendars (and why one falls on
another day this year), the family birthdays noted in the dossier, the shop's reminders of the coming
two weeks and what was done with its reminders before."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.care.lunar import lunar_text
from domain.care.reminders import DueReminder, FamilyBirthday
from domain.messages.care import describe_reminder, kind_label, moved_note, snoozed_note, state_label
from domain.model.customers import Birthday, BirthdayCalendar
from domain.services.reminders import (
    SHOP_WINDOW_DAYS,
    HistoryLine,
    NextBirthday,
    ShopCare,
    save_family_birthdays,
    shop_care,
)
from gui.common import formatting as fmt
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab
from gui.today.reminder_dialogs import ask_own_reminder
from gui.workers import TaskRunner

translate = QCoreApplication.translate


def _fetch(ctx: AppContext, customer_id: int) -> object:
    return shop_care(ctx.uow(), customer_id, ctx.today())


def birthday_line(b: NextBirthday) -> str:
    """"店主 · 农历八月十六 → 2026-09-26 周六（还有 12 天）"."""
    who = b.who or translate("Care", "Owner")
    if b.lunar_of_day == b.told_as:  # a lunar birthday on its own day: its lunar form once is enough
        when = translate("Care", "{told} → {date}, in {days} days").format(
            told=b.told_as, date=b.occurrence.on.isoformat(), days=b.days_to_go)
    else:
        when = translate("Care", "{told} → {date} ({lunar}), in {days} days").format(
            told=b.told_as, date=b.occurrence.on.isoformat(), lunar=b.lunar_of_day, days=b.days_to_go)
    if b.days_to_go == 0:
        when = translate("Care", "{told} → today, {date}").format(told=b.told_as, date=b.occurrence.on.isoformat())
    note = moved_note(b.occurrence.moved, translate)
    return f"{who}：{when}" + (f"（{note}）" if note else "")


class FamilyBirthdayDialog(QDialog):
    """One family member's birthday: who, the calendar it is counted in, month and day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Family birthday"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("爱人, 儿子, 母亲…"))
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Lunar (农历)"), BirthdayCalendar.LUNAR.value)
        self.calendar.addItem(self.tr("Solar (公历)"), BirthdayCalendar.SOLAR.value)
        self.month, self.day = QSpinBox(), QSpinBox()
        self.month.setRange(1, 12)
        self.day.setRange(1, 31)
        self.leap = QCheckBox(self.tr("leap month (闰月)"))
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.who)
        form.addRow(self.tr("Calendar"), self.calendar)
        when = QHBoxLayout()
        for w in (self.month, QLabel(self.tr("month")), self.day, QLabel(self.tr("day")), self.leap):
            when.addWidget(w)
        form.addRow(self.tr("Birthday"), when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._calendar_changed()

    def _calendar_changed(self) -> None:
        lunar = self.calendar.currentData() == BirthdayCalendar.LUNAR.value
        self.day.setMaximum(30 if lunar else 31)
        self.leap.setEnabled(lunar)
        if not lunar:
            self.leap.setChecked(False)

    def value(self) -> FamilyBirthday:
        calendar = BirthdayCalendar(self.calendar.currentData())
        return FamilyBirthday(self.who.text().strip(), Birthday(self.month.value(), self.day.value(), calendar,
                                                                leap_month=self.leap.isChecked()))


class CareTab(CustomerTab):
    fetch = staticmethod(_fetch)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.family: list[FamilyBirthday] = []
        self.birthdays = QLabel()
        self.birthdays.setWordWrap(True)
        self.birthdays.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.birthdays.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.family_model: RowTableModel[FamilyBirthday] = RowTableModel([
            Column(self.tr("Who"), lambda f: f.who),
            Column(self.tr("Birthday"), lambda f: f.birthday, self._told),
        ], self)
        self.family_view = read_only_table(self)
        self.family_view.setModel(self.family_model)
        self.family_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_family = QPushButton(self.tr("Add…"))
        self.remove_family = QPushButton(self.tr("Remove"))
        self.add_family.clicked.connect(self._add_family)
        self.remove_family.clicked.connect(self._remove_family)
        self.coming_model: RowTableModel[DueReminder] = RowTableModel([
            Column(self.tr("Date"), lambda r: r.on, fmt.day),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind, translate)),
            Column(self.tr("Reminder"), lambda r: self._reminder_text(r)),
        ], self)
        self.coming_view = read_only_table(self)
        self.coming_view.setModel(self.coming_model)
        self.coming_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history_model: RowTableModel[HistoryLine] = RowTableModel([
            Column(self.tr("Date"), lambda h: h.acted_on, fmt.day),
            Column(self.tr("Kind"), lambda h: kind_label(h.kind, translate)),
            Column(self.tr("Reminder"), lambda h: h.title),
            Column(self.tr("What was done"), lambda h: h, self._done_text),
        ], self)
        self.history_view = read_only_table(self)
        self.history_view.setModel(self.history_model)
        self.history_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        births = QGroupBox(self.tr("Next birthdays"))
        QVBoxLayout(births).addWidget(self.birthdays)
        family = QGroupBox(self.tr("Family birthdays"))
        family_layout = QVBoxLayout(family)
        family_layout.addWidget(self.family_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_family)
        buttons.addWidget(self.remove_family)
        buttons.addStretch(1)
        family_layout.addLayout(buttons)
        top.addWidget(births, 3)
        top.addWidget(family, 2)
        # a few lines each: the room goes to the reminders and their history below
        self.family_view.setMaximumHeight(110)
        births.setMaximumHeight(190)
        coming = QGroupBox(self.tr("Reminders, next {n} days").format(n=SHOP_WINDOW_DAYS))
        coming_layout = QVBoxLayout(coming)
        coming_layout.addWidget(self.coming_view)
        self.new_button = QPushButton(self.tr("New reminder…"))
        self.new_button.setToolTip(self.tr("A one-off reminder on this shop, such as bringing the latest magazine"))
        self.new_button.clicked.connect(self._new_reminder)
        own = QHBoxLayout()
        own.addWidget(self.new_button)
        own.addStretch(1)
        coming_layout.addLayout(own)
        history = QGroupBox(self.tr("Reminder history"))
        QVBoxLayout(history).addWidget(self.history_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top, 2)
        layout.addWidget(coming, 3)
        layout.addWidget(history, 3)
        layout.addWidget(self.status)
        self.clear()

    def _told(self, b: Birthday) -> str:
        if b.calendar is BirthdayCalendar.LUNAR:
            return lunar_text(b.month, b.day, b.leap_month)
        return self.tr("{month}/{day} (solar)").format(month=b.month, day=b.day)

    def _reminder_text(self, r: DueReminder) -> str:
        text = describe_reminder(r, self._ctx.today(), translate)
        snoozed = snoozed_note(r, translate)
        return f"{text}（{snoozed}）" if snoozed else text

    @staticmethod
    def _done_text(h: HistoryLine) -> str:
        text = state_label(h.state, translate)
        if h.until is not None:
            text = translate("Care", "snoozed until {date}").format(date=h.until.isoformat())
        return f"{text}：{h.note}" if h.note else text

    def clear(self) -> None:
        self.family = []
        self.birthdays.setText("")
        for model in (self.family_model, self.coming_model, self.history_model):
            model.set_rows([])
        self.status.setText("")

    def show_data(self, data: ShopCare) -> None:
        self.family = list(data.family)
        lines = [birthday_line(b) for b in data.birthdays]
        self.birthdays.setText("\n".join(lines) if lines else self.tr(
            "No birthday noted yet: the owner's goes in the form above, the family's here."))
        self.family_model.set_rows(self.family)
        self.coming_model.set_rows(data.coming)
        self.history_model.set_rows(data.history)
        self.status.setText("" if data.coming else self.tr(
            "Nothing due for this shop in the next {n} days.").format(n=SHOP_WINDOW_DAYS))

    def _save_family(self, family: list[FamilyBirthday]) -> None:
        if self.customer_id is None:
            return
        customer_id, ctx = self.customer_id, self._ctx
        self.run(lambda: save_family_birthdays(ctx.uow(), customer_id, family), lambda _r: None,
                 self.tr("The family birthdays were not saved"))

    def _new_reminder(self) -> None:
        if self.customer_id is not None:
            ask_own_reminder(self, self._ctx, self._runner, self.customer_id, lambda _on: self.reload())

    def _add_family(self) -> None:
        dialog = FamilyBirthdayDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_family([*self.family, dialog.value()])

    def _remove_family(self) -> None:
        rows = {i.row() for i in self.family_view.selectionModel().selectedRows()}
        if rows:
            self._save_family([f for n, f in enumerate(self.family) if n not in rows])
