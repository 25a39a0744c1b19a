"""What the consultation use cases hand to screens: frozen DTOs, and how repository rows become them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from hms_desktop.domain.clinical import VitalFlag, VitalsDraft, check_vitals


@dataclass(frozen=True, slots=True)
class AllergyFlag:
    """What a wristband or the overview says: ``state`` is a ``domain.clinical.AllergyState`` value."""

    state: str
    severe: bool


@dataclass(frozen=True, slots=True)
class AllergyDTO:
    id: int
    substance: str
    drug_class: str | None
    reaction: str
    severity: str
    status: str
    source: str
    verification: str  # "reported" is shown as "reported, not confirmed"
    recorded_at: datetime
    recorded_by: str
    confirmed_at: datetime | None
    confirmed_by: str | None
    version: int


@dataclass(frozen=True, slots=True)
class ProblemDTO:
    id: int
    kind: str
    icd10_code: str | None
    description: str  # the ICD-10 description when none was typed
    chapter: str | None  # ICD-10 chapter (Roman numeral), for reports
    onset: date | None
    status: str
    version: int


@dataclass(frozen=True, slots=True)
class VitalsDTO:
    id: int
    encounter_id: int
    measured_at: datetime
    values: VitalsDraft
    bmi: Decimal | None
    flags: tuple[VitalFlag, ...]


@dataclass(frozen=True, slots=True)
class DiagnosisDTO:
    icd10_code: str
    description: str
    chapter: str
    primary: bool


@dataclass(frozen=True, slots=True)
class AddendumDTO:
    id: int
    encounter_id: int
    body: str
    signed_at: datetime
    signed_by: str  # the login name, as the database stamps it
    signed_by_name: str  # the signer's full name, for "signed by … at …"


@dataclass(frozen=True, slots=True)
class EncounterDTO:
    id: int
    patient_id: int
    doctor_id: int
    kind: str
    appointment_id: int | None
    admission_id: int | None
    chief_complaint: str
    history: str
    examination: str
    assessment: str
    plan: str
    notes: str
    status: str
    version: int
    created_at: datetime
    updated_at: datetime | None
    signed_at: datetime | None
    signed_by: str | None  # the login name, as the database stamps it
    patient_name: str  # "FAMILY, Given" (domain.names.display_name)
    patient_mrn: str
    doctor_name: str
    signed_by_name: str | None  # the signer's full name, for "Signed by … at …"
    vitals: tuple[VitalsDTO, ...] = ()
    diagnoses: tuple[DiagnosisDTO, ...] = ()
    addenda: tuple[AddendumDTO, ...] = ()


@dataclass(frozen=True, slots=True)
class DraftSaved:
    encounter_id: int
    version: int
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class SignedEncounter:
    encounter: EncounterDTO
    charge_id: int | None  # None: the doctor's profile has no consultation fee code, so nothing was charged
    message: str  # what to tell the doctor


@dataclass(frozen=True, slots=True)
class EncounterSummary:
    id: int
    kind: str
    status: str
    created_at: datetime
    signed_at: datetime | None
    doctor_name: str
    chief_complaint: str
    primary_code: str | None
    doctor_id: int | None = None  # whose draft it is: only they continue it (colleagues add addenda once signed)


@dataclass(frozen=True, slots=True)
class LastVitals:
    vitals: VitalsDTO
    age_minutes: int  # how long ago they were measured, by ctx.clock


@dataclass(frozen=True, slots=True)
class ChartBanner:
    patient_id: int
    mrn: str
    family_name: str
    given_name: str
    sex: str
    birth_date: date | None
    allergy_flag: AllergyFlag
    allergies: tuple[AllergyDTO, ...]  # active ones first
    active_problems: tuple[ProblemDTO, ...]
    last_vitals: LastVitals | None
    # What the patient takes now, one line each ("Amlodipine 5 mg tablet, once daily"); filled by
    # prescribing (issue 8.7). Empty: the banner says "None recorded".
    current_medications: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChartSummary:
    banner: ChartBanner
    encounters: tuple[EncounterSummary, ...]  # newest first, one page
    encounters_total: int
    page: int
    page_size: int


@dataclass(frozen=True, slots=True)
class FamilyHistoryDTO:
    id: int
    relation: str  # a domain.clinical.FAMILY_RELATIONS key
    icd10_code: str
    description: str  # the note typed, or the ICD-10 description when none was
    recorded_at: datetime
    recorded_by: str
    version: int


@dataclass(frozen=True, slots=True)
class SocialHistoryDTO:
    id: int | None  # None: nothing recorded yet (the first save inserts)
    smoking: str  # a domain.clinical.SMOKING_STATUSES key
    pack_years: Decimal | None
    alcohol_units_week: int | None
    occupation: str
    notes: str
    version: int  # 0 while nothing is recorded


NO_SOCIAL_HISTORY = SocialHistoryDTO(id=None, smoking="unknown", pack_years=None, alcohol_units_week=None,
                                     occupation="", notes="", version=0)


@dataclass(frozen=True, slots=True)
class ChartHistory:
    """The History pane in one read: every allergy (active first), every problem, surgery and past illness,
    family and social history."""

    patient_id: int
    allergy_flag: AllergyFlag
    allergies: tuple[AllergyDTO, ...]
    problems: tuple[ProblemDTO, ...]
    family: tuple[FamilyHistoryDTO, ...]
    social: SocialHistoryDTO


@dataclass(frozen=True, slots=True)
class InpatientDTO:
    """One of the doctor's admitted patients, for the worklist."""

    patient_id: int
    admission_id: int
    mrn: str
    family_name: str
    given_name: str
    ward: str | None  # None: no open bed stay (between beds)
    room: str | None
    bed: str | None
    admitted_at: datetime


