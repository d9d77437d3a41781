"""Reading a rendered report back with pypdf, as the report tests do."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader


def flat_text(pdf: bytes) -> str:
    """All pages' text without white space: pypdf may split CJK runs with spaces or newlines."""
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as pypdf reads it, white space kept."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def embedded_fonts(pdf: bytes) -> set[str]:
    """The BaseFont of every TrueType font embedded in the pages (a subset of the bundled CJK face)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(font["/BaseFont"]))
    return names
