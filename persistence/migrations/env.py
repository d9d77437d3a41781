"""alembic environment. The app passes its own connection (config.attributes["connection"]);
developers may pass `-x db=PATH` on the command line."""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from persistence.db import make_engine, sqlite_url
from persistence.tables.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path

    db = context.get_x_argument(as_dictionary=True).get("db")
    url = config.get_main_option("sqlalchemy.url") or (sqlite_url(Path(db)) if db else None)
    if url is None:
        raise SystemExit("pass -x db=PATH or set sqlalchemy.url")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) mode is not used by Fieldbook")
run_online()
