"""价值分层方案: the contribution measure and its months, the loyalty measure's weights, how the two are
split into high and low (median or fixed thresholds), and per value tier its care plan: what the
service covers, a visit frequency that overrides the segment's, whether salons invite it."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.custom_fields import CustomField
from domain.model.customers import ValueTier
from domain.services.custom_fields import custom_fields
from domain.services.tier_schemes import load_scheme
from domain.tiers.schemes import (
    ContributionMeasure,
    LoyaltyMeasure,
    Scheme,
    SchemeKind,
    SplitMethod,
    TierCarePlan,
    ValueTierScheme,
)
from gui.common.fields import number_or_none, optional_number
from gui.context import AppContext
from gui.customers.labels import value_tier_labels
from gui.settings.scheme_editor import SchemeEditor
from gui.settings.scheme_widgets import fraction_of, percent_box, set_fraction, to_decimal
from gui.workers import TaskRunner

TIER_ORDER = (ValueTier.KEY, ValueTier.POTENTIAL, ValueTier.AT_RISK, ValueTier.ORDINARY)
ORDER_MEASURES = (ContributionMeasure.GROSS_PROFIT, ContributionMeasure.AMOUNT, ContributionMeasure.CARTONS)
CUSTOM_PREFIX = "custom:"  # the combo's data for a custom field: custom:<field id>


def _custom_key(field_id: int | None) -> str:
    return f"{CUSTOM_PREFIX}{field_id}"


class CarePlanBox(QGroupBox):
    """One tier's care plan."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.strategy = QPlainTextEdit()
        self.strategy.setTabChangesFocus(True)
        self.strategy.setFixedHeight(64)
        self.visit_every = optional_number(365, self.tr("As its segment"), self.tr(" days"))
        self.visit_every.setToolTip(self.tr("Days between visits for the tier's shops; blank: the segment's"))
        self.invite = QCheckBox(self.tr("Invite to salons"))
        form.addRow(self.tr("Service"), self.strategy)
        form.addRow(self.tr("Visit every"), self.visit_every)
        form.addRow("", self.invite)

    def fill(self, plan: TierCarePlan) -> None:
        self.strategy.setPlainText(plan.strategy)
        self.visit_every.setValue(plan.visit_every_days or 0)
        self.invite.setChecked(plan.invite_to_salons)

    def plan(self, tier: ValueTier) -> TierCarePlan:
        return TierCarePlan(tier, self.strategy.toPlainText().strip(), number_or_none(self.visit_every),
                            self.invite.isChecked())


