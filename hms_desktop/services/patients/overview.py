"""The overview a receptionist opens from the search list: the record, the current stay, upcoming
appointments and recent visits (completed appointments and stays together)."""

from __future__ import annotations

from datetime import datetime, time

from hms_desktop.domain.permissions import ADMISSION_READERS, may_see_appointments
from hms_desktop.i18n import translate
from hms_desktop.services import admissions
from hms_desktop.services.admissions import AdmissionDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.patients.dtos import PastVisit, PatientOverview
from hms_desktop.services.patients.front_desk import front_desk_settings
from hms_desktop.services.patients.records import load_record
from hms_desktop.services.scheduling.common import appointment_dto
from hms_desktop.services.scheduling.dtos import AppointmentDTO

RECENT_ADMISSIONS = 20
UPCOMING_APPOINTMENTS = 5
RECENT_VISITS = 8


def overview(ctx: ServiceContext, patient_id: int) -> PatientOverview:
    """The record (its read audited) with the current stay, the next appointments and recent visits, read
    in one transaction. Appointments are left out (None) for a group that may not read them."""
    ctx.require(*ADMISSION_READERS, action=translate("services", "see admissions"))
    with_appointments = may_see_appointments(ctx.user.acting_groups)
    upcoming: tuple[AppointmentDTO, ...] | None = None
    completed: tuple[AppointmentDTO, ...] = ()
    with user_facing_errors(), ctx.uow() as uow:
        zone = front_desk_settings(ctx, uow).zone
        record = load_record(ctx, uow, patient_id)
        uow.audit.record_access("patient", str(patient_id))
        current = uow.admissions.current_row_of(patient_id)
        recent = uow.admissions.rows_of(patient_id, limit=RECENT_ADMISSIONS)
        if with_appointments:
            # From the start of the hospital's today: a patient booked for 09:00 who is late is still expected.
            today = ctx.clock.now().astimezone(zone).date()
            since = datetime.combine(today, time(0), tzinfo=zone)
            upcoming = tuple(appointment_dto(row) for row in uow.appointments.upcoming_of_patient(
                patient_id, since=since, limit=UPCOMING_APPOINTMENTS))
            completed = tuple(appointment_dto(row)
                              for row in uow.appointments.completed_of_patient(patient_id, limit=RECENT_VISITS))
        last_visit = uow.patients.last_visit(patient_id)
        allergy_state, allergy_severe = uow.consultation.allergy_flag(patient_id)
        uow.commit()
    stays = tuple(admissions.admission_from_row(row) for row in recent)
    return PatientOverview(record=record,
                           current_admission=None if current is None else admissions.admission_from_row(current),
                           admissions=stays, upcoming_appointments=upcoming,
                           visits=past_visits(completed, stays), last_visit=last_visit, time_zone=zone.key,
                           allergy_state=allergy_state, allergy_severe=allergy_severe)


def past_visits(completed: tuple[AppointmentDTO, ...], stays: tuple[AdmissionDTO, ...]) -> tuple[PastVisit, ...]:
    """Completed appointments and stays in one list, newest first, at most ``RECENT_VISITS``."""
    visits = [PastVisit(kind="appointment", started_at=a.starts_at, ended_at=a.completed_at or a.ends_at,
                        where=a.room or "", doctor=a.doctor_name, reason=a.reason) for a in completed]
    for stay in stays:
        bed = stay.bed
        visits.append(PastVisit(kind="admission", started_at=stay.admitted_at, ended_at=stay.discharged_at,
                                where=f"{bed.ward} · {bed.label}" if bed else "",
                                doctor=stay.attending_doctor or "", reason=stay.reason))
    visits.sort(key=lambda v: v.started_at, reverse=True)
    return tuple(visits[:RECENT_VISITS])
