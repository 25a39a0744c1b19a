"""Hospital-wide settings: reading them, and saving them (administrators)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from hms_desktop.db.repositories.settings import SettingsRepository
from hms_desktop.domain.settings import HospitalSettings, is_time_zone
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.doctors import specialty_slot_problems, write_specialty_slot_minutes
from hms_desktop.services.errors import ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.dtos import SpecialtyDTO

__all__ = [
    "HospitalSettings",
    "SettingsPageSaved",
    "get_settings",
    "is_time_zone",
    "read_settings",
    "reception_reads_reasons",
    "save_currency",
    "save_settings",
    "save_settings_page",
    "set_reception_reads_reasons",
    "write_settings",
]


def read_settings(conn: Connection | Session) -> HospitalSettings:
    """For code already inside a transaction (demo loading, setup); use cases call ``get_settings``."""
    return SettingsRepository(conn).read()


def write_settings(conn: Connection | Session, settings: HospitalSettings) -> None:
    SettingsRepository(conn).write(settings)


def get_settings(ctx: ServiceContext) -> HospitalSettings:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.settings.read()


def save_settings(ctx: ServiceContext, settings: HospitalSettings) -> HospitalSettings:
    ctx.require(Group.ADMIN, action=translate("services", "change hospital settings"))
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
    ctx.require(Group.ADMIN, action=translate("services", "change the hospital's currency"))
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
    ctx.require(Group.ADMIN, action=translate("services", "change whether reception reads appointment reasons"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.set_reception_reads_reasons(allowed)
        now = uow.settings.reception_reads_reasons()
        uow.commit()
    return now


@dataclass(frozen=True, slots=True)
class SettingsPageSaved:
    settings: HospitalSettings
    specialties: tuple[SpecialtyDTO, ...]  # every specialty, by name, with its slot length
    reception_reads_reasons: bool


def save_settings_page(ctx: ServiceContext, settings: HospitalSettings, *,
                       specialty_slot_minutes: Mapping[int, int | None],
                       reception_reads_reasons: bool | None) -> SettingsPageSaved:
    """The settings page's Save: the settings, the specialties' slot lengths that changed and (not None)
    whether reception reads reasons, in ONE transaction — a refused part (a specialty removed meanwhile)
    saves nothing of the rest."""
    ctx.require(Group.ADMIN, action=translate("services", "change hospital settings"))
    problems = settings.problems() | specialty_slot_problems(specialty_slot_minutes)
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        uow.settings.write(settings)
        specialties = write_specialty_slot_minutes(uow, specialty_slot_minutes)
        if reception_reads_reasons is not None:
            uow.settings.set_reception_reads_reasons(reception_reads_reasons)
        result = SettingsPageSaved(settings=uow.settings.read(), specialties=specialties,
                                   reception_reads_reasons=uow.settings.reception_reads_reasons())
        uow.commit()
    return result
