"""Opening a chart (break the glass when there is no care link today) and the chart's summary."""

from __future__ import annotations

from typing import Any

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.clinical import AccessReason, BreakGlass, check_break_glass, describe
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.consultation.dtos import (
    AllergyFlag,
    ChartBanner,
    ChartSummary,
    EncounterSummary,
    LastVitals,
    ProblemDTO,
    allergy_dto,
    vitals_dto,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import BreakGlassRequired, NotFound, user_facing_errors

PAGE_SIZE = 20
PATIENT_GONE = QT_TRANSLATE_NOOP("services", "This patient record no longer exists. Search for the patient again.")


def open_chart(ctx: ServiceContext, patient_id: int, reason: BreakGlass | None = None) -> ChartSummary:
    """Open the chart: recorded every time (who, when, patient, reason). Without an appointment or admission
    with this doctor on the hospital's today, a reason is required (``BreakGlassRequired`` asks for it);
    given one, it is stored as a break-the-glass opening. Returns the first page of the summary, read in the
    same transaction as the record of the opening."""
    ctx.require(Group.DOCTOR, action=translate("services", "open patient charts"))
    with user_facing_errors():  # before any I/O
        checked = check_break_glass(reason) if reason is not None else None
    with user_facing_errors(), ctx.uow() as uow:
        _today, start, end = hospital_today(ctx, uow)
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        staff_id = ctx.user.staff_id
        linked = staff_id is not None and uow.consultation.has_care_link(patient_id, staff_id, start, end)
        if checked is not None:
            kind, text = checked.kind, checked.text
        elif linked:
            kind, text = AccessReason.CARE.value, ""
        else:
            raise BreakGlassRequired()
        uow.consultation.record_access(patient_id, kind, text)
        summary = _summary(ctx, uow, patient_id, page=0, page_size=PAGE_SIZE)
        uow.commit()
    return summary


def chart_summary(ctx: ServiceContext, patient_id: int, *, page: int = 0, page_size: int = PAGE_SIZE) -> ChartSummary:
    """The banner and one page of encounters of a chart the screen opened with ``open_chart`` (refresh,
    next page): not recorded again."""
    ctx.require(Group.DOCTOR, action=translate("services", "read patient charts"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _summary(ctx, uow, patient_id, page=max(page, 0), page_size=max(1, min(page_size, 100)))


def allergy_flag(ctx: ServiceContext, uow: UnitOfWork, patient_id: int) -> AllergyFlag:
    """For wristbands and the overview, in the caller's transaction: any group may ask."""
    state, severe = uow.consultation.allergy_flag(patient_id)
    return AllergyFlag(state=state, severe=severe)


def _summary(ctx: ServiceContext, uow: UnitOfWork, patient_id: int, *, page: int, page_size: int) -> ChartSummary:
    row = uow.patients.printable(patient_id)
    if row is None:
        raise NotFound(translate("services", PATIENT_GONE))
    last = uow.consultation.last_vitals(patient_id)
    last_vitals = None
    if last is not None:
        age = ctx.clock.now() - last.measured_at
        last_vitals = LastVitals(vitals=vitals_dto(last), age_minutes=max(0, int(age.total_seconds() // 60)))
    banner = ChartBanner(
        patient_id=patient_id, mrn=row.mrn, family_name=row.family_name, given_name=row.given_name, sex=row.sex,
        birth_date=row.birth_date, allergy_flag=allergy_flag(ctx, uow, patient_id),
        allergies=tuple(allergy_dto(a) for a in uow.consultation.allergies(patient_id)),
        active_problems=tuple(problem_dto(p) for p in uow.consultation.problems(patient_id, active_only=True)),
        last_vitals=last_vitals,
        current_medications=tuple(uow.prescriptions.current_medication_names(patient_id)))
    encounters = tuple(
        EncounterSummary(id=e.id, kind=e.kind, status=e.status, created_at=e.created_at, signed_at=e.signed_at,
                         doctor_name=e.doctor_name, chief_complaint=e.chief_complaint, primary_code=e.primary_code,
                         doctor_id=e.doctor_id)
        for e in uow.consultation.encounters_of(patient_id, limit=page_size, offset=page * page_size))
    return ChartSummary(banner=banner, encounters=encounters, encounters_total=uow.consultation.count_encounters(
        patient_id), page=page, page_size=page_size)


def problem_dto(row: Any) -> ProblemDTO:
    entry = describe(row.icd10_code) if row.icd10_code else None
    return ProblemDTO(id=row.id, kind=row.kind, icd10_code=row.icd10_code,
                      description=row.description or (entry.description if entry else ""),
                      chapter=entry.chapter if entry else None, onset=row.onset, status=row.status,
                      version=row.version)
