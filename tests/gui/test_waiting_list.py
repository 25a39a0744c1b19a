"""The waiting list, driven as reception would, on a real database: add a patient (from the Scheduling tab and
from the book dialog), see them in the panel, book them (the entry leaves the list), remove them, and the offer
of a freed slot after a cancellation — in the appointment dialog and live from another desk — first come,
first served, with one click to book it ("just taken" when another desk was quicker).

Set HMS_SCREENSHOT_DIR to keep PNGs of the screens (wait_*.png).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient
from helpers import TOMORROW, YESTERDAY, at, fixed_clock, submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.appointment_dialog import AppointmentDialog
from hms_desktop.ui.dialogs.book_dialog import BookDialog
from hms_desktop.ui.dialogs.waiting_list_dialog import WaitingListDialog
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.scheduling import SchedulingTab
from hms_desktop.ui.tabs.waiting_list_panel import entry_text


@dataclass(frozen=True)
class Clinic:
    cardiology: int
    heart: int   # Dr Wanjiru Kamau, cardiology
    heart2: int  # Dr Lars Olsen, cardiology


def _staff_id(database, username: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())


def _set_up_doctor(conn, staff_id: int, specialty_id: int, room: str) -> None:
    room_id = conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, 'consulting_room') RETURNING id"),
                           {"n": room}).scalar_one()
    conn.execute(text("INSERT INTO doctor_room (staff_id, resource_id) VALUES (:s, :r)"), {"s": staff_id, "r": room_id})
    conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                 {"s": staff_id, "p": specialty_id})
    conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
    for weekday in range(7):
        conn.execute(text("""
            INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from)
            VALUES (:s, :w, '07:00', '23:59', :r, :f)"""), {"s": staff_id, "w": weekday, "r": room_id, "f": YESTERDAY})


@pytest.fixture(scope="module")
def clinic(database) -> Clinic:
    heart = _staff_id(database, database.add_user(Group.DOCTOR, full_name="Dr Wanjiru Kamau"))
    heart2 = _staff_id(database, database.add_user(Group.DOCTOR, full_name="Dr Lars Olsen"))
    with database.owner.engine.begin() as conn:
        cardiology = conn.execute(text("INSERT INTO specialty (name) VALUES ('Cardiology') RETURNING id")).scalar_one()
        _set_up_doctor(conn, heart, cardiology, "Consulting room 1")
        _set_up_doctor(conn, heart2, cardiology, "Consulting room 2")
    return Clinic(cardiology=cardiology, heart=heart, heart2=heart2)


@pytest.fixture(scope="module")
def reception(database, clinic) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def other_desk(database, clinic) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(autouse=True)
def empty_list(database, clinic) -> None:
    """Each test starts with nobody waiting (first come, first served is about this test's patients)."""
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE waiting_list SET status = 'removed' WHERE status = 'waiting'"))


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def waiting_ids(ctx: ServiceContext) -> list[int]:
    return [e.patient_id for e in scheduling.waiting_list(ctx)]


@pytest.fixture
def tab(qtbot, runner, reception) -> SchedulingTab:
    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 860)
    tab.show()
    tab.sections.setCurrentIndex(0)
    tab.show_day(TOMORROW)
    return tab


def test_add_to_the_waiting_list_through_the_dialog(qtbot, database, tab, clinic, reception) -> None:
    patient = new_patient(database, "Achterberg", "Joost")
    panel = tab.waiting_panel
    assert panel is not None and panel.texts() == []
    panel.add_button.click()
    dialog = panel.active_dialog
    assert isinstance(dialog, WaitingListDialog) and dialog.isVisible()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet
    submit(dialog, ok)  # Enter anyway: the problems are named beside the fields
    assert dialog.ui.patientError.text() == "Find and choose the patient."
    assert dialog.ui.doctorError.text() == "Choose a doctor, or a specialty for any of its doctors."
    dialog.search_patient("Achterberg")
    assert dialog.patient_id == patient and "ACHTERBERG, Joost" in dialog.ui.patientChosenLabel.text()
    dialog.choose(specialty_id=clinic.cardiology, doctor_id=clinic.heart)
    dialog.ui.earliestDateEdit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    dialog.ui.latestCheck.setChecked(True)
    dialog.ui.latestDateEdit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day).addDays(-1))
    qtbot.keyClicks(dialog.ui.noteEdit, "Mornings only")
    assert not ok.isEnabled()
    assert dialog.ui.latestError.text() == "The latest day is before the earliest one."
    assert not dialog.ui.patientError.isVisible()
    dialog.ui.latestDateEdit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day).addDays(20))
    screenshot(dialog, "wait_add_dialog")
    ok.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    entry = dialog.entry
    assert (entry.patient_id, entry.doctor_id, entry.specialty_id) == (patient, clinic.heart, None)
    assert (entry.earliest, entry.latest, entry.note) == (TOMORROW, TOMORROW + timedelta(days=20), "Mornings only")
    assert waiting_ids(reception) == [patient]
    assert panel.texts() == [entry_text(entry, panel.clock)]
    assert panel.texts()[0].startswith("ACHTERBERG, Joost · MRN ")
    assert "Dr Wanjiru Kamau · from " in panel.texts()[0] and "“Mornings only”" in panel.texts()[0]
    assert panel.title_label.text() == "Waiting list (1)"
    assert "ACHTERBERG, Joost is on the waiting list for Dr Wanjiru Kamau." in panel.message_label.text()


