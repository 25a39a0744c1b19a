"""Insurance GRANTs (migration 0017), tested by connecting as each group (any SQL tool could): administrators
manage payers and plans; billing reads them and manages patient policies; reception reads payers and plan
names and reads/creates policies at registration; doctors have no privilege on any insurance table. The
database sets every author, time and first version."""

from __future__ import annotations

import psycopg
import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group

TABLES = ("insurance_payer", "insurance_plan", "insurance_plan_coverage", "insurance_plan_exclusion",
          "patient_policy")


@pytest.fixture(scope="module")
def ids(database) -> dict[str, int]:
    patient = new_patient(database)
    with database.owner.engine.begin() as conn:
        payer = conn.execute(text("INSERT INTO insurance_payer (code, name) VALUES ('GR', 'Grants Health') "
                                  "RETURNING id")).scalar_one()
        plan = conn.execute(text("INSERT INTO insurance_plan (payer_id, name) VALUES (:p, 'Grants plan') "
                                 "RETURNING id"), {"p": payer}).scalar_one()
        conn.execute(text("INSERT INTO insurance_plan_coverage (plan_id, category, percent) VALUES (:p, 'lab', 80)"),
                     {"p": plan})
        conn.execute(text("INSERT INTO insurance_plan_exclusion (plan_id, fee_code) VALUES (:p, 'LAB-X')"),
                     {"p": plan})
        policy = conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from, "
                                   "valid_to) "
                                   "VALUES (:pt, :p, 'G-1', '2031-01-01', '2031-12-31') RETURNING id"),
                              {"pt": patient, "p": plan}).scalar_one()
    return {"patient": patient, "payer": payer, "plan": plan, "policy": policy}


