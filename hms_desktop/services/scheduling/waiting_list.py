"""The waiting list: patients who want an earlier slot, the ones to offer a freed time to, and booking
a freed time for one of them."""

from __future__ import annotations

from datetime import date, datetime

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.permissions import WAITING_LIST_READERS
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.booking import (
    AppointmentLength,
    insert_appointment,
    not_in_the_past,
    overlap_error,
    validate_booking,
)
from hms_desktop.services.scheduling.common import (
    DESK,
    REASON_MAX,
    HospitalTime,
    Overlap,
    appointment_dto,
    aware_utc,
    waiting_dto,
    write_errors,
)
from hms_desktop.services.scheduling.dtos import AppointmentDTO, WaitingEntryDTO

WAITING_STATUSES = ("waiting", "offered", "booked", "removed")
STALE_ENTRY = QT_TRANSLATE_NOOP(
    "services",
    "Someone else changed this waiting-list entry. Reload it and try again.")


def _entry(uow: UnitOfWork, entry_id: int) -> WaitingEntryDTO:
    row = uow.waiting_list.by_id(entry_id)
    if row is None:
        raise NotFound(translate("services", "This waiting-list entry no longer exists."))
    return waiting_dto(row)


def add_to_waiting_list(ctx: ServiceContext, patient_id: int, *, doctor_id: int | None = None,
                        specialty_id: int | None = None, earliest: date | None = None, latest: date | None = None,
                        note: str = "") -> WaitingEntryDTO:
    """Put a patient on the list for an earlier slot with a doctor or any doctor of a specialty (from the
    hospital's today unless ``earliest`` says otherwise)."""
    ctx.require(*DESK, action=translate("services", "manage the waiting list"))
    problems: dict[str, str] = {}
    if doctor_id is None and specialty_id is None:
        problems["doctor"] = translate("services", "Choose a doctor or a specialty.")
    if earliest is not None and latest is not None and latest < earliest:
        problems["latest"] = translate("services", "The last acceptable day is before the first one.")
    note = note.strip()
    if len(note) > REASON_MAX:
        problems["note"] = translate("services", "Keep the note under {limit} characters.").format(limit=REASON_MAX)
    if problems:
        raise ValidationFailed(problems)
    with write_errors(), ctx.uow() as uow:
        found, merged = uow.appointments.patient_state(patient_id)
        if not found:
            raise NotFound(translate("services", "This patient record no longer exists."))
        if merged:
            raise Conflict(translate("services", "This record was merged into another one. Book on the record it was "
                                                 "merged into."))
        added = uow.waiting_list.add(
            patient_id=patient_id, doctor_id=doctor_id, specialty_id=specialty_id,
            earliest=earliest or HospitalTime.read(uow).local_day(ctx.clock.now()), latest=latest, note=note)
        uow.commit()
    return waiting_dto(added)


def waiting_list(ctx: ServiceContext, *, status: str = "waiting") -> tuple[WaitingEntryDTO, ...]:
    ctx.require(*WAITING_LIST_READERS, action=translate("services", "see the waiting list"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(waiting_dto(r) for r in uow.waiting_list.with_status(status))


def waiting_list_matches(ctx: ServiceContext, appointment_id: int, *, limit: int = 5) -> tuple[WaitingEntryDTO, ...]:
    """The first patients waiting for the time an appointment freed: same doctor, or a specialty of that
    doctor, whose acceptable dates include the (hospital's) day; longest waiting first. Nothing is changed."""
    ctx.require(*DESK, action=translate("services", "offer freed slots"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        freed = uow.appointments.by_id(appointment_id)
        if freed is None:
            raise NotFound(translate("services", "This appointment no longer exists."))
        day = HospitalTime.read(uow).local_day(freed.starts_at)
        rows = uow.waiting_list.matching(doctor_id=freed.doctor_id, day=day, except_patient_id=freed.patient_id,
                                         limit=max(1, limit))
    return tuple(waiting_dto(r) for r in rows)


def set_waiting_status(ctx: ServiceContext, entry_id: int, status: str, *,
                       expected_version: int | None = None) -> WaitingEntryDTO:
    """Mark a waiting-list entry offered, booked or removed (or waiting again)."""
    ctx.require(*DESK, action=translate("services", "manage the waiting list"))
    if status not in WAITING_STATUSES:
        raise ValidationFailed({"status": translate("services", "Choose waiting, offered, booked or removed.")})
    with write_errors(), ctx.uow() as uow:
        entry = uow.waiting_list.for_update(entry_id)
        if entry is None:
            raise NotFound(translate("services", "This waiting-list entry no longer exists."))
        if expected_version is not None and entry.version != expected_version:
            raise Conflict(translate("services", STALE_ENTRY))
        uow.waiting_list.set_status(entry, status)
        result = _entry(uow, entry_id)
        uow.commit()
    return result


def book_from_waiting_list(ctx: ServiceContext, entry_id: int, doctor_id: int, starts_at: datetime, *,
                           ends_at: datetime, kind: str = "follow_up", resource_id: int | None = None,
                           reason: str = "", expected_version: int | None = None) -> AppointmentDTO:
    """Book a freed time (``starts_at``–``ends_at``, e.g. a cancelled appointment's) for the patient of a
    waiting-list entry and mark the entry booked: one unit of work, so either both happen or neither.

    ``reason`` is what the desk typed (the Book dialog); without one the appointment says it came from the
    waiting list, with the entry's note.

    The appointment takes as many of the doctor's slots as fill the freed time (at least one), in the
    hospital's time zone. ``SlotTaken`` when another desk was quicker; the entry then stays waiting.
    """
    ctx.require(*DESK, action=translate("services", "book appointments"))
    starts_at, ends_at = aware_utc(starts_at, "starts_at"), aware_utc(ends_at, "ends_at")
    if ends_at <= starts_at:
        raise ValidationFailed({"ends_at": translate("services", "The freed time must end after it starts.")})
    validate_booking(kind, reason, 1)
    not_in_the_past(ctx, starts_at)
    try:
        with write_errors(), ctx.uow() as uow:
            entry = uow.waiting_list.for_update(entry_id)
            if entry is None:
                raise NotFound(translate("services", "This waiting-list entry no longer exists."))
            if expected_version is not None and entry.version != expected_version:
                raise Conflict(translate("services", STALE_ENTRY))
            booked = insert_appointment(uow, patient_id=entry.patient_id, doctor_id=doctor_id, starts_at=starts_at,
                                        length=AppointmentLength(fill=ends_at - starts_at), kind=kind,
                                        reason=" ".join(reason.split()), resource_id=resource_id)
            if not reason.strip():
                # "From the waiting list: <note>", written by the database: the desk may not be allowed to
                # read the note (migration 0008).
                uow.appointments.carry_reason(booked.id, waiting_entry_id=entry_id)
                booked = uow.appointments.by_id(booked.id) or booked
            uow.waiting_list.set_status(entry, "booked")
            uow.commit()
    except Overlap as overlap:
        raise overlap_error(ctx, overlap, doctor_id, starts_at, 1) from None
    return appointment_dto(booked)
