"""Prescribing safety checks against the shipped knowledge base: every rule kind, positive and negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from hms_desktop.domain.prescribing import (
    AlertKind,
    Allergy,
    Drug,
    KnowledgeBase,
    PrescriptionLine,
    ReactionSeverity,
    Severity,
    check_prescription,
    load_knowledge_base,
)

CLINICAL = Path(__file__).resolve().parents[2] / "resources" / "clinical"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    loaded = load_knowledge_base(CLINICAL)
    assert isinstance(loaded, KnowledgeBase), str(loaded)
    return loaded


def drug(kb: KnowledgeBase, name: str, strength: str | None = None) -> Drug:
    found = [d for d in kb.drugs if d.name == name and (strength is None or d.strength == strength)]
    assert found, f"{name} {strength or ''} is not in the formulary"
    return found[0]


def lines(kb: KnowledgeBase, *names: str) -> list[PrescriptionLine]:
    return [PrescriptionLine.new(i, drug(kb, n)) for i, n in enumerate(names, start=1)]


def alerts_of(kb: KnowledgeBase, names: tuple[str, ...], *, current: tuple[str, ...] = (),
              allergies: tuple[Allergy, ...] = (), kind: AlertKind | None = None):
    found = kb.check(lines(kb, *names), [drug(kb, n) for n in current], list(allergies))
    return [a for a in found if kind is None or a.kind is kind]


@pytest.mark.parametrize(("first", "second", "severity", "rule"), [
    ("warfarin", "aspirin", Severity.MAJOR, "bleed-02"),
    ("warfarin", "ibuprofen", Severity.MAJOR, "bleed-01"),
    ("apixaban", "naproxen", Severity.MAJOR, "bleed-07"),
    ("phenelzine", "sertraline", Severity.CONTRAINDICATED, "onc-07"),
    ("tranylcypromine", "tramadol", Severity.CONTRAINDICATED, "onc-08"),
    ("methotrexate", "trimethoprim", Severity.CONTRAINDICATED, "onc-10"),
    ("methotrexate", "co-trimoxazole", Severity.CONTRAINDICATED, "onc-10"),
    ("sildenafil", "isosorbide mononitrate", Severity.CONTRAINDICATED, "onc-11"),
    ("tadalafil", "glyceryl trinitrate", Severity.CONTRAINDICATED, "onc-11"),
    ("simvastatin", "clarithromycin", Severity.CONTRAINDICATED, "onc-06"),
    ("atorvastatin", "clarithromycin", Severity.MAJOR, "statin-01"),
    ("clopidogrel", "omeprazole", Severity.MODERATE, "bleed-23"),
    ("spironolactone", "ramipril", Severity.MAJOR, "renal-01"),
    ("amiloride", "losartan", Severity.MAJOR, "renal-01"),
    ("lithium carbonate", "ibuprofen", Severity.MAJOR, "lith-01"),
    ("lithium carbonate", "lisinopril", Severity.MAJOR, "lith-02"),
    ("citalopram", "clarithromycin", Severity.MAJOR, "qt-01"),
    ("thioridazine", "haloperidol", Severity.CONTRAINDICATED, "onc-03"),
    ("atazanavir", "omeprazole", Severity.CONTRAINDICATED, "onc-01"),
    ("bosentan", "glibenclamide", Severity.CONTRAINDICATED, "onc-02"),
    ("ergotamine", "clarithromycin", Severity.CONTRAINDICATED, "onc-04"),
    ("irinotecan", "rifampicin", Severity.CONTRAINDICATED, "onc-05"),
    ("pimozide", "itraconazole", Severity.CONTRAINDICATED, "onc-12"),
    ("ramelteon", "fluvoxamine", Severity.CONTRAINDICATED, "onc-13"),
    ("tizanidine", "ciprofloxacin", Severity.CONTRAINDICATED, "onc-14"),
    ("moclobemide", "sumatriptan", Severity.CONTRAINDICATED, "onc-15"),
    ("phenelzine", "pseudoephedrine", Severity.CONTRAINDICATED, "onc-09"),
    ("digoxin", "amiodarone", Severity.MAJOR, "card-01"),
    ("verapamil", "bisoprolol", Severity.MAJOR, "card-04"),
    ("azathioprine", "allopurinol", Severity.MAJOR, "misc-01"),
    ("paracetamol", "co-codamol", Severity.MAJOR, "misc-04"),
    ("morphine sulfate", "diazepam", Severity.MAJOR, "cns-11"),
])
def test_interaction_rules(kb: KnowledgeBase, first: str, second: str, severity: Severity, rule: str) -> None:
    for order in ((first, second), (second, first)):  # the order the lines are added does not matter
        found = alerts_of(kb, order, kind=AlertKind.INTERACTION)
        assert [(a.rule_id, a.severity) for a in found] == [(rule, severity)], order
        assert found[0].line_numbers == (1, 2)
        assert found[0].reason and "{" not in found[0].reason


@pytest.mark.parametrize(("first", "second"), [
    ("amoxicillin", "paracetamol"),
    ("amlodipine", "atorvastatin"),  # different classes, no known interaction
    ("metformin", "lisinopril"),
    ("pravastatin", "clarithromycin"),  # the CYP3A4 rule names simvastatin/lovastatin and atorvastatin only
    ("sertraline", "amlodipine"),
])
def test_no_interaction_between_unrelated_drugs(kb: KnowledgeBase, first: str, second: str) -> None:
    assert alerts_of(kb, (first, second)) == []


def test_the_worst_rule_wins_for_one_pair(kb: KnowledgeBase) -> None:
    # Thioridazine + citalopram matches both the ONC rule (contraindicated) and the QT rule (major): one alert.
    found = alerts_of(kb, ("thioridazine", "citalopram"), kind=AlertKind.INTERACTION)
    assert [(a.rule_id, a.severity) for a in found] == [("onc-03", Severity.CONTRAINDICATED)]


def test_a_new_drug_is_checked_against_current_drugs(kb: KnowledgeBase) -> None:
    found = alerts_of(kb, ("ibuprofen",), current=("warfarin", "amlodipine"))
    assert [(a.rule_id, a.line_numbers) for a in found] == [("bleed-01", (1,))]
    assert found[0].drugs[1].endswith("(current)")


def test_current_drugs_are_not_rechecked_against_each_other(kb: KnowledgeBase) -> None:
    assert alerts_of(kb, ("paracetamol",), current=("warfarin", "aspirin")) == []


@pytest.mark.parametrize(("substance", "prescribed", "severity", "rule"), [
    ("penicillin", "amoxicillin", Severity.CONTRAINDICATED, "allergy-class-penicillins"),
    ("Penicillin", "co-amoxiclav", Severity.CONTRAINDICATED, "allergy-class-penicillins"),
    ("  PENICILLIN   allergy ", "flucloxacillin", Severity.CONTRAINDICATED, "allergy-class-penicillins"),
    ("amoxicillin", "phenoxymethylpenicillin", Severity.CONTRAINDICATED, "allergy-class-penicillins"),
    ("amoxicillin", "amoxicillin", Severity.CONTRAINDICATED, "allergy-same-drug"),
    ("penicillin", "cefalexin", Severity.MAJOR, "allergy-cross-penicillins"),
    ("penicillin", "ceftriaxone", Severity.MODERATE, "allergy-cross-penicillins"),
    ("penicillin", "meropenem", Severity.MODERATE, "allergy-cross-penicillins"),
    ("cephalosporins", "amoxicillin", Severity.MODERATE, "allergy-cross-cephalosporins"),
    ("sulfa", "co-trimoxazole", Severity.CONTRAINDICATED, "allergy-class-sulfonamide_antibiotics"),
    ("Sulphonamides", "sulfasalazine", Severity.CONTRAINDICATED, "allergy-class-sulfonamide_antibiotics"),
    ("aspirin", "ibuprofen", Severity.MAJOR, "allergy-class-nsaids"),
    ("acetylsalicylic acid", "diclofenac sodium", Severity.MAJOR, "allergy-class-nsaids"),
    ("NSAIDs", "aspirin", Severity.MAJOR, "allergy-class-nsaids"),
    ("ibuprofen", "celecoxib", Severity.MODERATE, "allergy-cross-nsaids"),
    ("enalapril", "lisinopril", Severity.CONTRAINDICATED, "allergy-class-ace_inhibitors"),
    ("atenolol", "bisoprolol", Severity.MAJOR, "allergy-same-class"),  # no allergy class: same ATC subgroup
    ("Acetaminophen", "paracetamol", Severity.CONTRAINDICATED, "allergy-same-drug"),
])
def test_allergy_rules(kb: KnowledgeBase, substance: str, prescribed: str, severity: Severity, rule: str) -> None:
    found = alerts_of(kb, (prescribed,), allergies=(Allergy(substance),))
    assert [(a.kind, a.rule_id, a.severity) for a in found] == [(AlertKind.ALLERGY, rule, severity)]
    assert found[0].allergy == substance.strip()
    assert "{" not in found[0].reason


@pytest.mark.parametrize(("substance", "prescribed"), [
    ("penicillin", "clarithromycin"),
    ("penicillin", "doxycycline"),
    ("sulfa", "trimethoprim"),  # trimethoprim alone is not a sulfonamide
    ("sulfa", "furosemide"),  # non-antibiotic sulfonamides: no cross-reactivity (Strom 2003)
    ("aspirin", "paracetamol"),
    ("latex", "amoxicillin"),
    ("codeine phosphate", "paracetamol"),
])
def test_no_allergy_alert_when_unrelated(kb: KnowledgeBase, substance: str, prescribed: str) -> None:
    assert alerts_of(kb, (prescribed,), allergies=(Allergy(substance),)) == []


def test_a_severe_reaction_raises_cross_reactivity_to_major(kb: KnowledgeBase) -> None:
    found = alerts_of(kb, ("ceftriaxone",), allergies=(Allergy("penicillin", ReactionSeverity.SEVERE),))
    assert [a.severity for a in found] == [Severity.MAJOR]
    assert "severe" in found[0].reason


def test_allergies_nothing_knows_are_listed_for_a_manual_check(kb: KnowledgeBase) -> None:
    allergies = [Allergy("latex"), Allergy("Peanuts"), Allergy("penicillin"), Allergy("Amoxycillin")]
    assert kb.unrecognised_allergies(allergies) == ["latex", "Peanuts"]


def test_two_ssris_are_duplicate_therapy(kb: KnowledgeBase) -> None:
    found = alerts_of(kb, ("sertraline", "fluoxetine"), kind=AlertKind.DUPLICATE)
    assert [(a.rule_id, a.severity, a.line_numbers) for a in found] == [
        ("duplicate-same-class", Severity.MODERATE, (1, 2))]
    assert "N06AB" in found[0].reason


def test_the_same_drug_twice_is_a_duplicate_not_an_interaction(kb: KnowledgeBase) -> None:
    prescription = [PrescriptionLine.new(1, drug(kb, "citalopram")), PrescriptionLine.new(2, drug(kb, "citalopram"))]
    assert [a.rule_id for a in kb.check(prescription)] == ["duplicate-same-drug"]


def test_duplicate_against_a_current_drug(kb: KnowledgeBase) -> None:
    found = alerts_of(kb, ("amlodipine",), current=("amlodipine",))
    assert [a.rule_id for a in found] == ["duplicate-same-drug"]
    assert "current medication" in found[0].reason


@pytest.mark.parametrize(("first", "second"), [
    ("amlodipine", "ramipril"),  # two different classes
    ("salbutamol", "salmeterol"),  # R03AC: listed exception
    ("isosorbide mononitrate", "glyceryl trinitrate"),  # C01DA: listed exception
])
def test_no_duplicate_for_different_classes_or_listed_exceptions(kb: KnowledgeBase, first: str, second: str) -> None:
    assert alerts_of(kb, (first, second), kind=AlertKind.DUPLICATE) == []


def test_alerts_are_sorted_worst_first_and_say_whether_they_need_a_reason(kb: KnowledgeBase) -> None:
    found = alerts_of(kb, ("clopidogrel", "omeprazole", "warfarin"), allergies=(Allergy("penicillin"),))
    severities = [a.severity.rank for a in found]
    assert severities == sorted(severities, reverse=True)
    assert {a.rule_id: a.needs_override_reason for a in found} == {"bleed-03": True, "bleed-23": False}


def test_check_prescription_runs_the_checks(kb: KnowledgeBase) -> None:
    outcome = check_prescription(kb, lines(kb, "warfarin", "aspirin"))
    assert not outcome.checks_off and outcome.banner is None and outcome.version == kb.version
    assert [a.rule_id for a in outcome.alerts] == ["bleed-02"]
