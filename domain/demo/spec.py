"""What demo territory to generate: size, history length, seed and the day it is generated for."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.errors import DomainError

MAX_CUSTOMERS = 100_000
MAX_MONTHS = 120


class InvalidDemoSpec(DomainError):
    pass


def add_months(month: date, n: int) -> date:
    """The first day of the month `n` months after (or before, n < 0) `month`."""
    k = month.year * 12 + month.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


@dataclass(frozen=True)
class DemoSpec:
    """Same spec, same territory, on every machine: the generator reads no clock and no hash()."""

    customers: int = 300
    months: int = 24
    seed: int = 7
    today: date = field(kw_only=True)

    def __post_init__(self) -> None:
        if not 1 <= self.customers <= MAX_CUSTOMERS:
            raise InvalidDemoSpec("A demo territory has between 1 and {max} customers.", max=MAX_CUSTOMERS)
        if not 1 <= self.months <= MAX_MONTHS:
            raise InvalidDemoSpec("A demo history covers between 1 and {max} months.", max=MAX_MONTHS)

    @property
    def last_month(self) -> date:
        """The last complete month before today: the worked example's month X."""
        return add_months(self.today.replace(day=1), -1)

    @property
    def first_month(self) -> date:
        return add_months(self.last_month, 1 - self.months)

    @property
    def history_end(self) -> date:
        """The last day with orders."""
        return month_end(self.last_month)
