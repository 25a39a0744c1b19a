"""Insurance claims on a real database (issue 9, item 6; migration 0021): the split made when an invoice is
issued, the year's use of the annual limit across invoices, the patient's balance and the invoice settlement
without the insurer's expected share, batches and their statuses enforced by the database, pre-authorisation
holding a claim, a remittance with a rejected line moving that amount to the patient, and the CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from factories import new_insured_patient, new_patient
from sqlalchemy import text

from hms_desktop.domain.claims import RemittanceLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine, claims
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ValidationFailed

D = Decimal
PRICES = {"CONS": ("80.00", "0"), "LAB-CRP": ("14.00", "0"), "MISC": ("10.00", "20"), "BED-DAY": ("150.00", "0")}


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def issue(clerk: ServiceContext, patient: int, *codes: str) -> billing.InvoiceDTO:
    """An issued invoice of one line per fee code at the seeded fee schedule's prices (CONS 80.00 consultation,
    LAB-CRP 14.00 lab, MISC 10.00 + 20 % tax other, BED-DAY 150.00 bed day); the category of each line is the
    fee schedule's."""
    draft = billing.create_draft_invoice(clerk, patient, [], [
        ManualLine(code, unit_price=D(PRICES[code][0]), tax_rate=D(PRICES[code][1]), fee_code=code) for code in codes])
    return billing.issue_invoice(clerk, draft.id)


def balance(database, patient: int) -> Decimal:
    with database.owner.engine.connect() as conn:
        return D(conn.execute(text("SELECT hms_patient_balance(:p)"), {"p": patient}).scalar_one())


def test_issuing_splits_the_invoice_and_stores_a_claim_per_line(database, clerk) -> None:
    ids = new_insured_patient(database, copay="5.00")
    invoice = issue(clerk, ids["patient"], "CONS", "LAB-CRP", "MISC")
    # CONS 80 % of 80.00 = 64.00, less the 5.00 co-payment; LAB 50 % of 14.00 = 7.00; MISC not covered (12.00).
    assert invoice.total == D("106.00")
    assert (invoice.insurer_share, invoice.patient_share) == (D("66.00"), D("40.00"))
    assert (invoice.balance, invoice.payment_status) == (D("40.00"), "unpaid")
    claim = claims.invoice_claim(clerk, invoice.id)
    assert claim is not None
    assert (claim.status, claim.payer_id, claim.batch_id, claim.preauth_needed) == ("draft", ids["payer"], None, False)
    assert [(line.insurer_amount, line.patient_amount) for line in claim.lines] == [
        (D("59.00"), D("21.00")), (D("7.00"), D("7.00")), (D("0.00"), D("12.00"))]
    assert balance(database, ids["patient"]) == D("40.00")
    # The patient pays their share; taking more than it is refused (the insurer's is not the patient's).
    with pytest.raises(ValidationFailed, match=r"40\.00 left"):
        billing.take_payment(clerk, invoice.id, "card", D("41.00"), reference="T-1")
    billing.take_payment(clerk, invoice.id, "card", D("40.00"), reference="T-1")
    paid = billing.invoice(clerk, invoice.id)
    assert (paid.balance, paid.payment_status) == (D(0), "paid")
    assert balance(database, ids["patient"]) == D(0)


def test_uninsured_patients_and_uncovered_invoices_make_no_claim(database, clerk) -> None:
    plain = issue(clerk, new_patient(database), "CONS")
    assert (plain.patient_share, plain.insurer_share, plain.balance) == (D("80.00"), D(0), D("80.00"))
    assert claims.invoice_claim(clerk, plain.id) is None
    ids = new_insured_patient(database)
    uncovered = issue(clerk, ids["patient"], "MISC")
    assert claims.invoice_claim(clerk, uncovered.id) is None
    assert uncovered.balance == D("12.00")


def test_the_annual_limit_counts_what_earlier_invoices_of_the_year_claimed(database, clerk) -> None:
    ids = new_insured_patient(database, annual_limit="100.00")
    first = issue(clerk, ids["patient"], "CONS")
    assert first.insurer_share == D("64.00")
    second = issue(clerk, ids["patient"], "CONS")
    assert (second.insurer_share, second.patient_share) == (D("36.00"), D("44.00"))  # 100 - 64 left
    third = issue(clerk, ids["patient"], "CONS")
    assert (third.insurer_share, third.patient_share) == (D(0), D("80.00"))
    assert claims.invoice_claim(clerk, third.id) is None


