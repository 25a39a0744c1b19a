"""Feedback after actions (issue 13.5): the banner says what a status action just did, at the hospital's time,
the focus stays where the person was, and a field's error goes as soon as the field is valid again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from helpers import TODAY, YESTERDAY, fixed_clock, submit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.tabs.doctor_queue import DoctorQueue
from hms_desktop.ui.tabs.scheduling import SchedulingTab
from hms_desktop.ui.widgets.action_feedback import action_feedback

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def doctor(database) -> tuple[int, str]:
    """A doctor working all day, every day, in one room (check-in is for today only)."""
    username = database.add_user(Group.DOCTOR, full_name="Dr Feedback Test")
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Room F', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO doctor_room (staff_id, resource_id) VALUES (:s, :r)"),
                     {"s": staff_id, "r": room})
        conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                              "VALUES (:s, :w, :a, :b, :r, :f)"),
                         {"s": staff_id, "w": weekday, "a": time(7), "b": time(23, 59), "r": room, "f": YESTERDAY})
    return staff_id, username


@pytest.fixture(scope="module")
def reception(database, doctor) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def doctor_ctx(database, doctor) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doctor[1], clock=fixed_clock())


def book_today(database, reception: ServiceContext, doctor_id: int, family: str) -> object:
    slot = scheduling.find_slots(reception, doctor_id=doctor_id, start=TODAY, days=1, limit=1)
    assert slot, "no free slot left today"
    patient = new_patient(database, family, "Fay")
    return scheduling.book(reception, patient, doctor_id, slot[0].starts_at, kind="follow_up", reason="Review")


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def shown_and_active(qtbot, widget: QWidget) -> None:
    widget.resize(1280, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def desk(qtbot, runner, reception) -> SchedulingTab:
    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    shown_and_active(qtbot, tab)
    tab.sections.setCurrentIndex(0)
    tab.show_day(TODAY)
    return tab


def test_check_in_says_what_happened_and_keeps_the_focus_on_the_calendar(qtbot, database, desk, reception,
                                                                          doctor) -> None:
    booked = book_today(database, reception, doctor[0], "Checkin")
    desk._booked(booked)  # the banner says "Booked: …", as after booking it here
    assert desk.message_label.text().startswith("Booked: CHECKIN, Fay")
    desk.calendar.select_block(booked.id)
    desk.calendar.setFocus()
    qtbot.mouseClick(desk.check_in_button, Qt.MouseButton.LeftButton)  # the click takes the focus to the button

    checked_in = scheduling.get_appointment(reception, booked.id)
    assert checked_in.status == "checked_in"
    at = desk.clock.local(checked_in.checked_in_at)  # the server's stamp, on the hospital's clock
    start = desk.clock.local(checked_in.starts_at)
    assert desk.message_label.text() == (f"Checked in at {at:%H:%M}: CHECKIN, Fay "
                                         f"({start:%H:%M} with Dr Feedback Test).")
    assert desk.message_label.isVisible() and desk.message_label.property("role") == "info"
    # The focus is back on the cell acted on, not on down the tab order to the declined list.
    assert QApplication.focusWidget() is desk.calendar
    assert desk.calendar.selected_id == booked.id
    assert not desk.check_in_button.isEnabled()  # checked in already
    screenshot(desk, "feedback_checked_in")


def test_cancel_in_the_dialog_says_so_in_the_banner_and_the_focus_returns(qtbot, database, desk, reception,
                                                                          doctor) -> None:
    booked = book_today(database, reception, doctor[0], "Cancelled")
    desk.reload_all()
    desk.calendar.select_block(booked.id)
    desk.calendar.setFocus()
    dialog = desk.open_appointment(desk.calendar.selected_block().payload)
    qtbot.keyClicks(dialog.ui.cancelReasonEdit, "Feeling better")
    dialog.ui.cancelAppointmentButton.click()
    assert dialog.appointment.status == "cancelled"
    start = desk.clock.local(booked.starts_at)
    # No stamp of its own: the hospital's "now" (the fixed clock stands at 10:00 on the hospital's wall clock).
    assert desk.message_label.text() == (f"Cancelled at 10:00: CANCELLED, Fay ({start:%H:%M} with "
                                         "Dr Feedback Test).")
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.calendar)


def test_the_queue_says_called_in_and_completed_and_keeps_the_focus(qtbot, runner, database, reception, doctor_ctx,
                                                                    doctor) -> None:
    booked = book_today(database, reception, doctor[0], "Queued")
    scheduling.check_in(reception, booked.id)
    queue = DoctorQueue(ctx=doctor_ctx, runner=runner)
    qtbot.addWidget(queue)
    shown_and_active(qtbot, queue)
    tree = queue.waiting_tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == booked.id)
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on a waiting patient calls them in
    called = scheduling.get_appointment(reception, booked.id)
    assert called.status == "in_consultation"
    start = queue.clock.local(called.starts_at)
    assert queue.message_label.text() == (f"Called in at {queue.clock.local(called.called_at):%H:%M}: QUEUED, Fay "
                                          f"({start:%H:%M} with Dr Feedback Test).")
    assert QApplication.focusWidget() is tree  # where the doctor was
    qtbot.mouseClick(queue.complete_button, Qt.MouseButton.LeftButton)
    done = scheduling.get_appointment(reception, booked.id)
    assert done.status == "completed"
    assert queue.message_label.text().startswith(f"Completed at {queue.clock.local(done.completed_at):%H:%M}: "
                                                 "QUEUED, Fay")
    assert not queue.complete_button.isVisible()
    assert QApplication.focusWidget() is queue.waiting_tree  # the button went; the list the doctor works from


@pytest.mark.parametrize(("status", "stamp", "expected"), [
    ("checked_in", "checked_in_at", "Checked in at 04:58"),
    ("in_consultation", "called_at", "Called in at 04:58"),
    ("completed", "completed_at", "Completed at 04:58"),
    ("no_show", None, "Marked as no-show at 09:30"),
    ("cancelled", None, "Cancelled at 09:30"),
    ("confirmed", None, "Accepted at 09:30"),
    ("declined", None, "Declined at 09:30"),
])
def test_every_status_action_is_told_on_the_hospitals_clock(database, status, stamp, expected) -> None:
    """Times are the hospital's wall clock (here Auckland, UTC+13 in December), not this workstation's."""
    zone = ZoneInfo("Pacific/Auckland")
    now = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)  # 09:30 on 2 December in Auckland
    clock = HospitalClock(ctx=SimpleNamespace(clock=SimpleNamespace(now=lambda: now)), zone=zone)  # type: ignore[arg-type]
    stamped = datetime(2026, 12, 1, 15, 58, tzinfo=UTC)  # 04:58 in Auckland
    appointment = SimpleNamespace(status=status, patient_name="DOE, Jane", doctor_name="Dr Who",
                                  starts_at=stamped + timedelta(minutes=2), checked_in_at=None, called_at=None,
                                  completed_at=None, rescheduled_from_id=None)
    if stamp:
        setattr(appointment, stamp, stamped)
    assert action_feedback(appointment, clock) == f"{expected}: DOE, Jane (05:00 with Dr Who)."


def test_patient_form_errors_go_as_soon_as_each_field_is_valid(qtbot, runner, reception) -> None:
    dialog = PatientDialog(ctx=reception, runner=runner, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.birthDateEdit, "31/02/1980")
    qtbot.keyClicks(ui.phoneEdit, "12ab")
    submit(dialog, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))  # every problem explained
    assert ui.familyNameError.isVisible() and ui.birthDateError.isVisible() and ui.phoneError.isVisible()
    assert ui.messageLabel.text() == "Please correct the fields marked in red; nothing has been saved."

    qtbot.keyClicks(ui.familyNameEdit, "Liveclear")  # the first letter makes it valid: its error goes at once
    assert not ui.familyNameError.isVisible() and ui.familyNameEdit.property("invalid") == "false"
    assert ui.birthDateError.isVisible() and ui.phoneError.isVisible()  # the others stay until fixed

    ui.birthDateEdit.clear()
    qtbot.keyClicks(ui.birthDateEdit, "28/02/198")  # not a whole date yet: still explained
    assert ui.birthDateError.isVisible()
    qtbot.keyClicks(ui.birthDateEdit, "0")
    assert not ui.birthDateError.isVisible() and ui.birthDateEdit.property("invalid") == "false"

    ui.phoneEdit.clear()  # an empty phone is allowed
    assert not ui.phoneError.isVisible()
    qtbot.keyClicks(ui.givenNameEdit, "Eve")
    qtbot.keyClicks(ui.sexCombo, "F")
    assert dialog.validate() == {}
    assert not ui.messageLabel.isVisible()  # nothing left to correct: the summary went too
    assert dialog.save_button.isEnabled()


def test_a_service_answer_under_a_field_goes_when_the_field_is_edited(qtbot, runner, reception) -> None:
    dialog = PatientDialog(ctx=reception, runner=runner, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_problems({"national_id": "This ID is already registered to MRN 1."})
    assert dialog.ui.nationalIdError.isVisible()
    qtbot.keyClicks(dialog.ui.nationalIdEdit, "X")
    assert not dialog.ui.nationalIdError.isVisible()


def test_the_login_window_drops_what_was_missing_once_it_is_typed(qtbot, controller) -> None:
    controller.start()
    dialog = controller.login_dialog
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.ui.usernameEdit.clear()
    dialog.ui.passwordEdit.clear()
    dialog.ui.passwordEdit.setFocus()
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "Enter your user name and password."
    qtbot.keyClicks(dialog.ui.usernameEdit, "someone")
    assert dialog.ui.messageLabel.isVisible()  # the password is still missing
    qtbot.keyClicks(dialog.ui.passwordEdit, "x")
    assert not dialog.ui.messageLabel.isVisible()
