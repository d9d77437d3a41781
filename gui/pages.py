"""The sidebar's areas and how each page is built. A new area adds one entry to PAGES and one branch to
make_page; the pages are imported when first built, so the start costs the first page only."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.main_window import MainWindow


@dataclass(frozen=True)
class PageSpec:
    name: str
    label: str  # translated in the MainWindow context
    icon: str


# The sidebar, top to bottom; the first is the home page, shown at start.
PAGES = (
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "today.svg"),
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview.svg"),
    PageSpec("customers", QT_TRANSLATE_NOOP("MainWindow", "Customers"), "customers.svg"),
    PageSpec("visits", QT_TRANSLATE_NOOP("MainWindow", "Visits"), "visits.svg"),
    PageSpec("analysis", QT_TRANSLATE_NOOP("MainWindow", "Analysis"), "analysis.svg"),
    PageSpec("tiers", QT_TRANSLATE_NOOP("MainWindow", "Tiers"), "tiers.svg"),
    PageSpec("forecast", QT_TRANSLATE_NOOP("MainWindow", "Forecast"), "forecast.svg"),
    PageSpec("cultivation", QT_TRANSLATE_NOOP("MainWindow", "Cultivation"), "cultivation.svg"),
    PageSpec("salons", QT_TRANSLATE_NOOP("MainWindow", "Salons"), "salons.svg"),
    PageSpec("products", QT_TRANSLATE_NOOP("MainWindow", "Products"), "products.svg"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings.svg"),
)
HOME = PAGES[0].name


def page_label(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.label)


def make_page(window: MainWindow, spec: PageSpec) -> QWidget:
    ctx, runner, ui = window.ctx, window.runner, window.ui_state
    if spec.name == "today":
        from gui.today.today_page import TodayPage

        today = TodayPage(ctx, runner, ui)
        today.open_customer.connect(window.open_customer)
        today.due_count_changed.connect(window.show_due_count)
        return today
    if spec.name == "overview":
        from gui.overview.overview_page import OverviewPage

        overview = OverviewPage(ctx, runner)
        overview.show_today.connect(lambda: window.show_page(HOME))
        return overview
    if spec.name == "customers":
        from gui.customers.list_page import CustomersPage
        from gui.customers.tabs import dossier_tabs

        customers = CustomersPage(ctx, runner, dossier_tabs(), ui)
        customers.count_changed.connect(window.count_label.setText)
        return customers
    if spec.name == "visits":
        from gui.visits.visits_page import VisitsPage

        return VisitsPage(ctx, runner, ui)
    if spec.name == "analysis":
        from gui.analysis.analysis_page import AnalysisPage

        analysis = AnalysisPage(ctx, runner, ui)
        analysis.open_customer.connect(window.open_customer)
        return analysis
    if spec.name == "tiers":
        from gui.tiers.tiers_page import TiersPage

        tiers = TiersPage(ctx, runner, ui)
        tiers.open_customer.connect(window.open_customer)
        return tiers
    if spec.name == "forecast":
        from gui.forecast.forecast_page import ForecastPage

        return ForecastPage(ctx, runner, ui)
    if spec.name == "salons":
        from gui.salons.salons_page import SalonsPage

        salons = SalonsPage(ctx, runner, ui)
        salons.open_customer.connect(window.open_customer)
        return salons
    if spec.name == "cultivation":
        from gui.cultivation.cultivation_page import CultivationPage

        cultivation = CultivationPage(ctx, runner, ui)
        cultivation.open_customer.connect(window.open_customer)
        return cultivation
    if spec.name == "products":
        from gui.products.catalogue_page import CataloguePage

        return CataloguePage(ctx, runner, ui)
    if spec.name == "settings":
        from gui.settings.settings_page import SettingsPage

        settings = SettingsPage(ctx, runner)
        settings.saved.connect(window.refresh_built_pages)
        settings.language_changed.connect(window.language_changed)
        settings.back_up_requested.connect(window.backup_now)
        settings.restore_requested.connect(window.restore_from_backup)
        return settings
    raise KeyError(spec.name)
