"""Admissions and the bed board: admit, transfer, discharge, and the state of every bed.

A bed is "occupied" when it has an open ``bed_stay`` (``ends_at IS NULL``); that is never stored
in ``bed.status``, which only says whether a free bed is ready, being cleaned or out of service.
The exclusion constraints on ``bed_stay`` and ``admission`` make a double occupancy impossible
whatever client writes; the services add a row lock on the bed so that of two clerks choosing the
same bed at the same moment the second one waits, then sees the first one's patient and is told
so in plain words (``BedTaken``). Every write is one transaction; the ``notify_beds`` triggers
tell the other workstations when it commits.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy import exc as sa_exc

from hms_desktop import i18n
from hms_desktop.db.models import Admission, Bed
from hms_desktop.db.queries import bed_board as bed_board_query
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.names import display_name
from hms_desktop.domain.permissions import ADMISSION_READERS, ADMISSION_WRITERS
from hms_desktop.domain.wards import out_of_service_details
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import (
    Conflict,
    NotFound,
    ServiceError,
    ValidationFailed,
    translate,
    user_facing_errors,
)
from hms_desktop.services.scheduling.common import HospitalTime

# The words for the stored codes, marked for translation: i18n.translate("services", label) where shown.
BED_TYPE_LABELS = {"general": i18n.QT_TRANSLATE_NOOP("services", "General"),
                   "icu": i18n.QT_TRANSLATE_NOOP("services", "ICU"),
                   "maternity": i18n.QT_TRANSLATE_NOOP("services", "Maternity"),
                   "isolation": i18n.QT_TRANSLATE_NOOP("services", "Isolation")}
BED_STATUS_LABELS = {"available": i18n.QT_TRANSLATE_NOOP("services", "Free"),
                     "occupied": i18n.QT_TRANSLATE_NOOP("services", "Occupied"),
                     "cleaning": i18n.QT_TRANSLATE_NOOP("services", "Cleaning"),
                     "out_of_service": i18n.QT_TRANSLATE_NOOP("services", "Out of service")}
DISPOSITION_LABELS = {"home": i18n.QT_TRANSLATE_NOOP("services", "Home"),
                      "referred": i18n.QT_TRANSLATE_NOOP("services", "Referred"),
                      "deceased": i18n.QT_TRANSLATE_NOOP("services", "Deceased"),
                      "against_advice": i18n.QT_TRANSLATE_NOOP("services", "Left against medical advice")}
# Statuses a person may set; "occupied" follows from admitting, transferring and discharging.
SETTABLE_BED_STATUSES = ("available", "cleaning", "out_of_service")
# A patient who leaves against advice may leave before anyone writes a summary; every other
# discharge needs one (where to, what was done, what happens next).
SUMMARY_OPTIONAL_FOR = frozenset({"against_advice"})
REASON_MAX = 500
SUMMARY_MAX = 8000
MAX_EXPECTED_DAYS = 365

# Who may read and change admissions: domain/permissions.py (ADMISSION_READERS, ADMISSION_WRITERS).

ALREADY_ADMITTED = i18n.QT_TRANSLATE_NOOP("services", "This patient is already admitted.")
BED_TAKEN = i18n.QT_TRANSLATE_NOOP("services", "This bed was just taken by another admission. Choose another bed.")
TRY_AGAIN = (i18n.QT_TRANSLATE_NOOP(
    "services", "Someone else changed these beds at the same moment; nothing was saved. "
             "Look at the bed board again and retry."))

# Constraint names from migrations/versions/0002_front_desk.py.
_BED_CONSTRAINT = "ex_bed_stay_one_patient_per_bed"
_PATIENT_CONSTRAINT = "ex_admission_one_at_a_time"


class BedTaken(Conflict):
    """The chosen bed has a patient in it now (someone was quicker)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or i18n.translate("services", BED_TAKEN))


