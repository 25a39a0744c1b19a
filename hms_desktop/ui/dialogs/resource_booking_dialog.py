"""Book a room or a device (procedure room, ultrasound, ECG) on its own: resource, date, from, to, purpose.

The exclusion constraint of ``resource_booking`` is the truth: when the time overlaps a booking (perhaps
one made on another desk a moment ago) the service refuses it, and the dialog says which booking is in
the way ("Procedure room A is already booked 10:00–10:30 …") next to the times and stays open with
everything typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from hms_desktop.domain.scheduling import RESOURCE_KIND_LABELS
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ServiceError, ValidationFailed
from hms_desktop.ui.forms.ui_resource_booking_dialog import Ui_ResourceBookingDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import mark_invalid, show_message

DEFAULT_MINUTES = 30
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def booking_times(booking: Any) -> str:
    return f"{booking.starts_at.astimezone():%H:%M}–{booking.ends_at.astimezone():%H:%M}"


def booking_text(booking: Any) -> str:
    """What a booking is for: the appointment's doctor and patient, or the purpose of one made on its own."""
    if booking.appointment_id is not None:
        who = " · ".join(part for part in (booking.patient_name, booking.doctor_name) if part)
        return f"Appointment: {who}" if who else "Appointment"
    return booking.purpose


def clash_message(resource: str, starts_at: datetime, ends_at: datetime, bookings: Sequence[Any]) -> str:
    """"X is already booked 10:00–10:30 (purpose)." for the bookings overlapping [starts_at, ends_at)."""
    clashes = [b for b in bookings if b.starts_at < ends_at and b.ends_at > starts_at]
    if not clashes:
        return f"{resource} is already booked at that time. Choose another time."
    taken = "; ".join(f"{booking_times(b)} ({booking_text(b)})" for b in clashes)
    return f"{resource} is already booked {taken}. Choose another time."


def book_or_explain(ctx: ServiceContext, resource_id: int, resource: str, starts_at: datetime, ends_at: datetime,
                    *, purpose: str) -> scheduling.ResourceBookingDTO:
    """The task: book, and when the time is taken say by what (read after the refusal, so it is current)."""
    try:
        return scheduling.book_resource(ctx, resource_id, starts_at, ends_at, purpose=purpose)
    except Conflict as refused:
        if "already booked" not in str(refused):
            raise
        day = starts_at.astimezone().date()
        bookings = scheduling.resource_bookings(ctx, day, resource_ids=[resource_id])
        raise Conflict(clash_message(resource, starts_at, ends_at, bookings)) from None


def _local(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment).astimezone()  # the workstation's zone, as the grid shows it


