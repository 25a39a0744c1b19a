"""Prescription lines (validation, defaults, quantities, numbering) and overriding serious alerts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.prescribing import (
    FREQUENCIES,
    Alert,
    AlertKind,
    Drug,
    KnowledgeBase,
    KnowledgeBaseProblem,
    PrescriptionLine,
    Quantity,
    Severity,
    check_prescription,
    load_knowledge_base,
    override_required,
    renumbered,
    validate_override,
)

CLINICAL = Path(__file__).resolve().parents[2] / "resources" / "clinical"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    loaded = load_knowledge_base(CLINICAL)
    assert isinstance(loaded, KnowledgeBase), str(loaded)
    return loaded


def drug(kb: KnowledgeBase, name: str, strength: str) -> Drug:
    return next(d for d in kb.drugs if d.name == name and d.strength == strength)


def test_a_new_line_takes_the_drug_defaults(kb: KnowledgeBase) -> None:
    line = PrescriptionLine.new(1, drug(kb, "amoxicillin", "500 mg"))
    assert (line.dose, line.unit, line.route, line.frequency, line.duration_days) == (
        Decimal(500), "mg", "oral", "TDS", 5)
    assert line.quantity == Quantity(15, "capsule") and str(line.quantity) == "15 capsules"
    assert line.frequency_meaning == "three times a day"
    assert line.summary == "amoxicillin 500 mg capsule: 500 mg oral three times a day for 5 days"


@pytest.mark.parametrize(("name", "strength", "changes", "expected"), [
    ("paracetamol", "500 mg", {}, Quantity(40, "tablet")),  # 1 g QDS 5 days = 2 tablets x 20
    ("warfarin", "1 mg", {"dose": "2.5"}, Quantity(75, "tablet")),  # two and a half tablets a day
    ("warfarin", "1 mg", {"dose": "1.25"}, None),  # not a whole or half tablet
    ("amlodipine", "10 mg", {"dose": 5, "duration_days": 28}, Quantity(14, "tablet")),  # half tablets
    ("amoxicillin", "250 mg", {"dose": 125}, None),  # half a capsule cannot be given
    ("methotrexate", "2.5 mg", {}, Quantity(12, "tablet")),  # 7.5 mg weekly for 28 days
    ("co-amoxiclav", "500 mg/125 mg", {}, Quantity(21, "tablet")),  # dosed in tablets
    ("fluconazole", "150 mg", {}, Quantity(1, "capsule")),  # STAT
    ("fentanyl", "12 mcg/h", {}, Quantity(5, "patch")),  # every 72 hours for 15 days
    ("ibuprofen", "400 mg", {"frequency": "prn"}, None),  # when required: the prescriber writes it
    ("lactulose", "3.3 g/5 mL", {}, None),  # a liquid
    ("gentamicin", "80 mg/2 mL", {}, None),  # mg/kg
])
def test_quantity_is_computed_where_countable(kb: KnowledgeBase, name: str, strength: str, changes: dict,
                                              expected: Quantity | None) -> None:
    assert PrescriptionLine.new(1, drug(kb, name, strength), **changes).quantity == expected


def test_a_given_quantity_wins(kb: KnowledgeBase) -> None:
    line = PrescriptionLine.new(1, drug(kb, "ibuprofen", "400 mg"), frequency="PRN", quantity=Quantity(24, "tablet"))
    assert line.quantity == Quantity(24, "tablet")


@pytest.mark.parametrize(("changes", "field"), [
    ({"dose": 0}, "dose"),
    ({"dose": "-5"}, "dose"),
    ({"dose": "a lot"}, "dose"),
    ({"unit": "spoonful"}, "unit"),
    ({"route": "by mouth"}, "route"),
    ({"frequency": "thrice"}, "frequency"),
    ({"duration_days": 0}, "duration_days"),
    ({"duration_days": 366}, "duration_days"),
    ({"instructions": "x" * 501}, "instructions"),
    ({"quantity": Quantity(0, "tablet")}, "quantity"),
])
def test_invalid_lines_are_refused_by_field(kb: KnowledgeBase, changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        PrescriptionLine.new(1, drug(kb, "amlodipine", "5 mg"), **changes)
    assert field in refused.value.problems


def test_line_numbers_start_at_one_and_renumber(kb: KnowledgeBase) -> None:
    with pytest.raises(ValidationError):
        PrescriptionLine.new(0, drug(kb, "amlodipine", "5 mg"))
    a, b, c = (PrescriptionLine.new(n, drug(kb, "amlodipine", "5 mg")) for n in (1, 2, 3))
    assert [line.number for line in renumbered((a, c))] == [1, 2]
    assert renumbered((a, b))[1] is b


def test_frequency_codes_have_meanings() -> None:
    assert {"OD", "BD", "TDS", "QDS", "PRN", "STAT", "WEEKLY"} <= set(FREQUENCIES)
    assert all(f.meaning for f in FREQUENCIES.values())


def _alert(severity: Severity) -> Alert:
    return Alert(AlertKind.INTERACTION, severity, ("a", "b"), "reason", f"rule-{severity}", "bnf", (1, 2))


def test_contraindicated_and_major_alerts_need_a_reason() -> None:
    alerts = [_alert(Severity.CONTRAINDICATED), _alert(Severity.MAJOR), _alert(Severity.MODERATE)]
    assert [a.severity for a in override_required(alerts)] == [Severity.CONTRAINDICATED, Severity.MAJOR]
    for reason in (None, "", "  ok  ", "abcd"):
        with pytest.raises(ValidationError) as refused:
            validate_override(alerts, reason, knowledge_base_version="v1")
        assert "2 serious alerts" in refused.value.problems["override_reason"]
    override = validate_override(alerts, "  INR   monitored weekly ", knowledge_base_version="v1")
    assert override is not None
    assert override.reason == "INR monitored weekly" and override.knowledge_base_version == "v1"
    assert override.alert_keys == tuple(a.key for a in alerts[:2]) and not override.checks_off


def test_moderate_alerts_need_no_reason() -> None:
    assert validate_override([_alert(Severity.MODERATE)], None, knowledge_base_version="v1") is None
    assert validate_override([], None, knowledge_base_version="v1") is None


def test_signing_while_the_checks_are_off_needs_a_reason(tmp_path: Path, kb: KnowledgeBase) -> None:
    problem = load_knowledge_base(tmp_path)
    assert isinstance(problem, KnowledgeBaseProblem)
    outcome = check_prescription(problem, [PrescriptionLine.new(1, drug(kb, "warfarin", "5 mg"))])
    with pytest.raises(ValidationError) as refused:
        validate_override(outcome.alerts, "", knowledge_base_version=outcome.version, checks_off=outcome.checks_off)
    assert "checks are off" in refused.value.problems["override_reason"]
    override = validate_override(outcome.alerts, "checked the BNF by hand", knowledge_base_version=None,
                                 checks_off=True)
    assert override is not None and override.checks_off and override.knowledge_base_version is None


def test_real_alert_keys_are_stable(kb: KnowledgeBase) -> None:
    def keys(order: tuple[str, str]) -> set[str]:
        lines = [PrescriptionLine.new(i, drug(kb, n, s)) for i, (n, s) in
                 enumerate((("warfarin", "5 mg"), ("aspirin", "75 mg"))[:: 1 if order == ("w", "a") else -1], 1)]
        return {a.key for a in kb.check(lines)}
    assert keys(("w", "a")) == keys(("a", "w"))
