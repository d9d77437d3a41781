"""Workspace settings as JSON values under their field names."""
from __future__ import annotations

import json
from dataclasses import asdict
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from domain.model.settings import WorkspaceSettings
from domain.profit import MarginBasis
from persistence.tables.settings import SettingRow

_DECIMAL_FIELDS = {"default_margin_rate"}


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def load(self) -> WorkspaceSettings:
        stored = {r.key: json.loads(r.value) for r in self._s.scalars(select(SettingRow))}
        known = {k: v for k, v in stored.items() if k in WorkspaceSettings.field_names()}
        for k in _DECIMAL_FIELDS & known.keys():
            known[k] = Decimal(known[k])
        if "margin_basis" in known:
            try:
                known["margin_basis"] = MarginBasis(known["margin_basis"])
            except ValueError:  # written by a newer version: fall back to the default basis
                del known["margin_basis"]
        return WorkspaceSettings(**known)

    def save(self, settings: WorkspaceSettings) -> None:
        values = asdict(settings)
        self._s.execute(delete(SettingRow).where(SettingRow.key.in_(values)))
        self._s.execute(
            insert(SettingRow),
            [{"key": k, "value": json.dumps(str(v) if k in _DECIMAL_FIELDS else
                                            v.value if isinstance(v, MarginBasis) else v,
                                            ensure_ascii=False)} for k, v in values.items()],
        )
