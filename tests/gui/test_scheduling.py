"""The Scheduling tab, its dialogs and the doctor's queue, driven as a person would, on a real database.

Doctors, specialties, rooms and weekly hours are set up as the database owner (as an administrator would);
everything else goes through the screens or, for "another workstation", through the services with a second
login. Set HMS_SCREENSHOT_DIR to keep PNGs of the screens (DESIGN.md §4: look at every screen).
"""

from __future__ import annotations

import os
import re
import subprocess
import time as time_module
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from helpers import HOSPITAL_ZONE, TODAY, TOMORROW, YESTERDAY, at, fixed_clock, submit
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import demo_schedule, scheduling, setup, slips, users
from hms_desktop.services import settings as settings_service
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.appointment_dialog import AppointmentDialog
from hms_desktop.ui.dialogs.book_dialog import BookDialog
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.doctor_queue import LONG_WAIT_MINUTES, DoctorQueue, waiting_text
from hms_desktop.ui.tabs.scheduling import SchedulingTab
from hms_desktop.ui.tasks import TaskRunner
from hms_desktop.ui.widgets.day_calendar import DayCalendar


@dataclass(frozen=True)
class Clinic:
    cardiology: int
    heart: int      # Dr Amara Nwosu, cardiology, room "Consulting room 1"
    heart2: int     # Dr Bruno Keller, cardiology, room "Consulting room 2"
    heart_user: str


def _staff_id(database, username: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())


def _set_up_doctor(conn, staff_id: int, specialty_id: int, room: str, sessions: list[tuple[time, time]]) -> None:
    room_id = conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, 'consulting_room') RETURNING id"),
                           {"n": room}).scalar_one()
    conn.execute(text("INSERT INTO doctor_room (staff_id, resource_id) VALUES (:s, :r)"), {"s": staff_id, "r": room_id})
    conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                 {"s": staff_id, "p": specialty_id})
    conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
    for weekday in range(7):
        for starts, ends in sessions:
            conn.execute(text("""
                INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from)
                VALUES (:s, :w, :a, :b, :r, :f)"""),
                         {"s": staff_id, "w": weekday, "a": starts, "b": ends, "r": room_id, "f": YESTERDAY})


@pytest.fixture(scope="module")
def clinic(database) -> Clinic:
    heart_user = database.add_user(Group.DOCTOR, full_name="Dr Amara Nwosu")
    heart2_user = database.add_user(Group.DOCTOR, full_name="Dr Bruno Keller")
    heart, heart2 = _staff_id(database, heart_user), _staff_id(database, heart2_user)
    with database.owner.engine.begin() as conn:
        cardiology = conn.execute(text("INSERT INTO specialty (name) VALUES ('Cardiology') RETURNING id")).scalar_one()
        # Long days, every day: tests that need "later today" find a slot (check-in is for today only).
        _set_up_doctor(conn, heart, cardiology, "Consulting room 1", [(time(7), time(23, 59))])
        _set_up_doctor(conn, heart2, cardiology, "Consulting room 2", [(time(7), time(23, 59))])
    return Clinic(cardiology=cardiology, heart=heart, heart2=heart2, heart_user=heart_user)


@pytest.fixture(scope="module")
def reception(database, clinic) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def other_desk(database, clinic) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def heart_doctor(database, clinic) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=clinic.heart_user, clock=fixed_clock())


pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def tab(qtbot, runner, reception) -> SchedulingTab:
    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 820)
    tab.show()
    tab.sections.setCurrentIndex(0)
    tab.show_day(TOMORROW)
    return tab


def block_ids(calendar: DayCalendar) -> dict[int, object]:
    return {b.id: b.column for b in calendar.blocks}


def test_book_through_the_dialog_and_see_the_block(qtbot, database, tab, clinic) -> None:
    new_patient(database, "Okafor", "Chidinma")
    dialog = tab.open_book()
    assert isinstance(dialog, BookDialog)
    dialog.search_patient("Okafor")
    assert dialog.patients.rowCount() == 1 and dialog.patient_id is not None
    assert "OKAFOR, Chidinma" in dialog.ui.patientChosenLabel.text()
    dialog.ui.modeCombo.setCurrentIndex(dialog.ui.modeCombo.findData("doctor"))
    dialog.ui.doctorCombo.setCurrentIndex(dialog.ui.doctorCombo.findData(clinic.heart))
    dialog.ui.fromDateEdit.setDate(TOMORROW)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("follow_up"))
    assert dialog.slots and {s.doctor_name for s in dialog.slots} == {"Dr Amara Nwosu"}
    assert dialog.ui.slotTree.topLevelItem(0).text(2) == "Consulting room 1"
    assert dialog.select_slot(at(TOMORROW, 9, 30), doctor_id=clinic.heart)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Palpitations for two weeks")
    screenshot(dialog, "sched_book_dialog")
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))

    assert dialog.result() == dialog.DialogCode.Accepted
    appointment = dialog.appointment
    assert appointment.starts_at == at(TOMORROW, 9, 30) and appointment.room == "Consulting room 1"
    assert tab.calendar.block_by_id(appointment.id) is not None
    assert tab.calendar.texts(appointment.id) == ("09:30 · OKAFOR, Chidinma · BOOKED · Follow-up · Palpitations "
                                                  "for two weeks")
    assert tab.calendar.selected_id == appointment.id
    assert "Booked: OKAFOR, Chidinma with Dr Amara Nwosu" in tab.message_label.text()
    scheduling.cancel(tab._ctx, appointment.id, "test over")


