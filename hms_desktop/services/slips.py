"""The appointment slip as a ``PrintJob``, like the wristband in services/printing.py.

The slip is about one appointment, so its print-log subject is ``appointment:<id>``: a second print of the
same appointment says COPY, while the next appointment of the same patient prints as an original. Times are
printed in this workstation's local time zone (the hospital's).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import text

from hms_desktop.domain.names import display_name
from hms_desktop.domain.scheduling import KIND_LABELS, PRINTABLE_STATUSES
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.appointment_slip import AppointmentSlipData, build_appointment_slip
from hms_desktop.services import printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, user_facing_errors
from hms_desktop.services.printing import PrintJob

SLIP = "appointment_slip"
# The print dialog names the document from this table (services/printing.py owns it; the slip adds itself).
printing.DOCUMENTS.setdefault(SLIP, QT_TRANSLATE_NOOP("services", "Appointment slip"))

_SLIP_SQL = text("""
    SELECT a.id, a.starts_at, a.ends_at, a.kind, a.status,
           p.mrn, p.family_name, p.given_name,
           s.full_name AS doctor_name, s.title AS doctor_title,
           (SELECT string_agg(sp.name, ', ' ORDER BY sp.name)
              FROM doctor_specialty ds JOIN specialty sp ON sp.id = ds.specialty_id
             WHERE ds.staff_id = a.doctor_id) AS specialties,
           (SELECT r.name FROM resource_booking rb JOIN resource r ON r.id = rb.resource_id
             WHERE rb.appointment_id = a.id AND NOT rb.cancelled
             ORDER BY (r.kind = 'consulting_room') DESC, rb.id LIMIT 1) AS room
    FROM appointment a
    JOIN patient p ON p.id = a.patient_id
    JOIN staff s ON s.id = a.doctor_id
    WHERE a.id = :id
""")


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    """The hospital's wall-clock time, whatever the workstation's zone (the slip says when to come)."""
    return moment.astimezone(zone).replace(tzinfo=None)


def appointment_slip(ctx: ServiceContext, appointment_id: int) -> PrintJob:
    """The slip for one appointment that is still to happen, marked COPY if it was printed before."""
    ctx.require(Group.RECEPTION, Group.DOCTOR, Group.ADMIN, action=translate("services", "print appointment slips"))
    subject = f"appointment:{appointment_id}"
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.session.execute(_SLIP_SQL, {"id": appointment_id}).one_or_none()
        if row is None:
            raise NotFound(translate("services", "This appointment no longer exists. Reload the calendar."))
        if row.status not in PRINTABLE_STATUSES:
            raise Conflict(translate("services", "Only an appointment that is still to happen gets a slip."))
        settings = uow.settings.read()
        is_copy = uow.print_log.printed_before(SLIP, subject)
    hospital, zone = settings.hospital_name, ZoneInfo(settings.time_zone)
    title_word = (row.doctor_title or "").strip()
    doctor = row.doctor_name if not title_word or row.doctor_name.startswith(title_word) \
        else f"{title_word} {row.doctor_name}"
    data = AppointmentSlipData(
        hospital_name=hospital, patient_name=display_name(row.family_name, row.given_name), mrn=row.mrn,
        doctor_name=doctor, specialty=row.specialties or "", room=row.room or "",
        starts_at=_local(row.starts_at, zone), ends_at=_local(row.ends_at, zone),
        kind_label=translate("domain", KIND_LABELS.get(row.kind, row.kind)))
    title = translate("services", "Appointment slip — {patient_name} — {starts_at}").format(
                patient_name=data.patient_name, starts_at=format_date_time(data.starts_at))
    created = ctx.clock.now()  # the real date in the app; a test's fixed clock keeps its PDFs reproducible
    marked = build_appointment_slip(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=SLIP, subject=subject, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=SLIP, subject=subject, pdf=build_appointment_slip(data, created=created), is_copy=False,
                    title=title, copy_pdf=marked)
