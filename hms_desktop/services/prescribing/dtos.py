"""What the prescribing use cases hand to screens: frozen DTOs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hms_desktop.domain.prescribing import (
    Alert,
    Allergy,
    Drug,
    KnowledgeBase,
    KnowledgeBaseProblem,
    PrescriptionLine,
)


@dataclass(frozen=True, slots=True)
class MedicationDTO:
    """One entry of the medication list."""

    id: int
    patient_id: int
    source: str                 # "prescription" or "external" (prescribed elsewhere)
    drug_id: str | None         # the formulary id, when known (external entries may be free text)
    name: str                   # as people read it: "warfarin 1 mg tablet"
    atc: str | None
    details: str                # "5 mg oral once a day"
    started_on: date
    prescribed_elsewhere_by: str
    status: str                 # "active" or "stopped"
    stop_reason: str
    stopped_at: datetime | None
    stopped_by: str | None
    prescription_id: int | None
    prescription_number: str | None
    version: int

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class PrescribingContext:
    """What the prescribing screen needs, read in one transaction: the patient, the allergies and current
    medications the checks run against, and the knowledge base (or why the checks are off)."""

    encounter_id: int
    patient_id: int
    patient_name: str
    mrn: str
    allergy_state: str                      # domain.clinical.AllergyState value
    allergies: tuple[Allergy, ...]          # active ones, as the checks take them
    allergy_labels: tuple[str, ...]         # "penicillin (severe)"
    medications: tuple[MedicationDTO, ...]  # active
    current_drugs: tuple[Drug, ...]         # the active medications the checks know (formulary drugs)
    unchecked_medications: tuple[str, ...]  # active medications the checks cannot know (free text)
    unrecognised_allergies: tuple[str, ...]  # allergies no rule covers: check these by hand
    source: KnowledgeBase | KnowledgeBaseProblem
    review_warning: str | None

    @property
    def checks_off(self) -> bool:
        return isinstance(self.source, KnowledgeBaseProblem)

    @property
    def banner(self) -> str | None:
        return self.source.banner if isinstance(self.source, KnowledgeBaseProblem) else None

    @property
    def checks_off_reason(self) -> str | None:
        """Why the checks are off, in words (the first problem the loader found), or None."""
        return self.source.problems[0] if isinstance(self.source, KnowledgeBaseProblem) else None


@dataclass(frozen=True, slots=True)
class LineCheck:
    """The checks of the lines being written: ``check_lines``."""

    alerts: tuple[Alert, ...]
    needs_reason: tuple[Alert, ...]  # contraindicated and major
    checks_off: bool
    banner: str | None
    kb_version: str | None

    @property
    def reason_required(self) -> bool:
        return bool(self.needs_reason) or self.checks_off


@dataclass(frozen=True, slots=True)
class PrescriptionLineDTO:
    id: int
    number: int
    drug_id: str
    drug_name: str
    strength: str
    form: str
    atc: str
    dose: Decimal
    unit: str
    route: str
    frequency: str
    duration_days: int
    quantity: int | None
    quantity_unit: str | None
    instructions: str

    @property
    def label(self) -> str:
        return f"{self.drug_name} {self.strength} {self.form}"


@dataclass(frozen=True, slots=True)
class OverrideDTO:
    alert_kind: str
    severity: str | None
    drugs: str
    allergy: str | None
    reason: str
    kb_version: str | None
    at: datetime
    by: str


@dataclass(frozen=True, slots=True)
class PrescriptionDTO:
    id: int
    number: str
    patient_id: int
    encounter_id: int
    prescriber_id: int | None
    prescriber_name: str
    status: str
    issued_at: datetime | None
    kb_version: str | None
    checks_off: bool
    notes: str
    renewed_from_id: int | None
    lines: tuple[PrescriptionLineDTO, ...]
    overrides: tuple[OverrideDTO, ...]


@dataclass(frozen=True, slots=True)
class PrescriptionSummary:
    """A row of the prescriptions list."""

    id: int
    number: str
    issued_at: datetime | None
    prescriber_name: str
    line_count: int
    drugs: str


@dataclass(frozen=True, slots=True)
class IssuedPrescription:
    prescription: PrescriptionDTO
    charges: int
    message: str


@dataclass(frozen=True, slots=True)
class RenewalDraft:
    """A new prescription with the same lines, not stored yet: the screen shows it with its checks and the
    doctor issues it (renew in two clicks). ``replaces``: the medications it continues, stopped when issued."""

    encounter_id: int
    patient_id: int
    lines: tuple[PrescriptionLine, ...]
    replaces: tuple[int, ...]
    renewed_from_id: int | None
    skipped: tuple[str, ...]  # medications that cannot be renewed here (prescribed elsewhere as free text)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event of the medication timeline: prescribed, recorded as prescribed elsewhere, stopped."""

    on: datetime
    event: str          # "prescribed", "elsewhere", "stopped"
    drug: str
    details: str
    prescription_number: str | None
    by: str


@dataclass(frozen=True, slots=True)
class MedicationOverview:
    """The medications pane: every medication (active first), the timeline, the issued prescriptions."""

    patient_id: int
    medications: tuple[MedicationDTO, ...]
    timeline: tuple[TimelineEntry, ...]
    prescriptions: tuple[PrescriptionSummary, ...]