@dataclass(frozen=True, slots=True)
class BedDTO:
    id: int
    ward: str
    room: str
    label: str
    bed_type: str
    status: str  # "available", "occupied", "cleaning" or "out_of_service"
    patient_id: int | None
    patient_name: str | None
    patient_mrn: str | None
    admission_id: int | None
    # When the current patient was admitted (not when they came to this bed); None for an empty bed.
    admitted_at: datetime | None = None
    # Why it is out of service and when it should be back (migration 0025); None otherwise.
    out_of_service_reason: str | None = None
    out_of_service_until: date | None = None

    @property
    def status_label(self) -> str:
        return i18n.translate("services", BED_STATUS_LABELS[self.status])

    @property
    def type_label(self) -> str:
        return i18n.translate("services", BED_TYPE_LABELS.get(self.bed_type, self.bed_type))

    @property
    def place(self) -> str:
        """Where the bed is, in words: "Surgical B · Bay 2 · bed 7"."""
        return i18n.translate("services", "{ward} · {room} · bed {label}").format(
                   ward=self.ward, room=self.room, label=self.label)


@dataclass(frozen=True, slots=True)
class WardBoard:
    id: int
    name: str
    floor: str
    beds: tuple[BedDTO, ...]

    def count(self, status: str) -> int:
        return sum(1 for bed in self.beds if bed.status == status)


@dataclass(frozen=True, slots=True)
class AdmissionDTO:
    id: int
    patient_id: int
    patient_name: str
    patient_mrn: str
    bed: BedDTO | None  # the current bed, or for a discharged patient the last one
    attending_doctor: str | None
    # None (both): this login may not read clinical text (billing; migration 0008).
    reason: str | None
    expected_days: int | None
    admitted_at: datetime
    discharged_at: datetime | None
    disposition: str | None
    discharge_summary: str | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.discharged_at is None


@dataclass(frozen=True, slots=True)
class DoctorChoice:
    id: int
    name: str
    department: str


# --- reading ---------------------------------------------------------------------------------------------


def _natural_key(value: str) -> tuple[Any, ...]:
    """"Bay 10" after "Bay 9"; numbers compare as numbers."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", value))


def _bed_from_row(row: Row[Any]) -> BedDTO:
    occupied = row.admission_id is not None
    return BedDTO(
        id=row.bed_id, ward=row.ward, room=row.room, label=row.label, bed_type=row.bed_type,
        status="occupied" if occupied else row.status,
        patient_id=row.patient_id if occupied else None,
        patient_name=display_name(row.family_name, row.given_name) if occupied else None,
        patient_mrn=row.mrn if occupied else None,
        admission_id=row.admission_id, admitted_at=row.admitted_at if occupied else None,
        out_of_service_reason=row.out_of_service_reason, out_of_service_until=row.out_of_service_until,
    )


def _bed_sort_key(row: Row[Any]) -> tuple[Any, ...]:
    return (_natural_key(row.ward), _natural_key(row.room or ""), _natural_key(row.label or ""))


def bed_board(ctx: ServiceContext) -> tuple[WardBoard, ...]:
    """Every ward with its beds, wards and beds in natural order ("Bay 2" before "Bay 10")."""
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see the bed board"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = bed_board_query.all_beds(uow.connection)
    wards: dict[int, tuple[str, str, list[BedDTO]]] = {}
    for row in sorted(rows, key=_bed_sort_key):
        _name, _floor, beds = wards.setdefault(row.ward_id, (row.ward, row.floor, []))
        if row.bed_id is not None:
            beds.append(_bed_from_row(row))
    return tuple(WardBoard(id=ward_id, name=name, floor=floor, beds=tuple(beds))
                 for ward_id, (name, floor, beds) in wards.items())


def free_beds(ctx: ServiceContext, *, bed_type: str | None = None) -> tuple[BedDTO, ...]:
    """Beds ready for a patient now (status "available", nobody in them), optionally of one type."""
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see the free beds"))
    if bed_type is not None and bed_type not in BED_TYPE_LABELS:
        raise ValidationFailed({"bed_type": i18n.translate("services", "Choose a bed type from the list.")})
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = bed_board_query.free_beds(uow.connection, bed_type=bed_type)
    return tuple(_bed_from_row(row) for row in sorted(rows, key=_bed_sort_key))


def _bed(uow: UnitOfWork, bed_id: int) -> BedDTO:
    row = bed_board_query.one_bed(uow.connection, bed_id)
    if row is None:
        raise NotFound(i18n.translate("services", "This bed no longer exists. Reload the bed board."))
    return _bed_from_row(row)


def get_bed(ctx: ServiceContext, bed_id: int) -> BedDTO:
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see the bed board"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _bed(uow, bed_id)


def doctors(ctx: ServiceContext) -> tuple[DoctorChoice, ...]:
    """Active staff in the doctors' group, by name: the choices for "attending doctor"."""
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see the list of doctors"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.admissions.attending_doctors()
    return tuple(DoctorChoice(id=r.id, name=r.full_name, department=r.department) for r in rows)


