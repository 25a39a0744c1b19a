from __future__ import annotations

import pytest

from hms_desktop.domain.names import display_name, upper_name


@pytest.mark.parametrize(("family", "given", "shown"), [
    ("Smith", "Anna", "SMITH, Anna"),
    ("  de  la Cruz ", "María José", "DE LA CRUZ, María José"),
    ("Øvergård", "", "ØVERGÅRD"),
    ("", "Madonna", "Madonna"),
    (None, None, ""),
    ("李", "小龙", "李, 小龙"),
])
def test_display_name(family: str | None, given: str | None, shown: str) -> None:
    assert display_name(family, given) == shown


@pytest.mark.parametrize(("family", "shown"), [
    ("Παπαδόπουλος", "ΠΑΠΑΔΟΠΟΥΛΟΣ"),   # capitals drop the tonos; final sigma is Σ
    ("Ελένη", "ΕΛΕΝΗ"),
    ("Ἀθῆναι", "ΑΘΗΝΑΙ"),               # polytonic breathings and circumflex too
    ("Μαΐου", "ΜΑΪΟΥ"),                 # the dialytika stays
    ("ρολόι", "ΡΟΛΟΪ"),                 # and is added where the accent kept two vowels apart
    ("άυλος", "ΑΫΛΟΣ"),
    ("Καϊάφας", "ΚΑΪΑΦΑΣ"),             # not written twice
    ("ΣΟΦΊΑ", "ΣΟΦΙΑ"),
    ("Strauß", "STRAUẞ"),               # the capital sharp s: Strauß and Strauss stay two names
    ("Jörg-Müller", "JÖRG-MÜLLER"),     # Latin accents are letters of the name and stay
    ("Ёлкина", "ЁЛКИНА"),
    ("शर्मा", "शर्मा"),                    # scripts without case are unchanged
])
def test_family_names_in_capitals_follow_the_language(family: str, shown: str) -> None:
    assert upper_name(family) == shown
    assert display_name(family, "x") == f"{shown}, x"