def test_add_from_the_book_dialog_when_no_early_slot_suits(qtbot, database, tab, clinic, reception) -> None:
    patient = new_patient(database, "Bergstrom", "Ingrid")
    book = tab.open_book()
    assert isinstance(book, BookDialog)
    book.search_patient("Bergstrom")
    book.ui.specialtyCombo.setCurrentIndex(book.ui.specialtyCombo.findData(clinic.cardiology))
    button = book.waiting_list_button
    assert button.isVisible() and button.text() == "Add to &waiting list…"
    screenshot(book, "wait_book_dialog_button")
    button.click()
    dialog = book.waiting_dialog
    assert isinstance(dialog, WaitingListDialog)
    # The patient and the specialty come along from the book dialog.
    assert dialog.patient_id == patient and not dialog.ui.patientSearchEdit.isVisible()
    assert "BERGSTROM, Ingrid" in dialog.ui.patientChosenLabel.text()
    assert dialog.ui.specialtyCombo.currentData() == clinic.cardiology
    assert dialog.ui.doctorCombo.currentData() is None  # any doctor of the specialty
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.result() == dialog.DialogCode.Accepted
    assert book.result() == book.DialogCode.Rejected  # nothing booked; the book dialog closes
    entry = scheduling.waiting_list(reception)[0]
    assert (entry.patient_id, entry.doctor_id, entry.specialty_id) == (patient, None, clinic.cardiology)
    assert "any Cardiology" in tab.waiting_panel.texts()[0]


def test_cancel_offers_the_slot_first_come_first_served_and_books_it(qtbot, runner, database, tab, clinic,
                                                                     reception) -> None:
    first = new_patient(database, "Early", "Bird")
    second = new_patient(database, "Later", "Comer")
    elsewhere = new_patient(database, "Other", "Doctor")
    scheduling.add_to_waiting_list(reception, first, doctor_id=clinic.heart, note="Any time")
    scheduling.add_to_waiting_list(reception, elsewhere, doctor_id=clinic.heart2)  # another doctor: no match
    scheduling.add_to_waiting_list(reception, second, specialty_id=clinic.cardiology)
    too_late = new_patient(database, "Next", "Month")  # only from next month: no match
    scheduling.add_to_waiting_list(reception, too_late, doctor_id=clinic.heart, earliest=TOMORROW + timedelta(days=30))
    going = scheduling.book(reception, new_patient(database, "Leaving", "Soon"), clinic.heart, at(TOMORROW, 10),
                            kind="new", reason="Chest pain", slots=2)
    tab.reload_all()
    assert len(tab.waiting_panel.texts()) == 4

    dialog = tab.open_appointment(going)
    assert isinstance(dialog, AppointmentDialog) and not dialog.slot_offer.isVisible()
    qtbot.keyClicks(dialog.ui.cancelReasonEdit, "Patient feels better")
    dialog.ui.cancelAppointmentButton.click()
    assert dialog.appointment.status == "cancelled"
    assert [m.patient_id for m in dialog.waiting_matches] == [first, second]
    assert dialog.slot_offer.isVisible()
    assert dialog.slot_offer.button_texts() == ["Book this slot for EARLY, Bird", "Book this slot for LATER, Comer"]
    assert "Freed: " in dialog.slot_offer.title_label.text() and "10:00 with Dr Wanjiru Kamau" in \
        dialog.slot_offer.title_label.text()
    screenshot(dialog, "wait_offer_after_cancel")

    dialog.slot_offer.buttons[0].click()
    booked = scheduling.appointments_of_patient(reception, first)[0]
    assert (booked.doctor_id, booked.starts_at, booked.ends_at) == (clinic.heart, going.starts_at, going.ends_at)
    assert booked.status == "booked" and booked.reason == "From the waiting list: Any time"
    assert booked.room == "Consulting room 1"
    assert first not in waiting_ids(reception)
    assert "Booked from the waiting list: EARLY, Bird" in dialog.slot_offer.title_label.text()
    assert dialog.slot_offer.button_texts() == []
    # The tab shows the new appointment and the entry has left the panel.
    assert tab.calendar.block_by_id(booked.id) is not None
    assert "Booked: EARLY, Bird with Dr Wanjiru Kamau" in tab.message_label.text()
    assert not any(t.startswith("EARLY, Bird") for t in tab.waiting_panel.texts())
    assert len(tab.waiting_panel.texts()) == 3
    dialog.close()
    screenshot(tab, "wait_tab_after_booking")
    scheduling.cancel(reception, booked.id, "test over")


