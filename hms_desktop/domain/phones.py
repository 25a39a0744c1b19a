"""How a phone number is shown everywhere: screens, dialogs, slips, printouts.

One function, so the search list, the overview and a printout never disagree. Numbers are stored in E.164
(``+447700900123``, see ``domain/patients.py``); people read a number of the hospital's own phone region in
its national form (``07700 900123``) and any other in international form (``+33 6 12 34 56 78``). The
region is compared, not the country calling code: a Canadian number in a US hospital shares +1 but is
another region's, so it is shown internationally (``+1 416-555-0123``).
"""

from __future__ import annotations

import phonenumbers


def display_phone(value: str | None, region: str | None = None) -> str:
    """``value`` as people read it; ``region`` is the hospital's phone region (None: not known yet, so
    international). Text that is not a phone number comes back as it is; nothing gives ""."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, None if value.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return value
    # A number in no region's plan (the 07700 900xxx range kept for fiction, a new block) is taken to be of
    # its calling code's main region.
    own = phonenumbers.region_code_for_number(number) \
        or phonenumbers.region_code_for_country_code(number.country_code or 0)
    local = region is not None and own == region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if local else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)
