"""The Scheduling tab: the day (a column per doctor), one doctor's week, and a doctor's own "My day".

Reception finds and books (Find & book…, or Enter / double-click on a free slot), opens an appointment
(Enter / double-click) to check the patient in, move, cancel or mark a no-show, and drags an appointment to
another slot or doctor to move it (after a confirmation). Appointments a doctor declined are listed beside
the day, to rebook. Every screen here is live: the tab listens on "appointments" (the database notifies on
every appointment, room booking and waiting-list change), reloads what is shown (debounced), reloads after a
lost connection comes back, and once more shortly after it starts listening.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any, cast

from PySide6.QtCore import QDate, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QWidget,
)
from shiboken6 import isValid

from hms_desktop.domain.permissions import may_check_in
from hms_desktop.domain.scheduling import STATUS_LABELS, AppointmentStatus
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_time, format_weekday_date, format_weekday_time
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.scheduling import AppointmentDTO
from hms_desktop.ui.dialogs.base import window_settings
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_scheduling_tab import Ui_SchedulingTab
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tabs.doctor_queue import DoctorQueue
from hms_desktop.ui.tabs.waiting_list_panel import WaitingListPanel
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.action_feedback import action_feedback
from hms_desktop.ui.widgets.day_calendar import CalendarBlock, DayCalendar, paint_off_hours
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.live_screen import LiveScreen
from hms_desktop.ui.widgets.refresh import hand_refresh_to_host
from hms_desktop.ui.widgets.scroll_body import scroll_body
from hms_desktop.ui.widgets.week_calendar import (
    HIDDEN_STATUSES,
    WeekCalendar,
    block_for,
    column_for,
    hours_shown,
    slot_minutes_of,
)
from hms_desktop.ui.widgets.wrapped_list import wrap_entries

log = logging.getLogger(__name__)

LIVE_CHANNEL = "appointments"
ZOOM_KEY = "scheduling/doctorsPerScreen"
SIDE_PANEL_WIDTH = 280  # the side panel's width to begin with: the splitter lets the person change it
QWIDGETSIZE_MAX = (1 << 24) - 1
ID_ROLE = Qt.ItemDataRole.UserRole
# The statuses the day shows, in the enum's order (cancelled ones are hidden; declined ones are listed aside).
LEGEND = tuple(s for s in AppointmentStatus if s not in (AppointmentStatus.CANCELLED, AppointmentStatus.DECLINED))

def _appointment_of(block: CalendarBlock) -> AppointmentDTO:
    """The appointment behind a block: this screen's calendars are built with ``block_for``."""
    return cast(AppointmentDTO, block.payload)


