"""How a patient's or a person's name is shown everywhere: screens, slips, wristbands, lists.

One function, so a wristband and the calendar never disagree: "FAMILY, Given" with the family name in
capitals (the convention of hospital wristbands and lists, which makes the family name unmistakable),
and blank parts handled so nobody sees a stray comma.
"""

from __future__ import annotations


def display_name(family_name: str | None, given_name: str | None) -> str:
    family = " ".join((family_name or "").split()).upper()
    given = " ".join((given_name or "").split())
    if family and given:
        return f"{family}, {given}"
    return family or given
