"""The SWOT and plan tabs are one list-and-editor (gui/customers/entry_editor.py) with their own editor:
the list, the selection, New / Save / Delete and the unsaved-work answers are written once. Their
behaviour is tested in test_swot_tab.py, test_plans_tab.py and test_unsaved_work.py."""
from __future__ import annotations

import inspect

import pytest

from gui.customers.entry_editor import EntryEditorTab
from gui.customers.plans_tab import PlansTab
from gui.customers.swot_tab import SwotTab

SHARED = ("show_data", "_fill", "_row_changed", "ask_to_keep_edits", "new_entry", "save_job", "delete_current",
          "has_unsaved_changes", "_edited")


@pytest.mark.parametrize("tab", [PlansTab, SwotTab])
def test_the_tab_keeps_no_copy_of_the_shared_flow(tab: type) -> None:
    assert issubclass(tab, EntryEditorTab)
    assert [name for name in SHARED if name in vars(tab) and name != "show_data"] == []
    if "show_data" in vars(tab):  # the plans tab keeps the progress figures, then hands over
        assert "super().show_data" in inspect.getsource(tab.show_data)


@pytest.mark.parametrize("tab", [PlansTab, SwotTab])
def test_the_worker_gets_plain_functions_not_the_tab(tab: type) -> None:
    """The domain calls run on the worker: plain functions, so that no reference to the widget reaches
    that thread (a widget collected there would be destroyed off the GUI thread)."""
    for name in ("fetch", "save_entry", "delete_entry"):
        assert isinstance(vars(tab)[name], staticmethod), name
