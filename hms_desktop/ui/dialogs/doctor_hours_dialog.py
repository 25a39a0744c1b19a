"""A doctor's working hours: the weekly sessions (per room, with dates) and absences (administrators only).

Nothing is saved until the whole edit is valid. Before saving, the booked appointments that the change would
leave outside the doctor's hours are listed and the administrator confirms; the appointments themselves are
never touched — after saving they are listed again for reception to move (``affected``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from hms_desktop.domain.scheduling import EXCEPTION_KIND_LABELS, Interval, WorkSession, within_hours
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_time, format_weekday_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import doctors, scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.doctors import ExceptionDTO, ResourceDTO, TemplateDTO
from hms_desktop.services.errors import Conflict, NotFound, ServiceError
from hms_desktop.services.scheduling import AppointmentDTO
from hms_desktop.ui.dialogs.base import FormDialog, Problems, edited_signal, problems_of
from hms_desktop.ui.forms.ui_doctor_hours_dialog import Ui_DoctorHoursDialog
from hms_desktop.ui.locale_formats import edit_pattern
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.date_fields import OpenEndedDateEdit
from hms_desktop.ui.widgets.feedback import mark_invalid, show_message

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Monday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Tuesday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Wednesday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Thursday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Friday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Saturday"),
    QT_TRANSLATE_NOOP("DoctorHoursDialog", "Sunday"),
)
OPEN_ENDED = QDate(2000, 1, 1)  # the "no last day" value of a valid-to field
PREVIEW_DAYS = 120  # how far ahead booked appointments are checked (as appointments_outside_hours does)
LIST_MAX = 15


@dataclass(frozen=True, slots=True)
class SessionPlan:
    weekday: int
    starts: time
    ends: time
    resource_id: int | None
    valid_from: date
    valid_to: date | None
    slot_minutes: int | None

    def as_session(self, staff_id: int) -> WorkSession:
        return WorkSession(doctor_id=staff_id, weekday=self.weekday, starts=self.starts, ends=self.ends,
                           resource_id=self.resource_id, valid_from=self.valid_from, valid_to=self.valid_to,
                           slot_minutes=self.slot_minutes)


@dataclass(frozen=True, slots=True)
class AbsencePlan:
    kind: str
    starts_at: datetime
    ends_at: datetime
    hospital_wide: bool
    note: str


@dataclass(slots=True)
class HoursChange:
    """What Save will do: sessions and absences to add, and existing ones to remove."""

    add_sessions: list[SessionPlan] = field(default_factory=list)
    remove_sessions: list[TemplateDTO] = field(default_factory=list)
    add_absences: list[AbsencePlan] = field(default_factory=list)
    remove_absences: list[ExceptionDTO] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.add_sessions or self.remove_sessions or self.add_absences or self.remove_absences)


@dataclass(frozen=True, slots=True)
class _Loaded:
    templates: tuple[TemplateDTO, ...]
    absences: tuple[ExceptionDTO, ...]
    rooms: tuple[ResourceDTO, ...]
    tz: tzinfo


def session_problems(rows: Sequence[SessionPlan]) -> dict[int, str]:
    """Row index → what is wrong: a session that ends before it starts, dates reversed, overlapping sessions."""
    problems: dict[int, str] = {}
    for i, row in enumerate(rows):
        if row.ends <= row.starts:
            problems[i] = QCoreApplication.translate(
                "DoctorHoursDialog", "Row {row}: the session must end after it starts.").format(row=i + 1)
        elif row.valid_to is not None and row.valid_to < row.valid_from:
            problems[i] = QCoreApplication.translate(
                "DoctorHoursDialog", "Row {row}: the last day is before the first day.").format(row=i + 1)
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if i in problems or j in problems or a.weekday != b.weekday:
                continue
            if not (a.starts < b.ends and b.starts < a.ends):
                continue
            if (a.valid_to or date.max) < b.valid_from or (b.valid_to or date.max) < a.valid_from:
                continue
            problems[j] = QCoreApplication.translate(
                "DoctorHoursDialog", "Rows {first} and {second}: the {weekday} sessions {first_hours} and "
                "{second_hours} overlap.").format(
                first=i + 1, second=j + 1, weekday=QCoreApplication.translate("DoctorHoursDialog", WEEKDAYS[a.weekday]),
                first_hours=f"{format_time(a.starts)}–{format_time(a.ends)}",
                second_hours=f"{format_time(b.starts)}–{format_time(b.ends)}")
    return problems


def _outside(appointments: Sequence[AppointmentDTO], sessions: Sequence[WorkSession], away: Sequence[Interval],
             tz: tzinfo) -> set[int]:
    return {a.id for a in appointments if within_hours(sessions, away, a.starts_at, a.ends_at, tz) is None}


def preview_affected(ctx: ServiceContext, staff_id: int, *, before: Sequence[WorkSession],
                     after: Sequence[WorkSession], away_before: Sequence[Interval], away_after: Sequence[Interval],
                     new_hospital_wide: Sequence[Interval], tz: tzinfo) -> tuple[AppointmentDTO, ...]:
    """Booked appointments (from now on) that fit the current hours and would not fit the proposed ones.

    Changes nothing. A new hospital-wide holiday also catches other doctors' appointments inside it.
    """
    now = ctx.clock.now()  # the context's clock, as the services read it (a FixedClock in tests)
    today = now.astimezone(tz).date()
    monday = today - timedelta(days=today.weekday())
    seen: dict[int, AppointmentDTO] = {}
    for week in range(PREVIEW_DAYS // 7 + 1):
        for day in scheduling.week_view(ctx, staff_id, monday + timedelta(days=7 * week)).days:
            for a in day.appointments:
                if a.is_active and not a.overbooked and a.starts_at >= now:
                    seen[a.id] = a
    mine = list(seen.values())
    newly = _outside(mine, after, away_after, tz) - _outside(mine, before, away_before, tz)
    affected = {a.id: a for a in mine if a.id in newly}
    for holiday in new_hospital_wide:
        first = max(holiday.starts_at.astimezone(tz).date(), today)
        last = min(holiday.ends_at.astimezone(tz).date(), today + timedelta(days=PREVIEW_DAYS))
        on = first
        while on <= last:
            for column in scheduling.day_view(ctx, on).columns:
                for a in column.appointments:
                    if (a.is_active and not a.overbooked and a.starts_at >= now
                            and holiday.overlaps(a.starts_at, a.ends_at)):
                        affected.setdefault(a.id, a)
            on += timedelta(days=1)
    return tuple(sorted(affected.values(), key=lambda a: (a.starts_at, a.doctor_name)))


def appointment_line(a: AppointmentDTO, tz: tzinfo) -> str:
    local = a.starts_at.astimezone(tz)
    mrn = f" ({a.patient_mrn})" if a.patient_mrn else ""
    return f"{format_weekday_date_time(local)} — {a.patient_name}{mrn}, {a.doctor_name}"


def affected_text(affected: Sequence[AppointmentDTO], tz: tzinfo) -> str:
    lines = [appointment_line(a, tz) for a in affected[:LIST_MAX]]
    if len(affected) > LIST_MAX:
        hidden = len(affected) - LIST_MAX  # a name, not an expression: lupdate drops a translate() holding a call
        lines.append(QCoreApplication.translate("DoctorHoursDialog", "… and %n more", None, hidden))
    return "\n".join(lines)


class DoctorHoursDialog(FormDialog):
    """Administrators edit one doctor's weekly sessions and absences; ``affected`` is filled after saving."""

    def __init__(self, *, ctx: ServiceContext, runner: Runner, staff_id: int, doctor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DoctorHoursDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._staff_id = staff_id
        self._loaded: _Loaded | None = None
        self._session_origin: list[TemplateDTO | None] = []
        self._absence_origin: list[ExceptionDTO | None] = []
        self._removed_sessions: list[TemplateDTO] = []
        self._removed_absences: list[ExceptionDTO] = []
        self._building_row = False
        self._problems_before: Problems = {}
        self.affected: tuple[AppointmentDTO, ...] = ()
        self.confirm_box: QMessageBox | None = None
        self._confirm_button: QAbstractButton | None = None
        self.setWindowTitle(self.tr("Working hours of %1").replace("%1", doctor_name))
        show_message(self.ui.introLabel, self.tr(
            "Times are the hospital's local time. Changing hours never cancels appointments: any booked "
            "appointment that no longer fits is listed before saving, and afterwards for reception to move."),
            role="hint")
        widths = {self.ui.sessionsTable: (125, 80, 80, 170, 145, 135), self.ui.absencesTable: (150, 170, 170, 140)}
        for table, columns in widths.items():
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setMinimumSectionSize(70)
            table.verticalHeader().setDefaultSectionSize(34)
            for column, width in enumerate(columns):
                table.setColumnWidth(column, width)
        self.ui.addSessionButton.clicked.connect(self._add_session)
        self.ui.removeSessionButton.clicked.connect(self._remove_session)
        self.ui.addAbsenceButton.clicked.connect(self._add_absence)
        self.ui.removeAbsenceButton.clicked.connect(self._remove_absence)
        self.setup_form(fields={"sessions": (self.ui.sessionsError, self.ui.sessionsTable),
                                "absences": (self.ui.absencesError, self.ui.absencesTable)},
                        message_label=self.ui.messageLabel,
                        accept_button=self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                        submit=self.submit)
        self.ui.buttonBox.setEnabled(False)  # until the hours are loaded
        self.ui.sessionsGroup.setEnabled(False)
        self.ui.absencesGroup.setEnabled(False)
        # The week's sessions are what people come for: they get most of the height (a 720 px screen shows
        # Monday to Thursday without scrolling); absences are usually few.
        self.ui.mainLayout.setStretchFactor(self.ui.sessionsGroup, 3)
        self.ui.mainLayout.setStretchFactor(self.ui.absencesGroup, 1)
        self.resize(1040, 660)
        self.load()

    # --- loading -----------------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, staff_id = self._ctx, self._staff_id

        def work() -> _Loaded:
            tz = scheduling.hospital_time_zone(ctx)
            return _Loaded(templates=doctors.templates(ctx, staff_id),
                           absences=doctors.exceptions(ctx, staff_id=staff_id, start=ctx.clock.now()),
                           rooms=doctors.resources(ctx, include_inactive=True), tz=tz)

        self._runner.run(work, on_success=self._show_hours,
                         on_failure=lambda error: self.show_problems(problems_of(error), focus=False), owner=self)

    def _show_hours(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        self._session_origin, self._absence_origin = [], []
        self._removed_sessions, self._removed_absences = [], []
        self.ui.sessionsTable.setRowCount(0)
        self.ui.absencesTable.setRowCount(0)
        for t in loaded.templates:
            self.add_session_row(t)
        for e in loaded.absences:
            self.add_absence_row(e)
        # Each row added became the current one, which scrolled the table to the week's end: open on Monday.
        for table in (self.ui.sessionsTable, self.ui.absencesTable):
            if table.rowCount():
                table.setCurrentCell(0, 0)
            table.scrollToTop()
        self.ui.sessionsGroup.setEnabled(True)
        self.ui.absencesGroup.setEnabled(True)
        self.ui.buttonBox.setEnabled(True)
        self.revalidate()

    @property
    def tz(self) -> tzinfo:
        return self._loaded.tz if self._loaded else UTC

    def _today(self) -> QDate:
        """The hospital's today (new rows start from it), not the workstation's."""
        today = self._ctx.clock.now().astimezone(self.tz).date()
        return QDate(today.year, today.month, today.day)

    # --- rows --------------------------------------------------------------------------------------------

    def add_session_row(self, existing: TemplateDTO | None = None) -> int:
        table = self.ui.sessionsTable
        row = table.rowCount()
        self._building_row = True
        table.insertRow(row)
        day = QComboBox()
        day.addItems([QCoreApplication.translate("DoctorHoursDialog", name) for name in WEEKDAYS])
        starts, ends = QTimeEdit(), QTimeEdit()
        for edit in (starts, ends):
            edit.setDisplayFormat(edit_pattern("time"))
        room = QComboBox()
        room.addItem(self.tr("(no room)"), None)
        for r in (self._loaded.rooms if self._loaded else ()):
            # A retired room (Administration > Rooms and equipment) only for the session that already has it.
            if r.kind != "equipment" and (r.active or (existing is not None and existing.resource_id == r.id)):
                room.addItem(r.name if r.active else self.tr("%1 (retired)").replace("%1", r.name), r.id)
        slot = QSpinBox()
        slot.setRange(0, 240)
        slot.setSingleStep(5)
        slot.setSuffix(self.tr(" min"))
        slot.setSpecialValueText(self.tr("Doctor's default"))
        valid_from, valid_to = QDateEdit(), OpenEndedDateEdit()
        for date_edit in (valid_from, valid_to):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(edit_pattern("date"))
            date_edit.setMinimumDate(OPEN_ENDED)
        valid_to.setSpecialValueText(self.tr("Open-ended"))
        if existing is None:
            starts.setTime(QTime(9, 0))
            ends.setTime(QTime(12, 30))
            valid_from.setDate(self._today())
            valid_to.setDate(OPEN_ENDED)
        else:
            day.setCurrentIndex(existing.weekday)
            starts.setTime(QTime(existing.starts.hour, existing.starts.minute))
            ends.setTime(QTime(existing.ends.hour, existing.ends.minute))
            room.setCurrentIndex(max(0, room.findData(existing.resource_id)))
            slot.setValue(existing.slot_minutes or 0)
            valid_from.setDate(QDate(existing.valid_from))
            valid_to.setDate(QDate(existing.valid_to) if existing.valid_to else OPEN_ENDED)
        self._session_origin.append(existing)
        return self._place_row(table, row, (day, starts, ends, room, slot, valid_from, valid_to), "sessions",
                               new=existing is None)

    def add_absence_row(self, existing: ExceptionDTO | None = None) -> int:
        table = self.ui.absencesTable
        row = table.rowCount()
        self._building_row = True
        table.insertRow(row)
        kind = QComboBox()
        for key, label in EXCEPTION_KIND_LABELS.items():
            kind.addItem(label, key)
        starts, ends = QDateTimeEdit(), QDateTimeEdit()
        for edit in (starts, ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_pattern("date_time"))
        hospital = QCheckBox(self.tr("All doctors"))
        note = QLineEdit()
        note.setPlaceholderText(self.tr("e.g. conference, annual leave"))
        if existing is None:
            tomorrow = self._today().addDays(1)
            starts.setDateTime(QDateTime(tomorrow, QTime(0, 0)))
            ends.setDateTime(QDateTime(tomorrow.addDays(1), QTime(0, 0)))
        else:
            kind.setCurrentIndex(max(0, kind.findData(existing.kind)))
            starts.setDateTime(self._qt(existing.starts_at))
            ends.setDateTime(self._qt(existing.ends_at))
            hospital.setChecked(existing.staff_id is None)
            note.setText(existing.note)
        kind.currentIndexChanged.connect(lambda _i, k=kind, h=hospital: h.setChecked(h.isChecked()
                                                                                    or k.currentData() == "holiday"))
        self._absence_origin.append(existing)
        return self._place_row(table, row, (kind, starts, ends, hospital, note), "absences", new=existing is None)

    def _place_row(self, table: QTableWidget, row: int, editors: Sequence[QWidget], key: str, *, new: bool) -> int:
        """Put a row's editors in place. Each is part of its table's field: editing it re-checks the form,
        and a row the person added counts as an edit of the table."""
        for column, editor in enumerate(editors):
            table.setCellWidget(row, column, editor)
            signal = edited_signal(editor)
            if signal is not None:
                signal.connect(lambda *_args: self.field_edited(key))
        self._building_row = False
        self._name_cells(table)
        table.setCurrentCell(row, 0)
        if new:
            self.field_edited(key)
        return row

    def _name_cells(self, table: QTableWidget) -> None:
        """Each editor in a row is read out as "From, row 2": the column header a sighted person reads above
        it, and its row (renumbered when a row goes). And Tab goes through them row by row right after the
        table, then on to the table's buttons: a cell widget joins the dialog's Tab order at its end, after
        Save, where nobody would look for it."""
        chain: list[QWidget] = [table]
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                editor = table.cellWidget(row, column)
                header = table.horizontalHeaderItem(column)
                if editor is not None:
                    editor.setAccessibleName(self.tr("%1, row %2").replace("%1", header.text() if header else "")
                                             .replace("%2", str(row + 1)))
                    chain.append(editor)
        chain.append(self.ui.addSessionButton if table is self.ui.sessionsTable else self.ui.addAbsenceButton)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _qt(self, instant: datetime) -> QDateTime:
        local = instant.astimezone(self.tz)
        return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))

    def _instant(self, value: QDateTime) -> datetime:
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)

    def _add_session(self) -> None:
        self.add_session_row()

    def _add_absence(self) -> None:
        self.add_absence_row()

    def _remove_session(self) -> None:
        self._remove_row(self.ui.sessionsTable, self._session_origin, self._removed_sessions, "sessions")

    def _remove_absence(self) -> None:
        self._remove_row(self.ui.absencesTable, self._absence_origin, self._removed_absences, "absences")

    def _remove_row(self, table: QTableWidget, origins: list[Any], removed: list[Any], key: str) -> None:
        """Remove the current row; a stored one is remembered so saving ends or deletes it."""
        row = table.currentRow()
        if row < 0:
            return
        origin = origins.pop(row)
        if origin is not None:
            removed.append(origin)
        self._building_row = True  # the cells go before the row does
        table.removeRow(row)
        self._building_row = False
        self._name_cells(table)
        self.field_edited(key)

    def session_widget(self, row: int, column: int) -> QWidget:
        widget = self.ui.sessionsTable.cellWidget(row, column)
        assert widget is not None
        return widget

    def absence_widget(self, row: int, column: int) -> QWidget:
        widget = self.ui.absencesTable.cellWidget(row, column)
        assert widget is not None
        return widget

    # --- reading the edit --------------------------------------------------------------------------------

    def session_plans(self) -> list[SessionPlan]:
        plans = []
        for row in range(self.ui.sessionsTable.rowCount()):
            day, starts, ends, room, slot, valid_from, valid_to = (self.session_widget(row, c) for c in range(7))
            assert isinstance(day, QComboBox) and isinstance(room, QComboBox) and isinstance(slot, QSpinBox)
            assert isinstance(starts, QTimeEdit) and isinstance(ends, QTimeEdit)
            assert isinstance(valid_from, QDateEdit) and isinstance(valid_to, QDateEdit)
            plans.append(SessionPlan(
                # toPython() is typed as returning object: a QTime gives a time, a QDate a date.
                weekday=day.currentIndex(), starts=cast(time, starts.time().toPython()),
                ends=cast(time, ends.time().toPython()),
                resource_id=room.currentData(), valid_from=cast(date, valid_from.date().toPython()),
                valid_to=None if valid_to.date() == OPEN_ENDED else cast(date, valid_to.date().toPython()),
                slot_minutes=slot.value() or None))
        return plans

    def absence_plans(self) -> list[AbsencePlan]:
        plans = []
        for row in range(self.ui.absencesTable.rowCount()):
            kind, starts, ends, hospital, note = (self.absence_widget(row, c) for c in range(5))
            assert isinstance(kind, QComboBox) and isinstance(hospital, QCheckBox) and isinstance(note, QLineEdit)
            assert isinstance(starts, QDateTimeEdit) and isinstance(ends, QDateTimeEdit)
            plans.append(AbsencePlan(kind=str(kind.currentData()), starts_at=self._instant(starts.dateTime()),
                                     ends_at=self._instant(ends.dateTime()), hospital_wide=hospital.isChecked(),
                                     note=note.text().strip()))
        return plans

    def validate(self) -> Problems:
        """Each table's problems under it, one line a row; the cells at fault are marked as they are edited
        (the rows are the person's own just-made edits, so there is nothing to hold back)."""
        if self._loaded is None or self._building_row:
            return self._problems_before  # a row half built or half removed: nothing to read yet
        sessions, absences = self.session_plans(), self.absence_plans()
        session_problems_ = session_problems(sessions)
        for row in range(self.ui.sessionsTable.rowCount()):
            for column in (1, 2, 6):
                mark_invalid(self.session_widget(row, column), row in session_problems_,
                             session_problems_.get(row, ""))
        absence_problems = {i: self.tr("Absence %1: it must end after it starts.").replace("%1", str(i + 1))
                            for i, a in enumerate(absences) if a.ends_at <= a.starts_at}
        # No maxLength on the note: a paste is never cut without a word, it gets this message instead.
        long_notes = {i for i, a in enumerate(absences) if len(a.note) > doctors.ABSENCE_NOTE_MAX}
        backwards = set(absence_problems)
        for i in sorted(long_notes - backwards):
            absence_problems[i] = self.tr("Absence %1: keep the note under %2 characters.").replace(
                "%1", str(i + 1)).replace("%2", str(doctors.ABSENCE_NOTE_MAX))
        for row in range(self.ui.absencesTable.rowCount()):
            mark_invalid(self.absence_widget(row, 2), row in backwards, absence_problems.get(row, ""))
            mark_invalid(self.absence_widget(row, 4), row in long_notes, absence_problems.get(row, ""))
        problems: Problems = {}
        if session_problems_:
            problems["sessions"] = "\n".join(session_problems_[r] for r in sorted(session_problems_))
        if absence_problems:
            problems["absences"] = "\n".join(absence_problems[r] for r in sorted(absence_problems))
        self._problems_before = problems
        return problems

    def can_submit(self) -> bool:
        return self._loaded is not None and super().can_submit()

    def has_unsaved_changes(self) -> bool:
        """The rows hold their values in cell widgets: what Save would do says whether anything changed."""
        if self._loaded is None or self._building_row:
            return False
        return bool(self.change(self.session_plans(), self.absence_plans()))

    def change(self, sessions: list[SessionPlan], absences: list[AbsencePlan]) -> HoursChange:
        plan = HoursChange(remove_sessions=list(self._removed_sessions),
                           remove_absences=list(self._removed_absences))
        for origin, wanted in zip(self._session_origin, sessions, strict=True):
            if origin is not None and wanted == SessionPlan(origin.weekday, origin.starts, origin.ends,
                                                            origin.resource_id, origin.valid_from,
                                                            origin.valid_to, origin.slot_minutes):
                continue
            if origin is not None:
                plan.remove_sessions.append(origin)
            plan.add_sessions.append(wanted)
        for origin_, wanted_ in zip(self._absence_origin, absences, strict=True):
            if origin_ is not None and wanted_ == AbsencePlan(origin_.kind, origin_.starts_at, origin_.ends_at,
                                                              origin_.staff_id is None, origin_.note):
                continue
            if origin_ is not None:
                plan.remove_absences.append(origin_)
            plan.add_absences.append(wanted_)
        return plan

    # --- saving ------------------------------------------------------------------------------------------

    def submit(self) -> None:
        """Called by FormDialog for a valid form: list the appointments the change affects, ask, then save."""
        assert self._loaded is not None
        sessions, absences = self.session_plans(), self.absence_plans()
        plan = self.change(sessions, absences)
        if not plan:
            self.accept()
            return
        loaded, ctx, staff_id, tz = self._loaded, self._ctx, self._staff_id, self.tz
        before = [SessionPlan(t.weekday, t.starts, t.ends, t.resource_id, t.valid_from, t.valid_to,
                              t.slot_minutes).as_session(staff_id) for t in loaded.templates]
        after = [s.as_session(staff_id) for s in sessions]
        away_before = [Interval(e.starts_at, e.ends_at) for e in loaded.absences]
        away_after = [Interval(a.starts_at, a.ends_at) for a in absences]
        new_holidays = [Interval(a.starts_at, a.ends_at) for a in plan.add_absences if a.hospital_wide]

        def previewed(affected: tuple[AppointmentDTO, ...]) -> None:
            if affected:
                self._confirm(plan, affected)
            else:
                self._apply(plan)

        # Only a look, not the save: the dialog stays open for the question or the save that follows.
        self.save(lambda: preview_affected(ctx, staff_id, before=before, after=after, away_before=away_before,
                                           away_after=away_after, new_hospital_wide=new_holidays, tz=tz),
                  previewed, accept=False)

    def _confirm(self, plan: HoursChange, affected: tuple[AppointmentDTO, ...]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Booked appointments are affected"),
                          plural(len(affected),
                                 self.tr("%n booked appointment would fall outside the doctor's hours:", "",
                                         len(affected)),
                                 self.tr("%n booked appointments would fall outside the doctor's hours:", "",
                                         len(affected))),
                          parent=self)
        box.setInformativeText(affected_text(affected, self.tz) + "\n\n" + self.tr(
            "They are not cancelled: after saving they stay booked and are listed for reception to move."))
        self._confirm_button = box.addButton(self.tr("Save and list them to move"),
                                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is self._confirm_button:
                self._apply(plan)
            else:
                show_message(self.ui.messageLabel, self.tr("Nothing was saved."), role="info")

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _apply(self, plan: HoursChange) -> None:
        ctx, staff_id = self._ctx, self._staff_id
        # The whole edit is one service call, one transaction: a refused part saves nothing of the others.
        edit = doctors.HoursEdit(
            remove_sessions=tuple((t.id, t.version) for t in plan.remove_sessions),
            add_sessions=tuple(doctors.NewSession(s.weekday, s.starts, s.ends, resource_id=s.resource_id,
                                                  valid_from=s.valid_from, valid_to=s.valid_to,
                                                  slot_minutes=s.slot_minutes) for s in plan.add_sessions),
            remove_absences=tuple(e.id for e in plan.remove_absences),
            add_absences=tuple(doctors.NewAbsence(a.starts_at, a.ends_at, a.kind, hospital_wide=a.hospital_wide,
                                                  note=a.note) for a in plan.add_absences))

        def work() -> tuple[AppointmentDTO, ...]:
            return doctors.save_hours(ctx, staff_id, edit).affected

        def done(affected: tuple[AppointmentDTO, ...]) -> None:
            self.affected = affected

        def reload_when_stale(error: ServiceError) -> Problems | None:
            # Nothing was saved; when the stored hours changed meanwhile, show them, with the reason.
            if isinstance(error, Conflict | NotFound):
                self.load()
            return None

        self.save(work, done, problems_for=reload_when_stale)
