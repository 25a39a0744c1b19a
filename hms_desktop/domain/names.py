"""How a patient's or a person's name is shown everywhere: screens, slips, wristbands, lists.

One function, so a wristband and the calendar never disagree: "FAMILY, Given" with the family name in
capitals (the convention of hospital wristbands and lists, which makes the family name unmistakable),
and blank parts handled so nobody sees a stray comma.

Capitals follow the language's own rules where Python's ``str.upper`` does not (``upper_name``): Greek
capitals carry no accents ("Παπαδόπουλος" is "ΠΑΠΑΔΟΠΟΥΛΟΣ", not "ΠΑΠΑΔΟΠΟΎΛΟΣ"), and German ß becomes the
capital ẞ rather than "SS", so "Strauß" and "Strauss" stay two names on a wristband. The Turkish dotted
capital İ would need the patient's language, which the name alone does not tell: i stays I.
"""

from __future__ import annotations

import unicodedata

# Greek capitals drop the tonos and the other accents and breathings; the dialytika (diaeresis) stays, since
# it says two vowels are read apart. U+0345 (ypogegrammeni, iota subscript) is left to str.upper, which
# writes it as a capital iota beside the letter, as Greek capitals do.
_GREEK_ACCENTS = frozenset("\u0300\u0301\u0342\u0313\u0314\u0343\u0344\u0340\u0341")
_DIALYTIKA = "\u0308"


def _is_greek(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("GREEK")


def upper_name(text: str) -> str:
    """``text`` in capitals by its language's rules: Greek without accents (keeping the dialytika, and adding
    it where the accent was what kept two vowels apart: "ρολόι" → "ΡΟΛΟΪ"), ß as ẞ, the rest as ``str.upper``."""
    decomposed = unicodedata.normalize("NFD", text.replace("ß", "ẞ"))
    out: list[str] = []
    base = ""          # the letter the marks being read belong to
    accent_dropped = False  # a Greek vowel lost its accent: the next ι or υ reads apart from it
    for ch in decomposed:
        if unicodedata.combining(ch):
            if _is_greek(base) and ch in _GREEK_ACCENTS:
                accent_dropped = base.lower() in "αεοηωιυ"
                continue
            out.append(ch)
            continue
        if accent_dropped and ch in "ιυ" and base.lower() in "αεου":
            # "άι" reads a-i, "αι" reads e: in capitals "ΑΪ" keeps the two sounds the accent marked.
            out.append(ch + _DIALYTIKA)
        else:
            out.append(ch)
        accent_dropped = False
        base = ch
    upper = unicodedata.normalize("NFC", "".join(out)).upper()
    # A dialytika added where the name already had one ("άϊ") is written once.
    return unicodedata.normalize("NFC", upper.replace(_DIALYTIKA + _DIALYTIKA, _DIALYTIKA))


def display_name(family_name: str | None, given_name: str | None) -> str:
    family = upper_name(" ".join((family_name or "").split()))
    given = " ".join((given_name or "").split())
    if family and given:
        return f"{family}, {given}"
    return family or given