def test_a_rejected_amount_frees_the_limit_and_moves_to_the_patient(database, clerk, admin) -> None:
    ids = new_insured_patient(database, annual_limit="100.00")
    first = issue(clerk, ids["patient"], "CONS", "LAB-CRP")   # insurer 64.00 + 7.00
    assert balance(database, ids["patient"]) == D("23.00")
    claim = claims.invoice_claim(clerk, first.id)
    assert claim is not None
    batch = claims.create_batch(clerk, ids["payer"], [claim.id])
    assert (batch.status, batch.claims, batch.insurer_amount) == ("draft", 1, D("71.00"))
    claims.submit_batch(clerk, batch.id)
    cons, lab = claim.lines
    # As the issue's acceptance test does: an administrator posts the remittance, rejecting one line.
    result = claims.post_remittance(admin, batch.id, [RemittanceLine(cons.id, D("64.00")),
                                                       RemittanceLine(lab.id, D(0), "  Not covered  without referral")],
                                    reference="REM-2026-01")
    assert result.batch.status == "partly approved"
    (settled,) = result.claims
    assert (settled.status, settled.approved_amount) == ("partly approved", D("64.00"))
    assert settled.rejection_reason == "LAB-CRP: Not covered without referral"
    assert balance(database, ids["patient"]) == D("30.00")  # 23.00 + the rejected 7.00
    after = billing.invoice(clerk, first.id)
    assert (after.balance, after.paid) == (D("30.00"), D("64.00"))
    insurance = [p for p in after.payments if p.method == "insurance"]
    assert [(p.amount, p.reference, p.taken_by) for p in insurance] == [(D("64.00"), "REM-2026-01",
                                                                         admin.user.username)]
    # Only the approved 64.00 counts against the limit now: 36.00 is left for the next invoice.
    assert issue(clerk, ids["patient"], "CONS").insurer_share == D("36.00")


def test_a_fully_paid_and_a_fully_rejected_claim(database, clerk) -> None:
    ids = new_insured_patient(database)
    paid_invoice = issue(clerk, ids["patient"], "CONS")
    rejected_invoice = issue(clerk, ids["patient"], "LAB-CRP")
    ours = [claims.invoice_claim(clerk, i.id) for i in (paid_invoice, rejected_invoice)]
    batch = claims.create_batch(clerk, ids["payer"], [c.id for c in ours if c])
    claims.submit_batch(clerk, batch.id)
    detail = claims.batch_detail(clerk, batch.id)
    answers = [RemittanceLine(line.id, line.insurer_amount if claim.invoice_id == paid_invoice.id else D(0),
                              "" if claim.invoice_id == paid_invoice.id else "Member not eligible")
               for claim in detail.claims for line in claim.lines]
    with pytest.raises(ValidationFailed, match="every line"):
        claims.post_remittance(clerk, batch.id, answers[:1])
    result = claims.post_remittance(clerk, batch.id, answers)
    assert {c.invoice_id: c.status for c in result.claims} == {paid_invoice.id: "paid",
                                                                rejected_invoice.id: "rejected"}
    assert result.batch.status == "partly approved"
    assert billing.invoice(clerk, rejected_invoice.id).balance == D("14.00")
    assert billing.invoice(clerk, paid_invoice.id).balance == D("16.00")
    with pytest.raises(Conflict, match="Only a submitted batch"):
        claims.post_remittance(clerk, batch.id, answers)


def test_a_claim_needing_preauthorisation_is_held_until_its_number_is_recorded(database, clerk) -> None:
    ids = new_insured_patient(database, coverage={"bed_day": ("100", True), "consultation": ("80", False)})
    invoice = issue(clerk, ids["patient"], "BED-DAY", "CONS")
    claim = claims.invoice_claim(clerk, invoice.id)
    assert claim is not None and claim.held
    assert [line.needs_preauth for line in claim.lines] == [True, False]
    assert claim.id in {c.id for c in claims.unbatched_claims(clerk)}
    with pytest.raises(ValidationFailed, match="pre-authorisation number"):
        claims.create_batch(clerk, ids["payer"], [claim.id])
    # The database holds it too, whoever asks (HM035).
    with database.owner.engine.begin() as conn:
        batch_id = conn.execute(text("INSERT INTO claim_batch (payer_id) VALUES (:p) RETURNING id"),
                                {"p": ids["payer"]}).scalar_one()
    _owner_refuses(database, "HM035", "UPDATE claim SET batch_id = :b WHERE id = :c", {"b": batch_id, "c": claim.id})
    with pytest.raises(ValidationFailed, match="authorisation number"):
        claims.record_preauth(clerk, claim.id, "   ")
    recorded = claims.record_preauth(clerk, claim.id, " PA-778 ")
    assert (recorded.preauth_number, recorded.held) == ("PA-778", False)
    batch = claims.create_batch(clerk, ids["payer"], [claim.id])
    submitted = claims.submit_batch(clerk, batch.id)
    assert submitted.status == "submitted" and submitted.submitted_at is not None
    with pytest.raises(Conflict, match="before the claim is submitted"):
        claims.record_preauth(clerk, claim.id, "PA-999")


