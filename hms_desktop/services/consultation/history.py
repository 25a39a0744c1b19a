"""Allergies and problems (past illnesses, surgeries): what the patient reports at the desk, what doctors
record and confirm."""

from __future__ import annotations

from hms_desktop.domain.clinical import (
    AllergyDraft,
    AllergyState,
    FamilyHistoryDraft,
    ProblemDraft,
    SocialHistoryDraft,
    Verification,
    check_allergy,
    check_family_history,
    check_problem,
    check_social_history,
    describe,
)
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.chart import PATIENT_GONE, allergy_flag, problem_dto
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.consultation.dtos import (
    NO_SOCIAL_HISTORY,
    AllergyDTO,
    AllergyFlag,
    ChartHistory,
    FamilyHistoryDTO,
    ProblemDTO,
    SocialHistoryDTO,
    allergy_dto,
    family_dto,
    social_dto,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, user_facing_errors

STALE = QT_TRANSLATE_NOOP(
    "services",
    "Someone else changed this allergy since you opened it. Reload it and try again.")
STALE_PROBLEM = QT_TRANSLATE_NOOP("services",
                                  "Someone else changed this entry since you opened it. Reload it and try again.")
PROBLEM_GONE = QT_TRANSLATE_NOOP("services", "This entry is no longer recorded.")


def record_allergy(ctx: ServiceContext, patient_id: int, draft: AllergyDraft) -> tuple[AllergyDTO | None, AllergyFlag]:
    """A doctor records a confirmed allergy and gets it back; reception records what the patient reports
    ("reported, not confirmed", which the database insists on) and gets only the new flag, since reception
    does not read the chart."""
    ctx.require(Group.DOCTOR, Group.RECEPTION, action=translate("services", "record allergies"))
    with user_facing_errors():
        checked = check_allergy(draft)
    as_doctor = ctx.user.has(Group.DOCTOR)
    with user_facing_errors(), ctx.uow() as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        allergy_id = uow.consultation.insert_allergy(
            patient_id, checked, verification=Verification.CONFIRMED if as_doctor else None, returning=as_doctor)
        row = uow.consultation.allergy(allergy_id) if allergy_id is not None else None
        flag = allergy_flag(ctx, uow, patient_id)
        uow.commit()
    return (allergy_dto(row) if row is not None else None), flag


def confirm_allergy(ctx: ServiceContext, allergy_id: int, expected_version: int) -> AllergyDTO:
    """A doctor confirms a reported allergy (the database stamps who and when)."""
    ctx.require(Group.DOCTOR, action=translate("services", "confirm allergies"))
    with user_facing_errors(), ctx.uow() as uow:
        row = uow.consultation.confirm_allergy(allergy_id, expected_version)
        if row is None:
            if uow.consultation.allergy(allergy_id) is None:
                raise NotFound(translate("services", "This allergy is no longer recorded."))
            raise Conflict(translate("services", STALE))
        confirmed = allergy_dto(row)
        uow.commit()
    return confirmed


def record_no_known_allergies(ctx: ServiceContext, patient_id: int) -> AllergyFlag:
    """"No known allergies", asked and recorded by a doctor; refused while an allergy is active."""
    ctx.require(Group.DOCTOR, action=translate("services", "record that a patient has no known allergies"))
    with user_facing_errors(), ctx.uow() as uow:
        flag = allergy_flag(ctx, uow, patient_id)
        if flag.state == AllergyState.ALLERGIES:
            raise Conflict(translate("services", "This patient has active allergies recorded. Mark them inactive or "
                                                 "refuted first."))
        if flag.state == AllergyState.NOT_RECORDED:
            uow.consultation.record_none_known(patient_id)
        flag = allergy_flag(ctx, uow, patient_id)
        uow.commit()
    return flag


def record_problem(ctx: ServiceContext, patient_id: int, draft: ProblemDraft) -> ProblemDTO:
    """A problem or past illness with a valid ICD-10 code, or a surgery with its date."""
    ctx.require(Group.DOCTOR, action=translate("services", "record problems and past illnesses"))
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        checked = check_problem(draft, today=today)
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        recorded = problem_dto(uow.consultation.insert_problem(patient_id, checked))
        uow.commit()
    return recorded


def update_allergy(ctx: ServiceContext, allergy_id: int, draft: AllergyDraft, expected_version: int) -> AllergyDTO:
    """Change what is recorded of an allergy, or mark it inactive or refuted (never deleted: the chart keeps
    what was believed). Its verification stays as it was: confirming is ``confirm_allergy``. A version that
    moved on since the doctor opened it is refused with a message, nothing saved."""
    ctx.require(Group.DOCTOR, action=translate("services", "change allergies"))
    with user_facing_errors():
        checked = check_allergy(draft)
    with user_facing_errors(), ctx.uow() as uow:
        row = uow.consultation.update_allergy(allergy_id, checked, expected_version)
        if row is None:
            if uow.consultation.allergy(allergy_id) is None:
                raise NotFound(translate("services", "This allergy is no longer recorded."))
            raise Conflict(translate("services", STALE))
        updated = allergy_dto(row)
        uow.commit()
    return updated


def update_problem(ctx: ServiceContext, problem_id: int, draft: ProblemDraft, expected_version: int) -> ProblemDTO:
    """Change a problem's description or date, or resolve it. The kind and the ICD-10 code stay as recorded
    (a wrong code is resolved and recorded again, so reports keep what was coded when)."""
    ctx.require(Group.DOCTOR, action=translate("services", "change problems and past illnesses"))
    with user_facing_errors(), ctx.uow() as uow:
        current = uow.consultation.problem(problem_id)
        if current is None:
            raise NotFound(translate("services", PROBLEM_GONE))
        today, _start, _end = hospital_today(ctx, uow)
        checked = check_problem(ProblemDraft(kind=current.kind, icd10_code=current.icd10_code,
                                             description=draft.description, onset=draft.onset, status=draft.status),
                                today=today)
        row = uow.consultation.update_problem(problem_id, checked, expected_version)
        if row is None:
            raise Conflict(translate("services", STALE_PROBLEM))
        updated = problem_dto(row)
        uow.commit()
    return updated


def chart_history(ctx: ServiceContext, patient_id: int) -> ChartHistory:
    """The History pane: every allergy, problem, surgery and past illness, family and social history."""
    ctx.require(Group.DOCTOR, action=translate("services", "read patient histories"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        social = uow.consultation.social_history(patient_id)
        return ChartHistory(
            patient_id=patient_id, allergy_flag=allergy_flag(ctx, uow, patient_id),
            allergies=tuple(allergy_dto(a) for a in uow.consultation.allergies(patient_id)),
            problems=tuple(problem_dto(p) for p in uow.consultation.problems(patient_id, active_only=False)),
            family=tuple(_family(row) for row in uow.consultation.family_history(patient_id)),
            social=social_dto(social) if social is not None else NO_SOCIAL_HISTORY)


def record_family_history(ctx: ServiceContext, patient_id: int, draft: FamilyHistoryDraft) -> FamilyHistoryDTO:
    """A condition in a relative, ICD-10 coded (only valid WHO codes)."""
    ctx.require(Group.DOCTOR, action=translate("services", "record family history"))
    with user_facing_errors():
        checked = check_family_history(draft)
    with user_facing_errors(), ctx.uow() as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        recorded = _family(uow.consultation.insert_family_history(patient_id, checked))
        uow.commit()
    return recorded


def update_family_history(ctx: ServiceContext, entry_id: int, draft: FamilyHistoryDraft,
                          expected_version: int) -> FamilyHistoryDTO:
    ctx.require(Group.DOCTOR, action=translate("services", "change family history"))
    with user_facing_errors():
        checked = check_family_history(draft)
    with user_facing_errors(), ctx.uow() as uow:
        row = uow.consultation.update_family_history(entry_id, checked, expected_version)
        if row is None:
            if uow.consultation.family_entry(entry_id) is None:
                raise NotFound(translate("services", PROBLEM_GONE))
            raise Conflict(translate("services", STALE_PROBLEM))
        updated = _family(row)
        uow.commit()
    return updated


def save_social_history(ctx: ServiceContext, patient_id: int, draft: SocialHistoryDraft,
                        expected_version: int) -> SocialHistoryDTO:
    """Smoking, alcohol, occupation. ``expected_version`` 0 records the first one; otherwise the newest row
    is changed if nobody saved it since."""
    ctx.require(Group.DOCTOR, action=translate("services", "record social history"))
    with user_facing_errors():
        checked = check_social_history(draft)
    with user_facing_errors(), ctx.uow() as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        current = uow.consultation.social_history(patient_id)
        if current is None and expected_version == 0:
            row = uow.consultation.insert_social_history(patient_id, checked)
        elif current is None or current.version != expected_version:
            raise Conflict(translate("services", STALE_PROBLEM))
        else:
            updated = uow.consultation.update_social_history(current.id, checked, expected_version)
            if updated is None:
                raise Conflict(translate("services", STALE_PROBLEM))
            row = updated
        saved = social_dto(row)
        uow.commit()
    return saved


def _family(row: object) -> FamilyHistoryDTO:
    dto = family_dto(row)
    if dto.description:
        return dto
    return FamilyHistoryDTO(id=dto.id, relation=dto.relation, icd10_code=dto.icd10_code,
                            description=describe(dto.icd10_code).description, recorded_at=dto.recorded_at,
                            recorded_by=dto.recorded_by, version=dto.version)
