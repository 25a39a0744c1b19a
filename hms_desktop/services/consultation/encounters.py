"""The encounter: start it, save the draft as the doctor types, vitals, diagnoses, sign it, add addenda.

Signing is one transaction: the encounter becomes read-only in the database, the appointment is completed by
the scheduling rules, and the consultation is charged (``hms_charge_encounter``, the fee code on the doctor's
profile).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.clinical import (
    ADDENDUM_MAX,
    DiagnosisDraft,
    EncounterKind,
    EncounterStatus,
    VitalsDraft,
    check_diagnoses,
    check_encounter_fields,
    check_vitals,
)
from hms_desktop.domain.scheduling import AppointmentStatus
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import ENCOUNTER_GONE, diagnosis_dto, encounter_of
from hms_desktop.services.consultation.dtos import (
    AddendumDTO,
    DiagnosisDTO,
    DraftSaved,
    EncounterDTO,
    SignedEncounter,
    VitalsDTO,
    addendum_dto,
    vitals_dto,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.booking import call_in_within, complete_within

SIGNED = QT_TRANSLATE_NOOP(
    "services",
    "This encounter was signed and can no longer be changed; add an addendum instead.")
STALE = (QT_TRANSLATE_NOOP(
    "services", "This encounter was saved from another window or workstation since you opened it. Reload it; your "
         "last changes were not saved."))
NOT_YOURS = QT_TRANSLATE_NOOP(
    "services",
    "Only the doctor of an encounter can change or sign it; add an addendum instead.")


def start_encounter(ctx: ServiceContext, patient_id: int, *, appointment_id: int | None = None,
                    admission_id: int | None = None) -> EncounterDTO:
    """Start a consultation from a checked-in appointment (the patient is called in), a current admission,
    or as a walk-in (neither given). An appointment has one encounter: starting again returns it."""
    ctx.require(Group.DOCTOR, action=translate("services", "start consultations"))
    if appointment_id is not None and admission_id is not None:
        raise ValidationFailed({"": translate("services", "Start the consultation from the appointment or from the "
                                                          "admission, not both.")})
    with user_facing_errors(), ctx.uow() as uow:
        if appointment_id is not None:
            existing = uow.consultation.open_encounter_of_appointment(appointment_id)
            if existing is not None:
                return encounter_of(uow, existing.id)
            appointment = uow.appointments.for_update(appointment_id)
            if appointment is None or appointment.patient_id != patient_id:
                raise NotFound(translate("services", "This appointment no longer exists."))
            if appointment.status == AppointmentStatus.CHECKED_IN:
                call_in_within(ctx, uow, appointment_id)  # the rules: own appointment, checked in
            elif appointment.status != AppointmentStatus.IN_CONSULTATION:
                raise Conflict(translate("services", "A consultation starts from a checked-in appointment; check the "
                                                     "patient in first."))
            kind = EncounterKind.APPOINTMENT
        elif admission_id is not None:
            if uow.admissions.open_admission_id_of(patient_id) != admission_id:
                raise Conflict(translate("services", "This patient is not in hospital under this admission any more."))
            kind = EncounterKind.ADMISSION
        else:
            if uow.patients.printable(patient_id) is None:
                raise NotFound(translate("services", "This patient record no longer exists. Search for the patient "
                                                     "again."))
            kind = EncounterKind.WALK_IN
        row = uow.consultation.insert_encounter(patient_id=patient_id, kind=kind, appointment_id=appointment_id,
                                                admission_id=admission_id)
        started = encounter_of(uow, row.id)
        uow.commit()
    return started


def save_draft(ctx: ServiceContext, encounter_id: int, fields: dict[str, str], expected_version: int) -> DraftSaved:
    """Save what the doctor typed so far (called automatically): one UPDATE, refused if someone saved since
    ``expected_version`` or the encounter was signed."""
    ctx.require(Group.DOCTOR, action=translate("services", "write consultation notes"))
    with user_facing_errors():
        checked = check_encounter_fields(fields)
    with user_facing_errors(), ctx.uow() as uow:
        saved = uow.consultation.save_draft(encounter_id, checked, expected_version)
        if saved is None:
            _why_not_changed(ctx, uow, encounter_id, expected_version)
        assert saved is not None
        uow.commit()
    return DraftSaved(encounter_id=saved.id, version=saved.version, saved_at=saved.updated_at)


def record_vitals(ctx: ServiceContext, encounter_id: int, vitals: VitalsDraft, *,
                  measured_at: datetime | None = None) -> VitalsDTO:
    """Implausible values are refused (one message per field); abnormal ones are saved and flagged."""
    ctx.require(Group.DOCTOR, action=translate("services", "record vital signs"))
    with user_facing_errors():
        check_vitals(vitals)
    with user_facing_errors(), ctx.uow() as uow:
        _draft_of_own(ctx, uow, encounter_id)
        row = uow.consultation.insert_vitals(encounter_id, vitals, measured_at)
        recorded = vitals_dto(row)
        uow.commit()
    return recorded


def set_diagnoses(ctx: ServiceContext, encounter_id: int,
                  diagnoses: Sequence[DiagnosisDraft]) -> tuple[DiagnosisDTO, ...]:
    """Replace the encounter's diagnoses: valid ICD-10 codes, one primary, any secondary."""
    ctx.require(Group.DOCTOR, action=translate("services", "record diagnoses"))
    with user_facing_errors():
        checked = check_diagnoses(diagnoses)
    with user_facing_errors(), ctx.uow() as uow:
        _draft_of_own(ctx, uow, encounter_id)
        uow.consultation.replace_diagnoses(encounter_id, checked)
        uow.commit()
    return tuple(diagnosis_dto(d.icd10_code, d.primary) for d in sorted(checked, key=lambda d: not d.primary))


