"""A forecast figure opened to show its parts, and the manager's adjustment of it (cartons and a reason)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.forecast.adjustments import MAX_ADJUSTMENT, MAX_REASON, adjustment_errors
from domain.services.forecast_sheet import SheetRow
from gui.common import formatting as fmt
from gui.common.fields import FieldRow, show_field_errors
from gui.common.widgets import heading, subtitle
from gui.forecast.labels import factor_text, note_label, source_label

ADJUST_FROM_FIGURE = 2  # the figure dialog closed by its Adjust… button


class FigureDialog(QDialog):
    """Why a figure is what it is: base × season × order days × trend, then the adjustment, rounded once."""

    def __init__(self, row: SheetRow, parent: QWidget | None = None, can_adjust: bool = True) -> None:
        super().__init__(parent)
        self.row = row
        f = row.figure
        assert f is not None  # the dialogs open on forecast rows only
        self.setWindowTitle(self.tr("Forecast of {product} at {shop}").format(product=row.product, shop=row.shop))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"{row.shop} · {row.code} {row.product}", level=2))
        layout.addWidget(subtitle(self.tr("{month}: {n} cartons forecast; last month {supplied} supplied of {asked} "
                                          "asked").format(month=fmt.month(f.month), n=fmt.count(f.cartons),
                                                          supplied=fmt.count(row.last_supplied),
                                                          asked=fmt.count(row.last_requested))))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        lines = [
            (self.tr("Base"), f"{f.base:.1f}", self.tr("cartons in an ordinary month, from what was sold (not asked), "
                                                    "recent months weighing most")),
            (self.tr("× Season"), f"{f.season:.3f} ({factor_text(f.season)})",
             self.tr("this month against the shop's and its segment's ordinary month (Spring Festival by its lunar "
                     "date, public holidays)")),
            (self.tr("× Order days"), f"{f.days:.3f} ({factor_text(f.days)})",
             self.tr("the order days this month holds in the shop's rhythm, against its usual number")),
            (self.tr("× Trend"), f"{f.trend:.3f} ({factor_text(f.trend)})",
             self.tr("the shop's damped growth or decline over the last half-year")),
            (self.tr("= Model"), f"{f.model:.1f}", ""),
            (self.tr("+ Adjustment"), f"{f.adjustment:+.0f}" if f.adjustment else "—", f.reason),
            (self.tr("= Forecast"), self.tr("{n} cartons").format(n=fmt.count(f.cartons)),
             self.tr("rounded once, never negative")),
        ]
        self.part_values: dict[str, QLabel] = {}
        for i, (name, value, why) in enumerate(lines):
            grid.addWidget(QLabel(f"<b>{name}</b>"), i, 0)
            shown = QLabel(value)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.part_values[name] = shown
            grid.addWidget(shown, i, 1)
            explained = QLabel(why)
            explained.setWordWrap(True)
            explained.setObjectName("PageSubtitle")
            grid.addWidget(explained, i, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        notes = [self.tr("Based on: {source}").format(source=source_label(f.source))]
        notes += [note_label(n) for n in f.notes]
        self.notes = QLabel("\n".join(f"• {n}" for n in notes))
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setEnabled(can_adjust)
        buttons.addButton(self.adjust_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.adjust_button.clicked.connect(lambda: self.done(ADJUST_FROM_FIGURE))
        layout.addWidget(buttons)


ADJUST, REMOVE = 1, 3  # the adjustment dialog's results beside Rejected


class AdjustDialog(QDialog):
    """Cartons to add to (or take from) one figure and the reason heard; nothing is kept without a reason."""

    def __init__(self, row: SheetRow, parent: QWidget | None = None,
                 on_submit: Callable[[AdjustDialog], None] | None = None) -> None:
        super().__init__(parent)
        self.row = row
        f = row.figure
        assert f is not None  # the dialogs open on forecast rows only
        self.setWindowTitle(self.tr("Adjust the forecast"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"{row.shop} · {row.code} {row.product}", level=2))
        self.figure = f
        layout.addWidget(subtitle(self.tr("{month}: the model forecasts {model} cartons. Add what you know that the "
                                          "orders cannot show; the reason is kept and, once the month's orders are "
                                          "in, the adjustment is judged against what happened.").format(
            month=fmt.month(f.month), model=f"{f.model:.1f}")))
        form = QFormLayout()
        self.cartons = QSpinBox()
        self.cartons.setRange(-MAX_ADJUSTMENT, MAX_ADJUSTMENT)
        self.cartons.setValue(int(f.adjustment))
        self.cartons.setSuffix(self.tr(" cartons"))
        self.cartons.setToolTip(self.tr("Negative takes cartons away"))
        self.reason = QLineEdit(f.reason)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. the development zone is growing: more workers"))
        self.rows = {"cartons": FieldRow(self.cartons), "reason": FieldRow(self.reason)}
        form.addRow(self.tr("Adjustment:"), self.rows["cartons"])
        form.addRow(self.tr("Reason:"), self.rows["reason"])
        self.result_label = QLabel()
        form.addRow(self.tr("Forecast becomes:"), self.result_label)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = QPushButton(self.tr("Remove adjustment"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(bool(f.adjustment))  # after addButton, which shows it
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_submit = on_submit
        self.action = ADJUST
        self.cartons.valueChanged.connect(self._show_result)
        self._show_result()

    @property
    def cartons_value(self) -> int:
        return self.cartons.value()

    @property
    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _show_result(self) -> None:
        after = replace(self.figure, adjustment=float(self.cartons.value())).cartons  # the forecast's own rounding
        self.result_label.setText(self.tr("{n} cartons").format(n=fmt.count(after)))

    def _save(self) -> None:
        errors = adjustment_errors(self.cartons_value, self.reason_text)
        show_field_errors(self.rows, errors)
        if errors:
            return
        self.action = ADJUST
        self._submit()

    def _remove(self) -> None:
        self.action = REMOVE
        self._submit()

    def _submit(self) -> None:
        if self._on_submit is None:
            self.accept()
        else:
            self._on_submit(self)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
