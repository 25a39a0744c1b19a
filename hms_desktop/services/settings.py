"""Hospital-wide settings: reading them, and saving them (administrators)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.repositories.settings import SettingsRepository
from hms_desktop.domain.settings import HospitalSettings, is_time_zone
from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors

__all__ = ["HospitalSettings", "get_settings", "is_time_zone", "read_settings", "reception_reads_reasons",
           "save_currency", "save_settings", "set_reception_reads_reasons", "write_settings"]


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


def save_currency(ctx: ServiceContext, code: str, symbol: str, symbol_after: bool) -> HospitalSettings:
    """Set the hospital's currency (administrators), leaving every other setting as it is now in the database:
    the Printouts page edits only these three, and must not write back another page's older values."""
    ctx.require(Group.ADMIN, action="change the hospital's currency")
    with user_facing_errors(), ctx.uow() as uow:
        wanted = replace(uow.settings.read(), currency_code=code.strip().upper(), currency_symbol=symbol.strip(),
                         currency_symbol_after=symbol_after)
        if problems := wanted.currency.problems():
            raise ValidationFailed(problems)
        uow.settings.write(wanted)
        saved = uow.settings.read()
        uow.commit()
    return saved


def reception_reads_reasons(ctx: ServiceContext) -> bool:
    """The hospital setting "Reception may read appointment reasons" (and waiting-list notes), as the
    database grants it right now."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.settings.reception_reads_reasons()


def set_reception_reads_reasons(ctx: ServiceContext, allowed: bool) -> bool:
    """Let reception read appointment reasons and waiting-list notes, or stop it (administrators). The
    database GRANTs or REVOKEs the columns (``hms_set_reception_reads_reasons``, which checks again that the
    caller is an administrator) and the change is in the audit trail. Reception screens opened after the
    change show the reasons, or "—"; returns the setting as the database now has it."""
    ctx.require(Group.ADMIN, action="change whether reception reads appointment reasons")
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.set_reception_reads_reasons(allowed)
        now = uow.settings.reception_reads_reasons()
        uow.commit()
    return now
