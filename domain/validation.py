"""Validation results that name the field, so the form can show each message next to its input."""
from __future__ import annotations

from dataclasses import dataclass

from domain.errors import DomainError


@dataclass(frozen=True)
class FieldError:
    field: str  # the attribute name, e.g. "license_no" or "environment.shop_area_m2"
    message: str  # English source text; the GUI translates it
    params: tuple[tuple[str, object], ...] = ()

    def format_args(self) -> dict[str, object]:
        return dict(self.params)


class ValidationFailed(DomainError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message.format(**e.format_args()) for e in errors))
        self.errors = errors
