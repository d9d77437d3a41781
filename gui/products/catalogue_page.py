"""卷烟规格: the product catalogue, searchable, with an editor beside it."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.model.products import PriceClass, Product
from domain.services.products import list_products, save_product
from domain.validation import ValidationFailed
from gui.common import formatting as fmt
from gui.common.columns import fit_columns
from gui.common.empty_note import EmptyListNote
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.messages import describe_error
from gui.products.labels import price_class_labels
from gui.products.product_form import ProductForm
from gui.workers import TaskRunner


def _yes(flag: bool) -> str:
    return "✓" if flag else ""


class CataloguePage(QWidget):
    loaded = Signal()
    saved = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._ui = ctx, runner, settings or QSettings()
        self._all: list[Product] = []
        self._dirty = False
        self._pending_select: int | None = None
        classes = price_class_labels()
        self.model: RowTableModel[Product] = RowTableModel([
            Column(self.tr("Code"), lambda p: p.code),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Class"), lambda p: int(p.price_class), lambda v: classes[PriceClass(v)]),
            Column(self.tr("Wholesale ¥/carton"), lambda p: p.wholesale_price, fmt.money, numeric=True),
            Column(self.tr("Retail ¥/carton"), lambda p: p.retail_price, fmt.money, numeric=True),
            Column(self.tr("Manufacturer"), lambda p: p.manufacturer),
            Column(self.tr("New"), lambda p: p.is_new, _yes),
            Column(self.tr("Scarce"), lambda p: p.is_scarce, _yes),
        ], self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Products")))
        top.addSpacing(16)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, name or manufacturer (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.class_filter = QComboBox()
        self.class_filter.addItem(self.tr("All classes"), None)
        for cls, label in classes.items():
            self.class_filter.addItem(label, int(cls))
        top.addWidget(self.class_filter)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        top.addWidget(self.show_archived)
        self.new_button = QPushButton(self.tr("New product spec"))
        top.addWidget(self.new_button)
        self.toolbar = top
        layout.addLayout(top)
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        layout.addWidget(self.count)

        self.table = read_only_table(self)
        self.table.setModel(self.model)
        self.empty_note = EmptyListNote(self.table, self.tr("No matching products"), lambda: bool(self._all))
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(self.tr("No product selected"))
        self.title.setObjectName("DossierTitle")
        column.addWidget(self.title)
        self.form = ProductForm()
        column.addWidget(self.form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the product (Ctrl+S)"))
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setSizes([700, 480])
        layout.addWidget(splitter, 1)
        self._set_editing(False)

        self.search.textChanged.connect(self._apply_filter)
        self.class_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_product)
        self.save_button.clicked.connect(self.save)
        self.form.edited.connect(self._mark_dirty)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_product)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: list_products(ctx.uow()), self._show)

    def _show(self, products: list[Product]) -> None:
        self._all = products
        self._apply_filter()
        fit_columns(self.table)
        if self._pending_select is not None:
            self._select(self._pending_select)
            self._pending_select = None
        self.loaded.emit()

    def _apply_filter(self) -> None:
        text = self.search.text().strip().lower()
        cls = self.class_filter.currentData()
        archived = self.show_archived.isChecked()
        shown = [
            p for p in self._all
            if (archived or not p.archived)
            and (cls is None or int(p.price_class) == cls)
            and (not text or text in f"{p.code} {p.name} {p.manufacturer}".lower())
        ]
        self.model.set_rows(shown)
        self.count.setText(self.tr("Showing {shown} of {total} products").format(
            shown=len(shown), total=len(self._all)))

    def _select(self, product_id: int) -> None:
        row = next((n for n, p in enumerate(self.model.rows) if p.id == product_id), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 1))

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        product = self.model.rows[current.row()]
        if product.id == self.form.product().id and self.save_button.isEnabled():
            return
        if not self.confirm_leave():
            return
        self._edit(product)

    # --- editing ---------------------------------------------------------------------------------

    def _set_editing(self, on: bool) -> None:
        self.form.setEnabled(on)
        self.save_button.setEnabled(on)

    def _edit(self, product: Product) -> None:
        self.form.load(product)
        self._dirty = False
        self.title.setText(product.name or self.tr("New product"))
        self._set_editing(True)

    def new_product(self) -> None:
        if not self.confirm_leave():
            return
        self.table.clearSelection()
        self._edit(Product("", "", Decimal("0"), PriceClass.CLASS_5))
        self.form.code.setFocus()

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            self.title.setText("* " + self.title.text())

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        edit, ctx = self.form.edit(), self._ctx
        self._runner.submit(lambda: save_product(ctx.uow(), edit), self._saved, self._failed)

    def _saved(self, product: Product) -> None:
        self._dirty = False
        self.title.setText(product.name)
        self.form.load(product)
        assert product.id is not None
        self._pending_select = product.id
        self.saved.emit(product.id)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            return
        QMessageBox.warning(self, self.tr("Not saved"), describe_error(exc))

    def confirm_leave(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The product {name} has changes that are not saved. Discard them?").format(
                name=self.form.name.text()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            return True
        return False

    # what the window asks of every page before it closes or opens another workspace
    def unsaved_work(self) -> list[str]:
        if not self._dirty:
            return []
        return [self.tr("Product {name}").format(name=self.form.name.text() or self.tr("New product"))]

    def save_unsaved(self) -> bool:
        """Save in the GUI thread (one record, milliseconds): the window waits for the answer."""
        try:
            product = save_product(self._ctx.uow(), self.form.edit())
        except Exception as exc:  # shown like any failed save; the edits stay in the form
            self._failed(exc)
            return False
        self._saved(product)
        return True

    def discard_unsaved(self) -> None:
        self._dirty = False
