"""The analysis's words: price classes, the flags of a declining customer, yes/no."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.model.customers import CustomerStatus
from domain.profit import MarginBasis


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


def margin_basis_label(basis: MarginBasis) -> str:
    """What the margin divides by: 毛利÷进货额 or 毛利÷零售额."""
    if basis is MarginBasis.RETAIL:
        return QCoreApplication.translate("AnalysisLabels", "profit ÷ retail sales")
    return QCoreApplication.translate("AnalysisLabels", "profit ÷ purchase amount")


def margin_title(basis: MarginBasis) -> str:
    """A margin figure's heading with its basis beside it: 毛利率（毛利÷进货额）."""
    return QCoreApplication.translate("AnalysisLabels", "Margin ({basis})").format(basis=margin_basis_label(basis))


def shop_name(name: str, status: CustomerStatus) -> str:
    """A shop's name in a list, marked when it is not active: 某某店（停业）."""
    if status is CustomerStatus.SUSPENDED:
        return QCoreApplication.translate("AnalysisLabels", "{name} (suspended)").format(name=name)
    if status is CustomerStatus.ARCHIVED:
        return QCoreApplication.translate("AnalysisLabels", "{name} (archived)").format(name=name)
    return name


def too_little_history() -> str:
    return QCoreApplication.translate("AnalysisLabels", "Less than three months of history")


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