def test_a_slot_taken_meanwhile_says_just_taken(qtbot, runner, database, clinic, reception, other_desk) -> None:
    hopeful = new_patient(database, "Too", "Slow")
    scheduling.add_to_waiting_list(reception, hopeful, doctor_id=clinic.heart2)
    going = scheduling.book(reception, new_patient(database, "Gone", "Away"), clinic.heart2, at(TOMORROW, 14),
                            kind="follow_up", reason="Review")
    dialog = AppointmentDialog(runner, reception, going)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.ui.cancelReasonEdit, "Clash with work")
    dialog.ui.cancelAppointmentButton.click()
    assert dialog.slot_offer.button_texts() == ["Book this slot for TOO, Slow"]
    quick = scheduling.book(other_desk, new_patient(database, "Quick", "Walkin"), clinic.heart2, at(TOMORROW, 14),
                            kind="follow_up", reason="Walk-in")
    dialog.slot_offer.buttons[0].click()
    assert dialog.slot_offer.message_label.text() == ("This slot was just taken by another booking; nobody on the "
                                                      "waiting list was booked.")
    assert dialog.slot_offer.button_texts() == []
    assert waiting_ids(reception) == [hopeful]  # still waiting
    screenshot(dialog, "wait_offer_just_taken")
    scheduling.cancel(reception, quick.id, "test over")


def test_a_cancellation_at_another_desk_is_offered_live(qtbot, runner, database, clinic, reception,
                                                        other_desk) -> None:
    hopeful = new_patient(database, "Live", "Waiter")
    scheduling.add_to_waiting_list(reception, hopeful, doctor_id=clinic.heart)
    going = scheduling.book(other_desk, new_patient(database, "Remote", "Cancel"), clinic.heart, at(TOMORROW, 16),
                            kind="follow_up", reason="Review")
    live = LiveUpdates(reception)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000):
            live.start()
        tab = SchedulingTab(ctx=reception, runner=runner, live=live)
        qtbot.addWidget(tab)
        tab.resize(1280, 860)
        tab.show()
        tab.sections.setCurrentIndex(0)
        tab.show_day(TOMORROW)
        qtbot.waitUntil(lambda: "appointments" in live._listener.listening()
                        and not tab.live_screen.catch_up.isActive(),
                        timeout=5000)
        offer = tab.waiting_panel.offer
        assert not offer.isVisible()
        scheduling.cancel(other_desk, going.id, "Phoned to cancel")  # only the NOTIFY can tell this tab
        qtbot.waitUntil(lambda: offer.button_texts() == ["Book this slot for LIVE, Waiter"], timeout=5000)
        assert offer.isVisible()
        screenshot(tab, "wait_live_offer")
        offer.buttons[0].click()
        booked = scheduling.appointments_of_patient(reception, hopeful)[0]
        assert booked.starts_at == going.starts_at and booked.status == "booked"
        assert hopeful not in waiting_ids(reception)
        qtbot.waitUntil(lambda: tab.calendar.block_by_id(booked.id) is not None, timeout=5000)
        assert tab.waiting_panel.texts() == []
        scheduling.cancel(reception, booked.id, "test over")
    finally:
        live.stop()


