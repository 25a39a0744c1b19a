"""Finding free slots: by doctor, across a specialty ("first free slot") or across all doctors; and the
next free slots offered when a booking lost the race."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from hms_desktop.db.queries import calendars as calendar_queries
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.scheduling import MAX_SLOTS_PER_APPOINTMENT, Slot, free_slots, merge_slots
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.calendars import active_doctors
from hms_desktop.services.scheduling.common import (
    LONGEST_APPOINTMENT,
    READERS,
    HospitalTime,
    WorkingTime,
    base_slot_minutes,
)
from hms_desktop.services.scheduling.dtos import DoctorDTO, SlotDTO

# First-free-slot searches look at a few days first and widen only if that is not enough.
SEARCH_CHUNKS = (2, 5, 14, 31, 62)


def _free_in(uow: UnitOfWork, hospital: HospitalTime, working: WorkingTime, chosen: Sequence[DoctorDTO],
             *, first: date, last: date, slots_needed: int, limit: int, now: datetime,
             specialty_id: int | None) -> list[Slot]:
    """Free slots of the ``chosen`` doctors from ``first`` to ``last``; one read (busy doctors and rooms)."""
    start, end = hospital.day_bounds(first, last)
    busy, rooms_busy = calendar_queries.busy_times(uow.session, [d.id for d in chosen], list(working.rooms), start,
                                                   end, longest=LONGEST_APPOINTMENT)
    per_doctor = [free_slots(
        working.sessions[doctor.id], working.exceptions_of(doctor.id), busy.get(doctor.id, []),
        day_from=first, day_to=last, slot_minutes=base_slot_minutes(doctor, hospital, specialty_id), now=now,
        tz=hospital.tz, slots_needed=slots_needed, resource_busy=rooms_busy, limit=limit) for doctor in chosen]
    return merge_slots(per_doctor, limit)


def search(uow: UnitOfWork, hospital: HospitalTime, *, doctor_ids: Sequence[int] | None, specialty_id: int | None,
           start: date, days: int, limit: int, slots_needed: int, now: datetime,
           after: datetime | None = None) -> tuple[SlotDTO, ...]:
    """Free slots in one unit of work: the doctors, their working time over the whole window (small),
    then busy times chunk by chunk (large), widening only while too few slots were found."""
    chosen = active_doctors(uow, ids=doctor_ids, specialty_id=specialty_id)
    if not chosen:
        return ()
    last_day = start + timedelta(days=days - 1)
    working = WorkingTime.read(uow, [d.id for d in chosen], start, last_day, hospital)
    chosen = [d for d in chosen if working.sessions.get(d.id)]
    if not chosen:
        return ()
    names = {d.id: d.name for d in chosen}
    earliest = max(now, after) if after is not None else now
    found: list[Slot] = []
    first = start
    # Most searches are answered by the next day or two: read only those first, widen if needed.
    for span in (*SEARCH_CHUNKS, days):
        if first > last_day:
            break
        chunk_last = min(last_day, start + timedelta(days=span - 1))
        if chunk_last < first:
            continue
        found += _free_in(uow, hospital, working, chosen, first=first, last=chunk_last, slots_needed=slots_needed,
                          limit=limit - len(found), now=earliest, specialty_id=specialty_id)
        if len(found) >= limit:
            break
        first = chunk_last + timedelta(days=1)
    return tuple(SlotDTO(doctor_id=s.doctor_id, doctor_name=names[s.doctor_id], starts_at=s.starts_at,
                         ends_at=s.ends_at, resource_id=s.resource_id,
                         room=working.rooms.get(s.resource_id) if s.resource_id is not None else None)
                 for s in found[:limit])


def find_slots(ctx: ServiceContext, *, specialty_id: int | None = None, doctor_id: int | None = None,
               start: date | None = None, days: int = 14, limit: int = 20,
               slots_needed: int = 1) -> tuple[SlotDTO, ...]:
    """Free slots from ``start`` (default the hospital's today) for ``days`` days, earliest first.

    By doctor, or across every doctor of a specialty ("first free slot"), or across all doctors.
    ``slots_needed`` consecutive slots for longer appointment types.
    """
    ctx.require(*READERS, action=translate("services", "look for free slots"))
    problems = {}
    if not 1 <= days <= 366:
        problems["days"] = translate("services", "Search between 1 and 366 days ahead.")
    if not 1 <= slots_needed <= MAX_SLOTS_PER_APPOINTMENT:
        problems["slots"] = translate("services", "An appointment takes 1 to {limit} slots.").format(
                                limit=MAX_SLOTS_PER_APPOINTMENT)
    if problems:
        raise ValidationFailed(problems)
    now = ctx.clock.now()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        hospital = HospitalTime.read(uow)
        return search(uow, hospital, doctor_ids=[doctor_id] if doctor_id is not None else None,
                      specialty_id=specialty_id, start=start or hospital.local_day(now), days=days,
                      limit=max(1, limit), slots_needed=slots_needed, now=now)


def next_free_slots(ctx: ServiceContext, doctor_id: int, after: datetime, slots_needed: int,
                    specialty_id: int | None = None) -> tuple[SlotDTO, ...]:
    """For ``SlotTaken``: the doctor's next free slots from the taken one on. Never fails the caller
    (it runs after the booking's transaction failed, in a unit of work of its own)."""
    try:
        now = ctx.clock.now()
        with ctx.uow(read_only=True) as uow:
            hospital = HospitalTime.read(uow)
            return search(uow, hospital, doctor_ids=[doctor_id], specialty_id=specialty_id,
                          start=hospital.local_day(max(after, now)), days=14, limit=5, slots_needed=slots_needed,
                          now=now, after=after)
    except Exception:
        return ()