def test_the_dialog_explains_what_is_missing(qtbot, tab) -> None:
    dialog = tab.open_book()
    assert isinstance(dialog, BookDialog)
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert dialog.ui.patientError.text() == "Find and choose the patient."
    assert dialog.ui.slotError.text() == "Choose a free slot."
    assert dialog.ui.reasonError.text() == "Enter the reason for the appointment."
    # First free slot across the specialty: both cardiologists, earliest first.
    dialog.ui.specialtyCombo.setCurrentIndex(dialog.ui.specialtyCombo.findText("Cardiology"))
    starts = [s.starts_at for s in dialog.slots]
    assert starts == sorted(starts) and {s.doctor_name for s in dialog.slots} >= {"Dr Amara Nwosu", "Dr Bruno Keller"}
    # A procedure takes two slots by default and finds room for both.
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("procedure"))
    assert dialog.ui.lengthSpin.value() == 2
    assert all(s.ends_at - s.starts_at == timedelta(minutes=30) for s in dialog.slots)


def test_a_slot_taken_meanwhile_says_so_and_offers_the_next(qtbot, database, tab, clinic, reception,
                                                             other_desk) -> None:
    patient = new_patient(database, "Slow", "Clerk")
    dialog = tab.open_book(doctor_id=clinic.heart, start=datetime.combine(TOMORROW, time(11, 0)))
    assert isinstance(dialog, BookDialog)
    dialog.search_patient("Slow")
    assert dialog.patient_id == patient
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("follow_up"))
    assert dialog.select_slot(at(TOMORROW, 11), doctor_id=clinic.heart)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Chest pain")
    quick = scheduling.book(other_desk, new_patient(database, "Quick", "Clerk"), clinic.heart, at(TOMORROW, 11),
                            kind="follow_up", reason="Faster")
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert dialog.ui.slotError.isVisible()
    assert dialog.ui.slotError.text().startswith("This slot was just taken")
    assert dialog.slots and all(s.starts_at >= at(TOMORROW, 11, 15) for s in dialog.slots)
    assert dialog.ui.reasonEdit.text() == "Chest pain"  # nothing typed is lost
    dialog.ui.slotTree.setCurrentItem(dialog.ui.slotTree.topLevelItem(0))
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.appointment.starts_at == at(TOMORROW, 11, 15)
    for appointment in (quick, dialog.appointment):
        scheduling.cancel(reception, appointment.id, "test over")


def test_drag_to_another_doctor_and_time_after_confirming(qtbot, database, tab, clinic, reception) -> None:
    appointment = scheduling.book(reception, new_patient(database, "Dragged", "Along"), clinic.heart,
                                  at(TOMORROW, 10), kind="follow_up", reason="Review")
    tab.reload()
    calendar = tab.calendar
    rect = calendar.block_rect(appointment.id)
    assert rect is not None
    target_column = calendar.column_index(clinic.heart2)
    target_row = calendar.row_of(datetime.combine(TOMORROW, time(14, 0)))
    tab.resize(1280, 1000)
    calendar.verticalScrollBar().setValue(calendar.slot_rect(0, calendar.row_of(at(TOMORROW, 9, 45))).top()
                                          + calendar.verticalScrollBar().value() - 46)
    rect = calendar.block_rect(appointment.id)
    target = calendar.slot_rect(target_column, target_row)
    viewport = calendar.viewport()
    assert viewport.rect().contains(rect.center()) and viewport.rect().contains(target.center())
    # Grab the block near its top and drop it on the slot: the block's top lands on that slot.
    grab = QPoint(rect.center().x(), rect.top() + 5)
    drop = QPoint(target.center().x(), target.top() + 5)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    for step in range(1, 6):
        QTest.mouseMove(viewport, grab + (drop - grab) * step / 5)
    assert calendar._drag_target == (target_column, target_row)  # the ghost shows where it will go
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, drop)
    box = tab.active_confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "to " + at(TOMORROW, 14).strftime("%a %d %b %H:%M") + " with Dr Bruno Keller" in box.text()
    # "Keep" leaves it where it was.
    box.button(QMessageBox.StandardButton.No).click()
    assert scheduling.get_appointment(reception, appointment.id).status == "booked"
    calendar.request_move(calendar.block_by_id(appointment.id), target_column, target_row)
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    moved = [b for b in calendar.blocks if b.title == "DRAGGED, Along"]
    assert len(moved) == 1 and moved[0].column == clinic.heart2
    assert moved[0].payload.starts_at == at(TOMORROW, 14)
    assert scheduling.get_appointment(reception, appointment.id).status == "cancelled"  # history kept
    assert "Moved: DRAGGED, Along is now at" in tab.message_label.text()
    scheduling.cancel(reception, moved[0].id, "test over")


