"""Issue 7.10: a 10,000-character paste must get a message next to the field, not be cut silently.

A QLineEdit's maxLength truncates a paste without a word, so every text field of the patient form lets
through more than the rule allows; the rule (domain/patients.py) then says what is wrong.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hms_desktop.domain import patients

FORM = Path(__file__).resolve().parents[2] / "forms" / "patient_form.ui"
RULE_LIMITS = {
    "familyNameEdit": patients.NAME_MAX, "givenNameEdit": patients.NAME_MAX,
    "nationalIdEdit": patients._NATIONAL_ID_MAX, "phoneEdit": patients._PHONE_INPUT_MAX,
    "phoneAltEdit": patients._PHONE_INPUT_MAX, "emailEdit": patients._EMAIL_MAX,
    "emergencyNameEdit": patients.CONTACT_NAME_MAX, "emergencyPhoneEdit": patients._PHONE_INPUT_MAX,
    "kinNameEdit": patients.CONTACT_NAME_MAX, "kinPhoneEdit": patients._PHONE_INPUT_MAX,
    "payerEdit": patients._PAYER_MAX, "memberNumberEdit": patients._MEMBER_NUMBER_MAX,
}


def _max_lengths() -> dict[str, int]:
    text = FORM.read_text(encoding="utf-8")
    return {m.group(1): int(m.group(2)) for m in re.finditer(
        r'name="(\w+)">\s*<property name="maxLength">\s*<number>(\d+)</number>', text)}


@pytest.mark.parametrize("field", sorted(RULE_LIMITS))
def test_the_form_lets_through_more_than_the_rule_allows(field: str) -> None:
    assert _max_lengths()[field] > RULE_LIMITS[field], (
        f"{field}: a paste longer than {RULE_LIMITS[field]} characters would be cut without a message")


def test_an_over_long_national_id_gets_a_message() -> None:
    draft = patients.PatientDraft(family_name="Okafor", given_name="Grace", sex="F", birth_date=date(1980, 3, 1),
                                  national_id="A" * 10_000, national_id_type=patients.ID_TYPES[0])
    with pytest.raises(patients.ValidationError) as refused:
        patients.validate_patient(draft, region="GB", today=date(2026, 12, 1))
    assert "too long" in refused.value.problems["national_id"]
