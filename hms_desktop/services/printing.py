"""Printing use cases: a patient's wristband or label sheet as PDF, and the log of every print.

A reprint says COPY (DESIGN.md decision 10): a document is a copy when ``print_log`` already holds a
print of the same document for the same subject (the MRN). The database grants SELECT on ``print_log`` to
administrators only, so the question is asked through ``hms_printed_before(document, subject)`` (a
SECURITY DEFINER function every group may execute) when the schema has it; without it the table is read
directly when the role may, and otherwise the job is treated as a first print (and a warning is logged),
so a front desk can always print.

Allergies: there is no allergy data until the consultation module, so ``allergies_flag`` is always
None for now and the band says "Allergies: not recorded" (never "No known allergies", which is a
clinical statement somebody must have made).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, text

from hms_desktop.domain.staff import Group
from hms_desktop.printing.labels import build_label_sheet
from hms_desktop.printing.wristband import WristbandData, build_wristband
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors

log = logging.getLogger(__name__)

WRISTBAND = "wristband"
LABELS = "labels"
DOCUMENTS = {WRISTBAND: "Wristband", LABELS: "Labels"}
_DESTINATION_MAX = 200  # print_log.destination is VARCHAR(200)
_MAX_MERGE_HOPS = 10


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A document ready to preview and print. ``subject`` is what it is about (the MRN for patient
    documents); ``is_copy`` whether ``pdf`` is marked COPY."""

    document: str
    subject: str
    pdf: bytes
    is_copy: bool
    title: str
    # The same document marked COPY, so a second print from the same preview is marked too.
    copy_pdf: bytes | None = None

    def as_copy(self) -> PrintJob:
        """The job to use once this one has been printed or saved."""
        if self.is_copy or self.copy_pdf is None:
            return replace(self, is_copy=True, copy_pdf=None)
        return replace(self, pdf=self.copy_pdf, is_copy=True, copy_pdf=None)


_PATIENT_SQL = text("""
    SELECT id, mrn, family_name, given_name, sex, birth_date, birth_date_estimated, merged_into_id
    FROM patient WHERE id = :id
""")
_HOW_TO_ASK_SQL = text("""
    SELECT to_regprocedure('hms_printed_before(text, text)') IS NOT NULL AS has_function,
           has_table_privilege('print_log', 'SELECT') AS can_read
""")
_ASK_FUNCTION_SQL = text("SELECT hms_printed_before(:document, :subject)")
_ASK_TABLE_SQL = text("SELECT EXISTS (SELECT 1 FROM print_log WHERE document = :document AND subject = :subject)")
_LOG_SQL = text("""
    INSERT INTO print_log (document, subject, is_copy, destination)
    VALUES (:document, :subject, :is_copy, :destination)
""")


def wristband_pdf(ctx: ServiceContext, patient_id: int, *, label_sheet: bool = False,
                  today: date | None = None) -> PrintJob:
    """The patient's wristband (or, with ``label_sheet``, an A4 sheet of 21 labels), marked COPY if it
    was printed before. A merged record prints its surviving record."""
    ctx.require(*Group, action="print wristbands and labels")
    document = LABELS if label_sheet else WRISTBAND
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        data = _wristband_data(conn, patient_id)
        is_copy = _printed_before(conn, document, data.mrn)
    today = today or date.today()
    build = build_label_sheet if label_sheet else build_wristband
    original = build(data, copy=False, today=today)
    marked = build(data, copy=True, today=today)
    title = f"{DOCUMENTS[document]} — {data.display_name} — MRN {data.mrn}"
    if is_copy:
        return PrintJob(document=document, subject=data.mrn, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=document, subject=data.mrn, pdf=original, is_copy=False, title=title,
                    copy_pdf=marked)


def log_print(ctx: ServiceContext, job: PrintJob, destination: str) -> None:
    """Record that ``job`` went to ``destination`` (a printer's name or a file's path). The database
    fills in who and when."""
    ctx.require(*Group, action="print")
    destination = destination.strip() or "unknown"
    if len(destination) > _DESTINATION_MAX:  # keep the end: a file's name says more than its folders
        destination = "…" + destination[-(_DESTINATION_MAX - 1):]
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        conn.execute(_LOG_SQL, {"document": job.document, "subject": job.subject, "is_copy": job.is_copy,
                                "destination": destination})


def _wristband_data(conn: Connection, patient_id: int) -> WristbandData:
    row = conn.execute(_PATIENT_SQL, {"id": patient_id}).one_or_none()
    hops = 0
    while row is not None and row.merged_into_id is not None and hops < _MAX_MERGE_HOPS:
        row = conn.execute(_PATIENT_SQL, {"id": row.merged_into_id}).one_or_none()
        hops += 1
    if row is None:
        raise NotFound("This patient record no longer exists. Search for the patient again.")
    return WristbandData(mrn=row.mrn, family_name=row.family_name, given_name=row.given_name, sex=row.sex,
                         birth_date=row.birth_date, birth_date_estimated=row.birth_date_estimated,
                         allergies_flag=None)  # no allergy data before the consultation module


def _printed_before(conn: Connection, document: str, subject: str) -> bool:
    how = conn.execute(_HOW_TO_ASK_SQL).one()
    params = {"document": document, "subject": subject}
    if how.has_function:
        return bool(conn.execute(_ASK_FUNCTION_SQL, params).scalar_one())
    if how.can_read:
        return bool(conn.execute(_ASK_TABLE_SQL, params).scalar_one())
    log.warning("This role cannot read print_log and the schema has no hms_printed_before(): a reprint "
                "cannot be recognised and will not say COPY")
    return False
