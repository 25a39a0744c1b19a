"""Claim money rules (domain.claims): what the insurer is still expected to pay, the patient's settlement,
remittance lines and outcomes, and the status moves. Hypothesis: for random priced lines (tax included), plans
and remittances, the patient's and the insurer's parts add up to the invoice total at every stage, to the
cent: at issue (split), and after a remittance (what the insurer paid + what the patient owes = total)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hms_desktop.domain.billing import LineInput, price_line
from hms_desktop.domain.claims import (
    ClaimStatus,
    RemittanceLine,
    batch_outcome,
    check_remittance_line,
    claim_outcome,
    clean_preauth,
    counted_against_limit,
    insurer_expected,
    may_move,
    patient_settlement,
)
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import BillLine, Category, Coverage, PlanRules, split

D = Decimal
S = ClaimStatus


def test_the_insurers_share_is_expected_until_a_remittance_settles_the_claim() -> None:
    for status in (S.DRAFT, S.SUBMITTED, S.APPROVED):
        assert insurer_expected(status, D("64.00")) == D("64.00")
    for status in (S.PAID, S.PARTLY_APPROVED, S.REJECTED):
        assert insurer_expected(status, D("64.00")) == 0
    assert counted_against_limit(D("64.00"), None) == D("64.00")
    assert counted_against_limit(D("64.00"), D("10.00")) == D("10.00")


def test_the_patient_owes_the_due_less_payments_less_what_the_insurer_still_pays() -> None:
    before = patient_settlement(D("100.00"), D(0), D(0), D("70.00"))
    assert (before.balance, before.status) == (D("30.00"), "unpaid")
    paid_own_share = patient_settlement(D("100.00"), D(0), D("30.00"), D("70.00"))
    assert (paid_own_share.balance, paid_own_share.status) == (D(0), "paid")
    # The insurer paid 50.00 of its 70.00 and rejected 20.00: the patient owes those 20.00 now.
    after = patient_settlement(D("100.00"), D(0), D("80.00"), D(0))
    assert (after.balance, after.status) == (D("20.00"), "partly paid")


def test_remittance_lines_are_checked_in_the_clerks_words() -> None:
    ok = check_remittance_line(D("7.00"), RemittanceLine(1, D("2.00"), "  not   covered "), "INV-1, Lab")
    assert (ok.approved, ok.reason) == (D("2.00"), "not covered")
    full = check_remittance_line(D("7.00"), RemittanceLine(1, D("7.00"), "ignored"), "L")
    assert full.reason == ""
    with pytest.raises(ValidationError, match="cannot approve more"):
        check_remittance_line(D("7.00"), RemittanceLine(1, D("7.01")), "L")
    with pytest.raises(ValidationError, match="say why"):
        check_remittance_line(D("7.00"), RemittanceLine(1, D(0), "  "), "L")
    with pytest.raises(ValidationError, match="in cents"):
        check_remittance_line(D("7.00"), RemittanceLine(1, D("1.001"), "x"), "L")
    with pytest.raises(ValidationError, match="too long"):
        check_remittance_line(D("7.00"), RemittanceLine(1, D(0), "x" * 301), "L")


def test_outcomes_and_status_moves() -> None:
    assert claim_outcome(D(10), D(10)) == S.PAID
    assert claim_outcome(D(10), D(0)) == S.REJECTED
    assert claim_outcome(D(10), D(4)) == S.PARTLY_APPROVED
    assert batch_outcome([S.PAID, S.PAID]) == S.PAID
    assert batch_outcome([S.REJECTED]) == S.REJECTED
    assert batch_outcome([S.PAID, S.REJECTED]) == S.PARTLY_APPROVED
    with pytest.raises(ValueError, match="without claims"):
        batch_outcome([])
    assert may_move("draft", "submitted") and may_move("submitted", "partly approved")
    assert may_move("approved", "paid")
    assert not may_move("draft", "paid") and not may_move("paid", "submitted") and not may_move("rejected", "paid")
    assert clean_preauth("  PA  12 ") == "PA 12"
    with pytest.raises(ValidationError):
        clean_preauth(" ")


cents = st.integers(min_value=0, max_value=500_000).map(lambda n: D(n) / 100)
lines = st.lists(st.tuples(st.sampled_from(list(Category)), cents, st.sampled_from([D(0), D(5), D(20)]),
                           st.integers(min_value=1, max_value=3)), min_size=1, max_size=12)
percents = st.integers(min_value=0, max_value=10_000).map(lambda n: D(n) / 100)


@settings(max_examples=300, deadline=None)
@given(lines=lines, percent=percents, copay=cents, limit=st.none() | cents.filter(lambda v: v > 0), used=cents,
       approvals=st.lists(st.integers(min_value=0, max_value=100), min_size=12, max_size=12),
       paid_by_patient=st.integers(min_value=0, max_value=100))
def test_no_cent_is_lost_or_invented_from_issue_to_remittance(lines, percent, copay, limit, used, approvals,
                                                               paid_by_patient) -> None:
    priced = [price_line(LineInput(quantity=D(qty), unit_price=price, tax_rate=rate))
              for _category, price, rate, qty in lines]
    bill = [BillLine(f"F{i}", category, line.total_with_tax)
            for i, ((category, *_rest), line) in enumerate(zip(lines, priced, strict=True))]
    total = sum((line.total_with_tax for line in priced), D(0))
    plan = PlanRules(coverage={category: Coverage(percent) for category in Category}, copay_per_invoice=copay,
                     annual_limit=limit)
    result = split(bill, plan, used)
    assert result.patient_total + result.insurer_total == total
    assert all(share.patient >= 0 and share.insurer >= 0 for share in result.lines)

    # The patient pays some of their share; the insurer then approves a random part of each line.
    patient_paid = (result.patient_total * paid_by_patient / 100).quantize(D("0.01"))
    at_issue = patient_settlement(total, D(0), patient_paid, insurer_expected(S.SUBMITTED, result.insurer_total))
    assert at_issue.balance == result.patient_total - patient_paid
    approved = [(share.insurer * pct / 100).quantize(D("0.01"))
                for share, pct in zip(result.lines, approvals[:len(result.lines)], strict=True)]
    answers = [check_remittance_line(share.insurer, RemittanceLine(i, value, "partly"), "L")
               for i, (share, value) in enumerate(zip(result.lines, approved, strict=True))]
    insurer_paid = sum((answer.approved for answer in answers), D(0))
    outcome = claim_outcome(result.insurer_total, insurer_paid)
    after = patient_settlement(total, D(0), patient_paid + insurer_paid,
                               insurer_expected(outcome, result.insurer_total))
    rejected = result.insurer_total - insurer_paid
    # What the patient owes rose by exactly what the insurer rejected, and paid + owed is the invoice total.
    assert after.balance == at_issue.balance + rejected
    assert insurer_paid + patient_paid + after.balance == total
