"""Hospital-wide settings, typed. Stored as JSON values in ``hospital_setting``."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors


@dataclass(frozen=True, slots=True)
class HospitalSettings:
    hospital_name: str = "General Hospital"
    idle_lock_minutes: int = 10
    allow_remember_password: bool = False
    demo_mode: bool = False
    # Region for phone numbers typed without a country code (ISO 3166 alpha-2, as phonenumbers uses).
    phone_region: str = "GB"
    # Scheduling: the slot length where neither the session, the doctor nor the specialty sets one,
    # and the zone of working hours ("Monday 09:00") and of a "day" in the calendars (a zoneinfo key).
    default_slot_minutes: int = 15
    time_zone: str = "Europe/London"

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.hospital_name.strip():
            problems["hospital_name"] = "Enter the hospital's name."
        if not 1 <= self.idle_lock_minutes <= 240:
            problems["idle_lock_minutes"] = "The idle lock is from 1 to 240 minutes."
        if not (len(self.phone_region) == 2 and self.phone_region.isalpha() and self.phone_region.isupper()):
            problems["phone_region"] = "Choose the country whose phone numbers are typed without a code."
        if not 5 <= self.default_slot_minutes <= 240:
            problems["default_slot_minutes"] = "A slot is 5 to 240 minutes long."
        if not is_time_zone(self.time_zone):
            problems["time_zone"] = "Choose the hospital's time zone from the list (for example Europe/London)."
        return problems


def is_time_zone(key: str) -> bool:
    """Whether ``key`` names a zone of the time zone database (``Europe/London``; not a file path)."""
    if not key or key != key.strip() or key.startswith("/") or ".." in key:
        return False
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def read_settings(conn: Connection | Session) -> HospitalSettings:
    stored = {row.key: row.value for row in conn.execute(text("SELECT key, value FROM hospital_setting"))}
    values = {}
    for field in fields(HospitalSettings):
        if field.name in stored:
            value = stored[field.name]
            kind = type(getattr(HospitalSettings(), field.name))
            try:
                values[field.name] = kind(value)
            except (TypeError, ValueError):
                continue  # a damaged value falls back to the default rather than stopping the app
    return HospitalSettings(**values)


def get_settings(ctx: ServiceContext) -> HospitalSettings:
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return read_settings(conn)


def write_settings(conn: Connection, settings: HospitalSettings) -> None:
    for field in fields(HospitalSettings):
        conn.execute(
            text("INSERT INTO hospital_setting (key, value) VALUES (:k, CAST(:v AS jsonb)) "
                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = hospital_setting.version + 1 "
                 "WHERE hospital_setting.value IS DISTINCT FROM EXCLUDED.value"),
            {"k": field.name, "v": json.dumps(getattr(settings, field.name))},
        )


def save_settings(ctx: ServiceContext, settings: HospitalSettings) -> HospitalSettings:
    ctx.require(Group.ADMIN, action="change hospital settings")
    if problems := settings.problems():
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        write_settings(conn, settings)
    return get_settings(ctx)
