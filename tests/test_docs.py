"""The repository stands on its own: nothing points at documents outside it, and every document the code
points at (docs/architecture.md, docs/domain.md, a section of one) is there.

References look like `docs/domain.md, "Worked example"` in a comment or docstring, or a Markdown link
`[text](domain.md#worked-example)` between the documents; a quoted section or an anchor must name a
heading of that document.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPED_DIRS = {".venv", ".git", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis"}
# Spelled in pieces so that this file does not name them itself.
OUTSIDE = ("DESIGN" + ".md", "DOMAIN" + ".md", ".." + "/shared", "/work" + "/shared")

DOC_REFERENCE = re.compile(r'\bdocs/([\w-]+\.md)(?:#([^\s)`"\']+))?(?:,\s*"([^"]+)")?')
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def repository_files() -> list[Path]:
    """The repository's files: tracked or new, not ignored (git's view), else a walk of the tree."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout.decode("utf-8").split("\0")
        paths = [ROOT / name for name in listed if name]
    except (OSError, subprocess.CalledProcessError):
        paths = [p for p in ROOT.rglob("*") if p.is_file()]
    return sorted(p for p in paths if p.is_file() and not SKIPPED_DIRS & set(p.relative_to(ROOT).parts))


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None  # images, fonts, compiled catalogues
    return data.decode("utf-8", errors="replace")


def texts() -> list[tuple[str, str]]:
    out = []
    for path in repository_files():
        text = text_of(path)
        if text is not None:
            out.append((str(path.relative_to(ROOT)), text))
    return out


def mentions_outside(text: str) -> list[str]:
    """The names of documents outside the repository that `text` mentions."""
    return [name for name in OUTSIDE if name in text]


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def headings(document: Path) -> set[str]:
    return {h.strip() for h in HEADING.findall(document.read_text(encoding="utf-8"))}


def broken_doc_references(text: str, root: Path = ROOT) -> list[str]:
    """`docs/<name>.md` references in `text` whose document, anchor or quoted section does not exist."""
    broken = []
    for match in DOC_REFERENCE.finditer(text):
        name, anchor, section = match.groups()
        document = root / "docs" / name
        if not document.is_file():
            broken.append(f"docs/{name} does not exist")
            continue
        titles = headings(document)
        if section is not None and section not in titles:
            broken.append(f'docs/{name} has no section "{section}"')
        if anchor is not None and anchor not in {slug(t) for t in titles}:
            broken.append(f"docs/{name} has no heading for #{anchor}")
    return broken


def broken_links(text: str, document: Path) -> list[str]:
    """Relative Markdown links in `document` (whose text is `text`) to files or headings that do not exist."""
    broken = []
    for target in MARKDOWN_LINK.findall(text):
        if re.match(r"^[a-z]+:", target):
            continue  # https:, mailto:
        path_part, _, anchor = target.partition("#")
        linked = (document.parent / path_part).resolve() if path_part else document
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in {slug(t) for t in headings(linked)}:
            broken.append(f"{target}: no such heading")
    return broken


def test_nothing_points_at_documents_outside_the_repository() -> None:
    found = [f"{where}: {name}" for where, text in texts() for name in mentions_outside(text)]
    assert not found, "\n".join(found)


def test_every_docs_reference_names_a_document_and_section_that_exist() -> None:
    found = [f"{where}: {problem}" for where, text in texts() for problem in broken_doc_references(text)]
    assert not found, "\n".join(found)


def test_the_comments_point_at_the_documents() -> None:
    """The eleven comments that once pointed outside now point at docs/ (a reference count of zero would
    make the test above pass by finding nothing)."""
    referring = {where for where, text in texts() if where.endswith(".py") and DOC_REFERENCE.search(text)}
    assert len(referring) >= 10, sorted(referring)


def test_links_in_the_readme_and_the_documents_resolve() -> None:
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert {p.name for p in documents} >= {"README.md", "architecture.md", "domain.md"}
    found = [f"{p.relative_to(ROOT)}: {problem}" for p in documents
             for problem in broken_links(p.read_text(encoding="utf-8"), p)]
    assert not found, "\n".join(found)


# --- the checks themselves --------------------------------------------------------------------------


def test_a_mention_of_an_outside_document_is_found() -> None:
    assert mentions_outside('"""Rounding as in ' + "DESIGN" + '.md."""') == ["DESIGN" + ".md"]
    assert mentions_outside("# see " + ".." + "/shared/seeds") == [".." + "/shared"]
    assert mentions_outside("# see docs/domain.md") == []


def test_a_reference_to_a_missing_document_or_section_is_found() -> None:
    assert broken_doc_references("# (docs/" + 'domain.md, "Worked example")') == []
    assert broken_doc_references("# (docs/" + "nowhere.md)") == ["docs/" + "nowhere.md does not exist"]
    assert broken_doc_references("# (docs/" + 'domain.md, "No such part")') == [
        'docs/domain.md has no section "No such part"']
    assert broken_doc_references("see docs/" + "domain.md#no-such-part") == [
        "docs/domain.md has no heading for #no-such-part"]


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    text = "# Top part\n\n[ok](page.md#top-part) [gone](missing.png) [bad](page.md#bottom) [web](https://x.org)\n"
    page.write_text(text, encoding="utf-8")
    assert broken_links(text, page) == ["missing.png: no such file", "page.md#bottom: no such heading"]


def test_anchors_are_made_as_github_makes_them() -> None:
    assert slug("Other rules and where they live") == "other-rules-and-where-they-live"
    assert slug("Demand inflation (虚报)") == "demand-inflation-虚报"
    assert slug("Default margin rate and basis") == "default-margin-rate-and-basis"


# a path the documents name from the top of the repository: `domain/visits/due.py`, `cli/`
_CODE_PATH = re.compile(r"`((?:domain|persistence|reports|gui|cli|tests|benchmarks|resources)/[\w./-]*)`")
_EXAMPLES = {"reports/route_sheet.py"}  # the recipe's example of a new report, not a file


def missing_code_paths(text: str, root: Path = ROOT) -> list[str]:
    return [p for p in _CODE_PATH.findall(text) if p not in _EXAMPLES and not (root / p).exists()]


def test_the_files_the_documents_name_exist() -> None:
    """Modules move; the documents must follow them."""
    stale = {doc.name: missing_code_paths(doc.read_text(encoding="utf-8"))
             for doc in [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md", ROOT / "benchmarks" / "README.md"]}
    assert {name: paths for name, paths in stale.items() if paths} == {}


def test_a_moved_file_is_found() -> None:
    assert missing_code_paths("the rule is in `domain/visit_due.py`, the lists in `gui/common/`") == [
        "domain/visit_due.py"]
