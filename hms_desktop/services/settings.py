"""Hospital-wide settings: reading them, and saving them (administrators)."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.repositories.settings import SettingsRepository
from hms_desktop.domain.settings import HospitalSettings, is_time_zone
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors

__all__ = ["HospitalSettings", "get_settings", "is_time_zone", "read_settings", "save_settings", "write_settings"]


def read_settings(conn: Connection | Session) -> HospitalSettings:
    """For code already inside a transaction (demo loading, setup); use cases call ``get_settings``."""
    return SettingsRepository(conn).read()


def write_settings(conn: Connection | Session, settings: HospitalSettings) -> None:
    SettingsRepository(conn).write(settings)


def get_settings(ctx: ServiceContext) -> HospitalSettings:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.settings.read()


def save_settings(ctx: ServiceContext, settings: HospitalSettings) -> HospitalSettings:
    ctx.require(Group.ADMIN, action="change hospital settings")
    if problems := settings.problems():
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.write(settings)
        saved = uow.settings.read()
        uow.commit()
    return saved