def test_a_batch_holds_one_payers_claims(database, clerk) -> None:
    first = new_insured_patient(database)
    second = new_insured_patient(database)
    one = claims.invoice_claim(clerk, issue(clerk, first["patient"], "CONS").id)
    other = claims.invoice_claim(clerk, issue(clerk, second["patient"], "CONS").id)
    assert one and other
    with pytest.raises(ValidationFailed, match="one insurer"):
        claims.create_batch(clerk, first["payer"], [one.id, other.id])
    claims.create_batch(clerk, first["payer"], [one.id])
    with pytest.raises(Conflict, match="another batch"):
        claims.create_batch(clerk, first["payer"], [one.id])


def _owner_refuses(database, code: str, sql: str, params: dict[str, object]) -> None:
    with database.owner.engine.connect() as conn, pytest.raises(Exception) as caught:
        conn.execute(text(sql), params)
    assert getattr(caught.value.orig, "sqlstate", None) == code, caught.value


def test_the_database_refuses_status_moves_deletes_and_wrong_amounts(database, clerk) -> None:
    ids = new_insured_patient(database)
    invoice = issue(clerk, ids["patient"], "CONS", "LAB-CRP")
    claim = claims.invoice_claim(clerk, invoice.id)
    assert claim is not None
    c = {"c": claim.id}
    # Straight from draft to paid, deleting, changing a share: refused even for the table owner (HM034).
    _owner_refuses(database, "HM034", "UPDATE claim SET status = 'paid' WHERE id = :c", c)
    _owner_refuses(database, "HM034", "DELETE FROM claim WHERE id = :c", c)
    _owner_refuses(database, "HM034", "UPDATE claim_line SET insurer_amount = 0 WHERE claim_id = :c", c)
    _owner_refuses(database, "HM034", "UPDATE claim SET policy_id = policy_id + 0, claim_date = claim_date - 1 "
                                      "WHERE id = :c", c)
    # The insurer's answer only on a submitted claim (HM036).
    _owner_refuses(database, "HM036", "UPDATE claim_line SET approved_amount = 0, rejection_reason = 'x' "
                                      "WHERE claim_id = :c", c)
    # A claim line whose shares are not the invoice line's amount (HM036) or another invoice's line (HM037).
    line = invoice.lines[0]
    with database.owner.engine.connect() as conn:
        other = conn.execute(text("SELECT id FROM invoice_line WHERE invoice_id <> :i LIMIT 1"),
                             {"i": invoice.id}).scalar_one()
    _owner_refuses(database, "HM036", "INSERT INTO claim_line (claim_id, invoice_line_id, insurer_amount, "
                                      "patient_amount) VALUES (:c, :l, 1, 1)", {**c, "l": line.id})
    _owner_refuses(database, "HM037", "INSERT INTO claim_line (claim_id, invoice_line_id, insurer_amount, "
                                      "patient_amount) VALUES (:c, :l, 1, 1)", {**c, "l": other})
    # An empty batch is not submitted (HM038); a batch goes draft -> submitted only (HM034).
    with database.owner.engine.begin() as conn:
        batch_id = conn.execute(text("INSERT INTO claim_batch (payer_id) VALUES (:p) RETURNING id"),
                                {"p": ids["payer"]}).scalar_one()
    _owner_refuses(database, "HM038", "UPDATE claim_batch SET status = 'submitted' WHERE id = :b", {"b": batch_id})
    _owner_refuses(database, "HM034", "UPDATE claim_batch SET status = 'paid' WHERE id = :b", {"b": batch_id})
    # A claim into another payer's batch (HM037).
    stranger = new_insured_patient(database)
    with database.owner.engine.begin() as conn:
        foreign = conn.execute(text("INSERT INTO claim_batch (payer_id) VALUES (:p) RETURNING id"),
                               {"p": stranger["payer"]}).scalar_one()
    _owner_refuses(database, "HM037", "UPDATE claim SET batch_id = :b WHERE id = :c", {**c, "b": foreign})
    # Submitted claims: the outcome must be what the lines' approvals say (HM036).
    batch = claims.create_batch(clerk, ids["payer"], [claim.id])
    claims.submit_batch(clerk, batch.id)
    _owner_refuses(database, "HM036", "UPDATE claim SET status = 'paid' WHERE id = :c", c)
    _owner_refuses(database, "HM038", "UPDATE claim_batch SET status = 'paid' WHERE id = :b", {"b": batch.id})


