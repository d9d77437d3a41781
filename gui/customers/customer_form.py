"""The dossier's own fields in three tabs (basics, environment, care): fill from a Customer, read back
into one, show each validation error under its field, and say when anything was edited."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QObject, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.custom_fields import CustomField
from domain.model.customers import (
    Birthday,
    BirthdayCalendar,
    BusinessType,
    CareNotes,
    Customer,
    CustomerStatus,
    Market,
    Segment,
    ShopEnvironment,
    ValueTier,
)
from domain.services.customers import CustomerChanges, customer_changes
from domain.star_scoring import INTEGRITY_GRADES
from domain.validation import FieldError
from gui.common.fields import FieldRow, number_or_none, optional_number, show_field_errors
from gui.customers.form_widgets import CompetitorTable, OptionalDate
from gui.customers.labels import (
    business_type_labels,
    calendar_labels,
    market_labels,
    stars,
    status_labels,
    value_tier_labels,
)

E = TypeVar("E", bound=Enum)


# digits with thousands commas, a sign, up to four decimals (what a custom field keeps)
NUMBER_PATTERN = QRegularExpression(r"^-?[0-9,，]{0,24}(\.[0-9]{0,4})?$")


def _combo(items: Sequence[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def _enum(box: QComboBox, kind: type[E]) -> E | None:
    """Qt hands str-based enums back as plain str: turn the choice back into the enum."""
    data = box.currentData()
    return None if data is None else kind(data)


def _select(box: QComboBox, data: object) -> None:
    box.setCurrentIndex(max(0, box.findData(data)))


def _short_text(height: int = 54) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


def _scrolling(form: QFormLayout, max_width: int = 760) -> QScrollArea:
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.addLayout(form)
    column.addStretch(1)  # rows keep their height; the space left over goes below the form
    inner.setMaximumWidth(max_width)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class CustomerForm(QObject):
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, FieldRow] = {}
        self._loading = False
        self._base = Customer("", "")
        self._custom_shown: list[tuple[int | None, str, str]] = []
        self.basics = self._build_basics()
        self.environment = self._build_environment()
        self.care = self._build_care()

    # --- building --------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        row = FieldRow(widget)
        self._rows[key] = row
        form.addRow(label, row)
        for signal_name in ("textChanged", "currentIndexChanged", "valueChanged", "changed", "toggled"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, k=key: self._on_edit(k))
                break

    def _on_edit(self, key: str) -> None:
        if self._loading:
            return
        self._rows[key].show_error(None)
        self.edited.emit()

    def _build_basics(self) -> QWidget:
        form = QFormLayout()
        self.license_no = QLineEdit()
        self.license_no.setPlaceholderText(self.tr("12 digits, e.g. 530102100001"))
        self.name = QLineEdit()
        self.owner = QLineEdit()
        self.phone = QLineEdit()
        self.phone2 = QLineEdit()
        self.address = QLineEdit()
        self.route = QComboBox()
        self.route.setEditable(True)
        self.segment = QComboBox()
        self.business_type = _combo([("", None), *[(v, k) for k, v in business_type_labels().items()]])
        self.market = _combo([("", None), *[(v, k) for k, v in market_labels().items()]])
        self.customer_code = QLineEdit()
        self.grade = optional_number(60, self.tr("not set"))
        self.star_level = _combo([("", None), *[(stars(n), n) for n in range(1, 7)]])
        self.integrity = _combo([("", ""), *[(g, g) for g in INTEGRITY_GRADES]])
        self.value_tier = _combo([("", None), *[(v, k) for k, v in value_tier_labels().items()]])
        self.status = _combo([(v, k) for k, v in status_labels().items()])
        self.opened_on = OptionalDate()
        self.license_expiry = OptionalDate()
        self.visit_every = optional_number(365, self.tr("as its segment"), self.tr(" days"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separate tags with commas, e.g. 重点培育, 新店"))
        self.notes = _short_text(60)
        left, right = QFormLayout(), QFormLayout()
        for form, fields in (
            (left, (
                (self.tr("License no *"), "license_no", self.license_no),
                (self.tr("Shop name *"), "name", self.name),
                (self.tr("Owner"), "owner", self.owner),
                (self.tr("Phone"), "phone", self.phone),
                (self.tr("Second phone"), "phone2", self.phone2),
                (self.tr("Address"), "address", self.address),
                (self.tr("Route"), "route", self.route),
                (self.tr("Segment"), "segment_id", self.segment),
                (self.tr("Business type"), "business_type", self.business_type),
                (self.tr("Market"), "market", self.market),
            )),
            (right, (
                (self.tr("Customer code"), "customer_code", self.customer_code),
                (self.tr("Grade (档位)"), "grade", self.grade),
                (self.tr("Star level"), "star_level", self.star_level),
                (self.tr("Integrity grade"), "integrity_grade", self.integrity),
                (self.tr("Value tier"), "value_tier", self.value_tier),
                (self.tr("Status"), "status", self.status),
                (self.tr("Opened on"), "opened_on", self.opened_on),
                (self.tr("License expires"), "license_expiry", self.license_expiry),
                (self.tr("Visit every"), "visit_every_days", self.visit_every),
                (self.tr("Tags"), "tags", self.tags),
            )),
        ):
            for label, key, widget in fields:
                self._row(form, label, key, widget)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        form = QFormLayout()
        form.addRow(columns)
        self._row(form, self.tr("Notes"), "notes", self.notes)
        # the workspace's custom fields (设置 → 自定义字段), rebuilt when their list changes
        self.custom_box = QGroupBox(self.tr("Custom fields"))
        self._custom_form = QFormLayout(self.custom_box)
        self._custom_edits: dict[int, QLineEdit] = {}
        self.custom_box.hide()
        form.addRow(self.custom_box)
        return _scrolling(form, 980)

    def set_custom_fields(self, fields: Sequence[CustomField]) -> None:
        """One number box per field in use; a field's unit is shown after its box."""
        if [(f.id, f.name, f.unit) for f in fields] == self._custom_shown:
            return
        self._custom_shown = [(f.id, f.name, f.unit) for f in fields]
        while self._custom_form.rowCount():
            self._custom_form.removeRow(0)
        for key in [k for k in self._rows if k.startswith("custom.")]:
            del self._rows[key]
        self._custom_edits = {}
        for f in fields:
            assert f.id is not None
            box = QLineEdit()
            box.setValidator(QRegularExpressionValidator(NUMBER_PATTERN, box))
            box.setPlaceholderText(self.tr("a number, e.g. 1234.5"))
            box.setAccessibleName(f.name)
            self._custom_edits[f.id] = box
            self._row(self._custom_form, f"{f.name}（{f.unit}）" if f.unit else f.name, f"custom.{f.id}", box)
        self.custom_box.setVisible(bool(fields))

    def _custom_values(self) -> dict[int, Decimal]:
        """The base's values with the shown fields' boxes laid over them (an archived field's value stays)."""
        values = dict(self._base.custom_values)
        for field_id, box in self._custom_edits.items():
            text = box.text().replace(",", "").replace("，", "").strip()
            try:
                values[field_id] = Decimal(text)
            except InvalidOperation:  # empty, or a lone sign or point the validator let through mid-typing
                values.pop(field_id, None)
        return values

    def _build_environment(self) -> QWidget:
        form = QFormLayout()
        self.env_location = _short_text()
        self.env_location.setPlaceholderText(self.tr("Where the shop stands and what is next to it"))
        self.env_foot_traffic = QLineEdit()
        self.env_groups = QLineEdit()
        self.env_groups.setPlaceholderText(self.tr("e.g. passers-by, residents, office workers"))
        self.env_income = QLineEdit()
        self.env_classes = QLineEdit()
        self.env_classes.setPlaceholderText(self.tr("e.g. classes 1–2"))
        self.env_competitors = CompetitorTable(self.tr("Competing shop"), self.tr("Distance (m)"), self.tr("Add"), self.tr("Remove"))
        self.env_area = optional_number(100_000, self.tr("not known"), " m²")
        self.env_counters = optional_number(1000, self.tr("not known"))
        self.env_terminal = QLineEdit()
        for label, key, widget in (
            (self.tr("Location and neighbours"), "environment.location", self.env_location),
            (self.tr("Foot traffic"), "environment.foot_traffic", self.env_foot_traffic),
            (self.tr("Main consumer groups"), "environment.consumer_groups", self.env_groups),
            (self.tr("Their income"), "environment.consumer_income", self.env_income),
            (self.tr("Dominant price classes"), "environment.dominant_price_classes", self.env_classes),
            (self.tr("Competitors nearby"), "environment.competitors", self.env_competitors),
            (self.tr("Shop area"), "environment.shop_area_m2", self.env_area),
            (self.tr("Counters and cabinets"), "environment.counters", self.env_counters),
            (self.tr("Ordering terminal / POS"), "environment.terminal", self.env_terminal),
        ):
            self._row(form, label, key, widget)
        return _scrolling(form)

    def _build_care(self) -> QWidget:
        form = QFormLayout()
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_birthday = QCheckBox(self.tr("known"))
        self.calendar = _combo([(v, k) for k, v in calendar_labels().items()])
        self.birth_month = QSpinBox()
        self.birth_month.setRange(1, 12)
        self.birth_month.setSuffix(self.tr(" month"))
        self.birth_day = QSpinBox()
        self.birth_day.setRange(1, 31)
        self.birth_day.setSuffix(self.tr(" day"))
        self.leap_month = QCheckBox(self.tr("leap month"))
        self.birth_year = optional_number(2100, self.tr("not known"))
        self.birth_year.setMaximumWidth(160)
        for w in (self.has_birthday, self.calendar, self.birth_month, self.birth_day, self.leap_month):
            row.addWidget(w)
            if w is not self.has_birthday:
                self.has_birthday.toggled.connect(w.setEnabled)
        row.addStretch(1)
        for w in (self.calendar, self.birth_month, self.birth_day, self.leap_month, self.birth_year):
            if isinstance(w, QComboBox):
                signal = w.currentIndexChanged
            elif isinstance(w, QSpinBox):
                signal = w.valueChanged
            else:
                signal = w.toggled
            signal.connect(lambda *_a: self._on_edit("care.birthday"))
        self.hobbies = _short_text()
        self.hobbies.setPlaceholderText(self.tr("e.g. likes the magazine 读者; fishing on Sundays"))
        self.family = _short_text()
        self.contact_time = QLineEdit()
        self.contact_time.setPlaceholderText(self.tr("e.g. after 3 pm, not at lunch time"))
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("e.g. WeChat, phone call, in person"))
        self._row(form, self.tr("Birthday"), "care.birthday", birthday)
        self._rows["care.birthday"].field = birthday
        self.has_birthday.toggled.connect(lambda *_a: self._on_edit("care.birthday"))
        self.has_birthday.toggled.connect(self.birth_year.setEnabled)
        form.addRow(self.tr("Year of birth"), self.birth_year)
        for label, key, widget in (
            (self.tr("Hobbies and preferences"), "care.hobbies", self.hobbies),
            (self.tr("Family"), "care.family_notes", self.family),
            (self.tr("Best time to contact"), "care.preferred_contact_time", self.contact_time),
            (self.tr("Preferred channel"), "care.preferred_channel", self.channel),
        ):
            self._row(form, label, key, widget)
        return _scrolling(form)

    # --- data in and out -------------------------------------------------------------------------

    def set_choices(self, segments: Sequence[Segment], routes: Sequence[str]) -> None:
        self._loading = True
        self.segment.clear()
        self.segment.addItem("", None)
        for seg in segments:
            self.segment.addItem(seg.name, seg.id)
        current = self.route.currentText()
        self.route.clear()
        self.route.addItems(["", *routes])
        self.route.setCurrentText(current)
        self._loading = False

    def load(self, c: Customer, today: date) -> None:
        self._loading = True
        self._base = c
        self.license_no.setText(c.license_no)
        self.name.setText(c.name)
        self.owner.setText(c.owner)
        self.phone.setText(c.phone)
        self.phone2.setText(c.phone2)
        self.address.setText(c.address)
        self.route.setCurrentText(c.route)
        _select(self.segment, c.segment_id)
        _select(self.business_type, c.business_type)
        _select(self.market, c.market)
        self.customer_code.setText(c.customer_code)
        self.grade.setValue(c.grade or 0)
        _select(self.star_level, c.star_level)
        _select(self.integrity, c.integrity_grade)
        _select(self.value_tier, c.value_tier)
        _select(self.status, c.status)
        self.opened_on.set_value(c.opened_on, today)
        self.license_expiry.set_value(c.license_expiry, today)
        self.visit_every.setValue(c.visit_every_days or 0)
        self.tags.setText(", ".join(c.tags))
        self.notes.setPlainText(c.notes)
        env = c.environment
        self.env_location.setPlainText(env.location)
        self.env_foot_traffic.setText(env.foot_traffic)
        self.env_groups.setText(env.consumer_groups)
        self.env_income.setText(env.consumer_income)
        self.env_classes.setText(env.dominant_price_classes)
        self.env_competitors.set_value(env.competitors)
        self.env_area.setValue(env.shop_area_m2 or 0)
        self.env_counters.setValue(env.counters or 0)
        self.env_terminal.setText(env.terminal)
        care, b = c.care, c.care.birthday
        self.has_birthday.setChecked(b is not None)
        for w in (self.calendar, self.birth_month, self.birth_day, self.leap_month, self.birth_year):
            w.setEnabled(b is not None)
        _select(self.calendar, b.calendar if b else BirthdayCalendar.SOLAR)
        self.birth_month.setValue(b.month if b else 1)
        self.birth_day.setValue(b.day if b else 1)
        self.leap_month.setChecked(bool(b and b.leap_month))
        self.birth_year.setValue((b.year or 0) if b else 0)
        self.hobbies.setPlainText(care.hobbies)
        self.family.setPlainText(care.family_notes)
        self.contact_time.setText(care.preferred_contact_time)
        self.channel.setText(care.preferred_channel)
        for field_id, box in self._custom_edits.items():
            value = c.custom_values.get(field_id)
            box.setText("" if value is None else f"{value:f}")
        self.show_errors([])
        self._loading = False

    def customer(self) -> Customer:
        """The edited customer: the loaded one with every field of the form applied."""
        birthday = None
        if self.has_birthday.isChecked():
            birthday = Birthday(
                self.birth_month.value(), self.birth_day.value(),
                _enum(self.calendar, BirthdayCalendar) or BirthdayCalendar.SOLAR,
                number_or_none(self.birth_year), self.leap_month.isChecked(),
            )
        tags = [t for t in self.tags.text().replace("，", ",").replace("、", ",").split(",")]
        return replace(
            self._base,
            license_no=self.license_no.text(),
            name=self.name.text(),
            owner=self.owner.text(),
            phone=self.phone.text(),
            phone2=self.phone2.text(),
            address=self.address.text(),
            route=self.route.currentText(),
            segment_id=self.segment.currentData(),
            business_type=_enum(self.business_type, BusinessType),
            market=_enum(self.market, Market),
            customer_code=self.customer_code.text(),
            grade=number_or_none(self.grade),
            star_level=self.star_level.currentData(),
            integrity_grade=self.integrity.currentData(),
            value_tier=_enum(self.value_tier, ValueTier),
            status=_enum(self.status, CustomerStatus) or CustomerStatus.ACTIVE,
            opened_on=self.opened_on.value(),
            license_expiry=self.license_expiry.value(),
            visit_every_days=number_or_none(self.visit_every),
            tags=tags,
            notes=self.notes.toPlainText(),
            custom_values=self._custom_values(),
            environment=ShopEnvironment(
                location=self.env_location.toPlainText(),
                foot_traffic=self.env_foot_traffic.text(),
                consumer_groups=self.env_groups.text(),
                consumer_income=self.env_income.text(),
                dominant_price_classes=self.env_classes.text(),
                competitors=self.env_competitors.value(),
                shop_area_m2=number_or_none(self.env_area),
                counters=number_or_none(self.env_counters),
                terminal=self.env_terminal.text(),
            ),
            care=CareNotes(
                birthday=birthday,
                hobbies=self.hobbies.toPlainText(),
                family_notes=self.family.toPlainText(),
                preferred_contact_time=self.contact_time.text(),
                preferred_channel=self.channel.text(),
            ),
        )

    def edit(self) -> Customer | CustomerChanges:
        """What saving writes: a new customer whole; for a stored one only the fields the user changed,
        so that a star level or grade set elsewhere while the form was open is not written back."""
        if self._base.id is None:
            return self.customer()
        return customer_changes(self._base, self.customer())

    def show_errors(self, errors: Sequence[FieldError]) -> list[str]:
        """Put each error under its field; returns the keys shown, first one first."""
        return [k for k in show_field_errors(self._rows, errors) if k in self._rows]

    def tab_of(self, key: str) -> QWidget:
        if key.startswith("environment."):
            return self.environment
        if key.startswith("care."):
            return self.care
        return self.basics

    def focus(self, key: str) -> None:
        row = self._rows.get(key)
        if row is not None:
            row.field.setFocus()
