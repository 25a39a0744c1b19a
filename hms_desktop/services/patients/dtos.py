"""What the patient use cases hand to screens: frozen DTOs and the errors that carry data, and how rows
from the repository and the search queries become them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hms_desktop import i18n
from hms_desktop.db.repositories.patients import DRAFT_COLUMNS
from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import InsuranceDraft, PatientDraft
from hms_desktop.domain.scheduling import reason_words
from hms_desktop.domain.wording import plural
from hms_desktop.services.errors import Conflict, ServiceError

if TYPE_CHECKING:
    from hms_desktop.services.admissions import AdmissionDTO
    from hms_desktop.services.scheduling.dtos import AppointmentDTO


@dataclass(frozen=True, slots=True)
class PatientSummary:
    id: int
    mrn: str
    family_name: str
    given_name: str
    sex: str
    birth_date: date | None
    birth_date_estimated: bool
    phone: str | None
    last_visit: datetime | None  # when the latest completed appointment or stay ended (a current stay: began)
    merged_into_mrn: str | None

    @property
    def display_name(self) -> str:
        return display_name(self.family_name, self.given_name)


@dataclass(frozen=True, slots=True)
class SearchPage:
    rows: tuple[PatientSummary, ...]
    has_more: bool


@dataclass(frozen=True, slots=True)
class InsuranceRecord:
    id: int
    payer: str
    member_number: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class PatientRecord:
    id: int
    mrn: str
    draft: PatientDraft  # ``draft.insurance`` is the current (latest) policy
    insurance: tuple[InsuranceRecord, ...]  # every policy recorded, newest first
    version: int
    updated_at: datetime
    updated_by: str  # the login name of whoever saved last: a database role, never shown (``changed_by`` is)
    created_at: datetime
    merged_into_mrn: str | None
    # Who saved last as staff know them: a colleague's full name, or "the system" for the database owner
    # (demo loads, migrations). Screens show this, never ``updated_by``.
    changed_by: str = "the system"


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    patient: PatientSummary
    reasons: tuple[str, ...]  # "same national ID", "same phone number", "similar name and same date of birth"


@dataclass(frozen=True, slots=True)
class PastVisit:
    """A completed appointment or a stay in hospital (still going on when ``ended_at`` is None)."""

    kind: str  # "appointment" or "admission"
    started_at: datetime
    ended_at: datetime | None
    where: str  # the consulting room, or "ward · bed"; "" when not known
    doctor: str
    reason: str | None  # None: this login may not read it (migration 0008)

    @property
    def shown_reason(self) -> str | None:
        """The reason as shown: an appointment's reason booking from the waiting list wrote (hms_carry_reason)
        in the workstation's language; any other reason as typed."""
        if self.reason is None or self.kind != "appointment":
            return self.reason
        return reason_words(self.reason)


@dataclass(frozen=True, slots=True)
class PatientOverview:
    record: PatientRecord
    current_admission: AdmissionDTO | None
    admissions: tuple[AdmissionDTO, ...]  # recent stays, newest first
    # The next few active appointments from the start of the hospital's today, soonest first; None when
    # the person's groups may not read appointments (the overview then has no such section).
    upcoming_appointments: tuple[AppointmentDTO, ...] | None
    visits: tuple[PastVisit, ...]  # completed appointments and stays together, newest first
    last_visit: datetime | None  # when the latest completed appointment or stay ended (a current stay: began)
    time_zone: str  # the hospital's: every time here is shown in it
    # ``hms_allergy_flag`` (domain.clinical.AllergyState): "not_recorded", "none_known" or "allergies", and
    # whether one is severe. Reception reads this, never the allergies themselves.
    allergy_state: str = "not_recorded"
    allergy_severe: bool = False

    @property
    def changed_by(self) -> str:
        """Who saved the record last, as staff know them (the record says it; see PatientRecord)."""
        return self.record.changed_by


class PossibleDuplicates(ServiceError):
    """Raised by ``register`` when the patient may already be registered; ask, then pass confirmed_new."""

    def __init__(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = candidates
        count = len(candidates)
        super().__init__(plural(
            count,
            i18n.translate("services", "This patient may already be registered (%n possible match). Check the "
                                       "list before registering a new record.", None, count),
            i18n.translate("services", "This patient may already be registered (%n possible matches). Check the "
                                       "list before registering a new record.", None, count)))


class EditConflict(Conflict):
    """Someone saved the patient while this person was editing; nothing of theirs was overwritten.

    ``what_happened`` is the sentence saying who saved and when, for the conflict dialog (whose buttons say what
    to do next); the message adds what to do, in one sentence translated whole so that it reads in any language."""

    def __init__(self, what_happened: str, *, mine: PatientDraft, theirs: PatientRecord) -> None:
        self.mine = mine
        self.theirs = theirs
        self.what_happened = what_happened
        super().__init__(i18n.translate("services", "{what_happened} Compare and save again.").format(
                             what_happened=what_happened))


# --- rows to DTOs ------------------------------------------------------------------------------------------


def summary_from_row(row: Any) -> PatientSummary:
    """From a row with the summary columns (search pages, MRN lookup, duplicate candidates)."""
    return PatientSummary(
        id=row.id, mrn=row.mrn, family_name=row.family_name, given_name=row.given_name, sex=row.sex,
        birth_date=row.birth_date, birth_date_estimated=row.birth_date_estimated, phone=row.phone,
        last_visit=row.last_visit, merged_into_mrn=row.merged_into_mrn)


def insurance_from_row(row: Any) -> InsuranceRecord:
    return InsuranceRecord(id=row.id, payer=row.payer, member_number=row.member_number,
                           valid_from=row.valid_from, valid_to=row.valid_to)


def record_from_row(row: Any, insurance: tuple[InsuranceRecord, ...], merged_into_mrn: str | None, *,
                    changed_by: str = "the system") -> PatientRecord:
    """From a patient row (``RECORD_COLUMNS``) and its policies, newest first."""
    current = insurance[0] if insurance else None
    draft = PatientDraft(
        **{name: getattr(row, name) for name in DRAFT_COLUMNS},
        insurance=None if current is None else InsuranceDraft(
            payer=current.payer, member_number=current.member_number, valid_from=current.valid_from,
            valid_to=current.valid_to))
    return PatientRecord(id=row.id, mrn=row.mrn, draft=draft, insurance=insurance, version=row.version,
                         updated_at=row.updated_at, updated_by=row.updated_by, created_at=row.created_at,
                         merged_into_mrn=merged_into_mrn, changed_by=changed_by)
