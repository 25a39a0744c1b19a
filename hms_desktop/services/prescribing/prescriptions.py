"""Prescribing: what the screen needs, the checks as each line is added, issuing (one transaction that checks
again on the server), reading and printing prescriptions.

``check_lines`` does no I/O: it takes the ``PrescribingContext`` the screen loaded (allergies, current
medications, the knowledge base) and runs the domain checks, about half a millisecond for ten lines, so the
screen calls it on the GUI thread as each line is added, without a round trip or a flicker. The checks that
count are run again by ``issue_prescription`` inside its transaction, against the allergies and medications
as they are at that moment: a reason missing for a serious alert found only then refuses the whole issue.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.clinical import AllergyState, EncounterStatus, allergy_label
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.names import display_name
from hms_desktop.domain.prescribing import (
    FREQUENCIES,
    Allergy,
    Drug,
    DrugDefaults,
    KnowledgeBase,
    KnowledgeBaseProblem,
    Override,
    PrescriptionLine,
    ReactionSeverity,
    check_prescription,
    override_required,
    renumbered,
    validate_override,
)
from hms_desktop.domain.prescribing.model import counted_items, day_count, dose_words, for_days, route_words
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.prescription import PrescriptionData, PrescriptionLineData, build_prescription
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.patients.front_desk import front_desk_settings
from hms_desktop.services.prescribing.dtos import (
    IssuedPrescription,
    LineCheck,
    OverrideDTO,
    PrescribingContext,
    PrescriptionDTO,
    PrescriptionLineDTO,
    PrescriptionSummary,
)
from hms_desktop.services.prescribing.knowledge import knowledge_source
from hms_desktop.services.printing import PrintJob

PRESCRIPTION = "prescription"
ENCOUNTER_GONE = QT_TRANSLATE_NOOP("services", "This consultation no longer exists.")
PRESCRIPTION_GONE = QT_TRANSLATE_NOOP("services", "This prescription no longer exists.")
MAX_LINES = 30
NOTES_MAX = 1000
OVERRIDE_REASON_MAX = 1000  # prescription_override.reason is text: this rule is its only limit


def prescribing_context(ctx: ServiceContext, encounter_id: int, *, exclude_medications: Sequence[int] = ()
                        ) -> PrescribingContext:
    """The patient of the consultation, their active allergies and medications, and the knowledge base.
    ``exclude_medications``: medications a renewal continues (not checked against themselves)."""
    ctx.require(Group.DOCTOR, action=translate("services", "prescribe"))
    source = knowledge_source()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        encounter = uow.consultation.encounter(encounter_id)
        if encounter is None:
            raise NotFound(translate("services", ENCOUNTER_GONE))
        return context_of(uow, encounter_id, encounter.patient_id, source, exclude_medications,
                          today=hospital_today(ctx, uow)[0])


def check_lines(context: PrescribingContext, lines: Sequence[PrescriptionLine]) -> LineCheck:
    """The alerts for ``lines`` against the context's allergies and current drugs. Pure: no I/O."""
    outcome = check_prescription(context.source, lines, context.current_drugs, context.allergies)
    return LineCheck(alerts=outcome.alerts, needs_reason=override_required(outcome.alerts),
                     checks_off=outcome.checks_off, banner=outcome.banner, kb_version=outcome.version)


def search_formulary(context: PrescribingContext, text: str, *, limit: int = 30) -> list[Drug]:
    """Formulary drugs whose name (or a later word of it, or the ATC code) starts with ``text``; none while
    the knowledge base is unusable. Pure: an in-memory index."""
    if isinstance(context.source, KnowledgeBaseProblem):
        return []
    return context.source.search(text, limit=limit)