@dataclass(frozen=True, slots=True)
class PrintedDocument:
    id: int
    printed_at: datetime
    document: str  # "wristband", "labels", later "prescription"
    printed_by: str  # the person's name (their login when the staff row is gone)
    is_copy: bool


@dataclass(frozen=True, slots=True)
class ChartOpened:
    patient_id: int
    break_glass: bool
    reason_kind: str


def allergy_dto(row: Any) -> AllergyDTO:
    return AllergyDTO(id=row.id, substance=row.substance, drug_class=row.drug_class, reaction=row.reaction,
                      severity=row.severity, status=row.status, source=row.source, verification=row.verification,
                      recorded_at=row.recorded_at, recorded_by=row.recorded_by, confirmed_at=row.confirmed_at,
                      confirmed_by=row.confirmed_by, version=row.version)


def vitals_dto(row: Any) -> VitalsDTO:
    values = VitalsDraft(temperature_c=row.temperature_c, pulse_bpm=row.pulse_bpm,
                         respiratory_rate=row.respiratory_rate, systolic_mmhg=row.systolic_mmhg,
                         diastolic_mmhg=row.diastolic_mmhg, spo2_percent=row.spo2_percent, weight_kg=row.weight_kg,
                         height_cm=row.height_cm)
    return VitalsDTO(id=row.id, encounter_id=row.encounter_id, measured_at=row.measured_at, values=values,
                     bmi=row.bmi, flags=check_vitals(values).flags)


def addendum_dto(row: Any) -> AddendumDTO:
    return AddendumDTO(id=row.id, encounter_id=row.encounter_id, body=row.body, signed_at=row.signed_at,
                       signed_by=row.signed_by, signed_by_name=row.signed_by_name)


def family_dto(row: Any) -> FamilyHistoryDTO:
    return FamilyHistoryDTO(id=row.id, relation=row.relation, icd10_code=row.icd10_code, description=row.description,
                            recorded_at=row.recorded_at, recorded_by=row.recorded_by, version=row.version)


def social_dto(row: Any) -> SocialHistoryDTO:
    return SocialHistoryDTO(id=row.id, smoking=row.smoking, pack_years=row.pack_years,
                            alcohol_units_week=row.alcohol_units_week, occupation=row.occupation, notes=row.notes,
                            version=row.version)
