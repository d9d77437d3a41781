"""The user's words for price classes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.model.products import PriceClass


def price_class_labels() -> dict[PriceClass, str]:
    return {
        PriceClass.CLASS_1: QCoreApplication.translate("Labels", "Class 1"),
        PriceClass.CLASS_2: QCoreApplication.translate("Labels", "Class 2"),
        PriceClass.CLASS_3: QCoreApplication.translate("Labels", "Class 3"),
        PriceClass.CLASS_4: QCoreApplication.translate("Labels", "Class 4"),
        PriceClass.CLASS_5: QCoreApplication.translate("Labels", "Class 5"),
    }
