"""Right-to-left layouts mirror, the painted calendars and the bed board too (issue 15, item 5).

Qt mirrors its layouts by itself under ``QApplication.setLayoutDirection(Qt.RightToLeft)``; what the app
paints or places itself must follow: the day and week calendars (one DayCalendar grid) show the time column
on the right and the first doctor or day beside it, their clicks, tooltips, accessible rectangles and arrow
keys follow what is drawn; the bed board's tiles run from the right. Each test builds its widgets after the
direction is set, as the app does when it starts in a right-to-left language.

What Qt does not mirror by itself (ui/bidi.py, resources/style.qss): the colour stripes of tiles, swatches and
banners go on the right; a cell's number, date or amount stays one left-to-right run ("-12.50", not
"12.50-") without a mark in what is copied; labels align to the layout's start; layout margins that mean
start or end swap sides; a mirrored splitter no longer cuts its first pane's edge; ◀ and ▶ swap.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QLabel,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.bidi import FSI, PDI, IsolatingDelegate
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


# --- what Qt does not mirror by itself (ui/bidi.py, resources/style.qss) ---------------------------------

def _ink_columns(image: QImage, area: QRect, background: QColor) -> list[int]:
    """The x of every column of ``area`` with a pixel clearly darker than ``background``: where text is drawn."""
    columns = []
    for x in range(area.left(), area.right() + 1):
        if any(image.pixelColor(x, y).lightness() < background.lightness() - 80
               for y in range(area.top(), area.bottom() + 1)):
            columns.append(x)
    return columns


def _ink_rows(image: QImage, x: int, area: QRect, background: QColor) -> list[int]:
    return [y for y in range(area.top(), area.bottom() + 1)
            if image.pixelColor(x, y).lightness() < background.lightness() - 80]


def test_right_to_left_the_status_stripes_are_on_the_right(qtbot, runner, reception, right_to_left) -> None:
    from hms_desktop.ui.tabs.bed_board import STATUS_COLOURS, BedBoard

    board = BedBoard(ctx=reception, runner=runner)
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    qtbot.waitUntil(lambda: len(board.tiles) == 60)
    QApplication.processEvents()
    tile = board.shown_tiles()[0]
    background, accent, _ink = STATUS_COLOURS[str(tile.property("status"))]
    image = tile.grab().toImage()
    middle = tile.height() // 2
    assert image.pixelColor(tile.width() - 3, middle) == QColor(accent)  # the 6 px stripe on the right
    assert image.pixelColor(3, middle) == QColor(background)  # a 1 px frame on the left, then the tile
    swatches = [s for s in board.findChildren(QLabel, "legendSwatch") if s.isVisible()]
    assert len(swatches) == 4
    for swatch in swatches:
        background, accent, _ink = STATUS_COLOURS[str(swatch.property("status"))]
        image = swatch.grab().toImage()
        middle = swatch.height() // 2
        assert image.pixelColor(swatch.width() - 3, middle) == QColor(accent), swatch.property("status")
        assert image.pixelColor(3, middle) == QColor(background), swatch.property("status")


@pytest.mark.parametrize(("screen", "kind", "name", "status", "stripe", "inside"), [
    ("chartView", QFrame, "chartBanner", None, "#1d3557", "#f4f7fb"),
    ("doctorQueue", QFrame, "consultCard", None, "#d0600e", "#fff3ea"),
    ("", QFrame, "criticalAlertBanner", None, "#b00020", "#fde8ea"),
    ("AppointmentDialog", QLabel, "statusLabel", "booked", "#2f6fb3", "#e7effb"),
    ("AppointmentDialog", QLabel, "statusLabel", "no_show", "#b42318", "#fdecea"),
])
def test_right_to_left_banners_and_cards_have_their_stripe_on_the_right(qtbot, right_to_left, screen: str,
                                                                        kind: type[QWidget], name: str,
                                                                        status: str | None, stripe: str,
                                                                        inside: str) -> None:
    """The widget as its screen names it (style.qss scopes each rule by the screen's object name)."""
    owner: QWidget = QDialog() if screen == "AppointmentDialog" else QWidget()
    owner.setObjectName(screen)
    qtbot.addWidget(owner)
    layout = QVBoxLayout(owner)
    widget = kind(owner)
    widget.setObjectName(name)
    if status is not None:
        widget.setProperty("status", status)
    widget.setMinimumSize(200, 40)
    layout.addWidget(widget)
    owner.show()
    qtbot.waitExposed(owner)
    image = widget.grab().toImage()
    middle = widget.height() // 2
    assert image.pixelColor(widget.width() - 3, middle) == QColor(stripe)
    assert image.pixelColor(3, middle) == QColor(inside)


def test_right_to_left_the_schedule_legend_and_arrows_are_mirrored(qtbot, runner, reception,
                                                                 right_to_left) -> None:
    from hms_desktop.ui.tabs.scheduling import SchedulingTab
    from hms_desktop.ui.widgets.day_calendar import STATUS_COLOURS

    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    striped = [s for s in tab.findChildren(QLabel, "legendSwatch") if s.property("status") in STATUS_COLOURS]
    assert striped
    for swatch in striped:
        background, accent, _ink = STATUS_COLOURS[str(swatch.property("status"))]
        image = swatch.grab().toImage()
        middle = swatch.height() // 2
        assert image.pixelColor(swatch.width() - 2, middle) == QColor(accent), swatch.property("status")
        assert image.pixelColor(2, middle) == QColor(background), swatch.property("status")
    # Previous day is the button on the right, where a right-to-left reader starts: its arrow points right.
    previous, following = tab.ui.previousButton, tab.ui.nextButton
    assert previous.mapTo(tab, QPoint(0, 0)).x() > following.mapTo(tab, QPoint(0, 0)).x()
    assert (previous.text(), following.text()) == ("▶", "◀")
    # The calendar's Ctrl+arrow goes the way it points too: the tooltips name the mirrored keys.
    assert "Ctrl+Right" in previous.toolTip() and "Ctrl+Left" in following.toolTip()
    calendar = tab.calendar
    steps: list[int] = []
    calendar.step_requested.connect(steps.append)
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert steps == [-1]  # back a day, as the Previous day button says
    # The week's buttons carry words beside their arrows: the arrows swap all the same.
    tab.sections.setCurrentWidget(tab.week)
    QApplication.processEvents()
    assert tab.week.previous_button.text() == "▶ Previous week"
    assert tab.week.next_button.text() == "Next week ◀"
    week_buttons = (tab.week.previous_button, tab.week.next_button)
    qtbot.waitUntil(lambda: len({b.mapTo(tab, QPoint(0, 0)).x() for b in week_buttons}) == 2)  # laid out
    week_previous, week_next = (b.mapTo(tab, QPoint(0, 0)).x() for b in week_buttons)
    assert week_previous > week_next  # Previous on the right, pointing right
    screenshot(tab, "rtl-scheduling-week")
    screenshot(tab, "rtl-scheduling")


def test_right_to_left_a_number_in_a_cell_reads_left_to_right_and_copies_without_marks(qtbot,
                                                                                      right_to_left) -> None:
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(300, 200)
    for row in range(2):
        item = QTableWidgetItem("-12.50")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        table.setItem(row, 0, item)
    table.show()
    qtbot.waitExposed(table)
    assert isinstance(table.itemDelegate(), IsolatingDelegate)
    cell = table.visualRect(table.model().index(0, 0))
    image = table.viewport().grab().toImage()
    white = QColor("white")
    columns = _ink_columns(image, cell.adjusted(2, 2, -2, -2), white)
    assert columns
    area = cell.adjusted(2, 2, -2, -2)
    minus_height = len(_ink_rows(image, columns[0], area, white))
    digit_height = len(_ink_rows(image, columns[-1], area, white))
    assert minus_height <= 2 < digit_height  # the minus sign on the left, the last 0 on the right
    # What is copied (and read back anywhere) is the value, not what is painted.
    table.setCurrentCell(0, 0)
    table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "-12.50"
    assert table.item(0, 0).text() == "-12.50"
    # The marks are only in what the delegate hands the style to paint.
    delegate = table.itemDelegate()
    assert isinstance(delegate, IsolatingDelegate)
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.RightToLeft
    delegate.initStyleOption(option, table.model().index(0, 0))
    assert option.text == f"{FSI}-12.50{PDI}"


def test_right_to_left_a_value_put_into_a_right_to_left_sentence_stays_one_run(qtbot, right_to_left) -> None:
    """A Hebrew sentence with an amount: the bidirectional algorithm alone shows "12.50-"; isolated, "-12.50".
    What is copied back from such a sentence loses the marks."""
    from hms_desktop.ui.bidi import left_to_right, without_bidi_marks

    def leftmost_ink_height(text: str) -> int:
        label = QLabel(text)
        qtbot.addWidget(label)
        label.resize(300, 40)
        label.show()
        qtbot.waitExposed(label)
        image = label.grab().toImage()
        background = QColor(image.pixelColor(0, 0))
        columns = _ink_columns(image, label.rect(), background)
        assert columns
        return len(_ink_rows(image, columns[0], label.rect(), background))

    sentence = "יתרה לתשלום: {amount}"  # "balance due: …", right to left
    assert leftmost_ink_height(sentence.format(amount="-12.50")) > 2  # a digit at the end: "12.50-"
    isolated = sentence.format(amount=left_to_right("-12.50"))
    assert leftmost_ink_height(isolated) <= 2  # the minus sign, where it is written
    assert without_bidi_marks(isolated) == sentence.format(amount="-12.50")


def test_right_to_left_labels_align_to_the_start_and_margins_swap(qtbot, right_to_left) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(30, 0, 0, 0)  # room at the start: on the right when mirrored
    label = QLabel("MRN 10000024", window)  # Latin text, a left-to-right label on its own
    layout.addWidget(label)
    window.resize(400, 60)
    window.show()
    qtbot.waitExposed(window)
    assert layout.contentsMargins().right() == 30 and layout.contentsMargins().left() == 0
    assert label.geometry().left() == 0 and label.geometry().right() == window.width() - 31
    image = label.grab().toImage()
    columns = _ink_columns(image, label.rect(), QColor(image.pixelColor(0, 0)))
    assert columns and columns[0] > label.width() // 2  # the text at the right, where the layout starts


def test_right_to_left_date_and_time_fields_keep_their_sections_in_order(qtbot, right_to_left) -> None:
    """Qt reverses a mirrored field's sections (12:30 read "30:12"); they stay as written, the field mirrored."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    clock = QTimeEdit(QTime(12, 30))
    clock.setDisplayFormat("HH:mm")
    week = QDateEdit(QDate(2030, 6, 3))
    week.setDisplayFormat("'Week of' ddd dd MMM yyyy")
    for field in (clock, week):
        layout.addWidget(field)
    window.resize(300, 80)
    window.show()
    qtbot.waitExposed(window)
    assert clock.text() == "12:30"
    assert week.text() == "Week of Mon 03 Jun 2030"
    assert clock.layoutDirection() == week.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert clock.time() == QTime(12, 30) and week.date() == QDate(2030, 6, 3)
    # Their words at the start (the right), as a combo box's, away from the buttons Qt moved to the left.
    for field in (clock, week):
        image = field.grab().toImage()
        inside = field.rect().adjusted(24, 6, -3, -6)
        columns = _ink_columns(image, inside, QColor("white"))
        assert columns and columns[0] > field.width() // 2 - 40 and field.width() - columns[-1] < 14, field.text()
    clock.setFocus()
    clock.setCurrentSection(QTimeEdit.Section.HourSection)
    qtbot.keyClick(clock, Qt.Key.Key_Up)
    assert clock.time() == QTime(13, 30)  # the hours are still the hours


def test_right_to_left_a_combo_box_keeps_its_padding_beside_its_arrow(qtbot, right_to_left) -> None:
    """Qt moves the drop-down to the left; the 22 px kept free for it go there too, not on the right."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("All wards")
    combo.resize(220, 30)
    combo.show()
    qtbot.waitExposed(combo)
    image = combo.grab().toImage()
    text_area = QRect(0, 6, combo.width(), combo.height() - 12)
    white = QColor("white")
    arrow = [x for x in _ink_columns(image, text_area, white) if x < 22]
    assert arrow  # the drop-down's arrow on the left (Qt mirrors it)
    columns = [x for x in _ink_columns(image, text_area, white) if 22 <= x < combo.width() - 2]  # the words
    assert columns
    assert combo.width() - 1 - columns[-1] <= 10  # the words at the right, 4 px of padding from the frame


def test_right_to_left_a_chart_grows_from_the_right_with_its_axis_there(qtbot, right_to_left) -> None:
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis

    chart = QChart()
    bars = QBarSet("Taken")
    bars.append([40.0, 90.0])
    bars.setColor(QColor("#2f6fb3"))
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(["Cash", "Card"])
    values = QValueAxis()
    values.setRange(0, 100)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)  # as the dashboard and the report charts add them
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # as the report charts place it
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # the first paint mirrors the chart; the scene lays the axes out again after it
    QApplication.processEvents()
    image = view.grab().toImage()
    assert categories.alignment() == Qt.AlignmentFlag.AlignRight and values.isReverse()
    assert chart.legend().alignment() == Qt.AlignmentFlag.AlignLeft
    assert series.attachedAxes() and categories in series.attachedAxes() and values in series.attachedAxes()
    plot = chart.plotArea().toRect()
    blue = QColor("#2f6fb3")
    row = plot.top() + plot.height() // 4  # the first bar ("Card", 90) across the upper half
    inked = [x for x in range(plot.left(), plot.right()) if image.pixelColor(x, row) == blue]
    assert inked and inked[-1] >= plot.right() - 3 and inked[0] > plot.left() + plot.width() // 20
    screenshot(view, "rtl-chart")


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


