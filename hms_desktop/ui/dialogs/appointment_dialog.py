"""One appointment: what, who, when, where and its status; and what may be done with it.

Reception checks the patient in, moves the appointment, cancels it (with a reason), marks a no-show and prints
the slip; the doctor whose appointment it is accepts or declines it (with a reason; a declined appointment
goes back to reception's list to rebook). Only the actions the status allows are offered
(``domain.scheduling.can_transition``), and only to the groups the database lets do them. Every action goes
through the task runner; the dialog stays open and shows the new status, and ``changed`` tells the calendar.
Its times are on the hospital's wall clock: the opener's ``HospitalClock``, or the zone the dialog reads
itself when opened without one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from hms_desktop.domain.scheduling import (
    ACCEPT_FROM,
    KIND_LABELS,
    PRINTABLE_STATUSES,
    STATUS_LABELS,
    UPCOMING_STATUSES,
    can_transition,
)
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_time, format_weekday_date_year
from hms_desktop.services import scheduling, slips
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_appointment_dialog import Ui_AppointmentDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.day_calendar import STATUS_COLOURS
from hms_desktop.ui.widgets.feedback import mark_invalid, set_style_property, show_message
from hms_desktop.ui.widgets.slot_offer import SlotOffer

UPCOMING = UPCOMING_STATUSES  # the name other screens and tests import


def format_span(starts_at: datetime, ends_at: datetime, clock: HospitalClock) -> str:
    start, end = clock.local(starts_at), clock.local(ends_at)
    return f"{format_weekday_date_year(start)}, {format_time(start)}–{format_time(end)}"


def is_reception(ctx: ServiceContext) -> bool:
    return ctx.user.has(Group.RECEPTION) or ctx.user.has(Group.ADMIN)


def is_own(ctx: ServiceContext, appointment: Any) -> bool:
    return ctx.user.staff_id is not None and ctx.user.staff_id == appointment.doctor_id


class AppointmentDialog(QDialog):
    changed = Signal(object)  # the appointment after an action
    waiting_booked = Signal(object)  # a new appointment: the freed time booked for a waiting patient

    def __init__(self, runner: Runner, ctx: ServiceContext, appointment: Any, *,
                 clock: HospitalClock | None = None, parent: QWidget | None = None) -> None:
        """``clock``: the screen's ``HospitalClock`` (the hospital's wall clock; check-in is on the hospital's day
        of the appointment)."""
        super().__init__(parent)
        self.clock = clock or HospitalClock.unloaded(ctx)
        self.ui = Ui_AppointmentDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.appointment = appointment
        self.active_dialog: QDialog | None = None
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.checkInButton.clicked.connect(lambda: self._act(scheduling.check_in))
        self.ui.acceptButton.clicked.connect(lambda: self._act(scheduling.accept))
        self.ui.noShowButton.clicked.connect(lambda: self._act(scheduling.mark_no_show))
        self.ui.declineButton.clicked.connect(lambda: self._act_with_reason(scheduling.decline))
        self.ui.cancelAppointmentButton.clicked.connect(lambda: self._act_with_reason(scheduling.cancel))
        self.ui.rescheduleButton.clicked.connect(self.reschedule)
        self.ui.slipButton.clicked.connect(self.print_slip)
        self.ui.cancelReasonEdit.textEdited.connect(lambda _t: self._reason_problem(""))
        self.ui.cancelReasonLabel.setBuddy(self.ui.cancelReasonEdit)
        # Enter in the dialog must not trigger an action by accident: only Close is a default.
        for button in self.ui.actionBox.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.waiting_matches: tuple[Any, ...] = ()
        # After a cancellation: "Book this slot for …" the first patients on the waiting list.
        self.slot_offer = SlotOffer(ctx=ctx, runner=runner, clock=self.clock, parent=self)
        self.slot_offer.booked.connect(self.waiting_booked)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.messageLabel) + 1, self.slot_offer)
        show_message(self.ui.messageLabel, "")
        self.show_appointment(appointment)
        if not self.clock.loaded:  # opened without the screen's clock: read the hospital's zone, then show again
            runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded, on_failure=lambda _error: None,
                       owner=self)

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        self.slot_offer.clock = clock
        self.show_appointment(self.appointment)

    # --- showing ---------------------------------------------------------------------------------------

    def show_appointment(self, appointment: Any) -> None:
        self.appointment = appointment
        a = appointment
        self.setWindowTitle(self.tr("Appointment — %1").replace("%1", a.patient_name))
        self.ui.headingLabel.setText(f"{a.patient_name} · {format_span(a.starts_at, a.ends_at, self.clock)}")
        status = domain_word(STATUS_LABELS.get(a.status, a.status))
        if a.overbooked:
            status += " · " + self.tr("OVERBOOKED: %1").replace("%1", a.overbook_reason or "")
        self.ui.statusLabel.setText(status.upper() if not a.overbooked else status)
        # Coloured as on the calendar by the statusLabel[status=…] rules in resources/style.qss.
        set_style_property(self.ui.statusLabel, "status", a.status if a.status in STATUS_COLOURS else "booked")
        self.ui.patientValue.setText(self.tr("{name} · MRN {mrn}").format(name=a.patient_name, mrn=a.patient_mrn))
        self.ui.whenValue.setText(format_span(a.starts_at, a.ends_at, self.clock))
        self.ui.doctorValue.setText(a.doctor_name)
        self.ui.roomValue.setText(a.room or self.tr("Not assigned"))
        self.ui.kindValue.setText(domain_word(KIND_LABELS.get(a.kind, a.kind)))
        self.ui.reasonValue.setText(a.shown_reason or "—")
        note = a.cancel_reason or ""
        if a.checked_in_at and a.status in ("checked_in", "in_consultation"):
            note = self.tr("Checked in at %1").replace("%1", format_time(self.clock.local(a.checked_in_at)))
        self.ui.noteCaption.setVisible(bool(note))
        self.ui.noteValue.setVisible(bool(note))
        self.ui.noteValue.setText(note)
        self._update_actions()

    def _update_actions(self) -> None:
        a, ctx = self.appointment, self._ctx
        desk = is_reception(ctx)
        own = is_own(ctx, a)
        today = self.clock.local(a.starts_at).date() == self.clock.today()
        started = a.starts_at <= ctx.clock.now()
        visible: dict[QPushButton, bool] = {
            # Check-in is for the day itself, a no-show once the time has come (the service says the same).
            self.ui.checkInButton: desk and today and can_transition(a.status, "checked_in"),
            self.ui.acceptButton: (own or ctx.user.is_owner) and a.status in ACCEPT_FROM,
            self.ui.declineButton: (own or ctx.user.is_owner) and can_transition(a.status, "declined"),
            self.ui.noShowButton: desk and started and can_transition(a.status, "no_show"),
            self.ui.rescheduleButton: desk and (a.status in UPCOMING or a.status == "declined"),
            self.ui.cancelAppointmentButton: desk and can_transition(a.status, "cancelled"),
            self.ui.slipButton: desk and a.status in PRINTABLE_STATUSES,
        }
        for button, shown in visible.items():
            button.setVisible(shown)
        needs_reason = visible[self.ui.declineButton] or visible[self.ui.cancelAppointmentButton]
        for widget in (self.ui.cancelReasonLabel, self.ui.cancelReasonEdit):
            widget.setVisible(needs_reason)
        if not needs_reason:
            show_message(self.ui.cancelReasonError, "")
        self.ui.actionBox.setVisible(any(visible.values()))
        if a.status == "declined" and desk:
            show_message(self.ui.messageLabel, self.tr("The doctor declined this appointment. Move it to another "
                                                       "slot, or cancel it if the patient no longer wants one."),
                         role="info")

    # --- actions ---------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.ui.actionBox.setEnabled(not busy)

    def _act(self, action: Callable[..., Any], *args: Any) -> None:
        ctx, appointment_id = self._ctx, self.appointment.id
        self._busy(True)
        show_message(self.ui.messageLabel, "")
        self._runner.run(lambda: action(ctx, appointment_id, *args), on_success=self._done,
                         on_failure=self._failed, owner=self)

    def _act_with_reason(self, action: Callable[..., Any]) -> None:
        reason = " ".join(self.ui.cancelReasonEdit.text().split())
        if not reason:
            self._reason_problem(self.tr("Say why, for the patient's record and for reception."))
            self.ui.cancelReasonEdit.setFocus()
            return
        self._act(action, reason)

    def _reason_problem(self, message: str) -> None:
        show_message(self.ui.cancelReasonError, message)
        mark_invalid(self.ui.cancelReasonEdit, bool(message), message)

    def _done(self, appointment: Any) -> None:
        self._busy(False)
        self.ui.cancelReasonEdit.clear()
        show_message(self.ui.messageLabel, self.tr("Saved: %1.").replace(
            "%1", domain_word(STATUS_LABELS.get(appointment.status, appointment.status)).lower()), role="info")
        self.show_appointment(appointment)
        self.changed.emit(appointment)
        if appointment.status == "cancelled" and is_reception(self._ctx) and appointment.cancel_reason != "rescheduled":
            ctx, appointment_id = self._ctx, appointment.id
            self._runner.run(lambda: scheduling.waiting_list_matches(ctx, appointment_id),
                             on_success=self._offer_to_waiting_list, on_failure=lambda _error: None, owner=self)

    def _offer_to_waiting_list(self, matches: tuple[Any, ...]) -> None:
        """A cancellation frees a slot: name the first patients on the waiting list who want it."""
        self.waiting_matches = tuple(matches)
        if not matches:
            return
        names = "; ".join(self.tr("{name} (MRN {mrn})").format(name=m.patient_name, mrn=m.patient_mrn)
                          for m in matches)
        show_message(self.ui.messageLabel, self.tr("Cancelled. This time could go to someone on the waiting list: "
                                                   "%1.").replace("%1", names), role="info")
        self.slot_offer.set_offer(self.appointment, self.waiting_matches)

    def _failed(self, error: ServiceError) -> None:
        self._busy(False)
        if isinstance(error, ValidationFailed) and "reason" in error.problems:
            self._reason_problem(error.problems["reason"])
            return
        show_message(self.ui.messageLabel, str(error))

    def reschedule(self) -> None:
        from hms_desktop.ui.dialogs.book_dialog import BookDialog

        dialog = BookDialog(self._runner, self._ctx, reschedule=self.appointment, clock=self.clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._done)
        self.active_dialog = dialog
        dialog.open()

    def print_slip(self) -> None:
        ctx, appointment_id = self._ctx, self.appointment.id
        self._runner.run(lambda: slips.appointment_slip(ctx, appointment_id), on_success=self._preview,
                         on_failure=lambda error: show_message(self.ui.messageLabel, str(error)), owner=self)

    def _preview(self, job: PrintJob) -> None:
        from hms_desktop.ui.dialogs.print_preview import open_print_preview

        self.active_dialog = open_print_preview(job, ctx=self._ctx, runner=self._runner, parent=self)
