"""One doctor's week: the day grid with a column per day (Monday to Sunday) instead of a column per doctor.

The same keyboard and drag rules as the day view (Ctrl+Left / Ctrl+Right change the week, dragging moves an
appointment to another day or time of the same doctor). The widget loads through the task runner; the host
(the Scheduling tab) tells it when to reload (live notifications, reconnects) and handles what is asked.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QVBoxLayout, QWidget

from hms_desktop.domain.scheduling import EXCEPTION_KIND_LABELS, KIND_LABELS, STATUS_LABELS, UPCOMING_STATUSES
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date, format_time, format_weekday_date
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, from_hospital, hospital_clock, to_hospital
from hms_desktop.ui.domain_words import domain_label
from hms_desktop.ui.locale_formats import edit_pattern
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.day_calendar import CalendarBlock, CalendarColumn, DayCalendar
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import FlowLayout, keep_together

HIDDEN_STATUSES = ("cancelled",)
SHORT_STATUS_LABELS = {"declined": QT_TRANSLATE_NOOP("WeekCalendar", "Declined")}


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def block_for(appointment: Any, column: object, *, movable: bool, zone: tzinfo | None) -> CalendarBlock:
    """The grid's picture of an appointment DTO; its times on the wall clock of ``zone`` (the hospital's)."""
    a = appointment
    kind = domain_label(KIND_LABELS, a.kind)
    detail = f"{kind} · {a.shown_reason}" if a.reason else kind
    status = domain_label(STATUS_LABELS, a.status)
    # On a block the word must fit beside the name; the tooltip and the dialog say it in full.
    short = (QCoreApplication.translate("WeekCalendar", SHORT_STATUS_LABELS[a.status])
             if a.status in SHORT_STATUS_LABELS else status)
    start, end = to_hospital(a.starts_at, zone), to_hospital(a.ends_at, zone)
    tip = [QCoreApplication.translate("WeekCalendar", "<b>{name}</b> · MRN {mrn}").format(
               name=_escape(a.patient_name), mrn=_escape(a.patient_mrn)),
           f"{format_time(start)}–{format_time(end)} · {_escape(a.doctor_name)}"
           + (f" · {_escape(a.room)}" if a.room else ""),
           f"{_escape(status)} · {_escape(detail)}"]
    if a.overbooked:
        tip.append(QCoreApplication.translate("WeekCalendar", "<b>Overbooked</b>: {reason}").format(
            reason=_escape(a.overbook_reason or "")))
    return CalendarBlock(id=a.id, column=column, starts_at=a.starts_at, ends_at=a.ends_at, title=a.patient_name,
                         status=a.status, status_label=short, detail=detail, overbooked=a.overbooked,
                         movable=movable and a.status in UPCOMING_STATUSES,
                         tooltip="<br>".join(tip), payload=a)


def _wall_time(moment: datetime, zone: tzinfo | None) -> time:
    return to_hospital(moment, zone).time().replace(second=0, microsecond=0)


def slot_minutes_of(days: Any, default: int = 15) -> int:
    """The grid's row length: the shortest slot of the sessions shown."""
    lengths = [s.slot_minutes for d in days for s in d.sessions if s.slot_minutes]
    return min(lengths) if lengths else default


def hours_shown(columns: Any, *, start: time = time(8), end: time = time(18)) -> tuple[time, time]:
    """The rows to show: the working hours of the columns (whole hours), else ``start``–``end``."""
    hours = [h for c in columns for h in c.hours]
    if not hours:
        return start, end
    first = min(h[0] for h in hours)
    last = max(h[1] for h in hours)
    last_hour = min(23, last.hour + (1 if last.minute else 0))
    return time(first.hour), (time(last_hour) if last_hour > first.hour else time(23, 59))


