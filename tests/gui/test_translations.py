"""The Simplified Chinese catalogue is complete, matches the sources and is compiled."""
from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

import main

TRANSLATIONS = main.RESOURCES / "translations"
TS = TRANSLATIONS / "fieldbook_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.findall("context")
        for m in ctx.findall("message")
    }


def _translation(message: ET.Element) -> str:
    tr = message.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms[0] if forms else (tr.text or "")


def test_every_string_is_translated() -> None:
    untranslated = [
        key for key, m in _messages(TS).items()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not _translation(m).strip()
    ]
    assert untranslated == []


def test_catalogue_matches_the_sources(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("update_translations", TRANSLATIONS / "update.py")
    update = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(update)  # type: ignore[union-attr]
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh)
    assert set(_messages(fresh)) == set(_messages(TS)), "run resources/translations/update.py"


def test_compiled_catalogue_is_current() -> None:
    translator = QTranslator()
    assert translator.load("fieldbook_zh_CN", str(TRANSLATIONS))
    stale = [
        key for key, m in _messages(TS).items()
        if m.get("numerus") != "yes" and translator.translate(key[0], key[1]) != _translation(m)
    ]
    assert stale == [], "run resources/translations/update.py to rebuild the .qm"
