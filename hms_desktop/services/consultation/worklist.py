"""The doctor's worklist beside the queue: their admitted patients; and what was printed for a chart."""

from __future__ import annotations

from hms_desktop.domain.staff import Group
from hms_desktop.i18n import translate
from hms_desktop.services.consultation.chart import PATIENT_GONE
from hms_desktop.services.consultation.dtos import InpatientDTO, PrintedDocument
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors


def my_inpatients(ctx: ServiceContext) -> tuple[InpatientDTO, ...]:
    """The patients in hospital now with this doctor as attending, with their current bed; one query."""
    ctx.require(Group.DOCTOR, action=translate("services", "see admitted patients"))
    staff_id = ctx.user.staff_id
    if staff_id is None:  # the owner or a superuser: nobody is admitted under them
        return ()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.consultation.inpatients_of(staff_id)
    return tuple(InpatientDTO(patient_id=r.patient_id, admission_id=r.admission_id, mrn=r.mrn,
                              family_name=r.family_name, given_name=r.given_name, ward=r.ward, room=r.room,
                              bed=r.bed, admitted_at=r.admitted_at) for r in rows)


def patient_documents(ctx: ServiceContext, patient_id: int) -> tuple[PrintedDocument, ...]:
    """What was printed for this patient (wristbands, labels, prescriptions), newest first, copies marked.
    Read through ``hms_patient_documents``: doctors do not read the print log itself."""
    ctx.require(Group.DOCTOR, action=translate("services", "see a patient's printed documents"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        if uow.patients.printable(patient_id) is None:
            raise NotFound(translate("services", PATIENT_GONE))
        rows = uow.consultation.documents_of(patient_id)
    return tuple(PrintedDocument(id=r.id, printed_at=r.at, document=r.document, printed_by=r.actor_name or r.actor,
                                 is_copy=r.is_copy) for r in rows)