def test_right_to_left_the_billing_account_is_mirrored_to_its_edges(qtbot, runner, database, clerk,
                                                                   right_to_left) -> None:
    from factories import new_patient
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import text

    from hms_desktop.ui.tabs.billing import BillingTab

    patient = new_patient(database, "Rtlbillingzafir", "Noor")
    with database.owner.engine.begin() as conn:
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', 8300001) RETURNING id"),
            {"p": patient, "d": DAY}).scalar_one())
    tab = BillingTab(ctx=clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.picker.search("Rtlbillingzafir")
    assert tab.set_charge_checked(charge, True)
    tab.ui.createDraftButton.click()
    tab.ui.issueButton.click()
    assert tab.active_confirm is not None
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    QApplication.processEvents()
    ui = tab.ui
    page = ui.accountPage
    splitter = ui.splitter

    def span(widget: QWidget) -> tuple[int, int]:
        left = widget.mapTo(page, QPoint(0, 0)).x()
        return left, left + widget.width() - 1

    # The search pane on the right, wholly inside the splitter (Qt put it one pixel past it, cutting the
    # search field's frame), and that frame painted.
    splitter_left, splitter_right = span(splitter)
    search_left, search_right = span(ui.searchPane)
    work_left, work_right = span(ui.workPane)
    assert work_right < search_left and search_right <= splitter_right and work_left >= splitter_left
    edit_right = span(ui.searchEdit)[1]
    grabbed = page.grab().toImage()
    edit_middle = ui.searchEdit.mapTo(page, QPoint(0, ui.searchEdit.height() // 2)).y()
    assert grabbed.pixelColor(edit_right, edit_middle) != QColor("white")  # its frame, not cut off
    # The work pane's 6 px from the splitter handle is on the handle's side (its right), not at the window edge.
    table_left, table_right = span(ui.linesTable)
    assert (table_left - work_left, work_right - table_right) == (0, 6)
    # The totals: words on the right, amounts on their left, flush with the outer (left) edge.
    assert tab.totals
    labels = [w for w in ui.totalsBox.findChildren(QLabel) if w.isVisible()]
    words = {w.text(): w for w in labels if w.text() in dict(tab.totals)}
    amounts = [w for w in labels if w.text() not in words]
    assert words and amounts
    assert max(span(w)[1] for w in amounts) < min(span(w)[0] for w in words.values())
    box = ui.totalsBox.grab().toImage()
    for amount in amounts:
        inked = _ink_columns(box, amount.geometry(), QColor(box.pixelColor(0, 0)))
        assert inked and inked[0] - amount.geometry().left() <= 1, amount.text()
    screenshot(tab, "rtl-billing-invoice")
