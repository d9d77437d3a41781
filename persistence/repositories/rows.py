"""What the repositories share: stored times are naive UTC, and a new row's id comes back from its insert."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session


def naive_utc(dt: datetime | None) -> datetime | None:
    """Aware UTC → stored naive UTC."""
    return None if dt is None else dt.replace(tzinfo=None)


def aware_utc(dt: datetime | None) -> datetime | None:
    """Stored naive UTC → aware UTC."""
    return None if dt is None else dt.replace(tzinfo=UTC)


def insert_row(session: Session, table: type, **values: object) -> int:
    new_id = session.scalar(insert(table).values(**values).returning(table.id))  # type: ignore[attr-defined]  # every row class passed here has an id column
    assert new_id is not None
    return int(new_id)