def test_drag_onto_a_taken_slot_says_just_taken(qtbot, database, tab, clinic, reception) -> None:
    mine = scheduling.book(reception, new_patient(database, "Mover", "Mine"), clinic.heart, at(TOMORROW, 15),
                           kind="follow_up", reason="Review")
    theirs = scheduling.book(reception, new_patient(database, "Sitter", "Theirs"), clinic.heart2, at(TOMORROW, 16),
                             kind="follow_up", reason="Review")
    tab.reload()
    calendar = tab.calendar
    block = calendar.block_by_id(mine.id)
    assert block is not None
    calendar.request_move(block, calendar.column_index(clinic.heart2),
                          calendar.row_of(datetime.combine(TOMORROW, time(16))))
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    assert tab.message_label.text().startswith("This slot was just taken")
    assert "Next free:" in tab.message_label.text()
    assert calendar.block_by_id(mine.id) is not None  # still where it was
    for appointment in (mine, theirs):
        scheduling.cancel(reception, appointment.id, "test over")


def test_keyboard_moves_opens_and_changes_day(qtbot, database, tab, clinic, reception) -> None:
    appointment = scheduling.book(reception, new_patient(database, "Keys", "Board"), clinic.heart2,
                                  at(TOMORROW, 9), kind="new", reason="First visit", slots=2)
    tab.reload()
    calendar = tab.calendar
    calendar.setFocus()
    calendar.move_cursor(calendar.column_index(clinic.heart), calendar.row_of(at(TOMORROW, 9)))
    assert calendar.selected_block() is None
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.selected_id == appointment.id  # landing on an appointment selects it
    assert "KEYS, Board" in tab.selection_label.text()
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    qtbot.keyClick(calendar, Qt.Key.Key_Down)  # a new patient takes two slots: leave from its end
    assert calendar.selected_block() is None
    assert calendar.cursor_row == calendar.row_of(at(TOMORROW, 9, 45))
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.selected_id == appointment.id
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert isinstance(tab.active_dialog, AppointmentDialog)
    assert tab.active_dialog.appointment.id == appointment.id
    tab.active_dialog.close()
    qtbot.keyClick(calendar, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == TOMORROW + timedelta(days=1)
    qtbot.keyClick(calendar, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tab.day == TOMORROW
    # Enter on a free slot offers to book it, with that doctor and time chosen.
    calendar.move_cursor(calendar.column_index(clinic.heart), calendar.row_of(at(TOMORROW, 13)))
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    dialog = tab.active_dialog
    assert isinstance(dialog, BookDialog)
    assert dialog.selected_slot() is not None and dialog.selected_slot().starts_at == at(TOMORROW, 13)
    assert dialog.selected_slot().doctor_id == clinic.heart
    dialog.close()
    scheduling.cancel(reception, appointment.id, "test over")


def test_a_booking_elsewhere_appears_live(qtbot, runner, database, reception, other_desk, clinic) -> None:
    live = LiveUpdates(reception)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000):
            live.start()
        tab = SchedulingTab(ctx=reception, runner=runner, live=live)
        qtbot.addWidget(tab)
        tab.show_day(TOMORROW)
        qtbot.waitUntil(lambda: "appointments" in live._listener.listening()
                        and not tab.live_screen.catch_up.isActive(),
                        timeout=5000)
        before = set(block_ids(tab.calendar))
        appointment = scheduling.book(other_desk, new_patient(database, "Elsewhere", "Booked"), clinic.heart2,
                                      at(TOMORROW, 12), kind="follow_up", reason="From the other desk")
        # No reload() here: only the NOTIFY from the other desk's commit can bring it in.
        qtbot.waitUntil(lambda: appointment.id in block_ids(tab.calendar), timeout=5000)
        assert appointment.id not in before
        assert tab.calendar.block_by_id(appointment.id).column == clinic.heart2
        scheduling.cancel(other_desk, appointment.id, "test over")
        qtbot.waitUntil(lambda: appointment.id not in block_ids(tab.calendar), timeout=5000)
    finally:
        live.stop()


def test_doctor_declines_and_reception_sees_it_to_rebook(qtbot, runner, database, tab, clinic, reception,
                                                          heart_doctor) -> None:
    appointment = scheduling.book(reception, new_patient(database, "Declined", "Patient"), clinic.heart,
                                  at(TOMORROW, 16, 30), kind="follow_up", reason="Review")
    doctor_tab = SchedulingTab(ctx=heart_doctor, runner=runner)
    qtbot.addWidget(doctor_tab)
    assert doctor_tab.sections.tabText(0) == "My day"
    assert not doctor_tab.book_button.isVisible()
    doctor_tab.show_day(TOMORROW)
    dialog = doctor_tab.open_appointment(doctor_tab.calendar.block_by_id(appointment.id).payload)
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.ui.acceptButton.isVisibleTo(dialog) and dialog.ui.declineButton.isVisibleTo(dialog)
    assert not dialog.ui.checkInButton.isVisibleTo(dialog)  # reception's job
    dialog.ui.declineButton.click()
    assert dialog.ui.cancelReasonError.text().startswith("Say why")
    qtbot.keyClicks(dialog.ui.cancelReasonEdit, "On call that afternoon")
    dialog.ui.declineButton.click()
    assert dialog.appointment.status == "declined"
    assert dialog.ui.statusLabel.text() == "DECLINED BY DOCTOR"

    tab.reload()
    assert any("DECLINED, Patient" in line and "On call that afternoon" in line for line in tab.declined_texts())
    # Reception rebooks it from the list: the same dialog, moving it to a free slot.
    tab.declined_list.setCurrentRow(0)
    item = next(tab.declined_list.item(i) for i in range(tab.declined_list.count())
                if "DECLINED, Patient" in tab.declined_list.item(i).text())
    tab._declined_activated(item)
    opened = tab.active_dialog
    assert isinstance(opened, AppointmentDialog) and opened.ui.rescheduleButton.isVisibleTo(opened)
    opened.reschedule()
    mover = opened.active_dialog
    assert isinstance(mover, BookDialog)
    mover.ui.slotTree.setCurrentItem(mover.ui.slotTree.topLevelItem(0))
    submit(mover, mover.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert opened.appointment.status == "booked" and opened.appointment.rescheduled_from_id == appointment.id
    assert not any("DECLINED, Patient" in line for line in tab.declined_texts())
    scheduling.cancel(reception, opened.appointment.id, "test over")


def test_check_in_then_the_queue_calls_and_completes(qtbot, runner, database, reception, heart_doctor,
                                                     clinic) -> None:
    today = TODAY  # the contexts' clocks stand at 10:00 today: slots are left later today
    slot = scheduling.find_slots(reception, doctor_id=clinic.heart, start=today, days=1, limit=1)
    assert slot
    patient = new_patient(database, "Waiting", "Room")
    appointment = scheduling.book(reception, patient, clinic.heart, slot[0].starts_at, kind="follow_up",
                                  reason="Blood pressure")
    desk = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(desk)
    desk.show_day(today)
    desk.calendar.select_block(appointment.id)
    assert desk.check_in_button.isEnabled()
    desk.check_in_button.click()
    assert desk.calendar.block_by_id(appointment.id).status == "checked_in"
    assert "CHECKED IN" in desk.calendar.texts(appointment.id)

    queue = DoctorQueue(ctx=heart_doctor, runner=runner)
    qtbot.addWidget(queue)
    queue.resize(1100, 600)
    queue.show()
    # Waiting counts from the server's check-in stamp: look at the queue at that moment (the test clock's
    # 10:00 is hours away from the server's now when the suite runs at night).
    arrived = queue.entries[0].checked_in_at
    queue.now = lambda: arrived
    queue.tick()
    rows = queue.waiting_rows()
    assert rows == [("WAITING, Room · MRN " + appointment.patient_mrn,
                     slot[0].starts_at.astimezone(HOSPITAL_ZONE).strftime("%H:%M"), "0 min")]
    later = queue.entries[0].checked_in_at + timedelta(minutes=12, seconds=5)  # stamped by the server's clock
    queue.now = lambda: later  # the waiting time ticks on without the database
    queue.tick()
    assert queue.waiting_rows()[0][2] == "12 min"
    # A long wait is said with a warning sign, not by the amber colour alone (issue 15.3).
    longer = queue.entries[0].checked_in_at + timedelta(minutes=LONG_WAIT_MINUTES + 5, seconds=5)
    queue.now = lambda: longer
    queue.tick()
    queue.tick()  # the sign is not added twice
    assert queue.waiting_rows()[0][2] == f"⚠ {LONG_WAIT_MINUTES + 5} min"
    assert "longer than" in queue.waiting_tree.topLevelItem(0).toolTip(2)
    assert queue.day_tree.topLevelItem(0).text(3) == "Checked in"
    screenshot(queue, "sched_queue")
    assert queue.call_next_button.isEnabled()
    queue.call_next_button.click()
    assert queue.consult_card.isVisible() and queue.consult_name.text().startswith("WAITING, Room")
    assert queue.waiting_rows() == [] and not queue.call_next_button.isEnabled()
    queue.complete_button.click()
    assert not queue.consult_card.isVisible()
    assert scheduling.get_appointment(reception, appointment.id).status == "completed"
    assert "1 of 1 seen" in queue.summary_label.text()


def test_the_day_view_offers_no_check_in_for_a_requested_appointment(qtbot, runner, database, reception,
                                                                     clinic) -> None:
    """The rules refuse requested → checked in (book or confirm it first); the day view used to offer it."""
    today = TODAY
    slots = scheduling.find_slots(reception, doctor_id=clinic.heart, start=today, days=1, limit=2)
    assert len(slots) == 2
    requested = scheduling.book(reception, new_patient(database, "Asked", "Only"), clinic.heart, slots[0].starts_at)
    booked = scheduling.book(reception, new_patient(database, "Booked", "Properly"), clinic.heart, slots[1].starts_at)
    with database.owner.engine.begin() as conn:  # a request from a referral: not booked by the desk yet
        conn.execute(text("UPDATE appointment SET status = 'requested' WHERE id = :id"), {"id": requested.id})
    desk = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(desk)
    desk.show_day(today)
    assert desk.view is not None and desk.view.is_today
    desk.calendar.select_block(requested.id)
    assert desk.calendar.block_by_id(requested.id).status == "requested"
    assert not desk.check_in_button.isEnabled()
    desk.calendar.select_block(booked.id)
    assert desk.check_in_button.isEnabled()


def test_waiting_text() -> None:
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert waiting_text(start, start + timedelta(minutes=4, seconds=59)) == "4 min"
    assert waiting_text(start, start + timedelta(minutes=65)) == "1 h 05 min"
    assert waiting_text(None, start) == ""


def test_slip_from_the_appointment_dialog(qtbot, runner, database, reception, clinic, tmp_path) -> None:
    appointment = scheduling.book(reception, new_patient(database, "Slip", "Holder"), clinic.heart2,
                                  at(TOMORROW, 8, 45), kind="new", reason="First visit")
    dialog = AppointmentDialog(runner, reception, appointment)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.ui.slipButton.isVisibleTo(dialog)
    dialog.ui.slipButton.click()
    preview = dialog.active_dialog
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.job.document == slips.SLIP and not preview.job.is_copy
    pdf = tmp_path / "slip.pdf"
    assert preview.save_to(str(pdf))
    info = subprocess.run(["pdfinfo", "-isodates", str(pdf)], check=True, capture_output=True, text=True).stdout
    # Dated by the service's clock: the real time in the app, the tests' fixed 10:00 here (never 2000).
    stamp = re.search(r"^CreationDate:\s*(\S+)", info, re.MULTILINE).group(1)  # "…Z" or "…+01" (pdfinfo's zone)
    stamp = re.sub(r"([+-]\d\d)$", r"\1:00", stamp.replace("Z", "+00:00"))
    assert datetime.fromisoformat(stamp) == reception.clock.now(), info
    words = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                    text=True).stdout.split())
    for expected in ("SLIP, Holder", f"MRN {appointment.patient_mrn}", "Dr Bruno Keller", "Consulting room 2",
                     "Cardiology", "New patient", at(TOMORROW, 8, 45).strftime("%d %b %Y"), "08:45"):
        assert expected in words, expected
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "scan")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "-Sdisable", "-Scode128.enable", str(next(tmp_path.glob("scan*.png")))],
                             check=False, capture_output=True, text=True).stdout.split()
    assert scanned == [f"CODE-128:{appointment.patient_mrn}"]
    assert slips.appointment_slip(reception, appointment.id).is_copy  # the second print says COPY
    scheduling.cancel(reception, appointment.id, "test over")