class ResourceBookingDialog(QDialog):
    """``booked(ResourceBookingDTO)`` is emitted, and the dialog accepted, once the room or device is held."""

    booked = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, resources: Sequence[Any], *,
                 resource_id: int | None = None, day: date | None = None, start: time | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResourceBookingDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.booking: scheduling.ResourceBookingDTO | None = None
        self._errors: dict[str, tuple[QLabel, QWidget]] = {
            "resource": (self.ui.resourceError, self.ui.resourceCombo),
            "starts_at": (self.ui.timeError, self.ui.fromEdit),
            "ends_at": (self.ui.timeError, self.ui.toEdit),
            "purpose": (self.ui.purposeError, self.ui.purposeEdit),
        }
        self._show_problems({})
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Book"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        for resource in resources:
            label = RESOURCE_KIND_LABELS.get(resource.kind, resource.kind)
            self.ui.resourceCombo.addItem(f"{resource.name} · {label}", resource.id)
            self.ui.resourceCombo.setItemData(self.ui.resourceCombo.count() - 1, resource.name, NAME_ROLE)
        if resource_id is not None:
            self.ui.resourceCombo.setCurrentIndex(max(0, self.ui.resourceCombo.findData(resource_id)))
        day = day or date.today()
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        if start is None:
            now = datetime.now() + timedelta(minutes=15)
            start = time(now.hour, now.minute - now.minute % 15) if day == date.today() else time(9)
        self.ui.fromEdit.setTime(QTime(start.hour, start.minute))
        self.ui.toEdit.setTime(QTime(start.hour, start.minute).addSecs(DEFAULT_MINUTES * 60))
        # Moving the start keeps the length; a message next to a field goes when the person deals with it.
        self._length = DEFAULT_MINUTES * 60
        self.ui.fromEdit.timeChanged.connect(self._start_moved)
        self.ui.toEdit.timeChanged.connect(self._end_moved)
        self.ui.dateEdit.dateChanged.connect(lambda _d: self._clear_problem("starts_at"))
        self.ui.resourceCombo.currentIndexChanged.connect(lambda _i: self._clear_problem("resource"))
        self.ui.purposeEdit.textEdited.connect(lambda _t: self._clear_problem("purpose"))
        self.ui.purposeEdit.setFocus()

    # --- fields ----------------------------------------------------------------------------------------

    def _start_moved(self, value: QTime) -> None:
        self.ui.toEdit.blockSignals(True)
        self.ui.toEdit.setTime(value.addSecs(self._length))
        self.ui.toEdit.blockSignals(False)
        self._clear_problem("starts_at")

    def _end_moved(self, value: QTime) -> None:
        self._length = max(60, self.ui.fromEdit.time().secsTo(value))
        self._clear_problem("ends_at")

    def set_times(self, starts: time, ends: time) -> None:
        self.ui.fromEdit.setTime(QTime(starts.hour, starts.minute))
        self.ui.toEdit.setTime(QTime(ends.hour, ends.minute))

    def interval(self) -> tuple[datetime, datetime]:
        d = self.ui.dateEdit.date()
        day = date(d.year(), d.month(), d.day())
        start, end = self.ui.fromEdit.time(), self.ui.toEdit.time()
        return (_local(day, time(start.hour(), start.minute())), _local(day, time(end.hour(), end.minute())))

    def _clear_problem(self, key: str) -> None:
        label, field = self._errors[key]
        if label.isVisibleTo(self):
            show_message(label, "")
            mark_invalid(field, False)

    def _show_problems(self, problems: dict[str, str]) -> None:
        shown: dict[QLabel, str] = {}
        for key, (label, field) in self._errors.items():
            if key in problems:
                shown[label] = problems[key]
            shown.setdefault(label, "")
            mark_invalid(field, key in problems)
        for label, message in shown.items():
            show_message(label, message)
        rest = [message for key, message in problems.items() if key not in self._errors]
        show_message(self.ui.messageLabel, "\n".join(rest))

    # --- booking ---------------------------------------------------------------------------------------

    def submit(self) -> None:
        resource_id = self.ui.resourceCombo.currentData()
        resource = self.ui.resourceCombo.currentData(NAME_ROLE) or ""
        purpose = " ".join(self.ui.purposeEdit.text().split())
        starts_at, ends_at = self.interval()
        problems: dict[str, str] = {}
        if resource_id is None:
            problems["resource"] = self.tr("Choose a room or device.")
        if ends_at <= starts_at:
            problems["ends_at"] = self.tr("The booking must end after it starts.")
        if not purpose:
            problems["purpose"] = self.tr("Say what the room or device is booked for.")
        self._show_problems(problems)
        if problems:
            return
        self.ui.buttonBox.setEnabled(False)
        ctx = self._ctx
        self._runner.run(lambda: book_or_explain(ctx, resource_id, resource, starts_at, ends_at,
                                                         purpose=purpose),
                         on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, booking: scheduling.ResourceBookingDTO) -> None:
        self.booking = booking
        self.booked.emit(booking)
        self.accept()

    def _failed(self, error: ServiceError) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self._show_problems(dict(error.problems))
        elif isinstance(error, Conflict) and "already booked" in str(error):
            self._show_problems({"starts_at": str(error)})
        else:
            self._show_problems({"": str(error)})
