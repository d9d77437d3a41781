"""The main window: a sidebar of areas, their pages, the menus and the status bar. No business rules."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.unsaved import HoldsUnsavedWork, confirm_unsaved, holders
from gui.context import AppContext, WorkspaceOpener
from gui.messages import describe_error
from gui.overview.overview_page import OverviewPage
from gui.pages import HOME, PAGES, PageSpec, make_page, page_label
from gui.safety.auto_backup import INTERVAL_MS, AutoBackup
from gui.safety.banners import SafetyBanners
from gui.safety.edit_lock import DialogGuard, lock_edits
from gui.safety.start_dialogs import PointsFor, remember_workspace
from gui.today.tray import TrayNotifier
from gui.workers import TaskRunner

if TYPE_CHECKING:
    from gui.analysis.analysis_page import AnalysisPage
    from gui.customers.list_page import CustomersPage
    from gui.products.catalogue_page import CataloguePage
    from gui.settings.settings_page import SettingsPage
    from gui.tiers.tiers_page import TiersPage
    from gui.today.today_page import TodayPage
    from gui.visits.visits_page import VisitsPage

log = logging.getLogger(__name__)

DemoBuilder = Callable[[AppContext, Callable[[int, int], bool]], object]


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        icons_dir: Path,
        opener: WorkspaceOpener | None = None,
        demo_builder: DemoBuilder | None = None,
        settings: QSettings | None = None,
        points_for: PointsFor | None = None,
        backup_interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._icons = icons_dir
        self._opener = opener
        self.points_for: PointsFor = points_for or (lambda _path: None)
        self._demo_builder = demo_builder
        self._ui_state = settings or QSettings()
        self.runner = TaskRunner(self)
        self.auto_backup = AutoBackup(self.runner, lambda text: self.statusBar().showMessage(text, 8000),
                                      backup_interval_ms, self)
        self._dialog_guard: DialogGuard | None = None
        self._workspace_gone = False  # a restore left nothing to reopen: close without asking
        # several notices in a row (an import, then the customers it created) make one reload
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.refresh_current)
        self.setWindowTitle(self.tr("Fieldbook — customer manager's workbench"))
        self.setWindowIcon(QIcon(str(icons_dir / "fieldbook.svg")))

        host = QWidget()
        host.setObjectName("PageHost")
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget()
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.banners = SafetyBanners(self._ui_state)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banners)
        column.addWidget(host, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.count_label = QLabel()
        self.workspace_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self._build_menus()
        self._build_pages()
        self._restore_geometry()
        self.tray = TrayNotifier(ctx, self.runner, self.windowIcon(), self)
        self.tray.clicked.connect(self._tray_clicked)
        if self.tray.tray is not None:  # no tray, no notice: nothing to read either
            self.tray.start()

    # --- pages ------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """The sidebar lists every area; a page is built when first shown or first reached in code, so
        the start costs the overview only and stays flat as areas are added."""
        self.sidebar.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None  # the stack is not empty
            self.pages.removeWidget(page)
            page.deleteLater()
        self._built: dict[str, QWidget] = {}
        for spec in PAGES:
            item = QListWidgetItem(QIcon(str(self._icons / spec.icon)), page_label(spec))
            item.setSizeHint(QSize(130, 44))
            self.sidebar.addItem(item)
            self.pages.addWidget(QWidget())  # stands in until the page is built
        self.ctx.events.changed.connect(self._data_changed)
        self.workspace_label.setText(self.tr("Workspace: {path}").format(path=self.ctx.workspace_label))
        self._apply_safety()
        self.page(HOME)
        self.sidebar.setCurrentRow(0)

    def page(self, name: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        row, spec = next((n, s) for n, s in enumerate(PAGES) if s.name == name)
        page = self._make_page(spec)
        self._built[name] = page
        placeholder = self.pages.widget(row)
        assert placeholder is not None  # every sidebar row has its page or a placeholder
        showing = self.pages.currentIndex() == row
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.pages.setCurrentIndex(row)
        return page

    def built_pages(self) -> list[QWidget]:
        """The pages built so far, in sidebar order: a page not built holds no work and needs no reload."""
        return [self._built[s.name] for s in PAGES if s.name in self._built]

    def _make_page(self, spec: PageSpec) -> QWidget:
        return make_page(self, spec)

    # the pages by name, for the window's own wiring and for tests; reaching one builds it
    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self.page("today"))

    @property
    def overview_page(self) -> OverviewPage:
        return cast(OverviewPage, self.page("overview"))

    @property
    def customers_page(self) -> CustomersPage:
        return cast("CustomersPage", self.page("customers"))

    @property
    def visits_page(self) -> VisitsPage:
        return cast("VisitsPage", self.page("visits"))

    @property
    def analysis_page(self) -> AnalysisPage:
        return cast("AnalysisPage", self.page("analysis"))

    @property
    def tiers_page(self) -> TiersPage:
        return cast("TiersPage", self.page("tiers"))

    @property
    def catalogue_page(self) -> CataloguePage:
        return cast("CataloguePage", self.page("products"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        name = PAGES[row].name
        page = self.page(name)
        if self.ctx.read_only_reason:
            lock_edits(page, self.read_only_note())
        self.pages.setCurrentIndex(row)
        self.count_label.setVisible(name == "customers")
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def _data_changed(self, _area: str) -> None:
        """An import or an undo changed the workspace: the page in front reloads now, the others
        when they are next shown (every page reloads when shown)."""
        self._reload_timer.start()

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's dossier on the customers page (e.g. from a row of the analysis)."""
        self.sidebar.setCurrentRow(self.pages.indexOf(self.customers_page))
        self.customers_page.open_customer(customer_id)

    # --- unsaved work ------------------------------------------------------------------------------

    def unsaved_parts(self) -> list[HoldsUnsavedWork]:
        """Open dialogs first (they are in front), then every page built so far."""
        dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        return holders(dialogs) + holders(self.built_pages())

    def confirm_unsaved(self, action: str) -> bool:
        """One question listing all unsaved work (保存 / 放弃 / 取消); False: stay, with the reason of a
        failed save shown beside the work."""
        return confirm_unsaved(self, self.unsaved_parts(), action, self._bring_forward)

    def _bring_forward(self, part: HoldsUnsavedWork) -> None:
        index = self.pages.indexOf(part) if isinstance(part, QWidget) else -1
        if index >= 0:
            self.sidebar.setCurrentRow(index)
        elif isinstance(part, QWidget):
            part.raise_()
            part.activateWindow()

    def refresh_current(self) -> None:
        self._show_page(self.sidebar.currentRow())

    def refresh_built_pages(self) -> None:
        """After the settings changed: the home and the overview show what the settings decide."""
        for page in (self._built.get(HOME), self._built.get("overview")):
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def _tray_clicked(self) -> None:
        self.show_page(HOME)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.page(name)))

    def show_due_count(self, n: int) -> None:
        """The home's sidebar entry with what is due today: 今日 (3)."""
        item = self.sidebar.item(0)
        label = page_label(PAGES[0])
        if item is not None:
            item.setText(self.tr("{page} ({n})").format(page=label, n=n) if n else label)

    @property
    def ui_state(self) -> QSettings:
        return self._ui_state

    # --- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open workspace…"), self.open_workspace, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("&New workspace…"), self.new_workspace)
        self._action(file_menu, self.tr("&Back up now"), self.backup_now, "Ctrl+B")
        self.restore_action = self._action(file_menu, self.tr("Restore from backup…"), self.restore_from_backup)
        self.restore_action.setObjectName("RestoreFromBackupAction")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Fieldbook"), self.about)
        self._action(help_menu, self.tr("Open &data folder"), lambda: self._open_path(self.ctx.data_dir))
        self._action(help_menu, self.tr("Open &log"), lambda: self._open_path(self.ctx.log_path))

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _open_path(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Fieldbook"),
            self.tr(
                "<h3>Fieldbook 客户经理工作台</h3>"
                "<p>A workbench for customer managers: retailer dossiers, sales analysis, visits, "
                "care reminders and salons, all in one file on this computer.</p>"
                "<p>Workspace: {path}<br>Data folder: {data}</p>"
            ).format(path=self.ctx.workspace_label, data=self.ctx.data_dir),
        )

    def backup_now(self) -> None:
        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path), 8000)
            if "settings" in self._built:
                self.settings_page.backup_group.refresh()

        self.runner.submit(self.ctx.backup_now, done, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Fieldbook"), describe_error(exc))

    # --- workspaces -------------------------------------------------------------------------------

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), str(self.ctx.data_dir), self.tr("Fieldbook workspace (*.db)")
        )
        if path:
            self.switch_workspace(Path(path))

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(self.ctx.data_dir / "workspace.db"),
            self.tr("Fieldbook workspace (*.db)"),
        )
        if path:
            target = Path(path if path.endswith(".db") else path + ".db")
            if target.exists():
                QMessageBox.information(
                    self, self.tr("New workspace"),
                    self.tr("{path} already exists; it will be opened instead.").format(path=target),
                )
            # only here is a missing file made: "Open" and a restart never create one behind the user's back
            self.switch_workspace(target, create=not target.exists())

    def switch_workspace(self, path: Path, create: bool = False) -> bool:
        if self._opener is None:
            return False
        if self.ctx.workspace_path is not None and path.absolute() == self.ctx.workspace_path.absolute():
            return True
        if not self.confirm_unsaved(self.tr("Opening another workspace")):
            return False
        self.runner.wait()
        try:
            new_ctx = self.open_file(path, create)
        except Exception as exc:  # a workspace that cannot be opened leaves the current one open
            self._show_error(exc)
            return False
        self.auto_backup.detach()
        self.ctx.close()
        self.use_context(new_ctx)
        return True

    @property
    def can_reopen(self) -> bool:
        return self._opener is not None

    def open_file(self, path: Path, create: bool = False) -> AppContext:
        assert self._opener is not None  # callers check can_reopen
        return self._opener(path, create=True) if create else self._opener(path)

    def use_context(self, ctx: AppContext) -> None:
        """Show another open workspace (the old one is closed by the caller)."""
        self.ctx = ctx
        self.tray.use_context(ctx)
        self._build_pages()

    def restore_from_backup(self) -> None:
        from gui.safety.restore_flow import restore_in_window

        restore_in_window(self)

    def close_without_workspace(self) -> None:
        self._workspace_gone = True
        self.close()

    # --- data safety ------------------------------------------------------------------------------

    def read_only_note(self) -> str:
        return self.tr("The workspace is open read-only: nothing can be changed.")

    def _apply_safety(self) -> None:
        """The banners, the edit lock and the automatic backups for the workspace now shown."""
        self.banners.show_for(self.ctx)
        app = QApplication.instance()
        if self._dialog_guard is not None and app is not None:
            app.removeEventFilter(self._dialog_guard)
            self._dialog_guard = None
        if self.ctx.read_only_reason and app is not None:
            self._dialog_guard = DialogGuard(self.read_only_note(), self)
            app.installEventFilter(self._dialog_guard)
        self.auto_backup.attach(self.ctx)
        remember_workspace(self._ui_state, self.ctx)
        if self.ctx.notices:  # what the open did on its own deserves a look, once the window is up
            QTimer.singleShot(0, lambda notices=self.ctx.notices: QMessageBox.information(
                self, self.tr("Workspace opened"), "\n\n".join(notices)))

    # --- first run of the demo --------------------------------------------------------------------

    def build_demo_if_needed(self) -> None:
        if not (self.ctx.needs_demo_data and self._demo_builder is not None) or self.ctx.read_only_reason:
            return
        ctx, builder = self.ctx, self._demo_builder
        dialog = QProgressDialog(self.tr("Building the demo workspace…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowTitle(self.tr("Demo workspace"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def built(_summary: object) -> None:
            dialog.close()
            self._demo_built()

        def failed(exc: BaseException) -> None:
            dialog.close()
            self._demo_failed(exc)

        handle = self.runner.submit(lambda progress: builder(ctx, progress), built, failed, with_progress=True)
        handle.progressed.connect(lambda done, total: dialog.setValue(int(done * 100 / max(total, 1))))
        # A bound method of the plain TaskHandle is held weakly by Qt: once this method returns the
        # handle would be collected and the connection silently dropped, so the lambda keeps it alive.
        dialog.canceled.connect(lambda: handle.cancel())

    def _demo_failed(self, exc: BaseException) -> None:
        from domain.services.demo import Cancelled

        if isinstance(exc, Cancelled):
            # The build ran in one transaction that was rolled back: the workspace holds no demo data.
            self.statusBar().showMessage(self.tr("Demo build cancelled; nothing was written."), 8000)
            return
        self._show_error(exc)

    def _demo_built(self) -> None:
        self.ctx.needs_demo_data = False
        self.refresh_current()
        self.statusBar().showMessage(self.tr("Demo workspace ready."), 5000)

    def language_changed(self, _language: str) -> None:
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language takes effect the next time Fieldbook starts.")
        )

    # --- window state -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._ui_state.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._workspace_gone and not self.confirm_unsaved(self.tr("Closing Fieldbook")):
            event.ignore()
            return
        self._ui_state.setValue("main_window/geometry", self.saveGeometry())
        self.runner.wait()
        self.auto_backup.take_at_close()
        super().closeEvent(event)
