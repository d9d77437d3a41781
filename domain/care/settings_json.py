"""The care-reminder settings as a JSON-ready dict and back. A value a newer version wrote, or one
typed wrong, falls back to its default rather than stopping the reminders."""
from __future__ import annotations

from typing import Any

from domain.care.festivals import TRADITIONAL_FESTIVALS, festival_from_json, festival_to_json
from domain.care.reminders import (
    DEFAULT_LEAD_DAYS,
    MAX_LEAD_DAYS,
    CareKind,
    KindSetting,
    ReminderSettings,
    clean_stages,
)


def settings_to_json(s: ReminderSettings) -> dict[str, Any]:
    return {
        "kinds": {k.value: {"enabled": v.enabled, "lead_days": v.lead_days} for k, v in s.kinds.items()},
        "license_stages": list(s.license_stages),
        "festivals": [festival_to_json(f) for f in s.festivals],
        "tray_notifications": s.tray_notifications,
        "greetings": dict(s.greetings),
    }


def settings_from_json(data: Any) -> ReminderSettings:
    if not isinstance(data, dict):
        return ReminderSettings()
    default = ReminderSettings()
    kinds = dict(default.kinds)
    for key, value in (data.get("kinds") or {}).items():
        try:
            kind = CareKind(key)
            lead = int(value.get("lead_days", DEFAULT_LEAD_DAYS[kind]))
            kinds[kind] = KindSetting(bool(value.get("enabled", True)), min(max(lead, 0), MAX_LEAD_DAYS))
        except (ValueError, TypeError, AttributeError):
            continue
    try:
        stages = clean_stages(data.get("license_stages", default.license_stages))
    except (ValueError, TypeError):
        stages = default.license_stages
    festivals = []
    for item in data.get("festivals") or ():
        try:
            festivals.append(festival_from_json(item))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    greetings = data.get("greetings") or {}
    return ReminderSettings(
        kinds=kinds,
        license_stages=stages or default.license_stages,
        festivals=tuple(festivals) if "festivals" in data else TRADITIONAL_FESTIVALS,
        tray_notifications=bool(data.get("tray_notifications", True)),
        greetings={str(k): str(v) for k, v in greetings.items()} if isinstance(greetings, dict) else {},
    )
