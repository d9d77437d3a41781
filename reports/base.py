"""Shared base for every printed report: font, page template, numbered canvas, styles, tables, numbers
(the charts are in ``reports.charts``).

Reports import only ``domain`` and this package (never ``gui`` or ``persistence``).

API (everything a renderer needs)::

    build_pdf(title, owner, unit, printed_on, story) -> bytes
        A4 portrait; header: report title (left), "owner · unit" (right), a rule;
        footer: "第 x 页 / 共 y 页 · 打印日期 YYYY-MM-DD". ``story`` is a list of flowables.
    FONT                         registered name of the bundled CJK font ("WQY"), registered once on import
    styles() -> dict[str, ParagraphStyle]
        keys: "title", "subtitle", "heading", "subheading", "body", "small", "cell", "cell_right",
              "cell_head", "cell_head_right", "note"
    para(text, style="body")     Paragraph with text escaped (safe for user text; newlines kept)
    table(rows, col_widths, header_rows=1, align_right=(), zebra=True) -> LongTable
        rows: list of lists of str/number/Flowable; strings are wrapped in cell paragraphs;
        header rows repeat on every page; columns listed in ``align_right`` are right aligned.
    kpi_table(items, col_count=4)  boxes of (label, value, sub-line) for key figures
    money(d)     "¥17,816"  (no decimals when whole, else 2 decimals: "¥1,425.28")
    money2(d)    always 2 decimals: "¥1,425.28"
    big_money(d) "¥12.35万" from 100,000 up, else money(d)
    num(n)       "1,234"
    pct(d)       ratio 0.1234 -> "12.3%"
    change(d)    signed ratio change: 0.05 -> "+5.0%", -0.1 -> "−10.0%", None -> "—"
    percent(d)   a value already in per cent (the domain's *_pct): 12.34 -> "12.3%"
    change_pct(d) a signed change already in per cent: 5 -> "+5.0%"
    points(d)    a signed change in percentage points: 1.2 -> "+1.2个百分点"
    MM                           reportlab.lib.units.mm
    CONTENT_WIDTH                usable frame width in points

Data preparation lives in each renderer; this module only draws.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from domain.money import format_wan, format_yuan
from domain.percentages import format_pct, rounded_pct, signed

MM = mm
FONT = "WQY"
FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_WIDTH = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#1d4e89")
ACCENT2 = colors.HexColor("#c0392b")
HEAD_BG = colors.HexColor("#e8eef6")
ZEBRA = colors.HexColor("#f6f8fb")
RULE = colors.HexColor("#b8c4d4")
SERIES = [
    colors.HexColor("#1d4e89"),
    colors.HexColor("#e39b2d"),
    colors.HexColor("#4f9d69"),
    colors.HexColor("#c0392b"),
    colors.HexColor("#7d5ba6"),
]


def _register_font() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))
    # bold/italic map to the same face so <b> in paragraphs never falls back to Helvetica
    from reportlab.lib.fonts import addMapping

    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    # reportlab's defaults for a table cell, a paragraph, its bullet and a chart name Helvetica, which a PDF lists
    # (unembedded) as soon as one cell or style is drawn without its own font: the bundled face instead
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    ParagraphStyle.defaults.update(fontName=FONT, bulletFontName=FONT)
    STATE_DEFAULTS["fontName"] = FONT  # every chart drawing starts in this font


_register_font()


# ----------------------------------------------------------------------------------------- numbers


def _dec(d: object) -> Decimal:
    return d if isinstance(d, Decimal) else Decimal(str(d))


def num(n: object) -> str:
    """Integer-ish quantity with thousands separators."""
    if n is None:
        return "—"
    d = _dec(n)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"


def money(d: object) -> str:
    """¥ with thousands separators; whole yuan without decimals, else two decimals."""
    return "—" if d is None else format_yuan(_dec(d), drop_zero_fen=True)


def money2(d: object) -> str:
    """¥ with thousands separators and always two decimals."""
    return "—" if d is None else format_yuan(_dec(d))


def big_money(d: object) -> str:
    """Large sums in 万 (¥12.35万) from 100,000 yuan up; smaller sums as money()."""
    if d is None:
        return "—"
    return format_wan(_dec(d)) or money(d)


def wan(d: object) -> str:
    """A sum for a column headed （万元）: 209.94 for ¥2,099,366.50, to the hundredth, half up, once."""
    if d is None:
        return "—"
    value = _dec(d)
    sign = "−" if value < 0 else ""
    return f"{sign}{(abs(value) / 10000).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


def pct(d: object, digits: int = 1) -> str:
    """A ratio (0.123) as a percentage ("12.3%")."""
    if d is None:
        return "—"
    v = _dec(d) * 100
    q = Decimal(1).scaleb(-digits)
    return f"{v.quantize(q, ROUND_HALF_UP)}%"


def change(d: object, digits: int = 1) -> str:
    """A signed ratio change ("+5.0%", "−10.0%"); None (no base) as "—"."""
    if d is None:
        return "—"
    v = _dec(d) * 100
    q = Decimal(1).scaleb(-digits)
    v = v.quantize(q, ROUND_HALF_UP)
    if v > 0:
        return f"+{v}%"
    if v < 0:
        return f"−{abs(v)}%"
    return f"{v}%"


def percent(d: object, digits: int = 1) -> str:
    """A value already in per cent (12.34) as "12.3%": rounded once, as the screens round it."""
    return format_pct(None if d is None else _dec(d), digits, none="—")


def change_pct(d: object, digits: int = 1) -> str:
    """A signed change already in per cent (5) as "+5.0%"."""
    if d is None:
        return "—"
    v = rounded_pct(_dec(d), digits)
    return f"{signed(v, digits)}%" if v else f"{v}%"


def points(d: object, digits: int = 1) -> str:
    """A signed change in percentage points: "+1.2个百分点"."""
    if d is None:
        return "—"
    v = rounded_pct(_dec(d), digits)
    assert v is not None
    sign = "+" if v > 0 else ("−" if v < 0 else "")
    return f"{sign}{abs(v)}个百分点"


# ------------------------------------------------------------------------------------------ styles


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=14, textColor=INK, wordWrap="CJK")
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=26, textColor=ACCENT,
                                spaceAfter=4, alignment=TA_LEFT),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15, textColor=MUTED,
                                   spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontSize=13, leading=18, textColor=ACCENT,
                                  spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "subheading": ParagraphStyle("subheading", parent=base, fontSize=10.5, leading=15, textColor=INK,
                                     spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontSize=9.5, leading=15, borderPadding=6,
                               leftIndent=6, rightIndent=6,
                               backColor=ZEBRA, borderColor=RULE, borderWidth=0.5, spaceBefore=4,
                               spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontSize=8.5, leading=11, textColor=ACCENT),
        "cell_head_right": ParagraphStyle("cell_head_right", parent=base, fontSize=8.5, leading=11,
                                          textColor=ACCENT, alignment=TA_RIGHT),
        "kpi_label": ParagraphStyle("kpi_label", parent=base, fontSize=8, leading=10, textColor=MUTED,
                                    alignment=TA_CENTER),
        "kpi_value": ParagraphStyle("kpi_value", parent=base, fontSize=14, leading=18, textColor=INK,
                                    alignment=TA_CENTER),
        "kpi_sub": ParagraphStyle("kpi_sub", parent=base, fontSize=7.5, leading=10, textColor=MUTED,
                                  alignment=TA_CENTER),
    }
    return s


def styles() -> dict[str, ParagraphStyle]:
    """The one stylesheet (shared; do not mutate the returned styles)."""
    return _styles()


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of plain (escaped) text; newlines become line breaks."""
    t = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return Paragraph(t, styles()[style])


