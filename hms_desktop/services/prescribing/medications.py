"""The medication list: current medications (from issued prescriptions and "prescribed elsewhere"), stopping
one with a reason, renewing in two clicks, and the timeline of what was prescribed when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.prescribing.dtos import MedicationDTO, MedicationOverview, RenewalDraft, TimelineEntry
from hms_desktop.services.prescribing.knowledge import knowledge_source
from hms_desktop.services.prescribing.prescriptions import directions, stored_line_as_domain

MEDICATION_GONE = QT_TRANSLATE_NOOP("services", "This medication is no longer on the patient's list.")
STOP_REASON_MAX = 500
NAME_MAX = 200
DETAILS_MAX = 300


def medication_dto(row: Any) -> MedicationDTO:
    return MedicationDTO(
        id=row.id, patient_id=row.patient_id, source=row.source, drug_id=row.drug_id, name=row.drug_name,
        atc=row.atc, details=row.details, started_on=row.started_on,
        prescribed_elsewhere_by=row.prescribed_elsewhere_by, status=row.status, stop_reason=row.stop_reason,
        stopped_at=row.stopped_at, stopped_by=row.stopped_by, prescription_id=row.prescription_id,
        prescription_number=row.prescription_number, version=row.version)


def current_medication_names(uow: UnitOfWork, patient_id: int) -> tuple[str, ...]:
    """For ``ChartBanner.current_medications``, in the caller's transaction."""
    return tuple(uow.prescriptions.current_medication_names(patient_id))


