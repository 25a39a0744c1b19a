"""Reception's waiting list beside the day, and the offer of a freed slot to the first patients on it.

``WaitingListPanel`` lists who is waiting, for which doctor or specialty, since when and for which days; adds
(the waiting-list dialog), removes, and books (the book dialog opened for the entry: the appointment is made
and the entry marked booked in one service call, and it leaves the list). It also watches the live "appointments"
notifications: when an upcoming appointment is cancelled anywhere, it asks the service for the matching
waiting patients (``waiting_list_matches``, longest waiting first) and shows them in a ``SlotOffer``.

``SlotOffer`` (ui/widgets/slot_offer.py, also used by the appointment dialog right after a cancellation) has
one button per patient, "Book this slot for …".
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.formats import format_day_month, format_time
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.live_screen import LiveScreen
from hms_desktop.ui.widgets.slot_offer import OFFER_LIMIT, SlotOffer, days_text, wanted_with
from hms_desktop.ui.widgets.wrapped_list import wrap_entries

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
REASON_MAX = 500

def entry_text(entry: Any, clock: HospitalClock) -> str:
    """``clock``: the hospital's (its today, and the time on its wall clock)."""
    since = clock.local(entry.created_at)
    waited = max(0, (clock.today() - since.date()).days)
    since_text = f"{format_day_month(since)} {format_time(since)}"
    waiting = (QCoreApplication.translate("WaitingListPanel", "waiting since {since} (%n d)", None, waited)
               if waited else QCoreApplication.translate("WaitingListPanel", "waiting since {since} (today)"))
    text = QCoreApplication.translate("WaitingListPanel", "{name} · MRN {mrn}").format(
        name=entry.patient_name, mrn=entry.patient_mrn)
    text += f"\n{wanted_with(entry)} · {days_text(entry)}\n" + waiting.format(since=since_text)
    if entry.note:
        text += f"\n“{entry.note}”"
    return text