def issue_prescription(ctx: ServiceContext, encounter_id: int, lines: Sequence[PrescriptionLine],
                       override_reason: str | None = None, *, replaces: Sequence[int] = (),
                       renewed_from_id: int | None = None, notes: str = "") -> IssuedPrescription:
    """Issue a prescription in one transaction: the checks run again against the allergies and medications
    as they are now; a contraindicated or major alert (or checks that are off) without a reason refuses
    everything. Stores the prescription, its lines, the overrides with the reason, the new medications
    (stopping the ones in ``replaces``, which it continues) and a charge per line."""
    ctx.require(Group.DOCTOR, action=translate("services", "prescribe"))
    if not lines:
        raise ValidationFailed({"lines": translate("services", "Add at least one drug to the prescription.")})
    if len(lines) > MAX_LINES:
        raise ValidationFailed({"lines": translate("services", "A prescription has at most {limit} lines; write a "
                                                               "second one.").format(limit=MAX_LINES)})
    if override_reason is not None and len(override_reason.strip()) > OVERRIDE_REASON_MAX:
        raise ValidationFailed({"override_reason": translate("services", "The reason is at most {limit} "
                                                                         "characters.").format(
                                                       limit=format_number(OVERRIDE_REASON_MAX))})
    notes = notes.strip()
    if len(notes) > NOTES_MAX:
        raise ValidationFailed({"notes": translate("services", "Notes are at most {limit} characters.").format(
                                             limit=NOTES_MAX)})
    numbered = renumbered(tuple(lines))
    source = knowledge_source()
    with user_facing_errors(), ctx.uow() as uow:
        encounter = uow.consultation.encounter(encounter_id)
        if encounter is None:
            raise NotFound(translate("services", ENCOUNTER_GONE))
        if encounter.status == EncounterStatus.SIGNED:
            raise Conflict(translate("services", "This consultation was signed; start a new consultation to "
                                                 "prescribe."))
        patient_id = int(encounter.patient_id)
        today = hospital_today(ctx, uow)[0]
        context = context_of(uow, encounter_id, patient_id, source, replaces, today=today)
        checked = check_lines(context, numbered)
        try:
            override = validate_override(checked.alerts, override_reason, knowledge_base_version=checked.kb_version,
                                         checks_off=checked.checks_off)
        except ValidationError as error:
            raise ValidationFailed(error.problems) from None
        for medication_id in replaces:
            row = uow.prescriptions.medication(medication_id)
            if row is None or row.patient_id != patient_id:
                raise NotFound(translate("services", "A medication this prescription renews is no longer on the "
                                                     "patient's list."))
        prescription_id = uow.prescriptions.insert_draft(
            patient_id=patient_id, encounter_id=encounter_id, kb_version=checked.kb_version,
            checks_off=checked.checks_off, notes=notes, renewed_from_id=renewed_from_id)
        line_ids = uow.prescriptions.insert_lines(prescription_id, [_line_values(line) for line in numbered])
        uow.prescriptions.insert_overrides(prescription_id, _override_rows(override, checked))
        uow.prescriptions.issue(prescription_id)
        number = str(uow.prescriptions.prescription(prescription_id).number)  # type: ignore[union-attr]
        for medication_id in replaces:
            uow.prescriptions.stop_medication(medication_id, f"Renewed on prescription {number}")  # stored
        for line, line_id in zip(numbered, line_ids, strict=True):
            uow.prescriptions.insert_medication(
                patient_id=patient_id, source="prescription", prescription_line_id=line_id, drug_id=line.drug.id,
                drug_name=line.drug.label, atc=line.drug.atc, details=directions(line), started_on=today)
        charges = uow.prescriptions.charge(prescription_id)
        issued = prescription_of(uow, prescription_id)
        uow.commit()
    message = translate("services", "Prescription {issued_number} issued.") if override is None else \
        translate("services", "Prescription {issued_number} issued. The override and its reason are recorded.")
    return IssuedPrescription(prescription=issued, charges=charges,
                              message=message.format(issued_number=issued.number))


