"""``hms demo``: a believable hospital that the demo accounts can log in to, loaded safely twice.

The demo's user names are fixed ("admin", "doctor", ...) and login roles belong to the whole
cluster, so this is the only module that loads demo data, and it drops those roles when done.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from helpers import TODAY
from psycopg import sql
from sqlalchemy import text

from hms_desktop import cli
from hms_desktop.domain.demo import (
    DEMO_ACCOUNTS,
    DEMO_DEPARTMENTS,
    DEMO_DOCTOR_COUNT,
    DEMO_HOSPITAL_NAME,
    DEMO_PASSWORD,
    EMAIL_DOMAINS,
    SPECIALTIES,
    TOWNS,
    nhs_check_digit,
)
from hms_desktop.domain.staff import Group, password_problem, username_problem
from hms_desktop.services import demo, settings, users
from hms_desktop.services.audit import verify_chain
from hms_desktop.services.errors import PermissionDenied, ValidationFailed

PATIENTS = 300
PLAN = demo.staff_plan()
DEMO_USERNAMES = [m.username for m in PLAN]


@pytest.fixture(scope="module")
def demo_roles(cluster) -> Iterator[None]:
    """Refuse to run where the demo's names are taken; drop the demo's login roles afterwards.

    Requested before ``database``, so it is torn down after the database is dropped.
    """
    with cluster.admin_connect() as conn:
        taken = [n for n in DEMO_USERNAMES
                 if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (n,)).fetchone()]
    if taken and cluster.embedded is not None:  # the run's own server: an earlier test left them behind
        pytest.fail(f"a test left the demo's login roles behind: {', '.join(taken)}")
    if taken:
        pytest.skip(f"the test server already has login roles named {', '.join(taken)}")
    yield
    with cluster.admin_connect() as conn:
        for username in DEMO_USERNAMES:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(username)))


@pytest.fixture(scope="module")
def loaded(demo_roles, database):
    messages: list[str] = []
    report = demo.load_demo(database.owner_context(), patients=PATIENTS, progress=messages.append)
    return report, messages


def _owner_query(database, query: str, params: dict | None = None) -> list:
    with database.owner.engine.connect() as conn:
        return list(conn.execute(text(query), params or {}))


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def test_the_demo_constants_are_valid_accounts() -> None:
    assert {Group.ADMIN, Group.RECEPTION, Group.BILLING, Group.DOCTOR} <= {
        g for a in DEMO_ACCOUNTS for g in a.groups}
    for member in PLAN:
        assert username_problem(member.username) is None, member.username
        assert password_problem(DEMO_PASSWORD, username=member.username) is None
    assert len(set(DEMO_USERNAMES)) == len(DEMO_USERNAMES)
    assert all(a.password == DEMO_PASSWORD and a.role for a in DEMO_ACCOUNTS)


def test_patient_generation_is_deterministic_and_well_formed() -> None:
    today = date(2026, 11, 29)
    first = list(demo.patient_lines(500, first_number=7, today=today))
    assert first == list(demo.patient_lines(500, first_number=7, today=today))
    assert first != list(demo.patient_lines(500, first_number=507, today=today))
    for line in first:
        fields = line.rstrip("\n").split("\t")
        assert len(fields) == 9, line
        assert fields[0] and fields[1] and fields[2] in {"F", "M", "X", "U"}
        # The area (migration 0034) is the address's town: what the migration's best guess would find too.
        assert fields[8] in {town for town, _ in TOWNS} and f", {fields[8]} " in fields[7], line


def test_counts(database, loaded) -> None:
    report, _ = loaded
    assert not report.skipped
    assert report.staff_added == len(PLAN) and report.staff_kept == 0 and report.staff_unavailable == ()
    assert report.patients_added == PATIENTS and report.patients_total == PATIENTS
    assert report.audit_summarised
    departments = {r[0] for r in _owner_query(database, "SELECT name FROM department")}
    assert set(DEMO_DEPARTMENTS) <= departments
    staff = {m.username: m for m in users.list_staff(database.owner_context())}
    assert set(DEMO_USERNAMES) <= set(staff)
    doctors = [m for m in staff.values() if Group.DOCTOR in m.groups]
    assert len(doctors) == DEMO_DOCTOR_COUNT
    # Every specialty is staffed, each doctor in the department of their specialty.
    specialty_of = {s.department: s for s in SPECIALTIES}
    assert {d.department for d in doctors} == set(specialty_of)
    for d in doctors:
        assert d.department in d.title or d.title in (specialty_of[d.department].consultant_title,
                                                      specialty_of[d.department].registrar_title)
    for group in Group:
        assert any(group in m.groups for m in staff.values()), group


def test_every_demo_patient_has_an_area_from_its_address(database, loaded) -> None:
    """The "patients-by-area" report has something to show in the demo: each patient's town (migration 0034)."""
    rows = _owner_query(database, "SELECT area, address FROM patient")
    assert len(rows) == PATIENTS
    assert all(area in {town for town, _ in TOWNS} and f", {area} " in address for area, address in rows)


