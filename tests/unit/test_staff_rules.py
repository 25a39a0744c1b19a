"""Property tests for the staff-account rules in domain.staff (DESIGN.md §4: Hypothesis for validators)."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.staff import (
    MIN_PASSWORD_LENGTH,
    RESERVED_NAMES,
    RESERVED_PREFIXES,
    Group,
    new_password_problem,
    parse_groups,
    password_problem,
    username_problem,
)

# The rule hms_create_staff applies in SQL (migrations/versions/0001_foundation.py); PostgreSQL's `$` is
# the end of the string, so compare with fullmatch.
SQL_USERNAME = re.compile(r"[a-z][a-z0-9_.]{2,40}")
SQL_RESERVED = ("postgres", "public")

# A loaded machine must not turn a slow example into a failure; nothing here is about speed.
relaxed = settings(deadline=None)

usernames = st.from_regex(SQL_USERNAME, fullmatch=True)
# Characters a person can type into a password field: printable, no control characters.
typeable = st.characters(min_codepoint=32, blacklist_categories=("Cc", "Cs"))


def _random_case(text: str, flips: list[bool]) -> str:
    flips = flips + [False] * len(text)
    return "".join(ch.upper() if flip else ch for ch, flip in zip(text, flips, strict=False))


# --- password_problem --------------------------------------------------------------------------------------


@relaxed
@given(password=st.text(max_size=MIN_PASSWORD_LENGTH - 1), username=st.text(max_size=12))
def test_short_passwords_are_always_rejected(password: str, username: str) -> None:
    assume(password)
    problem = password_problem(password, username=username)
    assert problem is not None
    assert "at least" in problem


def test_an_empty_password_is_asked_for() -> None:
    assert password_problem("", username="someone") == "Enter a password."
    assert new_password_problem("", username="someone") == "Enter a new password."
    assert new_password_problem("short", username="someone") == password_problem("short", username="someone")
    assert new_password_problem("a-Good-pass-2026", username="someone") is None


@relaxed
@given(username=usernames, before=st.text(typeable, max_size=8), after=st.text(typeable, max_size=8),
       flips=st.lists(st.booleans(), max_size=42))
@example(username="abc", before="", after="defghij", flips=[True, True, True])
def test_password_containing_the_username_in_any_case_is_rejected(username: str, before: str, after: str,
                                                                  flips: list[bool]) -> None:
    password = before + _random_case(username, flips) + after
    problem = password_problem(password, username=username)
    assert problem is not None
    if len(password) >= MIN_PASSWORD_LENGTH:
        assert problem == "The password must not contain the user name."


@relaxed
@given(username=usernames, password=st.text(typeable, min_size=MIN_PASSWORD_LENGTH, max_size=64))
def test_acceptable_passwords_are_accepted(username: str, password: str) -> None:
    assume(password.strip() == password)
    assume(username.lower() not in password.lower())
    assert password_problem(password, username=username) is None


@relaxed
@given(core=st.text(typeable, min_size=MIN_PASSWORD_LENGTH, max_size=30),
       pad=st.sampled_from([" ", "  ", "\u3000"]), leading=st.booleans())
def test_surrounding_spaces_are_rejected(core: str, pad: str, leading: bool) -> None:
    password = pad + core if leading else core + pad
    assert password_problem(password, username="someone") is not None


@relaxed
@given(core=st.text(typeable, min_size=MIN_PASSWORD_LENGTH, max_size=30),
       control=st.characters(max_codepoint=31),
       position=st.integers(min_value=1, max_value=MIN_PASSWORD_LENGTH - 1))
def test_control_characters_are_rejected(core: str, control: str, position: int) -> None:
    password = core[:position] + control + core[position:]
    assert password_problem(password, username="someone") is not None


# --- username_problem --------------------------------------------------------------------------------------


@relaxed
@given(username=usernames)
def test_usernames_of_the_sql_shape_are_accepted_unless_reserved(username: str) -> None:
    reserved = username.startswith(RESERVED_PREFIXES) or username in RESERVED_NAMES
    assert (username_problem(username) is None) == (not reserved)


@relaxed
@given(text=st.text(max_size=50))
@example(text="abc\n")
@example(text="Abc")
@example(text="a" * 42)
@example(text="")
def test_python_never_accepts_a_name_the_database_refuses(text: str) -> None:
    """What the Python check accepts, hms_create_staff accepts too (so the user sees the friendly message)."""
    if username_problem(text) is None:
        assert SQL_USERNAME.fullmatch(text)
        assert not text.startswith(("pg_", "hms_"))
        assert text not in SQL_RESERVED


@relaxed
@given(username=usernames, flips=st.lists(st.booleans(), min_size=1, max_size=42))
def test_upper_case_is_refused(username: str, flips: list[bool]) -> None:
    shouted = _random_case(username, flips)
    assume(shouted != username)
    assert username_problem(shouted) is not None


@relaxed
@given(prefix=st.sampled_from(RESERVED_PREFIXES), rest=st.from_regex(r"[a-z0-9_.]{1,30}", fullmatch=True))
def test_reserved_prefixes_are_refused(prefix: str, rest: str) -> None:
    assert username_problem(prefix + rest) == "This user name is reserved; choose another."


@pytest.mark.parametrize("name", sorted(RESERVED_NAMES))
def test_reserved_names_are_refused(name: str) -> None:
    assert username_problem(name) is not None


# --- parse_groups ------------------------------------------------------------------------------------------


def _spellings(group: Group) -> st.SearchStrategy[str]:
    """How a person may type a group: hms_doctor, doctor, DOCTOR, ' Doctor '."""
    base = st.sampled_from([group.value, group.value.removeprefix("hms_")])
    return st.tuples(base, st.lists(st.booleans(), max_size=13), st.sampled_from(["", " ", "\t"]),
                     st.sampled_from(["", " ", "  "])).map(lambda t: t[2] + _random_case(t[0], t[1]) + t[3])


@relaxed
@given(st.lists(st.sampled_from(list(Group)), max_size=6).flatmap(
    lambda groups: st.tuples(st.just(groups), st.tuples(*(_spellings(g) for g in groups)))))
def test_parse_groups_round_trip(case: tuple[list[Group], tuple[str, ...]]) -> None:
    groups, typed = case
    assert parse_groups(list(typed)) == frozenset(groups)


KNOWN_SPELLINGS = {g.value for g in Group} | {g.value.removeprefix("hms_") for g in Group}


def test_parse_groups_skips_stray_commas() -> None:
    assert parse_groups(["reception", "", " "]) == frozenset({Group.RECEPTION})


@relaxed
@given(known=st.lists(st.sampled_from(sorted(KNOWN_SPELLINGS)), max_size=3), unknown=st.text(max_size=15),
       position=st.integers(min_value=0, max_value=3))
@example(known=[], unknown="hms_", position=0)
@example(known=[], unknown="hms_owner", position=0)
def test_parse_groups_refuses_any_unknown_name(known: list[str], unknown: str, position: int) -> None:
    assume(unknown.strip().lower() not in KNOWN_SPELLINGS)
    assume(unknown.strip() != "")  # an empty item ("reception,") is a stray comma, skipped on purpose
    names = [*known[:position], unknown, *known[position:]]
    with pytest.raises(ValidationError) as caught:
        parse_groups(names)
    assert set(caught.value.problems) == {"groups"}
    assert f"“{unknown}”" in caught.value.problems["groups"]


def test_each_login_opens_on_the_tab_of_its_daily_work() -> None:
    from hms_desktop.domain.staff import Module, home_module

    assert home_module(frozenset({Group.DOCTOR})) is Module.CONSULTATION
    assert home_module(frozenset({Group.BILLING})) is Module.BILLING
    assert home_module(frozenset({Group.RECEPTION})) is Module.REGISTRATION
    # Someone who also works the front desk or administers starts where the front desk does.
    assert home_module(frozenset({Group.BILLING, Group.RECEPTION})) is Module.REGISTRATION
    assert home_module(frozenset({Group.ADMIN, Group.BILLING})) is Module.REGISTRATION
