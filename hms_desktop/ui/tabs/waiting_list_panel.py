"""Reception's waiting list beside the day, and the offer of a freed slot to the first patients on it.

``WaitingListPanel`` lists who is waiting, for which doctor or specialty, since when and for which days; adds
(the waiting-list dialog), removes, and books (the book dialog preset to the patient and the doctor or
specialty; the entry then becomes "booked" and leaves the list). It also watches the live "appointments"
notifications: when an upcoming appointment is cancelled anywhere, it asks the service for the matching
waiting patients (``waiting_list_matches``, longest waiting first) and shows them in a ``SlotOffer``.

``SlotOffer`` (also used by the appointment dialog right after a cancellation) has one button per patient,
"Book this slot for …", which books the freed time for that patient and marks their entry booked. If another
desk was quicker, the service answers ``SlotTaken`` and the offer says the slot was just taken.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.live_screen import LiveScreen

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
OFFER_LIMIT = 3
REASON_MAX = 500

PANEL_STYLE = """
QListWidget#waitingList::item { padding: 5px 4px; border-bottom: 1px solid #e3e7ec; }
QFrame#slotOffer { background: #fff8e1; border: 1px solid #f0b429; border-radius: 6px; }
QFrame#slotOffer QLabel { background: transparent; }
QLabel#offerTitle { font-weight: 600; color: #7c4a03; }
QPushButton#offerButton { text-align: left; padding: 4px 8px; }
"""


def wanted_with(entry: Any) -> str:
    return entry.doctor_name if entry.doctor_id is not None else f"any {entry.specialty or 'doctor'}"


def days_text(entry: Any) -> str:
    first = f"{entry.earliest:%d %b}"
    return f"from {first}" + (f" to {entry.latest:%d %b}" if entry.latest else "")


def entry_text(entry: Any, today: date | None = None) -> str:
    today = today or date.today()
    since = entry.created_at.astimezone()
    waited = max(0, (today - since.date()).days)
    text = (f"{entry.patient_name} · MRN {entry.patient_mrn}\n{wanted_with(entry)} · {days_text(entry)}\n"
            f"waiting since {since:%d %b %H:%M}" + (f" ({waited} d)" if waited else " (today)"))
    if entry.note:
        text += f"\n“{entry.note}”"
    return text


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

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slotOffer")
        self.setStyleSheet(PANEL_STYLE)
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
        start = freed.starts_at.astimezone()
        self.title_label.setText(self.tr("Freed: %1, %2 with %3. Waiting list, longest waiting first:")
                                 .replace("%1", f"{start:%a %d %b}").replace("%2", f"{start:%H:%M}")
                                 .replace("%3", freed.doctor_name))
        for entry in self.matches:
            button = QPushButton(self.tr("Book this slot for %1").replace("%1", entry.patient_name), self,
                                 objectName="offerButton")
            button.setAutoDefault(False)
            button.setToolTip(f"MRN {entry.patient_mrn} · {wanted_with(entry)} · {days_text(entry)}"
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
        start = appointment.starts_at.astimezone()
        self.title_label.setText(self.tr("Booked from the waiting list: %1 with %2 on %3.")
                                 .replace("%1", appointment.patient_name).replace("%2", appointment.doctor_name)
                                 .replace("%3", f"{start:%a %d %b %H:%M}"))
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


class WaitingListPanel(QWidget):
    """``booked(AppointmentDTO)`` when a waiting patient was booked from here (the list or an offer)."""

    booked = Signal(object)
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingListPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._ctx = ctx
        self._runner = runner
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
        self.list = QListWidget(self, objectName="waitingList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        ctx = self._ctx
        self.live_screen.load(self._runner, lambda: scheduling.waiting_list(ctx), on_success=self._show,
                              on_failure=self._load_failed)

    def _load_failed(self, error: ServiceError) -> None:
        show_message(self.message_label, self.tr("The waiting list could not be loaded: %1")
                     .replace("%1", str(error)))

    def _show(self, entries: tuple[Any, ...]) -> None:
        current = self.selected_entry()
        self.entries = tuple(entries)
        self.list.blockSignals(True)
        self.list.clear()
        today = date.today()
        for entry in self.entries:
            item = QListWidgetItem(entry_text(entry, today))
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(self.tr("Enter or double-click to find a slot and book it"))
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

        dialog = WaitingListDialog(self._runner, self._ctx, parent=self, **preset)
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
        dialog = BookDialog(self._runner, self._ctx, patient_id=entry.patient_id,
                            patient_label=f"{entry.patient_name} (MRN {entry.patient_mrn})",
                            doctor_id=entry.doctor_id, specialty_id=entry.specialty_id, parent=self)
        if entry.earliest > date.today():
            dialog.ui.fromDateEdit.setDate(dialog.ui.fromDateEdit.date().addDays(
                (entry.earliest - date.today()).days))
        dialog.booked.connect(lambda appointment: self._booked_from_list(entry, appointment))
        self._open(dialog)
        return dialog

    def _booked_from_list(self, entry: Any, appointment: Any) -> None:
        ctx = self._ctx
        self._runner.run(lambda: scheduling.set_waiting_status(ctx, entry.id, "booked"),
                         on_success=lambda _e: self.reload(), on_failure=self._failed, owner=self)
        self.booked.emit(appointment)

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
                    freed.starts_at <= datetime.now().astimezone():
                return freed, ()
            return freed, scheduling.waiting_list_matches(ctx, appointment_id, limit=OFFER_LIMIT)

        def show(result: tuple[Any, tuple[Any, ...]]) -> None:
            freed, matches = result
            if matches:
                self.offer.set_offer(freed, matches)

        def failed(error: ServiceError) -> None:
            log.info("No waiting-list offer: %s", error)

        self._runner.run(load, on_success=show, on_failure=failed, owner=self)
