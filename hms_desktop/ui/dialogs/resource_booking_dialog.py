"""Book a room or a device (procedure room, ultrasound, ECG) on its own: resource, date, from, to, purpose.

The exclusion constraint of ``resource_booking`` is the truth: when the time overlaps a booking (perhaps
one made on another desk a moment ago) the service refuses it, and the dialog says which booking is in
the way ("Procedure room A is already booked 10:00–10:30 …") next to the times and stays open with
everything typed. The day and times are on the hospital's wall clock (the page's ``HospitalClock``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hms_desktop.domain.scheduling import RESOURCE_KIND_LABELS
from hms_desktop.formats import format_time
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_label
from hms_desktop.ui.forms.ui_resource_booking_dialog import Ui_ResourceBookingDialog
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner

DEFAULT_MINUTES = 30
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def booking_times(booking: Any, clock: HospitalClock) -> str:
    return f"{format_time(clock.local(booking.starts_at))}–{format_time(clock.local(booking.ends_at))}"


def booking_text(booking: Any) -> str:
    """What a booking is for: the appointment's doctor and patient, or the purpose of one made on its own."""
    if booking.appointment_id is not None:
        who = " · ".join(part for part in (booking.patient_name, booking.doctor_name) if part)
        return f"Appointment: {who}" if who else "Appointment"
    purpose: str | None = booking.purpose
    return purpose or "—"  # None: this login may not read purposes (billing)


def clash_message(resource: str, starts_at: datetime, ends_at: datetime, bookings: Sequence[Any],
                  clock: HospitalClock) -> str:
    """"X is already booked 10:00–10:30 (purpose)." for the bookings overlapping [starts_at, ends_at)."""
    clashes = [b for b in bookings if b.starts_at < ends_at and b.ends_at > starts_at]
    if not clashes:
        return QCoreApplication.translate("ResourceBookingDialog", "{resource} is already booked at that time. "
                                          "Choose another time.").format(resource=resource)
    taken = "; ".join(f"{booking_times(b, clock)} ({booking_text(b)})" for b in clashes)
    return QCoreApplication.translate("ResourceBookingDialog", "{resource} is already booked {times}. Choose "
                                      "another time.").format(resource=resource, times=taken)


def book_or_explain(ctx: ServiceContext, resource_id: int, resource: str, starts_at: datetime, ends_at: datetime,
                    *, purpose: str, clock: HospitalClock) -> scheduling.ResourceBookingDTO:
    """The task: book, and when the time is taken say by what (read after the refusal, so it is current)."""
    try:
        return scheduling.book_resource(ctx, resource_id, starts_at, ends_at, purpose=purpose)
    except Conflict as refused:
        if "already booked" not in str(refused):
            raise
        day = clock.local(starts_at).date()
        bookings = scheduling.resource_bookings(ctx, day, resource_ids=[resource_id])
        raise Conflict(clash_message(resource, starts_at, ends_at, bookings, clock)) from None