def connect(database, group: Group) -> tuple[psycopg.Connection, str]:
    username = database.add_user(group)
    return database.connect_as(username), username


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_doctors_have_no_privilege_on_any_insurance_table(database, ids) -> None:
    conn, _ = connect(database, Group.DOCTOR)
    with conn:
        for table in TABLES:
            refused(conn, f"SELECT count(*) FROM {table}")
        refused(conn, "INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                      "VALUES (%s, %s, 'D', '2031-01-01')", (ids["patient"], ids["plan"]))


def test_admins_manage_payers_and_plans_and_the_database_says_who(database, ids) -> None:
    conn, username = connect(database, Group.ADMIN)
    with conn:
        payer, author, version = conn.execute(
            "INSERT INTO insurance_payer (code, name, contact) VALUES ('ADM', 'Admin Made', 'x') "
            "RETURNING id, created_by, version").fetchone()
        assert (author, version) == (username, 1)
        conn.execute("UPDATE insurance_payer SET name = 'Admin Renamed', version = version + 1 WHERE id = %s",
                     (payer,))
        assert conn.execute("SELECT updated_by, version FROM insurance_payer WHERE id = %s",
                            (payer,)).fetchone() == (username, 2)
        plan = conn.execute("INSERT INTO insurance_plan (payer_id, name, copay_per_invoice, annual_limit) "
                            "VALUES (%s, 'P', 5, 100) RETURNING id", (payer,)).fetchone()[0]
        conn.execute("INSERT INTO insurance_plan_coverage (plan_id, category, percent, preauth_required) "
                     "VALUES (%s, 'drug', 50, true)", (plan,))
        conn.execute("INSERT INTO insurance_plan_exclusion (plan_id, fee_code) VALUES (%s, 'DRUG-Y')", (plan,))
        conn.execute("DELETE FROM insurance_plan_coverage WHERE plan_id = %s", (plan,))
        conn.execute("DELETE FROM insurance_plan_exclusion WHERE plan_id = %s", (plan,))
        # Authors and first versions are the database's: a client cannot even name them.
        refused(conn, "INSERT INTO insurance_payer (code, name, created_by) VALUES ('F', 'Forged', 'someone')")
        refused(conn, "INSERT INTO insurance_plan (payer_id, name, version) VALUES (%s, 'V', 7)", (payer,))
        # Payers and plans are retired (active = false), never deleted.
        refused(conn, "DELETE FROM insurance_plan WHERE id = %s", (plan,))
        refused(conn, "DELETE FROM insurance_payer WHERE id = %s", (payer,))
        # Administrators read policies but do not write them.
        assert conn.execute("SELECT member_number FROM patient_policy WHERE id = %s",
                            (ids["policy"],)).fetchone() == ("G-1",)
        refused(conn, "INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                      "VALUES (%s, %s, 'A', '2035-01-01')", (ids["patient"], ids["plan"]))
        refused(conn, "UPDATE patient_policy SET member_number = 'A' WHERE id = %s", (ids["policy"],))


def test_billing_reads_plans_and_manages_policies(database, ids) -> None:
    conn, username = connect(database, Group.BILLING)
    with conn:
        for table in TABLES:
            conn.execute(f"SELECT * FROM {table} LIMIT 1")
        refused(conn, "INSERT INTO insurance_payer (code, name) VALUES ('B', 'Billing made')")
        refused(conn, "UPDATE insurance_plan SET copay_per_invoice = 0 WHERE id = %s", (ids["plan"],))
        refused(conn, "INSERT INTO insurance_plan_coverage (plan_id, category, percent) VALUES (%s, 'drug', 100)",
                (ids["plan"],))
        refused(conn, "DELETE FROM insurance_plan_exclusion WHERE plan_id = %s", (ids["plan"],))
        policy, author = conn.execute(
            "INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
            "VALUES (%s, %s, 'B-1', '2040-01-01') RETURNING id, created_by", (ids["patient"], ids["plan"])).fetchone()
        assert author == username
        conn.execute("UPDATE patient_policy SET valid_to = '2040-12-31', version = version + 1 WHERE id = %s",
                     (policy,))
        # A policy stays with its patient, and is ended with a date rather than deleted.
        refused(conn, "UPDATE patient_policy SET patient_id = %s WHERE id = %s", (ids["patient"], policy))
        refused(conn, "DELETE FROM patient_policy WHERE id = %s", (policy,))
        with pytest.raises(errors.CheckViolation):
            conn.execute("UPDATE patient_policy SET valid_to = '2039-12-31' WHERE id = %s", (policy,))


def test_reception_reads_plan_names_and_creates_policies_at_registration(database, ids) -> None:
    conn, username = connect(database, Group.RECEPTION)
    with conn:
        assert conn.execute("SELECT p.name, y.name FROM insurance_plan p JOIN insurance_payer y ON y.id = p.payer_id "
                            "WHERE p.id = %s", (ids["plan"],)).fetchone() == ("Grants plan", "Grants Health")
        refused(conn, "SELECT * FROM insurance_plan_coverage LIMIT 1")
        refused(conn, "SELECT * FROM insurance_plan_exclusion LIMIT 1")
        refused(conn, "UPDATE insurance_payer SET active = false WHERE id = %s", (ids["payer"],))
        policy, author = conn.execute(
            "INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
            "VALUES (%s, %s, 'R-1', '2045-01-01') RETURNING id, created_by", (ids["patient"], ids["plan"])).fetchone()
        assert author == username
        refused(conn, "UPDATE patient_policy SET member_number = 'R-2' WHERE id = %s", (policy,))
        with pytest.raises(errors.ExclusionViolation):
            conn.execute("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                         "VALUES (%s, %s, 'R-3', '2046-01-01')", (ids["patient"], ids["plan"]))


def test_every_insurance_table_is_audited(database, ids) -> None:
    with database.owner.engine.connect() as conn:
        audited = set(conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = 'audit' "
            "AND event_object_table = ANY(:t)"), {"t": list(TABLES)}).scalars())
    assert audited == set(TABLES)
