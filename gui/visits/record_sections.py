"""The steps of the visit record form, one widget each: store check (with photos), stock count and
suggested order, summary (service and record: record_entries.py). Each emits `edited` when the user
changes something and reads back into the form's VisitRecord."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.visits import StoreCheck
from domain.visits.record import RecordEntry, RecordPhoto
from domain.visits.record_views import ProductChoice
from gui.visits import record_labels as labels
from gui.visits.record_models import InventoryModel, PhotoModel
from gui.visits.record_widgets import CountTable, QuantityDelegate, record_table

PICTURE_FILTER = "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.tif *.tiff"


def _tri_combo(items: tuple[str, str, str]) -> QComboBox:
    box = QComboBox()
    box.addItems(list(items))
    return box


def _tri_value(box: QComboBox) -> bool | None:
    return {0: None, 1: True, 2: False}[box.currentIndex()]


def _set_tri(box: QComboBox, value: bool | None) -> None:
    box.setCurrentIndex(0 if value is None else 1 if value else 2)


def _presets(items: list[str]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(["", *items])
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


# --- store check ----------------------------------------------------------------------------------------


class StoreCheckSection(QWidget):
    edited = Signal()

    def __init__(self, attachment_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachment_path = attachment_path  # stored name → Path, to open a stored photo
        self.license = _tri_combo((self.tr("Not checked"), self.tr("Shown"), self.tr("Not shown")))
        self.labels = _tri_combo((self.tr("Not checked"), self.tr("Complete"), self.tr("Incomplete")))
        self.missing = QSpinBox()
        self.missing.setRange(0, 999)
        self.missing.setPrefix(self.tr("missing "))
        self.missing.setSuffix(self.tr(" labels"))
        self.display = _presets([self.tr("Tidy"), self.tr("Fairly tidy"), self.tr("Needs tidying")])
        self.pop = _presets([self.tr("Complete"), self.tr("New-product leaflets missing"), self.tr("None")])
        self.tidiness = _presets([self.tr("Clean"), self.tr("Fair"), self.tr("Untidy")])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. replaced two price labels, moved the new product to eye level"))
        labels_row = QHBoxLayout()
        labels_row.setContentsMargins(0, 0, 0, 0)
        labels_row.addWidget(self.labels, 1)
        labels_row.addWidget(self.missing)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("License shown"), self.license)
        form.addRow(self.tr("Price labels (明码标价)"), labels_row)
        form.addRow(self.tr("Display (陈列)"), self.display)
        form.addRow(self.tr("POP material"), self.pop)
        form.addRow(self.tr("Tidiness"), self.tidiness)
        form.addRow(self.tr("Note"), self.note)

        self.photos = PhotoModel(self)
        self.photo_view = record_table(self.photos, self)
        self.photo_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.photo_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.photo_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_photos = QPushButton(self.tr("Add photos…"))
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.open_photo = QPushButton(self.tr("Open"))
        self.add_photos.clicked.connect(self.choose_photos)
        self.remove_photo.clicked.connect(self._remove_photo)
        self.open_photo.clicked.connect(self._open_photo)
        buttons = QHBoxLayout()
        for b in (self.add_photos, self.remove_photo, self.open_photo):
            buttons.addWidget(b)
        buttons.addStretch(1)
        photo_hint = QLabel(self.tr("Photos are copied beside the workspace when the visit is saved; the original "
                              "files are left as they are."))
        photo_hint.setObjectName("PageSubtitle")
        photo_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Photos")))
        layout.addWidget(self.photo_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(photo_hint)

        self.labels.currentIndexChanged.connect(self._labels_changed)
        for box in (self.license, self.labels):
            box.currentIndexChanged.connect(self.edited)
        self.missing.valueChanged.connect(self.edited)
        for box in (self.display, self.pop, self.tidiness):
            box.editTextChanged.connect(self.edited)
        self.note.textChanged.connect(self.edited)
        self.photos.edited.connect(self.edited)
        self._labels_changed()

    def _labels_changed(self) -> None:
        incomplete = self.labels.currentIndex() == 2
        self.missing.setEnabled(incomplete)
        if not incomplete:
            self.missing.setValue(0)

    def set_check(self, sc: StoreCheck) -> None:
        _set_tri(self.license, sc.license_shown)
        _set_tri(self.labels, sc.price_labels_complete)
        self.missing.setValue(sc.price_labels_missing)
        self.display.setEditText(sc.display_state)
        self.pop.setEditText(sc.pop_state)
        self.tidiness.setEditText(sc.tidiness)
        self.note.setText(sc.note)

    def check(self) -> StoreCheck:
        complete = _tri_value(self.labels)
        return StoreCheck(
            license_shown=_tri_value(self.license),
            price_labels_complete=complete,
            price_labels_missing=self.missing.value() if complete is False else 0,
            display_state=self.display.currentText().strip(),
            pop_state=self.pop.currentText().strip(),
            tidiness=self.tidiness.currentText().strip(),
            note=self.note.text().strip(),
        )

    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Pictures ({patterns})").format(patterns=PICTURE_FILTER))
        self.photos.add_files([p for p in paths if p])

    def _remove_photo(self) -> None:
        self.photos.remove(self.photo_view.currentIndex().row())

    def _open_photo(self) -> None:
        row = self.photo_view.currentIndex().row()
        if not 0 <= row < len(self.photos.photos):
            return
        photo = self.photos.photos[row]
        path = Path(photo.source) if photo.source else (
            self._attachment_path(photo.stored_name) if photo.stored_name else None)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def photo_list(self) -> list[RecordPhoto]:
        return list(self.photos.photos)


# --- stock count and suggested order -------------------------------------------------------------------


class InventorySection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("PageSubtitle")
        self.model = InventoryModel(parent=self)
        self.view = CountTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        delegate = QuantityDelegate(self.view)
        self.view.setItemDelegateForColumn(InventoryModel.STOCK, delegate)
        self.view.setItemDelegateForColumn(InventoryModel.ORDERED, delegate)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(InventoryModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((InventoryModel.CLASS, 64), (InventoryModel.WEEKLY, 96), (InventoryModel.STOCK, 70),
                           (InventoryModel.SUGGESTED, 84), (InventoryModel.ORDERED, 70)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumHeight(36)
        self.explanation.setStyleSheet("QLabel { background: #eef4fa; border-radius: 4px; padding: 4px 8px; }")
        self.product_box = QComboBox()
        self.product_box.setEditable(True)
        self.product_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        product_line, completer = self.product_box.lineEdit(), self.product_box.completer()
        assert product_line is not None and completer is not None  # an editable combo box has both
        product_line.setPlaceholderText(self.tr("Type a product name or code"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_button = QPushButton(self.tr("Add product"))
        self.add_button.clicked.connect(self.add_chosen_product)
        product_line.returnPressed.connect(self.add_chosen_product)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Another product:")))
        add_row.addWidget(self.product_box, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(add_row)
        self.model.edited.connect(self.edited)
        self.model.dataChanged.connect(lambda *_: self._explain())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._explain())

    def set_products(self, products: tuple[ProductChoice, ...]) -> None:
        self.product_box.clear()
        self.product_box.addItem("", None)
        for p in products:
            self.product_box.addItem(f"{p.name}  {p.code}", p)
        self.product_box.setCurrentIndex(0)

    def add_chosen_product(self) -> None:
        text = self.product_box.currentText().strip()
        n = self.product_box.findText(text)
        product = self.product_box.itemData(n) if n >= 0 else None
        if product is None:
            return
        row = self.model.add_product(product)
        self.product_box.setCurrentIndex(0)
        self.view.setCurrentIndex(self.model.index(row, InventoryModel.STOCK))
        self.view.setFocus()

    def _explain(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            name = self.model.rows[row].product.name
            self.explanation.setText(f"<b>{name}</b>: {labels.explain(self.model.suggestion(row))}")
        else:
            self.explanation.setText(self.tr("Pick a row to see how its suggestion is worked out."))


# --- summary --------------------------------------------------------------------------------------------


class SummarySection(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("How the visit went, what was agreed, what to do next time"))
        self.has_next = QCheckBox(self.tr("Next visit"))
        self.next_visit = QDateEdit()
        self.next_visit.setDisplayFormat("yyyy-MM-dd")
        self.next_visit.setCalendarPopup(True)
        self.has_next.toggled.connect(self.next_visit.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_visit)
        next_row.addStretch(1)
        self.next_error = QLabel()
        self.next_error.setObjectName("FieldError")
        self.next_error.hide()
        self.follow_ups = QLabel()
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setTextFormat(Qt.TextFormat.RichText)
        self.follow_ups.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Summary")))
        layout.addWidget(self.summary, 2)
        layout.addLayout(next_row)
        layout.addWidget(self.next_error)
        layout.addWidget(QLabel(self.tr("Follow-ups from this visit")))
        layout.addWidget(self.follow_ups, 1)
        self.summary.textChanged.connect(self.edited)
        self.has_next.toggled.connect(self.edited)
        self.next_visit.dateChanged.connect(self.edited)

    def set_values(self, summary: str, next_visit_on: date | None, planned_on: date) -> None:
        self.summary.setPlainText(summary)
        shown = next_visit_on or planned_on
        self.next_visit.setDate(QDate(shown.year, shown.month, shown.day))
        self.has_next.setChecked(next_visit_on is not None)
        self.next_visit.setEnabled(next_visit_on is not None)

    def next_visit_on(self) -> date | None:
        return self.next_visit.date().toPython() if self.has_next.isChecked() else None  # type: ignore[return-value]  # toPython() is typed object

    def show_follow_ups(self, entries: list[RecordEntry]) -> None:
        from html import escape

        items = [e for e in entries if e.follow_up and e.text.strip()]
        if not items:
            self.follow_ups.setText(self.tr("None yet: tick Follow-up on an entry of the service or record step."))
            return
        self.follow_ups.setText("<br>".join(
            f"{escape(e.due_on.isoformat() if e.due_on else '—')}  {escape(e.text.strip())}"
            + (f" <span style='color:{labels.MUTED_COLOUR}'>({escape(e.owner_note)})</span>" if e.owner_note else "")
            for e in items))
