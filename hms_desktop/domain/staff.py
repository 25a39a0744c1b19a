"""Staff accounts: who may log in, in which groups, with what password."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from hms_desktop.domain.errors import ValidationError
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

MIN_PASSWORD_LENGTH = 10
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9_.]{2,40}$")
RESERVED_PREFIXES = ("pg_", "hms_")
RESERVED_NAMES = frozenset({"postgres", "public", "admin_owner", "current_user", "session_user", "user"})


class Group(StrEnum):
    """The PostgreSQL group roles; each staff login role is a member of one or more."""

    RECEPTION = "hms_reception"
    DOCTOR = "hms_doctor"
    BILLING = "hms_billing"
    ADMIN = "hms_admin"

    @property
    def label(self) -> str:
        return GROUP_LABELS[self]


# English, marked for translation: translate("domain", label) where a sentence or a screen shows one.
GROUP_LABELS: dict[Group, str] = {
    Group.RECEPTION: QT_TRANSLATE_NOOP("domain", "Reception"),
    Group.DOCTOR: QT_TRANSLATE_NOOP("domain", "Doctor"),
    Group.BILLING: QT_TRANSLATE_NOOP("domain", "Billing"),
    Group.ADMIN: QT_TRANSLATE_NOOP("domain", "Administrator"),
}


def parse_groups(names: list[str] | tuple[str, ...]) -> frozenset[Group]:
    """Turn group names (``hms_doctor`` or ``doctor``) into groups, refusing unknown ones."""
    groups: set[Group] = set()
    for raw in names:
        name = raw.strip().lower()
        if not name:  # "reception," or "a,,b": a stray comma is not a group
            continue
        if not name.startswith("hms_"):
            name = "hms_" + name
        try:
            groups.add(Group(name))
        except ValueError:
            known = ", ".join(g.value.removeprefix("hms_") for g in Group)
            raise ValidationError({"groups": translate("domain", "There is no group called “{raw}”. Known groups: "
                                                                 "{known}.").format(raw=raw, known=known)}) from None
    return frozenset(groups)


def password_problem(password: str, *, username: str) -> str | None:
    """Return why ``password`` is not acceptable for ``username``, or None if it is."""
    if not password:
        return translate("domain", "Enter a password.")
    if len(password) < MIN_PASSWORD_LENGTH:
        return translate("domain", "The password must be at least {min_password_length} characters long.").format(
                   min_password_length=MIN_PASSWORD_LENGTH)
    if username and username.lower() in password.lower():
        return translate("domain", "The password must not contain the user name.")
    if password.strip() != password:
        return translate("domain", "The password must not start or end with a space.")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in password):
        return translate("domain", "The password contains a character that cannot be typed.")
    return None


def new_password_problem(password: str, *, username: str) -> str | None:
    """As ``password_problem``, for a change of password: an empty one is asked for as the *new* password."""
    if not password:
        return translate("domain", "Enter a new password.")
    return password_problem(password, username=username)


def username_problem(username: str) -> str | None:
    if not username:
        return translate("domain", "Enter a user name.")
    if not USERNAME_PATTERN.fullmatch(username):  # fullmatch: ``$`` alone lets "name\n" through
        return (
            translate("domain", "A user name is 3 to 41 characters: lower-case letters, digits, dots or underscores, "
                                "starting with a letter.")
        )
    if username.startswith(RESERVED_PREFIXES) or username in RESERVED_NAMES:
        return translate("domain", "This user name is reserved; choose another.")
    return None


@dataclass(frozen=True, slots=True)
class NewStaffMember:
    username: str
    full_name: str
    title: str
    department: str
    groups: frozenset[Group]


def validate_new_staff(member: NewStaffMember, password: str) -> None:
    """Raise ValidationError naming every field that is wrong; nothing is saved otherwise."""
    problems: dict[str, str] = {}
    if (problem := username_problem(member.username)) is not None:
        problems["username"] = problem
    problems.update(staff_details_problems(member.full_name, member.title, member.department, member.groups))
    if (problem := password_problem(password, username=member.username)) is not None:
        problems["password"] = problem
    if problems:
        raise ValidationError(problems)


def staff_details_problems(
    full_name: str, title: str, department: str, groups: frozenset[Group]
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not full_name.strip():
        problems["full_name"] = translate("domain", "Enter the person's full name.")
    elif len(full_name) > 200:
        problems["full_name"] = translate("domain", "The name is too long (200 characters at most).")
    elif any(ord(ch) < 32 for ch in full_name):
        problems["full_name"] = translate("domain", "The name contains characters that cannot be printed.")
    if len(title) > 100:
        problems["title"] = translate("domain", "The title is too long (100 characters at most).")
    if len(department) > 100:
        problems["department"] = translate("domain", "The department is too long (100 characters at most).")
    if not groups:
        problems["groups"] = translate("domain", "Choose at least one group.")
    return problems


class Module(StrEnum):
    """The main window's tabs, in order."""

    REGISTRATION = "Registration"
    SCHEDULING = "Scheduling"
    CONSULTATION = "Consultation"
    BILLING = "Billing"
    # After the desks' daily work and before Administration: the figures read what the tabs before it
    # record, and Administration (setting the hospital up) stays the last tab, as it is used least often.
    REPORTS = "Reports"
    ADMINISTRATION = "Administration"


