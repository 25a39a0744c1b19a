"""Administration → Wards and beds, driven as an administrator would, on a real database: a new ward with six
beds appears on a reception desk's live bed board (fed by the "beds" notification, not by a reload), a bed
goes out of service with a reason and comes back, a ward with a patient cannot be retired, a stale save says
who changed it, an open admit dialog picks up new beds, and the occupancy table fills.

Set HMS_SCREENSHOT_DIR to keep PNGs of the page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import new_patient
from helpers import submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.domain.wards import WardDraft
from hms_desktop.services import admissions, wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.add_beds_dialog import AddBedsDialog
from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.bed_board import BedBoard
from hms_desktop.ui.tabs.wards_page import WardsPage

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture
def page(qtbot, runner, admin) -> WardsPage:
    page = WardsPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()  # loads on first show
    return page


@pytest.fixture
def live(qtbot, reception) -> Iterator[LiveUpdates]:
    live = LiveUpdates(reception)
    with qtbot.waitSignal(live.connection_changed, timeout=5000):
        live.start()
    yield live
    live.stop()


def new_ward_on_page(page: WardsPage, name: str) -> int:
    page.ui.newWardButton.click()
    page.ui.nameEdit.setText(name)
    page.ui.floorEdit.setText("Level 6")
    page.ui.saveButton.click()
    assert page.editing is not None and page.editing.kind == "ward", page.ui.messageLabel.text()
    ward_id = page.editing.row_id
    assert ward_id is not None and page.ui.headingLabel.text() == f"Ward: {name}"
    return ward_id


def add_room_and_beds(qtbot, page: WardsPage, room: str, *, prefix: str, count: int) -> None:
    page.ui.newRoomButton.click()
    page.ui.nameEdit.setText(room)
    page.ui.saveButton.click()
    assert page.editing is not None and page.editing.kind == "room", page.ui.messageLabel.text()
    page.ui.addBedsButton.click()
    dialog = page.active_dialog
    assert isinstance(dialog, AddBedsDialog)
    dialog.ui.prefixEdit.setText(prefix)
    dialog.ui.countSpin.setValue(count)
    assert dialog.ui.previewLabel.text().startswith(f"Beds {prefix}1")
    screenshot(dialog, "add-beds-dialog")
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: len(dialog.added) == count, timeout=5000)


def test_a_ward_with_six_beds_appears_on_another_desks_live_bed_board(qtbot, runner, page, live, reception) -> None:
    board = BedBoard(ctx=reception, runner=runner, live=live)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    # Once LISTEN is in place and the board's catch-up load is done, only a notification reloads it.
    qtbot.waitUntil(lambda: "beds" in live._listener.listening() and not board.live_screen.catch_up.isActive(),
                    timeout=5000)
    ward_id = new_ward_on_page(page, "Garden Ward")
    add_room_and_beds(qtbot, page, "Bay 1", prefix="A", count=6)
    # The page shows the new beds under the room, the first one selected.
    assert page.editing is not None and page.editing.kind == "bed"
    ward_item = page.item_for("ward", ward_id)
    assert ward_item is not None and ward_item.text(1) == "6 beds · 6 free"
    # No reload() on the board: only the NOTIFY from the administrator's commit brings the ward in.
    qtbot.waitUntil(lambda: ward_id in board.cards and len(board.cards[ward_id].ward.beds) == 6, timeout=5000)
    assert [t.bed.label for t in board.tiles.values() if t.bed.ward == "Garden Ward"] == [
        "A1", "A2", "A3", "A4", "A5", "A6"]
    assert board.cards[ward_id].title.text() == "Garden Ward · Level 6"
    screenshot(page, "wards-page")
    screenshot(board, "wards-bed-board")


def test_out_of_service_needs_a_reason_then_comes_back(qtbot, page, admin, reception) -> None:
    ward_id = wards.save_ward(admin, WardDraft(name="Repair Ward", department_id=None))
    room_id = wards.save_room(admin, "Bay 1", ward_id=ward_id)
    bed = wards.add_beds(admin, room_id, prefix="R", first=1, count=2)[0]
    page.reload(select=("bed", bed.id))
    assert page.ui.serviceBox.isVisible() and not page.ui.inServiceButton.isEnabled()
    page.ui.reasonEdit.clear()
    page.ui.outOfServiceButton.click()
    assert "Say why the bed is out of service" in page.ui.messageLabel.text()
    page.ui.reasonEdit.setText("Broken side rail")
    page.ui.returnCheck.setChecked(True)
    back_on = page.data.today.toordinal() + 3 if page.data else 0
    page.ui.returnDate.setDate(QDate.fromJulianDay(back_on + 1721425))
    page.ui.outOfServiceButton.click()
    assert page.ui.messageLabel.text() == "Saved.", page.ui.messageLabel.text()
    assert "Out of service" in page.ui.stateLabel.text() and "Broken side rail" in page.ui.stateLabel.text()
    assert page.ui.inServiceButton.isEnabled()
    tile_bed = next(b for w in admissions.bed_board(reception) for b in w.beds if b.id == bed.id)
    assert (tile_bed.status, tile_bed.out_of_service_reason) == ("out_of_service", "Broken side rail")
    assert tile_bed.out_of_service_until is not None and tile_bed.out_of_service_until.toordinal() == back_on
    screenshot(page, "wards-page-out-of-service")
    page.ui.inServiceButton.click()
    assert "Free" in page.ui.stateLabel.text()
    assert page.ui.reasonEdit.text() == ""


def test_a_ward_with_a_patient_cannot_be_retired(qtbot, database, page, admin, reception) -> None:
    ward_id = wards.save_ward(admin, WardDraft(name="Busy Ward", department_id=None))
    room_id = wards.save_room(admin, "Bay 1", ward_id=ward_id)
    bed = wards.add_beds(admin, room_id, prefix="", first=1, count=1)[0]
    admissions.admit(reception, new_patient(database, "Busy", "Ward"), bed.id, doctor_id=None, reason="Observation",
                     expected_days=None)
    page.reload(select=("ward", ward_id))
    page.ui.retireButton.click()
    assert "has patients in its beds" in page.ui.messageLabel.text()
    assert page.ward(ward_id) is not None and page.ward(ward_id).active  # type: ignore[union-attr]


def test_a_stale_save_says_who_and_keeps_what_was_typed(qtbot, database, page, admin) -> None:
    ward_id = wards.save_ward(admin, WardDraft(name="Stale Ward", department_id=None))
    page.reload(select=("ward", ward_id))
    ward = page.ward(ward_id)
    assert ward is not None
    other = database.add_user(Group.ADMIN, stem="otheradmin")
    other_ctx = database.login(other)
    try:
        wards.save_ward(other_ctx, WardDraft(name="Stale Ward North", department_id=None), ward_id=ward_id,
                        version=ward.version)
    finally:
        other_ctx.db.dispose()
    page.ui.nameEdit.setText("Stale Ward South")
    page.ui.saveButton.click()
    assert f"by {other}" in page.ui.messageLabel.text()
    assert page.ward(ward_id).name == "Stale Ward North"  # type: ignore[union-attr]
    assert page.ui.nameEdit.text() == "Stale Ward South"  # what was typed is not lost


def test_an_open_admit_dialog_picks_up_new_beds(qtbot, runner, database, admin, reception, live) -> None:
    dialog = AdmitDialog(runner, reception, new_patient(database, "Waiting", "Admission"), "Waiting", live=live)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "beds" in live._listener.listening(), timeout=5000)
    qtbot.wait(300)  # LISTEN acknowledged by the server before the change below commits
    ward_id = wards.save_ward(admin, WardDraft(name="Fresh Ward", department_id=None))
    room_id = wards.save_room(admin, "Bay 1", ward_id=ward_id)
    added = wards.add_beds(admin, room_id, prefix="F", first=1, count=2)
    qtbot.waitUntil(lambda: {b.id for b in added} <= {b.id for b in dialog.beds.beds}, timeout=5000)
    assert dialog.beds.select_bed(added[0].id)


def test_the_occupancy_table_fills_for_the_last_thirty_nights(page) -> None:
    assert page.report is not None and page.report.nights == 30
    table = page.ui.occupancyTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Garden Ward" in names or names  # wards made by earlier tests in this module, if any
    assert "hospital-wide" in page.ui.occupancySummary.text()
    page.ui.fromDate.setDate(page.ui.toDate.date().addDays(1))
    page.ui.calculateButton.click()
    assert "ends before it starts" in page.ui.occupancySummary.text()

