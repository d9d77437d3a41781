"""The one metadata every table joins, with the naming convention alembic's constraint names follow.

Money is stored as integer fen (`*_fen`), quantities as whole cartons, timestamps as naive UTC.
Enums are stored as their string values so that later schemes can add members without a migration.
"""
from __future__ import annotations

from sqlalchemy import MetaData, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def text_column() -> Mapped[str]:
    """A text that is never NULL: empty when not given."""
    return mapped_column(Text, nullable=False, default="", server_default="")