class ResourceBookingDialog(FormDialog):
    """``booked(ResourceBookingDTO)`` is emitted, and the dialog accepted, once the room or device is held."""

    booked = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, resources: Sequence[Any], *,
                 resource_id: int | None = None, day: date | None = None, start: time | None = None,
                 clock: HospitalClock | None = None, parent: QWidget | None = None) -> None:
        """``clock``: the page's ``HospitalClock``: ``day`` and ``start`` are on the hospital's wall clock."""
        super().__init__(parent)
        self.clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_ResourceBookingDialog()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._runner = runner
        self._ctx = ctx
        self.booking: scheduling.ResourceBookingDTO | None = None
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Book"))
        for resource in resources:
            label = domain_label(RESOURCE_KIND_LABELS, resource.kind)
            self.ui.resourceCombo.addItem(f"{resource.name} · {label}", resource.id)
            self.ui.resourceCombo.setItemData(self.ui.resourceCombo.count() - 1, resource.name, NAME_ROLE)
        if resource_id is not None:
            self.ui.resourceCombo.setCurrentIndex(max(0, self.ui.resourceCombo.findData(resource_id)))
        here = self.clock.now()
        day = day or here.date()
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        if start is None:
            now = here + timedelta(minutes=15)
            start = time(now.hour, now.minute - now.minute % 15) if day == here.date() else time(9)
        self.ui.fromEdit.setTime(QTime(start.hour, start.minute))
        self.ui.toEdit.setTime(QTime(start.hour, start.minute).addSecs(DEFAULT_MINUTES * 60))
        # Moving the start keeps the length.
        self._length = DEFAULT_MINUTES * 60
        self.ui.fromEdit.timeChanged.connect(self._start_moved)
        self.ui.toEdit.timeChanged.connect(self._end_moved)
        self.setup_form(fields={
            "resource": (self.ui.resourceError, self.ui.resourceCombo),
            "starts_at": (self.ui.timeError, self.ui.fromEdit),
            "ends_at": (self.ui.timeError, self.ui.toEdit),
            "purpose": (self.ui.purposeError, self.ui.purposeEdit),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        # A clash is about the day as much as the times: another day clears it too.
        self.ui.dateEdit.dateChanged.connect(lambda _d: self.clear_problem("starts_at"))
        self.ui.purposeEdit.setFocus()

    # --- fields ----------------------------------------------------------------------------------------

    def _start_moved(self, value: QTime) -> None:
        self.ui.toEdit.blockSignals(True)
        self.ui.toEdit.setTime(value.addSecs(self._length))
        self.ui.toEdit.blockSignals(False)
        self.clear_problem("ends_at")  # the end moved with the start

    def _end_moved(self, value: QTime) -> None:
        self._length = max(60, self.ui.fromEdit.time().secsTo(value))
        self.clear_problem("starts_at")  # a clash is shown under the start; a new end may resolve it

    def set_times(self, starts: time, ends: time) -> None:
        self.ui.fromEdit.setTime(QTime(starts.hour, starts.minute))
        self.ui.toEdit.setTime(QTime(ends.hour, ends.minute))

    def interval(self) -> tuple[datetime, datetime]:
        d = self.ui.dateEdit.date()
        day = date(d.year(), d.month(), d.day())
        start, end = self.ui.fromEdit.time(), self.ui.toEdit.time()
        return (self.clock.at(day, time(start.hour(), start.minute())),
                self.clock.at(day, time(end.hour(), end.minute())))

    # --- booking ---------------------------------------------------------------------------------------

    def validate(self) -> Problems:
        starts_at, ends_at = self.interval()
        problems: Problems = {}
        if self.ui.resourceCombo.currentData() is None:
            problems["resource"] = self.tr("Choose a room or device.")
        if ends_at <= starts_at:
            problems["ends_at"] = self.tr("The booking must end after it starts.")
        if not self.ui.purposeEdit.text().split():
            problems["purpose"] = self.tr("Say what the room or device is booked for.")
        return problems

    def submit(self) -> None:
        resource_id = self.ui.resourceCombo.currentData()
        resource = self.ui.resourceCombo.currentData(NAME_ROLE) or ""
        purpose = " ".join(self.ui.purposeEdit.text().split())
        starts_at, ends_at = self.interval()
        ctx, clock = self._ctx, self.clock
        self.save(lambda: book_or_explain(ctx, resource_id, resource, starts_at, ends_at, purpose=purpose,
                                          clock=clock),
                  self._booked, problems_for=self._placed)

    def _booked(self, booking: scheduling.ResourceBookingDTO) -> None:
        self.booking = booking
        self.booked.emit(booking)

    @staticmethod
    def _placed(error: ServiceError) -> Problems | None:
        if isinstance(error, Conflict) and "already booked" in str(error):
            return {"starts_at": str(error)}  # beside the time, which is what must change
        return None