class WaitingListPanel(QWidget):
    """``booked(AppointmentDTO)`` when a waiting patient was booked from here (the list or an offer)."""

    booked = Signal(object)
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingListPanel")  # its look: resources/style.qss
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)  # the hospital's zone is read with the first reload
        # No channel of its own: the Scheduling tab's LiveScreen reloads it; this one drops stale answers.
        self.live_screen = LiveScreen(self, live=None, channel="appointments", reload=self.reload)
        self.entries: tuple[Any, ...] = ()
        self.active_dialog: QDialog | None = None
        self.active_confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title_label = QLabel(self.tr("Waiting list"), self, objectName="panelTitle")
        layout.addWidget(self.title_label)
        self.offer = SlotOffer(ctx=ctx, runner=runner, parent=self)
        self.offer.booked.connect(self._booked_from_offer)
        layout.addWidget(self.offer)
        self.list = QListWidget(self)
        self.list.setObjectName("waitingList")
        self.list.setAccessibleName(self.tr("Waiting list"))
        self.list.setTabKeyNavigation(False)
        wrap_entries(self.list)  # every line of an entry shown, never "…"
        self.list.itemActivated.connect(lambda _item: self.book_selected())
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setToolTip(self.tr("Add a patient who wants an earlier slot to the waiting list"))
        self.book_button = QPushButton(self.tr("Boo&k…"), self)
        self.book_button.setToolTip(self.tr("Find a slot for the selected patient with their doctor or specialty"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for button in (self.add_button, self.book_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.message_label = QLabel(self, objectName="messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        show_message(self.message_label, "")
        layout.addWidget(self.message_label)
        self.add_button.clicked.connect(lambda _checked=False: self.open_add())
        self.book_button.clicked.connect(lambda _checked=False: self.book_selected())
        self.remove_button.clicked.connect(lambda _checked=False: self.confirm_remove())
        self._selection_changed()

    # --- the list --------------------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, known = self._ctx, self.clock

        def load() -> tuple[HospitalClock, tuple[Any, ...]]:
            return (known if known.loaded else hospital_clock(ctx)), scheduling.waiting_list(ctx)

        self.live_screen.load(self._runner, load, on_success=lambda result: self._show(*result),
                              on_failure=self._load_failed)

    def _load_failed(self, error: ServiceError) -> None:
        show_message(self.message_label, self.tr("The waiting list could not be loaded: %1")
                     .replace("%1", str(error)))

    def _show(self, clock: HospitalClock, entries: tuple[Any, ...]) -> None:
        self.clock = clock
        self.offer.clock = clock
        current = self.selected_entry()
        self.entries = tuple(entries)
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(entry_text(entry, self.clock))
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(item.text() + "\n\n" + self.tr("Enter or double-click to find a slot and book it"))
            self.list.addItem(item)
            if current is not None and entry.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.title_label.setText(self.tr("Waiting list (%1)").replace("%1", str(len(self.entries))))
        self._selection_changed()
        if self.offer.freed is not None:  # someone offered here was booked or removed meanwhile: not offered
            waiting = {e.id for e in self.entries}
            still = tuple(m for m in self.offer.matches if m.id in waiting)
            if still != self.offer.matches:
                self.offer.set_offer(self.offer.freed, still)
        self.loaded.emit()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def selected_entry(self) -> Any:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return next((e for e in self.entries if e.id == item.data(ID_ROLE)), None)

    def select(self, entry_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == entry_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected_entry() is not None
        self.book_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- actions ---------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_add(self, **preset: Any) -> QDialog:
        from hms_desktop.ui.dialogs.waiting_list_dialog import WaitingListDialog

        dialog = WaitingListDialog(self._runner, self._ctx, today=self.clock.today(), parent=self, **preset)
        dialog.added.connect(self.added)
        self._open(dialog)
        return dialog

    def added(self, entry: Any) -> None:
        show_message(self.message_label, self.tr("%1 is on the waiting list for %2.")
                     .replace("%1", entry.patient_name).replace("%2", wanted_with(entry)), role="info")
        self.reload()

    def book_selected(self) -> QDialog | None:
        from hms_desktop.ui.dialogs.book_dialog import BookDialog

        entry = self.selected_entry()
        if entry is None:
            return None
        dialog = BookDialog(self._runner, self._ctx, waiting_entry=entry, clock=self.clock, parent=self)
        today = self.clock.today()
        if entry.earliest > today:
            dialog.ui.fromDateEdit.setDate(dialog.ui.fromDateEdit.date().addDays((entry.earliest - today).days))
        # The dialog has booked and marked the entry in one call: the list only has to show it is gone.
        dialog.booked.connect(self._booked_from_offer)
        self._open(dialog)
        return dialog

    def confirm_remove(self) -> QMessageBox | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove from the waiting list"),
                          self.tr("Take %1 off the waiting list for %2?").replace("%1", entry.patient_name)
                          .replace("%2", wanted_with(entry)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._remove_answered(entry, result == QMessageBox.StandardButton.Yes))
        self.active_confirm = box
        box.open()
        return box

    def _remove_answered(self, entry: Any, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            return
        ctx = self._ctx
        self._runner.run(lambda: scheduling.set_waiting_status(ctx, entry.id, "removed",
                                                               expected_version=entry.version),
                         on_success=self._removed, on_failure=self._failed, owner=self)

    def _removed(self, entry: Any) -> None:
        show_message(self.message_label, self.tr("%1 is off the waiting list.").replace("%1", entry.patient_name),
                     role="info")
        self.reload()

    def _failed(self, error: ServiceError) -> None:
        show_message(self.message_label, str(error))
        self.reload()

    # --- freed slots -----------------------------------------------------------------------------------

    def _booked_from_offer(self, appointment: Any) -> None:
        """Booked from the offer or through the Book dialog: the entry is off the list already."""
        self.reload()
        self.booked.emit(appointment)

    def notified(self, payload: str) -> None:
        """A live "appointments" notification: a cancelled upcoming appointment is offered to the list."""
        try:
            data = json.loads(payload) if payload else {}
        except ValueError:
            return
        if not isinstance(data, dict):
            return
        if data.get("table") == "waiting_list":
            self.reload()
        elif data.get("table") == "appointment" and data.get("status") == "cancelled" and data.get("id"):
            self.offer_freed(int(data["id"]))

    def offer_freed(self, appointment_id: int) -> None:
        ctx = self._ctx

        def load() -> tuple[Any, tuple[Any, ...]]:
            freed = scheduling.get_appointment(ctx, appointment_id)
            if freed.status != "cancelled" or freed.cancel_reason == "rescheduled" or \
                    freed.starts_at <= ctx.clock.now():
                return freed, ()
            return freed, scheduling.waiting_list_matches(ctx, appointment_id, limit=OFFER_LIMIT)

        def show(result: tuple[Any, tuple[Any, ...]]) -> None:
            freed, matches = result
            if matches:
                self.offer.set_offer(freed, matches)

        def failed(error: ServiceError) -> None:
            log.info("No waiting-list offer: %s", error)

        self._runner.run(load, on_success=show, on_failure=failed, owner=self)
