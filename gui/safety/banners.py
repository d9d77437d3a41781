"""The bars above the pages that say how the workspace was opened: red when it is read-only (and why),
yellow when its folder is one where SQLite's write-ahead log is unsafe (a network drive, a cloud-sync
folder) — the latter can be dismissed for that file, remembered in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.safety import labels

DISMISSED = "safety/location_risk_dismissed"

STYLE = """
QFrame#ReadOnlyBanner { background: #fbe3e1; border: 1px solid #d9817a; border-radius: 6px; }
QFrame#ReadOnlyBanner QLabel { color: #8a1f17; font-weight: bold; }
QFrame#LocationBanner { background: #fff6d6; border: 1px solid #ecd98b; border-radius: 6px; }
QFrame#LocationBanner QLabel { color: #6b5200; }
QFrame#LocationBanner QPushButton { padding: 0 8px; }
"""


def _bar(name: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    bar = QFrame()
    bar.setObjectName(name)
    row = QHBoxLayout(bar)
    row.setContentsMargins(8, 1, 4, 1)  # thin: the pages need the height of a 1366×768 screen
    label = QLabel()
    label.setWordWrap(True)
    row.addWidget(label, 1)
    return bar, label, row


class SafetyBanners(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = ""
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(2)
        self.read_only, self.read_only_label, _ = _bar("ReadOnlyBanner")
        self.location, self.location_label, row = _bar("LocationBanner")
        self.dismiss_button = QPushButton(self.tr("Don't show again"))
        self.dismiss_button.setObjectName("DismissLocationButton")
        self.dismiss_button.clicked.connect(self.dismiss_location)
        row.addWidget(self.dismiss_button)
        layout.addWidget(self.read_only)
        layout.addWidget(self.location)
        self.show_for(None)

    def show_for(self, ctx: AppContext | None) -> None:
        reason = ctx.read_only_reason if ctx is not None else None
        risk = ctx.location_risk if ctx is not None else None
        self._path = str(ctx.workspace_path or ctx.workspace_label) if ctx is not None else ""
        if reason:
            self.read_only_label.setText(self.tr(
                "Opened read-only: {reason} (you can view, export and print, but not change anything)"
            ).format(reason=labels.read_only_reason(reason)))
        self.read_only.setVisible(bool(reason))
        if risk:
            self.location_label.setText(self.tr(
                "This workspace is in a risky place: {risk}. SQLite's write-ahead log is not safe there and the "
                "file can be damaged; move the workspace to a folder on this computer."
            ).format(risk=labels.location_risk(risk)))
        self.location.setVisible(bool(risk) and self._path not in self._dismissed())
        self.setVisible(self.read_only.isVisibleTo(self) or self.location.isVisibleTo(self))

    def _dismissed(self) -> list[str]:
        value = self._settings.value(DISMISSED, [])
        if isinstance(value, str):  # QSettings gives back a one-item list as its item
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def dismiss_location(self) -> None:
        dismissed = self._dismissed()
        if self._path not in dismissed:
            self._settings.setValue(DISMISSED, [*dismissed, self._path])
        self.location.hide()
        self.setVisible(self.read_only.isVisibleTo(self))
