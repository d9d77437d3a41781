"""The scenario tests use the persistence tests' fixtures: real SQLite files in `tmp_path`."""
from tests.persistence.conftest import db_path, workspace

__all__ = ["db_path", "workspace"]
