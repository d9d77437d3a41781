"""The analysis's words: price classes, the flags of a declining customer, yes/no."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def class_label(price_class: int) -> str:
    """一类 … 五类 (the same messages as the product catalogue's)."""
    labels = {
        1: QCoreApplication.translate("Labels", "Class 1"),
        2: QCoreApplication.translate("Labels", "Class 2"),
        3: QCoreApplication.translate("Labels", "Class 3"),
        4: QCoreApplication.translate("Labels", "Class 4"),
        5: QCoreApplication.translate("Labels", "Class 5"),
    }
    return labels.get(price_class, "")


def short_class_label(price_class: int) -> str:
    """For a narrow chart: "C1" … (一类 … in Chinese, which is short already)."""
    return QCoreApplication.translate("AnalysisLabels", "C{n}").format(n=price_class)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("AnalysisLabels", "Yes") if value else QCoreApplication.translate(
        "AnalysisLabels", "No")


def falling_label(cartons: bool, profit: bool) -> str:
    if cartons and profit:
        return QCoreApplication.translate("AnalysisLabels", "Cartons and gross profit")
    if cartons:
        return QCoreApplication.translate("AnalysisLabels", "Cartons")
    return QCoreApplication.translate("AnalysisLabels", "Gross profit")


def arrows(values: tuple[object, ...]) -> str:
    """5 → 7 → 9"""
    return " → ".join(str(v) for v in values)
