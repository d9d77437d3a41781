"""Engine creation: the SQLite pragmas (docs/architecture.md, "The database") on every connection, real
transactions under pysqlite."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import QueuePool

log = logging.getLogger(__name__)


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def make_engine(url: str | URL) -> Engine:
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    engine = create_engine(url)
    _install_sqlite_recipe(engine, wal=url.database not in (None, "", ":memory:"))
    log.info("SQLite library %s", sqlite3.sqlite_version)
    return engine


def make_read_only_engine(uri: str) -> Engine:
    """An engine on a `file:` URI opened with mode=ro: SQLite itself refuses every write, and no
    pragma that writes (journal_mode) is sent."""

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    _install_sqlite_recipe(engine, wal=False)
    log.info("SQLite library %s", sqlite3.sqlite_version)
    return engine


def _install_sqlite_recipe(engine: Engine, *, wal: bool) -> None:
    """SQLAlchemy's documented pysqlite recipe: let SQLAlchemy emit BEGIN itself."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # stop pysqlite's own BEGIN handling
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")
