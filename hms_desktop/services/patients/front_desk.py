"""The hospital settings every patient use case needs: the phone region and the hospital's time zone.

Numbers typed without a country code are read in ``phone_region``; "today" (for a date of birth in the
future, or "3y" for an age) is the date in the hospital's zone, not the workstation's. Both change perhaps
once in a hospital's life, so a search or a registration uses a copy at most a minute old instead of paying
a round trip for them.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import phonenumbers

from hms_desktop.db.database import Database
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.patients import PatientDraft, validate_patient
from hms_desktop.domain.settings import HospitalSettings, is_time_zone
from hms_desktop.services.context import ServiceContext

DEFAULT_REGION = HospitalSettings().phone_region
_SETTINGS_TTL_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class FrontDeskSettings:
    phone_region: str  # ISO country code for numbers typed without +
    zone: ZoneInfo


_cache: weakref.WeakKeyDictionary[Database, tuple[float, FrontDeskSettings]] = weakref.WeakKeyDictionary()


def read_front_desk_settings(ctx: ServiceContext, uow: UnitOfWork) -> FrontDeskSettings:
    """Read fresh (and remember for the next minute's searches)."""
    stored = uow.settings.read()
    region = stored.phone_region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = DEFAULT_REGION  # missing or damaged: the default rather than a stopped front desk
    zone_key = stored.time_zone if is_time_zone(stored.time_zone) else HospitalSettings().time_zone
    settings = FrontDeskSettings(phone_region=region, zone=ZoneInfo(zone_key))
    _cache[ctx.db] = (time.monotonic(), settings)
    return settings


def front_desk_settings(ctx: ServiceContext, uow: UnitOfWork) -> FrontDeskSettings:
    """The settings as read at most a minute ago."""
    cached = _cache.get(ctx.db)
    if cached is not None and time.monotonic() - cached[0] < _SETTINGS_TTL_SECONDS:
        return cached[1]
    return read_front_desk_settings(ctx, uow)


def local_today(ctx: ServiceContext, settings: FrontDeskSettings) -> date:
    return ctx.clock.now().astimezone(settings.zone).date()


def validated(ctx: ServiceContext, draft: PatientDraft, settings: FrontDeskSettings) -> PatientDraft:
    # ValidationError from the domain becomes ValidationFailed in user_facing_errors().
    return validate_patient(draft, region=settings.phone_region, today=local_today(ctx, settings))
