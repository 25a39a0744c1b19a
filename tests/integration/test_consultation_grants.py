"""Consultation GRANTs, tested by connecting as each group (any SQL tool could): the database is the boundary.

Doctors read and write clinical tables; administrators read chart openings and charges but no clinical table;
reception adds allergies the patient reports (always "reported") and reads only the allergy flag; billing
reads charges and no clinical table at all (issue 8, item 10).
"""

from __future__ import annotations

import re
from datetime import date

import psycopg
import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group

CLINICAL_WORDS = re.compile(r"encounter|diagnosis|vital|allergy|problem|prescription|lab_order|lab_result")
DOCTOR_READS = ("encounter", "encounter_addendum", "encounter_diagnosis", "vital", "allergy", "allergy_none_known",
                "problem")


@pytest.fixture(scope="module")
def clinical_tables(database) -> list[str]:
    """Every table of the schema whose name says it is clinical, found in the catalogue (new ones included)."""
    with database.owner.engine.connect() as conn:
        names = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    found = sorted(name for name in names if CLINICAL_WORDS.search(name))
    assert set(DOCTOR_READS) <= set(found)
    return found


@pytest.fixture(scope="module")
def ids(database) -> dict[str, int | str]:
    doctor = database.add_user(Group.DOCTOR, stem="gcdoc")
    colleague = database.add_user(Group.DOCTOR, stem="gccol")
    patient = new_patient(database)
    with database.owner.engine.begin() as conn:
        staff = dict(conn.execute(text("SELECT username, id FROM staff WHERE username IN (:a, :b)"),
                                  {"a": doctor, "b": colleague}).all())
        encounter = conn.execute(text(
            "INSERT INTO encounter (patient_id, doctor_id, kind, history) VALUES (:p, :d, 'walk_in', 'secret') "
            "RETURNING id"), {"p": patient, "d": staff[doctor]}).scalar_one()
        conn.execute(text("INSERT INTO charge (patient_id, doctor_id, service_date, fee_code, description, "
                          "source_kind, source_id) VALUES (:p, :d, :day, 'CONS', 'Consultation', 'encounter', :e)"),
                     {"p": patient, "d": staff[doctor], "day": date(2031, 3, 3), "e": encounter})
    return {"doctor_login": doctor, "doctor": staff[doctor], "colleague_login": colleague,
            "colleague": staff[colleague], "patient": patient, "encounter": encounter}


