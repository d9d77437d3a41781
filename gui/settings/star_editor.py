"""星级方案: the star thresholds (lowest total → stars), the point bands of the measurable criteria
(monthly cartons, class-1 share, average carton value: from at least this much, so many points) and
the form of the result code (5A8)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.tiers.schemes import Scheme, SchemeKind, StarBand, StarScheme
from gui.context import AppContext
from gui.settings.scheme_editor import SchemeEditor
from gui.settings.scheme_widgets import DecimalCell, IntCell, RowsTable
from gui.workers import TaskRunner

BAND_CODES = ("monthly_cartons", "class1_share", "avg_carton_value")  # the criteria the orders measure


class StarSchemeEditor(SchemeEditor):
    kind = SchemeKind.STAR

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, self.tr("Star scheme (星级)"), parent)

    def build(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        top = QGroupBox(self.tr("Star levels"))
        form = QFormLayout(top)
        self.thresholds = RowsTable([DecimalCell(self.tr("Lowest total"), 0, 200, 1, self.tr(" points")),
                                     IntCell(self.tr("Stars"), 2, 5)],
                                    self.tr("Add threshold"), self.tr("Remove threshold"))
        self.thresholds.table.setMinimumHeight(140)
        self.add_field(form, self.tr("Thresholds (below the lowest: one star)"), "thresholds", self.thresholds)
        self.result_code_form = QLineEdit()
        self.result_code_form.setToolTip(self.tr("{stars}: the star level, {integrity}: the integrity grade, "
                                                 "{value_points}: the customer value points. 5A8 by default."))
        self.add_field(form, self.tr("Result code form"), "result_code_form", self.result_code_form)
        layout.addWidget(top)

        bands = QGroupBox(self.tr("Points from the month's orders"))
        grid = QGridLayout(bands)
        units = {
            "monthly_cartons": (self.tr("Monthly cartons"), self.tr("Cartons at least"), 0, self.tr(" cartons")),
            "class1_share": (self.tr("Class-1 share"), self.tr("Share at least"), 1, " %"),
            "avg_carton_value": (self.tr("Average carton value"), self.tr("Yuan a carton at least"), 0, self.tr(" yuan")),
        }
        self.band_tables: dict[str, RowsTable] = {}
        for column, code in enumerate(BAND_CODES):
            title, header, decimals, suffix = units[code]
            table = RowsTable([DecimalCell(header, 0, 100_000, decimals, suffix),
                               DecimalCell(self.tr("Points"), 0, 100, 1)],
                              self.tr("Add band"), self.tr("Remove band"))
            table.table.setMinimumHeight(260)
            self.band_tables[code] = table
            grid.addWidget(QLabel(title), 0, column)
            grid.addWidget(table, 1, column)
        # the three tables share one error line ("bands"), under them
        bands_holder = QWidget()
        holder_form = QFormLayout(bands_holder)
        holder_form.setContentsMargins(0, 0, 0, 0)
        self.add_field(holder_form, "", "bands", bands)
        layout.addWidget(bands_holder)
        layout.addStretch(1)

    def fill(self, scheme: Scheme) -> None:
        assert isinstance(scheme, StarScheme)
        self.thresholds.set_rows([(total, stars) for total, stars in scheme.thresholds])
        self.result_code_form.setText(scheme.result_code_form)
        for code, table in self.band_tables.items():
            table.set_rows([(b.at_least, b.points) for b in scheme.bands_of(code)])

    def edited(self) -> Scheme:
        assert isinstance(self._loaded, StarScheme)
        edited = {code: tuple(StarBand(at_least, points) for at_least, points
                              in sorted(table.rows(), key=lambda r: r[0], reverse=True))
                  for code, table in self.band_tables.items()}
        # criteria the editor does not show keep their bands, in their place
        bands = tuple((code, edited.get(code, old)) for code, old in self._loaded.bands)
        bands += tuple((code, b) for code, b in edited.items() if code not in dict(self._loaded.bands) and b)
        return replace(
            self._loaded,
            thresholds=tuple(sorted(self.thresholds.rows(), key=lambda r: r[0], reverse=True)),
            bands=bands,
            result_code_form=self.result_code_form.text().strip() or self._loaded.result_code_form,
        )