# The tabs' names for people (the values above are identifiers: settings and tests name tabs by them).
MODULE_LABELS: dict[Module, str] = {
    Module.REGISTRATION: QT_TRANSLATE_NOOP("domain", "Registration"),
    Module.SCHEDULING: QT_TRANSLATE_NOOP("domain", "Scheduling"),
    Module.CONSULTATION: QT_TRANSLATE_NOOP("domain", "Consultation"),
    Module.BILLING: QT_TRANSLATE_NOOP("domain", "Billing"),
    Module.REPORTS: QT_TRANSLATE_NOOP("domain", "Reports"),
    Module.ADMINISTRATION: QT_TRANSLATE_NOOP("domain", "Administration"),
}

# Which groups use which tab. The GRANTs decide what each can really read or write;
# this only keeps screens a person cannot use out of their way. Everyone gets Registration: it is where
# a patient is found (read-only for doctors and billing), and each role's work starts from a patient.
MODULE_GROUPS: dict[Module, frozenset[Group]] = {
    Module.REGISTRATION: frozenset(Group),
    Module.SCHEDULING: frozenset({Group.RECEPTION, Group.DOCTOR, Group.ADMIN}),
    Module.CONSULTATION: frozenset({Group.DOCTOR}),
    Module.BILLING: frozenset({Group.BILLING, Group.ADMIN}),
    # Billing and doctors see only the reports their data allows (the report engine's ``groups``) and the
    # dashboard tiles they may read; reception's work is the desk, not figures.
    Module.REPORTS: frozenset({Group.ADMIN, Group.BILLING, Group.DOCTOR}),
    Module.ADMINISTRATION: frozenset({Group.ADMIN}),
}


def visible_modules(groups: frozenset[Group]) -> list[Module]:
    return [module for module in Module if MODULE_GROUPS[module] & groups]


def home_module(groups: frozenset[Group]) -> Module:
    """The tab a login opens on: Consultation (today's queue beside the chart) for doctors who do not work
    the front desk, Billing for billing clerks, otherwise the first tab, where the search box waits for a
    name or a scanned wristband."""
    if Group.DOCTOR in groups and not groups & {Group.RECEPTION, Group.ADMIN}:
        return Module.CONSULTATION
    # A billing clerk's day is the cash desk: the patient search of the Billing tab is the one they need.
    if Group.BILLING in groups and not groups & {Group.RECEPTION, Group.ADMIN, Group.DOCTOR}:
        return Module.BILLING
    return visible_modules(groups)[0]
