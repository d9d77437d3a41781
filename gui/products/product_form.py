"""The editor of one product (卷烟规格): fill from a Product, read one back, errors under each field."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from domain.model.products import PriceClass, Product, price_class_for
from domain.services.products import ProductChanges, product_changes
from domain.validation import FieldError
from gui.common.fields import FieldRow, show_field_errors
from gui.products.labels import price_class_labels


def _money_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 20_000)
    box.setDecimals(2)
    box.setPrefix("¥")
    box.setGroupSeparatorShown(True)
    return box


class ProductForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = Product("", "", Decimal(0), PriceClass.CLASS_5)
        self._loading = False
        self._rows: dict[str, FieldRow] = {}
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.manufacturer = QLineEdit()
        self.wholesale = _money_box()
        self.price_class = QComboBox()
        for cls, label in price_class_labels().items():
            self.price_class.addItem(label, int(cls))
        self.has_retail = QCheckBox(self.tr("known"))
        self.retail = _money_box()
        self.packs = QSpinBox()
        self.packs.setRange(1, 50)
        self.tar = QDoubleSpinBox()
        self.tar.setRange(0, 30)
        self.tar.setDecimals(1)
        self.tar.setSuffix(" mg")
        self.tar.setSpecialValueText(self.tr("not known"))
        self.is_new = QCheckBox(self.tr("New product (新品)"))
        self.is_scarce = QCheckBox(self.tr("Scarce (紧俏)"))
        self.archived = QCheckBox(self.tr("No longer sold (archived)"))
        retail_row = QWidget()
        row = QHBoxLayout(retail_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_retail)
        row.addWidget(self.retail, 1)
        self.has_retail.toggled.connect(self.retail.setEnabled)
        for label, key, widget in (
            (self.tr("Code *"), "code", self.code),
            (self.tr("Name *"), "name", self.name),
            (self.tr("Manufacturer"), "manufacturer", self.manufacturer),
            (self.tr("Wholesale price per carton *"), "wholesale_price", self.wholesale),
            (self.tr("Price class"), "price_class", self.price_class),
            (self.tr("Suggested retail price per carton"), "retail_price", retail_row),
            (self.tr("Packs per carton"), "packs_per_carton", self.packs),
            (self.tr("Tar"), "tar_mg", self.tar),
        ):
            field = FieldRow(widget)
            self._rows[key] = field
            form.addRow(label, field)
        for box in (self.is_new, self.is_scarce, self.archived):
            form.addRow("", box)
        for signal in (self.code.textChanged, self.name.textChanged, self.manufacturer.textChanged,
                       self.wholesale.valueChanged, self.price_class.currentIndexChanged,
                       self.has_retail.toggled, self.retail.valueChanged, self.packs.valueChanged,
                       self.tar.valueChanged, self.is_new.toggled, self.is_scarce.toggled,
                       self.archived.toggled):
            signal.connect(self._on_edit)
        # the price class follows the wholesale price (一类 ≥100 元 …) unless the user picks another
        self.wholesale.valueChanged.connect(self._suggest_class)

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _suggest_class(self, value: float) -> None:
        if not self._loading and value > 0:
            cls = price_class_for(Decimal(str(value)))
            self.price_class.setCurrentIndex(self.price_class.findData(int(cls)))

    def load(self, p: Product) -> None:
        self._loading = True
        self._base = p
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.manufacturer.setText(p.manufacturer)
        self.wholesale.setValue(float(p.wholesale_price))
        self.price_class.setCurrentIndex(self.price_class.findData(int(p.price_class)))
        self.has_retail.setChecked(p.retail_price is not None)
        self.retail.setEnabled(p.retail_price is not None)
        self.retail.setValue(float(p.retail_price or 0))
        self.packs.setValue(p.packs_per_carton)
        self.tar.setValue(float(p.tar_mg or 0))
        self.is_new.setChecked(p.is_new)
        self.is_scarce.setChecked(p.is_scarce)
        self.archived.setChecked(p.archived)
        self.show_errors([])
        self._loading = False

    def product(self) -> Product:
        def money(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(box.value())).quantize(Decimal("0.01"))

        return replace(
            self._base,
            code=self.code.text(),
            name=self.name.text(),
            manufacturer=self.manufacturer.text(),
            wholesale_price=money(self.wholesale),
            price_class=PriceClass(self.price_class.currentData()),
            retail_price=money(self.retail) if self.has_retail.isChecked() else None,
            packs_per_carton=self.packs.value(),
            tar_mg=Decimal(str(self.tar.value())) if self.tar.value() else None,
            is_new=self.is_new.isChecked(),
            is_scarce=self.is_scarce.isChecked(),
            archived=self.archived.isChecked(),
        )

    def edit(self) -> Product | ProductChanges:
        """What saving writes: a new product whole; for a stored one only the fields the user changed,
        so that prices an import wrote while the form was open are not written back."""
        if self._base.id is None:
            return self.product()
        return product_changes(self._base, self.product())

    def show_errors(self, errors: list[FieldError]) -> None:
        show_field_errors(self._rows, errors)
