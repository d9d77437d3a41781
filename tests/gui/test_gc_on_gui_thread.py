from __future__ import annotations

import gc
import threading
import weakref

from gui.gc_on_gui_thread import GuiThreadCollector


class Node:
    other: Node | None = None


def test_collection_moves_to_the_gui_thread(qtbot) -> None:
    was_enabled = gc.isenabled()
    threads: list[threading.Thread] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread())

    collector = GuiThreadCollector(interval_ms=10)
    gc.callbacks.append(seen)
    try:
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        cycle = weakref.ref(a)
        del a, b
        # only a collection frees a cycle, and with automatic collection off only the timer collects;
        # enough new containers that the youngest generation passes its threshold
        keep = [[] for _ in range(gc.get_threshold()[0] + 100)]
        assert cycle() is not None
        qtbot.waitUntil(lambda: cycle() is None, timeout=3000)
        del keep
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
    assert threads and all(t is threading.main_thread() for t in threads)
    assert gc.isenabled() == was_enabled
