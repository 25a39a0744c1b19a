"""Chart history on a real database (issue 8, item 3; migration 0013): allergies and problems edited with
versions, family and social history, the doctor's admitted patients, what was printed for a patient; and the
new tables' GRANTs, connecting as each group."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from factories import new_patient
from helpers import fixed_clock
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.clinical import (
    AllergyDraft,
    FamilyHistoryDraft,
    ProblemDraft,
    SocialHistoryDraft,
)
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

NEW_TABLES = ("problem_family_history", "problem_social_history")


@pytest.fixture(scope="module")
def doctor_login(database) -> str:
    return database.add_user(Group.DOCTOR, stem="hdoc", full_name="Dr History")


@pytest.fixture(scope="module")
def doctor(database, doctor_login) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doctor_login, clock=fixed_clock())


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


def test_a_doctor_edits_and_inactivates_an_allergy_and_a_stale_version_is_refused(database, doctor) -> None:
    patient = new_patient(database)
    allergy, _flag = consultation.record_allergy(doctor, patient, AllergyDraft("Penicillin", "Rash", "moderate"))
    assert allergy is not None
    edited = consultation.update_allergy(doctor, allergy.id, AllergyDraft("Penicillin", "Anaphylaxis", "severe",
                                                                          drug_class="Penicillins"), allergy.version)
    assert (edited.reaction, edited.severity, edited.drug_class, edited.version) == \
        ("Anaphylaxis", "severe", "Penicillins", allergy.version + 1)
    assert edited.verification == "confirmed"  # unchanged by an edit
    with pytest.raises(Conflict, match="changed this allergy"):
        consultation.update_allergy(doctor, allergy.id, AllergyDraft("Penicillin", status="inactive"), allergy.version)
    inactive = consultation.update_allergy(doctor, allergy.id, AllergyDraft("Penicillin", status="inactive"),
                                           edited.version)
    assert inactive.status == "inactive"
    assert consultation.chart_history(doctor, patient).allergy_flag.state == "not_recorded"
    with pytest.raises(ValidationFailed):
        consultation.update_allergy(doctor, allergy.id, AllergyDraft(" "), inactive.version)


def test_reception_reports_an_allergy_and_a_doctor_confirms_it(database, doctor, reception) -> None:
    patient = new_patient(database)
    returned, flag = consultation.record_allergy(reception, patient, AllergyDraft("Latex", "Itching", "mild"))
    assert returned is None and flag.state == "allergies"
    reported = consultation.chart_history(doctor, patient).allergies[0]
    assert (reported.substance, reported.verification) == ("Latex", "reported")
    with pytest.raises(PermissionDenied):
        consultation.update_allergy(reception, reported.id, AllergyDraft("Latex"), reported.version)
    with pytest.raises(PermissionDenied):
        consultation.chart_history(reception, patient)
    confirmed = consultation.confirm_allergy(doctor, reported.id, reported.version)
    assert confirmed.verification == "confirmed" and confirmed.confirmed_by == doctor.user.username


def test_a_problem_is_resolved_with_its_code_kept_and_versions_checked(database, doctor) -> None:
    patient = new_patient(database)
    problem = consultation.record_problem(doctor, patient, ProblemDraft("problem", "J45", "Asthma since school"))
    resolved = consultation.update_problem(
        doctor, problem.id, ProblemDraft("problem", "E11", "Outgrown", status="resolved"), problem.version)
    assert (resolved.icd10_code, resolved.status, resolved.description) == ("J45", "resolved", "Outgrown")
    with pytest.raises(Conflict):
        consultation.update_problem(doctor, problem.id, ProblemDraft("problem", "J45"), problem.version)
    banner = consultation.open_chart(doctor, patient, consultation_reason()).banner
    assert banner.active_problems == ()


def consultation_reason():
    from hms_desktop.domain.clinical import BreakGlass

    return BreakGlass("emergency")


def test_family_and_social_history_round_trip(database, doctor) -> None:
    patient = new_patient(database)
    with pytest.raises(ValidationFailed, match="ICD-10"):
        consultation.record_family_history(doctor, patient, FamilyHistoryDraft("mother", "X99.99"))
    entry = consultation.record_family_history(doctor, patient, FamilyHistoryDraft("mother", "e11"))
    assert entry.icd10_code == "E11" and "diabetes" in entry.description.casefold()
    changed = consultation.update_family_history(doctor, entry.id, FamilyHistoryDraft("father", "I21", "At 52"),
                                                 entry.version)
    assert (changed.relation, changed.description) == ("father", "At 52")

    history = consultation.chart_history(doctor, patient)
    assert history.social.version == 0 and history.family == (changed,)
    with pytest.raises(ValidationFailed, match="Pack-years"):
        consultation.save_social_history(doctor, patient, SocialHistoryDraft("never", Decimal("10")), 0)
    first = consultation.save_social_history(
        doctor, patient, SocialHistoryDraft("current", Decimal("12.5"), 14, "Bus driver"), 0)
    assert (first.smoking, first.pack_years, first.alcohol_units_week, first.version) == \
        ("current", Decimal("12.5"), 14, 1)
    with pytest.raises(Conflict):
        consultation.save_social_history(doctor, patient, SocialHistoryDraft("former"), 0)
    second = consultation.save_social_history(doctor, patient, SocialHistoryDraft("former", Decimal("12.5")), 1)
    assert consultation.chart_history(doctor, patient).social == second
    with database.owner.engine.connect() as conn:
        row = conn.execute(text("SELECT recorded_by, updated_by FROM problem_social_history WHERE id = :i"),
                           {"i": second.id}).one()
    assert tuple(row) == (doctor.user.username, doctor.user.username)


def test_my_inpatients_lists_the_doctors_admitted_patients_with_their_bed(database, doctor) -> None:
    patient = new_patient(database, "Inpatientfamily")
    other = new_patient(database)
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('History ward') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'H1') RETURNING id"),
                            {"w": ward}).scalar_one()
        bed = conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, 'B') RETURNING id"),
                           {"r": room}).scalar_one()
        admission = conn.execute(text(
            "INSERT INTO admission (patient_id, attending_doctor_id, reason, admitted_at) "
            "VALUES (:p, :d, 'x', :at) RETURNING id"),
            # Admitted the day before the doctor's (fixed) today, whatever the real clock says.
            {"p": patient, "d": doctor.user.staff_id, "at": doctor.clock.now() - timedelta(days=1)}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id) VALUES (:a, :b)"), {"a": admission, "b": bed})
        conn.execute(text("INSERT INTO admission (patient_id, reason) VALUES (:p, 'someone else''s')"), {"p": other})
    mine = consultation.my_inpatients(doctor)
    assert [(p.patient_id, p.admission_id, p.ward, p.room, p.bed) for p in mine] == \
        [(patient, admission, "History ward", "H1", "B")]
    assert mine[0].family_name == "Inpatientfamily"
    # An admission is a care link: no reason asked.
    assert consultation.open_chart(doctor, patient).banner.patient_id == patient


def test_documents_show_what_was_printed_for_the_patient(database, doctor, reception) -> None:
    patient = new_patient(database)
    assert consultation.patient_documents(doctor, patient) == ()
    job = printing.wristband_pdf(reception, patient)
    printing.log_print(reception, job, "front desk")
    printing.log_print(reception, printing.wristband_pdf(reception, patient), "front desk")
    documents = consultation.patient_documents(doctor, patient)
    assert [(d.document, d.is_copy) for d in documents] == [("wristband", True), ("wristband", False)]
    assert documents[0].printed_by == reception.user.full_name
    with pytest.raises(PermissionDenied):
        consultation.patient_documents(reception, patient)


# --- GRANTs, as each group ---------------------------------------------------------------------------------

@pytest.mark.parametrize("group", [Group.RECEPTION, Group.BILLING, Group.ADMIN], ids=lambda g: g.value)
def test_only_doctors_read_or_write_family_and_social_history(database, group: Group) -> None:
    patient = new_patient(database)
    with database.connect_as(database.add_user(group)) as conn:
        for table in NEW_TABLES:
            for sql in (f"SELECT * FROM {table}", f"SELECT count(*) FROM {table}",
                        f"INSERT INTO {table} (patient_id) VALUES ({patient})",
                        f"UPDATE {table} SET version = 1", f"DELETE FROM {table}"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(sql)
                conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM hms_patient_documents(%s)", (patient,))


def test_doctors_write_history_and_the_database_names_them(database, doctor_login) -> None:
    patient = new_patient(database)
    with database.connect_as(doctor_login) as conn:
        conn.execute("INSERT INTO problem_family_history (patient_id, relation, icd10_code) VALUES (%s, 'sibling', "
                     "'C50')", (patient,))
        with pytest.raises(errors.InsufficientPrivilege):  # who recorded it is the database's to say
            conn.execute("INSERT INTO problem_family_history (patient_id, relation, icd10_code, recorded_by) "
                         "VALUES (%s, 'sibling', 'C50', 'someone_else')", (patient,))
        conn.rollback()
        with pytest.raises(errors.CheckViolation):
            conn.execute("INSERT INTO problem_family_history (patient_id, relation, icd10_code) "
                         "VALUES (%s, 'cousin', 'C50')", (patient,))
        conn.rollback()
        conn.execute("INSERT INTO problem_social_history (patient_id, smoking, alcohol_units_week) "
                     "VALUES (%s, 'never', 3)", (patient,))
        with pytest.raises(errors.InsufficientPrivilege):  # kept, never deleted
            conn.execute("DELETE FROM problem_social_history WHERE patient_id = %s", (patient,))
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):  # the print log itself stays the administrators'
            conn.execute("SELECT * FROM print_log")
        conn.rollback()
        conn.execute("SELECT * FROM hms_patient_documents(%s)", (patient,)).fetchall()
        login = conn.execute("SELECT session_user").fetchone()[0]
    with database.owner.engine.connect() as conn:
        rows = conn.execute(text("SELECT recorded_by, version FROM problem_family_history WHERE patient_id = :p "
                                 "UNION ALL SELECT recorded_by, version FROM problem_social_history "
                                 "WHERE patient_id = :p"), {"p": patient}).all()
        audited = conn.execute(text("SELECT table_name, action FROM audit_log WHERE table_name IN "
                                    "('problem_family_history', 'problem_social_history') AND actor = :u "
                                    "AND (after->>'patient_id')::bigint = :p ORDER BY table_name"),
                               {"u": login, "p": patient}).all()
    assert [tuple(r) for r in rows] == [(login, 1), (login, 1)]
    assert [tuple(r) for r in audited] == [("problem_family_history", "INSERT"),
                                           ("problem_social_history", "INSERT")]
