"""Booking, moving and cancelling appointments, and every other status change (check in, accept,
decline, call in, complete, no-show, close a declined one).

The exclusion constraints of migration 0003 are the truth about double booking: a booking simply tries
the INSERT, and when another workstation was quicker the constraint refuses it and the person sees
``SlotTaken`` ("This slot was just taken") with the next free slots. Every use case is one unit of work;
the ``notify_appointments`` trigger tells the other workstations when it commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import func

from hms_desktop.db.models import Appointment
from hms_desktop.db.repositories.appointments import AppointmentRow
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.permissions import DOCTOR_ACTS, may_act_as_doctor
from hms_desktop.domain.scheduling import (
    KIND_LABELS,
    MAX_SLOTS_PER_APPOINTMENT,
    AppointmentStatus,
    check_transition,
    within_hours,
)
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationFailed
from hms_desktop.services.scheduling.calendars import appointment_of, can_overbook
from hms_desktop.services.scheduling.common import (
    DEFAULT_SLOT_MINUTES,
    DESK,
    LONGEST_APPOINTMENT,
    PASSED,
    PAST_GRACE,
    REASON_MAX,
    STALE,
    HospitalTime,
    Overlap,
    WorkingTime,
    appointment_dto,
    aware_utc,
    base_slot_minutes,
    clean_text,
    doctor_dto,
    required_reason,
    write_errors,
)
from hms_desktop.services.scheduling.dtos import SLOT_TAKEN, AppointmentDTO, SlotTaken
from hms_desktop.services.scheduling.slots import next_free_slots

ROOM_TAKEN = QT_TRANSLATE_NOOP(
    "services",
    "The room for this slot was just booked by someone else. The next free slots are shown.")
PATIENT_BUSY = QT_TRANSLATE_NOOP(
    "services",
    "This patient already has an appointment at this time. Choose another time.")

_PATIENT_CONSTRAINT = "ex_appointment_patient_busy"
_RESOURCE_CONSTRAINT = "ex_resource_booking_resource_busy"

Status = AppointmentStatus


@dataclass(frozen=True, slots=True)
class AppointmentLength:
    """How long a new appointment is: ``slots`` slot lengths of the session it starts in, or exactly
    ``duration`` (a moved appointment keeps its length), or as many whole slots as fill ``fill`` (a time
    freed by a cancellation), at least one."""

    slots: int = 1
    duration: timedelta | None = None
    fill: timedelta | None = None

    def of(self, step_minutes: int) -> timedelta:
        step = timedelta(minutes=step_minutes)
        if self.duration is not None:
            return self.duration
        if self.fill is not None:
            return step * max(1, min(MAX_SLOTS_PER_APPOINTMENT, round(self.fill / step)))
        return step * self.slots


def overlap_error(ctx: ServiceContext, overlap: Overlap, doctor_id: int, starts_at: datetime, slots_needed: int,
                  *, specialty_id: int | None = None) -> ServiceError:
    if overlap.constraint == _PATIENT_CONSTRAINT:
        return Conflict(translate("services", PATIENT_BUSY))
    message = translate("services", ROOM_TAKEN if overlap.constraint == _RESOURCE_CONSTRAINT else SLOT_TAKEN)
    return SlotTaken(message, next_free_slots(ctx, doctor_id, starts_at, slots_needed, specialty_id))


def insert_appointment(uow: UnitOfWork, *, patient_id: int, doctor_id: int, starts_at: datetime,
                       length: AppointmentLength, kind: str, reason: str, resource_id: int | None = None,
                       overbook_reason: str | None = None, specialty_id: int | None = None,
                       rescheduled_from_id: int | None = None, before_insert: Appointment | None = None,
                       request_id: UUID | None = None) -> AppointmentRow:
    """Check the patient, the doctor and the hours, queue behind other bookings of the same doctor,
    patient and room, and insert: two round trips (``booking_facts``, ``insert``).

    ``before_insert``: a moved appointment, cancelled and written just before the new one (after the
    locks), so its time is free for the new one (moving by a quarter of an hour).
    """
    utc_day = starts_at.date()
    # The hospital's zone is read in the same statement, so the sessions are read for the UTC day ±2
    # (a superset of the local day and the day before, where a night session starts) and absences for
    # the longest an appointment may last.
    facts = uow.appointments.booking_facts(
        patient_id=patient_id, doctor_id=doctor_id, first=utc_day - timedelta(days=2),
        last=utc_day + timedelta(days=1), start=starts_at - timedelta(days=1),
        end=starts_at + LONGEST_APPOINTMENT + timedelta(days=1), lock=True)
    if not facts.patient_found:
        raise NotFound(translate("services", "This patient record no longer exists."))
    if facts.patient_merged:
        raise Conflict(translate("services", "This record was merged into another one. Book on the record it was "
                                             "merged into."))
    if facts.doctor is None:
        raise ValidationFailed({"doctor": translate("services", "Choose an active doctor from the list.")})
    hospital = HospitalTime.of(facts.settings)
    doctor = doctor_dto(facts.doctor)
    working = WorkingTime.of(facts.sessions, facts.absences)
    sessions = working.sessions.get(doctor.id, [])
    day = hospital.local_day(starts_at)
    # The session the start falls in decides the slot length (a session may have its own).
    step_minutes = base_slot_minutes(doctor, hospital, specialty_id)
    for s in sessions:
        if s.applies_on(day):
            s_start, s_end = s.bounds(day, hospital.tz)
            if s_start <= starts_at < s_end:
                step_minutes = s.slot_minutes or step_minutes
                break
    ends_at = starts_at + length.of(step_minutes)
    overbook = overbook_reason is not None
    session_held = within_hours(sessions, working.exceptions_of(doctor.id), starts_at, ends_at, hospital.tz)
    if session_held is None and not overbook:
        raise ValidationFailed({"starts_at": translate("services", "{doctor_name} does not work at this time, or is "
                                                                   "away. Choose one of the free slots.").format(
                                                 doctor_name=doctor.name)})
    room = resource_id if resource_id is not None else (session_held.resource_id if session_held else None)
    # An overbooked appointment shares the doctor's time with another one, and so its room: no room booking.
    if overbook:
        room = None
    if before_insert is not None:
        before_insert.status = Status.CANCELLED
        before_insert.cancel_reason = "rescheduled"
    return uow.appointments.insert(
        patient_id=patient_id, doctor_id=doctor.id, starts_at=starts_at, ends_at=ends_at, kind=kind, reason=reason,
        overbook_reason=overbook_reason, rescheduled_from_id=rescheduled_from_id,
        room_id=room, request_id=request_id)


def validate_booking(kind: str, reason: str, slots: int) -> None:
    problems: dict[str, str] = {}
    if kind not in KIND_LABELS:
        problems["kind"] = translate("services", "Choose the type of appointment: new patient, follow-up or procedure.")
    if len(reason) > REASON_MAX:
        problems["reason"] = translate("services", "Keep the reason under {limit} characters.").format(limit=REASON_MAX)
    if not 1 <= slots <= MAX_SLOTS_PER_APPOINTMENT:
        problems["slots"] = translate("services", "An appointment takes 1 to {limit} slots.").format(
                                limit=MAX_SLOTS_PER_APPOINTMENT)
    if problems:
        raise ValidationFailed(problems)


def not_in_the_past(ctx: ServiceContext, starts_at: datetime) -> None:
    if starts_at < ctx.clock.now() - PAST_GRACE:
        raise ValidationFailed({"starts_at": translate("services", PASSED)})


def book(ctx: ServiceContext, patient_id: int, doctor_id: int, starts_at: datetime, *, kind: str = "follow_up",
         reason: str = "", slots: int = 1, resource_id: int | None = None,
         overbook_reason: str | None = None, specialty_id: int | None = None,
         request_id: UUID | None = None) -> AppointmentDTO:
    """Book the patient with the doctor at ``starts_at`` for ``slots`` slot lengths.

    ``request_id``: the booking form's token, the same for every attempt of one booking. An attempt the
    client gave up on may still have committed when the server woke up; the retry then returns that
    appointment instead of booking a second one (the column is UNIQUE, so two attempts cannot both insert).

    ``specialty_id``: the specialty the slot was found in, whose slot length then applies (as in
    ``find_slots``) when neither the session nor the doctor has one of their own.

    Raises ``SlotTaken`` (with ``next_free``) when another booking was quicker. ``overbook_reason``
    books over an existing appointment (administrators and members of ``hms_overbook`` only); the
    appointment is marked overbooked and the doctor's exclusion constraint does not apply to it.
    """
    ctx.require(*DESK, action=translate("services", "book appointments"))
    starts_at = aware_utc(starts_at, "starts_at")
    reason = clean_text(reason)
    validate_booking(kind, reason, slots)
    if overbook_reason is not None:
        overbook_reason = clean_text(overbook_reason)
        if not overbook_reason:
            raise ValidationFailed({"overbook_reason": translate("services", "Say why this patient must be seen "
                                                                             "although the slot is taken.")})
        if len(overbook_reason) > REASON_MAX:
            raise ValidationFailed({"overbook_reason": translate("services", "Keep the reason under {limit} "
                                                                             "characters.").format(limit=REASON_MAX)})
        if not can_overbook(ctx):
            raise PermissionDenied(translate("services", "Only an administrator or a user allowed to overbook can book "
                                                         "over another appointment."))
    not_in_the_past(ctx, starts_at)
    try:
        with write_errors(), ctx.uow() as uow:
            if request_id is not None and (earlier := uow.appointments.booked_by(request_id)) is not None:
                return _earlier_booking(uow, earlier, patient_id=patient_id, doctor_id=doctor_id,
                                        starts_at=starts_at)
            booked = insert_appointment(uow, patient_id=patient_id, doctor_id=doctor_id, starts_at=starts_at,
                                        length=AppointmentLength(slots=slots), kind=kind, reason=reason,
                                        resource_id=resource_id, overbook_reason=overbook_reason,
                                        specialty_id=specialty_id, request_id=request_id)
            uow.commit()
    except Overlap as overlap:
        raise overlap_error(ctx, overlap, doctor_id, starts_at, slots, specialty_id=specialty_id) from None
    return appointment_dto(booked)


def _earlier_booking(uow: UnitOfWork, appointment_id: int, *, patient_id: int, doctor_id: int,
                     starts_at: datetime) -> AppointmentDTO:
    """What an earlier attempt of this booking form made: returned as this attempt's result when it is the
    same booking; a different one (the form was changed after the client gave up) is refused in words."""
    row = uow.appointments.by_id(appointment_id)
    if row is None:
        raise NotFound(translate("services", "This appointment no longer exists."))
    earlier = appointment_dto(row)
    if (earlier.patient_id, earlier.doctor_id, earlier.starts_at) != (patient_id, doctor_id, starts_at):
        when = earlier.starts_at.astimezone(HospitalTime.read(uow).tz)  # the hospital's wall clock, as shown
        raise Conflict(translate("services", "Your earlier attempt from this window booked {earlier_doctor_name} at "
                                             "{when} while the server was slow; nothing more was "
                                             "booked. Close this window and change that appointment in the calendar if "
                                             "needed.").format(earlier_doctor_name=earlier.doctor_name,
                                                          when=format_date_time(when)))
    return earlier


def _locked(uow: UnitOfWork, appointment_id: int, expected_version: int | None) -> Appointment:
    appointment = uow.appointments.for_update(appointment_id)
    if appointment is None:
        raise NotFound(translate("services", "This appointment no longer exists."))
    if expected_version is not None and appointment.version != expected_version:
        raise Conflict(translate("services", STALE))
    return appointment


def reschedule(ctx: ServiceContext, appointment_id: int, new_start: datetime, *, doctor_id: int | None = None,
               expected_version: int | None = None) -> AppointmentDTO:
    """Move an appointment, keeping its history: the old one is cancelled with reason "rescheduled" and the
    new one (same patient, type, reason and length) points to it through ``rescheduled_from_id``.

    A declined appointment is rebooked the same way; it stays "declined" in the history.
    """
    ctx.require(*DESK, action=translate("services", "move appointments"))
    new_start = aware_utc(new_start, "starts_at")
    not_in_the_past(ctx, new_start)
    target_doctor = doctor_id
    duration = timedelta(0)
    try:
        with write_errors(), ctx.uow() as uow:
            old = _locked(uow, appointment_id, expected_version)
            target_doctor = doctor_id if doctor_id is not None else old.doctor_id
            duration = old.ends_at - old.starts_at
            if old.status == Status.DECLINED:
                if uow.appointments.was_rebooked(old.id):
                    raise Conflict(translate("services", "This declined appointment has already been rebooked."))
            else:
                check_transition(old.status, Status.CANCELLED)
            moved = insert_appointment(
                uow, patient_id=old.patient_id, doctor_id=target_doctor, starts_at=new_start,
                length=AppointmentLength(duration=duration), kind=old.kind, reason="",
                rescheduled_from_id=old.id, before_insert=None if old.status == Status.DECLINED else old)
            # The reason moves with it inside the database: the desk may not be allowed to read it (0008).
            uow.appointments.carry_reason(moved.id)
            moved_dto = appointment_of(uow, moved.id)
            uow.commit()
    except Overlap as overlap:
        slots = max(1, int(duration.total_seconds() // 60) // DEFAULT_SLOT_MINUTES)
        raise overlap_error(ctx, overlap, target_doctor or 0, new_start, slots) from None
    return moved_dto


@dataclass(frozen=True, slots=True)
class _StatusChange:
    """One status change and its side rules."""

    to: AppointmentStatus
    action: str  # for "Only a … can <action>."
    groups: tuple[Group, ...] = DESK
    doctors_own: bool = False  # doctors act on their own appointments only (administrators on any)
    stamp: str | None = None  # the time column set to now()
    not_before_start: bool = False  # a no-show is recorded once the appointment time has come
    on_its_day: bool = False  # a check-in happens on the appointment's (hospital) day

    @property
    def words(self) -> str:
        """``action`` (marked where each change is declared) in the workstation's language."""
        return translate("services", self.action)


