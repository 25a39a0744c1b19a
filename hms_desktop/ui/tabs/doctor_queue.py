"""A doctor's "My day": today's appointments, the patients waiting (with their waiting time, ticking), the one in
consultation; Call next and Complete.

Live like the calendars: it listens on "appointments" (reception's check-in on another workstation shows here
within a second), reloads debounced, reloads after a lost connection comes back, and once more shortly after
it starts listening. Waiting times tick every few seconds without asking the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from hms_desktop.domain.scheduling import KIND_LABELS, STATUS_LABELS
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_time, format_weekday_date
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui import colours
from hms_desktop.ui.domain_words import domain_label
from hms_desktop.ui.forms.ui_doctor_queue import Ui_DoctorQueue
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.action_feedback import action_feedback
from hms_desktop.ui.widgets.day_calendar import STATUS_COLOURS
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.live_screen import LiveScreen
from hms_desktop.ui.widgets.scroll_body import scroll_body

log = logging.getLogger(__name__)

LIVE_CHANNEL = "appointments"
TICK_MS = 5000
LONG_WAIT_MINUTES = 20  # past this the waiting time is shown in amber, after a warning sign
LONG_WAIT_MARK = "⚠ "
ID_ROLE = Qt.ItemDataRole.UserRole

def waiting_text(since: datetime | None, now: datetime) -> str:
    """``4 min``, ``1 h 05 min``: how long a checked-in patient has been waiting."""
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


class DoctorQueue(QWidget):
    """``patient_called(patient_id, appointment_id)`` is emitted after a patient was called in (Call next, or
    a waiting patient chosen) and when the doctor asks to open the chart of the patient in consultation; the
    Consultation tab opens that chart. ``opens_charts`` shows the "Open chart" button on the consultation
    card; ``compact`` stacks the waiting list over the day's appointments for a narrow column."""

    loaded = Signal()
    patient_called = Signal(int, int)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None, doctor_id: int | None = None,
                 opens_charts: bool = False, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opens_charts = opens_charts
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)  # the hospital's zone is read with the first reload
        self.day = self.clock.today()
        self.entries: tuple[Any, ...] = ()
        self.appointments: tuple[Any, ...] = ()
        self.current: Any = None
        self.active_dialog: QDialog | None = None
        self._load_failed = False
        self.now: Callable[[], datetime] = self._hospital_now  # tests replace it to let time pass
        own = ctx.user.has(Group.DOCTOR) and ctx.user.staff_id is not None and doctor_id in (None, ctx.user.staff_id)
        self.doctor_id: int | None = doctor_id if doctor_id is not None else (ctx.user.staff_id if own else None)
        self._build(choose_doctor=not own)
        self._compact = compact
        if compact:
            self._make_compact()

        self.live_screen = LiveScreen(self, live=live, channel=LIVE_CHANNEL, reload=self.reload)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        if self.doctor_combo is not None:
            runner.run(lambda: scheduling.doctors(ctx), on_success=self._show_doctors,
                       on_failure=self._failed_load, owner=self)
        self.reload()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self, *, choose_doctor: bool) -> None:
        """The widgets come from forms/doctor_queue.ui; here only what Designer cannot say."""
        self.ui = Ui_DoctorQueue()
        self.ui.setupUi(self)  # names it "doctorQueue": the scope of its rules in resources/style.qss
        # The names the rest of this class and the tests use.
        self.title = self.ui.queueTitle
        self.summary_label = self.ui.summaryLabel
        self.message_label = self.ui.messageLabel
        self.consult_card = self.ui.consultCard
        self.consult_caption = self.ui.consultCaption
        self.consult_name = self.ui.consultName
        self.consult_detail = self.ui.consultDetail
        self.complete_button = self.ui.completeButton
        self.open_chart_button = self.ui.openChartButton
        self.waiting_title = self.ui.waitingTitle
        self.call_next_button = self.ui.callNextButton
        self.waiting_tree = self.ui.waitingTree
        self.day_tree = self.ui.dayTree

        # A doctor's own day has no choice of doctor: hidden, the label and list take no room in the bar.
        self.doctor_combo: QComboBox | None = self.ui.doctorCombo if choose_doctor else None
        self.ui.doctorLabel.setVisible(choose_doctor)
        self.ui.doctorCombo.setVisible(choose_doctor)
        if self.doctor_combo is not None:
            self.doctor_combo.currentIndexChanged.connect(self._doctor_chosen)
        show_message(self.message_label, "")
        # Until the first answer: no empty "in consultation" card with a live Complete, no Call next that
        # could call nobody.
        self.consult_card.setVisible(False)
        self.call_next_button.setEnabled(False)
        loading = QTreeWidgetItem([self.tr("Loading…")])
        loading.setFlags(Qt.ItemFlag.NoItemFlags)
        self.waiting_tree.addTopLevelItem(loading)
        loading.setFirstColumnSpanned(True)

        header = self.waiting_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header = self.day_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.complete_button.clicked.connect(self.complete_current)
        self.open_chart_button.setVisible(self._opens_charts)
        self.open_chart_button.clicked.connect(self.open_current_chart)
        self.call_next_button.clicked.connect(self.call_next)
        self.waiting_tree.itemActivated.connect(lambda item, _c: self.call(int(item.data(0, ID_ROLE))))
        self.day_tree.itemActivated.connect(lambda item, _c: self.open_appointment(int(item.data(0, ID_ROLE))))

    def _make_compact(self) -> None:
        """A narrow column (the Consultation tab's worklist): the waiting list over the day's appointments,
        and the consultation card's buttons on a row under the patient's name so the name has the width."""
        self.ui.columnsLayout.setDirection(QBoxLayout.Direction.TopToBottom)
        self.ui.barLayout.removeWidget(self.summary_label)
        self.ui.mainLayout.insertWidget(1, self.summary_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_chart_button, self.complete_button):
            self.ui.consultLayout.removeWidget(button)
            buttons.addWidget(button)
        self.ui.consultText.addLayout(buttons)
        # Stacked, the card, the waiting list and the day are taller than a screen at 200 % (520 px, and more
        # with a taller system font): the column scrolls rather than push the window off the screen.
        self.compact_scroll = scroll_body(self.ui.mainLayout)

    # --- loading ---------------------------------------------------------------------------------------

    def _show_doctors(self, doctors: tuple[Any, ...]) -> None:
        assert self.doctor_combo is not None
        self.doctor_combo.blockSignals(True)
        for doctor in doctors:
            self.doctor_combo.addItem(doctor.name, doctor.id)
        self.doctor_combo.blockSignals(False)
        if self.doctor_id is None and doctors:
            self.doctor_combo.setCurrentIndex(0)
            self._doctor_chosen()
        else:
            self.doctor_combo.setCurrentIndex(max(0, self.doctor_combo.findData(self.doctor_id)))

    def _doctor_chosen(self, *_args: object) -> None:
        assert self.doctor_combo is not None
        value = self.doctor_combo.currentData()
        self.doctor_id = int(value) if value is not None else None
        self.reload()

    def set_doctor(self, doctor_id: int) -> None:
        if self.doctor_combo is not None:
            index = self.doctor_combo.findData(doctor_id)
            if index >= 0:
                self.doctor_combo.setCurrentIndex(index)
                return
        self.doctor_id = doctor_id
        self.reload()

    def reload(self) -> None:
        doctor_id = self.doctor_id
        if doctor_id is None:
            self.live_screen.debounce.stop()
            show_message(self.message_label, self.tr("Choose a doctor to see their day."), role="info")
            return
        ctx, known = self._ctx, self.clock

        def load() -> tuple[HospitalClock, date, tuple[Any, ...], tuple[Any, ...]]:
            clock = known if known.loaded else hospital_clock(ctx)
            day = clock.today()  # the hospital's today
            entries = scheduling.queue(ctx, doctor_id, day)
            view = scheduling.day_view(ctx, day, doctor_ids=[doctor_id])
            return clock, day, entries, tuple(a for column in view.columns for a in column.appointments
                                              if a.status != "cancelled")

        self.live_screen.load(self._runner, load, on_success=lambda result: self._loaded(*result),
                              on_failure=self._failed_load)

    def _failed_load(self, error: ServiceError) -> None:
        self._load_failed = True
        show_message(self.message_label, self.tr("My day could not be loaded: %1").replace("%1", str(error)))

    def _loaded(self, clock: HospitalClock, day: date, entries: tuple[Any, ...],
                appointments: tuple[Any, ...]) -> None:
        if self._load_failed:  # only the load's own complaint goes away; what an action did stays
            show_message(self.message_label, "")
            self._load_failed = False
        self.clock, self.day = clock, day
        # The service's waiting minutes are as of the query; the list ticks on from check-in time itself.
        self.entries = tuple(e.appointment for e in entries if e.appointment.status == "checked_in")
        self.current = next((e.appointment for e in entries if e.appointment.status == "in_consultation"), None)
        self.appointments = tuple(appointments)
        name = next((a.doctor_name for a in (*self.appointments, *self.entries)), "")
        if self.doctor_combo is None:
            name = name or self._ctx.user.full_name
        if self._compact:  # the doctor's own worklist: the name would only take the width
            self.title.setText(self.tr("Today") + f" · {format_weekday_date(day)}")
        else:
            self.title.setText(self.tr("My day") + (f" — {name}" if name and self.doctor_combo is None else "")
                               + f" · {format_weekday_date(day)}")
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        now = self.now()
        self.waiting_tree.clear()
        for entry in self.entries:
            item = QTreeWidgetItem([self.tr("{name} · MRN {mrn}").format(name=entry.patient_name,
                                                                         mrn=entry.patient_mrn),
                                    format_time(self.clock.local(entry.starts_at)),
                                    waiting_text(entry.checked_in_at, now)])
            item.setData(0, ID_ROLE, entry.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
            self._mark_long_wait(item, entry, now)
            self.waiting_tree.addTopLevelItem(item)
        if not self.entries:
            item = QTreeWidgetItem([self.tr("Nobody is waiting.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting_tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self.waiting_title.setText(self.tr("Waiting (%1)").replace("%1", str(len(self.entries))))
        self.call_next_button.setEnabled(bool(self.entries) and self.current is None)
        self.call_next_button.setToolTip(
            self.tr("Complete the current consultation first") if self.current is not None
            else self.tr("Call the patient who has waited longest into consultation"))

        self.consult_card.setVisible(self.current is not None)
        if self.current is not None:
            c = self.current
            self.consult_name.setText(self.tr("{name} · MRN {mrn}").format(name=c.patient_name, mrn=c.patient_mrn))
            since = format_time(self.clock.local(c.called_at)) if c.called_at else ""
            self.consult_detail.setText(self.tr("Booked for %1 · called in at %2")
                                        .replace("%1", format_time(self.clock.local(c.starts_at)))
                                        .replace("%2", since))

        self.day_tree.clear()
        for a in self.appointments:
            status = domain_label(STATUS_LABELS, a.status)
            item = QTreeWidgetItem([format_time(self.clock.local(a.starts_at)), a.patient_name,
                                    domain_label(KIND_LABELS, a.kind), status])
            item.setData(0, ID_ROLE, a.id)
            background, _accent, ink = STATUS_COLOURS.get(a.status, STATUS_COLOURS["booked"])
            item.setBackground(3, QBrush(QColor(background)))
            item.setForeground(3, QBrush(QColor(ink)))
            item.setToolTip(1, a.shown_reason or "")
            self.day_tree.addTopLevelItem(item)
        if not self.appointments:
            item = QTreeWidgetItem([self.tr("No appointments today.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        done = sum(1 for a in self.appointments if a.status == "completed")
        active = sum(1 for a in self.appointments if a.status not in ("cancelled", "declined", "no_show"))
        self.summary_label.setText(self.tr("%1 of %2 seen · updated %3").replace("%1", str(done))
                                   .replace("%2", str(active)).replace("%3", self.clock.time_text()))

    def _hospital_now(self) -> datetime:
        return self.clock.now()

    def tick(self) -> None:
        """Move the waiting times on without asking the database."""
        now = self.now()
        for i in range(self.waiting_tree.topLevelItemCount()):
            item = self.waiting_tree.topLevelItem(i)
            if item is None:
                continue
            entry = next((e for e in self.entries if e.id == item.data(0, ID_ROLE)), None)
            if entry is not None:
                item.setText(2, waiting_text(entry.checked_in_at, now))
                self._mark_long_wait(item, entry, now)

    def _mark_long_wait(self, item: QTreeWidgetItem, entry: Any, now: datetime) -> None:
        waited = (now - entry.checked_in_at).total_seconds() / 60 if entry.checked_in_at else 0
        long_wait = waited >= LONG_WAIT_MINUTES
        # A long wait is said with a symbol as well as the colour (issue 15.3); the tooltip says it in words.
        text = item.text(2).removeprefix(LONG_WAIT_MARK)
        item.setText(2, LONG_WAIT_MARK + text if long_wait else text)
        item.setForeground(2, QBrush(QColor(colours.WARNING_TEXT if long_wait else colours.TEXT)))
        item.setToolTip(2, self.tr("Waiting longer than %1 minutes").replace("%1", str(LONG_WAIT_MINUTES))
                        if long_wait else "")

    def waiting_rows(self) -> list[tuple[str, str, str]]:
        """What the waiting list says (for tests and screen readers)."""
        rows = []
        for i in range(self.waiting_tree.topLevelItemCount()):
            item = self.waiting_tree.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) is not None:
                rows.append((item.text(0), item.text(1), item.text(2)))
        return rows

    # --- actions ---------------------------------------------------------------------------------------

    def _act(self, fn: Any, *, calls_in: bool = False) -> None:
        show_message(self.message_label, "")
        # The button pressed may go (Complete) or be disabled (Call next): the focus stays in the queue.
        focus = QApplication.focusWidget()
        back_to = focus if focus is not None and self.isAncestorOf(focus) else self.waiting_tree

        def done(result: Any) -> None:
            self.status_changed(result, focus=back_to)
            if calls_in and result is not None and getattr(result, "status", None) == "in_consultation":
                self.patient_called.emit(int(result.patient_id), int(result.id))

        self._runner.run(fn, on_success=done, on_failure=lambda error: self._action_failed(error, focus=back_to),
                         owner=self)

    def status_changed(self, appointment: Any, *, focus: QWidget | None = None) -> None:
        """The banner says what the action just did, at the hospital's time; the focus stays in the queue."""
        if appointment is not None and hasattr(appointment, "status"):
            show_message(self.message_label, action_feedback(appointment, self.clock), role="info")
        self.reload()
        self._restore_focus(focus)

    def _restore_focus(self, widget: QWidget | None) -> None:
        if widget is None or not isValid(widget) or not widget.isVisible() or not widget.isEnabled():
            widget = self.waiting_tree  # the pressed button went: the list the doctor works from
        if self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action_failed(self, error: ServiceError, *, focus: QWidget | None = None) -> None:
        show_message(self.message_label, str(error))
        self.reload()
        self._restore_focus(focus)

    def call_next(self) -> None:
        ctx, doctor_id = self._ctx, self.doctor_id
        if doctor_id is not None:
            self._act(lambda: scheduling.call_next(ctx, doctor_id), calls_in=True)

    def call(self, appointment_id: int) -> None:
        ctx = self._ctx
        self._act(lambda: scheduling.call_in(ctx, appointment_id), calls_in=True)

    def open_current_chart(self) -> None:
        """The doctor asks for the chart of the patient already in consultation."""
        if self.current is not None:
            self.patient_called.emit(int(self.current.patient_id), int(self.current.id))

    def complete_current(self) -> None:
        if self.current is None:
            return
        ctx, appointment_id = self._ctx, self.current.id
        self._act(lambda: scheduling.complete(ctx, appointment_id))

    def open_appointment(self, appointment_id: int) -> None:
        from hms_desktop.ui.dialogs.appointment_dialog import AppointmentDialog

        appointment = next((a for a in self.appointments if a.id == appointment_id), None)
        if appointment is None:
            return
        dialog = AppointmentDialog(self._runner, self._ctx, appointment, clock=self.clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.status_changed)
        back_to = QApplication.focusWidget()
        dialog.finished.connect(lambda _result: self._restore_focus(back_to if back_to is not None
                                                                    and isValid(back_to)
                                                                    and self.isAncestorOf(back_to) else None))
        self.active_dialog = dialog
        dialog.open()
