"""Right-to-left layouts mirror, the painted calendars and the bed board too (issue 15, item 5).

Qt mirrors its layouts by itself under ``QApplication.setLayoutDirection(Qt.RightToLeft)``; what the app
paints or places itself must follow: the day and week calendars (one DayCalendar grid) show the time column
on the right and the first doctor or day beside it, their clicks, tooltips, accessible rectangles and arrow
keys follow what is drawn; the bed board's tiles run from the right. Each test builds its widgets after the
direction is set, as the app does when it starts in a right-to-left language.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.widgets.day_calendar import (
    GUTTER_WIDTH,
    HEADER_HEIGHT,
    ROW_HEIGHT,
    CalendarBlock,
    CalendarColumn,
    DayCalendar,
)

pytestmark = pytest.mark.usefixtures("app_style")

DAY = date(2030, 6, 3)
GUTTER = QColor("#f6f7f9")  # the time column's shade (day_calendar._paint_gutter)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=UTC)


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _calendar(qtbot) -> DayCalendar:
    calendar = DayCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(900, 600)
    calendar.show()
    qtbot.waitExposed(calendar)
    columns = [CalendarColumn(key=1, title="Dr Amal Haddad", day=DAY, hours=((time(8), time(13)),)),
               CalendarColumn(key=2, title="Dr Li Wei", day=DAY, hours=((time(8), time(18)),))]
    blocks = [CalendarBlock(id=10, column=1, starts_at=_at(9), ends_at=_at(9, 30), title="SHAH, Rita",
                            status="checked_in", status_label="Checked in"),
              CalendarBlock(id=11, column=2, starts_at=_at(10), ends_at=_at(10, 30), title="OKAFOR, Chidinma",
                            status="booked", status_label="Booked", detail="Follow-up")]
    calendar.set_content(columns, blocks, day_start=time(8), day_end=time(18), slot_minutes=15, zone=UTC)
    QApplication.processEvents()
    return calendar


def _colour_at(widget: QWidget, point: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def test_left_to_right_the_time_column_is_on_the_left(qtbot) -> None:
    """The reference the right-to-left tests mirror."""
    calendar = _calendar(qtbot)
    viewport = calendar.viewport()
    assert calendar.slot_rect(0, 0).left() == GUTTER_WIDTH
    assert calendar.block_rect(10).right() < calendar.block_rect(11).left()
    assert _colour_at(viewport, QPoint(2, HEADER_HEIGHT + 3 * ROW_HEIGHT)) == GUTTER


def test_right_to_left_the_time_column_is_on_the_right_and_the_first_doctor_beside_it(qtbot,
                                                                                       right_to_left) -> None:
    calendar = _calendar(qtbot)
    viewport = calendar.viewport()
    width = viewport.width()
    assert calendar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Where things are said to be...
    first_slot = calendar.slot_rect(0, 0)
    assert first_slot.right() == width - 1 - GUTTER_WIDTH
    assert calendar.slot_rect(1, 0).right() == first_slot.left() - 1  # the second doctor on its left
    first, second = calendar.block_rect(10), calendar.block_rect(11)
    assert first is not None and second is not None
    assert second.right() < first.left()
    assert first.right() <= width - 1 - GUTTER_WIDTH
    # ... is where they are painted: the time column's shade on the right, the blocks' fill where they are.
    image = viewport.grab().toImage()
    assert image.pixelColor(width - 3, HEADER_HEIGHT + 3 * ROW_HEIGHT) == GUTTER
    assert image.pixelColor(2, HEADER_HEIGHT + 3 * ROW_HEIGHT) != GUTTER
    white = QColor("white")
    for rect in (first, second):
        inside = QPoint(rect.right() - 12, rect.bottom() - 3)  # away from its words and its status stripe
        assert image.pixelColor(inside) != white, rect
        mirror = QPoint(width - 1 - inside.x(), inside.y())  # where it would be left to right
        assert not any(r.contains(mirror) for r in (first, second))
    screenshot(calendar, "rtl-day-calendar")


def test_right_to_left_a_click_where_an_appointment_is_drawn_selects_it(qtbot, right_to_left) -> None:
    calendar = _calendar(qtbot)
    selected: list[CalendarBlock | None] = []
    calendar.block_selected.connect(selected.append)
    second = calendar.block_rect(11)
    assert second is not None
    qtbot.mouseClick(calendar.viewport(), Qt.MouseButton.LeftButton, pos=second.center())
    assert calendar.selected_id == 11 and selected[-1] is not None and selected[-1].id == 11
    assert calendar.tooltip_at(second.center()) == calendar.texts(11)
    assert calendar.accessible_item_at(second.center()) == 11
    assert calendar.accessible_item_rect(11) == second
    # A free slot: the cell under the click, counted from the right.
    slot = calendar.slot_rect(0, 20)
    qtbot.mouseClick(calendar.viewport(), Qt.MouseButton.LeftButton, pos=slot.center())
    assert (calendar.cursor_column, calendar.cursor_row) == (0, 20)
    assert calendar.selected_id is None
    # Double-click on the first doctor's free slot offers that doctor's slot.
    offered: list[tuple[object, object]] = []
    calendar.slot_activated.connect(lambda key, start: offered.append((key, start)))
    qtbot.mouseDClick(calendar.viewport(), Qt.MouseButton.LeftButton, pos=calendar.slot_rect(0, 24).center())
    assert offered == [(1, _at(14))]


def test_right_to_left_the_arrow_keys_move_the_cursor_the_way_they_point(qtbot, right_to_left) -> None:
    calendar = _calendar(qtbot)
    calendar.setFocus()
    calendar.move_cursor(0, 4)
    before = calendar.slot_rect(calendar.cursor_column, calendar.cursor_row)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.cursor_column == 1
    assert calendar.slot_rect(calendar.cursor_column, calendar.cursor_row).right() < before.left()
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.cursor_column == 0


def test_right_to_left_a_drag_moves_the_appointment_to_the_slot_it_is_dropped_on(qtbot, right_to_left) -> None:
    calendar = _calendar(qtbot)
    moves: list[tuple[int, object, datetime]] = []
    calendar.move_requested.connect(lambda block, key, start: moves.append((block.id, key, start)))
    first = calendar.block_rect(10)
    assert first is not None
    start = first.topLeft() + QPoint(first.width() // 2, 2)
    target = calendar.slot_rect(1, 20)  # the second doctor, 13:00, drawn on the left
    end = QPoint(target.center().x(), target.top() + 2)
    viewport = calendar.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(-10, 0))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert moves == [(10, 2, _at(13))]


# --- the bed board ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    with database.owner.engine.begin() as conn:
        demo_wards.seed_demo_wards(conn)
    yield from database.logged_in(Group.RECEPTION)


def test_right_to_left_the_bed_tiles_run_from_the_right_and_the_arrows_follow(qtbot, runner, reception,
                                                                              right_to_left) -> None:
    from hms_desktop.ui.tabs.bed_board import BedBoard, BedTile

    board = BedBoard(ctx=reception, runner=runner)
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    qtbot.waitUntil(lambda: len(board.tiles) == 60)
    QApplication.processEvents()
    first, second = board.shown_tiles()[:2]
    here, there = (t.mapTo(board.content, QPoint(0, 0)) for t in (first, second))
    assert here.y() == there.y()
    assert there.x() + second.width() <= here.x()  # the second tile on the left of the first
    card = first.parentWidget()
    assert card is not None
    right_edge = first.mapTo(card, QPoint(first.width(), 0)).x()
    assert card.width() - right_edge < first.width()  # the first tile starts at the card's right
    # The ward filter, legend and Reload above mirror with Qt's own layouts.
    assert board.reload_button.mapTo(board, QPoint(0, 0)).x() < board.ward_combo.mapTo(board, QPoint(0, 0)).x()
    board.activateWindow()
    board.focus_tile(first)
    qtbot.keyClick(first, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is first
    assert isinstance(first, BedTile)
    screenshot(board, "rtl-bed-board")


def test_right_to_left_the_patient_found_is_selected_and_opens(qtbot, runner, database, reception,
                                                               right_to_left) -> None:
    """QTableView.selectRow selects nothing right to left (Qt looks one pixel past the viewport): select_row
    does, so the first patient found is the one "Open" opens."""
    from factories import new_patient

    from hms_desktop.ui.dialogs.patient_overview import PatientOverview
    from hms_desktop.ui.tabs.registration import RegistrationTab

    patient_id = new_patient(database, "Rtlselect", "Noor")
    tab = RegistrationTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 690)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ui.searchEdit.setText("Rtlselect")
    tab.search_now()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.select_patient(patient_id)
    selected = tab.selected()
    assert selected is not None and selected.id == patient_id
    tab.open_selected()
    assert isinstance(tab.active_dialog, PatientOverview)
    tab.active_dialog.reject()
