"""Consultation rules (domain/clinical.py): ICD-10 look-up and search, vital-sign limits and flags, BMI,
allergies, problems, diagnoses, breaking the glass."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal

import pytest

from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain import clinical
from hms_desktop.domain.clinical import (
    AllergyDraft,
    BreakGlass,
    DiagnosisDraft,
    ProblemDraft,
    VitalsDraft,
    check_allergy,
    check_break_glass,
    check_diagnoses,
    check_problem,
    check_vitals,
)
from hms_desktop.domain.errors import ValidationError

TODAY = date(2031, 3, 3)


def test_a_temperature_of_370_is_refused_with_a_message() -> None:
    with pytest.raises(ValidationError) as refused:
        check_vitals(VitalsDraft(temperature_c=Decimal("370")))
    assert refused.value.problems == {
        "temperature_c": "Temperature 370 °C is not plausible; enter a value between 25 and 45 °C."}


def test_a_blood_pressure_of_190_over_120_is_accepted_and_flagged() -> None:
    checked = check_vitals(VitalsDraft(systolic_mmhg=190, diastolic_mmhg=120))
    assert [flag.message for flag in checked.flags] == [
        "Blood pressure 190/120 mmHg is in the hypertensive crisis range"]


def test_bmi_is_computed_and_flagged() -> None:
    checked = check_vitals(VitalsDraft(weight_kg=Decimal("80"), height_cm=Decimal("180")))
    assert checked.bmi == Decimal("24.7") and checked.flags == ()
    heavy = check_vitals(VitalsDraft(weight_kg=Decimal("120"), height_cm=Decimal("170")))
    assert heavy.bmi == Decimal("41.5")
    assert [f.field for f in heavy.flags] == ["bmi"]
    assert clinical.bmi(Decimal("80"), None) is None


@pytest.mark.parametrize(("draft", "field"), [
    (VitalsDraft(pulse_bpm=500), "pulse_bpm"),
    (VitalsDraft(spo2_percent=101), "spo2_percent"),
    (VitalsDraft(weight_kg=Decimal("800")), "weight_kg"),
    (VitalsDraft(height_cm=Decimal("1.75")), "height_cm"),  # metres typed into centimetres
    (VitalsDraft(systolic_mmhg=120), "diastolic_mmhg"),
    (VitalsDraft(systolic_mmhg=80, diastolic_mmhg=120), "diastolic_mmhg"),
    (VitalsDraft(), "vitals"),
])
def test_implausible_vitals_are_refused_per_field(draft: VitalsDraft, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_vitals(draft)
    assert field in refused.value.problems


def test_normal_vitals_have_no_flags() -> None:
    checked = check_vitals(VitalsDraft(temperature_c=Decimal("36.8"), pulse_bpm=72, respiratory_rate=14,
                                       systolic_mmhg=118, diastolic_mmhg=76, spo2_percent=98))
    assert checked.flags == ()
    fever = check_vitals(VitalsDraft(temperature_c=Decimal("39.2"), spo2_percent=88))
    assert {f.field for f in fever.flags} == {"temperature_c", "spo2_percent"}


def test_the_migration_writes_the_same_limits_as_the_rules() -> None:
    # The migration's module name starts with a digit: its constant is read from the file.
    source = (migrations_dir() / "versions" / "0012_consultation_core.py").read_text(encoding="utf-8")
    start = source.index("VITAL_LIMITS = ") + len("VITAL_LIMITS = ")
    written = ast.literal_eval(source[start:source.index("\nCLINICAL_TABLES", start)])
    assert written == {name: (str(limit.low), str(limit.high)) for name, limit in clinical.VITAL_LIMITS.items()}


def test_icd10_valid_and_invalid_codes() -> None:
    assert clinical.is_valid_code("J45") and clinical.is_valid_code("J45.0")
    assert clinical.normalize_code(" j450 ") == "J45.0"
    assert not clinical.is_valid_code("J45.99")
    assert not clinical.is_valid_code("J40-J47")  # a block, not a code
    assert not clinical.is_valid_code("X")  # a chapter
    assert not clinical.is_valid_code("Z99.99")
    with pytest.raises(ValidationError):
        clinical.describe("ZZZ")


def test_icd10_search_by_words_and_by_code() -> None:
    found = clinical.search("asthma")
    assert found[0].code == "J45"
    assert found[0].description == "Asthma"
    assert "J46" in [e.code for e in found]
    assert [e.code for e in clinical.search("j45")][:2] == ["J45", "J45.0"]
    assert clinical.search("J45.0")[0].code == "J45.0"
    assert {e.code for e in clinical.search("diab mell")} >= {"E10", "E11", "E14"}
    assert clinical.search("   ") == []
    assert len(clinical.search("a", limit=5)) == 5


def test_icd10_chapter_is_known_for_reports() -> None:
    entry = clinical.describe("J45.0")
    assert entry.chapter == "X"
    assert entry.chapter_title == "Diseases of the respiratory system"
    assert clinical.chapter_of("E11") == "IV"


def test_allergy_rules() -> None:
    checked = check_allergy(AllergyDraft(substance="  Penicillin ", drug_class="Beta-lactams", reaction="Rash",
                                         severity="severe"))
    assert checked.substance == "Penicillin"
    with pytest.raises(ValidationError) as refused:
        check_allergy(AllergyDraft(substance=" ", severity="deadly", source="gossip"))
    assert set(refused.value.problems) == {"substance", "severity", "source"}
    assert clinical.wristband_flag("allergies") is True
    assert clinical.wristband_flag("none_known") is False
    assert clinical.wristband_flag("not_recorded") is None


def test_problem_rules() -> None:
    problem = check_problem(ProblemDraft(kind="problem", icd10_code="e119"), today=TODAY)
    assert problem.icd10_code == "E11.9"
    surgery = check_problem(ProblemDraft(kind="surgery", description="Appendicectomy", onset=date(2010, 5, 1)),
                            today=TODAY)
    assert surgery.icd10_code is None
    for draft, field in ((ProblemDraft(kind="problem"), "icd10_code"),
                         (ProblemDraft(kind="past_illness", icd10_code="Q99.99"), "icd10_code"),
                         (ProblemDraft(kind="surgery"), "description"),
                         (ProblemDraft(kind="problem", icd10_code="J45", onset=date(2040, 1, 1)), "onset")):
        with pytest.raises(ValidationError) as refused:
            check_problem(draft, today=TODAY)
        assert field in refused.value.problems


def test_diagnoses_need_exactly_one_primary() -> None:
    checked = check_diagnoses([DiagnosisDraft("j45.0", primary=True), DiagnosisDraft("I10")])
    assert [d.icd10_code for d in checked] == ["J45.0", "I10"]
    assert check_diagnoses([]) == []
    for diagnoses in ([DiagnosisDraft("I10")], [DiagnosisDraft("I10", True), DiagnosisDraft("J45", True)],
                      [DiagnosisDraft("I10", True), DiagnosisDraft("I10")], [DiagnosisDraft("ABC", True)]):
        with pytest.raises(ValidationError):
            check_diagnoses(diagnoses)


def test_break_the_glass_reasons() -> None:
    assert check_break_glass(BreakGlass("emergency")).kind == "emergency"
    assert check_break_glass(BreakGlass("other", "  asked by  the GP ")).text == "asked by the GP"
    for reason in (BreakGlass("other"), BreakGlass("care"), BreakGlass("curiosity")):
        with pytest.raises(ValidationError):
            check_break_glass(reason)


def test_encounter_fields_are_allow_listed() -> None:
    assert clinical.check_encounter_fields({"history": "Cough for 3 days"}) == {"history": "Cough for 3 days"}
    with pytest.raises(ValidationError):
        clinical.check_encounter_fields({"status": "signed"})
    with pytest.raises(ValidationError):
        clinical.check_encounter_fields({"chief_complaint": "x" * 501})


# --- family and social history (migration 0013) -----------------------------------------------------------

def test_family_history_needs_a_relative_and_a_valid_code() -> None:
    checked = clinical.check_family_history(clinical.FamilyHistoryDraft("mother", " e11 ", "  at   52 "))
    assert (checked.icd10_code, checked.description) == ("E11", "at 52")
    for draft, field in ((clinical.FamilyHistoryDraft("cousin", "E11"), "relation"),
                         (clinical.FamilyHistoryDraft("mother", ""), "icd10_code"),
                         (clinical.FamilyHistoryDraft("mother", "E11.99"), "icd10_code"),
                         (clinical.FamilyHistoryDraft("mother", "E11", "x" * 501), "description")):
        with pytest.raises(ValidationError) as refused:
            clinical.check_family_history(draft)
        assert field in refused.value.problems


def test_social_history_ranges_and_pack_years_only_for_smokers() -> None:
    checked = clinical.check_social_history(clinical.SocialHistoryDraft("former", Decimal("12.25"), 0, "  Bus  driver"))
    assert (checked.pack_years, checked.alcohol_units_week, checked.occupation) == (Decimal("12.3"), 0, "Bus driver")
    assert clinical.check_social_history(clinical.SocialHistoryDraft("never", Decimal("0"))).pack_years == 0
    for draft, field in ((clinical.SocialHistoryDraft("sometimes"), "smoking"),
                         (clinical.SocialHistoryDraft("never", Decimal("5")), "pack_years"),
                         (clinical.SocialHistoryDraft("current", Decimal("201")), "pack_years"),
                         (clinical.SocialHistoryDraft("current", alcohol_units_week=501), "alcohol_units_week"),
                         (clinical.SocialHistoryDraft(alcohol_units_week=-1), "alcohol_units_week")):
        with pytest.raises(ValidationError) as refused:
            clinical.check_social_history(draft)
        assert field in refused.value.problems


def test_migration_0013_allows_the_relations_and_smoking_statuses_the_rules_offer() -> None:
    source = (migrations_dir() / "versions" / "0013_chart_history.py").read_text(encoding="utf-8")
    relations = ast.literal_eval("(" + source.split('RELATIONS = "')[1].split('"\n')[0] + ",)")
    smoking = ast.literal_eval("(" + source.split('SMOKING = "')[1].split('"\n')[0] + ",)")
    assert set(relations) == set(clinical.FAMILY_RELATIONS)
    assert set(smoking) == set(clinical.SMOKING_STATUSES)
