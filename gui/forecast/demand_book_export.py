"""导出需求采集本: where the workbook goes (the reports' folder, remembered) and its default name."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from gui.common.report_files import ask_save_path


def demand_book_name(month: date) -> str:
    return QCoreApplication.translate("DemandBookExport", "Demand book {month}.xlsx").format(month=f"{month:%Y-%m}")


def ask_demand_book_path(parent: QWidget | None, month: date, settings: QSettings) -> Path | None:
    return ask_save_path(parent, QCoreApplication.translate("DemandBookExport", "Export the demand book"),
                         demand_book_name(month),
                         QCoreApplication.translate("DemandBookExport", "Excel workbook (*.xlsx)"), ".xlsx", settings)
