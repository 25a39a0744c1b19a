"""What the consultation use cases share: the hospital's day, reading an encounter whole, ICD-10 wording."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.clinical import describe
from hms_desktop.domain.names import display_name
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.dtos import (
    DiagnosisDTO,
    EncounterDTO,
    addendum_dto,
    vitals_dto,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound
from hms_desktop.services.patients.front_desk import front_desk_settings

DOCTOR_ONLY = "only a doctor"
ENCOUNTER_GONE = QT_TRANSLATE_NOOP("services", "This encounter no longer exists.")


def hospital_today(ctx: ServiceContext, uow: UnitOfWork) -> tuple[date, datetime, datetime]:
    """The hospital's date and the instants its day starts and ends (``ctx.clock`` in the hospital's zone)."""
    zone = front_desk_settings(ctx, uow).zone
    today = ctx.clock.now().astimezone(zone).date()
    start = datetime.combine(today, time(0), tzinfo=zone)
    end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    return today, start, end


def diagnosis_dto(code: str, primary: bool) -> DiagnosisDTO:
    entry = describe(code)
    return DiagnosisDTO(icd10_code=entry.code, description=entry.description, chapter=entry.chapter,
                        primary=primary)


def encounter_of(uow: UnitOfWork, encounter_id: int) -> EncounterDTO:
    """The encounter with its vitals, diagnoses and addenda, read in the caller's transaction."""
    row = uow.consultation.encounter(encounter_id)
    people = uow.consultation.encounter_people(encounter_id)
    if row is None or people is None:
        raise NotFound(translate("services", ENCOUNTER_GONE))
    return EncounterDTO(
        id=row.id, patient_id=row.patient_id, doctor_id=row.doctor_id, kind=row.kind,
        appointment_id=row.appointment_id, admission_id=row.admission_id, chief_complaint=row.chief_complaint,
        history=row.history, examination=row.examination, assessment=row.assessment, plan=row.plan,
        notes=row.notes, status=row.status, version=row.version, created_at=row.created_at,
        updated_at=row.updated_at, signed_at=row.signed_at, signed_by=row.signed_by,
        patient_name=display_name(people.family_name, people.given_name), patient_mrn=people.mrn,
        doctor_name=people.doctor_name, signed_by_name=people.signed_by_name,
        vitals=tuple(vitals_dto(v) for v in uow.consultation.vitals_of(encounter_id)),
        diagnoses=tuple(diagnosis_dto(d.icd10_code, d.is_primary) for d in uow.consultation.diagnoses_of(encounter_id)),
        addenda=tuple(addendum_dto(a) for a in uow.consultation.addenda_of(encounter_id)))
