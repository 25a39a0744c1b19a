"""The bed board's "Mark out of service…" asks why and until when (migration 0029), driven as a person would,
on a real database: nothing is saved without a reason, Cancel changes nothing, and the tile's tooltip then
says why and when the bed should be back.

Set HMS_SCREENSHOT_DIR to keep PNGs of the dialog.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient
from helpers import TODAY, submit
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.out_of_service_dialog import OutOfServiceDialog
from hms_desktop.ui.tabs.bed_board import BedBoard

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def wards(database) -> int:
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.fixture(scope="module")
def reception(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def admin(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def make_board(qtbot, runner, ctx: ServiceContext) -> BedBoard:
    board = BedBoard(ctx=ctx, runner=runner)
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    return board


@pytest.fixture
def board(qtbot, runner, reception) -> BedBoard:
    return make_board(qtbot, runner, reception)


def free_bed(ctx: ServiceContext, skip: int = 0) -> admissions.BedDTO:
    return admissions.free_beds(ctx, bed_type="general")[skip]


def stored(ctx: ServiceContext, bed_id: int) -> admissions.BedDTO:
    return next(b for w in admissions.bed_board(ctx) for b in w.beds if b.id == bed_id)


def open_dialog(board: BedBoard, bed: admissions.BedDTO, starts_with: str) -> OutOfServiceDialog:
    menu = board.open_menu(bed)
    action = next(a for a in menu.actions() if a.text().startswith(starts_with))
    assert action.isEnabled()
    action.trigger()
    menu.close()
    dialog = board.active_dialog
    assert isinstance(dialog, OutOfServiceDialog)
    return dialog


def ok(dialog: OutOfServiceDialog) -> None:
    submit(dialog, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_marking_out_of_service_asks_why_and_the_tooltip_says_it(qtbot, board, reception) -> None:
    bed = free_bed(reception)
    dialog = open_dialog(board, board.tiles[bed.id].bed, "Mark out of service")
    assert dialog.ui.reasonEdit.accessibleName() and dialog.ui.returnDate.accessibleName()
    assert not dialog.ui.returnDate.isEnabled()  # no date unless the person knows one
    ok(dialog)  # nothing typed: the form explains and stays
    assert dialog.isVisible()
    assert dialog.ui.reasonError.text().startswith("Say why the bed is out of service")
    assert stored(reception, bed.id).status == "available"

    qtbot.keyClicks(dialog.ui.reasonEdit, "Oxygen port leaking")
    dialog.ui.returnCheck.setChecked(True)
    assert dialog.ui.returnDate.isEnabled()
    back = TODAY + timedelta(days=3)
    dialog.ui.returnDate.setDate(QDate(back.year, back.month, back.day))
    screenshot(dialog, "mark_out_of_service_dialog")
    ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = stored(reception, bed.id)
    assert (saved.status, saved.out_of_service_reason, saved.out_of_service_until) == (
        "out_of_service", "Oxygen port leaking", back)
    qtbot.waitUntil(lambda: board.tiles[bed.id].status == "out_of_service")
    tooltip = board.tiles[bed.id].toolTip()
    assert "Why: Oxygen port leaking" in tooltip and f"expected back {back:%d %b %Y}" in tooltip

    # Correcting it: the dialog opens with what the bed has; the past is not a choice.
    again = open_dialog(board, board.tiles[bed.id].bed, "Change why it is out of service")
    assert again.ui.reasonEdit.text() == "Oxygen port leaking"
    assert again.ui.returnCheck.isChecked() and again.expected_return() == back
    assert again.ui.returnDate.minimumDate() == QDate(TODAY.year, TODAY.month, TODAY.day)
    again.ui.reasonEdit.setText("Oxygen port replaced; waiting for the test")
    again.ui.returnCheck.setChecked(False)
    ok(again)
    assert again.result() == again.DialogCode.Accepted
    qtbot.waitUntil(lambda: board.tiles[bed.id].bed.out_of_service_reason
                    == "Oxygen port replaced; waiting for the test")
    assert "expected back" not in board.tiles[bed.id].toolTip()

    # Back in service from the board: the reason goes with it.
    menu = board.open_menu(board.tiles[bed.id].bed)
    next(a for a in menu.actions() if a.text().startswith("Mark ready")).trigger()
    menu.close()
    qtbot.waitUntil(lambda: board.tiles[bed.id].status == "available")
    assert stored(reception, bed.id).out_of_service_reason is None
    assert "Why:" not in board.tiles[bed.id].toolTip()


def test_cancel_changes_nothing(qtbot, board, reception) -> None:
    bed = free_bed(reception, skip=1)
    dialog = open_dialog(board, board.tiles[bed.id].bed, "Mark out of service")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert stored(reception, bed.id).status == "available"
    assert board.tiles[bed.id].status == "available"
    # Typed, then Cancel and "Discard": still nothing.
    dialog = open_dialog(board, board.tiles[bed.id].bed, "Mark out of service")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Not sure yet")
    dialog.discard()
    assert stored(reception, bed.id).status == "available"


def test_a_cleaning_bed_and_an_administrator_ask_the_same(qtbot, runner, admin) -> None:
    board = make_board(qtbot, runner, admin)
    bed = free_bed(admin, skip=2)
    admissions.set_bed_status(admin, bed.id, "cleaning")
    board.reload()
    dialog = open_dialog(board, board.tiles[bed.id].bed, "Mark out of service")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Deep clean after isolation")
    ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(admin, bed.id).out_of_service_reason == "Deep clean after isolation"
    admissions.set_bed_status(admin, bed.id, "available")


def test_a_refusal_from_the_server_shows_in_words(qtbot, database, board, reception) -> None:
    """A bed occupied meanwhile (another desk was quicker): the dialog says so and stays open."""
    bed = free_bed(reception, skip=3)
    dialog = open_dialog(board, board.tiles[bed.id].bed, "Mark out of service")
    admission = admissions.admit(reception, new_patient(database, "Quick", "Desk"), bed.id,
                                 doctor_id=None, reason="Chest pain", expected_days=None)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Broken rail")
    ok(dialog)
    assert dialog.isVisible()
    assert "has a patient in it" in dialog.ui.messageLabel.text()
    dialog.discard()
    admissions.discharge(reception, admission.id, disposition="home", summary="Went home.")
    admissions.set_bed_status(reception, bed.id, "available")
