"""Wards and beds: the rules of names, bed labels and out-of-service details, without a database.

Lengths are the columns' (migrations 0001, 0002, 0025). ``bed_labels("A", 1, 6)`` is what "Add beds…"
creates: A1 … A6; with no prefix the beds are numbered 1 … N, as the demo wards are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import field_named
from hms_desktop.i18n import translate

DEPARTMENT_NAME_MAX = 100
WARD_NAME_MAX = 100
FLOOR_MAX = 40
ROOM_NAME_MAX = 60
BED_LABEL_MAX = 20
REASON_MAX = 200
MAX_BEDS_AT_ONCE = 50
BED_TYPES = ("general", "icu", "maternity", "isolation")


def _clean(value: str) -> str:
    return " ".join(value.split())


def clean_name(value: str, *, field: str, what: str, limit: int) -> str:
    """A name trimmed and with single spaces; a ``ValidationError`` in words if empty or too long."""
    name = _clean(value)
    if not name:
        raise ValidationError({field: translate("domain", "{label}: required.").format(label=field_named(what))})
    if len(name) > limit:
        raise ValidationError({field: translate("domain", "{label}: too long (at most {limit} characters).").format(
                                          label=field_named(what), limit=limit)})
    return name


@dataclass(frozen=True, slots=True)
class WardDraft:
    name: str
    department_id: int | None
    floor: str = ""

    def cleaned(self) -> WardDraft:
        floor = _clean(self.floor)
        if len(floor) > FLOOR_MAX:
            raise ValidationError({"floor": translate("domain", "Keep the floor to {limit} characters.").format(
                                                limit=FLOOR_MAX)})
        return WardDraft(name=clean_name(self.name, field="name", what=translate("domain", "ward's name"),
                                         limit=WARD_NAME_MAX),
                         department_id=self.department_id, floor=floor)


@dataclass(frozen=True, slots=True)
class BedDraft:
    label: str
    bed_type: str = "general"

    def cleaned(self) -> BedDraft:
        if self.bed_type not in BED_TYPES:
            raise ValidationError({"bed_type": translate("domain", "Choose a bed type from the list.")})
        return BedDraft(label=clean_name(self.label, field="label", what=translate("domain", "bed's label"),
                                         limit=BED_LABEL_MAX),
                        bed_type=self.bed_type)


def bed_labels(prefix: str, first: int, count: int) -> tuple[str, ...]:
    """The labels of ``count`` new beds: prefix then a number from ``first`` ("A1" … "A6")."""
    prefix = "".join(prefix.split())
    problems: dict[str, str] = {}
    if not 1 <= count <= MAX_BEDS_AT_ONCE:
        problems["count"] = translate("domain", "Add between 1 and {limit} beds at a time.").format(
                                limit=MAX_BEDS_AT_ONCE)
    if first < 0:
        problems["first"] = translate("domain", "Start numbering at 0 or above.")
    if problems:
        raise ValidationError(problems)
    labels = tuple(f"{prefix}{n}" for n in range(first, first + count))
    if max(len(label) for label in labels) > BED_LABEL_MAX:
        raise ValidationError({"prefix": translate("domain", "Bed labels are at most {limit} characters; shorten the "
                                                             "prefix.").format(limit=BED_LABEL_MAX)})
    return labels


def out_of_service_details(reason: str, expected_return: date | None, *, today: date) -> tuple[str, date | None]:
    """The reason (required) and the expected return (optional, not in the past), checked."""
    text = _clean(reason)
    problems: dict[str, str] = {}
    if not text:
        problems["reason"] = translate("domain", "Say why the bed is out of service (for example: broken rail, deep "
                                                 "clean).")
    elif len(text) > REASON_MAX:
        problems["reason"] = translate("domain", "Keep the reason to {limit} characters.").format(limit=REASON_MAX)
    if expected_return is not None and expected_return < today:
        problems["expected_return"] = translate("domain", "The expected return cannot be in the past; leave it empty "
                                                          "if nobody knows.")
    if problems:
        raise ValidationError(problems)
    return text, expected_return
