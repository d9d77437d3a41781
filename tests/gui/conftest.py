"""GUI fixtures: a real workspace in tmp_path, the app context main.py would build, the window; demo
workspaces built once per session and copied for each test; a task runner."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

import main
from domain.demo.generator import DemoSpec
from domain.demo.worked_example import LICENSE_NO
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.services.demo import build_demo
from gui.app import Translation
from gui.context import AppContext
from gui.fonts import install_cjk_font
from gui.gc_on_gui_thread import GuiThreadCollector
from gui.main_window import MainWindow
from gui.style import STYLESHEET
from gui.visits.plan_tab import PlanTab
from gui.workers import TaskRunner
from tests.gui.dossier_demo import TODAY, dispose
from tests.gui.fonts import cjk_font  # noqa: F401 - the fixture that pins a layout test's font


@pytest.fixture(scope="session", autouse=True)
def _bundled_font(qapp: QApplication) -> None:
    install_cjk_font(qapp, main.RESOURCES / "fonts" / "wqy-microhei.ttc")


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (gui/app.py): a collection on the worker thread could free widgets there."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody expected would hang the run offscreen: fail the test with its text instead.
    Tests that expect a dialog patch the call they expect on top of this."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        pytest.fail(f"unexpected dialog: {texts}")

    for name in ("warning", "question", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box.text()))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Translation]:
    translation = Translation(qapp, main.RESOURCES / "translations")
    translation.use("zh_CN")
    yield translation
    translation.use("en")


@pytest.fixture
def make_ctx(tmp_path: Path) -> Iterator:
    opened: list[AppContext] = []

    def make(name: str = "w.db") -> AppContext:
        ctx = main.open_context(tmp_path / name, None, tmp_path, tmp_path / "fieldbook.log", create=True)
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()


@pytest.fixture
def ctx(make_ctx) -> AppContext:
    return make_ctx()


@pytest.fixture
def stocked(ctx: AppContext) -> AppContext:
    """The workspace with two shops and two products: enough for a sales import to match."""
    with ctx.uow() as uow:
        uow.customers.add_many([Customer("530102100001", "北环路烟酒店"), Customer("530102100002", "张伟便利店")])
        uow.products.add_many([Product("6901028001", "中华(硬)", Decimal("390"), PriceClass.CLASS_1),
                               Product("6901028002", "云烟(紫)", Decimal("92"), PriceClass.CLASS_2)])
        uow.commit()
    return ctx


@pytest.fixture
def no_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail with the warning's text rather than showing it."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[1:]}"))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's remembered state (geometry, columns, tabs) in a file of the test's own."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture(scope="session")
def demo_builds(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int, int], Path]:
    """build(customers, months): the demo workspace of that size on TODAY, built once per session."""
    built: dict[tuple[int, int], Path] = {}

    def build(customers: int, months: int) -> Path:
        if (customers, months) not in built:
            folder = tmp_path_factory.mktemp(f"demo_{customers}_{months}")
            demo_ctx = main.open_context(folder / "demo.db", None, folder, folder / "demo.log", create=True)
            build_demo(demo_ctx.uow(), DemoSpec(customers=customers, months=months, today=TODAY))
            demo_ctx.close()
            built[customers, months] = folder / "demo.db"
        return built[customers, months]

    return build


@pytest.fixture
def make_demo_ctx(demo_builds: Callable[[int, int], Path], tmp_path: Path) -> Iterator[Callable[..., AppContext]]:
    """make(customers=30, months=4): a copy of that demo workspace in tmp_path/w.db, its clock on TODAY."""
    opened: list[AppContext] = []

    def make(customers: int = 30, months: int = 4) -> AppContext:
        source = demo_builds(customers, months)
        for suffix in ("", "-wal", "-shm"):
            part = source.with_name(source.name + suffix)
            if part.exists():
                shutil.copy(part, tmp_path / f"w.db{suffix}")
        demo = main.open_context(tmp_path / "w.db", None, tmp_path, tmp_path / "fieldbook.log", create=True)
        demo.today = lambda: TODAY
        opened.append(demo)
        return demo

    yield make
    for demo in opened:
        demo.close()


@pytest.fixture
def demo_ctx(make_demo_ctx: Callable[..., AppContext]) -> AppContext:
    """The dossier tests' demo: 30 customers, 4 months of orders, the worked example among them."""
    return make_demo_ctx()


@pytest.fixture
def worked_example_id(demo_ctx: AppContext) -> int:
    with demo_ctx.uow() as uow:
        customer = uow.customers.get_by_license(LICENSE_NO)
    assert customer is not None and customer.id is not None
    return customer.id


@pytest.fixture
def open_tab(qtbot, demo_ctx: AppContext, runner: TaskRunner) -> Iterator[Callable[..., QWidget]]:
    """open_tab(TabClass, customer_id, size=(820, 560), styled=False): a dossier tab on the demo, shown with
    that customer loaded; let go on the GUI thread after the test."""
    made: list[QWidget] = []

    def make(tab_class: type, customer_id: int | None, size: tuple[int, int] = (820, 560),
             styled: bool = False) -> QWidget:
        widget = tab_class(demo_ctx, runner)
        if styled:
            widget.setStyleSheet(STYLESHEET)
        widget.resize(*size)
        widget.show()
        made.append(widget)
        with qtbot.waitSignal(widget.loaded, timeout=5000):
            widget.set_customer(customer_id)
        return widget

    yield make
    for widget in made:
        dispose(widget, runner)


@pytest.fixture
def window(qtbot, ctx: AppContext, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(
        ctx, main.RESOURCES / "icons",
        opener=lambda p, create=False: main.open_context(p, None, tmp_path, tmp_path / "l.log", create=create),
        settings=settings,
    )
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


# the analysis page on a territory with more than a year of orders (the twelve-month trend is full)
@pytest.fixture
def analysis_ctx(make_demo_ctx) -> AppContext:
    return make_demo_ctx(customers=30, months=14)  # a year and more: the twelve-month trend is full


@pytest.fixture
def make_analysis_page(qtbot, analysis_ctx, settings):
    from gui.analysis.analysis_page import AnalysisPage

    yield from page_factory(qtbot, settings, AnalysisPage, analysis_ctx, (1200, 700))


def page_factory(qtbot, settings, page_type, default_ctx, size: tuple[int, int]):
    """Yields make(ctx=default_ctx): a page of `page_type` shown at `size` and loaded; disposed after."""
    runner = TaskRunner()
    made: list = []

    def make(ctx=default_ctx):
        page = page_type(ctx, runner, settings)
        page.resize(*size)
        page.show()
        made.append(page)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.refresh()
        return page

    yield make
    for page in made:
        dispose(page, runner)


# the visits page's plan tab on a small demo (30 customers, 2 months; plans for TODAY and Monday)
@pytest.fixture
def plan_ctx(make_demo_ctx) -> AppContext:
    return make_demo_ctx(customers=30, months=2)


class Recorder:
    """Stands in for the visit record dialog: notes which visit the plan tab asked to record."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, date, int | None]] = []

    def __call__(self, parent, ctx, runner, customer_id, planned_on, visit_id=None) -> bool:
        self.calls.append((customer_id, planned_on, visit_id))
        return True


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def plan_tab(qtbot, plan_ctx: AppContext, tmp_path: Path, recorder: Recorder) -> Iterator[PlanTab]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    t = PlanTab(plan_ctx, runner, settings, recorder)
    t.resize(1200, 650)
    t.show()
    with qtbot.waitSignal(t.loaded, timeout=10000):
        t.refresh()
    yield t
    dispose(t, runner)
