"""Merging duplicate records: everything of the duplicate moves onto the survivor, which the database does
in ``hms_merge_patients`` (it checks the caller's right again and writes a MERGE entry in the audit trail)."""

from __future__ import annotations

import logging

from hms_desktop.domain.permissions import may_merge
from hms_desktop.i18n import translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, user_facing_errors

log = logging.getLogger(__name__)


def merge(ctx: ServiceContext, survivor_id: int, duplicate_id: int) -> int:
    """Move everything of ``duplicate_id`` onto ``survivor_id`` and mark the duplicate merged.

    Returns how many rows were moved. Needs an administrator or the capability role hms_merge_patients.
    """
    with user_facing_errors(), ctx.uow() as uow:
        # Asked afresh rather than trusting ctx.user.can_merge_patients alone: the capability may have
        # been granted since this person logged in.
        if not may_merge(ctx.user.acting_groups,
                         merge_capability=ctx.user.can_merge_patients or uow.patients.session_may_merge()):
            raise PermissionDenied(translate("services", "Only an administrator or a user allowed to merge records can "
                                                         "merge patients. Ask an administrator."))
        try:
            moved = uow.patients.merge(survivor_id, duplicate_id)
        except Exception as error:
            raise _merge_error(error) from error
        uow.commit()
    log.info("Merged patient id %d into %d (%d rows moved)", duplicate_id, survivor_id, moved)
    return moved


def _merge_error(error: Exception) -> Exception:
    state = getattr(getattr(error, "orig", None), "sqlstate", None)
    if state == "23P01":
        return Conflict(translate("services", "Both records have a hospital stay or an appointment at the same time, "
                                              "so they cannot be merged. Cancel or correct one of them first."))
    if state == "23505":
        return Conflict(translate("services", "Both records have something a patient can have only one of (such as a "
                                              "photo). Remove it from the duplicate record first, then merge."))
    return error  # user_facing_errors() translates the rest (HM003 refused, HM004 invalid pair)