def admission_from_row(row: Row[Any]) -> AdmissionDTO:
    """From a row of the admissions repository (admission, patient, doctor and latest bed)."""
    name = display_name(row.family_name, row.given_name)
    bed = None
    if row.bed_id is not None:
        in_bed = row.stay_ends_at is None
        bed = BedDTO(id=row.bed_id, ward=row.ward, room=row.room, label=row.label, bed_type=row.bed_type,
                     status="occupied" if in_bed else row.status, patient_id=row.patient_id,
                     patient_name=name, patient_mrn=row.mrn, admission_id=row.id,
                     admitted_at=row.admitted_at)
    return AdmissionDTO(
        id=row.id, patient_id=row.patient_id, patient_name=name, patient_mrn=row.mrn, bed=bed,
        attending_doctor=row.doctor, reason=row.reason, expected_days=row.expected_days,
        admitted_at=row.admitted_at, discharged_at=row.discharged_at, disposition=row.disposition,
        discharge_summary=row.discharge_summary, version=row.version,
    )


def current_admission(ctx: ServiceContext, patient_id: int) -> AdmissionDTO | None:
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see admissions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.admissions.current_row_of(patient_id)
    return None if row is None else admission_from_row(row)


def admissions_of(ctx: ServiceContext, patient_id: int, *, limit: int = 20) -> tuple[AdmissionDTO, ...]:
    """The patient's admissions, newest first (the current one, if any, comes first)."""
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see admissions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.admissions.rows_of(patient_id, limit=max(1, limit))
    return tuple(admission_from_row(row) for row in rows)


def _admission(uow: UnitOfWork, admission_id: int) -> AdmissionDTO:
    row = uow.admissions.row(admission_id)
    if row is None:
        raise NotFound(i18n.translate("services", "This admission no longer exists."))
    return admission_from_row(row)


