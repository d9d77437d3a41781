"""A refusal (a rejected import, a validation error) is one INFO line; a real fault is an ERROR with
its traceback: in the background worker, in the fault hook and in the command line."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import cli.imports
import main
from cli.common import CommandFailed
from domain.importing.errors import ImportRejected, RowError
from domain.validation import FieldError, ValidationFailed
from gui.app import install_fault_dialog
from gui.workers import TaskRunner

REJECTED = ImportRejected([RowError(3, "专卖许可证号", "The license number is required.")])
INVALID = ValidationFailed([FieldError("phone", "{phone} is not a phone number (11-digit mobile, or area code "
                                                "and number).", (("phone", "12345"),))])


def _records(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == name]


def _raise(exc: BaseException):
    def fail() -> None:
        raise exc
    return fail


@pytest.mark.parametrize("refusal", [REJECTED, INVALID], ids=["import rejected", "validation failed"])
def test_a_refused_task_is_one_info_line(qtbot, caplog, refusal) -> None:
    runner, errors = TaskRunner(), []
    with caplog.at_level(logging.INFO):
        runner.submit(_raise(refusal), on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    runner.wait()
    (record,) = _records(caplog, "gui.workers")
    assert record.levelno == logging.INFO and record.exc_info is None
    assert type(refusal).__name__ in record.getMessage()


def test_a_fault_in_a_task_is_an_error_with_its_traceback(qtbot, caplog) -> None:
    runner, errors = TaskRunner(), []
    with caplog.at_level(logging.INFO):
        runner.submit(_raise(RuntimeError("disk on fire")), on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    runner.wait()
    (record,) = _records(caplog, "gui.workers")
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "disk on fire" in caplog.text and "Traceback" in caplog.text


def test_the_fault_hook_says_a_refusal_plainly_and_logs_it_as_info(monkeypatch, tmp_path: Path, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_fault_dialog(tmp_path / "fieldbook.log", lambda: None)
    with caplog.at_level(logging.INFO):
        sys.excepthook(ValidationFailed, INVALID, None)
    assert shown == ["12345 is not a phone number (11-digit mobile, or area code and number)."]
    (record,) = _records(caplog, "gui.app")
    assert record.levelno == logging.INFO and record.exc_info is None


@pytest.mark.parametrize("refusal", [REJECTED, CommandFailed("line 3: 专卖许可证号: required", 2)],
                         ids=["domain refusal", "command refused"])
def test_a_refused_command_is_one_info_line(qapp, monkeypatch, tmp_path: Path, caplog, capsys, refusal) -> None:
    monkeypatch.setattr(cli.imports, "command_import", lambda *a, **k: _raise(refusal)())
    args = argparse.Namespace(command="import", db=tmp_path / "w.db", demo=False, lang="en")
    with caplog.at_level(logging.INFO):
        code = main.run_command(args, tmp_path)
    assert code in (1, 2)
    (record,) = _records(caplog, "fieldbook")
    assert record.levelno == logging.INFO and record.exc_info is None
    assert capsys.readouterr().err.count("\n") == 1


def test_a_fault_in_a_command_is_an_error_with_its_traceback(qapp, monkeypatch, tmp_path: Path, caplog) -> None:
    monkeypatch.setattr(cli.imports, "command_import", lambda *a, **k: _raise(RuntimeError("disk on fire"))())
    args = argparse.Namespace(command="import", db=tmp_path / "w.db", demo=False, lang="en")
    with caplog.at_level(logging.INFO):
        assert main.run_command(args, tmp_path) == 1
    (record,) = _records(caplog, "fieldbook")
    assert record.levelno == logging.ERROR and record.exc_info is not None