def test_book_from_the_panel_and_remove(qtbot, database, tab, clinic, reception) -> None:
    booked_patient = new_patient(database, "Panel", "Booked")
    removed_patient = new_patient(database, "Panel", "Removed")
    scheduling.add_to_waiting_list(reception, booked_patient, doctor_id=clinic.heart2)
    scheduling.add_to_waiting_list(reception, removed_patient, specialty_id=clinic.cardiology)
    panel = tab.waiting_panel
    panel.reload()
    assert not panel.book_button.isEnabled() and not panel.remove_button.isEnabled()
    screenshot(tab, "wait_panel")
    panel.list.setCurrentRow(0)
    assert panel.book_button.isEnabled()
    book = panel.book_selected()
    assert isinstance(book, BookDialog)
    # Preset to the patient and their doctor.
    assert book.patient_id == booked_patient and "PANEL, Booked" in book.ui.patientChosenLabel.text()
    assert book.ui.modeCombo.currentData() == "doctor" and book.ui.doctorCombo.currentData() == clinic.heart2
    book.ui.fromDateEdit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    assert book.slots and {s.doctor_id for s in book.slots} == {clinic.heart2}
    assert book.select_slot(book.slots[0].starts_at, doctor_id=clinic.heart2)
    qtbot.keyClicks(book.ui.reasonEdit, "Earlier review")
    submit(book, book.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert book.result() == book.DialogCode.Accepted
    assert waiting_ids(reception) == [removed_patient]
    # One service call booked the patient (with the reason typed) and marked the entry booked.
    assert book.appointment.reason == "Earlier review" and book.appointment.patient_id == booked_patient
    assert [t.split(" · ")[0] for t in panel.texts()] == ["PANEL, Removed"]
    assert tab.calendar.block_by_id(book.appointment.id) is not None

    panel.list.setCurrentRow(0)
    box = panel.confirm_remove()
    assert isinstance(box, QMessageBox) and "Take PANEL, Removed off the waiting list" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert waiting_ids(reception) == []
    assert panel.texts() == [] and panel.title_label.text() == "Waiting list (0)"
    assert "PANEL, Removed is off the waiting list." in panel.message_label.text()
    scheduling.cancel(reception, book.appointment.id, "test over")


def test_booking_from_the_list_when_the_slot_was_just_taken_changes_nothing(qtbot, database, tab, clinic, reception,
                                                                           other_desk) -> None:
    hopeful = new_patient(database, "Dialog", "Tooslow")
    scheduling.add_to_waiting_list(reception, hopeful, doctor_id=clinic.heart2)
    panel = tab.waiting_panel
    panel.reload()
    panel.list.setCurrentRow(0)
    book = panel.book_selected()
    assert isinstance(book, BookDialog)
    book.ui.fromDateEdit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    wanted = book.slots[0]
    assert book.select_slot(wanted.starts_at, doctor_id=clinic.heart2)
    qtbot.keyClicks(book.ui.reasonEdit, "Earlier review")
    quick = scheduling.book(other_desk, new_patient(database, "Dialog", "Quicker"), clinic.heart2, wanted.starts_at,
                            kind="follow_up", reason="Walk-in")
    submit(book, book.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert book.isVisible() and book.ui.slotError.text().startswith("This slot was just taken")
    assert book.ui.reasonEdit.text() == "Earlier review"  # nothing typed is lost
    assert waiting_ids(reception) == [hopeful]  # still waiting: the booking and the mark are one transaction
    assert scheduling.appointments_of_patient(reception, hopeful) == ()
    assert [t.split(" · ")[0] for t in panel.texts()] == ["DIALOG, Tooslow"]
    book.reject()
    scheduling.cancel(reception, quick.id, "test over")


def test_an_offer_forgets_patients_who_left_the_list(qtbot, database, tab, clinic, reception) -> None:
    stays = new_patient(database, "Offer", "Stays")
    goes = new_patient(database, "Offer", "Goes")
    entry = scheduling.add_to_waiting_list(reception, goes, doctor_id=clinic.heart)
    scheduling.add_to_waiting_list(reception, stays, doctor_id=clinic.heart)
    going = scheduling.book(reception, new_patient(database, "Offer", "Freed"), clinic.heart, at(TOMORROW, 20),
                            kind="follow_up", reason="Review")
    scheduling.cancel(reception, going.id, "Not needed")
    panel = tab.waiting_panel
    panel.offer_freed(going.id)
    assert panel.offer.button_texts() == ["Book this slot for OFFER, Goes", "Book this slot for OFFER, Stays"]
    scheduling.set_waiting_status(reception, entry.id, "removed")  # another desk took them off the list
    panel.reload()
    assert panel.offer.button_texts() == ["Book this slot for OFFER, Stays"]
    panel.offer.dismiss_button.click()
    assert not panel.offer.isVisible() and panel.offer.button_texts() == []
