"""The offer of a freed slot to the first patients on the waiting list who want it.

``SlotOffer`` (on the Scheduling tab's waiting list, and in the appointment dialog right after a
cancellation) has one button per patient, "Book this slot for …", which books the freed time for that patient
and marks their entry booked in one service call. If another desk was quicker, the service answers
``SlotTaken`` and the offer says the slot was just taken.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hms_desktop.formats import format_day_month, format_time, format_weekday_date
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

OFFER_LIMIT = 3


def wanted_with(entry: Any) -> str:
    if entry.doctor_id is not None:
        return str(entry.doctor_name)
    if entry.specialty:
        return QCoreApplication.translate("SlotOffer", "any {specialty}").format(specialty=entry.specialty)
    return QCoreApplication.translate("SlotOffer", "any doctor")


def days_text(entry: Any) -> str:
    if entry.latest:
        return QCoreApplication.translate("SlotOffer", "from {first} to {last}").format(
            first=format_day_month(entry.earliest), last=format_day_month(entry.latest))
    return QCoreApplication.translate("SlotOffer", "from {first}").format(first=format_day_month(entry.earliest))


def book_freed_slot(ctx: ServiceContext, freed: Any, entry: Any) -> Any:
    """Book the time a cancelled appointment freed for a waiting patient, as long as it was, and mark their
    entry booked: one service call, one transaction. Runs on a worker thread. ``SlotTaken`` when another
    desk was quicker."""
    return scheduling.book_from_waiting_list(ctx, entry.id, freed.doctor_id, freed.starts_at, ends_at=freed.ends_at,
                                             kind=freed.kind, resource_id=freed.resource_id)


class SlotOffer(QFrame):
    """A freed slot and the first waiting patients who want it, one "Book this slot for …" button each.
    ``booked(AppointmentDTO)`` after one of them is booked."""

    booked = Signal(object)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, clock: HospitalClock | None = None,
                 parent: QWidget | None = None) -> None:
        """``clock``: the host's ``HospitalClock`` (times on the hospital's wall clock); the host replaces
        ``self.clock`` once it has read the hospital's zone."""
        super().__init__(parent)
        self.clock = clock or HospitalClock.unloaded(ctx)
        self.setObjectName("slotOffer")  # its look: resources/style.qss
        self._ctx = ctx
        self._runner = runner
        self.freed: Any = None
        self.matches: tuple[Any, ...] = ()
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title_label = QLabel(self, objectName="offerTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title_label, 1)
        self.dismiss_button = QPushButton(self.tr("✕"), self)
        self.dismiss_button.setToolTip(self.tr("Dismiss this offer"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this offer"))
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.clear)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self._button_layout = QVBoxLayout()
        self._button_layout.setSpacing(3)
        layout.addLayout(self._button_layout)
        self.message_label = QLabel(self, objectName="messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        show_message(self.message_label, "")
        layout.addWidget(self.message_label)
        self.hide()

    def set_offer(self, freed: Any, matches: tuple[Any, ...]) -> None:
        """Offer ``freed`` (the cancelled appointment) to ``matches``; hidden when nobody matches."""
        self._clear_buttons()
        show_message(self.message_label, "")
        self.freed, self.matches = freed, tuple(matches)[:OFFER_LIMIT]
        if not self.matches:
            self.hide()
            return
        start = self.clock.local(freed.starts_at)
        self.title_label.setText(self.tr("Freed: %1, %2 with %3. Waiting list, longest waiting first:")
                                 .replace("%1", format_weekday_date(start)).replace("%2", format_time(start))
                                 .replace("%3", freed.doctor_name))
        for entry in self.matches:
            button = QPushButton(self.tr("Book this slot for %1").replace("%1", entry.patient_name), self,
                                 objectName="offerButton")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("MRN {mrn} · {wanted} · {days}").format(
                mrn=entry.patient_mrn, wanted=wanted_with(entry), days=days_text(entry))
                              + (f"\n{entry.note}" if entry.note else ""))
            button.clicked.connect(lambda _checked=False, e=entry: self.book(e))
            self._button_layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def _clear_buttons(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []

    def clear(self) -> None:
        self._clear_buttons()
        self.freed, self.matches = None, ()
        self.hide()

    def button_texts(self) -> list[str]:
        return [b.text() for b in self.buttons]

    def book(self, entry: Any) -> None:
        if self.freed is None:
            return
        ctx, freed = self._ctx, self.freed
        for button in self.buttons:
            button.setEnabled(False)
        show_message(self.message_label, "")
        self._runner.run(lambda: book_freed_slot(ctx, freed, entry), on_success=self._booked,
                         on_failure=self._failed, owner=self)

    def _booked(self, appointment: Any) -> None:
        self._clear_buttons()
        start = self.clock.local(appointment.starts_at)
        self.title_label.setText(self.tr("Booked from the waiting list: %1 with %2 on %3.")
                                 .replace("%1", appointment.patient_name).replace("%2", appointment.doctor_name)
                                 .replace("%3", f"{format_weekday_date(start)} {format_time(start)}"))
        self.freed, self.matches = None, ()
        self.booked.emit(appointment)

    def _failed(self, error: ServiceError) -> None:
        if isinstance(error, scheduling.SlotTaken):
            self._clear_buttons()
            self.freed = None
            show_message(self.message_label, self.tr("This slot was just taken by another booking; nobody on the "
                                                     "waiting list was booked."))
            return
        for button in self.buttons:
            button.setEnabled(True)
        show_message(self.message_label, str(error))
