"""The bed board and the admit / transfer / discharge dialogs, driven as a person would, on a real database.

Set HMS_SCREENSHOT_DIR to keep PNGs of the board and the dialogs (DESIGN.md §4: look at every screen).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from a11y_walk import audit
from factories import new_patient
from helpers import TODAY, submit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog
from hms_desktop.ui.dialogs.discharge_dialog import DischargeDialog
from hms_desktop.ui.dialogs.transfer_dialog import TransferDialog
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.bed_board import STATUS_COLOURS, BedBoard, BedTile
from hms_desktop.ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def wards(database) -> int:
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.fixture(scope="module")
def reception(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def other_desk(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def doctor_id(database) -> int:
    username = database.add_user(Group.DOCTOR, full_name="Dr Amara Nwosu")
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())


pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture
def board(qtbot, runner, reception) -> BedBoard:
    board = BedBoard(ctx=reception, runner=runner)
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    return board


def free_bed(ctx: ServiceContext, skip: int = 0) -> admissions.BedDTO:
    return admissions.free_beds(ctx, bed_type="general")[skip]


def background(tile: BedTile) -> str:
    """The colour a person sees inside the tile, away from its text and border."""
    image = tile.grab().toImage()
    return image.pixelColor(tile.width() // 2 + 30, tile.height() - 5).name()


def click_ok(dialog: QWidget) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def trigger(board: BedBoard, bed: admissions.BedDTO, starts_with: str) -> None:
    menu = board.open_menu(bed)
    action = next(a for a in menu.actions() if a.text().startswith(starts_with))
    assert action.isEnabled()
    action.trigger()
    menu.close()


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()  # let pending layout requests run, as they would on screen
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_tiles_show_each_state_in_colour_and_words(database, board, reception) -> None:
    patient = new_patient(database, "Okafor", "Chidi")
    occupied_bed, cleaning_bed = free_bed(reception), free_bed(reception, skip=1)
    admission = admissions.admit(reception, patient, occupied_bed.id, doctor_id=None, reason="Pneumonia",
                                 expected_days=4)
    admissions.set_bed_status(reception, cleaning_bed.id, "cleaning")
    board.reload()

    occupied = board.tiles[occupied_bed.id]
    assert occupied.status == "occupied"
    assert occupied.status_label.text() == "OCCUPIED"
    assert occupied.name_label.text() == "OKAFOR, Chidi"
    assert occupied.detail_label.text() == f"MRN {admission.patient_mrn} · day 1"
    assert "OKAFOR, Chidi" in occupied.toolTip() and admission.patient_mrn in occupied.toolTip()
    assert "Admitted since" in occupied.toolTip()
    assert background(occupied) == STATUS_COLOURS["occupied"][0]

    cleaning = board.tiles[cleaning_bed.id]
    assert cleaning.texts().startswith(f"Bed {cleaning_bed.label} · CLEANING · {cleaning_bed.room}")
    assert background(cleaning) == STATUS_COLOURS["cleaning"][0]

    free = board.tiles[free_bed(reception).id]
    assert free.status_label.text() == "FREE" and free.detail_label.text() == "General bed"
    assert background(free) == STATUS_COLOURS["available"][0]

    broken = board.tile_for("Paediatrics", "5")
    assert broken is not None and broken.status_label.text() == "OUT OF SERVICE"
    assert background(broken) == STATUS_COLOURS["out_of_service"][0]

    assert "1 occupied" in board.cards[next(w.id for w in board.wards if w.name == occupied_bed.ward)].counts.text()
    assert board.summary_label.text().startswith("60 beds:")
    admissions.discharge(reception, admission.id, disposition="home", summary="Recovered.")
    admissions.set_bed_status(reception, occupied_bed.id, "available")
    admissions.set_bed_status(reception, cleaning_bed.id, "available")


def test_ward_filter_shows_one_ward(board) -> None:
    board.select_ward("Maternity")
    visible = [card.ward.name for card in board.cards.values() if card.isVisible()]
    assert visible == ["Maternity"]
    board.reload()  # a reload keeps the choice
    assert [card.ward.name for card in board.cards.values() if card.isVisible()] == ["Maternity"]
    board.ward_combo.setCurrentIndex(0)
    assert all(card.isVisible() for card in board.cards.values())


def test_menu_marks_a_free_bed_for_cleaning_then_ready(board, reception) -> None:
    bed = free_bed(reception)
    trigger(board, bed, "Mark for cleaning")
    tile = board.tiles[bed.id]
    assert tile.status == "cleaning" and tile.status_label.text() == "CLEANING"
    assert background(tile) == STATUS_COLOURS["cleaning"][0]
    trigger(board, tile.bed, "Mark ready")
    assert board.tiles[bed.id].status == "available"


def test_free_bed_offers_admission_when_the_host_listens(qtbot, board, reception) -> None:
    bed = free_bed(reception)
    assert not any(text.startswith("Admit") for text, _ in board.actions_for(bed))
    requested: list[int] = []
    board.admit_requested.connect(requested.append)
    trigger(board, bed, "Admit a patient to this bed")
    assert requested == [bed.id]


def test_read_only_users_see_no_bed_actions(qtbot, runner, database, wards) -> None:
    ctx = database.context_for(Group.BILLING)
    try:
        board = BedBoard(ctx=ctx, runner=runner)
        qtbot.addWidget(board)
        assert board.tiles
        bed = next(iter(board.tiles.values())).bed
        [(text_, action)] = board.actions_for(bed)
        assert action is None and "Only reception" in text_
    finally:
        ctx.db.dispose()


def test_admit_dialog_puts_the_patient_on_the_board(qtbot, runner, database, board, reception, doctor_id) -> None:
    patient = new_patient(database, "Lindqvist", "Astrid")
    bed = free_bed(reception, skip=2)
    dialog = AdmitDialog(runner, reception, patient, "LINDQVIST, Astrid", preselected_bed_id=bed.id, parent=board)
    qtbot.addWidget(dialog)
    dialog.accepted.connect(board.reload)
    dialog.open()
    assert dialog.ui.headingLabel.text() == "Admit LINDQVIST, Astrid"
    assert dialog.beds.selected_bed_id() == bed.id
    assert not dialog.ui.bedError.isVisible()
    assert dialog.select_doctor(doctor_id)
    assert dialog.ui.doctorCombo.currentText().startswith("Dr Amara Nwosu")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Fractured neck of femur")
    dialog.ui.expectedSpin.setValue(6)
    screenshot(dialog, "admit_dialog")
    click_ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.admission is not None and dialog.admission.attending_doctor == "Dr Amara Nwosu"
    tile = board.tiles[bed.id]
    assert tile.status == "occupied" and tile.name_label.text() == "LINDQVIST, Astrid"
    current = admissions.current_admission(reception, patient)
    assert current is not None and current.expected_days == 6 and current.reason == "Fractured neck of femur"
    admissions.discharge(reception, current.id, disposition="home", summary="Mobilising.")


def test_admit_dialog_explains_what_is_missing(qtbot, runner, database, reception) -> None:
    dialog = AdmitDialog(runner, reception, new_patient(database, "Empty", "Form"), "EMPTY, Form")
    qtbot.addWidget(dialog)
    dialog.open()
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.bedError.text() == "Choose a free bed."
    assert dialog.ui.reasonError.text() == "Enter the reason for admission."
    # The type filter narrows the list to that kind of bed.
    dialog.ui.bedTypeCombo.setCurrentIndex(dialog.ui.bedTypeCombo.findData("icu"))
    assert dialog.beds.beds and {b.bed_type for b in dialog.beds.beds} == {"icu"}
    headings = [dialog.ui.bedTree.topLevelItem(i).text(0) for i in range(dialog.ui.bedTree.topLevelItemCount())]
    assert headings and headings[0].startswith("ICU")


def test_a_bed_taken_meanwhile_is_explained_and_the_list_refreshed(qtbot, runner, database, reception,
                                                                   other_desk) -> None:
    patient = new_patient(database, "Slow", "Clerk")
    bed = free_bed(reception)
    dialog = AdmitDialog(runner, reception, patient, "SLOW, Clerk")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.beds.select_bed(bed.id)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Chest pain")
    quick = admissions.admit(other_desk, new_patient(database, "Quick", "Clerk"), bed.id, doctor_id=None,
                             reason="Faster", expected_days=None)
    click_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.bedError.isVisible()
    assert dialog.ui.bedError.text() == admissions.BED_TAKEN
    assert bed.id not in {b.id for b in dialog.beds.beds}
    assert dialog.ui.reasonEdit.text() == "Chest pain"  # nothing typed is lost
    assert dialog.beds.select_bed(dialog.beds.beds[0].id)
    click_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    for admission in (quick, dialog.admission):
        admissions.discharge(reception, admission.id, disposition="home", summary="Done.")


def test_transfer_then_discharge_from_the_board(qtbot, database, board, reception) -> None:
    patient = new_patient(database, "Moreau", "Camille")
    start = free_bed(reception)
    admissions.admit(reception, patient, start.id, doctor_id=None, reason="Sepsis", expected_days=7)
    board.reload()

    trigger(board, board.tiles[start.id].bed, "Transfer")
    dialog = board.active_dialog
    assert isinstance(dialog, TransferDialog)
    assert not audit(dialog, "transfer")  # keyboard and screen reader (issue 15), as a11y_walk checks
    assert "Now in " + start.place in dialog.ui.currentLabel.text()
    assert start.id not in {b.id for b in dialog.beds.beds}
    target = dialog.beds.beds[0]
    dialog.beds.select_bed(target.id)
    screenshot(dialog, "transfer_dialog")
    click_ok(dialog)
    assert board.tiles[target.id].name_label.text() == "MOREAU, Camille"
    assert board.tiles[start.id].status == "cleaning"

    trigger(board, board.tiles[target.id].bed, "Discharge")
    discharge = board.active_dialog
    assert isinstance(discharge, DischargeDialog)
    assert not audit(discharge, "discharge")
    click_ok(discharge)
    assert discharge.ui.dispositionError.text() == "Choose where the patient is going."
    discharge.select_disposition("home")
    click_ok(discharge)
    assert "discharge summary" in discharge.ui.summaryError.text()
    qtbot.keyClicks(discharge.ui.summaryEdit, "IV antibiotics for 5 days, then oral. GP review in a week.")
    screenshot(discharge, "discharge_dialog")
    click_ok(discharge)
    assert discharge.result() == discharge.DialogCode.Accepted
    assert board.tiles[target.id].status == "cleaning"
    assert admissions.current_admission(reception, patient) is None
    for bed_id in (start.id, target.id):
        admissions.set_bed_status(reception, bed_id, "available")


def test_a_notification_from_another_desk_updates_the_board(qtbot, runner, database, reception, other_desk) -> None:
    live = LiveUpdates(reception)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000):
            live.start()
        board = BedBoard(ctx=reception, runner=runner, live=live)
        qtbot.addWidget(board)
        # Once LISTEN is in place and the board's one catch-up load is done, only a notification reloads it.
        qtbot.waitUntil(lambda: "beds" in live._listener.listening() and not board.live_screen.catch_up.isActive(),
                        timeout=5000)
        bed = free_bed(reception)
        assert board.tiles[bed.id].status == "available"
        admissions.admit(other_desk, new_patient(database, "Elsewhere", "Admitted"), bed.id, doctor_id=None,
                         reason="Seen at the other desk", expected_days=None)
        # No reload() here: only the NOTIFY from the other desk's commit can bring the patient in.
        qtbot.waitUntil(lambda: board.tiles[bed.id].bed.patient_name == "ELSEWHERE, Admitted", timeout=5000)
        assert board.tiles[bed.id].status == "occupied"
    finally:
        live.stop()


def test_the_board_with_demo_patients(qtbot, runner, database, reception) -> None:
    today = TODAY  # birth dates: only their age matters
    for i in range(30):
        new_patient(database, f"Demo{i}", "Child", sex="F", birth=today - timedelta(days=365 * 7 + i))
        new_patient(database, f"Demo{i}", "Mother", sex="F", birth=today - timedelta(days=365 * 31 + i))
        new_patient(database, f"Demo{i}", "Adult", sex="M", birth=today - timedelta(days=365 * 66 + i))
    with database.owner.engine.begin() as conn:
        demo_wards.admit_demo_patients(conn, 34)
    board = BedBoard(ctx=reception, runner=runner)
    qtbot.addWidget(board)
    board.resize(1280, 900)
    board.show()
    qtbot.waitExposed(board)
    occupied = [t for t in board.tiles.values() if t.status == "occupied"]
    assert len(occupied) >= 34
    # Nothing on a tile is squeezed: long names are elided to fit and the full name is in the tooltip.
    for tile in board.tiles.values():
        for label in (tile.bed_label, tile.status_label, tile.name_label, tile.detail_label):
            assert label.width() >= label.sizeHint().width(), (tile.texts(), label.text())
    screenshot(board, "bed_board")
    board.select_ward("ICU")
    screenshot(board, "bed_board_icu")
    tile = next(t for t in board.tiles.values() if t.isVisible())
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert board.active_menu is not None and board.active_menu.isVisible()
    board.active_menu.close()


def test_the_board_loads_off_the_gui_thread(qtbot, reception) -> None:
    """With the real thread pool (not the synchronous test runner) the board fills in when the answer comes."""
    pool = TaskRunner()
    board = BedBoard(ctx=reception, runner=pool)
    qtbot.addWidget(board)
    assert board.tiles == {}  # nothing yet: the query is running elsewhere
    qtbot.waitUntil(lambda: len(board.tiles) == 60, timeout=5000)
    assert pool.wait_for_idle(5000)


# --- keyboard and screen readers (issue 15, items 1 and 2) ------------------------------------------------


def test_the_board_is_one_tab_stop_and_the_arrows_move_between_tiles(qtbot, board) -> None:
    from PySide6.QtCore import QPoint

    qtbot.waitUntil(lambda: len(board.tiles) == 60)
    board.activateWindow()
    stops = [t for t in board.tiles.values() if t.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [board.tab_stop]
    first = board.shown_tiles()[0]
    assert board.tab_stop is first
    # Tab from the Reload button reaches the board once, and the next Tab leaves it.
    board.reload_button.setFocus()
    qtbot.keyClick(board.reload_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = board.shown_tiles()[1]
    assert QApplication.focusWidget() is second and board.tab_stop is second
    assert not first.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(second, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is first
    # Down: the nearest tile of the next line, which is below.
    qtbot.keyClick(first, Qt.Key.Key_Down)
    below = QApplication.focusWidget()
    assert isinstance(below, BedTile) and below is not first
    assert below.mapTo(board.content, QPoint(0, 0)).y() > first.mapTo(board.content, QPoint(0, 0)).y()
    screenshot(board, "bed_board_keyboard")  # the focused tile's ring
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_End)
    last = board.shown_tiles()[-1]
    assert QApplication.focusWidget() is last
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert not isinstance(QApplication.focusWidget(), BedTile)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is last  # back to the tile last used
    qtbot.keyClick(last, Qt.Key.Key_Space)
    assert board.active_menu is not None and board.active_menu.isVisible()
    board.active_menu.close()
    # Another ward chosen: its first tile becomes the stop.
    board.select_ward(board.wards[1].name)
    assert board.tab_stop is board.shown_tiles()[0] and board.tab_stop.bed.ward == board.wards[1].name


def test_a_tile_is_a_button_with_a_press_action_and_a_plain_description(qtbot, board) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    qtbot.waitUntil(lambda: len(board.tiles) == 60)
    tile = board.shown_tiles()[0]
    interface = QAccessible.queryAccessibleInterface(tile)
    assert interface.role() == QAccessible.Role.Button
    assert interface.text(QAccessible.Text.Name) == tile.texts()
    description = interface.text(QAccessible.Text.Description)
    assert description.startswith(f"Bed {tile.bed.label} — {tile.bed.ward}") and "<" not in description
    actions = interface.actionInterface()
    assert actions is not None and QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())
    assert board.active_menu is not None and board.active_menu.isVisible()
    board.active_menu.close()


def test_f5_reloads_the_bed_board_inside_registration(qtbot, runner, database, reception) -> None:
    """Registration's F5 (the search) and the board's clashed: Qt ran neither. Each page now has its own."""
    from hms_desktop.ui.tabs.registration import RegistrationTab

    tab = RegistrationTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 690)
    tab.show()
    qtbot.waitExposed(tab)
    tab.windowHandle().requestActivate()  # shortcuts go to the active window
    qtbot.waitUntil(tab.isActiveWindow)
    board = tab.ensure_bed_board()
    assert board is not None
    tab.ui.sections.setCurrentIndex(RegistrationTab.BED_BOARD_PAGE)
    qtbot.waitUntil(lambda: len(board.tiles) == 60)
    board.summary_label.setText("stale")
    board.tab_stop.setFocus()
    qtbot.keyClick(board.tab_stop, Qt.Key.Key_F5)
    assert board.summary_label.text().startswith("60 beds")
