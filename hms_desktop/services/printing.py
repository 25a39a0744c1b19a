"""Printing use cases: a patient's wristband or label sheet as PDF, and the log of every print.

A reprint says COPY (DESIGN.md decision 10): a document is a copy when ``print_log`` already holds a
print of the same document for the same subject (the MRN); how that is asked is the print-log repository's
business (``db/repositories/print_log.py``).

Allergies: the band's flag comes from the recorded allergies through ``hms_allergy_flag`` (migration 0012),
which every group may call without reading the chart: "ALLERGIES" for an active allergy (reported or
confirmed), with "SEVERE" when one is severe; "No known allergies" only when a doctor recorded that;
otherwise "Allergies not recorded".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from hms_desktop.domain.clinical import wristband_flag
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.labels import build_label_sheet
from hms_desktop.printing.wristband import WristbandData, build_wristband
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, user_facing_errors
from hms_desktop.services.patients.front_desk import front_desk_settings, local_today

WRISTBAND = "wristband"
LABELS = "labels"
REPORT = "report"  # a report of the Reports tab (services/reports/export.py): about no patient
DOCUMENTS = {
    WRISTBAND: QT_TRANSLATE_NOOP("services", "Wristband"),
    LABELS: QT_TRANSLATE_NOOP("services", "Labels"),
    "prescription": QT_TRANSLATE_NOOP("services", "Prescription"),
    "invoice": QT_TRANSLATE_NOOP("services", "Invoice"),
    "receipt": QT_TRANSLATE_NOOP("services", "Receipt"),
    REPORT: QT_TRANSLATE_NOOP("services", "Report"),
    # Documents printed by other services; named here so that the print dialog names them in every language.
    "deposit_receipt": QT_TRANSLATE_NOOP("services", "Deposit receipt"),
    "z_report": QT_TRANSLATE_NOOP("services", "Z-report"),
    "revenue_report": QT_TRANSLATE_NOOP("services", "Daily revenue"),
}
_DESTINATION_MAX = 200  # print_log.destination is VARCHAR(200)


@dataclass(frozen=True, slots=True)
class PrinterKind:
    """A kind of printer a workstation sends documents to (issue 10, item 6): one printer is chosen per kind on
    each workstation ("Printers on this workstation"), and every document of the kind goes to it. The 80 mm
    receipt roll also takes deposit receipts and Z-reports; the A4 printer for invoices takes the daily revenue."""

    key: str  # in the workstation's printers.ini: assigned/<key>
    label: str
    documents: tuple[str, ...]


PRINTER_KINDS: tuple[PrinterKind, ...] = (
    PrinterKind(WRISTBAND, QT_TRANSLATE_NOOP("services", "Wristbands"), (WRISTBAND,)),
    PrinterKind(LABELS, QT_TRANSLATE_NOOP("services", "Labels"), (LABELS,)),
    PrinterKind("slip", QT_TRANSLATE_NOOP("services", "Appointment slips"), ("appointment_slip",)),
    PrinterKind("prescription", QT_TRANSLATE_NOOP("services", "Prescriptions"), ("prescription",)),
    PrinterKind("invoice", QT_TRANSLATE_NOOP("services", "Invoices and A4 reports"),
                ("invoice", "revenue_report", REPORT)),
    PrinterKind("receipt", QT_TRANSLATE_NOOP("services", "Receipts and Z-reports (80 mm)"),
                ("receipt", "deposit_receipt", "z_report")),
)


def printer_kind_of(document: str) -> PrinterKind | None:
    """The kind of printer ``document`` (a ``print_log`` document name) is sent to; None for one not listed."""
    return next((kind for kind in PRINTER_KINDS if document in kind.documents), None)


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


def wristband_pdf(ctx: ServiceContext, patient_id: int, *, label_sheet: bool = False,
                  today: date | None = None) -> PrintJob:
    """The patient's wristband (or, with ``label_sheet``, an A4 sheet of 21 labels), marked COPY if it
    was printed before. A merged record prints its surviving record. The age is as of ``today``, by
    default the hospital's date."""
    ctx.require(*Group, action=translate("services", "print wristbands and labels"))
    document = LABELS if label_sheet else WRISTBAND
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.patients.printable(patient_id)
        if row is None:
            raise NotFound(translate("services", "This patient record no longer exists. Search for the patient again."))
        is_copy = uow.print_log.printed_before(document, row.mrn)
        allergy_state, allergy_severe = uow.consultation.allergy_flag(row.id)  # the surviving record's, if merged
        if today is None:
            today = local_today(ctx, front_desk_settings(ctx, uow))
    data = WristbandData(mrn=row.mrn, family_name=row.family_name, given_name=row.given_name, sex=row.sex,
                         birth_date=row.birth_date, birth_date_estimated=row.birth_date_estimated,
                         allergies_flag=wristband_flag(allergy_state), allergies_severe=allergy_severe)
    build = build_label_sheet if label_sheet else build_wristband
    created = ctx.clock.now()  # the real date in the app; a test's fixed clock keeps its PDFs reproducible
    original = build(data, copy=False, today=today, created=created)
    marked = build(data, copy=True, today=today, created=created)
    title = translate("services", "{value} — {display_name} — MRN {mrn}").format(
                value=translate("services", DOCUMENTS[document]), display_name=data.display_name, mrn=data.mrn)
    if is_copy:
        return PrintJob(document=document, subject=data.mrn, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=document, subject=data.mrn, pdf=original, is_copy=False, title=title,
                    copy_pdf=marked)


def destination_text(destination: str) -> str:
    """A printer's name or a file's path as ``print_log.destination`` holds it (VARCHAR(200))."""
    destination = destination.strip() or "unknown"
    if len(destination) > _DESTINATION_MAX:  # keep the end: a file's name says more than its folders
        destination = "…" + destination[-(_DESTINATION_MAX - 1):]
    return destination


def log_print(ctx: ServiceContext, job: PrintJob, destination: str) -> None:
    """Record that ``job`` went to ``destination`` (a printer's name or a file's path). The database
    fills in who and when."""
    ctx.require(*Group, action=translate("services", "print"))
    with user_facing_errors(), ctx.uow() as uow:
        uow.print_log.record(document=job.document, subject=job.subject, is_copy=job.is_copy,
                             destination=destination_text(destination))
        uow.commit()

