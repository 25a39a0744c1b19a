"""Doctor profiles and working hours (Administration → Doctors, and a doctor's "My profile"), on a real database.

Specialties, rooms and the first weekly hours are set up as the database owner; everything the test is about
goes through the screens. PNGs of the screens go to HMS_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from helpers import TODAY, TOMORROW, YESTERDAY, fixed_clock, submit
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QSpinBox, QTimeEdit, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.doctor_hours_dialog import DoctorHoursDialog, SessionPlan, session_problems
from hms_desktop.ui.tabs.doctors_page import DoctorsPage

LONDON = ZoneInfo("Europe/London")  # the hospital's default time zone (setting time_zone)


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock())


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def catalogue(database) -> dict[str, int]:
    """Specialties and rooms, by name → id."""
    ids: dict[str, int] = {}
    with database.owner.engine.begin() as conn:
        for name in ("Cardiology", "Internal medicine", "Neurology"):
            ids[name] = conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                     {"n": name}).scalar_one()
        for name in ("Room A1", "Room A2"):
            ids[name] = conn.execute(text(
                "INSERT INTO resource (name, kind) VALUES (:n, 'consulting_room') RETURNING id"), {"n": name}
            ).scalar_one()
    return ids


def new_doctor(database, full_name: str, *, hours: tuple[time, time] | None = None,
               room: int | None = None) -> tuple[str, int]:
    username = database.add_user(Group.DOCTOR, full_name=full_name)
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
        if hours is not None:
            for weekday in range(7):
                conn.execute(text("""
                    INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from)
                    VALUES (:s, :w, :a, :b, :r, :f)"""),
                             {"s": staff_id, "w": weekday, "a": hours[0], "b": hours[1], "r": room, "f": YESTERDAY})
    return username, staff_id


def admin_page(qtbot, admin, runner, staff_id: int) -> DoctorsPage:
    page = DoctorsPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    page.select_doctor(staff_id)
    return page


def open_hours(qtbot, page: DoctorsPage) -> DoctorHoursDialog:
    page.ui.hoursButton.click()
    dialog = page.hours_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def check(list_widget, name: str) -> None:
    item = list_widget.findItems(name, Qt.MatchFlag.MatchStartsWith)[0]
    item.setCheckState(Qt.CheckState.Checked)


def set_session(dialog: DoctorHoursDialog, row: int, weekday: int, starts: QTime, ends: QTime) -> None:
    day, from_, to = (dialog.session_widget(row, c) for c in range(3))
    assert isinstance(day, QComboBox) and isinstance(from_, QTimeEdit) and isinstance(to, QTimeEdit)
    day.setCurrentIndex(weekday)
    from_.setTime(starts)
    to.setTime(ends)


def test_admin_edits_a_doctors_profile_specialties_and_hours(qtbot, runner, database, admin,
                                                            catalogue) -> None:
    _user, staff_id = new_doctor(database, "Dr Hana Okafor")
    page = admin_page(qtbot, admin, runner, staff_id)
    assert "Dr Hana Okafor" in page.visible_doctors()
    assert page.ui.titleEdit.isReadOnly()
    qtbot.keyClicks(page.ui.qualificationsEdit, "MBBS, MRCP (Cardiology)")
    qtbot.keyClicks(page.ui.registrationEdit, "GMC 7654321")
    qtbot.keyClicks(page.ui.feeEdit, "CONS-CARD")
    check(page.ui.specialtiesList, "Cardiology")
    check(page.ui.specialtiesList, "Internal medicine")
    check(page.ui.roomsList, "Room A1")
    page.ui.slotSpin.setValue(20)
    qtbot.keyClicks(page.ui.notesEdit, "No clinics on the first Friday of the month.")
    page.ui.saveButton.click()
    assert page.ui.messageLabel.text() == "Saved."
    stored = doctors.get_profile(admin, staff_id)
    assert stored.qualifications == "MBBS, MRCP (Cardiology)"
    assert (stored.registration_number, stored.consultation_fee_code, stored.slot_minutes) == \
        ("GMC 7654321", "CONS-CARD", 20)
    assert [s.name for s in stored.specialties] == ["Cardiology", "Internal medicine"]
    assert stored.rooms == ("Room A1",)
    assert stored.availability_notes == "No clinics on the first Friday of the month."
    row = page.ui.doctorTable.currentRow()
    assert page.ui.doctorTable.item(row, 1).text() == "Cardiology, Internal medicine"
    assert page.ui.doctorTable.item(row, 4).text() == "20 min"
    screenshot(page, "doc_admin_profile")

    dialog = open_hours(qtbot, page)
    assert dialog.ui.sessionsTable.rowCount() == 0
    for weekday, (a, b) in [(0, (QTime(9, 0), QTime(12, 30))), (0, (QTime(13, 30), QTime(17, 0))),
                            (2, (QTime(8, 0), QTime(12, 0)))]:
        dialog.ui.addSessionButton.click()
        row = dialog.ui.sessionsTable.rowCount() - 1
        set_session(dialog, row, weekday, a, b)
    room = dialog.session_widget(0, 3)
    assert isinstance(room, QComboBox)
    room.setCurrentIndex(room.findText("Room A1"))
    slot = dialog.session_widget(2, 4)
    assert isinstance(slot, QSpinBox)
    slot.setValue(30)
    dialog.ui.addAbsenceButton.click()
    note = dialog.absence_widget(0, 4)
    qtbot.keyClicks(note, "Cardiology congress")
    screenshot(dialog, "doc_hours_dialog")
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    sessions = doctors.templates(admin, staff_id)
    assert [(t.weekday, t.starts, t.ends, t.room, t.slot_minutes) for t in sessions] == [
        (0, time(9), time(12, 30), "Room A1", None), (0, time(13, 30), time(17), None, None),
        (2, time(8), time(12), None, 30)]
    absences = doctors.exceptions(admin, staff_id=staff_id)
    assert [(e.staff_id, e.kind, e.note) for e in absences] == [(staff_id, "leave", "Cardiology congress")]
    assert "No booked appointment is affected" in page.ui.messageLabel.text()


def test_a_change_that_hits_a_booked_appointment_lists_it_before_saving(qtbot, runner, database, admin, reception,
                                                                       catalogue) -> None:
    _user, staff_id = new_doctor(database, "Dr Ivo Marsh", hours=(time(9), time(17)), room=catalogue["Room A2"])
    patient = new_patient(database, "Quist", "Elena")
    starts = datetime.combine(TOMORROW, time(15), tzinfo=LONDON)
    booked = scheduling.book(reception, patient, staff_id, starts, reason="Chest pain follow-up")
    page = admin_page(qtbot, admin, runner, staff_id)
    dialog = open_hours(qtbot, page)
    row = next(r for r in range(dialog.ui.sessionsTable.rowCount())
               if dialog.session_plans()[r].weekday == TOMORROW.weekday())
    to = dialog.session_widget(row, 2)
    assert isinstance(to, QTimeEdit)
    to.setTime(QTime(13, 0))  # the afternoon appointment no longer fits
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "QUIST, Elena" in box.informativeText() and "15:00" in box.informativeText()
    screenshot(box, "doc_affected_confirm")
    # Nothing was saved while the question is open.
    assert all(t.ends == time(17) for t in doctors.templates(admin, staff_id))
    box.button(box.StandardButton.Cancel).click()
    assert dialog.isVisible() and "Nothing was saved" in dialog.ui.messageLabel.text()
    assert all(t.ends == time(17) for t in doctors.templates(admin, staff_id))

    save.click()
    box = dialog.confirm_box
    assert box is not None
    confirm = next(b for b in box.buttons() if b.text().startswith("Save and list"))
    confirm.click()
    assert not dialog.isVisible()
    ends = {t.weekday: t.ends for t in doctors.templates(admin, staff_id)}
    assert ends[TOMORROW.weekday()] == time(13)
    assert ends[(TOMORROW.weekday() + 1) % 7] == time(17)
    assert [a.id for a in dialog.affected] == [booked.id]
    # The appointment stays booked and is listed for reception to move.
    assert scheduling.get_appointment(reception, booked.id).status == "booked"
    assert [a.id for a in doctors.appointments_outside_hours(reception, staff_id)] == [booked.id]
    assert "need moving" in page.ui.messageLabel.text() and "QUIST, Elena" in page.ui.messageLabel.text()
    screenshot(page, "doc_after_affected")


def test_a_doctor_edits_own_qualifications_only(qtbot, runner, database, admin, catalogue) -> None:
    username, staff_id = new_doctor(database, "Dr Lena Fischer", hours=(time(8), time(12)))
    new_doctor(database, "Dr Someone Else")
    ctx = database.login(username)
    try:
        page = DoctorsPage(ctx=ctx, runner=runner)
        qtbot.addWidget(page)
        page.resize(700, 720)
        page.show()
        assert page.visible_doctors() == ["Dr Lena Fischer"]
        assert not page.ui.doctorTable.isVisible()
        assert not page.ui.hoursButton.isVisible()
        assert page.ui.registrationEdit.isReadOnly() and page.ui.feeEdit.isReadOnly()
        assert not page.ui.specialtiesList.isEnabled() and not page.ui.slotSpin.isEnabled()
        qtbot.keyClicks(page.ui.qualificationsEdit, "MD, PhD (Neurology)")
        qtbot.keyClicks(page.ui.notesEdit, "Mornings only.")
        page.ui.saveButton.click()
        assert page.ui.messageLabel.text() == "Saved."
        stored = doctors.get_profile(admin, staff_id)
        assert (stored.qualifications, stored.availability_notes, stored.slot_minutes) == \
            ("MD, PhD (Neurology)", "Mornings only.", 15)
        screenshot(page, "doc_my_profile")
        page.open_hours()  # not for doctors, even when called directly
        assert page.hours_dialog is None
    finally:
        ctx.db.dispose()


def test_a_stale_profile_is_refused_with_a_message(qtbot, runner, database, admin, catalogue) -> None:
    _user, staff_id = new_doctor(database, "Dr Omar Haddad")
    page = admin_page(qtbot, admin, runner, staff_id)
    version = doctors.get_profile(admin, staff_id).version
    doctors.update_profile(admin, staff_id, qualifications="Changed elsewhere", availability_notes="",
                           expected_version=version)
    qtbot.keyClicks(page.ui.qualificationsEdit, "Mine")
    page.ui.saveButton.click()
    assert "Someone else changed this profile" in page.ui.messageLabel.text()
    assert doctors.get_profile(admin, staff_id).qualifications == "Changed elsewhere"
    page.ui.revertButton.click()  # reloads what is stored
    assert page.ui.qualificationsEdit.toPlainText() == "Changed elsewhere"
    page.ui.qualificationsEdit.setPlainText("Changed elsewhere; FRCP")
    page.ui.saveButton.click()
    assert page.ui.messageLabel.text() == "Saved."
    assert doctors.get_profile(admin, staff_id).qualifications == "Changed elsewhere; FRCP"


def test_hours_validation_end_before_start_and_overlap(qtbot, runner, database, admin, catalogue) -> None:
    _user, staff_id = new_doctor(database, "Dr Pia Lund")
    page = admin_page(qtbot, admin, runner, staff_id)
    dialog = open_hours(qtbot, page)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    dialog.ui.addSessionButton.click()
    set_session(dialog, 0, 1, QTime(12, 0), QTime(9, 0))
    submit(dialog, save)
    assert dialog.ui.sessionsError.text() == "Row 1: the session must end after it starts."
    set_session(dialog, 0, 1, QTime(9, 0), QTime(12, 0))
    dialog.ui.addSessionButton.click()
    set_session(dialog, 1, 1, QTime(11, 0), QTime(14, 0))
    submit(dialog, save)
    assert "overlap" in dialog.ui.sessionsError.text() and "Tuesday" in dialog.ui.sessionsError.text()
    dialog.ui.addAbsenceButton.click()
    ends = dialog.absence_widget(0, 2)
    starts = dialog.absence_widget(0, 1)
    ends.setDateTime(starts.dateTime().addSecs(-3600))
    submit(dialog, save)
    assert "must end after it starts" in dialog.ui.absencesError.text()
    ends.setDateTime(starts.dateTime().addSecs(3600))
    note = dialog.absence_widget(0, 4)
    assert isinstance(note, QLineEdit)
    note.setText("x" * 10_000)  # a paste: never cut, refused beside the table (issue 7.10)
    assert len(note.text()) == 10_000
    submit(dialog, save)
    assert "keep the note under 500 characters" in dialog.ui.absencesError.text()
    screenshot(dialog, "doc_hours_validation")
    assert dialog.isVisible()
    assert doctors.templates(admin, staff_id) == ()
    assert doctors.exceptions(admin, staff_id=staff_id) == ()
    # Removing the overlapping row lets it save.
    dialog.ui.sessionsTable.setCurrentCell(1, 0)
    dialog.ui.removeSessionButton.click()
    dialog.ui.absencesTable.setCurrentCell(0, 0)
    dialog.ui.removeAbsenceButton.click()
    save.click()
    assert not dialog.isVisible()
    assert [(t.weekday, t.starts, t.ends) for t in doctors.templates(admin, staff_id)] == [(1, time(9), time(12))]


def test_escape_on_changed_hours_asks_before_discarding(qtbot, runner, database, admin, catalogue) -> None:
    _user, staff_id = new_doctor(database, "Dr Ole Brun")
    page = admin_page(qtbot, admin, runner, staff_id)
    dialog = open_hours(qtbot, page)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # loaded, untouched: closes at once
    assert not dialog.isVisible() and dialog.discard_box is None
    dialog = open_hours(qtbot, page)
    qtbot.mouseClick(dialog.ui.addSessionButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.text() == "Discard what you typed?" and dialog.isVisible()
    next(b for b in box.buttons() if b.text() == "&Discard").click()
    assert not dialog.isVisible()
    assert doctors.templates(admin, staff_id) == ()


def test_session_problems_allow_the_same_hours_in_different_periods() -> None:
    first = SessionPlan(0, time(9), time(12), None, date(2026, 1, 1), date(2026, 6, 30), None)
    later = SessionPlan(0, time(9), time(12), None, date(2026, 7, 1), None, None)
    assert session_problems([first, later]) == {}
    assert 1 in session_problems([first, SessionPlan(0, time(11), time(13), None, date(2026, 3, 1), None, None)])


def test_a_hospital_wide_holiday_lists_other_doctors_appointments_first(qtbot, runner, database, admin, reception,
                                                                      catalogue) -> None:
    # Last in this module: the holiday applies to every doctor (on a day no other test uses).
    holiday = TODAY + timedelta(days=40)
    _user, other = new_doctor(database, "Dr Rui Santos", hours=(time(9), time(17)))
    _user, staff_id = new_doctor(database, "Dr Sara Nilsen")
    patient = new_patient(database, "Vance", "Mira")
    booked = scheduling.book(reception, patient, other, datetime.combine(holiday, time(10), tzinfo=LONDON))
    page = admin_page(qtbot, admin, runner, staff_id)
    dialog = open_hours(qtbot, page)
    dialog.ui.addAbsenceButton.click()
    kind, starts, ends, everyone, note = (dialog.absence_widget(0, c) for c in range(5))
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("holiday"))
    assert everyone.isChecked()
    starts.setDateTime(QDateTime(QDate(holiday), QTime(0, 0)))
    ends.setDateTime(QDateTime(QDate(holiday + timedelta(days=1)), QTime(0, 0)))
    qtbot.keyClicks(note, "Founders' day")
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    box = dialog.confirm_box
    assert box is not None and "VANCE, Mira" in box.informativeText() and "Dr Rui Santos" in box.informativeText()
    assert doctors.exceptions(admin, staff_id=staff_id) == ()
    next(b for b in box.buttons() if b.text().startswith("Save and list")).click()
    assert [(e.staff_id, e.kind) for e in doctors.exceptions(admin, staff_id=other)] == [(None, "holiday")]
    assert booked.id in {a.id for a in dialog.affected}
    assert scheduling.get_appointment(reception, booked.id).status == "booked"


def test_a_retired_specialty_or_room_stays_with_its_doctor_and_is_offered_to_no_one_else(
        qtbot, runner, database, admin) -> None:
    """Issue 10, item 2: retired in Administration → Specialties / Rooms and equipment. The doctor who has one
    keeps it (listed, ticked, "(retired)") and saving the profile keeps it; another doctor is not offered it."""
    with database.owner.engine.begin() as conn:
        specialty = conn.execute(text("INSERT INTO specialty (name) VALUES ('Tropical medicine') "
                                      "RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Room T9', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
    _user, keeper = new_doctor(database, "Dr Kept Retired")
    _user, other = new_doctor(database, "Dr Not Offered")
    doctors.set_specialties(admin, keeper, [specialty])
    doctors.set_rooms(admin, keeper, [room])
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE specialty SET active = false WHERE id = :i"), {"i": specialty})
        conn.execute(text("UPDATE resource SET active = false WHERE id = :i"), {"i": room})
    page = admin_page(qtbot, admin, runner, keeper)
    shown = {page.ui.specialtiesList.item(i).text(): page.ui.specialtiesList.item(i)
             for i in range(page.ui.specialtiesList.count())}
    kept = shown["Tropical medicine (retired)"]
    assert not kept.isHidden() and kept.checkState() == Qt.CheckState.Checked
    kept_room = page.ui.roomsList.findItems("Room T9", Qt.MatchFlag.MatchStartsWith)[0]
    assert kept_room.text().endswith("(retired)") and not kept_room.isHidden()
    assert kept_room.checkState() == Qt.CheckState.Checked
    page.ui.saveButton.click()
    assert page.ui.messageLabel.text() == "Saved."
    stored = doctors.get_profile(admin, keeper)
    assert [s.name for s in stored.specialties] == ["Tropical medicine"] and stored.rooms == ("Room T9",)

    page.select_doctor(other)
    assert kept.isHidden() and kept_room.isHidden()
