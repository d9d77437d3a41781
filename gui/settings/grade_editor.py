"""档位方案: how many grades, which measures over how many months with what weights, how scores become
grades (by rank in equal bands, or a band table of lowest scores), and where new shops start."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Market
from domain.services.tier_schemes import MAX_GRADES
from domain.tiers.schemes import GradeMeasure, GradeMethod, GradePlacement, GradeScheme, Scheme, SchemeKind
from gui.context import AppContext
from gui.customers.labels import market_labels
from gui.settings.scheme_editor import SchemeEditor
from gui.settings.scheme_widgets import (
    ChoiceCell,
    DecimalCell,
    IntCell,
    RowsTable,
    fraction_of,
    percent_box,
    set_fraction,
    to_decimal,
)
from gui.workers import TaskRunner


class GradeSchemeEditor(SchemeEditor):
    kind = SchemeKind.GRADE

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, self.tr("Grade scheme (档位)"), parent)

    def measure_label(self, measure: GradeMeasure) -> str:
        return {GradeMeasure.AMOUNT: self.tr("Amount"), GradeMeasure.CARTONS: self.tr("Cartons ordered"),
                GradeMeasure.LOW_TAR_SHARE: self.tr("Low-tar share")}[measure]

    def build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)

        scoring = QGroupBox(self.tr("Score"))
        form = QFormLayout(scoring)
        self.grades = QSpinBox()
        self.grades.setRange(2, MAX_GRADES)
        self.grades.setToolTip(self.tr("30 by default; 15 or 16 in some regions. The highest grade is the best."))
        self.add_field(form, self.tr("Number of grades"), "grades", self.grades)
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(self.tr("The score reads this many months, the month recomputed included."))
        self.add_field(form, self.tr("Months read"), "months", self.months)
        weights = QWidget()
        row = QHBoxLayout(weights)
        row.setContentsMargins(0, 0, 0, 0)
        self.weight_boxes: dict[GradeMeasure, QDoubleSpinBox] = {}
        for measure in GradeMeasure:
            box = percent_box()
            box.setAccessibleName(self.measure_label(measure))
            self.weight_boxes[measure] = box
            row.addWidget(QLabel(self.measure_label(measure)))
            row.addWidget(box)
            row.addSpacing(8)
        row.addStretch(1)
        self.add_field(form, self.tr("Weights"), "weights", weights)
        self.low_tar = QDoubleSpinBox()
        self.low_tar.setRange(0, 20)
        self.low_tar.setDecimals(1)
        self.low_tar.setSuffix(" mg")
        self.low_tar.setToolTip(self.tr("A product counts as low-tar at or below this tar content."))
        self.add_field(form, self.tr("Low-tar: tar at most"), "low_tar_max_mg", self.low_tar)
        layout.addWidget(scoring)

        bands = QGroupBox(self.tr("From score to grade"))
        bands_form = self._bands_form = QFormLayout(bands)
        self.method = QComboBox()
        self.method.addItem(self.tr("By rank, in equal-sized bands"), GradeMethod.RANK.value)
        self.method.addItem(self.tr("By a table of score bands"), GradeMethod.SCORE_TABLE.value)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.add_field(bands_form, self.tr("Method"), "method", self.method)
        self.score_table = RowsTable(
            [DecimalCell(self.tr("Lowest score"), 0, 100, 2), IntCell(self.tr("Grade"), 1, MAX_GRADES)],
            self.tr("Add band"), self.tr("Remove band"))
        self.score_table.table.setMinimumHeight(150)
        self.score_table_row = self.add_field(bands_form, self.tr("Band table"), "score_table", self.score_table)
        layout.addWidget(bands)

        new_shops = QGroupBox(self.tr("New shops"))
        new_form = QFormLayout(new_shops)
        self.new_shop_months = QSpinBox()
        self.new_shop_months.setRange(0, 24)
        self.new_shop_months.setSuffix(self.tr(" months"))
        self.new_shop_months.setToolTip(self.tr("A shop with fewer months of orders than this is placed by the "
                                                "rules below instead of being scored."))
        self.add_field(new_form, self.tr("Placed until it has"), "new_shop_months", self.new_shop_months)
        markets = market_labels()
        self.placements = RowsTable(
            [ChoiceCell(self.tr("Market"), ((self.tr("Any"), None), (markets[Market.TOWN], Market.TOWN.value),
                                            (markets[Market.RURAL], Market.RURAL.value))),
             IntCell(self.tr("Shop area at least"), 0, 10_000, " m²", self.tr("Any size")),
             IntCell(self.tr("Grade"), 1, MAX_GRADES)],
            self.tr("Add rule"), self.tr("Remove rule"))
        self.placements.table.setMinimumHeight(150)
        self.add_field(new_form, self.tr("Placement rules (first match wins)"), "placements", self.placements)
        layout.addWidget(new_shops)
        layout.addStretch(1)

    def _method_changed(self) -> None:
        # the band table only matters when grades come from it
        by_table = self.method.currentData() == GradeMethod.SCORE_TABLE.value
        self._bands_form.setRowVisible(self.score_table_row, by_table)

    def fill(self, scheme: Scheme) -> None:
        assert isinstance(scheme, GradeScheme)
        self.grades.setValue(scheme.grades)
        self.months.setValue(scheme.months)
        weights = dict(scheme.weights)
        for measure, box in self.weight_boxes.items():
            set_fraction(box, weights.get(measure, Decimal(0)))
        self.low_tar.setValue(float(scheme.low_tar_max_mg))
        self.method.setCurrentIndex(max(0, self.method.findData(scheme.method.value)))
        self.score_table.set_rows([(score, grade) for score, grade in scheme.score_table])
        self.new_shop_months.setValue(scheme.new_shop_months)
        self.placements.set_rows([(p.market.value if p.market else None, p.min_area_m2, p.grade)
                                  for p in scheme.placements])
        self._method_changed()

    def edited(self) -> Scheme:
        assert isinstance(self._loaded, GradeScheme)
        # measures the editor does not know (a newer Fieldbook's) keep their weight
        known = {m: fraction_of(box) for m, box in self.weight_boxes.items()}
        weights = tuple((m, known.get(m, w)) for m, w in self._loaded.weights)
        weights += tuple((m, w) for m, w in known.items() if m not in dict(self._loaded.weights) and w)
        return replace(
            self._loaded,
            grades=self.grades.value(),
            months=self.months.value(),
            weights=weights,
            method=GradeMethod(self.method.currentData()),
            score_table=tuple(sorted(((s, g) for s, g in self.score_table.rows()), key=lambda r: r[0], reverse=True)),
            low_tar_max_mg=to_decimal(self.low_tar.value(), 1),
            new_shop_months=self.new_shop_months.value(),
            placements=tuple(GradePlacement(grade, Market(market) if market else None, area)
                             for market, area, grade in self.placements.rows()),
        )
