"""Demo prescriptions (issue 8, item 11): believable medication histories for a few demo patients, written as
the database owner by ``hms demo`` (the lead wires ``add_demo_prescriptions`` into ``services/demo.py``).

The first patient takes aspirin 75 mg long-term (prescribed months ago), so prescribing warfarin to them shows
the major interaction alert; others have a statin, metformin, a finished antibiotic course (stopped), and
medications prescribed elsewhere (the GP's lisinopril; a herbal remedy the checks cannot know). Each
prescription belongs to a signed walk-in consultation ("Medication review") unless the caller gives one, is
issued on its own date, and is charged like any other (``hms_charge_prescription``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, text

from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.services.prescribing.knowledge import knowledge_source
from hms_desktop.services.prescribing.prescriptions import directions


@dataclass(frozen=True, slots=True)
class _Plan:
    days_ago: int
    drugs: tuple[str, ...]              # formulary ids
    stop: Mapping[str, str] | None = None  # formulary id -> stop reason


# One plan per patient, in the order of the ids given. Patient 0 is the warfarin-with-aspirin scenario.
_PLANS: tuple[tuple[tuple[_Plan, ...], tuple[tuple[str, str | None, str, str], ...]], ...] = (
    ((_Plan(190, ("aspirin-75-mg-dispersible-tablet", "atorvastatin-20-mg-tablet")),),
     (("lansoprazole 15 mg capsule", None, "15 mg once a day", "Dr Okoye (GP)"),)),
    ((_Plan(120, ("metformin-500-mg-tablet",)), _Plan(14, ("amoxicillin-500-mg-capsule",),
                                                      stop={"amoxicillin-500-mg-capsule": "Course finished"})),
     (("lisinopril 10 mg tablet", "lisinopril-10-mg-tablet", "10 mg once a day", "Dr Shah (GP)"),)),
    ((_Plan(60, ("amlodipine-5-mg-tablet", "simvastatin-20-mg-tablet")),),
     (("Herbal sleep remedy (valerian)", None, "one at night", "bought over the counter"),)),
    ((_Plan(30, ("omeprazole-20-mg-capsule",)),), ()),
)


def add_demo_prescriptions(conn: Connection, patient_ids: Sequence[int], doctor_id: int, *, today: date,
                           encounter_ids: Mapping[int, int] | None = None) -> int:
    """Issue the demo prescriptions for the first patients of ``patient_ids`` (as many as there are plans),
    prescribed by ``doctor_id``, dated before ``today``; returns how many prescriptions were issued. Runs in
    the caller's transaction, as the owner (who may date an issue). Does nothing without the knowledge base."""
    source = knowledge_source()
    if not isinstance(source, KnowledgeBase):
        return 0
    doctor = conn.execute(text("SELECT username FROM staff WHERE id = :d"), {"d": doctor_id}).scalar_one()
    issued = 0
    for patient_id, (plans, external) in zip(patient_ids, _PLANS, strict=False):
        for plan in plans:
            when = datetime.combine(today - timedelta(days=plan.days_ago), time(10, 30), tzinfo=UTC)
            encounter = (encounter_ids or {}).get(patient_id) or _review_encounter(conn, patient_id, doctor_id,
                                                                                     doctor, when)
            _issue(conn, source, patient_id=patient_id, encounter_id=encounter, doctor_id=doctor_id, doctor=doctor,
                   when=when, plan=plan)
            issued += 1
        for name, drug_id, details, by in external:
            known = source.drug(drug_id) if drug_id else None
            atc = known.atc if known is not None else None
            conn.execute(text(
                "INSERT INTO prescription_medication (patient_id, source, drug_id, drug_name, atc, details, "
                "started_on, prescribed_elsewhere_by, created_by) VALUES (:p, 'external', :drug, :name, :atc, "
                ":details, :started, :by, :doctor)"),
                {"p": patient_id, "drug": drug_id, "name": name, "atc": atc, "details": details,
                 "started": today - timedelta(days=365), "by": by, "doctor": doctor})
    return issued