def current_medications(ctx: ServiceContext, patient_id: int) -> tuple[MedicationDTO, ...]:
    """Active medications, newest first."""
    ctx.require(Group.DOCTOR, action=translate("services", "read medication lists"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(medication_dto(r) for r in uow.prescriptions.medications_of(patient_id, active_only=True))


def medications_of(ctx: ServiceContext, patient_id: int) -> tuple[MedicationDTO, ...]:
    """Every medication of the list, active first."""
    ctx.require(Group.DOCTOR, action=translate("services", "read medication lists"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(medication_dto(r) for r in uow.prescriptions.medications_of(patient_id, active_only=False))


def record_external_medication(ctx: ServiceContext, patient_id: int, *, name: str, drug_id: str | None = None,
                               details: str = "", prescribed_by: str = "",
                               started_on: date | None = None) -> MedicationDTO:
    """A medication prescribed elsewhere (another hospital, the GP): a formulary drug (``drug_id``), which the
    checks then know, or free text, which they cannot (the prescribing screen says so)."""
    ctx.require(Group.DOCTOR, action=translate("services", "record medications"))
    problems: dict[str, str] = {}
    name, details, prescribed_by = name.strip(), details.strip(), prescribed_by.strip()
    atc = None
    if not drug_id and name:
        drug_id = _formulary_id_named(name)  # "simvastatin 40 mg tablet" typed in full: the checks know it
    if drug_id:
        source = knowledge_source()
        drug = source.drug(drug_id) if isinstance(source, KnowledgeBase) else None
        if drug is None:
            problems["name"] = translate("services", "This drug is not in the formulary any more; type its name "
                                                     "instead.")
        else:
            name, atc = drug.label, drug.atc
    if not name:
        problems["name"] = translate("services", "Name the medication.")
    elif len(name) > NAME_MAX:
        problems["name"] = translate("services", "The name is at most {limit} characters.").format(limit=NAME_MAX)
    if len(details) > DETAILS_MAX:
        problems["details"] = translate("services", "The dose and frequency are at most {limit} characters.").format(
                                  limit=DETAILS_MAX)
    if len(prescribed_by) > NAME_MAX:
        problems["prescribed_by"] = translate("services", "Who prescribed it is at most {limit} characters.").format(
                                        limit=NAME_MAX)
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        today = hospital_today(ctx, uow)[0]
        if started_on is not None and started_on > today:
            raise ValidationFailed({"started_on": translate("services", "The start date cannot be in the future.")})
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", "This patient record no longer exists. Search for the patient again."))
        medication_id = uow.prescriptions.insert_medication(
            patient_id=patient_id, source="external", prescription_line_id=None, drug_id=drug_id or None,
            drug_name=name, atc=atc, details=details, started_on=started_on or today,
            prescribed_elsewhere_by=prescribed_by)
        recorded = medication_dto(uow.prescriptions.medication(medication_id))
        uow.commit()
    return recorded


def _formulary_id_named(name: str) -> str | None:
    source = knowledge_source()
    if not isinstance(source, KnowledgeBase):
        return None
    wanted = " ".join(name.casefold().split())
    first_word = wanted.split(maxsplit=1)[0]
    return next((d.id for d in source.search(first_word, limit=200) if d.label.casefold() == wanted), None)


def medication_overview(ctx: ServiceContext, patient_id: int) -> MedicationOverview:
    """What the medications pane shows, read in one transaction: the list (active first), the timeline and
    the issued prescriptions."""
    from hms_desktop.services.prescribing.prescriptions import prescription_summaries

    ctx.require(Group.DOCTOR, action=translate("services", "read medication lists"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.prescriptions.medications_of(patient_id, active_only=False)
        return MedicationOverview(patient_id=patient_id, medications=tuple(medication_dto(r) for r in rows),
                                  timeline=_timeline(rows), prescriptions=prescription_summaries(uow, patient_id))


def stop_medication(ctx: ServiceContext, medication_id: int, reason: str) -> MedicationDTO:
    """Stop a medication with a reason; the database stamps who and when and keeps it on the list."""
    ctx.require(Group.DOCTOR, action=translate("services", "stop medications"))
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationFailed({"reason": translate("services", "Say why the medication is stopped.")})
    if len(reason) > STOP_REASON_MAX:
        raise ValidationFailed({"reason": translate("services", "The reason is at most {limit} characters.").format(
                                              limit=STOP_REASON_MAX)})
    with user_facing_errors(), ctx.uow() as uow:
        if uow.prescriptions.stop_medication(medication_id, reason) is None:
            row = uow.prescriptions.medication(medication_id)
            if row is None:
                raise NotFound(translate("services", MEDICATION_GONE))
            raise Conflict(translate("services", "This medication was already stopped by {stopped_by}.").format(
                               stopped_by=row.stopped_by))
        stopped = medication_dto(uow.prescriptions.medication(medication_id))
        uow.commit()
    return stopped


def renew_prescription(ctx: ServiceContext, encounter_id: int, *, prescription_id: int | None = None,
                       medication_ids: Sequence[int] = ()) -> RenewalDraft:
    """A new prescription with the same lines as a past prescription, or as the chosen medications (those
    prescribed here, and those prescribed elsewhere as formulary drugs with the drug's usual dose). Nothing is
    stored: the screen shows the lines with their checks and the doctor issues them; issuing stops the
    renewed medications ("Renewed on prescription RX-…")."""
    ctx.require(Group.DOCTOR, action=translate("services", "prescribe"))
    if (prescription_id is None) == (not medication_ids):
        raise ValidationFailed({"": translate("services", "Choose a prescription, or the medications to renew.")})
    source = knowledge_source()
    kb = source if isinstance(source, KnowledgeBase) else None
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        encounter = uow.consultation.encounter(encounter_id)
        if encounter is None:
            raise NotFound(translate("services", "This consultation no longer exists."))
        patient_id = int(encounter.patient_id)
        lines: list[PrescriptionLine] = []
        replaces: list[int] = []
        skipped: list[str] = []
        if prescription_id is not None:
            rx = uow.prescriptions.prescription(prescription_id)
            if rx is None or rx.patient_id != patient_id or rx.status != "issued":
                raise NotFound(translate("services", "This prescription is not one of this patient's."))
            stored = uow.prescriptions.lines_of([prescription_id])
            by_line = {m.prescription_line_id: m for m in uow.prescriptions.medications_of(patient_id,
                                                                                         active_only=True)}
            for row in stored:
                lines.append(stored_line_as_domain(row, len(lines) + 1, kb))
                if row.id in by_line:
                    replaces.append(int(by_line[row.id].id))
        else:
            for medication_id in medication_ids:
                med = uow.prescriptions.medication(medication_id)
                if med is None or med.patient_id != patient_id:
                    raise NotFound(translate("services", MEDICATION_GONE))
                if med.prescription_line_id is not None:
                    row = uow.prescriptions.lines([med.prescription_line_id])[0]
                    lines.append(stored_line_as_domain(row, len(lines) + 1, kb))
                elif med.drug_id and kb is not None and kb.drug(med.drug_id) is not None:
                    lines.append(PrescriptionLine.new(len(lines) + 1, kb.drug(med.drug_id)))  # type: ignore[arg-type]
                else:
                    skipped.append(med.drug_name)
                    continue
                if med.status == "active":
                    replaces.append(int(med.id))
    return RenewalDraft(encounter_id=encounter_id, patient_id=patient_id, lines=tuple(lines),
                        replaces=tuple(replaces), renewed_from_id=prescription_id, skipped=tuple(skipped))


def medication_timeline(ctx: ServiceContext, patient_id: int) -> tuple[TimelineEntry, ...]:
    """What was prescribed (or recorded as prescribed elsewhere) when, and what was stopped when, newest first."""
    ctx.require(Group.DOCTOR, action=translate("services", "read medication lists"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _timeline(uow.prescriptions.medications_of(patient_id, active_only=False))


def _timeline(rows: Sequence[Any]) -> tuple[TimelineEntry, ...]:
    entries: list[TimelineEntry] = []
    for med in rows:
        if med.source == "prescription":
            entries.append(TimelineEntry(on=med.created_at, event="prescribed", drug=med.drug_name,
                                         details=med.details, prescription_number=med.prescription_number,
                                         by=med.created_by_name))
        else:
            entries.append(TimelineEntry(on=med.created_at, event="elsewhere", drug=med.drug_name,
                                         details=med.details, prescription_number=None,
                                         by=med.prescribed_elsewhere_by or med.created_by_name))
        if med.stopped_at is not None:
            entries.append(TimelineEntry(on=med.stopped_at, event="stopped", drug=med.drug_name,
                                         details=med.stop_reason, prescription_number=med.prescription_number,
                                         by=med.stopped_by_name or ""))
    entries.sort(key=lambda e: e.on, reverse=True)
    return tuple(entries)


__all__ = ["current_medication_names", "current_medications", "directions", "medication_dto",
           "medication_overview", "medication_timeline", "medications_of", "record_external_medication",
           "renew_prescription", "stop_medication"]