def column_for(doctor_day: Any, *, key: object, title: str, subtitle: str, zone: tzinfo | None) -> CalendarColumn:
    """A grid column from a service ``DoctorDay``: its sessions white, its absences greyed with their kind;
    the hours on the wall clock of ``zone`` (the hospital's, whose day ``doctor_day.day`` is)."""
    day = doctor_day.day
    hours = tuple((_wall_time(s.starts_at, zone), _wall_time(s.ends_at, zone)) for s in doctor_day.sessions)
    away_parts: list[tuple[time, time, str]] = []
    unavailable = ""
    day_start = from_hospital(day, time(0), zone)
    day_end = from_hospital(day + timedelta(days=1), time(0), zone)
    for away in doctor_day.away:
        label = domain_label(EXCEPTION_KIND_LABELS, away.kind) + (f": {away.note}" if away.note else "")
        if away.starts_at <= day_start and away.ends_at >= day_end:
            unavailable = label
            continue
        first = _wall_time(max(away.starts_at, day_start), zone)
        last = time(23, 59) if away.ends_at >= day_end else _wall_time(away.ends_at, zone)
        away_parts.append((first, last, label))
    return CalendarColumn(key=key, title=title, subtitle=subtitle, day=day, doctor_id=doctor_day.doctor.id,
                          hours=hours, unavailable=unavailable, away=tuple(away_parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WeekCalendar(QWidget):
    """``doctor_changed(id)`` and ``loaded`` let the host follow; the grid is ``self.grid``."""

    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, can_move: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._can_move = can_move
        self._sequence = 0
        # The hospital's "now" and "today": its zone is read with the first load, which opens on its week.
        self.clock = HospitalClock.unloaded(ctx)
        self._week_chosen = False
        self.week: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        bar = FlowLayout(spacing=8)  # one line, or two at 200 % (960 px wide, issue 15.3)
        doctor_label = QLabel(self.tr("&Doctor"), self)
        self.doctor_combo = QComboBox(self)
        self.doctor_combo.setMinimumWidth(260)
        doctor_label.setBuddy(self.doctor_combo)
        self.previous_button = QPushButton(self.tr("◀ Previous week"), self)
        self.this_week_button = QPushButton(self.tr("This week"), self)
        self.next_button = QPushButton(self.tr("Next week ▶"), self)
        self.week_edit = QDateEdit(self)
        self.week_edit.setCalendarPopup(True)
        week_of = self.tr("Week of").replace("'", "''")  # quoted: a literal of the display format
        self.week_edit.setDisplayFormat(f"'{week_of}' {edit_pattern('weekday_date_year')}")
        self.week_edit.setObjectName("weekEdit")
        self.week_edit.setAccessibleName(self.tr("Week shown"))
        self.week_label = QLabel(self, objectName="summaryLabel")
        bar.addWidget(keep_together(doctor_label, self.doctor_combo, spacing=8))  # never split by a wrap
        for widget in (self.previous_button, self.this_week_button, self.next_button, self.week_edit):
            bar.addWidget(widget)
        bar.addWidget(self.week_label)
        layout.addLayout(bar)
        self.message_label = QLabel(self, objectName="messageLabel")
        self.message_label.setWordWrap(True)
        show_message(self.message_label, "")
        layout.addWidget(self.message_label)
        self.grid = DayCalendar(self)
        self.grid.setObjectName("weekCalendar")
        self.grid.setAccessibleName(self.tr("Week calendar"))
        layout.addWidget(self.grid, 1)
        self.monday = monday_of(self.clock.today())
        self._set_week_edit()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.clock.today()))
        self.week_edit.dateChanged.connect(lambda d: self.show_week(date(d.year(), d.month(), d.day())))
        self.doctor_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.grid.step_requested.connect(self.step)

    def set_doctors(self, doctors: tuple[Any, ...], *, prefer: int | None = None) -> None:
        combo = self.doctor_combo
        current = prefer if prefer is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for doctor in doctors:
            combo.addItem(f"{doctor.name} · {doctor.department}" if doctor.department else doctor.name, doctor.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.reload()

    def select_doctor(self, doctor_id: int) -> None:
        index = self.doctor_combo.findData(doctor_id)
        if index >= 0:
            self.doctor_combo.setCurrentIndex(index)

    @property
    def doctor_id(self) -> int | None:
        value = self.doctor_combo.currentData()
        return int(value) if value is not None else None

    def _set_week_edit(self) -> None:
        self.week_edit.blockSignals(True)
        self.week_edit.setDate(QDate(self.monday.year, self.monday.month, self.monday.day))
        self.week_edit.blockSignals(False)

    def step(self, weeks: int) -> None:
        self.show_week(self.monday + timedelta(days=7 * weeks))

    def show_week(self, day: date) -> None:
        self._week_chosen = True
        monday = monday_of(day)
        if monday != self.monday:
            self.monday = monday
            self._set_week_edit()
            self.reload()

    def reload(self) -> None:
        doctor_id = self.doctor_id
        if doctor_id is None:
            self.grid.set_content((), (), empty_text=self.tr("No doctors with working hours yet."))
            return
        self._sequence += 1
        sequence, ctx, monday = self._sequence, self._ctx, self.monday
        # The hospital's zone is read until it is known (the grid's hours are on its clock); the first load
        # opens on the hospital's week unless a week was chosen meanwhile.
        first = not self.clock.loaded
        follow_today = first and not self._week_chosen

        def failed(error: ServiceError) -> None:
            if sequence == self._sequence:
                show_message(self.message_label, self.tr("The week could not be loaded: %1").replace("%1", str(error)))

        def load() -> tuple[HospitalClock | None, Any]:
            clock = hospital_clock(ctx) if first else None
            shown = monday_of(clock.today()) if clock is not None and follow_today else monday
            return clock, scheduling.week_view(ctx, doctor_id, shown)

        self._runner.run(load, on_success=lambda result: self._loaded(sequence, *result), on_failure=failed,
                         owner=self)

    def _loaded(self, sequence: int, clock: HospitalClock | None, week: Any) -> None:
        if clock is not None:
            self.clock = clock
        if sequence != self._sequence:
            return
        if clock is not None and not self._week_chosen and week.monday != self.monday:  # the hospital's week
            self.monday = week.monday
            self._set_week_edit()
        show_message(self.message_label, "")
        self.week = week
        today = self.clock.today()
        columns = []
        blocks = []
        for doctor_day in week.days:
            day = doctor_day.day
            shown = [a for a in doctor_day.appointments if a.status not in HIDDEN_STATUSES]
            subtitle = (self.tr("Today · ") if day == today else "") + (
                plural(len(shown), self.tr("%n appointment", "", len(shown)),
                       self.tr("%n appointments", "", len(shown))) if shown
                else self.tr("No appointments") if doctor_day.sessions else self.tr("Not working"))
            columns.append(column_for(doctor_day, key=day, title=format_weekday_date(day), subtitle=subtitle,
                                      zone=self.clock.zone))
            blocks += [block_for(a, day, movable=self._can_move, zone=self.clock.zone) for a in shown]
        first, last = hours_shown(columns)
        self.grid.set_content(columns, blocks, day_start=first, day_end=last, slot_minutes=slot_minutes_of(week.days),
                              zone=self.clock.zone)
        self.grid.set_now(self.clock.now())
        self.week_label.setText(self.tr("%1 · week of %2").replace("%1", week.doctor.name)
                                .replace("%2", format_date(self.monday)))
        self.loaded.emit()
