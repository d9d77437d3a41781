"""Each dossier tab fits the dossier's tab area with the worked example loaded, and renders: about
820×560 with the list narrow, 654×582 as the customers page first opens at 1366×768; nothing needs more
than 640×540, with the narrow bundled CJK font and with the wide system ones (pinned, see tests/gui/fonts.py),
in English and in Chinese. FIELDBOOK_SHOTS=/some/folder keeps the pictures for a look."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontInfo

from domain.services.customers import customer_timeline
from gui.customers.plans_tab import PlansTab
from gui.customers.star_tab import StarEvaluationTab
from gui.customers.swot_tab import SwotTab
from gui.customers.timeline_tab import TimelineTab
from gui.style import STYLESHEET
from tests.gui.dossier_demo import dispose

TABS = {"star": StarEvaluationTab, "swot": SwotTab, "plans": PlansTab, "timeline": TimelineTab}
SIZES = {"": (820, 560), "_narrow": (654, 582)}
MIN_WIDTH, MIN_HEIGHT = 640, 540


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FIELDBOOK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", TABS)
def test_tab_fits_and_renders(
    request, qtbot, demo_ctx, runner, worked_example_id, tmp_path, cjk_font, name, size, language,  # noqa: F811
) -> None:
    if language != "en":
        request.getfixturevalue("chinese")
    widget = TABS[name](demo_ctx, runner)
    assert QFontInfo(widget.font()).family() == cjk_font.families()[0]
    widget.setStyleSheet(STYLESHEET)
    widget.resize(*SIZES[size])
    widget.show()
    try:
        with qtbot.waitSignal(widget.loaded, timeout=5000):
            widget.set_customer(worked_example_id)
        qtbot.wait(50)  # let the layout settle before the picture
        hint = widget.minimumSizeHint()
        assert hint.width() <= MIN_WIDTH and hint.height() <= MIN_HEIGHT, (
            f"{name} needs {hint.width()}×{hint.height()} with {cjk_font.families()[0]}")
        font = cjk_font.families()[0].split()[0].lower()
        shot = _folder(tmp_path) / f"tab_{name}{size}_{language}_{font}.png"
        assert widget.grab().save(str(shot))
        assert shot.stat().st_size > 10_000
        if name == "star" and not size:
            widget.new_evaluation()
            dialog = widget.dialog
            dialog.setStyleSheet(STYLESHEET)
            qtbot.waitExposed(dialog)
            need = dialog.sizeHint()
            assert need.width() <= 1000 and need.height() <= 680, f"dialog needs {need.width()}×{need.height()}"
            assert dialog.grab().save(str(_folder(tmp_path) / f"star_dialog_{language}_{font}.png"))
            dialog.reject()
    finally:
        dispose(widget, runner)


@pytest.mark.parametrize("name", TABS)
def test_no_customer_clears_and_disables(qtbot, demo_ctx, runner, worked_example_id, name) -> None:  # noqa: F811
    widget = TABS[name](demo_ctx, runner)
    try:
        with qtbot.waitSignal(widget.loaded, timeout=5000):
            widget.set_customer(worked_example_id)
        with qtbot.waitSignal(widget.loaded, timeout=1000):
            widget.set_customer(None)
        assert not widget.isEnabled()
        assert widget.findChild(type(widget.status)) is not None
        models = [m for m in ("model", "evaluation_model", "criteria_model", "progress_model") if hasattr(widget, m)]
        assert models and all(getattr(widget, m).rowCount() == 0 for m in models)
    finally:
        dispose(widget, runner)


class HeldRunner:
    """A task runner that answers when the test says so, in the order the test chooses: the only way to
    make a stale answer really arrive after the fresh one (the real runner answers first in, first out)."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[[], Any], Callable[[Any], None] | None,
                              Callable[[BaseException], None] | None]] = []

    def submit(self, fn, on_done=None, on_error=None, *, with_progress=False):
        self.held.append((fn, on_done, on_error))

    def answer(self, index: int) -> None:
        fn, on_done, on_error = self.held.pop(index)
        try:
            result = fn()
        except Exception as exc:  # delivered as the real runner would
            assert on_error is not None
            on_error(exc)
        else:
            assert on_done is not None
            on_done(result)


def test_an_answer_for_a_previous_customer_is_dropped(qtbot, demo_ctx, worked_example_id) -> None:  # noqa: F811
    held = HeldRunner()
    widget = TimelineTab(demo_ctx, held)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    first, second = worked_example_id, worked_example_id + 1
    mine = [(e.on, e.kind) for e in customer_timeline(demo_ctx.uow(), second)]
    stale = [(e.on, e.kind) for e in customer_timeline(demo_ctx.uow(), first)]
    assert mine and stale and mine != stale  # the two answers can be told apart

    widget.set_customer(first)  # still loading when the user moves on
    widget.set_customer(second)
    assert len(held.held) == 2
    with qtbot.waitSignal(widget.loaded, timeout=1000):
        held.answer(1)  # the fresh answer first
    assert [(r.on, r.kind) for r in widget.all_rows] == mine
    with qtbot.assertNotEmitted(widget.loaded):
        held.answer(0)  # then the stale one, late
    assert widget.customer_id == second
    assert [(r.on, r.kind) for r in widget.all_rows] == mine
