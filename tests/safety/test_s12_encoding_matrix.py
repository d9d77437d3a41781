"""Scenario 12 (issue 11; reliability anchors (c) 12): the encoding matrix. The same rows — 张伟, 𠮷
(outside the BMP and outside GBK) and a cell with a line break inside its quotes — read identically,
with the same physical line numbers, from UTF-8, UTF-8 with a BOM, GB18030, UTF-16LE with a BOM
(Excel's "Unicode text") and XLSX; GBK (which cannot hold 𠮷) without it. The first header never
keeps a \\ufeff. GBK forced as UTF-8 is refused at its line; text that is neither is refused at its
line; Big5, which decodes as GB18030 without an error, is refused as garbled with the suggestion to
choose Big5 — and read correctly when Big5 is chosen, in the reader and with `import --encoding`."""
from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain.importing.errors import MojibakeText, UndecodableFile
from persistence import csv_text as csv_decoding
from persistence.tabular_files import LocalTabularFiles
from tests.persistence.test_tabular_files import HEADER, csv_text, expected_lines, rows, text_cells, write_xlsx

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files() -> LocalTabularFiles:
    return LocalTabularFiles()


ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("gb18030", lambda t: t.encode("gb18030"), "gb18030"),
    ("utf-16le-bom-tabs", None, "utf-16"),
]


@pytest.mark.parametrize(("name", "encode", "detected"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_reads_the_same_rows_and_lines(files: LocalTabularFiles, tmp_path: Path, name: str, encode, detected: str) -> None:
    data = rows()
    if encode is None:  # Excel's "Unicode text": UTF-16LE with a BOM, tab-separated
        raw = codecs.BOM_UTF16_LE + csv_text(data, "\t").encode("utf-16-le")
    else:
        raw = encode(csv_text(data))
    path = tmp_path / f"{name}.csv"
    path.write_bytes(raw)
    table = files.read_table(path)
    assert table.encoding == detected
    assert table.sha256 == hashlib.sha256(raw).hexdigest()
    assert table.source_name == path.name
    assert list(table.rows[0].cells) == HEADER  # no "\ufeff" stuck to the first header
    assert text_cells(table)[1:] == data
    assert [r.line for r in table.rows[1:]] == expected_lines(data)
    assert table.rows[-1].line == 1002  # 1,000 rows, one cell over two lines


def test_a_gbk_file_is_read_as_gb18030_never_as_mojibake(files: LocalTabularFiles, tmp_path: Path) -> None:
    data = rows(200, outside_gbk=False)
    path = tmp_path / "gbk.csv"
    path.write_bytes(csv_text(data).encode("gbk"))
    table = files.read_table(path)
    assert table.encoding == "gb18030"
    assert text_cells(table)[1:] == data


def test_a_gbk_file_forced_as_utf8_is_refused_at_its_first_chinese_line(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes(b"license_no,name\r\n530102100001,abc\r\n530102100002," + "张伟".encode("gbk") + b"\r\n")
    with pytest.raises(UndecodableFile) as caught:
        files.read_table(path, encoding="utf-8")
    assert (caught.value.line, caught.value.encoding) == (3, "utf-8")
    assert "Line 3" in str(caught.value)


def test_a_file_that_is_neither_utf8_nor_gb18030_is_refused_with_a_line_number(files: LocalTabularFiles, tmp_path: Path) -> None:
    text = csv_text(rows(40, outside_gbk=False)).encode("gb18030")
    broken = text.replace("张伟便利店30".encode("gb18030"), b"\xff\xff30")
    path = tmp_path / "broken.csv"
    path.write_bytes(broken)
    with pytest.raises(UndecodableFile) as caught:
        files.read_table(path)
    assert caught.value.line == 32  # header on line 1, row 0 on line 2
    assert caught.value.encoding == "gb18030"


def test_the_same_rows_from_a_workbook(files: LocalTabularFiles, tmp_path: Path) -> None:
    data = rows()
    path = write_xlsx(tmp_path / "customers.xlsx", data)
    table = files.read_table(path)
    assert table.encoding == "xlsx"
    assert text_cells(table)[1:] == data
    # a workbook's line is its sheet row: what the user sees in Excel
    assert [r.line for r in table.rows] == list(range(1, 1002))


def test_gbk_without_the_character_it_cannot_hold_reads_the_same(files: LocalTabularFiles, tmp_path: Path) -> None:
    data = rows(300, outside_gbk=False)
    path = tmp_path / "gbk.csv"
    path.write_bytes(csv_text(data).encode("gbk"))
    table = files.read_table(path)
    assert list(table.rows[0].cells) == HEADER
    assert text_cells(table)[1:] == data
    assert [r.line for r in table.rows[1:]] == expected_lines(data)
    with pytest.raises(UnicodeEncodeError):
        "𠮷".encode("gbk")


BIG5_HEADER = "專賣許可證號,客戶名稱,負責人,經營地址\r\n"
BIG5_ROWS = "".join(f"5301021{i:05d},北環路菸酒店{i},張偉,臺北市中山區南京東路{i}號\r\n" for i in range(30))


def test_big5_is_refused_as_garbled_with_the_suggestion_to_choose_it(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes((BIG5_HEADER + BIG5_ROWS).encode("big5"))
    (path.read_bytes()).decode("gb18030")  # it decodes without an error: only its sense gives it away
    with pytest.raises(MojibakeText) as caught:
        files.read_table(path)
    assert (caught.value.line, caught.value.likely) == (1, "Big5")
    assert "Choose the encoding (Big5)" in str(caught.value)
    table = files.read_table(path, encoding="big5")
    assert table.rows[0].cells[:2] == ("專賣許可證號", "客戶名稱")
    assert table.rows[5].cells[1] == "北環路菸酒店4"


def test_real_gbk_lists_with_rare_name_characters_are_not_called_garbled(tmp_path: Path) -> None:
    text = "许可证号,店名,负责人\r\n" + "".join(f"5301021{i:05d},{'喆堃旻'[i % 3]}记烟酒店,王{'昇'if i % 4 else '建国'}\r\n"
                                             for i in range(200))
    decoded, used = csv_decoding.decode(text.encode("gbk"))
    assert (decoded, used) == (text, "gb18030")
    assert csv_decoding.unlikely_share(text)[1] < csv_decoding.MAX_UNLIKELY_SHARE


def test_import_encoding_on_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "big5.csv"  # English headers: the columns know no traditional characters
    source.write_bytes(("license no,shop name,contact,addr\r\n" + BIG5_ROWS).encode("big5"))
    env = os.environ | {"FIELDBOOK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    env.pop("LANG", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "w.db"), "import",
                               "customers", str(source), "--dry-run", *args],
                              capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)

    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "w.db"), "new"], check=True,
                   capture_output=True, env=env, cwd=tmp_path, timeout=120)
    auto = run()
    assert auto.returncode == 2 and "looks like Big5" in auto.stderr
    chosen = run("--encoding", "big5")
    assert chosen.returncode == 0, chosen.stderr
    assert "30 would be created" in chosen.stdout
    unknown = run("--encoding", "klingon")
    assert unknown.returncode == 2 and "Unknown encoding klingon" in unknown.stderr