# ------------------------------------------------------------------------------------------ tables


def table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float] | None = None,
    header_rows: int = 1,
    align_right: Iterable[int] = (),
    zebra: bool = True,
) -> Table:
    """A table whose header rows repeat on each page it splits onto."""
    right = set(align_right)
    out: list[list[object]] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for c, v in enumerate(row):
            if isinstance(v, Flowable):
                cells.append(v)
                continue
            head = r < header_rows
            name = ("cell_head" if head else "cell") + ("_right" if c in right else "")
            cells.append(para(v, name))
        out.append(cells)
    t = LongTable(out, colWidths=col_widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        for i in range(header_rows + 1, len(out), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    t.setStyle(TableStyle(cmds))
    return t


def kpi_table(items: Sequence[tuple[str, str, str]], col_count: int = 4) -> Table:
    """Key-figure boxes: (label, value, sub-line such as "环比 +5.0% · 同比 −2.1%")."""
    cells = [
        [para(label, "kpi_label"), para(value, "kpi_value"), para(sub, "kpi_sub")] for label, value, sub in items
    ]
    rows: list[list[object]] = []
    for i in range(0, len(cells), col_count):
        chunk: list[object] = list(cells[i : i + col_count])
        chunk += [""] * (col_count - len(chunk))
        rows.append(chunk)
    w = CONTENT_WIDTH / col_count
    t = Table(rows, colWidths=[w] * col_count, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


# ------------------------------------------------------------------------------------------ charts


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers pages so that the footer can say "第 x 页 / 共 y 页"."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # passed on to reportlab's Canvas as they come
        # reportlab opens every page with a Helvetica it never embeds, unless told another first font
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's private page opener, not in its stubs

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        text = f"第 {self.getPageNumber()} 页 / 共 {total} 页 · 打印日期 {self.footer_text}"
        self.drawCentredString(PAGE_W / 2, MARGIN_BOTTOM - 10 * mm, text)
        self.restoreState()


def _canvasmaker(printed_on: date) -> type[_NumberedCanvas]:
    return type("NumberedCanvas", (_NumberedCanvas,), {"footer_text": printed_on.isoformat()})


TABLE_START_ROOM = 32 * mm  # a title, the header row and a few rows: less left, and the table starts overleaf


def tables_may_split(story: Sequence[Flowable]) -> list[Flowable]:
    """A title kept with the table after it (keepWithNext) makes the two one block: a table longer than
    the rest of the page then moves whole to the next one and leaves this one half blank. Such a title
    instead starts a new page only when too little room is left, and the table splits where the page
    ends, its header repeated. The titles kept with it (a section's heading above a table's own title)
    move with it: the break goes before the first of them."""
    out: list[Flowable] = []
    for item, following in zip(story, [*story[1:], None], strict=True):
        if _kept_with_next(item) and isinstance(following, Table):
            assert isinstance(item, Paragraph)
            first = len(out)
            while first > 0 and _kept_with_next(out[first - 1]):
                first -= 1
            out.insert(first, CondPageBreak(TABLE_START_ROOM + (len(out) - first) * 8 * mm))
            item.style = ParagraphStyle(f"{item.style.name}_before_table", parent=item.style, keepWithNext=0)
        out.append(item)
    return out


def _kept_with_next(item: Flowable) -> bool:
    return isinstance(item, Paragraph) and bool(getattr(item.style, "keepWithNext", False))


def build_pdf(title: str, owner: str, unit: str, printed_on: date, story: list[Flowable]) -> bytes:
    """Lay ``story`` out on A4 pages with the shared header and footer; return the PDF bytes."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=" · ".join(x for x in (owner, unit) if x),
        creator="Fieldbook",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    who = " · ".join(x for x in (owner, unit) if x)

    def header(c: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        c.saveState()
        y = PAGE_H - MARGIN_TOP + 7 * mm
        c.setFont(FONT, 9)
        c.setFillColor(ACCENT)
        c.drawString(MARGIN_X, y, title)
        c.setFillColor(MUTED)
        c.setFont(FONT, 8)
        c.drawRightString(PAGE_W - MARGIN_X, y, who)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, y - 2.5 * mm, PAGE_W - MARGIN_X, y - 2.5 * mm)
        c.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 5 * mm)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    doc.build(tables_may_split(story), canvasmaker=_canvasmaker(printed_on))
    return buf.getvalue()
