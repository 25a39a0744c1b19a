"""The insurance split (domain.insurance): worked examples of each rule, then Hypothesis properties over random
lines and plans: shares add up to each line to the cent, the insurer never pays more than the limit leaves,
an excluded service is the patient's entirely, and the co-payment is applied once per invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import (
    BillLine,
    Category,
    Coverage,
    PayerDraft,
    PlanDraft,
    PlanRules,
    PolicyDraft,
    policy_valid_on,
    split,
    to_cents,
    validate_payer,
    validate_plan,
    validate_policy,
)

D = Decimal
CONS = BillLine("CONS-GP", Category.CONSULTATION, D("50.00"))
LAB = BillLine("LAB-FBC", Category.LAB, D("33.33"))
COSMETIC = BillLine("PROC-COSMETIC", Category.PROCEDURE, D("400.00"))


def plan(**kwargs: object) -> PlanRules:
    base: dict[str, object] = {"coverage": {Category.CONSULTATION: Coverage(D(80)), Category.LAB: Coverage(D(80)),
                                            Category.PROCEDURE: Coverage(D(70), preauth_required=True)}}
    base.update(kwargs)
    return PlanRules(**base)  # type: ignore[arg-type]


def test_coverage_per_category_rounds_each_line_half_up() -> None:
    result = split([CONS, LAB], plan())
    assert [(s.patient, s.insurer) for s in result.lines] == [(D("10.00"), D("40.00")), (D("6.67"), D("26.66"))]
    # 33.33 x 80 % = 26.664 -> 26.66; a half cent goes up: 0.05 x 50 % = 0.025 -> 0.03
    half = split([BillLine("X", Category.LAB, D("0.05"))], PlanRules(coverage={Category.LAB: Coverage(D(50))}))
    assert half.lines[0].insurer == D("0.03")
    assert (result.patient_total, result.insurer_total) == (D("16.67"), D("66.66"))


def test_a_category_the_plan_does_not_list_and_an_excluded_fee_code_are_the_patients() -> None:
    rules = plan(excluded_fee_codes=frozenset({"PROC-COSMETIC"}))
    drug = BillLine("DRUG-N02BE01", Category.DRUG, D("12.40"))
    result = split([drug, COSMETIC], rules)
    assert [(s.patient, s.insurer, s.excluded) for s in result.lines] == [
        (D("12.40"), D("0.00"), False), (D("400.00"), D("0.00"), True)]
    # Excluded lines need no pre-authorisation: the insurer is not asked to pay them.
    assert not result.lines[1].needs_preauth


def test_preauth_marks_lines_without_changing_amounts() -> None:
    procedure = BillLine("PROC-SUTURE", Category.PROCEDURE, D("100.00"))
    result = split([CONS, procedure], plan())
    assert [s.needs_preauth for s in result.lines] == [False, True]
    assert result.lines[1].insurer == D("70.00")


def test_copayment_is_once_per_invoice_taken_from_covered_lines_in_order() -> None:
    result = split([LAB, CONS], plan(copay_per_invoice=D("30.00")))
    # Insurer would pay 26.66 + 40.00; the 30.00 co-payment takes all of the first and 3.34 of the second.
    assert [(s.patient, s.insurer) for s in result.lines] == [(D("33.33"), D("0.00")), (D("13.34"), D("36.66"))]
    assert result.copay_applied == D("30.00")
    assert result.patient_total == D("46.67")


def test_copayment_never_exceeds_what_the_insurer_would_pay() -> None:
    result = split([BillLine("LAB-X", Category.LAB, D("5.00"))], plan(copay_per_invoice=D("20.00")))
    assert (result.patient_total, result.insurer_total, result.copay_applied) == (D("5.00"), D("0.00"), D("4.00"))
    nothing_covered = split([COSMETIC], plan(copay_per_invoice=D("20.00"),
                                             excluded_fee_codes=frozenset({"PROC-COSMETIC"})))
    assert nothing_covered.copay_applied == D("0.00")
    assert nothing_covered.patient_total == D("400.00")


def test_annual_limit_cuts_the_line_that_crosses_it_and_later_lines_go_to_the_patient() -> None:
    lines = [CONS, CONS, CONS]
    result = split(lines, plan(annual_limit=D("1000.00")), used_this_year=D("950.00"))
    assert [s.insurer for s in result.lines] == [D("40.00"), D("10.00"), D("0.00")]
    assert result.limit_remaining == D("50.00")
    spent = split(lines, plan(annual_limit=D("1000.00")), used_this_year=D("1200.00"))
    assert spent.insurer_total == D("0.00")
    assert spent.patient_total == D("150.00")
    assert spent.limit_remaining == D("0.00")


def test_no_limit_and_an_empty_bill() -> None:
    assert split([], plan()).total == D("0.00")
    assert split([CONS], plan()).limit_remaining is None


@pytest.mark.parametrize("bad", [D("-1.00"), D("1.005"), D("NaN")])
def test_split_refuses_amounts_that_are_not_cents(bad: Decimal) -> None:
    with pytest.raises(ValueError, match="cents"):
        split([BillLine("X", Category.LAB, bad)], plan())
    with pytest.raises(ValueError, match="cents"):
        split([CONS], plan(), used_this_year=bad)


# --- properties ---

cents = st.integers(min_value=0, max_value=10_000_00).map(lambda c: D(c).scaleb(-2))
percents = st.integers(min_value=0, max_value=10_000).map(lambda c: D(c).scaleb(-2))
fee_codes = st.sampled_from(["CONS-GP", "LAB-FBC", "LAB-CRP", "DRUG-N02BE01", "PROC-SUTURE", "BED-GEN", "MISC"])
lines_strategy = st.lists(st.builds(BillLine, fee_code=fee_codes, category=st.sampled_from(list(Category)),
                                    total=cents), max_size=25)
plans_strategy = st.builds(
    PlanRules,
    coverage=st.dictionaries(st.sampled_from(list(Category)),
                             st.builds(Coverage, percent=percents, preauth_required=st.booleans())),
    excluded_fee_codes=st.frozensets(fee_codes, max_size=3),
    copay_per_invoice=st.integers(min_value=0, max_value=100_00).map(lambda c: D(c).scaleb(-2)),
    annual_limit=st.none() | st.integers(min_value=1, max_value=50_000_00).map(lambda c: D(c).scaleb(-2)))


@settings(max_examples=400, deadline=None)
@given(lines=lines_strategy, rules=plans_strategy, used=cents)
def test_shares_add_up_to_every_line_and_the_totals_to_the_bill(lines: list[BillLine], rules: PlanRules,
                                                                used: Decimal) -> None:
    result = split(lines, rules, used)
    assert len(result.lines) == len(lines)
    for share, line in zip(result.lines, lines, strict=True):
        assert share.line == line
        assert share.patient + share.insurer == line.total  # no cent lost or invented
        assert share.patient >= 0 and share.insurer >= 0
        assert share.patient == to_cents(share.patient) and share.insurer == to_cents(share.insurer)
    assert result.patient_total + result.insurer_total == sum((line.total for line in lines), D(0))
    assert result.insurer_total == sum((s.insurer for s in result.lines), D(0))


@settings(max_examples=400, deadline=None)
@given(lines=lines_strategy, rules=plans_strategy, used=cents)
def test_the_insurer_never_pays_more_than_coverage_or_the_limit_left(lines: list[BillLine], rules: PlanRules,
                                                                    used: Decimal) -> None:
    result = split(lines, rules, used)
    if rules.annual_limit is not None:
        assert result.insurer_total <= max(D(0), rules.annual_limit - used)
    for share in result.lines:
        covered = to_cents(share.line.total * rules.percent_for(share.line.category, share.line.fee_code) / 100)
        assert share.insurer <= covered


@settings(max_examples=300, deadline=None)
@given(lines=lines_strategy, rules=plans_strategy, used=cents)
def test_excluded_services_are_entirely_the_patients(lines: list[BillLine], rules: PlanRules, used: Decimal) -> None:
    for share in split(lines, rules, used).lines:
        if share.line.fee_code in rules.excluded_fee_codes:
            assert share.excluded
            assert share.insurer == 0
            assert share.patient == share.line.total


@settings(max_examples=300, deadline=None)
@given(lines=lines_strategy, rules=plans_strategy)
def test_without_limit_the_patient_pays_the_uncovered_part_plus_at_most_one_copayment(
        lines: list[BillLine], rules: PlanRules) -> None:
    unlimited = PlanRules(coverage=rules.coverage, excluded_fee_codes=rules.excluded_fee_codes,
                          copay_per_invoice=rules.copay_per_invoice)
    result = split(lines, unlimited)
    covered = sum((to_cents(line.total * unlimited.percent_for(line.category, line.fee_code) / 100)
                   for line in lines), D(0))
    assert result.copay_applied == min(rules.copay_per_invoice, covered)
    assert result.insurer_total == covered - result.copay_applied
    # Deterministic: the same bill splits the same way.
    assert split(lines, unlimited) == result


# --- drafts ---


def test_payer_draft_is_normalised_and_checked() -> None:
    clean = validate_payer(PayerDraft(code=" meridian ", name="  Meridian   Health ", contact=" x "))
    assert (clean.code, clean.name, clean.contact) == ("MERIDIAN", "Meridian Health", "x")
    with pytest.raises(ValidationError) as refused:
        validate_payer(PayerDraft(code="BAD CODE!", name=""))
    assert set(refused.value.problems) == {"code", "name"}


def test_plan_draft_checks_percentages_money_and_fee_codes() -> None:
    clean = validate_plan(PlanDraft(payer_id=1, name="Standard", coverage={Category.LAB: Coverage(D("80.5"))},
                                    excluded_fee_codes=frozenset({" proc-cosmetic ", ""}),
                                    copay_per_invoice=D("10.00"), annual_limit=D("5000")))
    assert clean.excluded_fee_codes == frozenset({"PROC-COSMETIC"})
    with pytest.raises(ValidationError) as refused:
        validate_plan(PlanDraft(payer_id=1, name="X", coverage={Category.LAB: Coverage(D("100.01"))},
                                copay_per_invoice=D("-1"), annual_limit=D("0")))
    assert set(refused.value.problems) == {"coverage.lab", "copay_per_invoice", "annual_limit"}
    with pytest.raises(ValidationError) as cents_only:
        validate_plan(PlanDraft(payer_id=1, name="X", copay_per_invoice=D("1.005")))
    assert "two decimals" in cents_only.value.problems["copay_per_invoice"]


def test_policy_dates_are_ordered_and_inclusive() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_policy(PolicyDraft(patient_id=1, plan_id=1, member_number="M1", valid_from=date(2031, 5, 1),
                                    valid_to=date(2031, 4, 30)))
    assert "cannot end before it starts" in refused.value.problems["valid_to"]
    with pytest.raises(ValidationError):
        validate_policy(PolicyDraft(patient_id=1, plan_id=1, member_number="  ", valid_from=date(2031, 5, 1)))
    assert policy_valid_on(date(2031, 5, 1), date(2031, 5, 31), date(2031, 5, 31))
    assert policy_valid_on(date(2031, 5, 1), None, date(2040, 1, 1))
    assert not policy_valid_on(date(2031, 5, 1), date(2031, 5, 31), date(2031, 6, 1))
    assert not policy_valid_on(date(2031, 5, 1), None, date(2031, 4, 30))
