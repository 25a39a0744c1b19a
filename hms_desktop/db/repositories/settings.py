"""Hospital settings: one JSON value per key in ``hospital_setting``."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Row, text
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

    def reception_reads_reasons(self) -> bool:
        """Whether reception may read appointment reasons and waiting-list notes: the column GRANTs themselves
        (migration 0008), so what is shown is what the database enforces."""
        return bool(self._session.execute(text(
            "SELECT has_column_privilege('hms_reception', 'appointment', 'reason', 'SELECT') "
            "AND has_column_privilege('hms_reception', 'waiting_list', 'note', 'SELECT')")).scalar_one())

    def set_reception_reads_reasons(self, allowed: bool) -> None:
        """GRANT or REVOKE through ``hms_set_reception_reads_reasons`` (administrators; audited)."""
        self._session.execute(text("SELECT hms_set_reception_reads_reasons(:allowed)"), {"allowed": allowed})

    def value(self, key: str) -> object:
        """One stored value (JSON decoded), None when the key is not set: for keys the typed settings leave
        out, such as ``audit_last_anchor``, which the anchoring service writes."""
        return self._session.execute(text("SELECT value FROM hospital_setting WHERE key = :k"),
                                     {"k": key}).scalar_one_or_none()

    def write_value(self, key: str, value: object) -> None:
        self._session.execute(_UPSERT, {"k": key, "v": json.dumps(value)})

    # --- the logo for printouts (migration 0028_printing) ---

    def logo(self) -> Row[Any] | None:
        """The stored logo (image, media_type, width_px, height_px, sha256, updated_at, updated_by), or None."""
        return self._session.execute(text(
            "SELECT image, media_type, width_px, height_px, sha256, updated_at, updated_by FROM hospital_logo "
            "WHERE id = 1")).one_or_none()

    def logo_image(self) -> bytes | None:
        """Only the bytes, for a printout."""
        image = self._session.execute(text("SELECT image FROM hospital_logo WHERE id = 1")).scalar_one_or_none()
        return bytes(image) if image is not None else None

    def write_logo(self, *, image: bytes, media_type: str, width_px: int, height_px: int, sha256: str) -> None:
        self._session.execute(text(
            "INSERT INTO hospital_logo (id, image, media_type, width_px, height_px, sha256) "
            "VALUES (1, :image, :media_type, :width_px, :height_px, :sha256) "
            "ON CONFLICT (id) DO UPDATE SET image = EXCLUDED.image, media_type = EXCLUDED.media_type, "
            "width_px = EXCLUDED.width_px, height_px = EXCLUDED.height_px, sha256 = EXCLUDED.sha256"),
            {"image": image, "media_type": media_type, "width_px": width_px, "height_px": height_px,
             "sha256": sha256})

    def remove_logo(self) -> bool:
        result = self._session.execute(text("DELETE FROM hospital_logo WHERE id = 1"))
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def write(self, settings: HospitalSettings) -> None:
        """Store every value; unchanged ones are not rewritten (so they are not audited either)."""
        for key, value in settings_to_store(settings).items():
            self._session.execute(_UPSERT, {"k": key, "v": json.dumps(value)})
