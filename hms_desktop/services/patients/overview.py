"""The overview a receptionist opens from the search list: the record with the current stay and recent visits."""

from __future__ import annotations

from hms_desktop.domain.permissions import ADMISSION_READERS
from hms_desktop.services import admissions
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.patients.dtos import PatientOverview
from hms_desktop.services.patients.records import load_record

RECENT_ADMISSIONS = 20


def overview(ctx: ServiceContext, patient_id: int) -> PatientOverview:
    """The record (its read audited) with the current stay and recent visits, read in one transaction."""
    ctx.require(*ADMISSION_READERS, action="see admissions")
    with user_facing_errors(), ctx.uow() as uow:
        record = load_record(ctx, uow, patient_id)
        uow.audit.record_access("patient", str(patient_id))
        current = uow.admissions.current_row_of(patient_id)
        recent = uow.admissions.rows_of(patient_id, limit=RECENT_ADMISSIONS)
        uow.commit()
    return PatientOverview(record=record,
                           current_admission=None if current is None else admissions.admission_from_row(current),
                           admissions=tuple(admissions.admission_from_row(row) for row in recent))
