"""Chinese everywhere: translated labels, and a font that has their glyphs even without a system CJK font."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

import main
from gui.fonts import covers_chinese
from gui.main_window import MainWindow


def test_window_in_chinese_with_covering_font(qtbot, chinese, ctx, tmp_path: Path) -> None:
    window = MainWindow(ctx, main.RESOURCES / "icons", settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels[0].startswith("今日") and labels[1:3] == ["工作台概览", "客户档案"] and labels[-1] == "设置"
    assert covers_chinese(window.sidebar.font(), "".join(labels))
    with qtbot.waitSignal(window.today_page.loaded, timeout=5000):
        window.refresh_current()
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
    chinese_texts = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(chinese_texts) >= 6
    for label in window.findChildren(QLabel):
        if label.isVisible() and any("\u4e00" <= ch <= "\u9fff" for ch in label.text()):
            cjk = "".join(ch for ch in label.text() if "\u4e00" <= ch <= "\u9fff")
            assert covers_chinese(label.font(), cjk), label.text()
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    window.runner.wait()


def test_segment_names_render_with_a_covering_font(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.overview_page.loaded, timeout=5000):
        window.show_page("overview")
    names = "".join(r.segment for r in window.overview_page.segment_model.rows)
    assert "城区商圈" in names
    assert covers_chinese(window.overview_page.segment_view.font(), names)
