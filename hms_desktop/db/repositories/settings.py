"""Hospital settings: one JSON value per key in ``hospital_setting``."""

from __future__ import annotations

import json

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from hms_desktop.domain.settings import HospitalSettings, settings_from_stored, settings_to_store

_UPSERT = text(
    "INSERT INTO hospital_setting (key, value) VALUES (:k, CAST(:v AS jsonb)) "
    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = hospital_setting.version + 1 "
    "WHERE hospital_setting.value IS DISTINCT FROM EXCLUDED.value")


class SettingsRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def read(self) -> HospitalSettings:
        rows = self._session.execute(text("SELECT key, value FROM hospital_setting"))
        return settings_from_stored({row.key: row.value for row in rows})

    def write(self, settings: HospitalSettings) -> None:
        """Store every value; unchanged ones are not rewritten (so they are not audited either)."""
        for key, value in settings_to_store(settings).items():
            self._session.execute(_UPSERT, {"k": key, "v": json.dumps(value)})
