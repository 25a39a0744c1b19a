"""One way to show a phone number (issue 13.6): national for the hospital's region, international otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

import hms_desktop
from hms_desktop.domain.phones import display_phone


@pytest.mark.parametrize(("stored", "region", "shown"), [
    ("+442071838750", "GB", "020 7183 8750"),
    ("+447700900123", "GB", "07700 900123"),  # a range in no plan: its calling code's main region
    ("+33612345678", "GB", "+33 6 12 34 56 78"),
    ("+12015550123", "US", "(201) 555-0123"),
    ("+14165550123", "US", "+1 416-555-0123"),  # Canada shares +1 but is another region
    ("+14165550123", "CA", "(416) 555-0123"),
    ("+447700900123", None, "+44 7700 900123"),  # region not known yet: international
    ("07700 900123", "GB", "07700 900123"),  # as typed, read in the hospital's region
    ("not a number", "GB", "not a number"),
    (None, "GB", ""),
    ("", "GB", ""),
])
def test_display_phone(stored, region, shown) -> None:
    assert display_phone(stored, region) == shown


def test_only_the_domain_formats_phone_numbers() -> None:
    package = Path(hms_desktop.__file__).parent
    formatting = [str(path.relative_to(package)) for path in package.rglob("*.py")
                  if "phonenumbers.format_number(" in path.read_text(encoding="utf-8")]
    assert formatting and all(path.startswith("domain/") for path in formatting), formatting