def connect(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


@pytest.mark.parametrize("group", [Group.BILLING, Group.RECEPTION, Group.ADMIN], ids=lambda g: g.value)
def test_only_doctors_select_from_any_clinical_table(database, clinical_tables, group: Group) -> None:
    with connect(database, group) as conn:
        for table in clinical_tables:
            refused(conn, f"SELECT * FROM {table} LIMIT 1")
            refused(conn, f"SELECT count(*) FROM {table}")


def test_billing_reads_charges_with_date_doctor_and_description_and_nothing_clinical(database, ids) -> None:
    with connect(database, Group.BILLING) as conn:
        row = conn.execute("SELECT service_date, doctor_id, description, fee_code, status FROM charge "
                           "WHERE patient_id = %s", (ids["patient"],)).fetchone()
        assert row == (date(2031, 3, 3), ids["doctor"], "Consultation", "CONS", "unbilled")
        refused(conn, "SELECT * FROM chart_access")
        refused(conn, "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
                      "VALUES (%s, current_date, 'X', 'x', 'encounter', 1)", (ids["patient"],))
        refused(conn, "UPDATE charge SET status = 'void'")
        refused(conn, "SELECT hms_charge_encounter(%s)", (ids["encounter"],))


def test_reception_reports_allergies_and_reads_only_the_flag(database, ids) -> None:
    with connect(database, Group.RECEPTION) as conn:
        assert conn.execute("SELECT * FROM hms_allergy_flag(%s)", (ids["patient"],)).fetchone() == \
            ("not_recorded", False)
        conn.execute("INSERT INTO allergy (patient_id, substance, reaction, severity, source) "
                     "VALUES (%s, 'Aspirin', 'Wheeze', 'moderate', 'patient')", (ids["patient"],))
        # Naming the verification is refused; the trigger would make it "reported" anyway.
        refused(conn, "INSERT INTO allergy (patient_id, substance, severity, source, verification) "
                      "VALUES (%s, 'Nuts', 'severe', 'patient', 'confirmed')", (ids["patient"],))
        refused(conn, "INSERT INTO allergy (patient_id, substance, severity, source, recorded_by) "
                      "VALUES (%s, 'Nuts', 'severe', 'patient', 'someone_else')", (ids["patient"],))
        refused(conn, "INSERT INTO allergy (patient_id, substance, severity, source) VALUES (%s, 'Nuts', 'severe', "
                      "'patient') RETURNING id", (ids["patient"],))
        refused(conn, "UPDATE allergy SET verification = 'confirmed'")
        refused(conn, "INSERT INTO allergy_none_known (patient_id) VALUES (%s)", (ids["patient"],))
        refused(conn, "INSERT INTO encounter (patient_id, kind) VALUES (%s, 'walk_in')", (ids["patient"],))
        assert conn.execute("SELECT state FROM hms_allergy_flag(%s)", (ids["patient"],)).fetchone() == ("allergies",)
        login = conn.execute("SELECT session_user").fetchone()[0]
    with database.owner.engine.connect() as conn:
        row = conn.execute(text("SELECT verification, recorded_by, confirmed_by FROM allergy WHERE patient_id = :p "
                                "AND substance = 'Aspirin'"), {"p": ids["patient"]}).one()
    assert tuple(row) == ("reported", login, None)


def test_administrators_audit_openings_and_read_no_notes(database, ids) -> None:
    with connect(database, Group.ADMIN) as conn:
        conn.execute("SELECT count(*) FROM chart_access").fetchone()
        conn.execute("SELECT count(*) FROM charge").fetchone()
        refused(conn, "INSERT INTO encounter (patient_id, kind) VALUES (%s, 'walk_in')", (ids["patient"],))
        refused(conn, "UPDATE encounter SET history = 'x'")
        refused(conn, "INSERT INTO chart_access (patient_id, reason_kind) VALUES (%s, 'care')", (ids["patient"],))
        # The audit trail says who changed an encounter, never what the notes say.
        audited = conn.execute("SELECT after FROM audit_log WHERE table_name = 'encounter' AND row_key = %s",
                               (str(ids["encounter"]),)).fetchone()[0]
        assert "history" not in audited and audited["doctor_id"] == ids["doctor"]


def test_doctors_write_clinical_data_and_the_database_says_who(database, ids) -> None:
    with database.connect_as(ids["doctor_login"]) as conn:
        for table in DOCTOR_READS:
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        # The doctor of a new encounter is the login, whatever the statement says.
        refused(conn, "INSERT INTO encounter (patient_id, kind, doctor_id) VALUES (%s, 'walk_in', %s)",
                (ids["patient"], ids["colleague"]))
        own = conn.execute("INSERT INTO encounter (patient_id, kind) VALUES (%s, 'walk_in') "
                           "RETURNING id, doctor_id, status", (ids["patient"],)).fetchone()
        assert own[1:] == (ids["doctor"], "draft")
        refused(conn, "INSERT INTO encounter (patient_id, kind, status) VALUES (%s, 'walk_in', 'signed')",
                (ids["patient"],))
        refused(conn, "UPDATE encounter SET signed_by = 'x' WHERE id = %s", (own[0],))
        allergy = conn.execute("INSERT INTO allergy (patient_id, substance, severity, source, verification) "
                               "VALUES (%s, 'Codeine', 'mild', 'clinician', 'confirmed') "
                               "RETURNING verification, confirmed_by", (ids["patient"],)).fetchone()
        assert allergy == ("confirmed", ids["doctor_login"])
        conn.execute("INSERT INTO chart_access (patient_id, reason_kind) VALUES (%s, 'care')", (ids["patient"],))
        refused(conn, "SELECT * FROM chart_access")
        refused(conn, "SELECT * FROM charge")
        refused(conn, "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
                      "VALUES (%s, current_date, 'X', 'x', 'encounter', 1)", (ids["patient"],))
        refused(conn, "DELETE FROM allergy")
        refused(conn, "DELETE FROM encounter")
        signed = conn.execute("UPDATE encounter SET status = 'signed', version = version + 1 WHERE id = %s "
                              "RETURNING signed_by", (own[0],)).fetchone()
        assert signed == (ids["doctor_login"],)


def test_a_doctor_edits_only_their_own_encounters(database, ids) -> None:
    with database.connect_as(ids["colleague_login"]) as conn:
        assert conn.execute("SELECT history FROM encounter WHERE id = %s", (ids["encounter"],)).fetchone() == \
            ("secret",)
        assert conn.execute("UPDATE encounter SET history = 'forged' WHERE id = %s", (ids["encounter"],)).rowcount == 0
        with pytest.raises(psycopg.Error) as refused_vital:
            conn.execute("INSERT INTO vital (encounter_id, pulse_bpm) VALUES (%s, 70)", (ids["encounter"],))
        assert refused_vital.value.sqlstate == "HM003"


def test_implausible_vitals_are_refused_by_the_database_too(database, ids) -> None:
    with database.connect_as(ids["doctor_login"]) as conn:
        with pytest.raises(errors.CheckViolation):
            conn.execute("INSERT INTO vital (encounter_id, temperature_c) VALUES (%s, 370)", (ids["encounter"],))
        with pytest.raises(errors.CheckViolation):
            conn.execute("INSERT INTO encounter_diagnosis (encounter_id, icd10_code) VALUES (%s, 'asthma')",
                         (ids["encounter"],))
        bmi = conn.execute("INSERT INTO vital (encounter_id, weight_kg, height_cm) VALUES (%s, 80, 180) "
                           "RETURNING bmi", (ids["encounter"],)).fetchone()[0]
        assert str(bmi) == "24.7"
        conn.execute("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) VALUES (%s, 'J45', true)",
                     (ids["encounter"],))
        with pytest.raises(errors.UniqueViolation):
            conn.execute("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                         "VALUES (%s, 'I10', true)", (ids["encounter"],))