def _review_encounter(conn: Connection, patient_id: int, doctor_id: int, doctor: str, when: datetime) -> int:
    """A signed "medication review" in the doctor's name, charged like any signed consultation. Written signed
    (as services/demo_clinical.py does): signing through an UPDATE would stamp the owner as the signer, so the
    diagnosis goes in under it with the guard off for this transaction only."""
    encounter = int(conn.execute(text(
        "INSERT INTO encounter (patient_id, doctor_id, kind, chief_complaint, plan, status, created_at, created_by, "
        "signed_at, signed_by) VALUES (:p, :d, 'walk_in', 'Medication review', 'Medicines reviewed and "
        "prescribed.', 'signed', :opened, :doctor, :at, :doctor) RETURNING id"),
        {"p": patient_id, "d": doctor_id, "opened": when - timedelta(minutes=15), "at": when, "doctor": doctor},
    ).scalar_one())
    conn.execute(text("ALTER TABLE encounter_diagnosis DISABLE TRIGGER signed_guard"))
    conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary, created_by) "
                      "VALUES (:e, 'Z76.0', true, :doctor)"), {"e": encounter, "doctor": doctor})
    conn.execute(text("ALTER TABLE encounter_diagnosis ENABLE TRIGGER signed_guard"))
    conn.execute(text("SELECT hms_charge_encounter(:e)"), {"e": encounter})
    return encounter


def _issue(conn: Connection, kb: KnowledgeBase, *, patient_id: int, encounter_id: int, doctor_id: int, doctor: str,
           when: datetime, plan: _Plan) -> None:
    rx = int(conn.execute(text(
        "INSERT INTO prescription (patient_id, encounter_id, prescriber_id, kb_version, created_at, created_by) "
        "VALUES (:p, :e, :d, :kb, :at, :doctor) RETURNING id"),
        {"p": patient_id, "e": encounter_id, "d": doctor_id, "kb": kb.version, "at": when, "doctor": doctor}
    ).scalar_one())
    medications = []
    for number, drug_id in enumerate(plan.drugs, start=1):
        drug = kb.drug(drug_id)
        assert drug is not None, drug_id
        line = PrescriptionLine.new(number, drug)
        line_id = int(conn.execute(text(
            "INSERT INTO prescription_line (prescription_id, line_number, drug_id, drug_name, strength, form, atc, "
            "dose, unit, route, frequency, duration_days, quantity, quantity_unit, instructions, created_by) VALUES "
            "(:rx, :n, :id, :name, :strength, :form, :atc, :dose, :unit, :route, :freq, :days, :qty, :qunit, "
            ":instr, :doctor) RETURNING id"),
            {"rx": rx, "n": number, "id": drug.id, "name": drug.name, "strength": drug.strength, "form": drug.form,
             "atc": drug.atc, "dose": line.dose, "unit": line.unit, "route": line.route, "freq": line.frequency,
             "days": line.duration_days, "qty": line.quantity.amount if line.quantity else None,
             "qunit": line.quantity.unit if line.quantity else None, "instr": line.instructions,
             "doctor": doctor}).scalar_one())
        medications.append((line, line_id))
    conn.execute(text("UPDATE prescription SET status = 'issued', issued_at = :at, issued_by = :doctor, "
                      "version = version + 1 WHERE id = :rx"), {"rx": rx, "at": when, "doctor": doctor})
    conn.execute(text("SELECT hms_charge_prescription(:rx)"), {"rx": rx})
    for line, line_id in medications:
        med = int(conn.execute(text(
            "INSERT INTO prescription_medication (patient_id, source, prescription_line_id, drug_id, drug_name, atc, "
            "details, started_on, created_at, created_by) VALUES (:p, 'prescription', :line, :id, :name, :atc, "
            ":details, :started, :at, :doctor) RETURNING id"),
            {"p": patient_id, "line": line_id, "id": line.drug.id, "name": line.drug.label, "atc": line.drug.atc,
             "details": directions(line), "started": when.date(), "at": when, "doctor": doctor}).scalar_one())
        reason = (plan.stop or {}).get(line.drug.id)
        if reason:
            conn.execute(text("UPDATE prescription_medication SET status = 'stopped', stop_reason = :r, "
                              "version = version + 1 WHERE id = :m"), {"r": reason, "m": med})