def _change_status(ctx: ServiceContext, appointment_id: int, change: _StatusChange, *,
                   expected_version: int | None = None, reason: str | None = None) -> AppointmentDTO:
    ctx.require(*change.groups, action=change.words)
    with write_errors(), ctx.uow() as uow:
        dto = _change_status_in(ctx, uow, appointment_id, change, expected_version=expected_version, reason=reason)
        uow.commit()
    return dto


def _change_status_in(ctx: ServiceContext, uow: UnitOfWork, appointment_id: int, change: _StatusChange, *,
                      expected_version: int | None, reason: str | None) -> AppointmentDTO:
    if change.doctors_own:
        doctor_id = uow.appointments.doctor_of(appointment_id)
        if doctor_id is not None and not may_act_as_doctor(ctx.user.acting_groups,
                                                           own=ctx.user.staff_id == doctor_id):
            raise PermissionDenied(translate("services", "You can only {change_action} for your own "
                                                         "appointments.").format(change_action=change.words))
    appointment = _locked(uow, appointment_id, expected_version)
    if change.doctors_own and not may_act_as_doctor(ctx.user.acting_groups,
                                                    own=ctx.user.staff_id == appointment.doctor_id):
        raise PermissionDenied(translate("services", "You can only {change_action} for your own appointments.").format(
                                   change_action=change.words))
    check_transition(appointment.status, change.to)
    now = ctx.clock.now()
    if change.not_before_start and appointment.starts_at > now:
        raise ValidationFailed({"status": translate("services", "A no-show can be recorded only once the appointment "
                                                                "time has come.")})
    if change.on_its_day:
        hospital = HospitalTime.read(uow)
        if hospital.local_day(appointment.starts_at) != hospital.local_day(now):
            raise ValidationFailed({"status": translate("services", "Patients can be checked in only on the day of "
                                                                    "their appointment.")})
    appointment.status = change.to
    if reason is not None:
        appointment.cancel_reason = reason
    if change.stamp is not None:
        setattr(appointment, change.stamp, func.now())  # the server's clock, as for every other stamp
    uow.appointments.save()
    return appointment_of(uow, appointment_id)


