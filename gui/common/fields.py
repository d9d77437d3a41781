"""Form building blocks shared by the editors: a row that shows its field's error under the input,
and numbers the user may leave unset."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from domain.validation import FieldError
from gui.common.field_errors import describe_field_error


def optional_number(maximum: int, unset_text: str, suffix: str = "") -> QSpinBox:
    """0 shows as `unset_text` and means "not known"."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText(unset_text)
    box.setSuffix(suffix)
    return box


def number_or_none(box: QSpinBox) -> int | None:
    return box.value() or None


class FieldRow(QWidget):
    """An input with room for its error message underneath."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.field = field
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)


def show_field_errors(rows: Mapping[str, FieldRow], errors: Sequence[FieldError]) -> dict[str, list[str]]:
    """Each error in the user's language under its field's row (the other rows cleared). Returns the
    messages by field in the order raised, those without a row included, for the form to place."""
    by_field: dict[str, list[str]] = {}
    for e in errors:
        by_field.setdefault(e.field, []).append(describe_field_error(e))
    for key, row in rows.items():
        row.show_error("\n".join(by_field.get(key, [])) or None)
    return by_field


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
