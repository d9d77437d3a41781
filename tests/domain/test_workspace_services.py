"""Workspace use cases over the fake unit of work: defaults, settings, visit frequencies."""
from __future__ import annotations

import inspect
import typing
from dataclasses import replace
from decimal import Decimal

import pytest

from domain import ports
from domain.model.customers import Segment
from domain.model.settings import WorkspaceSettings
from domain.schemes import DEFAULT_SEGMENTS, DEFAULT_STAR_CRITERIA
from domain.services.workspace import (
    InvalidSetting,
    ensure_defaults,
    list_segments,
    load_settings,
    save_segment_frequencies,
    save_settings,
)
from tests.domain.fakes import FakeUnitOfWork


@pytest.fixture
def seeded() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    ensure_defaults(uow)
    uow.commits = 0
    return uow


# --- the fake keeps the contract -------------------------------------------------------------------


def test_the_fake_implements_every_port_method() -> None:
    fake = FakeUnitOfWork()
    with fake:
        for name, protocol in typing.get_type_hints(ports.UnitOfWork).items():
            repo = getattr(fake, name)
            wanted = {
                m for m, _ in inspect.getmembers(protocol, inspect.isfunction) if not m.startswith("_")
            }
            missing = {m for m in wanted if not callable(getattr(repo, m, None))}
            assert not missing, f"{type(repo).__name__} lacks {sorted(missing)}"


def test_the_fake_rolls_back_unless_committed(uow: FakeUnitOfWork) -> None:
    with uow:
        uow.segments.add(Segment("试点", 7))
    with uow:
        assert uow.segments.list() == []
        uow.segments.add(Segment("试点", 7))
        uow.commit()
    with uow:
        assert [s.name for s in uow.segments.list()] == ["试点"]


# --- ensure_defaults -------------------------------------------------------------------------------


def test_ensure_defaults_fills_a_new_workspace_and_commits_once(uow: FakeUnitOfWork) -> None:
    assert ensure_defaults(uow) is True
    assert uow.commits == 1
    with uow:
        segments = uow.segments.list()
        assert [(s.name, s.visit_every_days) for s in segments] == [
            (s.name, s.visit_every_days) for s in DEFAULT_SEGMENTS
        ]
        assert all(s.id is not None for s in segments)
        assert uow.evaluations.criteria() == list(DEFAULT_STAR_CRITERIA)
        assert uow.settings.load() == WorkspaceSettings()
    assert uow.store.settings is not None  # written, not only the defaults read back
    assert all(s.id is None for s in DEFAULT_SEGMENTS)  # the shipped templates were copied


def test_ensure_defaults_is_idempotent(uow: FakeUnitOfWork) -> None:
    ensure_defaults(uow)
    with uow:
        before = uow.segments.list()

    assert ensure_defaults(uow) is False
    assert ensure_defaults(uow) is False

    assert uow.commits == 1
    with uow:
        assert uow.segments.list() == before


def test_ensure_defaults_keeps_what_the_user_changed(seeded: FakeUnitOfWork) -> None:
    first = list_segments(seeded)[0]
    save_segment_frequencies(seeded, {first.id: 3})  # type: ignore[dict-item]
    save_settings(seeded, replace(load_settings(seeded), owner_name="李娜"))

    ensure_defaults(seeded)

    assert list_segments(seeded)[0].visit_every_days == 3
    assert load_settings(seeded).owner_name == "李娜"


# --- settings --------------------------------------------------------------------------------------


def test_save_settings_stores_and_commits(seeded: FakeUnitOfWork) -> None:
    settings = WorkspaceSettings("李娜", "某某市烟草公司市场部", Decimal("0.085"), 45, "zh_CN")
    save_settings(seeded, settings)
    assert seeded.commits == 1
    assert load_settings(seeded) == settings


@pytest.mark.parametrize(
    "change",
    [
        {"default_margin_rate": Decimal("1")},
        {"default_margin_rate": Decimal("1.5")},
        {"default_margin_rate": Decimal("-0.01")},
        {"grade_count": 0},
        {"grade_count": 61},
        {"language": "fr"},
    ],
    ids=["margin-100%", "margin-150%", "margin-negative", "no-grades", "61-grades", "unknown-language"],
)
def test_save_settings_refuses_invalid_values_and_commits_nothing(
    seeded: FakeUnitOfWork, change: dict[str, object]
) -> None:
    before = load_settings(seeded)
    with pytest.raises(InvalidSetting):
        save_settings(seeded, replace(before, owner_name="改过", **change))  # type: ignore[arg-type]
    assert not seeded.committed
    assert load_settings(seeded) == before


@pytest.mark.parametrize("rate", ["0", "0.08", "0.9999"])
def test_margin_rates_from_zero_to_below_one_are_accepted(seeded: FakeUnitOfWork, rate: str) -> None:
    save_settings(seeded, replace(WorkspaceSettings(), default_margin_rate=Decimal(rate)))
    assert load_settings(seeded).default_margin_rate == Decimal(rate)


# --- visit frequencies -----------------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, -7, 366, 400])
def test_save_segment_frequencies_refuses_out_of_range_days(seeded: FakeUnitOfWork, days: int) -> None:
    segments = list_segments(seeded)
    ok, bad = segments[0], segments[1]
    with pytest.raises(InvalidSetting, match="between 1 and 365"):
        save_segment_frequencies(seeded, {ok.id: 10, bad.id: days})  # type: ignore[dict-item]
    assert not seeded.committed
    assert list_segments(seeded) == segments  # not even the valid one was saved


def test_save_segment_frequencies_updates_only_the_given_segments(seeded: FakeUnitOfWork) -> None:
    before = list_segments(seeded)
    first, last = before[0], before[-1]

    save_segment_frequencies(seeded, {first.id: 1, last.id: 365, 9999: 14})  # type: ignore[dict-item]

    assert seeded.commits == 1
    after = {s.id: s for s in list_segments(seeded)}
    assert after[first.id].visit_every_days == 1
    assert after[last.id].visit_every_days == 365
    for seg in before[1:-1]:
        assert after[seg.id] == seg
    assert after[first.id].strategy == first.strategy  # only the frequency changed
