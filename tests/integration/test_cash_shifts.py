"""Cash shifts on a real database (issue 9, item 8; migration 0022_cash_shifts): the summary's arithmetic,
the close computed by the database, a closed shift read-only for everyone (the owner included), cash refused
without an open shift, a difference that needs a note, one open shift per person, the GRANTs and row-level
security of each group connecting as itself, the Z-report read back, and the day's revenue."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, printing
from hms_desktop.services.billing import CreditLine, ManualLine, shifts
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

D = Decimal
NO_SHIFT = "Open your cash shift first (Billing > My shift)."
_source_ids = iter(range(5_000_000, 6_000_000))


@pytest.fixture
def clerk(database) -> Iterator[ServiceContext]:
    """A new billing clerk for each test, without a shift."""
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def issued(database, clerk: ServiceContext, patient: int | None = None) -> billing.InvoiceDTO:
    """An issued invoice of 87.99: a consultation (80.00) and two dressing packs (6.66 + 20 % tax 1.33)."""
    patient = patient or new_patient(database)
    with database.owner.engine.begin() as conn:
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "s": next(_source_ids)}).scalar_one())
    draft = billing.create_draft_invoice(clerk, patient, [charge],
                                         [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


def overpaid_by_80(database, clerk: ServiceContext) -> billing.InvoiceDTO:
    """An invoice paid in full by transfer whose consultation was then credited: 80.00 to pay back."""
    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "transfer", D("87.99"))
    consultation = next(line for line in invoice.lines if line.charge_id is not None)
    billing.issue_credit_note(clerk, invoice.id, [CreditLine(consultation.id)], "Consultation not held")
    return invoice


def owner_sql(database, statement: str, params: dict[str, object]) -> str | None:
    """Run ``statement`` as the table owner; the SQLSTATE it was refused with, or None."""
    with database.owner.engine.connect() as owner:
        raw = owner.connection.dbapi_connection
        assert raw is not None
        try:
            with raw.cursor() as cursor:
                cursor.execute(statement, params)
            raw.commit()
        except psycopg.Error as error:
            raw.rollback()
            return error.sqlstate
    return None


def test_the_summary_adds_up_and_the_database_computes_the_close(database, clerk) -> None:
    shift = shifts.open_shift(clerk, "100.00")
    assert (shift.is_open, shift.opening_float, shift.username) == (True, D("100.00"), clerk.user.username)
    assert shift.staff_id == clerk.user.staff_id
    assert shifts.current_shift(clerk) == shift
    first, second = issued(database, clerk), issued(database, clerk)
    billing.take_payment(clerk, first.id, "card", D("40.00"), reference="TRM-1")
    billing.take_payment(clerk, first.id, "transfer", D("7.99"))
    cash = billing.take_payment(clerk, first.id, "cash", D("40.00"), tendered=D("50.00"))
    billing.take_payment(clerk, second.id, "cash", D("87.99"), tendered=D("100.00"))
    back = overpaid_by_80(database, clerk)
    billing.refund(clerk, back.id, "cash", D("30.00"))
    billing.refund(clerk, back.id, "card", D("50.00"), reference="TRM-2")
    billing.take_deposit(clerk, new_patient(database), D("20.00"), "cash")

    summary = shifts.shift_summary(clerk, shift.id)
    assert [(m.method, m.items, m.amount) for m in summary.payments] == [
        ("cash", 2, D("127.99")), ("card", 1, D("40.00")), ("transfer", 2, D("95.98"))]
    assert [(m.method, m.items, m.amount) for m in summary.refunds] == [
        ("cash", 1, D("30.00")), ("card", 1, D("50.00"))]
    assert [(m.method, m.amount) for m in summary.deposits] == [("cash", D("20.00"))]
    # expected = float + cash in (payments and deposits; the change went back out of the drawer) - cash refunds
    assert (summary.cash_in, summary.cash_refunds, summary.expected_cash) == (D("147.99"), D("30.00"), D("217.99"))
    assert summary.difference_if(D("217.49")) == D("-0.50")
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT shift_id FROM payment WHERE id = :p"), {"p": cash.id}).scalar() == shift.id

    closed = shifts.close_shift(clerk, shift.id, "217.99")
    assert (closed.is_open, closed.counted_cash, closed.expected_cash, closed.difference, closed.note) == (
        False, D("217.99"), D("217.99"), D("0.00"), None)
    assert shifts.current_shift(clerk) is None
    assert [s.id for s in shifts.my_shifts(clerk)] == [shift.id]


def test_cash_without_an_open_shift_is_refused_by_the_database(database, clerk) -> None:
    invoice = issued(database, clerk)
    with pytest.raises(Conflict, match=r"Open your cash shift first \(Billing > My shift\)\."):
        billing.take_payment(clerk, invoice.id, "cash", D("10.00"), tendered=D("10.00"))
    with pytest.raises(Conflict, match="Open your cash shift first"):
        billing.take_deposit(clerk, invoice.patient_id, D("10.00"), "cash")
    with database.connect_as(clerk.user.username) as conn:
        for statement in (
                "INSERT INTO payment (invoice_id, method, amount, amount_tendered, change_given) "
                "VALUES (%(i)s, 'cash', 10, 10, 0)",
                "INSERT INTO deposit (patient_id, method, amount) VALUES (%(p)s, 'cash', 5)"):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(statement, {"i": invoice.id, "p": invoice.patient_id})
            assert (refused.value.sqlstate, refused.value.diag.message_primary) == ("HM040", NO_SHIFT)
        # Card, transfer and insurance need no shift; they carry none when none is open.
        conn.execute("INSERT INTO payment (invoice_id, method, amount, reference) VALUES (%s, 'card', 1, 'T')",
                     (invoice.id,))
        # The client never names the shift.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO payment (invoice_id, method, amount, shift_id) VALUES (%s, 'transfer', 1, 1)",
                         (invoice.id,))
    refund_from = overpaid_by_80(database, clerk)
    with pytest.raises(Conflict, match="Open your cash shift first"):
        billing.refund(clerk, refund_from.id, "cash", D("5.00"))
    # The table owner (demo loader, merge) is exempt.
    assert owner_sql(database, "INSERT INTO deposit (patient_id, method, amount) VALUES (%(p)s, 'cash', 5)",
                     {"p": invoice.patient_id}) is None
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT shift_id FROM payment WHERE invoice_id = :i"),
                            {"i": invoice.id}).scalars().all() == [None]

    shift = shifts.open_shift(clerk, "0")
    card = billing.take_payment(clerk, invoice.id, "card", D("2.00"), reference="TRM-3")
    billing.take_payment(clerk, invoice.id, "cash", D("10.00"), tendered=D("20.00"))
    summary = shifts.shift_summary(clerk, shift.id)
    assert [(m.method, m.amount) for m in summary.payments] == [("cash", D("10.00")), ("card", D("2.00"))]
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT shift_id FROM payment WHERE id = :p"), {"p": card.id}).scalar() == shift.id


def test_a_closed_shift_is_read_only_for_everyone_the_owner_included(database, clerk) -> None:
    shift = shifts.open_shift(clerk, "50.00")
    shifts.close_shift(clerk, shift.id, "50.00")
    with pytest.raises(Conflict, match="already closed"):
        shifts.close_shift(clerk, shift.id, "60.00", "recount")
    with database.connect_as(clerk.user.username) as conn:
        for statement in ("UPDATE cash_shift SET counted_cash = 60, note = 'recount' WHERE id = %(s)s",
                          "UPDATE cash_shift SET note = 'later' WHERE id = %(s)s"):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(statement, {"s": shift.id})
            assert refused.value.sqlstate == "HM041"
    for statement in ("UPDATE cash_shift SET counted_cash = 60, note = 'x' WHERE id = %(s)s",
                      "UPDATE cash_shift SET opening_float = 0 WHERE id = %(s)s",
                      "DELETE FROM cash_shift WHERE id = %(s)s"):
        assert owner_sql(database, statement, {"s": shift.id}) == "HM041"
    # Nor is money added to it afterwards, by the clerk (no open shift any more) or the owner naming it.
    invoice = issued(database, clerk)
    with pytest.raises(Conflict, match="Open your cash shift first"):
        billing.take_payment(clerk, invoice.id, "cash", D("1.00"), tendered=D("1.00"))
    assert owner_sql(database, "INSERT INTO payment (invoice_id, method, amount, shift_id) "
                               "VALUES (%(i)s, 'transfer', 1, %(s)s)", {"i": invoice.id, "s": shift.id}) == "HM041"
    # An open shift is not removed either: it is closed.
    still_open = shifts.open_shift(clerk, "10.00")
    assert owner_sql(database, "DELETE FROM cash_shift WHERE id = %(s)s", {"s": still_open.id}) == "HM041"
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("UPDATE cash_shift SET opening_float = 0 WHERE id = %s", (still_open.id,))
    assert refused.value.sqlstate == "42501"  # no column GRANT: only the count and the note


def test_a_difference_needs_a_note(database, clerk) -> None:
    shift = shifts.open_shift(clerk, "100.00")
    invoice = issued(database, clerk)
    billing.take_payment(clerk, invoice.id, "cash", D("20.00"), tendered=D("20.00"))
    with pytest.raises(ValidationFailed, match=r"differs from the 120\.00 expected by -0\.50") as refused:
        shifts.close_shift(clerk, shift.id, "119.50", "   ")
    assert set(refused.value.problems) == {"note"}
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as db_refused:
        conn.execute("UPDATE cash_shift SET counted_cash = 119.50 WHERE id = %s", (shift.id,))
    assert db_refused.value.sqlstate == "HM043"
    with pytest.raises(ValidationFailed) as bad:
        shifts.close_shift(clerk, shift.id, "abc")
    assert set(bad.value.problems) == {"counted_cash"}
    assert shifts.current_shift(clerk) is not None
    closed = shifts.close_shift(clerk, shift.id, "119.50", "  50 cents short:  change given twice ")
    assert (closed.expected_cash, closed.difference, closed.note) == (
        D("120.00"), D("-0.50"), "50 cents short: change given twice")


def test_one_open_shift_per_person(database, clerk) -> None:
    first = shifts.open_shift(clerk, "10.00")
    with pytest.raises(Conflict, match="already have a cash shift open"):
        shifts.open_shift(clerk, "10.00")
    with database.connect_as(clerk.user.username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO cash_shift (opening_float) VALUES (1)")
    assert refused.value.sqlstate == "HM044"
    shifts.close_shift(clerk, first.id, "10.00")
    # Two workstations opening at the same instant: the guard of each sees no open shift, and the partial
    # unique index stops the second when the first commits.
    other = database.add_user(Group.BILLING)
    outcome: list[str | None] = []
    with database.connect_as(other) as a, database.connect_as(other) as b:
        a.autocommit = b.autocommit = False
        a.execute("INSERT INTO cash_shift (opening_float) VALUES (1)")

        def second() -> None:
            try:
                b.execute("INSERT INTO cash_shift (opening_float) VALUES (2)")
                b.commit()
                outcome.append(None)
            except psycopg.Error as error:
                b.rollback()
                outcome.append(error.sqlstate)

        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(0.5)
        a.commit()
        waiting.join(10)
    assert outcome == ["23505"]


def test_grants_and_row_level_security_per_group(database, admin) -> None:
    billing_user, reception_user = database.add_user(Group.BILLING), database.add_user(Group.RECEPTION)
    opened: dict[str, int] = {}
    for user in (billing_user, reception_user):
        with database.connect_as(user) as conn:
            for column in ("staff_id", "opened_at", "expected_cash", "note"):  # the database's, or the close's
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"INSERT INTO cash_shift (opening_float, {column}) VALUES (25, NULL)")
        with database.connect_as(user) as conn:
            shift_id, mine = conn.execute("INSERT INTO cash_shift (opening_float) VALUES (25) "
                                          "RETURNING id, staff_id = hms_current_staff_id()").fetchone()
            assert mine
            opened[user] = shift_id
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("UPDATE cash_shift SET expected_cash = 0 WHERE id = %s", (shift_id,))
    with database.connect_as(reception_user) as conn:
        # Reception reads only its own shift (row-level security) and its totals through the function.
        assert conn.execute("SELECT array_agg(id) FROM cash_shift").fetchone() == ([opened[reception_user]],)
        assert conn.execute("SELECT count(*) FROM hms_cash_shift_totals(%s)",
                            (opened[reception_user],)).fetchone() == (0,)
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT * FROM hms_cash_shift_totals(%s)", (opened[billing_user],))
        assert refused.value.sqlstate == "HM042"
        # A colleague's shift is not there to close.
        assert conn.execute("UPDATE cash_shift SET counted_cash = 25 WHERE id = %s",
                            (opened[billing_user],)).rowcount == 0
        conn.execute("UPDATE cash_shift SET counted_cash = 25 WHERE id = %s", (opened[reception_user],))
    with database.connect_as(database.add_user(Group.ADMIN)) as conn:
        seen = {r[0] for r in conn.execute("SELECT id FROM cash_shift").fetchall()}
        assert set(opened.values()) <= seen
        assert conn.execute("SELECT count(*) FROM hms_cash_shift_totals(%s)",
                            (opened[billing_user],)).fetchone() == (0,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO cash_shift (opening_float) VALUES (1)")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE cash_shift SET counted_cash = 25 WHERE id = %s", (opened[billing_user],))
    with database.connect_as(database.add_user(Group.DOCTOR)) as conn:
        for statement in ("SELECT count(*) FROM cash_shift", "INSERT INTO cash_shift (opening_float) VALUES (1)",
                          f"SELECT * FROM hms_cash_shift_totals({opened[billing_user]})"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
    # Services say the same in people's words.
    admin_view = shifts.shift_summary(admin, opened[billing_user])
    assert admin_view.expected_cash == D("25.00")
    with pytest.raises(PermissionDenied):
        shifts.open_shift(admin, "1")
    doctor = database.login(database.add_user(Group.DOCTOR))
    try:
        with pytest.raises(PermissionDenied):
            shifts.current_shift(doctor)
        with pytest.raises(PermissionDenied):
            shifts.daily_revenue(doctor, date.today())
    finally:
        doctor.db.dispose()
    other = database.login(billing_user)
    try:
        with pytest.raises(NotFound):
            shifts.shift_summary(other, opened[reception_user])
    finally:
        other.db.dispose()


def test_reception_keeps_a_shift_for_cash_deposits(database) -> None:
    for receptionist in database.logged_in(Group.RECEPTION):
        patient = new_patient(database)
        with pytest.raises(Conflict, match="Open your cash shift first"):
            billing.take_deposit(receptionist, patient, D("50.00"), "cash")
        shift = shifts.open_shift(receptionist, "20.00")
        billing.take_deposit(receptionist, patient, D("50.00"), "cash")
        billing.take_deposit(receptionist, patient, D("30.00"), "card", reference="TRM-8")
        summary = shifts.shift_summary(receptionist, shift.id)
        assert [(m.method, m.amount) for m in summary.deposits] == [("cash", D("50.00")), ("card", D("30.00"))]
        assert summary.expected_cash == D("70.00")
        closed = shifts.close_shift(receptionist, shift.id, "70.00")
        assert closed.difference == D("0.00")


def pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def test_the_z_report_reads_back_and_a_reprint_says_copy(database, clerk, admin, tmp_path) -> None:
    shift = shifts.open_shift(clerk, "100.00")
    invoice = issued(database, clerk)
    with pytest.raises(Conflict, match="Close the shift first"):
        shifts.print_z_report(clerk, shift.id)
    billing.take_payment(clerk, invoice.id, "cash", D("47.99"), tendered=D("50.00"))
    billing.take_payment(clerk, invoice.id, "card", D("40.00"), reference="TRM-4")
    shifts.close_shift(clerk, shift.id, "147.00", "A coin fell behind the drawer")
    job = shifts.print_z_report(clerk, shift.id)
    assert (job.document, job.subject, job.is_copy) == ("z_report", f"Z-{shift.id}", False)
    words = pdf_text(job.pdf, tmp_path)
    for expected in (f"Z-{shift.id}", clerk.user.username, "Opening float 100.00", "Cash (1) 47.99",
                     "Card (1) 40.00", "Cash taken 47.99", "Expected in drawer 147.99", "Counted 147.00",
                     "Difference -0.99", "A coin fell behind the drawer"):
        assert expected in words, expected
    assert "COPY" not in words
    info = subprocess.run(["pdfinfo", "-"], input=job.pdf, capture_output=True, check=True).stdout.decode()
    assert "226.772 x" in info  # 80 mm wide
    printing.log_print(clerk, job, "Desk printer")
    again = shifts.print_z_report(admin, shift.id)
    assert again.is_copy and "COPY" in pdf_text(again.pdf, tmp_path)


def test_the_daily_revenue_for_administrators(database, admin, tmp_path) -> None:
    zone = ZoneInfo("Europe/London")  # the hospital's zone: the settings' default
    for clerk in database.logged_in(Group.BILLING, username=None):
        today = admin.clock.now().astimezone(zone).date()
        before = shifts.daily_revenue(admin, today)
        shift = shifts.open_shift(clerk, "10.00")
        invoice = issued(database, clerk)
        billing.take_payment(clerk, invoice.id, "cash", D("80.00"), tendered=D("100.00"))
        billing.take_payment(clerk, invoice.id, "card", D("7.99"), reference="TRM-5")
        back = overpaid_by_80(database, clerk)
        billing.refund(clerk, back.id, "cash", D("80.00"))
        billing.take_deposit(clerk, back.patient_id, D("15.00"), "cash")
        shifts.close_shift(clerk, shift.id, "25.00")
        after = shifts.daily_revenue(admin, today)

        assert (after.invoiced_count - before.invoiced_count, after.invoiced - before.invoiced) == (2, D("175.98"))
        assert (after.credited_count - before.credited_count, after.credited - before.credited) == (1, D("80.00"))
        assert after.taken_total - before.taken_total == D("175.98")  # 80 + 7.99 + 87.99
        assert after.refunded_total - before.refunded_total == D("80.00")
        assert after.deposits_total - before.deposits_total == D("15.00")
        mine = next(c for c in after.clerks if c.username == clerk.user.username)
        assert (mine.payments, mine.refunds, mine.deposits, mine.cash_net) == (
            D("175.98"), D("80.00"), D("15.00"), D("15.00"))
        assert shift.id in [s.id for s in after.shifts]
        tomorrow = shifts.daily_revenue(admin, today + timedelta(days=1))
        assert clerk.user.username not in [c.username for c in tomorrow.clerks]

        csv_text = shifts.revenue_csv(after)
        assert csv_text.splitlines()[0] == "day,section,item,amount"
        assert f"{today.isoformat()},Clerk," in csv_text and f"Z-{shift.id}" in csv_text
        job = shifts.print_daily_revenue(admin, today)
        assert (job.document, job.subject, job.is_copy) == ("revenue_report", today.isoformat(), False)
        words = pdf_text(job.pdf, tmp_path)
        assert "DAILY REVENUE" in words and f"{after.invoiced:.2f}" in words and clerk.user.full_name in words
        with pytest.raises(PermissionDenied):
            shifts.daily_revenue(clerk, today)


def test_cash_shifts_are_audited_without_the_note(database) -> None:
    with database.owner.engine.connect() as conn:
        action = conn.execute(text(
            "SELECT action_statement FROM information_schema.triggers WHERE trigger_name = 'audit' "
            "AND event_object_table = 'cash_shift' LIMIT 1")).scalar_one()
    assert "'note'" in action


def test_the_demo_clerk_gets_one_closed_shift_yesterday(database, admin, tmp_path) -> None:
    from hms_desktop.services.demo_shifts import DEMO_NOTE, add_demo_shift

    zone = ZoneInfo("Europe/London")
    today = date(2030, 6, 2)
    clerk = database.add_user(Group.BILLING, full_name="Ben Clarke")
    with database.owner.engine.begin() as conn:
        shift_id = add_demo_shift(conn, username=clerk, today=today, zone=zone)
        assert add_demo_shift(conn, username=clerk, today=today, zone=zone) is None  # once only
        assert add_demo_shift(conn, username="nobody_here", today=today, zone=zone) is None
    assert shift_id is not None
    revenue = shifts.daily_revenue(admin, date(2030, 6, 1))
    shift = next(s for s in revenue.shifts if s.id == shift_id)
    assert (shift.opening_float, shift.expected_cash, shift.counted_cash, shift.difference, shift.note) == (
        D("150.00"), D("150.00"), D("149.50"), D("-0.50"), DEMO_NOTE)
    assert (shift.opened_at.astimezone(zone).hour, shift.closed_at.astimezone(zone).hour) == (8, 17)
    assert "Counted 149.50" in pdf_text(shifts.print_z_report(admin, shift_id).pdf, tmp_path)
