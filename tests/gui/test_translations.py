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


def _non_literal_lookups(source: str) -> list[int]:
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        text_at = {"translate": 1, "tr": 0}.get(name or "")
        if text_at is not None and len(node.args) > text_at and not isinstance(node.args[text_at], ast.Constant):
            lines.append(node.lineno)
    return lines


def test_texts_looked_up_through_a_variable_are_marked_for_the_catalogue() -> None:
    """lupdate only sees literal texts: a module that translates a variable must mark its texts with
    QT_TRANSLATE_NOOP, or they never reach the catalogue and show in English (a `_tr(text)` wrapper did)."""
    unmarked = {}
    translated = [*(main.ROOT / "gui").rglob("*.py"), *(main.ROOT / "cli").rglob("*.py"),
                  *(main.ROOT / "domain" / "messages").rglob("*.py"), main.ROOT / "reports" / "catalogue.py"]
    for path in sorted(translated):
        source = path.read_text(encoding="utf-8")
        lines = _non_literal_lookups(source)
        if lines and "QT_TRANSLATE_NOOP" not in source:
            unmarked[str(path.relative_to(main.ROOT))] = lines
    assert unmarked == {}


def _contexts_through_a_variable(source: str) -> list[int]:
    """Lines where translate(context, "literal text") names its context through a variable: lupdate files
    such a text under no context it can know, so it is never translated (a CONTEXT constant did that)."""
    import ast

    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
            and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
            and not isinstance(node.args[0], ast.Constant)]


def test_literal_texts_are_looked_up_under_a_literal_context() -> None:
    found = {}
    for path in sorted([*(main.ROOT / "gui").rglob("*.py"), *(main.ROOT / "cli").rglob("*.py")]):
        lines = _contexts_through_a_variable(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path.relative_to(main.ROOT))] = lines
    assert found == {}
    assert _contexts_through_a_variable('QCoreApplication.translate(CONTEXT, "Save")\n') == [1]


def _lookups_inside_f_strings(source: str) -> list[int]:
    """Lines where tr() or translate() is called inside an f-string's braces: lupdate does not read
    f-strings, so the text never reaches the catalogue (the overview's link to the Today page showed in
    English so)."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                    if name in ("tr", "translate"):
                        lines.append(inner.lineno)
    return lines


def test_no_text_is_looked_up_inside_an_f_string() -> None:
    found = {}
    for path in sorted([*(main.ROOT / "gui").rglob("*.py"), *(main.ROOT / "cli").rglob("*.py"),
                        *(main.ROOT / "reports").rglob("*.py")]):
        lines = _lookups_inside_f_strings(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path.relative_to(main.ROOT))] = lines
    assert found == {}
    assert _lookups_inside_f_strings('x = f"<a>{self.tr(\'Go\')}</a>"\n') == [1]