def prescription(ctx: ServiceContext, prescription_id: int) -> PrescriptionDTO:
    ctx.require(Group.DOCTOR, action=translate("services", "read prescriptions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return prescription_of(uow, prescription_id)


def prescriptions_of(ctx: ServiceContext, patient_id: int) -> tuple[PrescriptionSummary, ...]:
    """The patient's issued prescriptions, newest first."""
    ctx.require(Group.DOCTOR, action=translate("services", "read prescriptions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return prescription_summaries(uow, patient_id)


def prescription_summaries(uow: UnitOfWork, patient_id: int) -> tuple[PrescriptionSummary, ...]:
    return tuple(PrescriptionSummary(id=r.id, number=r.number, issued_at=r.issued_at,
                                     prescriber_name=r.prescriber_name or r.issued_by or "",
                                     line_count=int(r.line_count), drugs=r.drugs or "")
                 for r in uow.prescriptions.prescriptions_of(patient_id))


def print_prescription(ctx: ServiceContext, prescription_id: int, *,
                       page_size: Literal["A5", "A4"] = "A5") -> PrintJob:
    """The prescription as PDF, marked COPY when it was printed before (``print_log``, subject = the
    prescription number). The preview prints it and logs the print with ``printing.log_print``."""
    ctx.require(Group.DOCTOR, action=translate("services", "print prescriptions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rx = uow.prescriptions.prescription(prescription_id)
        if rx is None or rx.status != "issued":
            raise NotFound(translate("services", PRESCRIPTION_GONE))
        patient = uow.patients.printable(rx.patient_id)
        if patient is None:
            raise NotFound(translate("services", "This patient record no longer exists. Search for the patient again."))
        is_copy = uow.print_log.printed_before(PRESCRIPTION, rx.number)
        zone = front_desk_settings(ctx, uow).zone
        state, _severe = uow.consultation.allergy_flag(patient.id)
        allergies: tuple[str, ...] | None
        if state == AllergyState.NOT_RECORDED:
            allergies = None
        else:
            allergies = tuple(allergy_label(a.substance, a.severity) for a in uow.consultation.allergies(patient.id)
                              if a.status == "active")
        lines = uow.prescriptions.lines_of([prescription_id])
        hospital = uow.settings.read()
        logo = uow.settings.logo_image()
    data = PrescriptionData(
        hospital_name=hospital.hospital_name, hospital_lines=hospital.contact_lines,
        doctor_name=rx.prescriber_name or rx.issued_by,
        registration_number=rx.registration_number or "", family_name=patient.family_name,
        given_name=patient.given_name, sex=patient.sex, birth_date=patient.birth_date,
        birth_date_estimated=bool(patient.birth_date_estimated), mrn=patient.mrn, prescription_number=rx.number,
        prescribed_on=rx.issued_at.astimezone(zone).date(), lines=tuple(_print_line(line) for line in lines),
        allergies=allergies, notes=rx.notes, logo=logo)
    created = ctx.clock.now()
    title = translate("services", "Prescription {rx_number} — {display_name}").format(
                rx_number=rx.number, display_name=display_name(patient.family_name, patient.given_name))
    marked = build_prescription(data, copy=True, page_size=page_size, created=created)
    if is_copy:
        return PrintJob(document=PRESCRIPTION, subject=rx.number, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=PRESCRIPTION, subject=rx.number, title=title, is_copy=False, copy_pdf=marked,
                    pdf=build_prescription(data, copy=False, page_size=page_size, created=created))


# --- shared with the medication use cases -------------------------------------------------------------------

def context_of(uow: UnitOfWork, encounter_id: int, patient_id: int, source: KnowledgeBase | KnowledgeBaseProblem,
               exclude_medications: Sequence[int], *, today: Any) -> PrescribingContext:
    from hms_desktop.services.prescribing.medications import medication_dto

    patient = uow.patients.printable(patient_id)
    if patient is None:
        raise NotFound(translate("services", "This patient record no longer exists. Search for the patient again."))
    state, _severe = uow.consultation.allergy_flag(patient_id)
    allergies: list[Allergy] = []
    labels: list[str] = []
    for row in uow.consultation.allergies(patient_id):
        if row.status != "active":
            continue
        reaction = ReactionSeverity(row.severity) if row.severity in ReactionSeverity._value2member_map_ \
            else ReactionSeverity.UNKNOWN
        allergies.append(Allergy(row.substance, reaction))
        if row.drug_class:
            allergies.append(Allergy(row.drug_class, reaction))
        labels.append(allergy_label(row.substance, row.severity))
    excluded = set(exclude_medications)
    medications = tuple(medication_dto(r) for r in uow.prescriptions.medications_of(patient_id, active_only=True))
    current: list[Drug] = []
    unchecked: list[str] = []
    kb = source if isinstance(source, KnowledgeBase) else None
    for med in medications:
        if med.id in excluded:
            continue
        drug = kb.drug(med.drug_id) if kb is not None and med.drug_id else None
        if drug is not None:
            current.append(drug)
        else:
            unchecked.append(med.name)
    review = kb.review_overdue(today) if kb is not None else None
    return PrescribingContext(
        encounter_id=encounter_id, patient_id=patient_id,
        patient_name=display_name(patient.family_name, patient.given_name), mrn=patient.mrn, allergy_state=state,
        allergies=tuple(allergies), allergy_labels=tuple(labels), medications=medications,
        current_drugs=tuple(current), unchecked_medications=tuple(unchecked) if kb is not None else (),
        unrecognised_allergies=tuple(kb.unrecognised_allergies(allergies)) if kb is not None else (),
        source=source, review_warning=review)


def prescription_of(uow: UnitOfWork, prescription_id: int) -> PrescriptionDTO:
    row = uow.prescriptions.prescription(prescription_id)
    if row is None:
        raise NotFound(translate("services", PRESCRIPTION_GONE))
    return PrescriptionDTO(
        id=row.id, number=row.number, patient_id=row.patient_id, encounter_id=row.encounter_id,
        prescriber_id=row.prescriber_id, prescriber_name=row.prescriber_name or row.created_by,
        status=row.status, issued_at=row.issued_at, kb_version=row.kb_version, checks_off=row.checks_off,
        notes=row.notes, renewed_from_id=row.renewed_from_id,
        lines=tuple(line_dto(line) for line in uow.prescriptions.lines_of([prescription_id])),
        overrides=tuple(OverrideDTO(alert_kind=o.alert_kind, severity=o.severity, drugs=o.drugs, allergy=o.allergy,
                                    reason=o.reason, kb_version=o.kb_version, at=o.created_at, by=o.created_by)
                        for o in uow.prescriptions.overrides_of(prescription_id)))


def line_dto(row: Any) -> PrescriptionLineDTO:
    return PrescriptionLineDTO(
        id=row.id, number=row.line_number, drug_id=row.drug_id, drug_name=row.drug_name, strength=row.strength,
        form=row.form, atc=row.atc, dose=row.dose, unit=row.unit, route=row.route, frequency=row.frequency,
        duration_days=row.duration_days, quantity=row.quantity, quantity_unit=row.quantity_unit,
        instructions=row.instructions)


def stored_line_as_domain(row: Any, number: int, kb: KnowledgeBase | None) -> PrescriptionLine:
    """A stored line as a new line to prescribe again: the formulary's drug when it still has it, else the
    drug as it was copied onto the prescription."""
    drug = kb.drug(row.drug_id) if kb is not None else None
    if drug is None:
        drug = Drug(id=row.drug_id, name=row.drug_name, strength=row.strength, form=row.form, route=row.route,
                    atc=row.atc, defaults=DrugDefaults(dose=row.dose, unit=row.unit, frequency=row.frequency,
                                                       duration_days=row.duration_days))
    return PrescriptionLine.new(number, drug, dose=row.dose, unit=row.unit, route=row.route, frequency=row.frequency,
                                duration_days=row.duration_days, instructions=row.instructions)


def directions(line: PrescriptionLine) -> str:
    """``5 mg oral once a day for 28 days``: how the medication list words a line."""
    return directions_words(line.dose, line.unit, line.route, line.frequency, line.duration_days)


def directions_words(dose: Decimal, unit: str, route: str, frequency: str, duration_days: int | None) -> str:
    """A line's directions from its stored parts, in the workstation's language: the medication list's, the
    prescription dialog's and the dispensing queue's wording (hms_dispensing_queue returns the parts). A
    frequency code the formulary does not list is shown as it is."""
    freq = FREQUENCIES.get(frequency)
    how_often = translate("domain", freq.meaning) if freq is not None else frequency
    single = freq is not None and freq.single_dose
    days = "" if single or duration_days is None else " " + for_days(duration_days)
    return f"{dose_words(dose, unit)} {route_words(route)} {how_often}{days}"


def _line_values(line: PrescriptionLine) -> dict[str, Any]:
    return {"line_number": line.number, "drug_id": line.drug.id, "drug_name": line.drug.name,
            "strength": line.drug.strength, "form": line.drug.form, "atc": line.drug.atc, "dose": line.dose,
            "unit": line.unit, "route": line.route, "frequency": line.frequency,
            "duration_days": line.duration_days,
            "quantity": line.quantity.amount if line.quantity is not None else None,
            "quantity_unit": line.quantity.unit if line.quantity is not None else None,
            "instructions": line.instructions}


def _override_rows(override: Override | None, checked: LineCheck) -> list[dict[str, Any]]:
    if override is None:
        return []
    rows = [{"alert_kind": str(a.kind), "severity": str(a.severity), "alert_key": a.key[:400],
             "drugs": " + ".join(a.drugs)[:400], "allergy": a.allergy, "reason": override.reason,
             "kb_version": override.knowledge_base_version} for a in checked.needs_reason]
    if override.checks_off:
        rows.append({"alert_kind": "checks_off", "severity": None, "alert_key": "", "drugs": "",
                     "allergy": None, "reason": override.reason, "kb_version": None})
    return rows


def _print_line(row: Any) -> PrescriptionLineData:
    freq = FREQUENCIES.get(row.frequency)
    single = freq is not None and freq.single_dose
    quantity = ""
    if row.quantity is not None:
        whole = row.quantity == int(row.quantity)  # what is handed over is counted in whole items
        quantity = counted_items(int(row.quantity), row.quantity_unit) if whole else \
            f"{row.quantity} {row.quantity_unit}"
    return PrescriptionLineData(
        number=row.line_number, drug=f"{row.drug_name} {row.strength} {row.form}",
        dose=dose_words(row.dose, row.unit), unit="", route=route_words(row.route),
        frequency=translate("domain", freq.meaning) if freq is not None else row.frequency,
        duration="" if single else day_count(row.duration_days),
        quantity=quantity, instructions=row.instructions)
