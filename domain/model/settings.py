"""Workspace settings kept in the database (not UI state, which lives in QSettings)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from domain.profit import MarginBasis


@dataclass
class WorkspaceSettings:
    owner_name: str = ""  # the customer manager, printed in report headers
    unit_name: str = ""  # e.g. 某某市烟草公司市场部
    default_margin_rate: Decimal = Decimal("0.08")  # seed 1: 8% where a retail price is unknown
    grade_count: int = 30
    language: str = ""  # "" follows the system; "zh_CN" or "en"
    margin_basis: MarginBasis = MarginBasis.PURCHASE  # margin = gross profit ÷ purchase amount (seed 1)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(cls.__dataclass_fields__)