def test_the_day_and_week_with_demo_data(qtbot, runner, database, reception, clinic) -> None:
    """A realistic day: several doctors, sessions with a lunch break, every status, an overbooked one."""
    day = TOMORROW + timedelta(days=7)
    usernames = [database.add_user(Group.DOCTOR, full_name=name) for name in
                 ("Dr Chen Wei", "Dr Fatima Al-Sayed", "Dr Olusegun Adeyemi-Harrington", "Dr Ingrid Johansson")]
    ids = [_staff_id(database, u) for u in usernames]
    with database.owner.engine.begin() as conn:
        derm = conn.execute(text("INSERT INTO specialty (name) VALUES ('Dermatology') RETURNING id")).scalar_one()
        for i, staff_id in enumerate(ids):
            _set_up_doctor(conn, staff_id, derm, f"Room D{i + 1}", [(time(9), time(12, 30)), (time(14), time(17))])
        conn.execute(text("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind, note) "
                          "VALUES (:s, :a, :b, 'training', 'ACLS course')"),
                     {"s": ids[2], "a": at(day, 15), "b": at(day, 17)})
    names = [("Okonkwo", "Adaeze"), ("Lindqvist", "Astrid"), ("Moreau", "Camille"), ("Tanaka", "Hiroshi"),
             ("García López", "María José"), ("O'Brien-Smith", "Zoë"), ("Novak", "Petra"), ("Haddad", "Yusuf"),
             ("Kowalczyk", "Agnieszka"), ("Mensah", "Kwame"), ("Rossi", "Giulia"), ("Singh", "Harpreet")]
    statuses = ["booked", "confirmed", "requested", "checked_in", "in_consultation", "completed", "no_show",
                "booked", "confirmed", "booked", "declined", "booked"]
    booked = []
    for i, ((family, given), status) in enumerate(zip(names, statuses, strict=True)):
        doctor = ids[i % 4]
        start = at(day, (9, 11, 14)[i // 4], 15 * (i % 3))
        kind = ("new", "follow_up", "procedure")[i % 3]
        appointment = scheduling.book(reception, new_patient(database, family, given), doctor, start, kind=kind,
                                      reason=("Rash on both forearms", "Mole check", "Excision biopsy")[i % 3],
                                      slots=(2, 1, 3)[i % 3])
        booked.append(appointment)
        with database.owner.engine.begin() as conn:
            conn.execute(text("ALTER TABLE appointment DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE appointment SET status = :s WHERE id = :i"), {"s": status, "i": appointment.id})
            conn.execute(text("ALTER TABLE appointment ENABLE TRIGGER USER"))
    with database.owner.engine.begin() as conn:  # an urgent case, booked over a busy slot
        conn.execute(text("""
            INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, kind, reason, status, overbooked,
                                     overbook_reason)
            VALUES (:p, :d, :a, :b, 'new', 'Spreading cellulitis', 'booked', true, 'Urgent: GP phoned')"""),
                     {"p": new_patient(database, "Urgent", "Case"), "d": ids[0], "a": at(day, 9, 15),
                      "b": at(day, 9, 30)})

    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_day(day)
    tab.specialty_combo.setCurrentIndex(tab.specialty_combo.findText("Dermatology"))
    assert [c.title for c in tab.calendar.columns] == sorted(
        ["Dr Chen Wei", "Dr Fatima Al-Sayed", "Dr Olusegun Adeyemi-Harrington", "Dr Ingrid Johansson"])
    overbooked = [b for b in tab.calendar.blocks if b.overbooked]
    assert len(overbooked) == 1 and "OVERBOOKED" in tab.calendar.texts(overbooked[0].id)
    away = next(c for c in tab.calendar.columns if c.doctor_id == ids[2]).away
    assert away and away[0][2] == "Training: ACLS course"
    tab.calendar.verticalScrollBar().setValue(0)
    tab.calendar.select_block(booked[3].id)
    screenshot(tab, "sched_day")

    tab.sections.setCurrentWidget(tab.week)
    tab.week.select_doctor(ids[0])
    tab.week.show_week(day)
    assert len(tab.week.grid.columns) == 7
    assert {b.id for b in tab.week.grid.blocks} >= {booked[0].id, booked[4].id}
    screenshot(tab, "sched_week")


def test_accept_then_cancel_with_a_reason(qtbot, runner, database, reception, heart_doctor, clinic) -> None:
    appointment = scheduling.book(reception, new_patient(database, "Accepted", "Then"), clinic.heart,
                                  at(TOMORROW, 17), kind="follow_up", reason="Results")
    doctor_view = AppointmentDialog(runner, heart_doctor, appointment)
    qtbot.addWidget(doctor_view)
    doctor_view.open()
    assert not doctor_view.ui.cancelAppointmentButton.isVisibleTo(doctor_view)  # reception's job
    doctor_view.ui.acceptButton.click()
    assert doctor_view.ui.statusLabel.text() == "CONFIRMED"
    assert not doctor_view.ui.acceptButton.isVisibleTo(doctor_view)
    assert doctor_view.ui.messageLabel.text() == "Saved: confirmed."

    desk = AppointmentDialog(runner, reception, scheduling.get_appointment(reception, appointment.id))
    qtbot.addWidget(desk)
    desk.open()
    assert not desk.ui.checkInButton.isVisibleTo(desk)  # tomorrow: not yet
    assert not desk.ui.noShowButton.isVisibleTo(desk)   # the time has not come
    assert not desk.ui.acceptButton.isVisibleTo(desk)   # the doctor's
    screenshot(desk, "sched_appointment_dialog")
    desk.ui.cancelAppointmentButton.click()
    assert desk.ui.cancelReasonError.isVisible() and desk.appointment.status == "confirmed"
    hopeful = new_patient(database, "Hopeful", "Waiter")
    scheduling.add_to_waiting_list(reception, hopeful, doctor_id=clinic.heart, note="Any afternoon")
    qtbot.keyClicks(desk.ui.cancelReasonEdit, "Patient moved away")
    desk.ui.cancelAppointmentButton.click()
    assert desk.appointment.status == "cancelled"
    # The freed time is offered to the waiting list.
    assert [m.patient_id for m in desk.waiting_matches] == [hopeful]
    assert "waiting list: HOPEFUL, Waiter" in desk.ui.messageLabel.text()
    assert desk.ui.statusLabel.text() == "CANCELLED"
    assert desk.ui.noteValue.text() == "Patient moved away"
    assert not desk.ui.actionBox.isVisibleTo(desk)  # nothing left to do with it


def test_an_administrator_overbooks_an_urgent_case(qtbot, runner, database, reception, clinic) -> None:
    taken = scheduling.book(reception, new_patient(database, "Already", "There"), clinic.heart2,
                            at(TOMORROW, 18), kind="follow_up", reason="Review")
    urgent = new_patient(database, "Urgent", "Dvt")
    desk = BookDialog(runner, reception, patient_id=urgent, patient_label="URGENT, Dvt")
    qtbot.addWidget(desk)
    assert not desk.ui.overbookFrame.isVisibleTo(desk)  # plain reception may not overbook
    admin = database.context_for(Group.ADMIN, clock=fixed_clock())
    try:
        dialog = BookDialog(runner, admin, patient_id=urgent, patient_label="URGENT, Dvt", doctor_id=clinic.heart2,
                            start=at(TOMORROW, 18))
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.ui.overbookFrame.isVisibleTo(dialog)
        dialog.ui.overbookCheck.setChecked(True)
        assert not dialog.ui.slotTree.isEnabled()
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("follow_up"))
        qtbot.keyClicks(dialog.ui.reasonEdit, "Swollen calf")
        submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.ui.overbookError.text().startswith("Say why")
        qtbot.keyClicks(dialog.ui.overbookReasonEdit, "GP phoned: suspected DVT")
        screenshot(dialog, "sched_book_overbook")
        submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.result() == dialog.DialogCode.Accepted
        booked = dialog.appointment
        assert booked.overbooked and booked.starts_at == at(TOMORROW, 18) and booked.doctor_id == clinic.heart2
        tab = SchedulingTab(ctx=reception, runner=runner)
        qtbot.addWidget(tab)
        tab.show_day(TOMORROW)
        assert "OVERBOOKED" in tab.calendar.texts(booked.id)
        for appointment in (taken, booked):
            scheduling.cancel(admin, appointment.id, "test over")
    finally:
        admin.db.dispose()


def test_the_tab_loads_off_the_gui_thread(qtbot, reception, clinic) -> None:
    """With the real thread pool the columns fill in when the answer comes."""
    pool = TaskRunner()
    tab = SchedulingTab(ctx=reception, runner=pool)
    qtbot.addWidget(tab)
    assert tab.calendar.columns == ()  # nothing yet: the query is running elsewhere
    qtbot.waitUntil(lambda: len(tab.calendar.columns) >= 2 and tab.week.grid.columns != (), timeout=5000)
    assert pool.wait_for_idle(5000)


def test_the_backend_demo_schedule_in_the_day_view(qtbot, runner, cluster) -> None:
    """The demo diary (services.demo_schedule) as reception sees it, on a database of its own."""
    name = f"hms_t_{uuid.uuid4().hex[:10]}"
    cluster.create_database(name)
    owner = cluster.owner_database(name)
    try:
        ctx = ServiceContext(db=owner, user=setup.OWNER_USER)
        for number, (full_name, department) in enumerate((
                ("Dr Amara Nwosu", "Cardiology"), ("Dr Bruno Keller", "Cardiology"),
                ("Dr Chen Wei", "Dermatology"), ("Dr Fatima Al-Sayed", "Paediatrics"),
                ("Dr Ingrid Johansson", "Orthopaedics"))):
            users.add_staff(ctx, NewStaffMember(username=f"demo_{uuid.uuid4().hex[:6]}_{number}", full_name=full_name,
                                                title="Consultant", department=department,
                                                groups=frozenset({Group.DOCTOR})), "a-Good-pass-2026")
        with owner.engine.begin() as conn:
            conn.execute(text("INSERT INTO patient (family_name, given_name, sex) "
                              "SELECT 'Demo' || n, 'Patient', 'U' FROM generate_series(1, 400) AS n"))
            assert demo_schedule.seed_demo_schedule(conn) > 50
        day = TOMORROW
        while day.weekday() >= 5:
            day += timedelta(days=1)
        tab = SchedulingTab(ctx=ctx, runner=runner)
        qtbot.addWidget(tab)
        tab.resize(1400, 860)
        tab.show()
        qtbot.waitExposed(tab)
        tab.show_day(day)
        assert len(tab.calendar.columns) == 5
        assert len(tab.calendar.blocks) > 10
        assert all(tab.calendar.texts(b.id) for b in tab.calendar.blocks)
        screenshot(tab, "sched_day_demo")
        tab.close()
    finally:
        owner.dispose()
        cluster.drop_database(name)


def test_the_tab_opens_on_the_hospitals_date_not_the_workstations(qtbot, runner, database, clinic,
                                                                  monkeypatch) -> None:
    """At 23:30 UTC the workstation (UTC) is still on 1 July; the hospital in Auckland is on 2 July."""
    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    owner = database.owner_context()
    before = settings_service.get_settings(owner)
    settings_service.save_settings(owner, replace(before, time_zone="Pacific/Auckland"))
    try:
        late = database.context_for(Group.RECEPTION, clock=FixedClock(datetime(2031, 7, 1, 23, 30, tzinfo=UTC)))
        tab = SchedulingTab(ctx=late, runner=runner)
        qtbot.addWidget(tab)
        assert tab.day == date(2031, 7, 2)
        assert tab.view is not None and tab.view.day == date(2031, 7, 2) and tab.view.is_today
        assert tab.date_edit.date().toPython() == date(2031, 7, 2)
        assert tab.clock.now().hour == 11 and tab.clock.now().minute == 30  # NZST, UTC+12
        assert tab.summary_label.text().endswith("updated 11:30:00")
        assert tab.week.monday == date(2031, 6, 30)  # the week of Wednesday 2 July
        assert tab.resources_page.day == date(2031, 7, 2)
        tab.show_day(date(2031, 7, 9))
        tab.today_button.click()
        assert tab.day == date(2031, 7, 2)
        late.db.dispose()
        doctor = database.login(clinic.heart_user)
        doctor.clock = FixedClock(datetime(2031, 7, 1, 23, 30, tzinfo=UTC))
        queue = DoctorQueue(ctx=doctor, runner=runner)
        qtbot.addWidget(queue)
        assert queue.day == date(2031, 7, 2) and queue.summary_label.text().endswith("updated 11:30:00")
        doctor.db.dispose()
    finally:
        settings_service.save_settings(owner, before)
        monkeypatch.undo()
        time_module.tzset()


def test_reception_sees_a_dash_where_the_hospital_withholds_reasons(qtbot, runner, database, reception,
                                                                     clinic) -> None:
    """Setting "Reception may read appointment reasons" off (migration 0008): no error, a dash, and a move
    keeps the reason it cannot show."""
    admin = database.context_for(Group.ADMIN)
    appointment = scheduling.book(reception, new_patient(database, "Private", "Reason"), clinic.heart2,
                                  at(TOMORROW, 11, 0), kind="new", reason="Chest pain")
    settings_service.set_reception_reads_reasons(admin, False)
    try:
        hidden = scheduling.get_appointment(reception, appointment.id)
        assert hidden.reason is None
        dialog = AppointmentDialog(runner, reception, hidden)
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.ui.reasonValue.text() == "—"
        move = BookDialog(runner, reception, reschedule=hidden)
        qtbot.addWidget(move)
        assert "reason" not in move.validate()
        assert "reception does not see" in move.ui.reasonEdit.placeholderText()
        day = scheduling.day_view(reception, TOMORROW)
        assert [a.reason for c in day.columns for a in c.appointments if a.id == appointment.id] == [None]
    finally:
        settings_service.set_reception_reads_reasons(admin, True)
        scheduling.cancel(reception, appointment.id, "test over")
        admin.db.dispose()


def test_the_grid_and_the_dialogs_are_on_the_hospitals_clock_not_the_workstations(qtbot, runner, database, clinic,
                                                                                   monkeypatch) -> None:
    """The workstation runs on UTC, the hospital in Kathmandu (UTC+05:45): 09:00 at the hospital is 03:15 on
    the workstation's clock. The rows, the blocks, the dialogs and what a click books are the hospital's."""
    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    kathmandu = ZoneInfo("Asia/Kathmandu")
    day = TODAY + timedelta(days=5)  # a day the other tests leave empty

    def there(hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=kathmandu)

    owner = database.owner_context()
    before = settings_service.get_settings(owner)
    settings_service.save_settings(owner, replace(before, time_zone="Asia/Kathmandu"))
    desk = database.context_for(Group.RECEPTION, clock=FixedClock(datetime.combine(TODAY, time(10), tzinfo=kathmandu)))
    try:
        appointment = scheduling.book(desk, new_patient(database, "Far", "Away"), clinic.heart, there(9),
                                      kind="follow_up", reason="Review")
        tab = SchedulingTab(ctx=desk, runner=runner)
        qtbot.addWidget(tab)
        tab.resize(1280, 1000)
        tab.show()
        tab.sections.setCurrentIndex(0)
        tab.show_day(day)
        calendar = tab.calendar
        heart, heart2 = calendar.column_index(clinic.heart), calendar.column_index(clinic.heart2)
        # The doctors work 07:00-23:59 hospital time: the rows start at 07:00, not at 01:15 (UTC).
        assert calendar.day_start == time(7)
        assert calendar.columns[heart].hours == ((time(7), time(23, 59)),)
        nine = next(row for row in range(calendar.row_count) if calendar.row_time(row) == time(9))
        assert calendar.row_of(appointment.starts_at) == nine
        rect = calendar.block_rect(appointment.id)
        assert rect is not None and rect.top() == calendar.slot_rect(heart, nine).top() + 1  # drawn in the 09:00 row
        assert calendar.texts(appointment.id).startswith("09:00 · FAR, Away")
        assert "09:00–09:15" in calendar.block_by_id(appointment.id).tooltip

        # The appointment dialog says 09:00.
        dialog = tab.open_appointment(calendar.block_by_id(appointment.id).payload)
        assert dialog.ui.whenValue.text() == f"{day:%a %d %b %Y}, 09:00–09:15"
        dialog.close()
        # Opened without the screen's clock, it reads the hospital's zone itself.
        alone = AppointmentDialog(runner, desk, appointment)
        qtbot.addWidget(alone)
        assert alone.ui.whenValue.text() == f"{day:%a %d %b %Y}, 09:00–09:15"

        # Enter on the free 09:00 slot of the other doctor: the book dialog offers 09:00 hospital time.
        calendar.setFocus()
        calendar.move_cursor(heart2, nine)
        assert calendar.selected_block() is None
        qtbot.keyClick(calendar, Qt.Key.Key_Return)
        book = tab.active_dialog
        assert isinstance(book, BookDialog)
        assert book.selected_slot() is not None and book.selected_slot().starts_at == there(9)
        assert book.ui.slotTree.currentItem().text(0) == f"{day:%a %d %b %Y} 09:00"
        assert book.ui.fromDateEdit.date().toPython() == day
        assert book.ui.overbookTimeEdit.dateTime().time().toString("HH:mm") == "09:00"
        assert book.overbook_time() == there(9)
        book.close()

        # Dropping the block on 11:00 of the other doctor moves it to 11:00 hospital time.
        eleven = next(row for row in range(calendar.row_count) if calendar.row_time(row) == time(11))
        calendar.request_move(calendar.block_by_id(appointment.id), heart2, eleven)
        box = tab.active_confirm
        assert isinstance(box, QMessageBox)
        assert f"from {day:%a %d %b} 09:00" in box.text() and f"to {day:%a %d %b} 11:00" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        moved = next(b for b in calendar.blocks if b.title == "FAR, Away")
        assert moved.payload.starts_at == there(11) and moved.column == clinic.heart2
        assert calendar.row_of(moved.starts_at) == eleven

        # The week: the same block in the 11:00 row of its day.
        tab.week.select_doctor(clinic.heart2)
        tab.week.show_week(day)
        week = tab.week.grid
        assert week.texts(moved.id).startswith("11:00 · FAR, Away")
        assert week.row_time(week.row_of(moved.payload.starts_at)) == time(11)
        assert week.slot_start(week.column_index(day), eleven) == there(11)
        scheduling.cancel(desk, moved.id, "test over")
    finally:
        desk.db.dispose()
        settings_service.save_settings(owner, before)
        monkeypatch.undo()
        time_module.tzset()


def test_my_day_before_its_first_answer_offers_nothing_to_press(qtbot, heart_doctor) -> None:
    """No empty "in consultation" card with a live Complete, no Call next, until the queue has loaded."""

    class HeldRunner:  # the task runner, holding each task until the test lets it run
        def __init__(self) -> None:
            self.tasks: list = []

        def run(self, work, *, on_success, on_failure=None, owner=None) -> None:
            self.tasks.append((work, on_success))

    runner = HeldRunner()
    queue = DoctorQueue(ctx=heart_doctor, runner=runner)
    qtbot.addWidget(queue)
    queue.show()
    assert runner.tasks, "the queue asked for its first load"
    assert queue.consult_card.isHidden() and not queue.call_next_button.isEnabled()
    assert queue.waiting_tree.topLevelItem(0).text(0) == "Loading…"
    for work, on_success in runner.tasks:
        on_success(work())
    assert queue.waiting_tree.topLevelItem(0).text(0) != "Loading…"