def sign_encounter(ctx: ServiceContext, encounter_id: int, expected_version: int) -> SignedEncounter:
    """Sign: from now on the database refuses any change. Completes the appointment (scheduling's rules) and
    charges the consultation with the fee code on the doctor's profile, in the same transaction."""
    ctx.require(Group.DOCTOR, action=translate("services", "sign consultations"))
    with user_facing_errors(), ctx.uow() as uow:
        current = uow.consultation.encounter(encounter_id, for_update=True)
        if current is None:
            raise NotFound(translate("services", ENCOUNTER_GONE))
        if current.doctor_id != ctx.user.staff_id and not ctx.user.is_owner:
            raise PermissionDenied(translate("services", NOT_YOURS))
        if not uow.consultation.diagnoses_of(encounter_id):
            raise ValidationFailed({"diagnoses": translate("services", "Record at least the primary diagnosis before "
                                                                       "signing.")})
        if uow.consultation.sign(encounter_id, expected_version) is None:
            _why_not_changed(ctx, uow, encounter_id, expected_version)
        if current.appointment_id is not None:
            _complete_appointment(ctx, uow, current.appointment_id)
        charge_id = uow.consultation.charge(encounter_id)
        signed = encounter_of(uow, encounter_id)
        uow.commit()
    message = (translate("services", "Signed; the consultation was charged.") if charge_id is not None else
               translate("services", "Signed. Your profile has no consultation fee code, so nothing was charged: tell "
                                     "the billing office."))
    return SignedEncounter(encounter=signed, charge_id=charge_id, message=message)


def add_addendum(ctx: ServiceContext, encounter_id: int, body: str) -> AddendumDTO:
    """A signed, timestamped correction under a signed encounter (the original is never changed)."""
    ctx.require(Group.DOCTOR, action=translate("services", "add addenda"))
    body = body.strip()
    if not body:
        raise ValidationFailed({"body": translate("services", "Write the addendum.")})
    if len(body) > ADDENDUM_MAX:
        raise ValidationFailed({"body": translate("services", "An addendum can be at most {limit} "
                                                              "characters.").format(limit=format_number(ADDENDUM_MAX))})
    with user_facing_errors(), ctx.uow() as uow:
        current = uow.consultation.encounter(encounter_id)
        if current is None:
            raise NotFound(translate("services", ENCOUNTER_GONE))
        if current.status != EncounterStatus.SIGNED:
            raise Conflict(translate("services", "This encounter is still a draft: change the draft itself instead of "
                                                 "adding an addendum."))
        added = addendum_dto(uow.consultation.add_addendum(encounter_id, body))
        uow.commit()
    return added


def encounter(ctx: ServiceContext, encounter_id: int) -> EncounterDTO:
    """The encounter with its vitals, diagnoses and addenda (addenda under the original)."""
    ctx.require(Group.DOCTOR, action=translate("services", "read consultations"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return encounter_of(uow, encounter_id)


def _complete_appointment(ctx: ServiceContext, uow: UnitOfWork, appointment_id: int) -> None:
    appointment = uow.appointments.for_update(appointment_id)
    if appointment is None or appointment.status == AppointmentStatus.COMPLETED:
        return
    if appointment.status == AppointmentStatus.CHECKED_IN:
        call_in_within(ctx, uow, appointment_id)
    complete_within(ctx, uow, appointment_id)


def _draft_of_own(ctx: ServiceContext, uow: UnitOfWork, encounter_id: int) -> None:
    current = uow.consultation.encounter(encounter_id)
    if current is None:
        raise NotFound(translate("services", ENCOUNTER_GONE))
    if current.status == EncounterStatus.SIGNED:
        raise Conflict(translate("services", SIGNED))
    if current.doctor_id != ctx.user.staff_id and not ctx.user.is_owner:
        raise PermissionDenied(translate("services", NOT_YOURS))


def _why_not_changed(ctx: ServiceContext, uow: UnitOfWork, encounter_id: int, expected_version: int) -> None:
    """An UPDATE that changed no row: say why (always raises)."""
    _draft_of_own(ctx, uow, encounter_id)
    raise Conflict(translate("services", STALE))