_CANCEL = _StatusChange(Status.CANCELLED, QT_TRANSLATE_NOOP("services", "cancel appointments"))
_NO_SHOW = _StatusChange(Status.NO_SHOW, QT_TRANSLATE_NOOP("services", "record no-shows"), not_before_start=True)
_CHECK_IN = _StatusChange(Status.CHECKED_IN, QT_TRANSLATE_NOOP("services", "check patients in"),
                          stamp="checked_in_at", on_its_day=True)
_ACCEPT = _StatusChange(Status.CONFIRMED, QT_TRANSLATE_NOOP("services", "accept appointments"),
                        groups=DOCTOR_ACTS, doctors_own=True)
_DECLINE = _StatusChange(Status.DECLINED, QT_TRANSLATE_NOOP("services", "decline appointments"),
                         groups=DOCTOR_ACTS, doctors_own=True)
_CALL_IN = _StatusChange(Status.IN_CONSULTATION, QT_TRANSLATE_NOOP("services", "call patients in"),
                         groups=DOCTOR_ACTS, doctors_own=True, stamp="called_at")
_COMPLETE = _StatusChange(Status.COMPLETED, QT_TRANSLATE_NOOP("services", "complete consultations"),
                          groups=DOCTOR_ACTS, doctors_own=True, stamp="completed_at")