class SchedulingTab(QWidget):
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._live = live
        # The hospital's "now" and "today": its zone is read with the first reload, which opens on its today.
        self.clock = HospitalClock.unloaded(ctx)
        self._day_chosen = False
        self.day = self.clock.today()
        self.view: Any = None
        self.declined: tuple[Any, ...] = ()
        self.active_dialog: QDialog | None = None
        self.active_confirm: QMessageBox | None = None
        self.pending_move: tuple[Any, int, datetime] | None = None
        self.can_book = ctx.user.has(Group.RECEPTION) or ctx.user.has(Group.ADMIN)
        self.is_doctor = ctx.user.has(Group.DOCTOR) and ctx.user.staff_id is not None and not ctx.user.is_owner
        self._filters_loaded = False
        self._load_failed = False
        self._build()

        # The whole tab (day, week, queue, waiting list) reloads on a change; one booking touches
        # appointment and room booking, so a burst is one reload.
        self.live_screen = LiveScreen(self, live=live, channel=LIVE_CHANNEL, reload=self.reload_all)
        if self.waiting_panel is not None:  # a cancellation elsewhere: offer it to the waiting list
            self.live_screen.notified.connect(self.waiting_panel.notified)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(lambda: self.calendar.set_now(self.clock.now()))
        self._now_timer.start()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload_all)
        runner.run(lambda: (scheduling.specialties(ctx), scheduling.doctors(ctx)),
                   on_success=self._show_filters, on_failure=self._failed_filters, owner=self)
        self.reload()
        if self.waiting_panel is not None:
            self.waiting_panel.reload()

    # --- layout ----------------------------------------------------------------------------------------

    def _legend_entry(self, swatch: QLabel, text: QLabel) -> QWidget:
        """A swatch and its word, kept on one line when the legend wraps."""
        entry = QWidget(self)
        entry.setObjectName("legendEntry")
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(swatch)
        row.addWidget(text)
        return entry

    def _build(self) -> None:
        """The widgets come from forms/scheduling_tab.ui; here only what Designer cannot say."""
        self.ui = Ui_SchedulingTab()
        self.ui.setupUi(self)  # names it "schedulingTab": the scope of its rules in resources/style.qss
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        # The names the rest of this class and the tests use.
        self.previous_button = self.ui.previousButton
        self.today_button = self.ui.todayButton
        self.next_button = self.ui.nextButton
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # Mirrored, the calendar's Ctrl+arrow goes the way it points (Ctrl+Right back a day), and the buttons'
            # arrows swap (ui/bidi.py): the tooltips name the keys that do what the button does.
            self.previous_button.setToolTip(self.tr("Previous day (Ctrl+Right in the calendar)"))
            self.next_button.setToolTip(self.tr("Next day (Ctrl+Left in the calendar)"))
        self.date_edit = self.ui.dateEdit
        self.department_combo = self.ui.departmentCombo
        self.specialty_combo = self.ui.specialtyCombo
        self.book_button = self.ui.bookButton
        self.summary_label = self.ui.summaryLabel
        # It shares its row with the legend (an entry longer since "Off hours"): two lines rather than a window
        # wider than 1280 px with a wide system font.
        self.summary_label.setWordWrap(True)
        self.message_label = self.ui.messageLabel
        self.sections = self.ui.sections

        # The lists arrive after the tab is shown: grow to the longest name then ("Obstetrics & Gynaecology"),
        # not stay at the width of "All specialties".
        for combo in (self.department_combo, self.specialty_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_combo.addItem(self.tr("All departments"), None)
        self.specialty_combo.addItem(self.tr("All specialties"), None)
        self.book_button.setVisible(self.can_book)
        # The legend, a swatch and a word per status the day shows, before the summary; style.qss colours them.
        for index, status in enumerate((*LEGEND, "overbooked")):
            swatch = QLabel(self, objectName="legendSwatch")
            swatch.setProperty("status", status)
            swatch.setFixedSize(18, 12)
            text = self.tr("Overbooked") if status == "overbooked" else domain_word(STATUS_LABELS[status])
            self.ui.legendLayout.insertWidget(index, self._legend_entry(swatch, QLabel(text, self,
                                                                                     objectName="legendText")))
        # Off hours are hatched on the calendars (a shade alone would be 1.1:1): the legend shows the hatch.
        hatch = QPixmap(16, 10)
        painter = QPainter(hatch)
        paint_off_hours(painter, QRectF(0, 0, 16, 10))
        painter.end()
        swatch = QLabel(self, objectName="legendSwatch")
        swatch.setProperty("status", "off_hours")
        swatch.setFixedSize(18, 12)
        swatch.setPixmap(hatch)
        self.ui.legendLayout.insertWidget(len(LEGEND) + 1, self._legend_entry(
            swatch, QLabel(self.tr("Off hours"), self, objectName="legendText")))
        # At 200 % (960 px wide) neither the tool bar nor the legend fits one line: both wrap (issue 15.3).
        self.bar_flow = reflow(self.ui.barLayout)
        self.legend_flow = reflow(self.ui.legendLayout)
        show_message(self.message_label, "")

        self.calendar = DayCalendar(self.ui.dayPage)
        self.ui.dayLayout.insertWidget(0, self.calendar, 1)  # beside the side panel
        self._build_zoom()
        self._build_side_panel()
        self.week = WeekCalendar(ctx=self._ctx, runner=self._runner, can_move=self.can_book, parent=self)
        self.queue: DoctorQueue | None = None
        if self.is_doctor:
            self.queue = DoctorQueue(ctx=self._ctx, runner=self._runner, parent=self)
            hand_refresh_to_host(self.queue)  # this tab's F5 (reload_all) reloads the queue too
        from hms_desktop.ui.tabs.resources_page import ResourcesPage  # rooms and equipment booked on their own

        self.resources_page = ResourcesPage(ctx=self._ctx, runner=self._runner, live=self._live, date_bar=False,
                                            parent=self)
        self._put_page(self.ui.myDayPage, self.queue)
        self._put_page(self.ui.weekPage, self.week)
        self._put_page(self.ui.roomsPage, self.resources_page)
        self.sections.setCurrentIndex(0)  # a doctor's own day, else the day
        self.zoom_corner.setVisible(self.sections.currentWidget() is self.ui.dayPage)
        self.loaded.connect(lambda: self.resources_page.show_day(self.day))  # the tab's date drives the page

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.show_day(self.clock.today()))
        self.date_edit.dateChanged.connect(lambda d: self.show_day(date(d.year(), d.month(), d.day())))
        self.department_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.specialty_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.book_button.clicked.connect(lambda _checked=False: self.open_book())
        self.calendar.step_requested.connect(self.step)
        self.calendar.block_activated.connect(lambda block: self.open_appointment(block.payload))
        self.calendar.slot_activated.connect(self._slot_activated)
        self.calendar.block_selected.connect(self._block_selected)
        self.calendar.move_requested.connect(self.confirm_move)
        self.week.grid.block_activated.connect(lambda block: self.open_appointment(block.payload))
        self.week.grid.slot_activated.connect(
            lambda _day, start: self.week.doctor_id is not None and self.open_book(doctor_id=self.week.doctor_id,
                                                                                   start=start))
        self.week.grid.move_requested.connect(
            lambda block, _day, start: self.confirm_move(block, block.payload.doctor_id, start))
        self._set_date_edit()

    def _build_zoom(self) -> None:
        """"Doctors per screen" beside the Day / Week tabs: 20 doctors do not fit a 1280 px screen at the usual
        width, so the person chooses between narrower columns and scrolling sideways. Remembered per user."""
        corner = QWidget(self.sections)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 4)
        self.zoom_spin = QSpinBox(corner)
        self.zoom_spin.setObjectName("doctorsPerScreen")
        self.zoom_spin.setRange(0, 40)
        self.zoom_spin.setSpecialValueText(self.tr("Fit"))
        self.zoom_spin.setAccessibleName(self.tr("Doctors per screen"))
        self.zoom_spin.setToolTip(self.tr("How many doctors' columns the day shows across the screen (the rest "
                                          "scroll sideways). “Fit”: as many as fit at the usual width. Hover "
                                          "over a column's header for the doctor's full name."))
        label = QLabel(self.tr("Doc&tors per screen"), corner)
        label.setBuddy(self.zoom_spin)
        row.addWidget(label)
        row.addWidget(self.zoom_spin)
        self.sections.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.zoom_corner = corner
        self.zoom_spin.setValue(int(window_settings().value(ZOOM_KEY, 0) or 0))
        self.calendar.set_columns_per_screen(self.zoom_spin.value())
        self.zoom_spin.valueChanged.connect(self._zoom_changed)
        self.sections.currentChanged.connect(
            lambda _i: corner.setVisible(self.sections.currentWidget() is self.ui.dayPage))

    def _zoom_changed(self, count: int) -> None:
        self.calendar.set_columns_per_screen(count)
        window_settings().setValue(ZOOM_KEY, count)

    def _put_page(self, placeholder: QWidget, page: QWidget | None) -> None:
        """Put ``page`` where the form has the empty ``placeholder``, under its title; None drops the tab.

        The form names every tab in its order; the pages that are screens of their own are made here.
        """
        index = self.sections.indexOf(placeholder)
        title = self.sections.tabText(index)
        self.sections.removeTab(index)
        placeholder.deleteLater()
        if page is not None:
            self.sections.insertTab(index, page, title)

    def _build_side_panel(self) -> None:
        self.selection_label = self.ui.selectionText
        self.open_button = self.ui.openButton
        self.check_in_button = self.ui.checkInButton
        self.declined_title = self.ui.declinedTitle
        self.declined_list = self.ui.declinedList
        self.open_button.clicked.connect(self.open_selected)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.check_in_button.setVisible(self.can_book)
        wrap_entries(self.declined_list)  # every line of an entry shown, never "…"
        self.declined_list.itemActivated.connect(self._declined_activated)
        self.waiting_panel: WaitingListPanel | None = None
        if self.can_book:  # reception's waiting list, and the offer of freed slots to it
            layout = self.ui.sidePanelLayout
            layout.addSpacing(10)
            self.waiting_panel = WaitingListPanel(ctx=self._ctx, runner=self._runner, parent=self.ui.sidePanel)
            self.waiting_panel.booked.connect(self._booked)
            layout.addWidget(self.waiting_panel, 2)
        self._split_day_page()

    def _split_day_page(self) -> None:
        """The calendar and the side panel share the day page through a splitter (issue 15.3).

        The panel was 280 px fixed beside the calendar: at 200 % (960 × 520) that is too wide and its contents
        too tall. Now the person drags the boundary, and the panel's contents scroll when they do not fit."""
        panel = self.ui.sidePanel
        panel.setMinimumWidth(0)
        panel.setMaximumWidth(QWIDGETSIZE_MAX)
        self.side_scroll = scroll_body(self.ui.sidePanelLayout)
        self.day_splitter = QSplitter(Qt.Orientation.Horizontal, self.ui.dayPage)
        self.day_splitter.setObjectName("daySplitter")
        self.ui.dayLayout.removeWidget(self.calendar)
        self.ui.dayLayout.removeWidget(panel)
        self.day_splitter.addWidget(self.calendar)
        self.day_splitter.addWidget(panel)
        self.day_splitter.setChildrenCollapsible(False)
        self.day_splitter.setStretchFactor(0, 1)
        self.day_splitter.setStretchFactor(1, 0)
        self.day_splitter.setSizes([max(1, self.ui.dayPage.width() - SIDE_PANEL_WIDTH), SIDE_PANEL_WIDTH])
        self.ui.dayLayout.addWidget(self.day_splitter)

    # --- filters ---------------------------------------------------------------------------------------

    def _show_filters(self, choices: tuple[tuple[Any, ...], tuple[Any, ...]]) -> None:
        specialties, doctors = choices
        departments = sorted({(d.department, d.department_id) for d in doctors if d.department_id is not None})
        for combo in (self.specialty_combo, self.department_combo):
            combo.blockSignals(True)
        for specialty in specialties:
            self.specialty_combo.addItem(specialty.name, specialty.id)
        for name, department_id in departments:
            self.department_combo.addItem(name, department_id)
        for combo in (self.specialty_combo, self.department_combo):
            combo.blockSignals(False)
        self.doctors = doctors
        prefer = self._ctx.user.staff_id if self.is_doctor else None
        self.week.set_doctors(doctors, prefer=prefer)
        self._filters_loaded = True

    def _failed_filters(self, error: ServiceError) -> None:
        show_message(self.message_label, self.tr("The lists of specialties and doctors could not be loaded: %1")
                     .replace("%1", str(error)))

    # --- loading ---------------------------------------------------------------------------------------

    def _set_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    def step(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def show_day(self, day: date) -> None:
        self._day_chosen = True
        if day != self.day:
            self.day = day
            self._set_date_edit()
            self.reload()

    def reload_all(self) -> None:
        self.reload()
        self.week.reload()
        if self.queue is not None:
            self.queue.reload()
        if self.waiting_panel is not None:
            self.waiting_panel.reload()

    def reload(self) -> None:
        ctx, day = self._ctx, self.day
        department_id = self.department_combo.currentData()
        specialty_id = self.specialty_combo.currentData()
        if self.view is None:
            self.summary_label.setText(self.tr("Loading…"))

        clock = None if self.clock.loaded else self.clock  # the zone is read until known
        follow_today = not self._day_chosen
        can_book = self.can_book

        def load() -> tuple[HospitalClock | None, Any, tuple[Any, ...]]:
            # The first load reads the hospital's zone and shows the hospital's today.
            loaded = hospital_clock(ctx) if clock is not None else None
            shown = loaded.today() if loaded is not None and follow_today else day
            view = scheduling.day_view(ctx, shown, department_id=department_id, specialty_id=specialty_id)
            return loaded, view, (scheduling.declined_to_rebook(ctx) if can_book else ())

        self.live_screen.load(self._runner, load, on_success=lambda result: self._loaded(*result),
                              on_failure=self._failed)

    def _failed(self, error: ServiceError) -> None:
        self._load_failed = True
        show_message(self.message_label, self.tr("The day could not be loaded: %1").replace("%1", str(error)))

    def _loaded(self, clock: HospitalClock | None, view: Any, declined: tuple[Any, ...]) -> None:
        if clock is not None:
            self.clock = clock
            if not self._day_chosen and view.day != self.day:
                self.day = view.day
                self._set_date_edit()
        if self._load_failed:  # only the load's own complaint goes away; an action's message stays
            show_message(self.message_label, "")
            self._load_failed = False
        self.view = view
        columns = []
        blocks = []
        for doctor_day in view.columns:
            doctor = doctor_day.doctor
            rooms = sorted({r.room for r in doctor_day.sessions if r.room})
            subtitle = " · ".join(part for part in (doctor.department, ", ".join(rooms)) if part)
            if not doctor_day.sessions and not doctor_day.away:
                subtitle = self.tr("Not working today") if not subtitle else subtitle + " · " + self.tr("not working")
            columns.append(column_for(doctor_day, key=doctor.id, title=doctor.name, subtitle=subtitle,
                                      zone=self.clock.zone))
            blocks += [block_for(a, doctor.id, movable=self.can_book, zone=self.clock.zone)
                       for a in doctor_day.appointments if a.status not in HIDDEN_STATUSES]
        empty = self.tr("No doctor works on this day with these filters.") if not columns else ""
        first, last = hours_shown(columns)
        self.calendar.set_content(columns, blocks, day_start=first, day_end=last,
                                  slot_minutes=slot_minutes_of(view.columns), empty_text=empty, zone=self.clock.zone)
        self.calendar.set_now(self.clock.now())
        self._show_declined(declined)
        active = sum(1 for b in blocks if b.status not in ("no_show", "declined"))
        waiting = sum(1 for b in blocks if b.status == "checked_in")
        parts = (plural(len(columns), self.tr("%n doctor", "", len(columns)), self.tr("%n doctors", "", len(columns))),
                 plural(active, self.tr("%n appointment", "", active), self.tr("%n appointments", "", active)),
                 plural(waiting, self.tr("%n waiting", "", waiting), self.tr("%n waiting", "", waiting)),
                 self.tr("updated %1").replace("%1", self.clock.time_text()))
        self.summary_label.setText(" · ".join(parts))
        self._block_selected(self.calendar.selected_block())
        self.loaded.emit()

    def _show_declined(self, declined: tuple[Any, ...]) -> None:
        self.declined = tuple(declined)
        self.declined_list.clear()
        for a in self.declined:
            start = self.clock.local(a.starts_at)
            text = f"{a.patient_name}\n{format_weekday_date(start)} {format_time(start)} · {a.doctor_name}"
            if a.cancel_reason:
                text += f"\n“{a.cancel_reason}”"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, a.id)
            item.setToolTip(self.tr("Enter or double-click to move it to another slot or cancel it"))
            self.declined_list.addItem(item)
        self.declined_title.setText(self.tr("Declined by doctors — to rebook (%1)").replace("%1", str(len(declined))))

    def declined_texts(self) -> list[str]:
        return [self.declined_list.item(i).text() for i in range(self.declined_list.count())]

    # --- selection and actions -------------------------------------------------------------------------

    def _block_selected(self, block: CalendarBlock | None) -> None:
        if block is None:
            self.selection_label.setText(self.tr("Nothing selected. Use the arrow keys or click an appointment; "
                                                 "Enter opens it."))
            self.open_button.setEnabled(False)
            self.check_in_button.setEnabled(False)
            return
        a = _appointment_of(block)
        self.selection_label.setText(self.calendar.texts(block.id).replace(" · ", "\n", 2)
                                     + "\n" + self.tr("MRN {mrn} · {doctor}").format(mrn=a.patient_mrn,
                                                                                       doctor=a.doctor_name))
        self.open_button.setEnabled(True)
        # The hospital's day (from the service), and the same rule the service applies: a requested
        # appointment is booked or confirmed first, so it offers no check-in.
        today = self.view.is_today if self.view is not None else False
        self.check_in_button.setEnabled(today and may_check_in(self._ctx.user.acting_groups, a.status))
        self.check_in_button.setToolTip("" if today else self.tr("Patients are checked in on the day of their "
                                                                 "appointment."))

    def open_selected(self) -> None:
        block = self.calendar.selected_block()
        if block is not None:
            self.open_appointment(block.payload)

    def check_in_selected(self) -> None:
        block = self.calendar.selected_block()
        if block is None:
            return
        ctx, appointment_id = self._ctx, block.id
        # Check in is done on the calendar's selection: the focus goes back to that cell, not on down the
        # tab order from the button (which the check-in disables) to the declined list.
        back_to = self.calendar
        self._runner.run(lambda: scheduling.check_in(ctx, appointment_id),
                         on_success=lambda a: self.status_changed(a, focus=back_to),
                         on_failure=lambda error: self._action_failed(error, focus=back_to), owner=self)

    def status_changed(self, appointment: Any, *, focus: QWidget | None = None) -> None:
        """A status action (check in, no-show, cancel, accept, decline, a move) was done on ``appointment``:
        the banner says what just happened, at the hospital's time, and the focus stays where it was."""
        show_message(self.message_label, action_feedback(appointment, self.clock), role="info")
        self.reload_all()
        if self.calendar.block_by_id(appointment.id) is not None:
            self.calendar.select_block(appointment.id)
        self._restore_focus(focus)

    def _restore_focus(self, widget: QWidget | None) -> None:
        if widget is not None and isValid(widget) and widget.isVisible() and widget.isEnabled() \
                and self.isAncestorOf(widget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action_failed(self, error: ServiceError, *, focus: QWidget | None = None) -> None:
        show_message(self.message_label, str(error))
        self.reload_all()
        self._restore_focus(focus)

    def _slot_activated(self, doctor_id: int, start: datetime) -> None:
        if self.can_book:
            self.open_book(doctor_id=doctor_id, start=start)

    def _declined_activated(self, item: QListWidgetItem) -> None:
        appointment = next((a for a in self.declined if a.id == item.data(ID_ROLE)), None)
        if appointment is not None:
            self.open_appointment(appointment)

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_book(self, *, doctor_id: int | None = None, start: datetime | None = None) -> QDialog | None:
        from hms_desktop.ui.dialogs.book_dialog import BookDialog
        from hms_desktop.ui.dialogs.waiting_list_dialog import add_waiting_list_button

        if not self.can_book:
            return None
        specialty_id = self.specialty_combo.currentData()
        dialog = BookDialog(self._runner, self._ctx, doctor_id=doctor_id, specialty_id=specialty_id,
                            start=self.clock.local(start) if start else None, clock=self.clock, parent=self)
        dialog.booked.connect(self._booked)
        if self.waiting_panel is not None:
            add_waiting_list_button(dialog, self._runner, self._ctx, on_added=self.waiting_panel.added)
        self._open(dialog)
        return dialog

    def _booked(self, appointment: Any) -> None:
        start = self.clock.local(appointment.starts_at)  # the hospital's wall clock
        show_message(self.message_label, self.tr("Booked: %1 with %2 on %3.")
                     .replace("%1", appointment.patient_name).replace("%2", appointment.doctor_name)
                     .replace("%3", f"{format_weekday_date(start)} {format_time(start)}"), role="info")
        if start.date() != self.day:
            self.show_day(start.date())
        self.reload_all()
        self.calendar.select_block(appointment.id)

    def open_appointment(self, appointment: Any) -> QDialog:
        from hms_desktop.ui.dialogs.appointment_dialog import AppointmentDialog

        # Where the person opened it from (the day's cell, the week's): the banner and the focus go back there.
        focus = QApplication.focusWidget()
        back_to = focus if focus is not None and self.isAncestorOf(focus) else None
        dialog = AppointmentDialog(self._runner, self._ctx, appointment, clock=self.clock, parent=self)
        dialog.changed.connect(self.status_changed)
        dialog.waiting_booked.connect(self._booked)
        dialog.finished.connect(lambda _result: self._restore_focus(back_to))
        self._open(dialog)
        return dialog

    # --- drag to move ----------------------------------------------------------------------------------

    def confirm_move(self, block: CalendarBlock, doctor_id: int, start: datetime) -> QMessageBox | None:
        """Ask before moving; the answer comes back through ``finished`` (the box is not run modally)."""
        if not self.can_book:
            return None
        a = _appointment_of(block)
        start = self.clock.local(start)
        doctor_name = next((d.name for d in getattr(self, "doctors", ()) if d.id == doctor_id), a.doctor_name)
        old = self.clock.local(a.starts_at)
        text = self.tr("Move %1's appointment\nfrom %2 with %3\nto %4 with %5?") \
            .replace("%1", a.patient_name).replace("%2", f"{format_weekday_date(old)} {format_time(old)}") \
            .replace("%3", a.doctor_name) \
            .replace("%4", f"{format_weekday_date(start)} {format_time(start)}").replace("%5", doctor_name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move appointment"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Move"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pending_move = (a, doctor_id, start)
        self.active_confirm = box
        box.finished.connect(lambda result: self._move_answered(result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _move_answered(self, yes: bool) -> None:
        pending, self.pending_move = self.pending_move, None
        self.active_confirm = None
        if not yes or pending is None:
            return
        appointment, doctor_id, start = pending
        ctx = self._ctx
        self._runner.run(lambda: scheduling.reschedule(ctx, appointment.id, start, doctor_id=doctor_id,
                                                       expected_version=appointment.version),
                         on_success=self._moved, on_failure=self._move_failed, owner=self)

    def _moved(self, appointment: Any) -> None:
        start = self.clock.local(appointment.starts_at)  # the hospital's wall clock
        show_message(self.message_label, self.tr("Moved: %1 is now at %2 with %3.")
                     .replace("%1", appointment.patient_name)
                     .replace("%2", f"{format_weekday_date(start)} {format_time(start)}")
                     .replace("%3", appointment.doctor_name), role="info")
        self.reload_all()
        self.calendar.select_block(appointment.id)

    def _move_failed(self, error: ServiceError) -> None:
        message = str(error)
        if isinstance(error, scheduling.SlotTaken):
            free = tuple(getattr(error, "next_free", ()) or ())[:5]
            if free:
                times = ", ".join(f"{format_weekday_time(self.clock.local(s.starts_at))} ({s.doctor_name})"
                                  for s in free)
                message += " " + self.tr("Next free: %1.").replace("%1", times)
        show_message(self.message_label, message)
        self.reload_all()
