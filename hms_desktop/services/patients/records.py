"""A patient's record: register, open (the read is audited), save changes against the version loaded.

Editing is optimistic: the person saves the version they loaded; if someone saved in between, nothing is
overwritten and ``EditConflict`` carries both versions so the screen can show them side by side.
"""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

from hms_desktop.db.repositories.patients import DRAFT_COLUMNS
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.patients import InsuranceDraft, PatientDraft
from hms_desktop.domain.permissions import PATIENT_WRITERS, may_read_insurance
from hms_desktop.domain.staff import GROUP_LABELS, Group
from hms_desktop.domain.wording import SYSTEM_AUTHOR, author_words
from hms_desktop.formats import format_date, format_time
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.patients.dtos import (
    EditConflict,
    InsuranceRecord,
    PatientRecord,
    PossibleDuplicates,
    insurance_from_row,
    record_from_row,
)
from hms_desktop.services.patients.front_desk import (
    FrontDeskSettings,
    front_desk_settings,
    local_today,
    read_front_desk_settings,
    validated,
)
from hms_desktop.services.patients.search import duplicates_of

log = logging.getLogger(__name__)


def phone_region(ctx: ServiceContext) -> str:
    """The hospital setting ``phone_region`` (ISO country code for numbers typed without +), default GB.

    Read fresh; searches and registrations use a copy at most a minute old.
    """
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return read_front_desk_settings(ctx, uow).phone_region


def load_record(ctx: ServiceContext, uow: UnitOfWork, patient_id: int, *, for_update: bool = False) -> PatientRecord:
    row = uow.patients.record(patient_id, for_update=for_update)
    if row is None:
        raise NotFound(translate("services", "This patient record does not exist (it may have been opened from an old "
                                             "list)."))
    # Doctors may not read insurance (the GRANTs say so); they see the record without it.
    insurance: tuple[InsuranceRecord, ...] = ()
    if may_read_insurance(ctx.user.acting_groups):
        insurance = tuple(insurance_from_row(r) for r in uow.patients.insurance(patient_id))
    return record_from_row(row, insurance, row.merged_into_mrn,
                           changed_by=changed_by(ctx, uow, row.updated_by))


def changed_by(ctx: ServiceContext, uow: UnitOfWork, username: str) -> str:
    """A login name as staff know the person: their full name, or "the system" for a role that is no
    staff member (the database owner: demo loads, migrations). A role name never reaches a screen.
    The person saving is known without asking the database (a registration is one round trip)."""
    if username == ctx.user.username and not ctx.user.is_owner:
        return ctx.user.full_name
    name = uow.staff.full_name(username)
    return name if name is not None else author_words(SYSTEM_AUTHOR)


def _draft_values(draft: PatientDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in DRAFT_COLUMNS}


def _write_insurance(uow: UnitOfWork, patient_id: int, wanted: InsuranceDraft | None,
                     current: tuple[InsuranceRecord, ...]) -> tuple[InsuranceRecord, ...]:
    """One policy at a time: a new payer or member number adds a row (the old one stays as history);
    changed dates update the current row. Policies are never deleted (nobody has DELETE on them).

    Returns every policy after the change, newest first, without reading them again.
    """
    latest = current[0] if current else None
    if wanted is None:
        if latest is not None:
            raise ValidationFailed({"insurance.payer": translate("services", "A recorded policy cannot be removed. "
                                                                             "Enter the date it ended in “valid to” "
                                                                             "instead.")})
        return current
    if latest is None or (latest.payer, latest.member_number) != (wanted.payer, wanted.member_number):
        added = uow.patients.add_insurance(patient_id, payer=wanted.payer, member_number=wanted.member_number,
                                           valid_from=wanted.valid_from, valid_to=wanted.valid_to)
        return (insurance_from_row(added), *current)
    if (latest.valid_from, latest.valid_to) != (wanted.valid_from, wanted.valid_to):
        uow.patients.set_insurance_dates(latest.id, valid_from=wanted.valid_from, valid_to=wanted.valid_to)
        changed = InsuranceRecord(id=latest.id, payer=latest.payer, member_number=latest.member_number,
                                  valid_from=wanted.valid_from, valid_to=wanted.valid_to)
        return (changed, *current[1:])
    return current


def register(ctx: ServiceContext, draft: PatientDraft, *, confirmed_new: bool = False,
             request_id: UUID | None = None) -> PatientRecord:
    """Register a new patient; raises PossibleDuplicates first unless ``confirmed_new``.

    ``request_id``: the registration form's token, the same for every attempt from one form. An attempt the
    client gave up on (the server stopped answering) may still have committed when the server woke up; the
    retry then returns that record instead of registering the patient twice (the column is UNIQUE).
    """
    ctx.require(*PATIENT_WRITERS, action=translate("services", "register patients"))
    with user_facing_errors(), ctx.uow() as uow:
        clean = validated(ctx, draft, front_desk_settings(ctx, uow))
        if (earlier := earlier_registration(ctx, uow, request_id, clean)) is not None:
            return earlier
        ask_about_duplicates(uow, clean, confirmed_new=confirmed_new)
        record = insert_patient(ctx, uow, clean, request_id=request_id)
        uow.commit()
    log.info("Registered patient id %d", record.id)  # the id only: no patient data in logs
    return record


# The steps of ``register`` and ``update``, each inside the caller's unit of work, so that the patient form's
# one Save (``save_registration``: the patient, its insurance plan and its photo) runs the same code.