def test_demo_mode_is_on_with_the_demo_name(database, loaded) -> None:
    current = settings.get_settings(database.owner_context())
    assert current.demo_mode
    assert current.hospital_name == DEMO_HOSPITAL_NAME


@pytest.mark.parametrize("account", DEMO_ACCOUNTS, ids=lambda a: a.username)
def test_each_demo_account_logs_in_with_its_groups(database, loaded, account) -> None:
    ctx = database.login(account.username, account.password)
    try:
        assert ctx.user.groups == account.groups
        assert ctx.user.full_name == account.full_name
    finally:
        ctx.db.dispose()


def test_the_demo_pharmacy_has_stock_to_reorder_and_a_course_to_dispense(database, loaded) -> None:
    """services/demo_inventory.py: the reorder list and expiring batches show something; the demo billing clerk
    holds hms_dispenser and finds the amoxicillin course, stocked, waiting at Billing > Pharmacy."""
    from hms_desktop.services import inventory

    clerk = next(a for a in DEMO_ACCOUNTS if a.username == "billing")
    ctx = database.login(clerk.username, clerk.password)
    try:
        assert ctx.user.can_dispense
        lines = [line for rx in inventory.dispensing_queue(ctx).prescriptions for line in rx.lines]
        amoxicillin = next(line for line in lines if line.drug_id == "amoxicillin-500-mg-capsule")
        assert amoxicillin.item_id is not None and amoxicillin.remaining > 0
        preview = inventory.dispense_preview(ctx, amoxicillin.item_id, inventory.dispensing_queue(ctx).locations[0].id,
                                             amoxicillin.remaining)
        assert preview.short == 0 and preview.takes[0].batch_number == "AMX-24-117"  # the earlier expiry first
    finally:
        ctx.db.dispose()
    owner = database.owner_context()
    assert len(inventory.reorder_list(owner)) >= 3
    assert any(e.expired for e in inventory.expiring(owner, 30))
    assert inventory.valuation(owner).total > 0


def test_a_generated_doctor_logs_in(database, loaded) -> None:
    doctor = next(m for m in PLAN[len(DEMO_ACCOUNTS):] if Group.DOCTOR in m.groups)
    ctx = database.login(doctor.username, DEMO_PASSWORD)
    try:
        assert ctx.user.groups == frozenset({Group.DOCTOR})
    finally:
        ctx.db.dispose()


