"""The faster versions of the other slow reports (issue 12: migration 0032's version 2 of age-pyramid,
top-diagnoses and revenue-by-category, migration 0036's version 3 of outstanding-balances, read from
invoice_balance) give exactly the rows of version 1 (kept here as the oracle) on data made to
sit on their edges: invoices issued on the days where an age band starts, part-paid, refunded, credited, paid
after the range; birthdays on 29 February and on the day a five-year band starts; a code on many encounters of
one patient; a fee code whose category changed and lines without a fee code."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.db import sql_objects
from hms_desktop.domain.staff import Group
from hms_desktop.services.reports.drill import detail_text

REPORTS = ("outstanding_balances", "age_pyramid", "top_diagnoses", "revenue_by_category")
ZONES = ("Europe/London", "Pacific/Auckland")
LAST_DAYS = (date(2025, 3, 31), date(2024, 2, 29), date(2025, 2, 28), date(2025, 12, 31))


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture(scope="module")
def edges(database) -> None:
    doctor = database.add_user(Group.DOCTOR, stem="spdoc", full_name="Dr Speed")
    births = [date(2000, 2, 29), date(2005, 2, 28), date(2005, 3, 1), date(2020, 2, 29), date(1940, 1, 1),
              date(2020, 3, 31), date(2020, 4, 1), date(2015, 3, 31), None]
    sexes = ["M", "F", "U", "F", "M", "M", "F", "U", "M"]
    patients = [new_patient(database, sex=s, birth=b) for s, b in zip(sexes, births, strict=True)]
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        staff = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        conn.execute(text(
            "INSERT INTO fee_schedule (code, name, category, price, effective_from) VALUES "
            "('SP-CONS', 'Consultation', 'consultation', 50, '2020-01-01'), "
            "('SP-CONS', 'Consultation', 'procedure', 60, '2025-02-01'), "
            "('SP-LAB', 'Lab', 'lab', 20, '2020-01-01')"))
        # Invoices issued around the band edges before each last day, late in the evening (another day in
        # Auckland), with payments before and after the last day, refunds and credit notes.
        n = 0
        for last in LAST_DAYS:
            for back in (0, 1, 29, 30, 31, 60, 61, 90, 91, 400):
                n += 1
                issued = at(last - timedelta(days=back), 22 if n % 2 else 9)
                invoice = conn.execute(text(
                    "INSERT INTO invoice (number, patient_id, status, issued_at, issued_by, subtotal, discount, tax, "
                    "total) VALUES (:num, :p, 'issued', :t, 'sp', 100, 0, 0, 100) RETURNING id"),
                    {"num": f"SP-{n}", "p": patients[n % len(patients)], "t": issued}).scalar_one()
                conn.execute(text(
                    "INSERT INTO invoice_line (invoice_id, fee_code, description, service_date, quantity, unit_price, "
                    "tax_rate, line_total, tax_amount) VALUES (:i, :code, 'Line', :d, 1, 100, :tax, 100, :tax)"),
                    {"i": invoice, "code": (None, "SP-CONS", "SP-LAB")[n % 3], "d": issued.date(), "tax": n % 4})
                if n % 4 != 0:  # part paid; sometimes in full after the last day; sometimes refunded
                    conn.execute(text("INSERT INTO payment (invoice_id, kind, method, amount, reference, taken_at, "
                                      "taken_by) VALUES (:i, 'payment', 'transfer', :a, 'sp', :t, 'sp')"),
                                 {"i": invoice, "a": 40 + n % 3 * 30, "t": issued + timedelta(hours=1)})
                if n % 5 == 0:
                    conn.execute(text("INSERT INTO payment (invoice_id, kind, method, amount, reference, taken_at, "
                                      "taken_by) VALUES (:i, 'payment', 'transfer', 100, 'sp', :t, 'sp')"),
                                 {"i": invoice, "t": at(last + timedelta(days=1), 1)})
                if n % 7 == 0:
                    conn.execute(text("INSERT INTO payment (invoice_id, kind, method, amount, reference, taken_at, "
                                      "taken_by) VALUES (:i, 'refund', 'transfer', 10, 'sp', :t, 'sp')"),
                                 {"i": invoice, "t": issued + timedelta(hours=2)})
                if n % 6 == 0:
                    conn.execute(text("INSERT INTO credit_note (number, invoice_id, reason, issued_at, issued_by, "
                                      "subtotal, total) VALUES (:num, :i, 'Billed twice', :t, 'sp', :a, :a)"),
                                 {"num": f"SPC-{n}", "i": invoice, "t": issued + timedelta(hours=3), "a": 30})
        # Its only payment stamped a minute before the issue (a transaction begun first: now() is its start).
        early = at(date(2025, 3, 10))
        invoice = conn.execute(text(
            "INSERT INTO invoice (number, patient_id, status, issued_at, issued_by, subtotal, discount, tax, total) "
            "VALUES ('SP-EARLY', :p, 'issued', :t, 'sp', 100, 0, 0, 100) RETURNING id"),
            {"p": patients[0], "t": early}).scalar_one()
        conn.execute(text("INSERT INTO payment (invoice_id, kind, method, amount, reference, taken_at, taken_by) "
                          "VALUES (:i, 'payment', 'transfer', 30, 'sp', :t, 'sp')"),
                     {"i": invoice, "t": early - timedelta(minutes=1)})
        # Appointments and encounters through 2024-2025; a patient with the same code on several encounters.
        for k in range(120):
            day = date(2024, 1, 1) + timedelta(days=k * 6)
            conn.execute(text(
                "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status) "
                "VALUES (:p, :d, :s, :s + interval '15 minutes', :st)"),
                {"p": patients[k % len(patients)], "d": staff, "s": at(day, 8 + k % 12),
                 "st": ("completed", "checked_in", "no_show", "booked", "in_consultation")[k % 5]})
            encounter = conn.execute(text(
                "INSERT INTO encounter (patient_id, doctor_id, kind, created_at) VALUES (:p, :d, 'walk_in', :t) "
                "RETURNING id"), {"p": patients[k % 3], "d": staff, "t": at(day, 23)}).scalar_one()
            conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                              "VALUES (:e, :c, true)"), {"e": encounter, "c": ("I10", "J45.9", "E11.9")[k % 3]})
            if k % 2:
                conn.execute(text("INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) "
                                  "VALUES (:e, 'I10', false) ON CONFLICT DO NOTHING"), {"e": encounter})
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at) VALUES (:p, 'sp', :t)"),
                     {"p": patients[4], "t": at(date(2023, 6, 1))})
        # invoice_balance's triggers were off with the others: counted afterwards, as after a bulk load.
        conn.execute(text("SELECT hms_report_rebuild_invoice_balance()"))
    with database.owner.engine.begin() as conn:
        for report in REPORTS:
            sql = sql_objects.read(f"hms_report_{report}", 1).replace(
                f"FUNCTION hms_report_{report}(", f"FUNCTION oracle_{report}(")
            conn.execute(text(sql.replace(":", "\\:")))
        drill = sql_objects.read("hms_report_drill_outstanding_balances", 1).replace(
            "FUNCTION hms_report_drill_outstanding_balances(", "FUNCTION oracle_drill_outstanding_balances(")
        conn.execute(text(drill.replace(":", "\\:")))


def rows(database, function: str, first: date, last: date, zone: str) -> list[tuple]:
    with database.owner.engine.begin() as conn:
        return [tuple(r) for r in conn.execute(
            text(f"SELECT * FROM {function}(:f, :l, :z, NULL, NULL, NULL, NULL, NULL)"),
            {"f": first, "l": last, "z": zone}).all()]


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("zone", ZONES)
def test_the_faster_version_gives_the_rows_of_version_1(database, edges, report: str, zone: str) -> None:
    compared = 0
    for last in LAST_DAYS:
        for first in (last - timedelta(days=364), last - timedelta(days=40), last):
            plain = rows(database, f"oracle_{report}", first, last, zone)
            assert rows(database, f"hms_report_{report}", first, last, zone) == plain, (first, last)
            compared += bool(plain)
    assert compared >= 6  # the data reached the reports


@pytest.mark.parametrize("zone", ZONES)
def test_the_outstanding_balances_drill_down_lists_the_invoices_of_version_1(database, edges, zone: str) -> None:
    listed = 0
    for last in LAST_DAYS:
        for band in ("0-30 days", "31-60 days", "61-90 days", "over 90 days"):
            with database.owner.engine.begin() as conn:
                call = "SELECT * FROM {}(:f, :l, :z, NULL, NULL, NULL, NULL, NULL, ARRAY[:b])"
                args = {"f": last - timedelta(days=364), "l": last, "z": zone, "b": band}
                plain = conn.execute(text(call.format("oracle_drill_outstanding_balances")), args).all()
                # Version 3 (migration 0038) returns the detail as its parts, worded by the service: the same
                # sentence, but for the thousands separators of the amounts (formats.py) and "1 day" where
                # version 1 wrote "1 days".
                faster = conn.execute(text(call.format("hms_report_drill_outstanding_balances")), args).all()
                assert [(*row[:5], re.sub(r"(?<=\d),(?=\d{3})", "", detail_text(row[5], row[6])))
                        for row in faster] == [(*row[:5], re.sub(r", 1 days$", ", 1 day", row[5])) for row in plain]
                listed += len(plain)
    assert listed >= 10


def test_the_age_pyramid_reads_the_covering_index(database, edges) -> None:
    with database.owner.engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT a.patient_id FROM appointment a WHERE a.starts_at >= '2025-01-01' "
            "AND a.starts_at < '2026-01-01' AND a.status IN ('completed', 'checked_in', 'in_consultation')")).scalars())
    assert "Index Only Scan using ix_appointment_seen" in plan


SUMMARISED = ("age_pyramid", "top_diagnoses")  # migration 0037: read whole summarised months from the summaries


def compare_summarised(database, zone: str) -> int:
    """Version 3 against version 1 over ranges of whole months, part months and single days; rows compared."""
    compared = 0
    for report in SUMMARISED:
        for first, last in ((date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 3, 1), date(2025, 2, 28)),
                            (date(2024, 2, 10), date(2024, 9, 20)), (date(2024, 5, 7), date(2024, 5, 7)),
                            (date(2023, 12, 15), date(2025, 12, 31))):
            plain = rows(database, f"oracle_{report}", first, last, zone)
            assert rows(database, f"hms_report_{report}", first, last, zone) == plain, (report, first, last)
            compared += len(plain)
    return compared


def test_the_seen_summaries_stay_exact_through_refreshes_and_backdated_changes(database, edges) -> None:
    with database.owner.engine.begin() as conn:
        zone = conn.execute(text("SELECT coalesce((SELECT value #>> '{}' FROM hospital_setting "
                                 "WHERE key = 'time_zone'), 'UTC')")).scalar_one()
        conn.execute(text("SELECT hms_report_refresh_summary()"))
        seen = conn.execute(text("SELECT count(*) FROM patient_year_seen WHERE year = 2024")).scalar_one()
        coded = conn.execute(text("SELECT count(*) FROM diagnosis_year_seen WHERE year = 2024")).scalar_one()
    assert seen > 0 and coded > 0  # the whole months of 2024 are read from the summaries now
    assert compare_summarised(database, zone) > 0
    assert compare_summarised(database, "Pacific/Auckland") > 0  # another zone: read live

    # Backdated changes with the triggers on (as a clinic would make them), not yet refreshed: the days they
    # touch are read live, so the reports stay exact.
    with database.owner.engine.begin() as conn:
        conn.execute(text("ALTER TABLE encounter_diagnosis DISABLE TRIGGER signed_guard"))
        conn.execute(text("ALTER TABLE encounter DISABLE TRIGGER signed_guard"))
        conn.execute(text("ALTER TABLE appointment DISABLE TRIGGER guard"))  # a completed visit made a no-show
        conn.execute(text(
            "UPDATE appointment SET status = 'no_show' WHERE id = (SELECT min(id) FROM appointment "
            "WHERE status = 'completed' AND starts_at >= '2024-03-01' AND starts_at < '2024-12-01')"))
        conn.execute(text(
            "INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary) SELECT e.id, 'K21.0', false "
            "FROM encounter e WHERE e.created_at >= '2024-04-01' AND e.created_at < '2024-05-01' "
            "ORDER BY e.id LIMIT 2"))
        conn.execute(text(
            "DELETE FROM encounter_diagnosis WHERE id = (SELECT min(dx.id) FROM encounter_diagnosis dx "
            "JOIN encounter e ON e.id = dx.encounter_id WHERE NOT dx.is_primary AND e.created_at >= '2024-06-01')"))
        conn.execute(text(
            "UPDATE encounter SET patient_id = (SELECT max(patient_id) FROM encounter) "
            "WHERE id = (SELECT min(id) FROM encounter WHERE created_at >= '2024-08-01')"))
        noted = conn.execute(text("SELECT count(*) FROM diagnosis_summary_dirty")).scalar_one()
    assert noted >= 3
    assert compare_summarised(database, zone) > 0
    with database.owner.engine.begin() as conn:
        conn.execute(text("SELECT hms_report_refresh_summary()"))
        assert conn.execute(text("SELECT count(*) FROM diagnosis_summary_dirty WHERE day < '2025-01-01'")
                            ).scalar_one() == 0
    assert compare_summarised(database, zone) > 0  # the changed months summarised again


@pytest.mark.parametrize("group", [Group.ADMIN, Group.DOCTOR, Group.BILLING, Group.RECEPTION])
def test_nobody_but_the_owner_reads_the_seen_summaries(database, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for table in ("patient_year_seen", "diagnosis_year_seen", "diagnosis_month_count",
                      "diagnosis_summary_dirty"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")
