"""A table under a title starts on the page where the title is, when there is room for a few rows, and
splits with its header repeated: a long table no longer moves whole to the next page and leaves this one
half blank (issue #15, item 7)."""
from __future__ import annotations

from datetime import date

from reports.base import build_pdf, para, table
from tests.reports.pdf_text import page_texts


def _story(filler: int, rows: int) -> list:
    story = [para("一、前言", "heading")]
    story += [para(f"说明第{k}段。", "body") for k in range(filler)]
    story.append(para("二、明细", "heading"))
    story.append(para("明细表", "subheading"))
    story.append(table([["序号", "客户"], *[[str(k), f"客户甲{k:03d}"] for k in range(rows)]]))
    return story


def test_a_long_table_starts_under_its_title_and_repeats_its_header() -> None:
    pages = page_texts(build_pdf("测试", "", "", date(2026, 12, 7), _story(filler=20, rows=80)))
    assert len(pages) >= 2
    assert "明细表" in pages[0] and "客户甲000" in pages[0]  # the table begins on the first page
    assert "序号" in pages[1]  # its header repeated where it continues


def test_a_title_with_no_room_under_it_moves_to_the_next_page_with_its_table() -> None:
    pages = page_texts(build_pdf("测试", "", "", date(2026, 12, 7), _story(filler=47, rows=10)))
    assert "明细表" not in pages[0]
    assert "明细表" in pages[1] and "客户甲000" in pages[1]


def test_a_section_heading_moves_with_the_table_title_under_it() -> None:
    story = [para(f"说明第{k}段。", "body") for k in range(46)]
    story += [para("二、升降及其依据", "heading"), para("升档（49 户）", "subheading"),
              table([["序号", "客户"], *[[str(k), f"客户乙{k:03d}"] for k in range(30)]])]
    pages = page_texts(build_pdf("测试", "", "", date(2026, 12, 7), story))
    assert "升降及其依据" not in pages[0]  # never left alone at the foot of a page
    assert "升降及其依据" in pages[1] and "升档" in pages[1] and "客户乙000" in pages[1]
