"""The unit of work: one session, rolled back unless `commit()` was called inside the block."""
from __future__ import annotations

import sqlite3
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import WorkspaceReadOnly
from persistence import sales_summary
from persistence.forecast_queries import SqlForecastQueries
from persistence.queries import SqlWorkspaceQueries
from persistence.repositories.care import SqlCareRepository
from persistence.repositories.catalogue import SqlProductRepository, SqlSalesRepository
from persistence.repositories.cultivation import SqlCultivationRepository
from persistence.repositories.customers import SqlCustomerRepository, SqlCustomFieldRepository, SqlSegmentRepository
from persistence.repositories.day_plans import SqlDayPlanRepository
from persistence.repositories.evaluations import SqlEvaluationRepository
from persistence.repositories.forecast import SqlForecastAdjustments
from persistence.repositories.salons import SqlSalonRepository
from persistence.repositories.settings import SqlSettingsRepository
from persistence.repositories.tiers import SqlTierRepository
from persistence.repositories.visits import SqlVisitRepository
from persistence.tier_queries import SqlTierQueries
from persistence.visit_queries import SqlVisitQueries


def is_read_only_error(exc: BaseException | None) -> bool:
    """SQLite's refusal to write, raised through SQLAlchemy or straight from the driver."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(original, sqlite3.OperationalError) and "readonly database" in str(original)


class SqlUnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], read_only: tuple[str, str] | None = None) -> None:
        self._factory = session_factory
        self._session: Session | None = None
        # (path, reason) of a workspace opened read-only: a write becomes WorkspaceReadOnly, not SQL
        self._read_only = read_only

    @property
    def session(self) -> Session:
        assert self._session is not None, "use the unit of work inside a `with` block"
        return self._session

    def __enter__(self) -> Self:
        s = self._session = self._factory()
        self.customers = SqlCustomerRepository(s)
        self.segments = SqlSegmentRepository(s)
        self.custom_fields = SqlCustomFieldRepository(s)
        self.products = SqlProductRepository(s)
        self.sales = SqlSalesRepository(s)
        self.evaluations = SqlEvaluationRepository(s)
        self.visits = SqlVisitRepository(s)
        self.day_plans = SqlDayPlanRepository(s)
        self.care = SqlCareRepository(s)
        self.salons = SqlSalonRepository(s)
        self.cultivation = SqlCultivationRepository(s)
        self.settings = SqlSettingsRepository(s)
        self.tiers = SqlTierRepository(s)
        self.tier_queries = SqlTierQueries(s)
        self.queries = SqlWorkspaceQueries(s)
        self.visit_queries = SqlVisitQueries(s)
        self.forecast_queries = SqlForecastQueries(s)
        self.forecast_adjustments = SqlForecastAdjustments(s)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()  # a no-op after commit(); undoes everything otherwise
        self.session.close()
        self._session = None
        if is_read_only_error(exc):
            raise self._refusal() from exc

    def _refusal(self) -> WorkspaceReadOnly:
        path, reason = self._read_only or (str(self._factory.kw.get("bind", "")), "file is read-only")
        return WorkspaceReadOnly(path, reason)

    def commit(self) -> None:
        """Sum any order lines added in this unit of work into the summaries, then commit."""
        cursor = self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # set while the session holds its connection
        try:
            try:
                sales_summary.catch_up(cursor)
            finally:
                cursor.close()
            self.session.commit()
        except Exception as exc:
            if is_read_only_error(exc):
                raise self._refusal() from exc
            raise

    def rollback(self) -> None:
        self.session.rollback()


class SqlUnitOfWorkFactory:
    def __init__(self, engine: Engine, read_only: tuple[str, str] | None = None) -> None:
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, self.read_only)