_CLOSE_DECLINED = _StatusChange(Status.CANCELLED, QT_TRANSLATE_NOOP("services", "close declined appointments"))


def cancel(ctx: ServiceContext, appointment_id: int, reason: str, *,
           expected_version: int | None = None) -> AppointmentDTO:
    """Cancel with a reason. Afterwards ``waiting_list_matches`` gives the patients to offer the time to."""
    return _change_status(ctx, appointment_id, _CANCEL, expected_version=expected_version,
                          reason=required_reason(
                              reason, translate("services", "cancelled", "the appointment is ...")))


def mark_no_show(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _change_status(ctx, appointment_id, _NO_SHOW, expected_version=expected_version)


def check_in(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _change_status(ctx, appointment_id, _CHECK_IN, expected_version=expected_version)


def accept(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    """The doctor confirms the appointment."""
    return _change_status(ctx, appointment_id, _ACCEPT, expected_version=expected_version)


def decline(ctx: ServiceContext, appointment_id: int, reason: str, *,
            expected_version: int | None = None) -> AppointmentDTO:
    """The doctor declines; the appointment goes to reception's ``declined_to_rebook`` list."""
    return _change_status(ctx, appointment_id, _DECLINE, expected_version=expected_version,
                          reason=required_reason(
                              reason, translate("services", "declined", "the appointment is ...")))


def call_in(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    """The doctor calls the patient in: status "in consultation"."""
    return _change_status(ctx, appointment_id, _CALL_IN, expected_version=expected_version)


def call(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    """The former name of ``call_in``, kept so that older callers keep working."""
    return call_in(ctx, appointment_id, expected_version=expected_version)


def call_next(ctx: ServiceContext, doctor_id: int | None = None) -> AppointmentDTO | None:
    """Call the first waiting patient of the doctor's queue today (the hospital's day); None when nobody is
    waiting. One unit of work: who is next and calling them in happen together."""
    ctx.require(*_CALL_IN.groups, action=_CALL_IN.words)
    doctor_id = doctor_id if doctor_id is not None else ctx.user.staff_id
    if doctor_id is None:
        raise ValidationFailed({"doctor": translate("services", "Choose whose queue to show.")})
    with write_errors(), ctx.uow() as uow:
        hospital = HospitalTime.read(uow)
        start, end = hospital.day_bounds(hospital.local_day(ctx.clock.now()))
        waiting = uow.appointments.patients_waiting(doctor_id, start, end)
        if not waiting:
            return None
        called = _change_status_in(ctx, uow, waiting[0], _CALL_IN, expected_version=None, reason=None)
        uow.commit()
    return called


def complete(ctx: ServiceContext, appointment_id: int, *, expected_version: int | None = None) -> AppointmentDTO:
    return _change_status(ctx, appointment_id, _COMPLETE, expected_version=expected_version)


def call_in_within(ctx: ServiceContext, uow: UnitOfWork, appointment_id: int) -> AppointmentDTO:
    """``call_in`` inside the caller's unit of work (starting a consultation from a checked-in appointment)."""
    return _change_status_in(ctx, uow, appointment_id, _CALL_IN, expected_version=None, reason=None)


def complete_within(ctx: ServiceContext, uow: UnitOfWork, appointment_id: int) -> AppointmentDTO:
    """``complete`` inside the caller's unit of work (signing the consultation), by the same rules."""
    return _change_status_in(ctx, uow, appointment_id, _COMPLETE, expected_version=None, reason=None)


def close_declined(ctx: ServiceContext, appointment_id: int, reason: str) -> AppointmentDTO:
    """Take a declined appointment off the to-rebook list when the patient wants no new one."""
    return _change_status(ctx, appointment_id, _CLOSE_DECLINED,
                          reason=required_reason(reason, translate("services", "closed", "the appointment is ...")))