def test_csv_export_reads_back(database, clerk, tmp_path: Path) -> None:
    ids = new_insured_patient(database)
    invoice = issue(clerk, ids["patient"], "CONS", "LAB-CRP")
    claim = claims.invoice_claim(clerk, invoice.id)
    assert claim is not None
    batch = claims.create_batch(clerk, ids["payer"], [claim.id])
    target = tmp_path / "batch.csv"
    assert claims.export_batch_csv(clerk, batch.id, target) == 2
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(claims.CSV_HEADER)
    assert rows[1] == [batch.payer_name, str(batch.id), str(claim.id), invoice.number, invoice.patient_name,
                       invoice.mrn, claim.member_number, invoice.lines[0].service_date.isoformat(), "CONS", "CONS",
                       "64.00"]
    assert rows[2][8:] == ["LAB-CRP", "LAB-CRP", "7.00"]
    with pytest.raises(Conflict, match="could not be written"):
        claims.export_batch_csv(clerk, batch.id, tmp_path / "missing" / "x.csv")


def test_an_insurers_payment_is_recorded_only_with_the_answer_to_a_submitted_claim(database, clerk) -> None:
    ids = new_insured_patient(database)
    invoice = issue(clerk, ids["patient"], "CONS")
    username = database.add_user(Group.ADMIN)
    with database.connect_as(username) as conn:
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("SELECT hms_record_insurance_payment(%s, 1, 'REM')", (invoice.id,))
        assert caught.value.sqlstate == "HM039"
        conn.rollback()
    assert billing.invoice(clerk, invoice.id).paid == D(0)


def test_the_demo_makes_claims_a_paid_batch_and_a_submitted_one(database, clerk) -> None:
    from datetime import date as day_type

    from hms_desktop.services.demo_claims import add_demo_claims

    first = new_insured_patient(database)
    with database.owner.engine.begin() as conn:
        second = new_patient(database)
        conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                          "VALUES (:pt, :p, 'DEMO-2', '2020-01-01')"), {"pt": second, "p": first["plan"]})
    # Issued before the patient had a policy (as a loader writing invoices might): the demo makes its claim.
    late = new_patient(database)
    invoices = [issue(clerk, first["patient"], "CONS").id, issue(clerk, second, "CONS", "LAB-CRP").id,
                issue(clerk, late, "CONS").id, issue(clerk, new_patient(database), "MISC").id]
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                          "VALUES (:pt, :p, 'DEMO-3', '2020-01-01')"), {"pt": late, "p": first["plan"]})
    with database.owner.engine.begin() as conn:
        made = add_demo_claims(conn, invoices, today=day_type.today())
    assert made.claims == 3 and made.paid_batch_id and made.submitted_batch_id
    paid = claims.batch_detail(clerk, made.paid_batch_id)
    waiting = claims.batch_detail(clerk, made.submitted_batch_id)
    assert (paid.batch.status, [c.status for c in paid.claims]) == ("paid", ["paid"])
    assert (waiting.batch.status, {c.status for c in waiting.claims}) == ("submitted", {"submitted"})
    assert len(waiting.claims) == 2
    insured_paid = billing.invoice(clerk, paid.claims[0].invoice_id)
    assert [p.method for p in insured_paid.payments] == ["insurance"]
    assert insured_paid.balance == insured_paid.patient_share


def test_merging_a_duplicate_moves_its_invoices_claims_payments_and_deposits(database, clerk) -> None:
    """The patient merge follows every foreign key to ``patient`` (hms_merge_patients): the duplicate's issued
    invoice with its claim and payment, and its deposit, become the survivor's, and the balance goes with them."""
    from hms_desktop.services.patients import merge as merge_patients

    ids = new_insured_patient(database, copay="5.00")
    duplicate = ids["patient"]
    invoice = issue(clerk, duplicate, "CONS")  # 80.00: insurer 59.00, patient 21.00
    billing.take_payment(clerk, invoice.id, "card", D("10.00"), reference="T-2")
    held = billing.take_deposit(clerk, duplicate, D("50.00"), "card", reference="T-3")
    survivor = new_patient(database)
    admin = database.context_for(Group.ADMIN)
    try:
        merge_patients(admin, survivor, duplicate)
    finally:
        admin.db.dispose()
    moved = billing.invoice(clerk, invoice.id)
    assert (moved.patient_id, moved.insurer_share, moved.balance) == (survivor, D("59.00"), D("11.00"))
    assert billing.deposit(clerk, held.id).patient_id == survivor
    assert claims.invoice_claim(clerk, invoice.id) is not None
    assert (balance(database, survivor), balance(database, duplicate)) == (D("11.00"), D(0))
