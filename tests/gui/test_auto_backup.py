"""Automatic backups (issue 11, "Backups that are kept, verified and thinned": every 30 minutes of work
and when the window closes, if anything changed; fault scenario (c) 3, a backup under concurrent work):
only through Backups.take_if_changed, the scheduled one off the GUI thread, none for a read-only
workspace or a database URL, and a failure never stops the close."""
from __future__ import annotations

import threading

from PySide6.QtCore import QSettings

import main
from domain.backups import BackupReason
from domain.errors import DiskFull
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.safety.auto_backup import INTERVAL_MS, AutoBackup
from tests.gui.safety_fakes import FakeBackups


def _window(qtbot, ctx: AppContext, settings: QSettings, interval_ms: int = 30) -> MainWindow:
    w = MainWindow(ctx, main.RESOURCES / "icons", settings=settings, backup_interval_ms=interval_ms)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_default_interval_is_thirty_minutes() -> None:
    assert INTERVAL_MS == 30 * 60 * 1000


def test_the_timer_takes_a_backup_only_if_changed_and_off_the_gui_thread(qtbot, ctx, settings) -> None:
    fake = FakeBackups()
    threads: list[threading.Thread] = []
    original = fake.take_if_changed
    fake.take_if_changed = lambda reason: (threads.append(threading.current_thread()), original(reason))[1]
    ctx.backups = fake
    w = _window(qtbot, ctx, settings)
    qtbot.waitUntil(lambda: ("take_if_changed", BackupReason.SCHEDULED) in fake.calls, timeout=3000)
    w.runner.wait()
    assert all(call == ("take_if_changed", BackupReason.SCHEDULED) for call in fake.calls)  # never a plain take
    assert threads and all(t is not threading.main_thread() for t in threads)
    qtbot.waitUntil(lambda: "scheduled.db" in w.statusBar().currentMessage())


def test_closing_takes_one_at_close(qtbot, ctx, settings) -> None:
    fake = FakeBackups()
    ctx.backups = fake
    w = _window(qtbot, ctx, settings, interval_ms=INTERVAL_MS)
    assert w.close()
    assert fake.calls == [("take_if_changed", BackupReason.AT_CLOSE)]


def test_a_failed_backup_at_close_is_said_and_the_window_still_closes(qtbot, ctx, settings) -> None:
    ctx.backups = FakeBackups(fail=DiskFull("/data/backups", 10_000_000, 1_000))
    w = _window(qtbot, ctx, settings, interval_ms=INTERVAL_MS)
    assert w.close()
    assert not w.isVisible()
    assert "Automatic backup failed" in w.statusBar().currentMessage()


def test_a_failed_scheduled_backup_shows_in_the_status_bar(qtbot, ctx, settings) -> None:
    ctx.backups = FakeBackups(fail=DiskFull("/data/backups", 10_000_000, 1_000))
    w = _window(qtbot, ctx, settings)
    qtbot.waitUntil(lambda: "Automatic backup failed" in w.statusBar().currentMessage(), timeout=3000)
    assert "10,000,000" in w.statusBar().currentMessage()


def test_none_for_a_read_only_workspace(qtbot, ctx, settings) -> None:
    fake = FakeBackups()
    ctx.backups, ctx.read_only_reason = fake, "file is read-only"
    w = _window(qtbot, ctx, settings)
    qtbot.wait(150)
    assert w.close()
    assert fake.calls == []


def test_none_for_a_url_workspace(qtbot, runner, ctx) -> None:
    fake = FakeBackups()
    ctx.backups, ctx.workspace_path = fake, None
    said: list[str] = []
    auto = AutoBackup(runner, said.append, 20)
    auto.attach(ctx)
    qtbot.wait(120)
    auto.take_at_close()
    assert fake.calls == [] and not auto.timer.isActive()
