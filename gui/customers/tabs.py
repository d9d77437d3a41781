"""The dossier's tabs beyond its own fields, in the order the user reads them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.customers.care_tab import CareTab
from gui.customers.dossier import TabFactory
from gui.customers.plans_tab import PlansTab
from gui.customers.sales_tab import SalesTab
from gui.customers.star_tab import StarEvaluationTab
from gui.customers.swot_tab import SwotTab
from gui.customers.timeline_tab import TimelineTab


def dossier_tabs() -> list[tuple[str, TabFactory]]:
    return [
        (QCoreApplication.translate("DossierTabs", "Sales"), SalesTab),
        (QCoreApplication.translate("DossierTabs", "Star evaluations"), StarEvaluationTab),
        (QCoreApplication.translate("DossierTabs", "SWOT"), SwotTab),
        (QCoreApplication.translate("DossierTabs", "Improvement plans"), PlansTab),
        (QCoreApplication.translate("DossierTabs", "Customer care"), CareTab),
        (QCoreApplication.translate("DossierTabs", "Timeline"), TimelineTab),
    ]
