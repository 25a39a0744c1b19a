"""Rooms & equipment in the Scheduling tab, driven as a person would, on a real database.

Set HMS_SCREENSHOT_DIR to keep PNGs of the page and the dialog (DESIGN.md §4: look at every screen).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from helpers import TODAY, at, fixed_clock, submit
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.resource_booking_dialog import ResourceBookingDialog
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.resources_page import ResourcesPage
from hms_desktop.ui.tabs.scheduling import SchedulingTab

DAY = TODAY + timedelta(days=3)


@pytest.fixture(scope="module")
def rooms(database) -> dict[str, int]:
    with database.owner.engine.begin() as conn:
        return {name: int(conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, :k) RETURNING id"),
                                       {"n": name, "k": kind}).scalar_one())
                for name, kind in (("Procedure room 1", "procedure_room"), ("Procedure room 2", "procedure_room"),
                                   ("Ultrasound", "equipment"), ("ECG", "equipment"),
                                   ("Consulting room 9", "consulting_room"))}


@pytest.fixture(scope="module")
def reception(database, rooms) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


@pytest.fixture(scope="module")
def other_desk(database, rooms) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=fixed_clock())


pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture
def page(qtbot, runner, reception) -> ResourcesPage:
    page = ResourcesPage(ctx=reception, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.show_day(DAY)
    return page


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def fill(dialog: ResourceBookingDialog, resource_id: int, day: date, starts: time, ends: time, purpose: str) -> None:
    ui = dialog.ui
    ui.resourceCombo.setCurrentIndex(ui.resourceCombo.findData(resource_id))
    ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    dialog.set_times(starts, ends)
    ui.purposeEdit.setText(purpose)


def click_book(dialog: ResourceBookingDialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def test_book_a_procedure_room_and_an_overlap_is_refused(qtbot, page, rooms, reception) -> None:
    room = rooms["Procedure room 1"]
    assert page.texts_of(room) == []
    dialog = page.open_book(resource_id=room)
    assert isinstance(dialog, ResourceBookingDialog) and dialog.isVisible()
    fill(dialog, room, DAY, time(10), time(10, 30), "Wound care, bay 4")
    screenshot(dialog, "resource_booking_dialog")
    click_book(dialog)
    assert dialog.booking is not None and not dialog.isVisible()
    assert page.texts_of(room) == ["10:00–10:30 · Wound care, bay 4"]
    assert page.ui.messageLabel.isVisible() and "Procedure room 1" in page.ui.messageLabel.text()

    # Another booking over 10:15–10:45 is refused, saying what is in the way; the dialog stays open.
    dialog = page.open_book(resource_id=room)
    fill(dialog, room, DAY, time(10, 15), time(10, 45), "Dressing change")
    click_book(dialog)
    assert dialog.isVisible() and dialog.booking is None
    message = dialog.ui.timeError.text()
    assert dialog.ui.timeError.isVisibleTo(dialog)
    assert "Procedure room 1 is already booked 10:00–10:30 (Wound care, bay 4)" in message
    assert dialog.ui.purposeEdit.text() == "Dressing change"  # nothing typed is lost
    screenshot(dialog, "resource_booking_clash")
    # Moved to 10:30 (adjacent is fine) it goes through.
    dialog.set_times(time(10, 30), time(11))
    assert not dialog.ui.timeError.isVisibleTo(dialog)
    click_book(dialog)
    assert not dialog.isVisible()
    assert page.texts_of(room) == ["10:00–10:30 · Wound care, bay 4", "10:30–11:00 · Dressing change"]


def test_missing_purpose_and_backwards_times_are_shown_next_to_the_fields(qtbot, page, rooms) -> None:
    dialog = page.open_book(resource_id=rooms["ECG"])
    fill(dialog, rooms["ECG"], DAY, time(15), time(14), "")
    click_book(dialog)
    assert dialog.isVisible()
    assert "end after it starts" in dialog.ui.timeError.text()
    assert "booked for" in dialog.ui.purposeError.text()
    dialog.close()


def test_kind_filter_and_cancel_with_confirmation(qtbot, page, rooms, reception) -> None:
    booking = scheduling.book_resource(reception, rooms["Ultrasound"], at(DAY, 9), at(DAY, 9, 40),
                                       purpose="Abdominal scan")
    page.reload()
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("equipment"))
    names = {r.name for r in page.shown_resources()}
    assert {"Ultrasound", "ECG"} <= names and "Procedure room 1" not in names and "Consulting room 9" not in names
    assert page.texts_of(rooms["Ultrasound"]) == ["09:00–09:40 · Abdominal scan"]
    page.ui.kindCombo.setCurrentIndex(0)
    assert "Consulting room 9" in {r.name for r in page.shown_resources()}

    assert page.select_booking(booking.id)
    assert page.ui.cancelButton.isEnabled()
    box = page.confirm_cancel()
    assert isinstance(box, QMessageBox) and "Abdominal scan" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # Keep
    assert booking.id in page.booking_ids()
    box = page.confirm_cancel()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert booking.id not in page.booking_ids()
    assert page.texts_of(rooms["Ultrasound"]) == []


def test_a_doctor_and_billing_read_without_book_or_cancel(qtbot, runner, database, rooms, reception) -> None:
    booking = scheduling.book_resource(reception, rooms["Procedure room 2"], at(DAY, 13), at(DAY, 14),
                                       purpose="Joint injection")
    for group in (Group.DOCTOR, Group.BILLING):
        ctx = database.context_for(group)
        try:
            page = ResourcesPage(ctx=ctx, runner=runner)
            qtbot.addWidget(page)
            page.show()
            page.show_day(DAY)
            assert not page.ui.bookButton.isVisible() and not page.ui.cancelButton.isVisible()
            assert page.open_book() is None
            # A booking's purpose can be clinical: billing sees the time and a dash (migration 0008).
            purpose = "Joint injection" if group is Group.DOCTOR else "—"
            assert f"13:00–14:00 · {purpose}" in page.texts_of(rooms["Procedure room 2"])
        finally:
            ctx.db.dispose()
    scheduling.cancel_resource_booking(reception, booking.id)


def test_the_scheduling_tab_has_the_page_and_a_booking_elsewhere_appears_live(
        qtbot, runner, rooms, reception, other_desk) -> None:
    live = LiveUpdates(reception)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000):
            live.start()
        tab = SchedulingTab(ctx=reception, runner=runner, live=live)
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        titles = [tab.sections.tabText(i) for i in range(tab.sections.count())]
        assert "Rooms && equipment" in titles
        tab.sections.setCurrentWidget(tab.resources_page)
        page = tab.resources_page
        assert not page.ui.dateEdit.isVisible()  # the tab's date drives the page
        tab.show_day(DAY)
        assert page.day == DAY
        qtbot.waitUntil(lambda: "appointments" in live._listener.listening()
                        and not tab.live_screen.catch_up.isActive(),
                        timeout=5000)
        booking = scheduling.book_resource(other_desk, rooms["ECG"], at(DAY, 11), at(DAY, 11, 20),
                                           purpose="Pre-op ECG, ward 3")
        # No reload() here: only the NOTIFY from the other desk's commit can bring it in.
        qtbot.waitUntil(lambda: booking.id in page.booking_ids(), timeout=5000)
        assert "11:00–11:20 · Pre-op ECG, ward 3" in page.texts_of(rooms["ECG"])
        page.select_booking(booking.id)
        screenshot(tab, "resources_page")
        scheduling.cancel_resource_booking(other_desk, booking.id)
        qtbot.waitUntil(lambda: booking.id not in page.booking_ids(), timeout=5000)
    finally:
        live.stop()


def test_keyboard_enter_on_a_resource_opens_the_dialog_for_it(qtbot, page, rooms) -> None:
    tree = page.ui.resourceTree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == "ECG":
            tree.setCurrentItem(tree.topLevelItem(i))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, ResourceBookingDialog)
    assert dialog.ui.resourceCombo.currentData() == rooms["ECG"]
    dialog.close()
