"""The patient form's Save: the patient, the insurance plan its card belongs to, and its photo in ONE
transaction (issue 10, item 7: nothing half-saved).

It used to be three service calls (``register``/``update``, then ``insurance.link_registration_policy``,
then ``set_photo``); when the second or third was refused the patient stayed saved without the rest. Now
everything is checked first and every problem comes back in one ``ValidationFailed`` keyed by the form's
fields ("plan", "photo", "insurance.*" beside the patient's own), possible duplicates are asked next, and a
refusal at any later step (the database's overlapping-policy rule too) rolls the whole save back. The steps
are the very functions ``register``, ``update``, ``link_registration_policy`` and ``set_photo`` run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from uuid import UUID

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.insurance import PolicyDraft, validate_policy
from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.permissions import PATIENT_WRITERS
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services import insurance
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ValidationFailed, user_facing_errors
from hms_desktop.services.patients.dtos import PatientRecord
from hms_desktop.services.patients.front_desk import front_desk_settings, local_today, validated
from hms_desktop.services.patients.photos import Photo, photo_problems, write_photo
from hms_desktop.services.patients.records import (
    ask_about_duplicates,
    earlier_attempt_message,
    earlier_registration,
    insert_patient,
    locked_for_update,
    write_changes,
)

log = logging.getLogger(__name__)

NO_MEMBER_NUMBER = QT_TRANSLATE_NOOP("services", "Enter the member number on the card to link it to a plan.")
# Where a policy's own problems show on the patient form: its member number and dates are the card's.
_POLICY_FIELDS = {"member_number": "insurance.member_number", "valid_from": "insurance.valid_from",
                  "valid_to": "insurance.valid_to"}


def save_registration(ctx: ServiceContext, draft: PatientDraft, *, patient_id: int | None = None,
                      expected_version: int | None = None, confirmed_new: bool = False,
                      request_id: UUID | None = None, plan_id: int | None = None,
                      photo: Photo | None = None) -> PatientRecord:
    """Register (``patient_id`` None) or change a patient, link the typed card to ``plan_id`` and store
    ``photo``, all or nothing.

    - Checked before anything is asked or written: the draft, the photo's bytes, and the policy the plan
      gives (a member number on the card, the plan still open, the card's dates). All problems in one
      ``ValidationFailed``.
    - Registering: ``request_id`` as in ``register``. The retry of an attempt that committed after the client
      gave up returns that record; it was one transaction, so its policy and photo were stored with it, and
      nothing is stored again. If the form was changed since (the person, the plan or the photo), Conflict.
      Then ``PossibleDuplicates`` unless ``confirmed_new``.
    - Changing: ``expected_version`` as in ``update`` (EditConflict for the conflict dialog); a plan already
      linked to the card with the same details is not added again, an unchanged draft writes no new version.
    - The policy as ``link_registration_policy`` adds it (valid from the card's start, or the hospital's
      today); its refusals, the database's included (an overlapping policy), come back as a "plan" problem.
    """
    new = patient_id is None
    if not new and expected_version is None:
        raise TypeError("save_registration: changing a patient needs the expected_version loaded")
    ctx.require(*PATIENT_WRITERS, action=translate("services", "register patients") if new
                else translate("services", "change patient details"))
    if plan_id is not None:
        ctx.require(Group.RECEPTION, Group.BILLING, action=translate("services", "add an insurance policy"))
    with user_facing_errors(), ctx.uow() as uow:
        settings = front_desk_settings(ctx, uow)
        clean, policy = _checked(uow, draft, validate=lambda: validated(ctx, draft, settings),
                                 today=local_today(ctx, settings), plan_id=plan_id, photo=photo)
        if patient_id is None:
            if (earlier := earlier_registration(ctx, uow, request_id, clean)) is not None:
                _same_attempt(uow, earlier, plan_id=plan_id, photo=photo)
                return earlier
            ask_about_duplicates(uow, clean, confirmed_new=confirmed_new)
            record = insert_patient(ctx, uow, clean, request_id=request_id)
        else:
            assert expected_version is not None  # checked above, before the unit of work
            current = locked_for_update(ctx, uow, patient_id, draft, expected_version=expected_version,
                                        settings=settings)
            record = write_changes(ctx, uow, clean, current)
        if photo is not None:
            write_photo(uow, record.id, photo.image, photo.mime_type)
        if policy is not None:  # last: the step the database may still refuse (an overlapping policy)
            _link_policy(uow, record, policy)
        uow.commit()
    log.info("Saved patient id %d (version %d) with%s plan, with%s photo", record.id, record.version,
             "" if policy is not None else "out", "" if photo is not None else "out")
    return record


def _checked(uow: UnitOfWork, draft: PatientDraft, *, validate: Callable[[], PatientDraft], today: date,
             plan_id: int | None, photo: Photo | None) -> tuple[PatientDraft, PolicyDraft | None]:
    """The cleaned draft and the policy to link (its patient and reference filled in once written), or one
    ValidationFailed with every problem of the three parts."""
    problems: dict[str, str] = {}
    clean: PatientDraft | None = None
    try:
        clean = validate()
    except ValidationError as error:
        problems.update(error.problems)
    if photo is not None:
        problems.update(photo_problems(photo.image, photo.mime_type))
    policy: PolicyDraft | None = None
    if plan_id is not None:
        policy, policy_problems = _policy(uow, clean if clean is not None else draft, plan_id, today)
        # The patient's own words about the card come first: a policy problem on the same field says less.
        problems = {**policy_problems, **problems}
    if problems or clean is None:
        raise ValidationFailed(problems)
    return clean, policy


def _policy(uow: UnitOfWork, draft: PatientDraft, plan_id: int, today: date
            ) -> tuple[PolicyDraft | None, dict[str, str]]:
    card = draft.insurance
    if card is None or not card.member_number.strip():
        return None, {"plan": translate("services", NO_MEMBER_NUMBER)}
    problems: dict[str, str] = {}
    if (refusal := insurance.plan_refusal(uow, plan_id)) is not None:
        problems["plan"] = refusal
    wanted = PolicyDraft(patient_id=0, plan_id=plan_id, member_number=card.member_number,
                         valid_from=card.valid_from or today, valid_to=card.valid_to)
    try:
        return validate_policy(wanted), problems
    except ValidationError as error:
        for key, message in error.problems.items():
            if key == "valid_to" and card.valid_from is None:
                # The policy starts today when the card gives no start: an end already past needs one typed.
                problems["insurance.valid_from"] = (translate("services", "The card's end date has passed: enter the "
                                                                          "date it was valid from to link it to a "
                                                                          "plan."))
            else:
                problems[_POLICY_FIELDS.get(key, "plan")] = message
        return None, problems


def _link_policy(uow: UnitOfWork, record: PatientRecord, policy: PolicyDraft) -> None:
    """Add the policy for the card the patient was just saved with (``link_registration_policy``'s step)."""
    linked = replace(policy, patient_id=record.id, patient_insurance_id=record.insurance[0].id)
    card = record.draft.insurance
    if card is not None and card.valid_from is None:
        # A card without a start date gave its policy the day it was linked; saving the form again another
        # day finds that policy rather than adding an overlapping one from today.
        earlier = next((row for row in uow.insurance.policies(record.id)
                        if (row.plan_id, row.patient_insurance_id, row.member_number, row.valid_to)
                        == (linked.plan_id, linked.patient_insurance_id, linked.member_number, linked.valid_to)),
                       None)
        if earlier is not None:
            linked = replace(linked, valid_from=earlier.valid_from)
    try:
        insurance.write_registration_policy(uow, linked)
    except ValidationFailed as error:  # the plan closed or vanished since the check: one sentence
        raise ValidationFailed({"plan": " ".join(error.problems.values())}) from error
    except Conflict as error:  # the database refused it (an overlapping policy): the transaction is lost
        raise ValidationFailed({"plan": str(error)}) from error


def _same_attempt(uow: UnitOfWork, earlier: PatientRecord, *, plan_id: int | None, photo: Photo | None) -> None:
    """An earlier attempt of this form committed the patient: it was one transaction, so it stored its plan's
    policy and its photo too. The retry is that attempt only if it asks for the same plan and photo; otherwise
    the form changed after the timeout and nothing more is stored."""
    plans = {row.plan_id for row in uow.insurance.policies(earlier.id)}
    stored = uow.patients.photo(earlier.id)
    if plans != ({plan_id} if plan_id is not None else set()) or stored != (photo.image if photo else None):
        raise Conflict(earlier_attempt_message(earlier.mrn))