def test_patients_look_real(database, loaded) -> None:
    rows = _owner_query(database, "SELECT mrn, family_name, given_name, sex, birth_date, phone, email, "
                                  "national_id, address FROM patient")
    assert len(rows) == PATIENTS
    mrns = [r.mrn for r in rows]
    assert len(set(mrns)) == len(mrns)
    assert all(re.fullmatch(r"\d{8}", m) and _luhn_ok(m) for m in mrns)
    today = TODAY
    ids = [r.national_id for r in rows if r.national_id is not None]
    assert len(set(ids)) == len(ids) and len(ids) > PATIENTS * 0.6
    assert all(re.fullmatch(r"\d{10}", n) and nhs_check_digit(n[:9]) == int(n[9]) for n in ids)
    for r in rows:
        assert r.family_name.strip() and r.given_name.strip()
        assert r.sex in {"F", "M", "X", "U"}
        assert 0 <= (today - r.birth_date).days <= 101 * 366
        assert r.phone is None or re.fullmatch(r"\+44\d{10}", r.phone)
        assert r.email is None or r.email.rsplit("@", 1)[1] in EMAIL_DOMAINS
        assert r.address is None or "," in r.address
    sexes = [r.sex for r in rows]
    assert sexes.count("F") > PATIENTS * 0.35 and sexes.count("M") > PATIENTS * 0.35
    ages = [(today - r.birth_date).days // 365 for r in rows]
    assert min(ages) < 18 and max(ages) >= 65
    assert sum(1 for r in rows if r.email is None) > 0  # some patients have no e-mail


def test_the_bulk_load_is_one_audit_entry_and_the_chain_holds(database, loaded) -> None:
    actions = _owner_query(database, "SELECT action, after FROM audit_log WHERE table_name = 'patient'")
    bulk = [r for r in actions if r.action == "BULK_LOAD"]
    assert len(bulk) >= 1 and bulk[0].after == {"rows": PATIENTS, "source": "hms demo"}
    assert not [r for r in actions if r.action == "INSERT"]
    # The trigger is back on for everyone else.
    enabled = _owner_query(database, "SELECT tgenabled FROM pg_trigger "
                                     "WHERE tgrelid = 'patient'::regclass AND tgname = 'audit'")
    assert enabled[0][0] == "O"
    with database.owner.engine.connect() as conn:
        assert verify_chain(conn).intact


def test_the_report_prints_the_accounts_once(loaded) -> None:
    report, messages = loaded
    text_out = report.describe()
    for account in DEMO_ACCOUNTS:
        row = rf"^\s+{re.escape(account.username)}\s+{re.escape(account.password)}\s"
        assert re.search(row, text_out, re.M)
    assert text_out.count(DEMO_PASSWORD) == len(DEMO_ACCOUNTS)
    assert not any(DEMO_PASSWORD in m for m in messages)
    assert any("patients" in m for m in messages)


def test_if_empty_does_nothing_when_staff_exist(database, loaded) -> None:
    before = _owner_query(database, "SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM audit_log)")
    report = demo.load_demo(database.owner_context(), patients=PATIENTS * 2, if_empty=True)
    assert report.skipped and "already" in report.describe()
    assert report.patients_added == 0 and report.staff_added == 0
    after = _owner_query(database, "SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM audit_log)")
    assert after == before


def test_a_second_run_keeps_accounts_and_tops_up_patients(database, loaded) -> None:
    ctx = database.owner_context()
    have = _owner_query(database, "SELECT count(*) FROM patient")[0][0]
    again = demo.load_demo(ctx, patients=have)
    assert again.staff_added == 0 and again.staff_kept == len(PLAN)
    assert again.patients_added == 0 and again.patients_total == have
    assert "none added" in again.describe()

    more = demo.load_demo(ctx, patients=have + 40)
    assert more.patients_added == 40 and more.patients_total == have + 40
    ids = [r[0] for r in _owner_query(database, "SELECT national_id FROM patient "
                                                "WHERE national_id IS NOT NULL")]
    assert len(ids) == len(set(ids))
    # The demo's password still works: existing accounts were left alone.
    database.login("admin", DEMO_PASSWORD).db.dispose()
    with database.owner.engine.connect() as conn:
        assert verify_chain(conn).intact


def test_an_administrator_without_owner_rights_loads_with_row_by_row_audit(database, loaded) -> None:
    ctx = database.login("admin", DEMO_PASSWORD)
    try:
        have = _owner_query(database, "SELECT count(*) FROM patient")[0][0]
        inserts = _owner_query(database, "SELECT count(*) FROM audit_log WHERE action = 'INSERT' "
                                         "AND table_name = 'patient'")[0][0]
        report = demo.load_demo(ctx, patients=have + 25)
        assert report.patients_added == 25 and not report.audit_summarised
        after = _owner_query(database, "SELECT count(*) FROM audit_log WHERE action = 'INSERT' "
                                       "AND table_name = 'patient'")[0][0]
        assert after - inserts == 25
    finally:
        ctx.db.dispose()


def test_other_roles_may_not_load_demo_data(database, loaded) -> None:
    ctx = database.login("reception", DEMO_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            demo.load_demo(ctx, patients=10)
    finally:
        ctx.db.dispose()
    with pytest.raises(ValidationFailed):
        demo.load_demo(database.owner_context(), patients=-1)


def test_the_cli_prints_the_report(database, loaded, capsys) -> None:
    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        host = quote(target.host, safe="")
        url = f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={host}"
    else:
        password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
        url = f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"
    assert cli.main(["demo", "--url", url, "--if-empty"]) == 0
    out = capsys.readouterr().out
    assert "already loaded" in out and out.count("reception") == 1


# --- clinical history (issue 8, item 11) ---------------------------------------------------------------------


def test_the_demo_writes_only_valid_icd10_codes() -> None:
    from hms_desktop.domain.clinical import is_valid_code
    from hms_desktop.services.demo_clinical import condition_codes

    assert [code for code in condition_codes() if not is_valid_code(code)] == []


def _demo_doctor(database):
    return database.login("doctor", DEMO_PASSWORD)


def test_the_demo_doctor_has_a_fee_code_and_todays_queue_has_histories(database, loaded) -> None:
    fee = _owner_query(database, "SELECT p.consultation_fee_code FROM doctor_profile p JOIN staff s "
                                 "ON s.id = p.staff_id WHERE s.username = 'doctor'")
    assert fee and fee[0][0]
    zone = settings.get_settings(database.owner_context()).time_zone
    # Every patient in the demo doctor's diary today (whatever the hour: seen, waiting or still to come).
    queue = _owner_query(database, """
        SELECT a.patient_id, (SELECT count(*) FROM encounter e WHERE e.patient_id = a.patient_id) AS encounters
        FROM appointment a JOIN staff s ON s.id = a.doctor_id
        WHERE s.username = 'doctor' AND (a.starts_at AT TIME ZONE :z)::date = (now() AT TIME ZONE :z)::date
          AND a.status NOT IN ('cancelled', 'declined')""", {"z": zone})
    if not queue:
        pytest.skip("the demo doctor has no appointments today (a weekend)")
    assert all(row.encounters >= 1 for row in queue)


def test_a_demo_chart_has_signed_encounters_diagnoses_vitals_and_charges(database, loaded) -> None:
    from hms_desktop.services.consultation import chart, encounters

    patient = _owner_query(database, """
        SELECT e.patient_id FROM encounter e JOIN staff s ON s.id = e.doctor_id WHERE s.username = 'doctor'
        GROUP BY e.patient_id ORDER BY count(*) DESC, e.patient_id LIMIT 1""")[0][0]
    ctx = _demo_doctor(database)
    try:
        summary = chart.chart_summary(ctx, patient)
        assert summary.encounters_total >= 1 and summary.encounters
        assert all(e.status == "signed" and e.primary_code and e.chief_complaint for e in summary.encounters)
        assert summary.banner.last_vitals is not None
        newest = encounters.encounter(ctx, summary.encounters[0].id)
        assert newest.vitals and newest.diagnoses and newest.diagnoses[0].primary
    finally:
        ctx.db.dispose()
    # Written in the demo doctors' names, as if they had typed and signed them.
    authors = _owner_query(database, """
        SELECT count(*) FILTER (WHERE e.signed_by = s.username AND e.created_by = s.username) AS own,
               count(*) AS total, count(c.id) AS charged,
               count(*) FILTER (WHERE e.signed_at <= now() AND e.created_at < e.signed_at) AS in_order
        FROM encounter e JOIN staff s ON s.id = e.doctor_id
        LEFT JOIN charge c ON c.source_kind = 'encounter' AND c.source_id = e.id""")[0]
    assert authors.total >= 40 and authors.own == authors.total == authors.in_order
    assert authors.charged == authors.total  # every demo doctor has a fee code
    # 1-6 visits each, besides the reviews the demo's prescriptions and lab results are made in.
    per_patient = _owner_query(database, "SELECT count(*) FROM encounter WHERE chief_complaint NOT IN "
                                         "('Medication review', 'Blood test review') GROUP BY patient_id")
    assert 25 <= len(per_patient) <= 60 and max(r[0] for r in per_patient) <= 6
    flagged = _owner_query(database, "SELECT count(*) FROM vital WHERE systolic_mmhg >= 140 OR temperature_c >= 38 "
                                     "OR pulse_bpm > 120 OR spo2_percent < 92")[0][0]
    assert flagged > 0


def test_demo_allergies_come_in_all_three_states(database, loaded) -> None:
    from hms_desktop.services.consultation import chart

    states = {r.state: r.patient_id for r in _owner_query(database, """
        SELECT DISTINCT ON (f.state, f.severe) e.patient_id, f.state, f.severe
        FROM (SELECT DISTINCT patient_id FROM encounter) e, hms_allergy_flag(e.patient_id) f
        ORDER BY f.state, f.severe DESC, e.patient_id""")}
    assert set(states) == {"allergies", "none_known", "not_recorded"}
    severe = _owner_query(database, "SELECT count(*) FROM allergy WHERE substance = 'Penicillin' "
                                    "AND severity = 'severe' AND verification = 'confirmed'")[0][0]
    assert severe >= 1
    ctx = _demo_doctor(database)
    try:
        seen = {state: chart.chart_summary(ctx, patient).banner.allergy_flag.state
                for state, patient in states.items()}
        assert seen == {state: state for state in states}
        allergic = chart.chart_summary(ctx, states["allergies"]).banner
        assert allergic.allergies and all(a.substance for a in allergic.allergies)
    finally:
        ctx.db.dispose()


def test_demo_problems_past_illnesses_and_operations(database, loaded) -> None:
    kinds = dict(_owner_query(database, "SELECT kind, count(*) FROM problem GROUP BY kind"))
    assert kinds.get("problem", 0) > 0 and kinds.get("past_illness", 0) > 0 and kinds.get("surgery", 0) > 0


def test_demo_billing_sees_the_charges_of_signed_encounters(database, loaded) -> None:
    ctx = database.login("billing", DEMO_PASSWORD)
    try:
        with ctx.uow(read_only=True) as uow:
            rows = uow.session.execute(text("SELECT fee_code, status, description FROM charge")).all()
    finally:
        ctx.db.dispose()
    # Some are on the demo's invoices (services/demo_billing.py); the rest are left to bill.
    assert rows and {r.status for r in rows} == {"unbilled", "billed"}
    # Consultations (the doctors' fee codes), lab tests, drugs and bed days: what billing turns into invoices.
    fee_codes = {r.fee_code for r in rows}
    assert {"CONS", "REG"} & fee_codes
    assert all(code in {"CONS", "REG", "BED-DAY"} or code.startswith(("LAB-", "DRUG-")) for code in fee_codes), \
        fee_codes
    assert any(code.startswith("LAB-") for code in fee_codes) and any(code.startswith("DRUG-") for code in fee_codes)


def test_the_demo_billing_clerk_finds_invoices_payments_a_credit_note_a_draft_and_charges_to_bill(
        database, loaded) -> None:
    from hms_desktop.services import billing

    rows = _owner_query(database, """
        SELECT i.id, i.status, i.number, i.patient_id, i.total,
               EXISTS (SELECT 1 FROM patient_policy pp WHERE pp.patient_id = i.patient_id) AS insured,
               (SELECT count(*) FROM credit_note n WHERE n.invoice_id = i.id) AS credit_notes,
               (SELECT string_agg(DISTINCT p.method, ',') FROM payment p WHERE p.invoice_id = i.id) AS methods,
               (SELECT min(l.service_date) FROM invoice_line l WHERE l.invoice_id = i.id) AS first_day
        FROM invoice i ORDER BY i.id""")
    issued = [r for r in rows if r.status == "issued"]
    assert len(issued) >= 6 and [r.status for r in rows].count("draft") == 1
    assert all(r.number.startswith(f"INV-{TODAY.year}-") for r in issued)
    assert sum(r.insured for r in issued) >= 3  # the insured patients are billed too
    assert all(TODAY - r.first_day <= timedelta(days=8) for r in rows)  # yesterday's and last week's charges
    assert sum(r.credit_notes for r in rows) == 1
    assert {"card", "cash", "transfer"} <= {m for r in issued for m in (r.methods or "").split(",") if m}
    ctx = database.login("billing", DEMO_PASSWORD)
    try:
        statuses = {billing.invoice(ctx, r.id).payment_status for r in issued}
        assert {"paid", "partly paid", "unpaid"} <= statuses
        unbilled = _owner_query(database, "SELECT patient_id, fee_code FROM charge WHERE status = 'unbilled' "
                                          "AND service_date < current_date")
        assert len(unbilled) >= 2 and any(code == "BED-DAY" for _p, code in unbilled)  # inpatients' nights
        someone = next(p for p, code in unbilled if code != "BED-DAY")
        assert billing.unbilled_charges(ctx, someone)  # a newcomer has something to bill today
    finally:
        ctx.db.dispose()
    assert "invoices issued" in loaded[0].describe()


def test_the_clinical_history_is_written_once(database, loaded) -> None:
    from hms_desktop.services.demo_clinical import seed_demo_clinical

    before = _owner_query(database, "SELECT count(*) FROM encounter")[0][0]
    with database.owner.engine.begin() as conn:
        assert seed_demo_clinical(conn).encounters == 0
    assert _owner_query(database, "SELECT count(*) FROM encounter")[0][0] == before
    # The guard is back on: a signed demo encounter's diagnoses cannot be changed, even by the owner.
    with pytest.raises(Exception, match="signed"), database.owner.engine.begin() as conn:
        conn.execute(text("DELETE FROM encounter_diagnosis WHERE id = (SELECT min(id) FROM encounter_diagnosis)"))


def test_the_demo_has_claims_in_batches_and_a_closed_shift(database, loaded) -> None:
    """The insured patients' invoices were split at issue; one insurer's claims went out in a batch paid by
    remittance and another submitted; the demo clerk closed a drawer yesterday (Z-report to look at)."""
    batches = _owner_query(database, "SELECT status, count(*) FROM claim_batch GROUP BY status ORDER BY status")
    assert {status for status, _count in batches} >= {"paid", "submitted"}
    split = _owner_query(database, """
        SELECT i.total, sum(l.insurer_amount), sum(l.patient_amount)
        FROM claim c JOIN invoice i ON i.id = c.invoice_id JOIN claim_line l ON l.claim_id = c.id
        GROUP BY i.id, i.total""")
    assert split and all(insurer + patient == total and insurer > 0 for total, insurer, patient in split)
    shifts = _owner_query(database, """
        SELECT s.closed_at IS NOT NULL FROM cash_shift s JOIN staff ON staff.id = s.staff_id
        WHERE staff.username = 'billing'""")
    assert [closed for (closed,) in shifts] == [True]
