"""Catalogues administrators keep (issue 10, item 2): lab tests, specialties, rooms and equipment. Pure: the
drafts a form sends and their validation, with messages in the user's words keyed by field (the keys are the
editor's field keys, so each message shows next to its field).

An entry is never deleted: it is retired (``active`` false) and no longer offered for new orders, doctors or
bookings; what already points at it keeps working.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import field_named
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Column sizes of the tables (migrations 0003, 0014).
MAX_TEST_CODE = 20
MAX_TEST_NAME = 120
MAX_SPECIMEN = 40
MAX_UNIT = 20
MAX_NORMAL_TEXT = 40
MAX_FEE_CODE = 40
MAX_SPECIALTY_NAME = 100
MAX_RESOURCE_NAME = 100
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 240

_TEST_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
_LOINC = re.compile(r"[0-9]{1,7}-[0-9]")
_FEE_CODE = re.compile(r"[A-Z0-9][A-Z0-9_.-]*")


class ResultKind(StrEnum):
    NUMERIC = "numeric"
    TEXT = "text"


RESULT_KIND_LABELS: dict[ResultKind, str] = {
    ResultKind.NUMERIC: QT_TRANSLATE_NOOP("domain", "A number"),
    ResultKind.TEXT: QT_TRANSLATE_NOOP("domain", "Text"),
}


class ResourceKind(StrEnum):
    CONSULTING_ROOM = "consulting_room"
    PROCEDURE_ROOM = "procedure_room"
    EQUIPMENT = "equipment"


RESOURCE_KIND_LABELS: dict[ResourceKind, str] = {
    ResourceKind.CONSULTING_ROOM: QT_TRANSLATE_NOOP("domain", "Consulting room"),
    ResourceKind.PROCEDURE_ROOM: QT_TRANSLATE_NOOP("domain", "Procedure room"),
    ResourceKind.EQUIPMENT: QT_TRANSLATE_NOOP("domain", "Equipment"),
}


def _text(value: str | None, key: str, limit: int, problems: dict[str, str], *, missing: str | None,
          label: str) -> str:
    """One line of text with its spaces tidied; ``missing``: the message when it is required and empty."""
    cleaned = " ".join((value or "").split())
    if not cleaned and missing is not None:
        problems[key] = missing
    elif len(cleaned) > limit:
        problems[key] = translate("domain", "{label}: too long (at most {limit} characters).").format(
                            label=field_named(label), limit=limit)
    return cleaned


@dataclass(frozen=True, slots=True)
class LabTestDraft:
    code: str
    name: str
    specimen: str
    result_kind: str = ResultKind.NUMERIC.value
    unit: str = ""
    loinc_code: str | None = None
    normal_text: str | None = None
    fee_code: str | None = None


def validate_lab_test(draft: LabTestDraft) -> LabTestDraft:
    problems: dict[str, str] = {}
    code = _text(draft.code, "code", MAX_TEST_CODE, problems, label=translate("domain", "code"),
                 missing=translate("domain", "Give the test a short code, such as HGB.")).upper().replace(" ", "")
    if code and "code" not in problems and not _TEST_CODE.fullmatch(code):
        problems["code"] = translate("domain", "A test's code is letters and digits, with '-' or '_' after the first "
                                               "(such as HBA1C).")
    name = _text(draft.name, "name", MAX_TEST_NAME, problems, label=translate("domain", "name"),
                 missing=translate("domain", "Give the test a name."))
    specimen = _text(draft.specimen, "specimen", MAX_SPECIMEN, problems, label=translate("domain", "specimen"),
                     missing=translate("domain", "Say which specimen the test needs, such as Serum."))
    unit = _text(draft.unit, "unit", MAX_UNIT, problems, label=translate("domain", "unit"), missing=None)
    loinc = _text(draft.loinc_code, "loinc_code", 10, problems, label=translate("domain", "LOINC code"), missing=None)
    if loinc and "loinc_code" not in problems and not _LOINC.fullmatch(loinc):
        problems["loinc_code"] = translate("domain", "A LOINC code is digits, a dash and one check digit, such as "
                                                     "718-7.")
    try:
        kind = ResultKind(draft.result_kind)
    except ValueError:
        problems["result_kind"] = translate("domain", "Say whether the result is a number or text.")
        kind = ResultKind.NUMERIC
    normal = _text(draft.normal_text, "normal_text", MAX_NORMAL_TEXT, problems,
                   label=translate("domain", "normal answer"), missing=None)
    if normal and kind is ResultKind.NUMERIC:
        problems["normal_text"] = (translate("domain", "Only a test with a text result has a normal answer; a number "
                                                       "is judged against the reference ranges."))
    if unit and kind is ResultKind.TEXT:
        problems["unit"] = translate("domain", "A test with a text result has no unit.")
    fee = _text(draft.fee_code, "fee_code", MAX_FEE_CODE, problems, label=translate("domain", "fee code"),
                missing=None).upper()
    if fee and "fee_code" not in problems and not _FEE_CODE.fullmatch(fee):
        problems["fee_code"] = translate("domain", "A fee code is letters and digits, with '-', '_' or '.' after the "
                                                   "first.")
    if problems:
        raise ValidationError(problems)
    return LabTestDraft(code=code, name=name, specimen=specimen, result_kind=kind.value, unit=unit,
                        loinc_code=loinc or None, normal_text=normal or None, fee_code=fee or None)


@dataclass(frozen=True, slots=True)
class SpecialtyDraft:
    name: str
    slot_minutes: int | None = None


def validate_specialty(draft: SpecialtyDraft) -> SpecialtyDraft:
    problems: dict[str, str] = {}
    name = _text(draft.name, "name", MAX_SPECIALTY_NAME, problems, label=translate("domain", "name"),
                 missing=translate("domain", "Give the specialty a name."))
    minutes = draft.slot_minutes
    if minutes is not None and not MIN_SLOT_MINUTES <= minutes <= MAX_SLOT_MINUTES:
        problems["slot_minutes"] = (translate("domain", "An appointment slot is {min_slot_minutes} to {limit} minutes "
                                                        "long; leave it empty for the hospital's default.").format(
                                        min_slot_minutes=MIN_SLOT_MINUTES, limit=MAX_SLOT_MINUTES))
    if problems:
        raise ValidationError(problems)
    return SpecialtyDraft(name=name, slot_minutes=minutes)


@dataclass(frozen=True, slots=True)
class ResourceDraft:
    name: str
    kind: str
    department_id: int | None = None


def validate_resource(draft: ResourceDraft) -> ResourceDraft:
    problems: dict[str, str] = {}
    name = _text(draft.name, "name", MAX_RESOURCE_NAME, problems, label=translate("domain", "name"),
                 missing=translate("domain", "Give the room or equipment a name."))
    try:
        kind = ResourceKind(draft.kind)
    except ValueError:
        problems["kind"] = translate("domain", "Say whether this is a consulting room, a procedure room or equipment.")
        kind = ResourceKind.EQUIPMENT
    if problems:
        raise ValidationError(problems)
    return ResourceDraft(name=name, kind=kind.value, department_id=draft.department_id)