class ValueTierSchemeEditor(SchemeEditor):
    kind = SchemeKind.VALUE_TIER

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, self.tr("Value-tier scheme (价值分层)"), parent)

    def build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        measures = QGroupBox(self.tr("Contribution × loyalty"))
        form = QFormLayout(measures)
        self.contribution = QComboBox()
        for contribution, label in ((ContributionMeasure.GROSS_PROFIT, self.tr("Gross profit (yuan)")),
                                    (ContributionMeasure.AMOUNT, self.tr("Amount (yuan)")),
                                    (ContributionMeasure.CARTONS, self.tr("Cartons"))):
            self.contribution.addItem(label, contribution.value)
        self.contribution.setToolTip(self.tr("A custom field (设置 → 自定义字段) measures the contribution by the value "
                                             "kept in each dossier, such as assets under management"))
        self.add_field(form, self.tr("Contribution"), "contribution", self.contribution)
        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setSuffix(self.tr(" months"))
        self.add_field(form, self.tr("Months read"), "months", self.months)
        weights = QWidget()
        row = QHBoxLayout(weights)
        row.setContentsMargins(0, 0, 0, 0)
        self.weight_boxes: dict[LoyaltyMeasure, QDoubleSpinBox] = {}
        for measure, label in ((LoyaltyMeasure.REGULARITY, self.tr("Order regularity")),
                               (LoyaltyMeasure.TENURE, self.tr("Tenure")),
                               (LoyaltyMeasure.INTEGRITY, self.tr("Integrity grade"))):
            box = percent_box()
            box.setAccessibleName(label)
            self.weight_boxes[measure] = box
            row.addWidget(QLabel(label))
            row.addWidget(box)
            row.addSpacing(8)
        row.addStretch(1)
        self.add_field(form, self.tr("Loyalty weights"), "loyalty_weights", weights)
        self.split = QComboBox()
        self.split.addItem(self.tr("At the territory's median"), SplitMethod.MEDIAN.value)
        self.split.addItem(self.tr("At fixed thresholds"), SplitMethod.FIXED.value)
        self.split.currentIndexChanged.connect(self._split_changed)
        self.add_field(form, self.tr("High from"), "split", self.split)
        self.contribution_threshold = QDoubleSpinBox()
        self.contribution_threshold.setRange(0, 1e10)
        self.contribution_threshold.setDecimals(2)
        self.contribution_threshold.setGroupSeparatorShown(True)
        self.contribution_threshold.setToolTip(self.tr("In the contribution's unit: yuan or cartons"))
        self.add_field(form, self.tr("Contribution at least"), "contribution_threshold", self.contribution_threshold)
        self.loyalty_threshold = QDoubleSpinBox()
        self.loyalty_threshold.setRange(0, 100)
        self.loyalty_threshold.setDecimals(1)
        self.loyalty_threshold.setSuffix(self.tr(" points"))
        self.add_field(form, self.tr("Loyalty at least"), "loyalty_threshold", self.loyalty_threshold)
        self._form = form
        layout.addWidget(measures)

        plans = QGroupBox(self.tr("Care plan per tier"))
        grid = QGridLayout(plans)
        labels = value_tier_labels()
        self.care_boxes: dict[ValueTier, CarePlanBox] = {}
        for n, tier in enumerate(TIER_ORDER):
            care = CarePlanBox(labels[tier])
            self.care_boxes[tier] = care
            grid.addWidget(care, n // 2, n % 2)
        holder = QWidget()
        holder_form = QFormLayout(holder)
        holder_form.setContentsMargins(0, 0, 0, 0)
        self.add_field(holder_form, "", "care_plans", plans)
        layout.addWidget(holder)
        layout.addStretch(1)

    def refresh(self) -> None:
        """The scheme and the custom fields the contribution can be measured by, in one load."""
        ctx = self._ctx

        def load() -> tuple[Scheme, list[CustomField]]:
            return load_scheme(ctx.uow(), self.kind), custom_fields(ctx.uow(), include_archived=True)

        self._runner.submit(load, self._show_with_fields, self._failed)

    def _show_with_fields(self, loaded: tuple[Scheme, list[CustomField]]) -> None:
        scheme, fields = loaded
        assert isinstance(scheme, ValueTierScheme)
        while self.contribution.count() > len(ORDER_MEASURES):
            self.contribution.removeItem(self.contribution.count() - 1)
        for f in fields:
            if not f.archived or f.id == scheme.contribution_field_id:
                label = f"{f.name}（{f.unit}）" if f.unit else f.name
                self.contribution.addItem(self.tr("Custom field: {name}").format(name=label), _custom_key(f.id))
        self._show(scheme)

    def _split_changed(self) -> None:
        fixed = self.split.currentData() == SplitMethod.FIXED.value
        for name in ("contribution_threshold", "loyalty_threshold"):
            self._form.setRowVisible(self.field_rows[name], fixed)

    def fill(self, scheme: Scheme) -> None:
        assert isinstance(scheme, ValueTierScheme)
        key = (_custom_key(scheme.contribution_field_id) if scheme.contribution is ContributionMeasure.CUSTOM
               else scheme.contribution.value)
        self.contribution.setCurrentIndex(max(0, self.contribution.findData(key)))
        self.months.setValue(scheme.months)
        weights = dict(scheme.loyalty_weights)
        for measure, box in self.weight_boxes.items():
            set_fraction(box, weights.get(measure, Decimal(0)))
        self.split.setCurrentIndex(max(0, self.split.findData(scheme.split.value)))
        self.contribution_threshold.setValue(float(scheme.contribution_threshold))
        self.loyalty_threshold.setValue(float(scheme.loyalty_threshold))
        for tier, care in self.care_boxes.items():
            care.fill(scheme.care_plan(tier))
        self._split_changed()

    def edited(self) -> Scheme:
        loaded = self._loaded
        assert isinstance(loaded, ValueTierScheme)
        known = {m: fraction_of(box) for m, box in self.weight_boxes.items()}
        weights = tuple((m, known.get(m, w)) for m, w in loaded.loyalty_weights)
        weights += tuple((m, w) for m, w in known.items() if m not in dict(loaded.loyalty_weights) and w)
        plans = tuple(self.care_boxes[p.tier].plan(p.tier) for p in loaded.care_plans)
        plans += tuple(box.plan(tier) for tier, box in self.care_boxes.items()
                       if all(p.tier is not tier for p in loaded.care_plans) and box.plan(tier) != TierCarePlan(tier))
        chosen = str(self.contribution.currentData())
        custom_id = int(chosen.removeprefix(CUSTOM_PREFIX)) if chosen.startswith(CUSTOM_PREFIX) else None
        return replace(
            loaded,
            contribution=ContributionMeasure.CUSTOM if custom_id is not None else ContributionMeasure(chosen),
            contribution_field_id=custom_id,
            months=self.months.value(),
            loyalty_weights=weights,
            split=SplitMethod(self.split.currentData()),
            contribution_threshold=to_decimal(self.contribution_threshold.value(), 2),
            loyalty_threshold=to_decimal(self.loyalty_threshold.value(), 1),
            care_plans=plans,
        )