def get_admission(ctx: ServiceContext, admission_id: int) -> AdmissionDTO:
    ctx.require(*ADMISSION_READERS, action=i18n.translate("services", "see admissions"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _admission(uow, admission_id)


# --- writing ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _write_errors() -> Iterator[None]:
    """Like ``user_facing_errors``, but names the constraint that refused an admission."""
    try:
        yield
    except ServiceError:
        raise
    except Exception as error:
        orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
        state = getattr(orig, "sqlstate", None)
        if state == "23P01":
            constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
            if constraint == _BED_CONSTRAINT:
                raise BedTaken() from error
            if constraint == _PATIENT_CONSTRAINT:
                raise Conflict(i18n.translate("services", ALREADY_ADMITTED)) from error
            raise Conflict(i18n.translate("services", TRY_AGAIN)) from error
        if state in ("40P01", "40001"):  # deadlock or serialisation failure: nothing was saved
            raise Conflict(i18n.translate("services", TRY_AGAIN)) from error
        raise translate(error) from error


def _clean_text(value: str) -> str:
    # Trim each line and drop trailing blank lines; keep the person's line breaks.
    lines = [line.rstrip() for line in value.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def _bed_words(uow: UnitOfWork, bed: Bed) -> str:
    ward, room = uow.admissions.ward_and_room(bed)
    return i18n.translate("services", "Bed {bed_label} ({ward}, {room})").format(
               bed_label=bed.label, ward=ward, room=room)


def _check_bed_ready(uow: UnitOfWork, bed: Bed) -> None:
    """Refuse a bed that has a patient, is being cleaned or is out of service, in words."""
    if uow.admissions.open_stay_of_bed(bed.id) is not None:
        raise BedTaken()
    if not bed.active:  # retired meanwhile (a retired room or ward: hms_bed_stay_guard refuses, HM049)
        raise Conflict(i18n.translate("services", "{bed_words} has been retired. Choose another bed.").format(
                           bed_words=_bed_words(uow, bed)))
    if bed.status == "cleaning":
        raise Conflict(i18n.translate("services", "{bed_words} is waiting to be cleaned. Choose another bed, or mark "
                                                  "it ready on the bed board once it is clean.").format(
                           bed_words=_bed_words(uow, bed)))
    if bed.status == "out_of_service":
        raise Conflict(i18n.translate("services", "{bed_words} is out of service. Choose another bed.").format(
                           bed_words=_bed_words(uow, bed)))


def _check_doctor(uow: UnitOfWork, doctor_id: int) -> None:
    row = uow.admissions.doctor_state(doctor_id)
    if row is None or not row.is_doctor:
        raise ValidationFailed({"doctor": i18n.translate("services", "Choose the attending doctor from the list.")})
    if not row.active:
        raise ValidationFailed({"doctor": i18n.translate("services", "This doctor's account is deactivated; choose "
                                                                     "another doctor.")})


def admit(ctx: ServiceContext, patient_id: int, bed_id: int, *, doctor_id: int | None, reason: str,
          expected_days: int | None) -> AdmissionDTO:
    """Admit the patient to the bed: the admission and its first bed stay in one transaction."""
    ctx.require(*ADMISSION_WRITERS, action=i18n.translate("services", "admit patients"))
    reason = " ".join(reason.split())
    problems: dict[str, str] = {}
    if not reason:
        problems["reason"] = i18n.translate("services", "Enter the reason for admission.")
    elif len(reason) > REASON_MAX:
        problems["reason"] = i18n.translate("services", "Keep the reason under {limit} characters; details belong in "
                                                        "the notes.").format(limit=REASON_MAX)
    if expected_days is not None and not 0 <= expected_days <= MAX_EXPECTED_DAYS:
        problems["expected_days"] = i18n.translate("services", "The expected stay is between 0 and {limit} "
                                                               "days.").format(limit=MAX_EXPECTED_DAYS)
    if problems:
        raise ValidationFailed(problems)
    with _write_errors(), ctx.uow() as uow:
        patient = uow.patients.merge_state(patient_id)
        if patient is None:
            raise NotFound(i18n.translate("services", "This patient record no longer exists."))
        if patient.merged_into_id is not None:
            raise Conflict(i18n.translate("services", "This record was merged into another one. Admit the patient on "
                                                      "the record it was merged into."))
        if doctor_id is not None:
            _check_doctor(uow, doctor_id)
        bed = uow.admissions.lock_beds([bed_id]).get(bed_id)
        if bed is None:
            raise NotFound(i18n.translate("services", "This bed no longer exists. Reload the bed board."))
        if uow.admissions.open_admission_id_of(patient_id) is not None:
            raise Conflict(i18n.translate("services", ALREADY_ADMITTED))
        _check_bed_ready(uow, bed)
        admission_id = uow.admissions.admit(patient_id=patient_id, bed_id=bed_id, doctor_id=doctor_id,
                                            reason=reason, expected_days=expected_days)
        admitted = _admission(uow, admission_id)  # read back in the same transaction
        uow.commit()
    return admitted


def _lock_open_admission(uow: UnitOfWork, admission_id: int) -> Admission:
    admission = uow.admissions.lock_admission(admission_id)
    if admission is None:
        raise NotFound(i18n.translate("services", "This admission no longer exists."))
    if admission.discharged_at is not None:
        raise Conflict(i18n.translate("services", "This patient has already been discharged. Reload to see the latest "
                                                  "state."))
    return admission


def transfer(ctx: ServiceContext, admission_id: int, new_bed_id: int) -> AdmissionDTO:
    """Move the patient: close the open stay now, open one on the new bed; the old bed needs cleaning."""
    ctx.require(*ADMISSION_WRITERS, action=i18n.translate("services", "transfer patients"))
    with _write_errors(), ctx.uow() as uow:
        _lock_open_admission(uow, admission_id)
        stay = uow.admissions.open_stay_of_admission(admission_id)
        if stay is not None and stay.bed_id == new_bed_id:
            raise ValidationFailed({"bed": i18n.translate("services", "The patient is in this bed already. Choose "
                                                                      "another bed.")})
        beds = uow.admissions.lock_beds([new_bed_id] + ([stay.bed_id] if stay is not None else []))
        new_bed = beds.get(new_bed_id)
        if new_bed is None:
            raise NotFound(i18n.translate("services", "This bed no longer exists. Reload the bed board."))
        _check_bed_ready(uow, new_bed)
        uow.admissions.move(admission_id, from_stay=stay, from_bed=None if stay is None else beds[stay.bed_id],
                            to_bed_id=new_bed_id)
        moved = _admission(uow, admission_id)
        uow.commit()
    return moved


def discharge(ctx: ServiceContext, admission_id: int, *, disposition: str, summary: str) -> AdmissionDTO:
    """Discharge: record where the patient went and a summary, free the bed (it goes to cleaning)."""
    ctx.require(*ADMISSION_WRITERS, action=i18n.translate("services", "discharge patients"))
    summary = _clean_text(summary)
    problems: dict[str, str] = {}
    if disposition not in DISPOSITION_LABELS:
        problems["disposition"] = i18n.translate("services", "Choose where the patient is going.")
    elif not summary and disposition not in SUMMARY_OPTIONAL_FOR:
        problems["summary"] = i18n.translate("services", "Write a short discharge summary (what was done, what happens "
                                                         "next).")
    if len(summary) > SUMMARY_MAX:
        problems["summary"] = i18n.translate("services", "The summary is too long (at most {limit} "
                                                         "characters).").format(limit=SUMMARY_MAX)
    if problems:
        raise ValidationFailed(problems)
    with _write_errors(), ctx.uow() as uow:
        admission = _lock_open_admission(uow, admission_id)
        stay = uow.admissions.open_stay_of_admission(admission_id)
        bed = uow.admissions.lock_beds([stay.bed_id])[stay.bed_id] if stay is not None else None
        uow.admissions.discharge(admission, disposition=disposition, summary=summary or None, stay=stay, bed=bed)
        discharged = _admission(uow, admission_id)
        uow.commit()
    return discharged


def set_bed_status(ctx: ServiceContext, bed_id: int, status: str, *, reason: str = "",
                   expected_return: date | None = None) -> BedDTO:
    """Mark a bed ready ("available"), waiting for cleaning, or out of service. Not while occupied.

    Out of service needs a reason (what is wrong, in a few words) and may say when the bed should be back
    (not in the past); on a bed already out of service this changes them. For the other statuses they are
    ignored: the database clears them when a bed comes back (hms_bed_structure_guard).
    """
    ctx.require(*ADMISSION_WRITERS, action=i18n.translate("services", "change the status of beds"))
    if status not in SETTABLE_BED_STATUSES:
        raise ValidationFailed({"status": i18n.translate("services", "A bed can be marked free, cleaning or out of "
                                                                     "service.")})
    with _write_errors(), ctx.uow() as uow:
        details: tuple[str, date | None] | None = None
        if status == "out_of_service":
            today = ctx.clock.now().astimezone(HospitalTime.read(uow).tz).date()
            try:
                details = out_of_service_details(reason, expected_return, today=today)
            except ValidationError as error:
                raise ValidationFailed(error.problems) from error
        bed = uow.admissions.lock_beds([bed_id]).get(bed_id)
        if bed is None:
            raise NotFound(i18n.translate("services", "This bed no longer exists. Reload the bed board."))
        if uow.admissions.open_stay_of_bed(bed_id) is not None:
            raise Conflict(i18n.translate("services", "{bed_words} has a patient in it. Transfer or discharge the "
                                                      "patient first.").format(bed_words=_bed_words(uow, bed)))
        if not bed.active:
            raise Conflict(i18n.translate("services", "{bed_words} has been retired by an administrator. Reload the "
                                                      "bed board.").format(bed_words=_bed_words(uow, bed)))
        if details is not None:
            uow.admissions.set_bed_out_of_service(bed, reason=details[0], until=details[1])
        else:
            uow.admissions.set_bed_status(bed, status)
        changed = _bed(uow, bed_id)
        uow.commit()
    return changed
