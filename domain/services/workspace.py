"""Use cases about the workspace as a whole: defaults, settings, the overview."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.errors import DomainError
from domain.model.customers import Segment
from domain.model.settings import WorkspaceSettings
from domain.ports import UnitOfWork
from domain.read_models import WorkspaceOverview
from domain.schemes import DEFAULT_SEGMENTS, DEFAULT_STAR_CRITERIA

LANGUAGES = ("", "zh_CN", "en")


class InvalidSetting(DomainError):
    pass


def ensure_defaults(uow: UnitOfWork) -> bool:
    """Give a new workspace the shipped templates (segments, star scheme, settings). Idempotent."""
    with uow:
        if uow.segments.list():
            return False
        for seg in DEFAULT_SEGMENTS:
            uow.segments.add(Segment(seg.name, seg.visit_every_days, seg.strategy, seg.sort_order))
        uow.evaluations.set_criteria(DEFAULT_STAR_CRITERIA)
        uow.settings.save(uow.settings.load())
        uow.commit()
        return True


def load_settings(uow: UnitOfWork) -> WorkspaceSettings:
    with uow:
        return uow.settings.load()


def validate_settings(settings: WorkspaceSettings) -> None:
    if not Decimal(0) <= settings.default_margin_rate < Decimal(1):
        raise InvalidSetting("The default margin rate must be between 0% and 100%.")
    if not 1 <= settings.grade_count <= 60:
        raise InvalidSetting("The number of grades must be between 1 and 60.")
    if settings.language not in LANGUAGES:
        raise InvalidSetting("Unknown language {language}.", language=repr(settings.language))


def save_settings(
    uow: UnitOfWork, settings: WorkspaceSettings, frequencies: dict[int, int] | None = None
) -> None:
    """Save the settings and, if given, each segment's visit frequency, together or not at all."""
    validate_settings(settings)
    _validate_frequencies(frequencies or {})
    with uow:
        uow.settings.save(settings)
        _apply_frequencies(uow, frequencies or {})
        uow.commit()


def list_segments(uow: UnitOfWork) -> list[Segment]:
    with uow:
        return uow.segments.list()


def save_segment_frequencies(uow: UnitOfWork, frequencies: dict[int, int]) -> None:
    """Set each segment's default visit frequency (days between visits)."""
    _validate_frequencies(frequencies)
    with uow:
        _apply_frequencies(uow, frequencies)
        uow.commit()


def _validate_frequencies(frequencies: dict[int, int]) -> None:
    if any(not 1 <= days <= 365 for days in frequencies.values()):
        raise InvalidSetting("A visit frequency must be between 1 and 365 days.")


def _apply_frequencies(uow: UnitOfWork, frequencies: dict[int, int]) -> None:
    for seg in uow.segments.list():
        if seg.id in frequencies and seg.visit_every_days != frequencies[seg.id]:
            seg.visit_every_days = frequencies[seg.id]
            uow.segments.update(seg)


OVERVIEW_REMINDER_DAYS = 14


def workspace_overview(uow: UnitOfWork, today: date) -> WorkspaceOverview:
    from domain.services.reminders import list_reminders

    with uow:
        overview = uow.queries.overview(today)
    return replace(overview, upcoming_reminders=tuple(list_reminders(uow, today, OVERVIEW_REMINDER_DAYS)[:50]))
