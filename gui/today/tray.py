"""The tray notice (QSystemTrayIcon): at start and at 9:00 each day while the app is open, what is due
today. None where the platform has no tray, and none when the manager turns it off in 设置."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from domain.care.reminders import DueReminder
from domain.messages.care import describe_reminder
from domain.services.reminders import load_reminder_settings
from domain.services.today import due_today
from gui.context import AppContext
from gui.workers import TaskRunner

translate = QCoreApplication.translate
NOTICE_HOUR = 9
SHOWN_LINES = 4


def ms_until_next_notice(local_now: datetime) -> int:
    """Milliseconds from `local_now` (the PC's local time) to the next 9:00."""
    at = local_now.replace(hour=NOTICE_HOUR, minute=0, second=0, microsecond=0)
    if at <= local_now:
        at += timedelta(days=1)
    return max(int((at - local_now).total_seconds() * 1000), 1000)


def notice_text(due: list[DueReminder], today: date) -> str:
    lines = [f"{r.shop}：{describe_reminder(r, today, translate)}" if r.shop else describe_reminder(r, today, translate)
             for r in due[:SHOWN_LINES]]
    if len(due) > SHOWN_LINES:
        lines.append(translate("Tray", "… and {n} more on the Today page").format(n=len(due) - SHOWN_LINES))
    return "\n".join(lines)


class TrayNotifier(QObject):
    clicked = Signal()  # the manager clicked the notice or the icon: show the 今日 page

    def __init__(self, ctx: AppContext, runner: TaskRunner, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(translate("Tray", "Fieldbook"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._at_nine)
        self.last_notice = ""

    def use_context(self, ctx: AppContext) -> None:
        self._ctx = ctx

    def start(self) -> None:
        """The start notice now, and the 9:00 one scheduled."""
        self.notify_due()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start(ms_until_next_notice(self._ctx.now().astimezone()))

    def _at_nine(self) -> None:
        self.notify_due()
        self._schedule()

    def notify_due(self) -> None:
        ctx = self._ctx

        def read() -> list[DueReminder] | None:
            if not load_reminder_settings(ctx.uow()).tray_notifications:
                return None
            return due_today(ctx.uow(), ctx.today())

        self._runner.submit(read, self._show, lambda _exc: None)  # a notice is a courtesy: never an error box

    def _show(self, due: list[DueReminder] | None) -> None:
        if self.tray is None:
            return
        if not due:
            self.tray.hide()
            return
        self.tray.show()
        self.last_notice = notice_text(due, self._ctx.today())
        self.tray.showMessage(translate("Tray", "{n} care reminders due today").format(n=len(due)), self.last_notice,
                              QSystemTrayIcon.MessageIcon.Information, 15000)
