"""节日关怀清单: one festival's shops on paper, each with its greeting filled in, and a column to tick by
hand as each greeting goes out (the app never sends; the manager copies, sends and ticks).

    render_festival_list(sitting: FestivalSitting, owner: str, unit: str, printed_on: date) -> bytes

Data in (`domain.services.festival_care.festival_sitting`), PDF bytes out. Like every printed report the
page speaks Chinese: report text is not run through Qt's translator (reports/ never imports Qt); only
the file name is, in reports/catalogue.py.
"""
from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from domain.care.lunar import lunar_of_solar, lunar_text
from domain.services.festival_care import FestivalShop, FestivalSitting
from reports import base
from reports.base import CONTENT_WIDTH, MM, para
from reports.figures import day_text

TITLE = "节日关怀清单"
SENT = "✓"
HEADER = ["序", "许可证号", "客户", "店主", "祝福语", "已发送"]
# fixed widths for the short columns; the greeting takes what is left, so the page never overflows
WIDTHS = [9 * MM, 26 * MM, 34 * MM, 17 * MM, 0.0, 14 * MM]
WIDTHS[4] = CONTENT_WIDTH - sum(WIDTHS)



def when_text(sitting: FestivalSitting) -> str:
    """The festival's solar day, and for a lunar festival its lunar day too: read from the date itself,
    since festival_on may have moved a missing 三十 to the 廿九."""
    text = day_text(sitting.on)
    if sitting.festival.lunar:
        lunar = lunar_of_solar(sitting.on)
        text += f" · {lunar_text(lunar.month, lunar.day, lunar.leap)}"
    return text


def count_text(sitting: FestivalSitting) -> str:
    return f"共 {len(sitting.shops)} 户；已发送祝福 {sitting.sent} 户"


def _count_line(sitting: FestivalSitting) -> Paragraph:
    # a subheading's size, without its keep-with-next: kept with a list too long for page 1, it would
    # push the whole list to page 2 and leave the title alone on the first page
    style = ParagraphStyle("count", parent=base.styles()["subheading"], keepWithNext=0, spaceAfter=5)
    return Paragraph(count_text(sitting), style)


def _centred(text: str, style: str) -> Paragraph:
    # base.table aligns a cell left or right only; the tick column reads better centred
    return Paragraph(text, ParagraphStyle(f"{style}_centre", parent=base.styles()[style], alignment=TA_CENTER))


def _row(i: int, s: FestivalShop) -> list[object]:
    return [str(i), s.license_no, s.shop, s.owner or "—", s.greeting, _centred(SENT if s.sent_on else "", "cell")]


def _shops_table(sitting: FestivalSitting) -> Table:
    rows: list[list[object]] = [[*HEADER[:-1], _centred(HEADER[-1], "cell_head")]]
    rows += [_row(i, s) for i, s in enumerate(sitting.shops, 1)]
    t = base.table(rows, WIDTHS, align_right=(0,), zebra=False)
    # a list ticked by hand wants a ruled grid, and padding enough that a one-line row still takes a pen
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, base.RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
    ]))
    return t


def festival_story(sitting: FestivalSitting) -> list:
    story: list = [para(f"{TITLE} · {sitting.festival.name}", "title"), para(when_text(sitting), "subtitle"),
                   _count_line(sitting)]
    if not sitting.shops:
        return [*story, para("这个节日没有适用的客户。", "small")]
    story += [_shops_table(sitting), Spacer(1, 2 * MM)]
    story.append(para("祝福语已按各店填好，复制发送后在“已发送”栏打勾，回到软件里标记为已发送。", "small"))
    return story


def render_festival_list(sitting: FestivalSitting, owner: str, unit: str, printed_on: date) -> bytes:
    """The 节日关怀清单 PDF of one festival's sitting: A4 portrait, the shared header and footer."""
    title = f"{TITLE} · {sitting.festival.name} · {sitting.on.isoformat()}"
    return base.build_pdf(title, owner, unit, printed_on, festival_story(sitting))
