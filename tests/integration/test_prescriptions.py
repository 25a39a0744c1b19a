"""Prescriptions on a real database (issue 8, items 6, 7, 9, 10): issuing stores the prescription, its lines,
the overrides with their reason, the medications and a charge per line in one transaction; a missing reason
stores nothing; an issued prescription is read-only in SQL for everyone, the owner and a superuser included;
grants per group; printing logs an original, then a COPY; stopping and renewing medications."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from factories import new_patient
from helpers import fixed_clock
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.clinical import AllergyDraft
from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, prescribing, printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

REASON = "INR monitored weekly in the anticoagulation clinic"


@dataclass
class World:
    doctor_login: str
    doctor_id: int


@pytest.fixture(scope="module")
def world(database) -> World:
    doctor = database.add_user(Group.DOCTOR, stem="rxdoc", full_name="Dr Rx Writer")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id, registration_number) VALUES (:s, 'GMC 7654321')"),
                     {"s": doctor_id})
    return World(doctor_login=doctor, doctor_id=doctor_id)


@pytest.fixture(scope="module")
def doctor(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.doctor_login, clock=fixed_clock())


@pytest.fixture(autouse=True)
def real_knowledge_base() -> Iterator[None]:
    prescribing.use_knowledge_folder(None)
    yield
    prescribing.use_knowledge_folder(None)


def kb() -> KnowledgeBase:
    source = prescribing.knowledge_source()
    assert isinstance(source, KnowledgeBase)
    return source


def line(number: int, drug_id: str, **values: object) -> PrescriptionLine:
    drug = kb().drug(drug_id)
    assert drug is not None
    return PrescriptionLine.new(number, drug, **values)  # type: ignore[arg-type]


def encounter_for(doctor: ServiceContext, patient: int) -> int:
    return consultation.start_encounter(doctor, patient).id


def patient_on_aspirin(database, doctor: ServiceContext) -> tuple[int, int]:
    """A patient whose list has aspirin 75 mg, prescribed here; and a draft encounter."""
    patient = new_patient(database)
    encounter = encounter_for(doctor, patient)
    prescribing.issue_prescription(doctor, encounter, [line(1, "aspirin-75-mg-dispersible-tablet")])
    return patient, encounter


def owner_rows(database, sql: str, **params: object) -> list:
    with database.owner.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def counts(database, patient: int) -> tuple[int, int, int, int, int]:
    row = owner_rows(database, """
        SELECT (SELECT count(*) FROM prescription WHERE patient_id = :p) AS rx,
               (SELECT count(*) FROM prescription_line l JOIN prescription p ON p.id = l.prescription_id
                 WHERE p.patient_id = :p) AS lines,
               (SELECT count(*) FROM prescription_override o JOIN prescription p ON p.id = o.prescription_id
                 WHERE p.patient_id = :p) AS overrides,
               (SELECT count(*) FROM prescription_medication WHERE patient_id = :p) AS meds,
               (SELECT count(*) FROM charge WHERE patient_id = :p AND source_kind = 'prescription') AS charges
    """, p=patient)[0]
    return (row.rx, row.lines, row.overrides, row.meds, row.charges)


def test_warfarin_for_a_patient_on_aspirin_needs_a_reason_and_a_missing_one_stores_nothing(
        database, world, doctor) -> None:
    patient, encounter = patient_on_aspirin(database, doctor)
    before = counts(database, patient)
    assert before == (1, 1, 0, 1, 1)
    context = prescribing.prescribing_context(doctor, encounter)
    assert [d.id for d in context.current_drugs] == ["aspirin-75-mg-dispersible-tablet"]
    checked = prescribing.check_lines(context, [line(1, "warfarin-5-mg-tablet")])
    assert [a.severity.value for a in checked.needs_reason] == ["major"]
    assert "bleeding" in checked.needs_reason[0].reason.lower()
    lines = [line(1, "warfarin-5-mg-tablet"), line(2, "omeprazole-20-mg-capsule")]
    for reason in (None, "", "ok"):
        with pytest.raises(ValidationFailed) as refused:
            prescribing.issue_prescription(doctor, encounter, lines, reason)
        assert "override_reason" in refused.value.problems
    assert counts(database, patient) == before

    issued = prescribing.issue_prescription(doctor, encounter, lines, f"  {REASON} ")
    rx = issued.prescription
    assert rx.number.startswith("RX-") and rx.status == "issued" and rx.prescriber_id == world.doctor_id
    assert rx.kb_version == kb().version and not rx.checks_off
    assert [(li.number, li.drug_name, li.quantity, li.quantity_unit) for li in rx.lines] == [
        (1, "warfarin", 30, "tablet"), (2, "omeprazole", 28, "capsule")]
    assert [(o.alert_kind, o.severity, o.reason, o.by) for o in rx.overrides] == [
        ("interaction", "major", REASON, world.doctor_login)]
    assert issued.charges == 2
    assert counts(database, patient) == (2, 3, 1, 3, 3)
    charges = owner_rows(database, "SELECT c.fee_code, c.quantity, c.description, c.doctor_id, c.status FROM charge c "
                                   "JOIN prescription_line l ON l.id = c.source_id WHERE c.source_kind = "
                                   "'prescription' AND l.prescription_id = :rx ORDER BY l.line_number", rx=rx.id)
    assert [tuple(c) for c in charges] == [
        ("DRUG-B01AA03", 30, "warfarin 5 mg tablet", world.doctor_id, "unbilled"),
        ("DRUG-A02BC01", 28, "omeprazole 20 mg capsule", world.doctor_id, "unbilled")]
    current = prescribing.current_medications(doctor, patient)
    assert sorted(m.name for m in current) == ["aspirin 75 mg dispersible tablet", "omeprazole 20 mg capsule",
                                               "warfarin 5 mg tablet"]
    assert {m.prescription_number for m in current if m.name.startswith(("warfarin", "omeprazole"))} == {rx.number}
    # The audit trail says who overrode what, never the reason's text (administrators read it).
    audited = owner_rows(database, "SELECT actor, after FROM audit_log WHERE table_name = 'prescription_override' "
                                   "AND after ->> 'prescription_id' = :rx", rx=str(rx.id))
    assert len(audited) == 1 and audited[0].actor == world.doctor_login
    assert "reason" not in audited[0].after and audited[0].after["severity"] == "major"


def test_the_server_checks_again_against_what_is_current_when_issuing(database, doctor) -> None:
    patient = new_patient(database)
    encounter = encounter_for(doctor, patient)
    context = prescribing.prescribing_context(doctor, encounter)
    assert not prescribing.check_lines(context, [line(1, "amoxicillin-500-mg-capsule")]).alerts
    # Meanwhile a colleague records a severe penicillin allergy: the screen's checks are out of date.
    consultation.record_allergy(doctor, patient, AllergyDraft(substance="penicillin", reaction="Anaphylaxis",
                                                              severity="severe", source="patient"))
    with pytest.raises(ValidationFailed, match="serious alert"):
        prescribing.issue_prescription(doctor, encounter, [line(1, "amoxicillin-500-mg-capsule")])
    assert counts(database, patient) == (0, 0, 0, 0, 0)


def test_with_the_knowledge_base_off_issuing_needs_a_reason_and_is_marked(database, doctor, tmp_path) -> None:
    (tmp_path / "formulary.json").write_text("{not json", encoding="utf-8")
    patient = new_patient(database)
    encounter = encounter_for(doctor, patient)
    aspirin = line(1, "aspirin-75-mg-dispersible-tablet")
    prescribing.use_knowledge_folder(tmp_path)
    context = prescribing.prescribing_context(doctor, encounter)
    assert context.checks_off and "CHECKS ARE OFF" in (context.banner or "")
    assert prescribing.search_formulary(context, "warf") == []
    with pytest.raises(ValidationFailed, match="checks are off"):
        prescribing.issue_prescription(doctor, encounter, [aspirin])
    issued = prescribing.issue_prescription(doctor, encounter, [aspirin], "Checked by hand against the BNF")
    assert issued.prescription.checks_off and issued.prescription.kb_version is None
    assert [o.alert_kind for o in issued.prescription.overrides] == ["checks_off"]


def _refused(conn: psycopg.Connection, statement: str, *params: object, code: str = "HM015") -> None:
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(statement, params)
    assert refused.value.sqlstate == code, refused.value


def test_an_issued_prescription_is_read_only_in_sql_for_everyone(database, world, doctor) -> None:
    patient, _encounter = patient_on_aspirin(database, doctor)
    rx = prescribing.prescriptions_of(doctor, patient)[0]
    statements = [("UPDATE prescription SET notes = 'rewritten' WHERE id = %s", rx.id),
                  ("DELETE FROM prescription WHERE id = %s", rx.id),
                  ("UPDATE prescription SET status = 'draft' WHERE id = %s", rx.id),
                  ("UPDATE prescription_line SET dose = 300 WHERE prescription_id = %s", rx.id),
                  ("DELETE FROM prescription_line WHERE prescription_id = %s", rx.id),
                  ("INSERT INTO prescription_line (prescription_id, line_number, drug_id, drug_name, strength, form, "
                   "atc, dose, unit, route, frequency, duration_days) VALUES (%s, 9, 'x', 'x', 'x', 'x', 'B01AA03', "
                   "1, 'mg', 'oral', 'OD', 1)", rx.id),
                  ("INSERT INTO prescription_override (prescription_id, alert_kind, reason) "
                   "VALUES (%s, 'checks_off', 'afterwards')", rx.id)]
    with database.connect_as(world.doctor_login) as conn:  # the doctor who issued it
        for statement, key in (statements[2], statements[5], statements[6]):
            _refused(conn, statement, key)
        _refused(conn, "UPDATE prescription SET version = version + 1 WHERE id = %s", rx.id)
    with database.cluster.admin_connect(database.name) as conn:  # a superuser, then the tables' owner
        for role in (None, "hms_owner"):
            if role is not None:
                conn.execute(f"SET ROLE {role}")
            for statement, key in statements:
                _refused(conn, statement, key)
            _refused(conn, "DELETE FROM prescription_medication WHERE patient_id = %s", patient, code="HM016")
            _refused(conn, "UPDATE prescription_medication SET drug_name = 'x' WHERE patient_id = %s", patient,
                     code="HM016")
    assert prescribing.prescription(doctor, rx.id).lines[0].dose == Decimal("75.000")


def test_a_draft_without_lines_is_never_issued(database, world) -> None:
    patient = new_patient(database)
    with database.connect_as(world.doctor_login) as conn:
        encounter = conn.execute("INSERT INTO encounter (patient_id, kind) VALUES (%s, 'walk_in') RETURNING id",
                                 (patient,)).fetchone()[0]
        row = conn.execute("INSERT INTO prescription (patient_id, encounter_id) VALUES (%s, %s) "
                           "RETURNING id, number, status, prescriber_id", (patient, encounter)).fetchone()
        assert row[1].startswith("RX-") and row[2] == "draft" and row[3] == world.doctor_id
        _refused(conn, "UPDATE prescription SET status = 'issued' WHERE id = %s", row[0], code="HM018")
        # Who issued and when are the database's.
        refused_columns = ("number", "status", "issued_at", "issued_by", "prescriber_id")
        for column in refused_columns:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"INSERT INTO prescription (patient_id, encounter_id, {column}) "
                             "VALUES (%s, %s, NULL)", (patient, encounter))


@pytest.mark.parametrize("group", [Group.BILLING, Group.RECEPTION, Group.ADMIN], ids=lambda g: g.value)
def test_no_other_group_reads_or_writes_prescriptions(database, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for table in prescribing_tables():
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO prescription_medication (patient_id, source, drug_name, started_on) "
                         "VALUES (1, 'external', 'x', current_date)")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hms_charge_prescription(1)")


def prescribing_tables() -> tuple[str, ...]:
    return ("prescription", "prescription_line", "prescription_override", "prescription_medication")


def test_billing_reads_the_drug_charges(database, doctor) -> None:
    patient, _encounter = patient_on_aspirin(database, doctor)
    with database.connect_as(database.add_user(Group.BILLING)) as conn:
        rows = conn.execute("SELECT fee_code, description, quantity, source_kind FROM charge WHERE patient_id = %s",
                            (patient,)).fetchall()
    assert rows == [("DRUG-B01AC06", "aspirin 75 mg dispersible tablet", 30, "prescription")]


def test_only_doctors_prescribe(database) -> None:
    ctx = database.context_for(Group.RECEPTION, clock=fixed_clock())
    with pytest.raises(PermissionDenied):
        prescribing.prescriptions_of(ctx, new_patient(database))


def test_printing_logs_an_original_then_a_copy(database, doctor) -> None:
    patient, _encounter = patient_on_aspirin(database, doctor)
    rx = prescribing.prescriptions_of(doctor, patient)[0]
    first = prescribing.print_prescription(doctor, rx.id)
    assert (first.document, first.subject, first.is_copy) == ("prescription", rx.number, False)
    assert b"COPY" not in _pdf_text(first.pdf).encode()
    printing.log_print(doctor, first, "/tmp/rx.pdf")
    again = prescribing.print_prescription(doctor, rx.id)
    assert again.is_copy
    text_of_copy = _pdf_text(again.pdf)
    assert "COPY" in text_of_copy
    printing.log_print(doctor, again, "Front desk printer")
    logged = owner_rows(database, "SELECT is_copy FROM print_log WHERE document = 'prescription' AND subject = :s "
                                  "ORDER BY id", s=rx.number)
    assert [r.is_copy for r in logged] == [False, True]


def test_the_printed_prescription_reads_back(database, doctor) -> None:
    patient, encounter = patient_on_aspirin(database, doctor)
    consultation.record_allergy(doctor, patient, AllergyDraft(substance="penicillin", reaction="Rash",
                                                              severity="moderate", source="patient"))
    issued = prescribing.issue_prescription(doctor, encounter, [line(1, "warfarin-5-mg-tablet"),
                                                                line(2, "paracetamol-500-mg-tablet")], REASON)
    words = " ".join(_pdf_text(prescribing.print_prescription(doctor, issued.prescription.id).pdf).split())
    for expected in (issued.prescription.number, "Dr Rx Writer", "GMC 7654321", "warfarin 5 mg tablet",
                     "30 tablets", "paracetamol 500 mg tablet", "four times a day", "Allergies: penicillin (moderate)",
                     "dose by INR"):
        assert expected in words, expected


def _pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
                          ).stdout.decode()


def test_stop_with_a_reason_and_the_database_says_who(database, world, doctor) -> None:
    patient, _encounter = patient_on_aspirin(database, doctor)
    med = prescribing.current_medications(doctor, patient)[0]
    with pytest.raises(ValidationFailed):
        prescribing.stop_medication(doctor, med.id, "   ")
    stopped = prescribing.stop_medication(doctor, med.id, "Gastric bleed")
    assert (stopped.status, stopped.stop_reason, stopped.stopped_by) == ("stopped", "Gastric bleed",
                                                                          world.doctor_login)
    with pytest.raises(Conflict, match="already stopped"):
        prescribing.stop_medication(doctor, med.id, "again")
    assert prescribing.current_medications(doctor, patient) == ()
    timeline = prescribing.medication_timeline(doctor, patient)
    assert [e.event for e in timeline] == ["stopped", "prescribed"]
    with database.connect_as(world.doctor_login) as conn:
        _refused(conn, "UPDATE prescription_medication SET status = 'active' WHERE id = %s", med.id, code="HM016")


def test_renew_in_two_clicks_and_external_medications(database, doctor) -> None:
    patient, encounter = patient_on_aspirin(database, doctor)
    external = prescribing.record_external_medication(doctor, patient, name="", drug_id="simvastatin-40-mg-tablet",
                                                      details="40 mg at night", prescribed_by="Dr Shah (GP)")
    free_text = prescribing.record_external_medication(doctor, patient, name="Herbal sleep remedy")
    assert (external.name, external.atc, external.source) == ("simvastatin 40 mg tablet", "C10AA01", "external")
    context = prescribing.prescribing_context(doctor, encounter)
    assert context.unchecked_medications == ("Herbal sleep remedy",)
    meds = prescribing.current_medications(doctor, patient)
    aspirin = next(m for m in meds if m.source == "prescription")
    draft = prescribing.renew_prescription(doctor, encounter, medication_ids=[aspirin.id, external.id, free_text.id])
    assert [ln.drug.id for ln in draft.lines] == ["aspirin-75-mg-dispersible-tablet", "simvastatin-40-mg-tablet"]
    assert draft.skipped == ("Herbal sleep remedy",)
    renewing = prescribing.prescribing_context(doctor, encounter, exclude_medications=draft.replaces)
    assert not prescribing.check_lines(renewing, draft.lines).needs_reason
    issued = prescribing.issue_prescription(doctor, encounter, draft.lines, replaces=draft.replaces)
    after = prescribing.current_medications(doctor, patient)
    assert sorted(m.name for m in after) == ["Herbal sleep remedy", "aspirin 75 mg dispersible tablet",
                                            "simvastatin 40 mg tablet"]
    assert all(m.prescription_number == issued.prescription.number for m in after if m.source == "prescription")
    old = [m for m in prescribing.medications_of(doctor, patient) if m.status == "stopped"]
    assert {m.stop_reason for m in old} == {f"Renewed on prescription {issued.prescription.number}"}
    # Renewing a whole prescription gives the same lines again.
    again = prescribing.renew_prescription(doctor, encounter, prescription_id=issued.prescription.id)
    assert [(ln.number, ln.drug.id, ln.dose) for ln in again.lines] == [
        (ln.number, ln.drug.id, ln.dose) for ln in draft.lines]
    with database.owner.unit_of_work() as uow:
        assert set(prescribing.current_medication_names(uow, patient)) == {m.name for m in after}


def test_prescribing_in_a_signed_consultation_is_refused(database, doctor) -> None:
    patient = new_patient(database)
    encounter = consultation.start_encounter(doctor, patient)
    from hms_desktop.domain.clinical import DiagnosisDraft

    consultation.set_diagnoses(doctor, encounter.id, [DiagnosisDraft("I10", primary=True)])
    consultation.sign_encounter(doctor, encounter.id, encounter.version)
    with pytest.raises(Conflict, match="signed"):
        prescribing.issue_prescription(doctor, encounter.id, [line(1, "amlodipine-5-mg-tablet")])


def test_knowledge_base_file_is_the_shipped_one() -> None:
    folder = prescribing.default_folder()
    assert json.loads(Path(folder, "formulary.json").read_text(encoding="utf-8"))["drugs"]


def test_demo_prescriptions_give_the_warfarin_scenario(database, world, doctor) -> None:
    from helpers import TODAY

    from hms_desktop.services.demo_prescriptions import add_demo_prescriptions

    patients = [new_patient(database, f"Demo{i}") for i in range(4)]
    with database.owner.engine.begin() as conn:
        assert add_demo_prescriptions(conn, patients, world.doctor_id, today=TODAY) == 5
    first = prescribing.current_medications(doctor, patients[0])
    assert {m.name for m in first} == {"aspirin 75 mg dispersible tablet", "atorvastatin 20 mg tablet",
                                      "lansoprazole 15 mg capsule"}
    issued = prescribing.prescriptions_of(doctor, patients[0])[0]
    assert issued.issued_at is not None and (TODAY - issued.issued_at.date()).days >= 189
    encounter = encounter_for(doctor, patients[0])
    context = prescribing.prescribing_context(doctor, encounter)
    alerts = prescribing.check_lines(context, [line(1, "warfarin-5-mg-tablet")]).needs_reason
    assert [a.severity.value for a in alerts] == ["major"]
    second = prescribing.medications_of(doctor, patients[1])
    assert {(m.name, m.status) for m in second} == {("metformin 500 mg tablet", "active"),
                                                  ("amoxicillin 500 mg capsule", "stopped"),
                                                  ("lisinopril 10 mg tablet", "active")}
    charges = owner_rows(database, "SELECT count(*) AS n FROM charge WHERE source_kind = 'prescription' "
                                   "AND patient_id = ANY(:ps)", ps=patients)
    assert charges[0].n == 7  # one per line: 2 + 1 + 1 + 2 + 1