def earlier_registration(ctx: ServiceContext, uow: UnitOfWork, request_id: UUID | None,
                         clean: PatientDraft) -> PatientRecord | None:
    """The record an earlier attempt of this form registered, or None: this attempt's result when it is the
    same person; if the form was changed since (a typo fixed after the timeout), say so rather than add a
    second."""
    if request_id is None or (patient_id := uow.patients.registered_by(request_id)) is None:
        return None
    record = load_record(ctx, uow, patient_id)
    if _draft_values(record.draft) != _draft_values(clean):
        raise Conflict(earlier_attempt_message(record.mrn))
    return record


def earlier_attempt_message(mrn: str) -> str:
    return (translate("services", "Your earlier attempt from this window registered this patient as MRN {mrn} while "
                                  "the server was slow; nothing more was saved. Open that record to make your "
                                  "changes.").format(mrn=mrn))


def ask_about_duplicates(uow: UnitOfWork, clean: PatientDraft, *, confirmed_new: bool) -> None:
    """PossibleDuplicates unless the person has already said this is a new patient."""
    if not confirmed_new and (candidates := duplicates_of(uow, clean, exclude_id=None)):
        raise PossibleDuplicates(candidates)


def insert_patient(ctx: ServiceContext, uow: UnitOfWork, clean: PatientDraft, *,
                   request_id: UUID | None) -> PatientRecord:
    """Insert a validated draft and its insurance reference; the database sets the id and the MRN."""
    row = uow.patients.insert(_draft_values(clean), request_id=request_id)
    insurance = _write_insurance(uow, row.id, clean.insurance, ())
    return record_from_row(row, insurance, None, changed_by=changed_by(ctx, uow, row.updated_by))


def get(ctx: ServiceContext, patient_id: int) -> PatientRecord:
    """Open a patient's record; the read is recorded in the audit trail."""
    with user_facing_errors(), ctx.uow() as uow:
        record = load_record(ctx, uow, patient_id)
        uow.audit.record_access("patient", str(patient_id))
        uow.commit()
    return record


def _conflict_message(ctx: ServiceContext, uow: UnitOfWork, record: PatientRecord,
                      settings: FrontDeskSettings) -> str:
    who = uow.staff.by_username(record.updated_by)
    if who is None:
        # the database owner (a demo load, a migration): no role name on a screen
        person = translate("services", "The system")
    else:
        roles = ", ".join(translate("domain", GROUP_LABELS[Group(g)]).lower() for g in who.groups)
        person = f"{who.full_name} ({roles})" if roles else who.full_name
    local = record.updated_at.astimezone(settings.zone)
    when = format_time(local) if local.date() == local_today(ctx, settings) \
        else translate("services", "{date} at {time}").format(date=format_date(local.date()), time=format_time(local))
    return translate("services", "{person} changed this patient at {when} while you were editing.").format(
               person=person, when=when)


def update(ctx: ServiceContext, patient_id: int, draft: PatientDraft, *, expected_version: int) -> PatientRecord:
    """Save changes made to the version the person loaded; EditConflict if someone saved in between."""
    ctx.require(*PATIENT_WRITERS, action=translate("services", "change patient details"))
    with user_facing_errors(), ctx.uow() as uow:
        settings = front_desk_settings(ctx, uow)
        clean = validated(ctx, draft, settings)
        current = locked_for_update(ctx, uow, patient_id, draft, expected_version=expected_version,
                                    settings=settings)
        record = write_changes(ctx, uow, clean, current)
        uow.commit()
    if record is not current:
        log.info("Updated patient id %d to version %d", record.id, record.version)
    return record


def locked_for_update(ctx: ServiceContext, uow: UnitOfWork, patient_id: int, draft: PatientDraft, *,
                      expected_version: int, settings: FrontDeskSettings) -> PatientRecord:
    """The record as stored, locked, if it is still the version the person loaded (``draft``: what they
    typed, for the conflict dialog); Conflict for a merged record, EditConflict if someone saved meanwhile."""
    # The row lock makes "check the version, then write" one step against other savers.
    current = load_record(ctx, uow, patient_id, for_update=True)
    if current.merged_into_mrn is not None:
        raise Conflict(translate("services", "This record was merged into {merged_into_mrn}. Open that record and make "
                                             "your changes there; nothing was saved.").format(
                           merged_into_mrn=current.merged_into_mrn))
    if current.version != expected_version:
        raise EditConflict(_conflict_message(ctx, uow, current, settings), mine=draft, theirs=current)
    return current


def write_changes(ctx: ServiceContext, uow: UnitOfWork, clean: PatientDraft, current: PatientRecord) -> PatientRecord:
    """Write a validated draft over ``current`` (from ``locked_for_update``); ``current`` itself when nothing
    changed (no new version, no audit entry)."""
    if clean == current.draft:
        return current
    row = uow.patients.update(current.id, _draft_values(clean), expected_version=current.version)
    if row is None:  # cannot happen while we hold the row lock; never overwrite if it somehow does
        raise Conflict(translate("services", "This patient was changed by someone else while you were editing. Reload "
                                             "and save again."))
    insurance = current.insurance
    if clean.insurance != current.draft.insurance:
        insurance = _write_insurance(uow, current.id, clean.insurance, current.insurance)
    return record_from_row(row, insurance, None, changed_by=changed_by(ctx, uow, row.updated_by))
