"""The cash desk's use cases on a real database (issue 9, items 2 and 5 from the screen; migration 0019): the
patient's account, draft editing (typed lines, removing, cancelling), discounts per line and on the whole
invoice with their reason, and the approval that large discounts and credit notes need: refused by the
service in words and by the database itself (HM025, HM026) for a billing login without hms_billing_approver,
allowed with it. No test here takes cash (card and transfer only)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from factories import grant_billing_approver, new_patient, set_discount_threshold
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, settings, users
from hms_desktop.services.billing import CreditLine, Discount, ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

D = Decimal
_source_ids = iter(range(5_000_000, 6_000_000))


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def approver_login(database) -> str:
    login = database.add_user(Group.BILLING, stem="approver")
    grant_billing_approver(database, login)
    return login


@pytest.fixture(scope="module")
def approver(database, approver_login) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=approver_login)


@pytest.fixture(autouse=True)
def threshold(database) -> None:
    set_discount_threshold(database, "100.00")


def charge(database, patient: int, fee_code: str = "CONS", description: str = "Consultation") -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, :t, 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "f": fee_code, "t": description, "s": next(_source_ids)}
        ).scalar_one())


def draft(database, clerk: ServiceContext, patient: int | None = None) -> billing.InvoiceDTO:
    """A draft of one consultation (80.00, no tax)."""
    patient = patient or new_patient(database)
    return billing.create_draft_invoice(clerk, patient, [charge(database, patient)])


def test_the_account_lists_charges_drafts_issued_invoices_balance_and_deposits(database, clerk) -> None:
    patient = new_patient(database)
    unbilled = charge(database, patient, "LAB-HGB", "Laboratory: Haemoglobin")
    first = billing.issue_invoice(clerk, draft(database, clerk, patient).id)
    billing.take_payment(clerk, first.id, "card", D("30.00"), reference="TRM-1")
    pending = draft(database, clerk, patient)
    deposit = billing.take_deposit(clerk, patient, D("50.00"), "transfer", "BANK-77")
    account = billing.patient_account(clerk, patient)
    assert [c.charge_id for c in account.charges if c.draft_invoice_id is None] == [unbilled]
    assert [(i.id, i.status) for i in account.invoices] == [(pending.id, "draft"), (first.id, "issued")]
    issued = account.invoices[1]
    assert (issued.number, issued.total, issued.paid, issued.balance, issued.payment_status) == (
        first.number, D("80.00"), D("30.00"), D("50.00"), "partly paid")
    assert account.balance == D("50.00")  # the draft owes nothing yet; the deposit is held, not paid
    assert [d.id for d in account.deposits] == [deposit.id] and account.held == D("50.00")
    assert (account.discount_threshold, account.can_approve) == (D("100.00"), False)
    # Applied in full, the deposit leaves the list of money held.
    billing.apply_deposit(clerk, deposit.id, first.id)
    after = billing.patient_account(clerk, patient)
    assert after.deposits == () and after.balance == D(0)
    assert after.invoices[1].payment_status == "paid"


def test_a_draft_takes_typed_lines_and_loses_them_and_its_totals_follow(database, clerk) -> None:
    invoice = draft(database, clerk)
    fees = {fee.code: fee for fee in billing.fee_schedule(clerk)}
    assert (fees["MISC"].price, fees["MISC"].tax_rate) == (D("10.00"), D("20.00"))
    # From the fee schedule: the price and tax rate are the schedule's; quantity 2.
    priced = billing.add_invoice_line(clerk, invoice.id, ManualLine("Other service", D(2), fee_code="MISC"))
    assert (priced.subtotal, priced.tax, priced.total) == (D("100.00"), D("4.00"), D("104.00"))
    # Typed: description, price and tax rate.
    typed = billing.add_invoice_line(clerk, invoice.id, ManualLine("Crutches (loan)", D(1), D("12.50"), D(5)))
    line = typed.lines[-1]
    assert (line.fee_code, line.description, line.line_total, line.tax_amount) == (None, "Crutches (loan)",
                                                                                   D("12.50"), D("0.63"))
    assert typed.total == D("117.13")
    # Bad input: a clear message, nothing saved.
    with pytest.raises(ValidationFailed, match="enter a price"):
        billing.add_invoice_line(clerk, invoice.id, ManualLine("Mystery", D(1)))
    with pytest.raises(ValidationFailed, match="quantity above zero"):
        billing.add_invoice_line(clerk, invoice.id, ManualLine("Nothing", D(0), D("1.00"), D(0)))
    assert len(billing.invoice(clerk, invoice.id).lines) == 3
    removed = billing.remove_invoice_line(clerk, invoice.id, line.id)
    assert len(removed.lines) == 2 and removed.total == D("104.00")
    with pytest.raises(Conflict, match="no longer on the draft"):
        billing.remove_invoice_line(clerk, invoice.id, line.id)
    # Once issued, nothing changes any more.
    issued = billing.issue_invoice(clerk, invoice.id)
    assert issued.total == D("104.00")
    with pytest.raises(Conflict, match="only a draft can be changed"):
        billing.add_invoice_line(clerk, invoice.id, ManualLine("Late", D(1), D("1.00"), D(0)))
    with pytest.raises(Conflict, match="credit note"):
        billing.remove_invoice_line(clerk, invoice.id, issued.lines[0].id)


def test_a_cancelled_draft_frees_its_charges(database, clerk) -> None:
    patient = new_patient(database)
    invoice = draft(database, clerk, patient)
    cons = invoice.lines[0].charge_id
    assert billing.unbilled_charges(clerk, patient)[0].draft_invoice_id == invoice.id
    cancelled = billing.cancel_draft(clerk, invoice.id)
    assert cancelled.status == "cancelled" and cancelled.lines == ()
    assert [(c.charge_id, c.draft_invoice_id) for c in billing.unbilled_charges(clerk, patient)] == [(cons, None)]
    assert billing.patient_account(clerk, patient).invoices == ()  # a cancelled draft is not listed
    again = billing.create_draft_invoice(clerk, patient, [cons])
    assert again.lines[0].charge_id == cons
    with pytest.raises(Conflict, match="cancelled"):
        billing.cancel_draft(clerk, invoice.id)


def test_line_and_invoice_discounts_keep_their_reason_and_add_up(database, clerk) -> None:
    invoice = draft(database, clerk)
    invoice = billing.add_invoice_line(clerk, invoice.id, ManualLine("Dressing pack", D(3), D("3.33"), D(20)))
    cons, pack = invoice.lines
    with pytest.raises(ValidationFailed, match="Say why"):
        billing.discount_line(clerk, invoice.id, cons.id, Discount(" ", amount=D("5.00")))
    with pytest.raises(ValidationFailed, match="more than the amount"):
        billing.discount_line(clerk, invoice.id, pack.id, Discount("Damaged box", amount=D("10.00")))
    with pytest.raises(ValidationFailed, match="amount or as a percentage"):
        billing.discount_line(clerk, invoice.id, pack.id, Discount("Damaged box"))
    by_percent = billing.discount_line(clerk, invoice.id, pack.id, Discount("Damaged box", percent=D(10)))
    pack = by_percent.lines[1]
    # 9.99 less 10 % (1.00, 0.999 half-up) = 8.99, tax 20 % = 1.80
    assert (pack.discount, pack.discount_reason, pack.line_total, pack.tax_amount) == (
        D("1.00"), "Damaged box", D("8.99"), D("1.80"))
    assert (by_percent.discount, by_percent.total) == (D("1.00"), D("90.79"))
    # The whole invoice: 10.00 spread over 80.00 and 9.99 (8.89 + 1.11 = 10.00), replacing the line discount.
    whole = billing.discount_invoice(clerk, invoice.id, Discount("Hardship, agreed with the patient",
                                                                 amount=D("10.00")))
    assert [line.discount for line in whole.lines] == [D("8.89"), D("1.11")]
    assert {line.discount_reason for line in whole.lines} == {"Hardship, agreed with the patient"}
    assert (whole.subtotal, whole.discount, whole.total) == (D("89.99"), D("10.00"), D("81.77"))
    # Zero takes the discount off again, reason and all.
    none = billing.discount_invoice(clerk, invoice.id, Discount("Hardship withdrawn", amount=D(0)))
    assert [(line.discount, line.discount_reason) for line in none.lines] == [(D(0), None), (D(0), None)]
    issued = billing.issue_invoice(clerk, invoice.id)  # the database agrees with the totals (HM020 otherwise)
    assert issued.total == D("91.99")
    with database.owner.engine.connect() as conn:
        audited = conn.execute(text(
            "SELECT count(*) FROM audit_log WHERE table_name = 'invoice_line' "
            "AND after ->> 'discount_reason' = 'Hardship, agreed with the patient'")).scalar_one()
    assert audited == 2


def test_large_discounts_need_the_approver_capability(database, clerk, approver) -> None:
    set_discount_threshold(database, "60.00")
    invoice = draft(database, clerk)
    line = invoice.lines[0]
    with pytest.raises(PermissionDenied, match="need a billing approver"):
        billing.discount_line(clerk, invoice.id, line.id, Discount("Staff discount", amount=D("80.00")))
    assert billing.invoice(clerk, invoice.id).discount == D(0)  # nothing saved
    ok = billing.discount_line(clerk, invoice.id, line.id, Discount("Staff discount", amount=D("50.00")))
    assert ok.discount == D("50.00")  # at or below the threshold: any clerk
    # The administrator lowers the threshold on the settings page; the next discount reads it.
    admin = database.context_for(Group.ADMIN)
    settings.save_settings(admin, replace(settings.get_settings(admin), discount_approval_threshold=D("40.00")))
    assert settings.get_settings(clerk).discount_approval_threshold == D("40.00")
    with pytest.raises(PermissionDenied, match=r"above 40\.00"):
        billing.discount_invoice(clerk, invoice.id, Discount("Staff discount", amount=D("45.00")))
    approved = billing.discount_invoice(approver, invoice.id, Discount("Staff discount", amount=D("80.00")))
    assert approved.total == D(0)
    assert billing.patient_account(approver, approved.patient_id).can_approve
    assert approver.user.can_approve_billing and not clerk.user.can_approve_billing


def test_large_credit_notes_need_the_approver_capability(database, clerk, approver) -> None:
    invoice = billing.issue_invoice(clerk, draft(database, clerk).id)
    set_discount_threshold(database, "50.00")
    line = invoice.lines[0]
    with pytest.raises(PermissionDenied, match=r"credit note above 50\.00"):
        billing.issue_credit_note(clerk, invoice.id, [CreditLine(line.id)], "Charged twice by mistake")
    note = billing.issue_credit_note(clerk, invoice.id, [CreditLine(line.id, D("0.5"))], "Half the visit")
    assert note.total == D("40.00")
    more = billing.issue_credit_note(approver, invoice.id, [CreditLine(line.id, D("0.5"))], "The other half")
    assert more.total == D("40.00")


def test_the_database_itself_refuses_large_discounts_and_credit_notes(database, approver_login) -> None:
    """Connecting as billing with and without the capability, as any SQL tool could."""
    patient = new_patient(database)
    plain = database.add_user(Group.BILLING)
    set_discount_threshold(database, "20.00")
    insert_line = ("INSERT INTO invoice_line (invoice_id, description, service_date, quantity, unit_price, "
                   "discount, discount_reason, tax_rate, line_total, tax_amount) VALUES (%s, 'Pack', current_date, "
                   "1, 100.00, %s, %s, 0, %s, 0)")
    for login, allowed in ((plain, False), (approver_login, True)):
        with database.connect_as(login) as conn:
            invoice = conn.execute("INSERT INTO invoice (patient_id) VALUES (%s) RETURNING id",
                                   (patient,)).fetchone()[0]
            # A discount without a reason is refused by its CHECK constraint.
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute(insert_line, (invoice, D("5.00"), None, D("95.00")))
            conn.execute(insert_line, (invoice, D("20.00"), "Loyalty", D("80.00")))  # at the threshold
            if allowed:
                conn.execute(insert_line, (invoice, D("15.00"), "Loyalty", D("85.00")))
            else:
                # Two lines of 20.00 and 15.00: the invoice's discounts, 35.00, are above it (checked at commit).
                with pytest.raises(psycopg.Error) as refused:
                    conn.execute(insert_line, (invoice, D("15.00"), "Loyalty", D("85.00")))
                assert refused.value.sqlstate == "HM025"
                # Raising a line's discount by UPDATE is refused the same way.
                with pytest.raises(psycopg.Error) as raised:
                    conn.execute("UPDATE invoice_line SET discount = 30.00, line_total = 70.00 WHERE invoice_id = %s",
                                 (invoice,))
                assert raised.value.sqlstate == "HM025"
            conn.execute("UPDATE invoice SET status = 'issued', subtotal = %s, discount = %s, total = %s "
                         "WHERE id = %s", (D(200) if allowed else D(100), D(35) if allowed else D(20),
                                           D(165) if allowed else D(80), invoice))
            credit = ("INSERT INTO credit_note (invoice_id, reason, subtotal, total) VALUES (%s, 'Refund it', %s, %s)")
            if allowed:
                with conn.transaction():
                    note = conn.execute(credit + " RETURNING id", (invoice, D(80), D(80))).fetchone()[0]
                    line = conn.execute("SELECT id FROM invoice_line WHERE invoice_id = %s ORDER BY id LIMIT 1",
                                        (invoice,)).fetchone()[0]
                    conn.execute("INSERT INTO credit_note_line (credit_note_id, invoice_line_id, description, "
                                 "service_date, quantity, unit_price, discount, tax_rate, line_total, tax_amount) "
                                 "VALUES (%s, %s, 'Pack', current_date, 1, 80.00, 0, 0, 80.00, 0)", (note, line))
            else:
                with pytest.raises(psycopg.Error) as credit_refused:
                    conn.execute(credit, (invoice, D(80), D(80)))
                assert credit_refused.value.sqlstate == "HM026"


def test_the_capability_is_a_nologin_role_granted_like_the_others(database) -> None:
    with database.owner.engine.connect() as conn:
        role = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'hms_billing_approver'")).one()
        assert role.rolcanlogin is False
        # Billing may write a draft line's discount columns and nothing else of it.
        assert conn.execute(text(
            "SELECT has_column_privilege('hms_billing', 'invoice_line', 'discount_reason', 'UPDATE') "
            "AND has_column_privilege('hms_billing', 'invoice_line', 'discount', 'UPDATE') "
            "AND NOT has_column_privilege('hms_billing', 'invoice_line', 'unit_price', 'UPDATE') "
            "AND NOT has_column_privilege('hms_reception', 'invoice_line', 'discount_reason', 'SELECT') "
            "AND NOT has_column_privilege('hms_doctor', 'invoice_line', 'discount_reason', 'SELECT')")).scalar()
    # A login is granted it by the owner, as hms_merge_patients and hms_overbook are, and reports it at login.
    login = database.add_user(Group.BILLING)
    assert not database.login(login).user.can_approve_billing
    grant_billing_approver(database, login)
    assert database.login(login).user.can_approve_billing
    with database.owner.engine.begin() as conn:
        conn.exec_driver_sql(f'REVOKE hms_billing_approver FROM "{login}"')
    assert not database.login(login).user.can_approve_billing


def test_an_administrator_grants_the_capability_from_the_users_page(database) -> None:
    """Through ``users.update_staff`` (the Users page's edit): granted, reported at the next login, audited;
    it goes with the billing group; a billing login cannot grant it to itself."""
    admin = database.context_for(Group.ADMIN)
    login = database.add_user(Group.BILLING, stem="promoted")
    member = users.get_staff(admin, login)
    assert not member.billing_approver
    changes = users.StaffChanges(full_name=member.full_name, title=member.title, department=member.department,
                                 groups=member.groups, billing_approver=True)
    granted = users.update_staff(admin, login, changes, expected_version=member.version)
    assert granted.billing_approver and granted.version > member.version
    assert database.login(login).user.can_approve_billing
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT after FROM audit_log WHERE table_name = 'staff' AND row_key = :u "
                                 "AND action = 'CAPABILITY'"), {"u": login}).scalar_one() == {
            "hms_billing_approver": True}
    # Left out of the billing group, the capability goes too.
    moved = users.update_staff(admin, login, replace(changes, groups=frozenset({Group.RECEPTION})),
                               expected_version=granted.version)
    assert not moved.billing_approver
    # Only administrators may call the function, whatever client is used.
    with database.connect_as(login) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("SELECT hms_set_billing_approver(%s, true)", (login,))
    assert refused.value.sqlstate in ("42501", "HM009")
