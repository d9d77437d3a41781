"""前期准备: the event's facts — type, theme, day and times, place, capacity, budget, featured products,
the materials checklist, notes and when follow-ups fall due. Saved through save_event; a refusal puts
each message under its field and keeps everything typed."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from domain.model.products import Product
from domain.salons.model import Event, EventKind
from domain.salons.validation import THEME_MAX
from domain.validation import FieldError
from gui.common.fields import FieldRow, number_or_none, optional_number, show_field_errors
from gui.common.widgets import heading
from gui.salons import labels
from gui.salons.models import MaterialsModel

NO_TIME = QTime(0, 0)  # the time boxes' minimum, shown as "not set": an event may have no set hours


def _time_box(unset: str) -> QTimeEdit:
    box = QTimeEdit()
    box.setDisplayFormat("HH:mm")
    box.setMinimumTime(NO_TIME)
    box.setSpecialValueText(unset)
    box.setTime(NO_TIME)
    return box


def _time_of(box: QTimeEdit) -> time | None:
    t = box.time()
    return None if t == NO_TIME else time(t.hour(), t.minute())


class PrepareTab(QWidget):
    edited = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: Event | None = None  # as loaded (None: a new event, not saved yet)
        self._loading = False
        self._dirty = False
        self._rows: dict[str, FieldRow] = {}
        self._products: list[Product] = []
        self._today = date.min  # the context's today, from set_event (never the clock's)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        outer.addLayout(grid, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = QComboBox()
        for kind in labels.KINDS:
            self.kind.addItem(labels.kind_label(kind), kind.value)
        self.theme = QLineEdit()
        self.theme.setMaxLength(THEME_MAX + 20)  # longer than allowed, so that the rule can say why
        self.theme.setPlaceholderText(self.tr("e.g. New product tasting: 黄金叶(乐途)"))
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.starts = _time_box(self.tr("not set"))
        self.ends = _time_box(self.tr("not set"))
        self.place = QLineEdit()
        self.capacity = optional_number(9999, self.tr("no limit"), self.tr(" guests"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 9_999_999)
        self.budget.setDecimals(2)
        self.budget.setPrefix("¥")
        self.budget.setSpecialValueText(self.tr("no budget"))
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setRange(0, 60)
        self.follow_up_days.setSuffix(self.tr(" days after"))
        self._add(form, self.tr("Type:"), "kind", self.kind)
        self._add(form, self.tr("Theme:"), "theme", self.theme)
        self._add(form, self.tr("Date:"), "on", self.on)
        self._add(form, self.tr("Starts:"), "starts", self.starts)
        self._add(form, self.tr("Ends:"), "ends", self.ends)
        self._add(form, self.tr("Place:"), "place", self.place)
        self._add(form, self.tr("Capacity:"), "capacity", self.capacity)
        self._add(form, self.tr("Budget:"), "budget", self.budget)
        self._add(form, self.tr("Follow-ups due:"), "follow_up_days", self.follow_up_days)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Notes:")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._changed)
        left.addWidget(self.notes, 1)
        grid.addLayout(left, 0, 0)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Featured products"), level=2))
        self.products = QListWidget()
        self.products.setToolTip(self.tr("Tick the products the event features; screening can look for the "
                                         "shops that do not list them yet"))
        self.products.itemChanged.connect(self._changed)
        right.addWidget(self.products, 2)
        materials_head = QHBoxLayout()
        materials_head.addWidget(heading(self.tr("Materials checklist"), level=2))
        materials_head.addStretch(1)
        self.add_material = QPushButton(self.tr("Add line"))
        self.remove_material = QPushButton(self.tr("Remove line"))
        materials_head.addWidget(self.add_material)
        materials_head.addWidget(self.remove_material)
        right.addLayout(materials_head)
        self.materials = MaterialsModel(self)
        self.materials_view = QTableView()
        self.materials_view.setModel(self.materials)
        self.materials_view.verticalHeader().setVisible(False)
        self.materials_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.materials_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 140)
        self.materials_row = FieldRow(self.materials_view)
        self._rows["materials"] = self.materials_row
        right.addWidget(self.materials_row, 3)
        self.materials.edited.connect(lambda: self._changed("materials"))
        self.add_material.clicked.connect(self._add_material)
        self.remove_material.clicked.connect(self._remove_material)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        bottom = QHBoxLayout()
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        bottom.addWidget(self.error, 1)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the event (Ctrl+S)"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save_requested)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self._set_dirty(False)

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        row = FieldRow(widget)
        self._rows[key] = row
        form.addRow(label, row)
        for name in ("textChanged", "currentIndexChanged", "dateChanged", "timeChanged", "valueChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(lambda *_a, k=key: self._changed(k))
                break

    def _changed(self, key: object = None) -> None:
        if self._loading:
            return
        if isinstance(key, str) and key in self._rows:
            self._rows[key].show_error(None)
        self._set_dirty(True)
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.revert_button.setEnabled(dirty)

    def _add_material(self) -> None:
        row = self.materials.add()
        index = self.materials.index(row, 0)
        self.materials_view.setCurrentIndex(index)
        self.materials_view.edit(index)

    def _remove_material(self) -> None:
        self.materials.remove(self.materials_view.currentIndex().row())

    # --- loading and reading -----------------------------------------------------------------------

    def set_event(self, event: Event | None, products: Sequence[Product], today: date, force: bool = False) -> None:
        """Fill the form; unsaved edits are kept over a reload unless `force`."""
        if self._dirty and not force:
            self._base = event if event is not None and self._base is not None else self._base
            return
        self._loading = True
        self._base, self._products, self._today = event, list(products), today
        shown = event or Event("", EventKind.TASTING, today)
        self.kind.setCurrentIndex(max(0, self.kind.findData(shown.kind.value)))
        self.theme.setText(shown.theme)
        self.on.setDate(QDate(shown.on.year, shown.on.month, shown.on.day))
        self.starts.setTime(QTime(shown.starts.hour, shown.starts.minute) if shown.starts else NO_TIME)
        self.ends.setTime(QTime(shown.ends.hour, shown.ends.minute) if shown.ends else NO_TIME)
        self.place.setText(shown.place)
        self.capacity.setValue(shown.capacity or 0)
        self.budget.setValue(float(shown.budget or 0))
        self.follow_up_days.setValue(shown.follow_up_days)
        self.notes.setPlainText(shown.notes)
        self.products.clear()
        # the featured ones first: a long catalogue would hide them below the fold
        for p in sorted(products, key=lambda p: p.id not in shown.product_ids):
            if p.archived and p.id not in shown.product_ids:
                continue
            item = QListWidgetItem(f"{p.name}  {p.code}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in shown.product_ids else Qt.CheckState.Unchecked)
            self.products.addItem(item)
        self.materials.set_materials(shown.materials)
        self.show_errors([])
        self._loading = False
        self._set_dirty(False)

    def edited_event(self) -> Event:
        """The event as the form holds it; what the form does not show (feedback, cancelled) is kept."""
        base = self._base or Event("", EventKind.TASTING, self._today)
        d = self.on.date()
        budget = self.budget.value()
        ticked = tuple(int(self.products.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.products.count())
                       if self.products.item(n).checkState() == Qt.CheckState.Checked)
        return replace(base, kind=EventKind(self.kind.currentData()), theme=self.theme.text().strip(),
                       on=date(d.year(), d.month(), d.day()), starts=_time_of(self.starts), ends=_time_of(self.ends),
                       place=self.place.text().strip(), capacity=number_or_none(self.capacity),
                       budget=Decimal(f"{budget:.2f}") if budget else None, product_ids=ticked,
                       materials=self.materials.materials, notes=self.notes.toPlainText().strip(),
                       follow_up_days=self.follow_up_days.value())

    def is_dirty(self) -> bool:
        return self._dirty

    def saved(self, event: Event) -> None:
        self._base = event
        self.show_errors([])
        self._set_dirty(False)

    def revert(self) -> None:
        self.set_event(self._base, self._products, self._today, force=True)

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Each message under its field; one the form has no field for goes in the line at the bottom."""
        by_field = show_field_errors(self._rows, errors)
        loose = [m for k, ms in by_field.items() if k not in self._rows for m in ms]
        self.error.setText("\n".join(loose) if loose else
                           self.tr("Not saved: see the fields marked above.") if errors else "")
        first = next((k for k in by_field if k in self._rows), None)
        if first is not None:
            self._rows[first].field.setFocus()

    def show_message(self, text: str) -> None:
        self.error.setText(text)
