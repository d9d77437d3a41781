from __future__ import annotations

import gc

from gui.gc_on_gui_thread import GuiThreadCollector


def test_collection_moves_to_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        del a, b
        qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=3000)
    finally:
        collector.stop()
    assert gc.isenabled() == was_enabled
