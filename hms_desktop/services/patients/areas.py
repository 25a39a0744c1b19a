"""The areas (town, locality, district) patients live in, as typed so far: the registration form offers them,
so one place is spelt one way and the "Patients by area" report (migration 0034) counts it once."""

from __future__ import annotations

from hms_desktop.domain.permissions import PATIENT_WRITERS
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors

# More than a hospital's catchment has localities; a list this long still costs the form nothing to filter.
MAX_AREAS = 2000


def known_areas(ctx: ServiceContext, *, limit: int = MAX_AREAS) -> tuple[str, ...]:
    """The areas already recorded on patients, the most used first. For those who register patients."""
    ctx.require(*PATIENT_WRITERS, action=translate("services", "register patients"))
    if not 1 <= limit <= MAX_AREAS:
        raise ValueError(f"limit must be 1..{MAX_AREAS}")
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(uow.patients.areas(limit=limit))
