"""Allergies and problems (past illnesses, surgeries): what the patient reports at the desk, what doctors
record and confirm."""

from __future__ import annotations

from hms_desktop.domain.clinical import (
    AllergyDraft,
    AllergyState,
    ProblemDraft,
    Verification,
    check_allergy,
    check_problem,
)
from hms_desktop.domain.staff import Group
from hms_desktop.services.consultation.chart import PATIENT_GONE, allergy_flag, problem_dto
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.consultation.dtos import AllergyDTO, AllergyFlag, ProblemDTO, allergy_dto
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, user_facing_errors

STALE = "Someone else changed this allergy since you opened it. Reload it and try again."


def record_allergy(ctx: ServiceContext, patient_id: int, draft: AllergyDraft) -> tuple[AllergyDTO | None, AllergyFlag]:
    """A doctor records a confirmed allergy and gets it back; reception records what the patient reports
    ("reported, not confirmed", which the database insists on) and gets only the new flag, since reception
    does not read the chart."""
    ctx.require(Group.DOCTOR, Group.RECEPTION, action="record allergies")
    with user_facing_errors():
        checked = check_allergy(draft)
    as_doctor = ctx.user.has(Group.DOCTOR)
    with user_facing_errors(), ctx.uow() as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(PATIENT_GONE)
        allergy_id = uow.consultation.insert_allergy(
            patient_id, checked, verification=Verification.CONFIRMED if as_doctor else None, returning=as_doctor)
        row = uow.consultation.allergy(allergy_id) if allergy_id is not None else None
        flag = allergy_flag(ctx, uow, patient_id)
        uow.commit()
    return (allergy_dto(row) if row is not None else None), flag


def confirm_allergy(ctx: ServiceContext, allergy_id: int, expected_version: int) -> AllergyDTO:
    """A doctor confirms a reported allergy (the database stamps who and when)."""
    ctx.require(Group.DOCTOR, action="confirm allergies")
    with user_facing_errors(), ctx.uow() as uow:
        row = uow.consultation.confirm_allergy(allergy_id, expected_version)
        if row is None:
            if uow.consultation.allergy(allergy_id) is None:
                raise NotFound("This allergy is no longer recorded.")
            raise Conflict(STALE)
        confirmed = allergy_dto(row)
        uow.commit()
    return confirmed


def record_no_known_allergies(ctx: ServiceContext, patient_id: int) -> AllergyFlag:
    """"No known allergies", asked and recorded by a doctor; refused while an allergy is active."""
    ctx.require(Group.DOCTOR, action="record that a patient has no known allergies")
    with user_facing_errors(), ctx.uow() as uow:
        flag = allergy_flag(ctx, uow, patient_id)
        if flag.state == AllergyState.ALLERGIES:
            raise Conflict("This patient has active allergies recorded. Mark them inactive or refuted first.")
        if flag.state == AllergyState.NOT_RECORDED:
            uow.consultation.record_none_known(patient_id)
        flag = allergy_flag(ctx, uow, patient_id)
        uow.commit()
    return flag


def record_problem(ctx: ServiceContext, patient_id: int, draft: ProblemDraft) -> ProblemDTO:
    """A problem or past illness with a valid ICD-10 code, or a surgery with its date."""
    ctx.require(Group.DOCTOR, action="record problems and past illnesses")
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        checked = check_problem(draft, today=today)
        if uow.patients.printable(patient_id) is None:
            raise NotFound(PATIENT_GONE)
        recorded = problem_dto(uow.consultation.insert_problem(patient_id, checked))
        uow.commit()
    return recorded
