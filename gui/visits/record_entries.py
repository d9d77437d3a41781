"""The short-entry steps of the visit record form, service (服务) and record (记录): entries that may
become follow-ups with a due date. Each emits `edited` when the user changes something."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model.visits import EntryKind, VisitStep
from domain.visits.record import RecordEntry
from domain.visits.record_views import ProductChoice
from gui.common.shortcuts import shortcut
from gui.visits import record_labels as labels
from gui.visits.record_models import EntryModel
from gui.visits.record_widgets import DateDelegate, KindDelegate, record_table


class EntriesSection(QWidget):
    """Quick entry line on top (kind, text, follow-up, Enter adds), the entries below, each of which can
    be made a follow-up with a due date and an owner note."""

    edited = Signal()

    def __init__(self, kinds: tuple[tuple[VisitStep, EntryKind], ...], default_due: date, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self.kind_box = QComboBox()
        for step, kind in kinds:
            self.kind_box.addItem(labels.kind_label(step, kind), (step, kind))
        self.text = QLineEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setMaxLength(500)
        self.follow_up = QCheckBox(self.tr("Follow-up"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.text.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        quick = QHBoxLayout()
        quick.addWidget(self.kind_box)
        quick.addWidget(self.text, 1)
        quick.addWidget(self.follow_up)
        quick.addWidget(self.add_button)

        self.model = EntryModel(default_due, self)
        self.view = record_table(self.model, self)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setItemDelegateForColumn(EntryModel.KIND, KindDelegate(kinds, self.view))
        self.view.setItemDelegateForColumn(EntryModel.DUE, DateDelegate(self.view))
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(EntryModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((EntryModel.KIND, 150), (EntryModel.FOLLOW_UP, 72), (EntryModel.DUE, 96),
                           (EntryModel.NOTE, 150)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.remove_button = QPushButton(self.tr("Remove entry"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        shortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_current, Qt.ShortcutContext.WidgetShortcut)
        hint = QLabel(self.tr("Tick Follow-up to keep an entry on the follow-up list until it is done; double-click "
                        "its due date or owner note to change them."))
        hint.setObjectName("PageSubtitle")
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.remove_button)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(quick)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(bottom)
        self.model.edited.connect(self.edited)
        self.text.textChanged.connect(self.edited)

    def add_typed(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        step, kind = self.kind_box.currentData()
        self.add_entry(step, kind, text, self.follow_up.isChecked())
        self.text.clear()
        self.follow_up.setChecked(False)
        self.text.setFocus()

    def add_entry(self, step: VisitStep, kind: EntryKind, text: str, follow_up: bool = False) -> int:
        entry = RecordEntry(step, kind, text, follow_up=follow_up,
                            due_on=self.model.default_due if follow_up else None)
        row = self.model.add(entry)
        self.view.scrollToBottom()
        return row

    def remove_current(self) -> None:
        self.model.remove(self.view.currentIndex().row())

    def pending_text(self) -> str:
        """Text typed in the quick line and not added yet (kept by drafts, added on save)."""
        return self.text.text().strip()

    def entries(self) -> list[RecordEntry]:
        """The entries, with a line typed but not added yet taken as one more entry."""
        out = list(self.model.entries)
        if self.pending_text():
            step, kind = self.kind_box.currentData()
            follow = self.follow_up.isChecked()
            out.append(RecordEntry(step, kind, self.pending_text(), follow_up=follow,
                                   due_on=self.model.default_due if follow else None))
        return out

    def set_entries(self, entries: list[RecordEntry]) -> None:
        self.model.set_entries(entries)
        self.text.clear()
        self.follow_up.setChecked(False)


class ServiceSection(EntriesSection):
    """信息传递与服务: information passed on, and products recommended with the owner's answer."""

    def __init__(self, default_due: date, parent: QWidget | None = None) -> None:
        super().__init__(labels.SERVICE_KINDS, default_due, QCoreApplication.translate(
            "EntriesSection", "Policy, new product, supply note passed on… (Enter adds)"), parent)
        self.product_box = QComboBox()
        self.product_box.setEditable(True)
        self.product_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        product_line, completer = self.product_box.lineEdit(), self.product_box.completer()
        assert product_line is not None and completer is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        product_line.setPlaceholderText(self.tr("Product"))
        self.answer_box = QComboBox()
        self.answer_box.setEditable(True)
        self.answer_box.addItems([self.tr("Will try it"), self.tr("Will think about it"), self.tr("Not interested"),
                                  self.tr("Already stocks it")])
        self.answer_box.setCurrentIndex(-1)
        answer_line = self.answer_box.lineEdit()
        assert answer_line is not None  # editable
        answer_line.setPlaceholderText(self.tr("Owner's answer"))
        self.recommend_button = QPushButton(self.tr("Add recommendation"))
        self.recommend_button.setAutoDefault(False)
        self.recommend_button.clicked.connect(self.add_recommendation)
        answer_line.returnPressed.connect(self.add_recommendation)
        row = QGridLayout()
        row.addWidget(QLabel(self.tr("Recommend")), 0, 0)
        row.addWidget(self.product_box, 0, 1)
        row.addWidget(QLabel(self.tr("Owner's answer")), 0, 2)
        row.addWidget(self.answer_box, 0, 3)
        row.addWidget(self.recommend_button, 0, 4)
        row.setColumnStretch(1, 3)
        row.setColumnStretch(3, 2)
        self.layout_.insertLayout(1, row)

    def set_products(self, products: tuple[ProductChoice, ...], first_new: bool = True) -> None:
        self.product_box.clear()
        ordered = sorted(products, key=lambda p: (not p.is_new, p.code)) if first_new else list(products)
        for p in ordered:
            self.product_box.addItem(p.name)
        self.product_box.setCurrentIndex(-1)

    def add_recommendation(self) -> None:
        product = self.product_box.currentText().strip()
        if not product:
            return
        answer = self.answer_box.currentText().strip()
        text = (self.tr("Recommended {product}; owner: {answer}").format(product=product, answer=answer)
                if answer else self.tr("Recommended {product}").format(product=product))
        self.add_entry(VisitStep.SERVICE, EntryKind.RECOMMENDATION, text)
        self.product_box.setCurrentIndex(-1)
        self.answer_box.setCurrentIndex(-1)
        self.product_box.setFocus()


class RecordSection(EntriesSection):
    """需求与意见、市场信息: needs, opinions, complaints, competitor and market information."""

    def __init__(self, default_due: date, parent: QWidget | None = None) -> None:
        super().__init__(labels.RECORD_KINDS, default_due, QCoreApplication.translate(
            "EntriesSection", "Need, opinion, complaint, scarce-product demand, suspicious cigarettes… (Enter adds)"),
            parent)
