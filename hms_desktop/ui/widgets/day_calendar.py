"""A time grid: columns (doctors in the day view, days in the week view), rows of slots, appointments as blocks.

Painted rather than built from child widgets, so a day of 40 doctors and hundreds of appointments stays
cheap to redraw after every live update. A block says its status in words as well as colour (and an
overbooked one carries a red dashed border and "OVERBOOKED"), so it reads the same to a colour-blind person.

Keyboard: the arrows move a cursor over the slots (landing on an appointment selects it), Enter opens the
appointment under the cursor or asks to book the free slot, Ctrl+Left / Ctrl+Right ask for the previous /
next day (or week). Mouse: click selects, double-click opens, and dragging an appointment to another slot or
column asks to move it there (``move_requested``); the host confirms and calls the service. The widget never
touches the database.

Rows are hours of the hospital's wall clock, never the workstation's: the host gives the grid the hospital's
zone with its content (``set_content(zone=…)``); blocks are placed, labelled and hit by their time in that
zone, and a slot clicked, activated or dropped on is the instant that zone's clock reads on the column's day.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QToolTip, QWidget

from hms_desktop.formats import format_time
from hms_desktop.services.hospital_clock import from_hospital, to_hospital
from hms_desktop.ui import accessibility, colours
from hms_desktop.ui.bidi import first_strong_isolate

# (background, accent for border and stripe, text)
STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "requested": ("#fff5da", "#c98a06", "#5c3d00"),
    "booked": ("#e7effb", "#2f6fb3", "#1d3557"),
    "confirmed": ("#e3f4ea", "#2e8b57", "#17472d"),
    "checked_in": ("#f1e8fb", "#7b4bb3", "#40206a"),
    "in_consultation": ("#ffe9dc", "#d0600e", "#6b2c00"),
    "completed": ("#eef0f3", "#7c8796", "#3f4854"),
    "no_show": ("#fdecea", "#b42318", "#7a1a12"),
    "declined": ("#fdecea", "#b42318", "#7a1a12"),
    "cancelled": ("#f4f5f7", "#a0a8b4", "#5a6472"),
}
OVERBOOK_RED = "#b42318"
HEADER_HEIGHT = 46
GUTTER_WIDTH = 58
ROW_HEIGHT = 22
MIN_COLUMN_WIDTH = 150
NARROWEST_COLUMN = 40  # with "columns per screen" chosen: 20 doctors beside the side panel at 1280 px


def paint_off_hours(painter: QPainter, area: QRectF) -> None:
    """Hours outside a doctor's working hours: a shade and a diagonal hatch, so they differ from working
    hours by pattern as well as by a shade 1.1:1 from white (issue 15.3). The scheduling legend paints its
    "Off hours" swatch with this too."""
    painter.fillRect(area, QColor(colours.OFF_HOURS))
    painter.fillRect(area, QBrush(QColor(colours.OFF_HOURS_HATCH), Qt.BrushStyle.FDiagPattern))


@dataclass(frozen=True, slots=True)
class CalendarColumn:
    """One column: a doctor (day view) or a day (week view). ``hours`` shade the working sessions (wall-clock
    times in the grid's zone); ``day`` is needed to book or move from the grid."""

    key: Hashable
    title: str
    subtitle: str = ""
    day: date | None = None
    doctor_id: int | None = None
    hours: tuple[tuple[time, time], ...] = ()
    unavailable: str = ""  # "On leave", "Public holiday": the whole column is greyed out with this text
    away: tuple[tuple[time, time, str], ...] = ()  # part of the day away (training 14:00-16:00), greyed


@dataclass(frozen=True, slots=True)
class CalendarBlock:
    """One appointment as the grid shows it. ``starts_at`` / ``ends_at``: aware instants (naive ones are taken
    as wall-clock times in the grid's zone)."""

    id: int
    column: Hashable
    starts_at: datetime
    ends_at: datetime
    title: str           # the patient
    status: str
    status_label: str    # "Checked in": shown in words, not only as a colour
    detail: str = ""     # kind · reason
    overbooked: bool = False
    movable: bool = True
    tooltip: str = ""
    payload: object = field(default=None, compare=False)  # the DTO behind the block, for the host


@dataclass(frozen=True, slots=True)
class _Placed:
    block: CalendarBlock
    rect: QRect


class DayCalendar(QAbstractScrollArea):
    """The grid. Feed it with ``set_content``; it emits what the person asks for and the host acts."""

    block_selected = Signal(object)              # CalendarBlock or None
    block_activated = Signal(object)             # CalendarBlock: Enter or double-click
    slot_activated = Signal(object, object)      # column key, start datetime: Enter / double-click on free time
    move_requested = Signal(object, object, object)  # CalendarBlock, column key, new start datetime
    step_requested = Signal(int)                 # -1 / +1: Ctrl+Left / Ctrl+Right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessibility.install()  # screen readers get one list item per appointment: make_accessible_interface
        self.setAccessibleName(self.tr("Day calendar"))
        self._reading_order: list[int] = []  # block ids, column by column, then by time
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.columns: tuple[CalendarColumn, ...] = ()
        self.blocks: tuple[CalendarBlock, ...] = ()
        self.day_start = time(8, 0)
        self.day_end = time(18, 0)
        self.slot_minutes = 15
        self.empty_text = ""
        self.cursor_column = 0
        self.cursor_row = 0
        self.selected_id: int | None = None
        self._placed: list[_Placed] = []
        self._drag_from: QPoint | None = None
        self._drag_block: CalendarBlock | None = None
        self._drag_target: tuple[int, int] | None = None  # column index, row
        self._now: datetime | None = None
        self.zone: tzinfo | None = None  # the hospital's, from the host; None: the workstation's
        self.columns_per_screen = 0  # 0: as many as fit at MIN_COLUMN_WIDTH; else that many, narrower if need be
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # --- content ---------------------------------------------------------------------------------------

    def set_content(self, columns: Sequence[CalendarColumn], blocks: Iterable[CalendarBlock], *,
                    day_start: time | None = None, day_end: time | None = None, slot_minutes: int | None = None,
                    empty_text: str = "", zone: tzinfo | None = None) -> None:
        """Replace what is shown; the selection and cursor stay where they were when they still exist.
        ``zone``: the hospital's (``HospitalClock.zone``), whose wall clock the rows show."""
        self.zone = zone
        self.columns = tuple(columns)
        keys = {c.key for c in self.columns}
        self.blocks = tuple(b for b in blocks if b.column in keys)
        if slot_minutes:
            self.slot_minutes = max(5, slot_minutes)
        start, end = day_start or self.day_start, day_end or self.day_end
        # Never cut off an appointment booked outside the usual hours.
        for block in self.blocks:
            first, last = self._minutes(block.starts_at), self._minutes(block.ends_at) or 24 * 60
            if first < start.hour * 60 + start.minute:
                start = time(first // 60)
            if last > end.hour * 60 + end.minute:
                end = time(min(23, math.ceil(last / 60)), 0) if last < 24 * 60 else time(23, 59)
        self.day_start, self.day_end = start, end
        self.empty_text = empty_text
        self.cursor_column = min(self.cursor_column, max(0, len(self.columns) - 1))
        self.cursor_row = min(self.cursor_row, max(0, self.row_count - 1))
        if self.selected_id is not None and self.block_by_id(self.selected_id) is None:
            self.selected_id = None
            self.block_selected.emit(None)
        order = {c.key: i for i, c in enumerate(self.columns)}
        self._reading_order = [b.id for b in sorted(self.blocks, key=lambda b: (order[b.column], b.starts_at, b.id))]
        self._layout()
        accessibility.announce(self, QAccessible.Event.ObjectReorder)
        self._announce_cursor(focus=False)

    def block_by_id(self, block_id: int) -> CalendarBlock | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def selected_block(self) -> CalendarBlock | None:
        return self.block_by_id(self.selected_id) if self.selected_id is not None else None

    def wall(self, moment: datetime) -> datetime:
        """``moment`` on the grid's wall clock (the hospital's)."""
        return to_hospital(moment, self.zone)

    def _minutes(self, moment: datetime) -> int:
        wall = self.wall(moment)
        return wall.hour * 60 + wall.minute

    def set_now(self, now: datetime | None) -> None:
        """Draw a "now" line at this moment in columns of its day (None: no line)."""
        self._now = now
        self.viewport().update()

    @property
    def row_count(self) -> int:
        minutes = (self.day_end.hour * 60 + self.day_end.minute) - (self.day_start.hour * 60 + self.day_start.minute)
        return max(1, math.ceil(minutes / self.slot_minutes))

    def column_width(self) -> int:
        if not self.columns:
            return MIN_COLUMN_WIDTH
        room = self.viewport().width() - GUTTER_WIDTH
        if self.columns_per_screen > 0:
            return max(NARROWEST_COLUMN, room // min(self.columns_per_screen, len(self.columns)))
        return max(MIN_COLUMN_WIDTH, room // len(self.columns))

    def set_columns_per_screen(self, count: int) -> None:
        """Show ``count`` columns across the view (0: as many as fit at the usual width), scrolling for the rest."""
        self.columns_per_screen = max(0, count)
        self._layout()

    def column_tooltip(self, index: int) -> str:
        """The column's full title and subtitle: the header elides them when the column is narrow."""
        column = self.columns[index]
        return f"{column.title}\n{column.subtitle}" if column.subtitle else column.title

    def tooltip_at(self, pos: QPoint) -> str:
        """What the tooltip says at ``pos`` (viewport coordinates): a column header, or a block in full."""
        pos = self._logical(pos)
        if pos.x() < GUTTER_WIDTH or not self.columns:
            return ""
        if pos.y() < HEADER_HEIGHT:
            index = (pos.x() + self._offset().x() - GUTTER_WIDTH) // self.column_width()
            return self.column_tooltip(index) if 0 <= index < len(self.columns) else ""
        block = self._block_at(pos)
        return self.texts(block.id) if block is not None else ""

    # --- right to left (issue 15.5) --------------------------------------------------------------------
    # Everything is computed left to right ("logical" viewport coordinates: the time column at x 0, the first
    # column beside it). A right-to-left layout shows the mirror image: the time column on the right, the
    # first doctor or day beside it, later ones to the left. Painting mirrors the geometry (not the text);
    # what comes in (clicks, tooltips, accessibility) is mirrored back; block_rect and slot_rect say where
    # things are on screen.

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _logical(self, pos: QPoint) -> QPoint:
        """A point on the viewport, as the left-to-right computation knows it (its own mirror image)."""
        return QPoint(self.viewport().width() - 1 - pos.x(), pos.y()) if self._mirrored() else QPoint(pos)

    def _visual(self, rect: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.viewport().rect(), rect)

    def _draw_text(self, painter: QPainter, rect: QRect | QRectF, flags: Qt.AlignmentFlag | int, text: str) -> None:
        """Text in a rect of the (possibly mirrored) painter, itself never mirrored: on screen it is drawn in
        the mirrored rect, with the painter's right-to-left alignment."""
        if not self._mirrored():
            painter.drawText(rect, flags, text)
            return
        on_screen = painter.transform().mapRect(QRectF(rect))
        painter.save()
        painter.resetTransform()
        # One run in its own direction, aligned right to left: "SHAH, Rita 09:00" and "-" or "3 Dec" stay as
        # written (a name in Arabic or Hebrew still reads right to left).
        painter.drawText(on_screen, flags, first_strong_isolate(text))
        painter.restore()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            text = self.tooltip_at(help_event.pos())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def row_time(self, row: int) -> time:
        minutes = self.day_start.hour * 60 + self.day_start.minute + row * self.slot_minutes
        return time(min(23, minutes // 60), minutes % 60)

    def slot_start(self, column: int, row: int) -> datetime:
        """The instant a slot starts: its row's time on the grid's wall clock, on the column's day (a column
        without a day: the day of the "now" line)."""
        day = self.columns[column].day if self.columns else None
        if day is None:
            if self._now is None:
                raise ValueError("A calendar column without a day has no slot times")
            day = self.wall(self._now).date()
        return from_hospital(day, self.row_time(row), self.zone)

    def row_of(self, moment: datetime) -> int:
        """The row of ``moment`` (aware, or a naive wall-clock time in the grid's zone)."""
        start = self.day_start.hour * 60 + self.day_start.minute
        return max(0, (self._minutes(moment) - start) // self.slot_minutes)

    def column_index(self, key: Hashable) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # --- geometry --------------------------------------------------------------------------------------

    def _content_size(self) -> QSize:
        return QSize(GUTTER_WIDTH + self.column_width() * max(1, len(self.columns)),
                     HEADER_HEIGHT + self.row_count * ROW_HEIGHT)

    def _layout(self) -> None:
        size = self._content_size()
        view = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, size.width() - view.width()))
        self.horizontalScrollBar().setPageStep(view.width())
        self.verticalScrollBar().setRange(0, max(0, size.height() - view.height()))
        self.verticalScrollBar().setPageStep(view.height())
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)
        self._placed = self._place_blocks()
        self.viewport().update()

    def _place_blocks(self) -> list[_Placed]:
        """Content coordinates of every block; blocks overlapping in one column share it side by side."""
        width = self.column_width()
        start_minutes = self.day_start.hour * 60 + self.day_start.minute
        placed: list[_Placed] = []
        for index, column in enumerate(self.columns):
            mine = sorted((b for b in self.blocks if b.column == column.key), key=lambda b: (b.starts_at, b.id))
            lanes: list[datetime] = []  # end of the last block in each lane
            assignment: list[tuple[CalendarBlock, int]] = []
            groups: list[list[tuple[CalendarBlock, int]]] = []
            group_end: datetime | None = None
            for block in mine:
                if group_end is None or block.starts_at >= group_end:
                    lanes = []
                    groups.append([])
                    group_end = block.ends_at
                lane = next((i for i, end in enumerate(lanes) if end <= block.starts_at), len(lanes))
                if lane == len(lanes):
                    lanes.append(block.ends_at)
                else:
                    lanes[lane] = block.ends_at
                group_end = max(group_end, block.ends_at)
                groups[-1].append((block, lane))
                assignment.append((block, lane))
            for group in groups:
                count = max(lane for _b, lane in group) + 1
                lane_width = (width - 8) / count
                for block, lane in group:
                    top = HEADER_HEIGHT + (self._minutes(block.starts_at) - start_minutes) * ROW_HEIGHT \
                        / self.slot_minutes
                    minutes = max(self.slot_minutes / 2, (block.ends_at - block.starts_at).total_seconds() / 60)
                    height = minutes * ROW_HEIGHT / self.slot_minutes
                    x = GUTTER_WIDTH + index * width + 3 + lane * lane_width
                    placed.append(_Placed(block, QRect(round(x), round(top) + 1, round(lane_width) - 2,
                                                       max(ROW_HEIGHT - 2, round(height) - 2))))
        return placed

    def _offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def block_rect(self, block_id: int) -> QRect | None:
        """Where a block is on the viewport, as drawn (for tests, tooltips and screen readers)."""
        rect = self._logical_block_rect(block_id)
        return self._visual(rect) if rect is not None else None

    def slot_rect(self, column: int, row: int) -> QRect:
        """Where a slot is on the viewport, as drawn."""
        return self._visual(self._logical_slot_rect(column, row))

    def _logical_block_rect(self, block_id: int) -> QRect | None:
        placed = next((p for p in self._placed if p.block.id == block_id), None)
        return placed.rect.translated(-self._offset()) if placed else None

    def _logical_slot_rect(self, column: int, row: int) -> QRect:
        width = self.column_width()
        rect = QRect(GUTTER_WIDTH + column * width, HEADER_HEIGHT + row * ROW_HEIGHT, width, ROW_HEIGHT)
        return rect.translated(-self._offset())

    def _block_at(self, pos: QPoint) -> CalendarBlock | None:
        content = pos + self._offset()
        if pos.y() < HEADER_HEIGHT:
            return None
        for placed in reversed(self._placed):
            if placed.rect.contains(content):
                return placed.block
        return None

    def _cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if pos.y() < HEADER_HEIGHT or pos.x() < GUTTER_WIDTH or not self.columns:
            return None
        content = pos + self._offset()
        column = (content.x() - GUTTER_WIDTH) // self.column_width()
        row = (content.y() - HEADER_HEIGHT) // ROW_HEIGHT
        if 0 <= column < len(self.columns) and 0 <= row < self.row_count:
            return int(column), int(row)
        return None

    # --- selection and keyboard ------------------------------------------------------------------------

    def select_block(self, block_id: int | None, *, move_cursor: bool = True) -> None:
        block = self.block_by_id(block_id) if block_id is not None else None
        self.selected_id = block.id if block else None
        if block is not None and move_cursor:
            self.cursor_column = max(0, self.column_index(block.column))
            self.cursor_row = min(self.row_count - 1, self.row_of(block.starts_at))
            self._ensure_visible(self.cursor_column, self.cursor_row)
        self.block_selected.emit(block)
        self.viewport().update()
        self._announce_cursor()

    def move_cursor(self, column: int, row: int) -> None:
        if not self.columns:
            return
        self.cursor_column = max(0, min(len(self.columns) - 1, column))
        self.cursor_row = max(0, min(self.row_count - 1, row))
        self._ensure_visible(self.cursor_column, self.cursor_row)
        block = self._block_in_cell(self.cursor_column, self.cursor_row)
        self.selected_id = block.id if block else None
        self.block_selected.emit(block)
        self.viewport().update()
        self._announce_cursor()

    def _block_in_cell(self, column: int, row: int) -> CalendarBlock | None:
        if not self.columns:
            return None
        key = self.columns[column].key
        moment = (datetime.combine(date.min, self.row_time(row)) + timedelta(minutes=self.slot_minutes / 2)).time()
        for block in self.blocks:
            if block.column != key:
                continue
            first, last = self.wall(block.starts_at), self.wall(block.ends_at)
            if first.time() <= moment < (last.time() if last.date() == first.date() else time.max):
                return block
        return None

    def _ensure_visible(self, column: int, row: int) -> None:
        rect = self._logical_slot_rect(column, row)
        view = self.viewport().rect().adjusted(GUTTER_WIDTH, HEADER_HEIGHT, 0, 0)
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        if rect.top() < view.top():
            vertical.setValue(vertical.value() - (view.top() - rect.top()))
        elif rect.bottom() > view.bottom():
            vertical.setValue(vertical.value() + rect.bottom() - view.bottom())
        if rect.left() < view.left():
            horizontal.setValue(horizontal.value() - (view.left() - rect.left()))
        elif rect.right() > view.right():
            horizontal.setValue(horizontal.value() + rect.right() - view.right())

    def activate_cursor(self) -> None:
        block = self.selected_block() or self._block_in_cell(self.cursor_column, self.cursor_row)
        if block is not None:
            self.block_activated.emit(block)
        elif self.columns:
            column = self.columns[self.cursor_column]
            self.slot_activated.emit(column.key, self.slot_start(self.cursor_column, self.cursor_row))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if self._mirrored() and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # the arrow points where it goes
            key = Qt.Key.Key_Right if key == Qt.Key.Key_Left else Qt.Key.Key_Left
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if control and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Left:
            self.move_cursor(self.cursor_column - 1, self.cursor_row)
        elif key == Qt.Key.Key_Right:
            self.move_cursor(self.cursor_column + 1, self.cursor_row)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            block = self.selected_block()
            row = self.cursor_row
            if block is not None and step > 0:  # leave a long appointment from its end, not slot by slot
                row = self.row_of(block.ends_at) - 1
            self.move_cursor(self.cursor_column, row + step)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            rows = max(1, (self.viewport().height() - HEADER_HEIGHT) // ROW_HEIGHT)
            self.move_cursor(self.cursor_column, self.cursor_row + (rows if key == Qt.Key.Key_PageDown else -rows))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_cursor()
        else:
            super().keyPressEvent(event)

    # --- mouse and drag --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = self._logical(event.position().toPoint())
        cell = self._cell_at(pos)
        block = self._block_at(pos)
        if cell is not None:
            self.cursor_column, self.cursor_row = cell
        self.selected_id = block.id if block else None
        self.block_selected.emit(block)
        self._drag_from = pos if block is not None and block.movable else None
        self._drag_block = None
        self.viewport().update()
        self._announce_cursor()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self._logical(event.position().toPoint())
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._drag_block is None and (pos - self._drag_from).manhattanLength() \
                    >= QApplication.startDragDistance():
                self._drag_block = self.selected_block()
            if self._drag_block is not None:
                self._drag_target = self._drop_cell(pos)
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.viewport().update()
                return
        block = self._block_at(pos)
        self.viewport().setToolTip(block.tooltip if block else "")
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if block and block.movable
                                  else Qt.CursorShape.ArrowCursor)

    def _drop_cell(self, pos: QPoint) -> tuple[int, int] | None:
        """The slot the dragged block's top would land on (the grab point keeps its offset in the block)."""
        if self._drag_block is None or self._drag_from is None:
            return None
        rect = self._logical_block_rect(self._drag_block.id)
        grab_offset = (self._drag_from.y() - rect.top()) if rect else 0
        cell = self._cell_at(QPoint(pos.x(), max(HEADER_HEIGHT, pos.y() - grab_offset + ROW_HEIGHT // 2)))
        return cell

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        block, target = self._drag_block, self._drag_target
        self._drag_from = None
        self._drag_block = None
        self._drag_target = None
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.viewport().update()
        if block is not None and target is not None:
            self.request_move(block, *target)

    def request_move(self, block: CalendarBlock, column: int, row: int) -> None:
        """Ask the host to move ``block`` to the slot (``column``, ``row``) — what a drop does."""
        key = self.columns[column].key
        start = self.slot_start(column, row)
        if key == block.column and start == self.wall(block.starts_at):
            return
        self.move_requested.emit(block, key, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = self._logical(event.position().toPoint())
        block = self._block_at(pos)
        cell = self._cell_at(pos)
        if block is not None:
            self.block_activated.emit(block)
        elif cell is not None:
            self.slot_activated.emit(self.columns[cell[0]].key, self.slot_start(*cell))

    def wheelEvent(self, event: QWheelEvent) -> None:
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()
        self._announce_cursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # --- painting --------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = self._offset()
        view = self.viewport().rect()
        if self._mirrored():  # the geometry mirrored; _draw_text keeps the words readable
            painter.translate(view.width(), 0)
            painter.scale(-1, 1)
        painter.fillRect(view, QColor("white"))
        width = self.column_width()
        normal = QFont(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, normal.pointSizeF() - 1.5))
        bold = QFont(normal)
        bold.setBold(True)

        painter.save()
        painter.setClipRect(QRect(GUTTER_WIDTH, HEADER_HEIGHT, view.width(), view.height()))
        painter.translate(-offset)
        self._paint_grid(painter, width, small)
        for placed in self._placed:
            self._paint_block(painter, placed, bold, small)
        self._paint_drag(painter, width)
        self._paint_cursor(painter)
        painter.restore()

        self._paint_gutter(painter, offset, small)
        self._paint_header(painter, offset, width, bold, small)
        if not self.columns and self.empty_text:
            painter.setPen(QColor("#4a5568"))
            painter.setFont(normal)
            self._draw_text(painter, view.adjusted(20, HEADER_HEIGHT + 20, -20, -20),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
        painter.end()

    def _paint_grid(self, painter: QPainter, width: int, small: QFont) -> None:
        total_height = self.row_count * ROW_HEIGHT
        start_minutes = self.day_start.hour * 60 + self.day_start.minute
        edges: list[tuple[float, float]] = []
        for index, column in enumerate(self.columns):
            x = GUTTER_WIDTH + index * width
            paint_off_hours(painter, QRectF(x, HEADER_HEIGHT, width, total_height))
            for first, last in column.hours:
                top = HEADER_HEIGHT + (first.hour * 60 + first.minute - start_minutes) * ROW_HEIGHT / self.slot_minutes
                bottom = HEADER_HEIGHT + (last.hour * 60 + last.minute - start_minutes) * ROW_HEIGHT / self.slot_minutes
                painter.fillRect(QRectF(x, top, width, bottom - top), QColor(colours.WORKING_HOURS))
                # Working hours are also told by their edges, not by a shade alone (issue 15.3); drawn after
                # the grid lines, which would cover them.
                edges += [(x, edge) for edge in (top, bottom) if HEADER_HEIGHT < edge < HEADER_HEIGHT + total_height]
            for first, last, label in column.away:
                top = HEADER_HEIGHT + (first.hour * 60 + first.minute - start_minutes) * ROW_HEIGHT / self.slot_minutes
                bottom = HEADER_HEIGHT + (last.hour * 60 + last.minute - start_minutes) * ROW_HEIGHT / self.slot_minutes
                area = QRectF(x, max(HEADER_HEIGHT, top), width, max(0.0, bottom - max(HEADER_HEIGHT, top)))
                painter.fillRect(area, QColor(225, 228, 233))
                painter.fillRect(area, QBrush(QColor("#c5ccd6"), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QColor("#3f4854"))
                painter.setFont(small)
                self._draw_text(painter, area.adjusted(6, 2, -6, 0).toRect(), Qt.AlignmentFlag.AlignLeft, label)
            if column.unavailable:
                painter.fillRect(QRect(x, HEADER_HEIGHT, width, total_height), QColor(230, 232, 236, 200))
                painter.setPen(QColor("#4a5568"))
                painter.setFont(small)
                self._draw_text(painter, QRect(x + 4, HEADER_HEIGHT + 8, width - 8, 40),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, column.unavailable)
        for row in range(self.row_count + 1):
            y = HEADER_HEIGHT + row * ROW_HEIGHT
            on_hour = (start_minutes + row * self.slot_minutes) % 60 == 0
            painter.setPen(QPen(QColor("#cfd6df" if on_hour else "#e8ecf1"), 1))
            painter.drawLine(GUTTER_WIDTH, y, GUTTER_WIDTH + width * len(self.columns), y)
        painter.setPen(QPen(QColor("#cfd6df"), 1))
        for index in range(len(self.columns) + 1):
            x = GUTTER_WIDTH + index * width
            painter.drawLine(x, HEADER_HEIGHT, x, HEADER_HEIGHT + total_height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # one crisp line, not two faint ones
        painter.setPen(QPen(QColor(colours.WORKING_EDGE), 1))
        for left, edge in edges:
            painter.drawLine(QPoint(round(left), round(edge)), QPoint(round(left) + width - 1, round(edge)))
        painter.restore()
        if self._now is not None:
            now = self.wall(self._now)
            now_y = HEADER_HEIGHT + (now.hour * 60 + now.minute - start_minutes) * ROW_HEIGHT / self.slot_minutes
            for index, column in enumerate(self.columns):
                if column.day == now.date() and HEADER_HEIGHT <= now_y <= HEADER_HEIGHT + total_height:
                    x = GUTTER_WIDTH + index * width
                    painter.setPen(QPen(QColor("#d0600e"), 2))
                    painter.drawLine(QRectF(x, now_y, width, 0).topLeft(), QRectF(x, now_y, width, 0).topRight())

    def _paint_block(self, painter: QPainter, placed: _Placed, bold: QFont, small: QFont) -> None:
        block, rect = placed.block, placed.rect
        background, accent, ink = STATUS_COLOURS.get(block.status, STATUS_COLOURS["booked"])
        selected = block.id == self.selected_id
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), QColor(accent))
        if block.overbooked:
            pen = QPen(QColor(OVERBOOK_RED), 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(QColor(accent), 2 if selected else 1)
        if selected:
            pen.setWidth(3)
            pen.setColor(QColor("#14213d"))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

        inner = rect.adjusted(9, 2, -4, -2)
        metrics_bold, metrics_small = QFontMetrics(bold), QFontMetrics(small)
        tag = block.status_label.upper()
        if block.overbooked:
            tag = "⚠ " + self.tr("OVERBOOKED") + " · " + tag
        start = self.wall(block.starts_at)
        first_line = f"{format_time(start)} {block.title}"
        painter.setPen(QColor("#14213d"))
        painter.setFont(bold)
        one_line = inner.height() < metrics_bold.height() + metrics_small.height()
        if one_line:  # a short slot: name and status on one line (the row shows the time); status kept whole
            if block.overbooked:
                tag = "⚠ " + self.tr("OVERBOOKED")
            tag_width = min(metrics_small.horizontalAdvance(tag) + 3, max(inner.width() - 28, inner.width() // 2))
            if inner.width() - tag_width - 6 < 36:  # too narrow for a name as well: the status alone
                tag_width = inner.width()
            self._draw_text(painter, QRect(inner.left(), inner.top(), inner.width() - tag_width - 6, inner.height()),
                             Qt.AlignmentFlag.AlignVCenter,
                             metrics_bold.elidedText(block.title, Qt.TextElideMode.ElideRight,
                                                     inner.width() - tag_width - 6))
            painter.setFont(small)
            painter.setPen(QColor(OVERBOOK_RED if block.overbooked else ink))
            self._draw_text(painter, QRect(inner.right() - tag_width, inner.top(), tag_width, inner.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics_small.elidedText(tag, Qt.TextElideMode.ElideRight, tag_width))
            return
        y = inner.top()
        self._draw_text(painter, QRect(inner.left(), y, inner.width(), metrics_bold.height()),
                        Qt.AlignmentFlag.AlignLeft,
                        metrics_bold.elidedText(first_line, Qt.TextElideMode.ElideRight, inner.width()))
        y += metrics_bold.height()
        painter.setFont(small)
        painter.setPen(QColor(OVERBOOK_RED if block.overbooked else ink))
        self._draw_text(painter, QRect(inner.left(), y, inner.width(), metrics_small.height()),
                        Qt.AlignmentFlag.AlignLeft,
                        metrics_small.elidedText(tag, Qt.TextElideMode.ElideRight, inner.width()))
        y += metrics_small.height()
        if block.detail and y + metrics_small.height() <= inner.bottom() + 2:
            painter.setPen(QColor("#4a5568"))
            self._draw_text(painter, QRect(inner.left(), y, inner.width(), metrics_small.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             metrics_small.elidedText(block.detail, Qt.TextElideMode.ElideRight, inner.width()))

    def _paint_drag(self, painter: QPainter, width: int) -> None:
        if self._drag_block is None or self._drag_target is None:
            return
        column, row = self._drag_target
        minutes = (self._drag_block.ends_at - self._drag_block.starts_at).total_seconds() / 60
        height = max(ROW_HEIGHT, round(minutes * ROW_HEIGHT / self.slot_minutes))
        rect = QRect(GUTTER_WIDTH + column * width + 3, HEADER_HEIGHT + row * ROW_HEIGHT + 1, width - 8, height - 2)
        painter.setPen(QPen(QColor("#2f6fb3"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(47, 111, 179, 40))
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        painter.setPen(QColor("#1d3557"))
        self._draw_text(painter, rect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Move to %1").replace("%1", format_time(self.row_time(row))))

    def _paint_cursor(self, painter: QPainter) -> None:
        if not self.columns or not self.hasFocus() or self.selected_id is not None:
            return
        width = self.column_width()
        rect = QRect(GUTTER_WIDTH + self.cursor_column * width + 1, HEADER_HEIGHT + self.cursor_row * ROW_HEIGHT + 1,
                     width - 2, ROW_HEIGHT - 1)
        painter.setPen(QPen(QColor("#2f6fb3"), 2))
        painter.setBrush(QColor(47, 111, 179, 30))
        painter.drawRect(rect)

    def _paint_gutter(self, painter: QPainter, offset: QPoint, small: QFont) -> None:
        view = self.viewport().rect()
        painter.fillRect(QRect(0, HEADER_HEIGHT, GUTTER_WIDTH, view.height()), QColor("#f6f7f9"))
        painter.setPen(QColor("#d6dbe1"))
        painter.drawLine(GUTTER_WIDTH - 1, HEADER_HEIGHT, GUTTER_WIDTH - 1, view.height())
        painter.setFont(small)
        start_minutes = self.day_start.hour * 60 + self.day_start.minute
        for row in range(self.row_count):
            minutes = start_minutes + row * self.slot_minutes
            y = HEADER_HEIGHT + row * ROW_HEIGHT - offset.y()
            if y < HEADER_HEIGHT - ROW_HEIGHT or y > view.height():
                continue
            on_hour = minutes % 60 == 0
            if not on_hour and self.slot_minutes < 30 and minutes % 30:
                continue
            painter.setPen(QColor(colours.HOUR_LABEL if on_hour else colours.HALF_HOUR_LABEL))
            self._draw_text(painter, QRect(0, y, GUTTER_WIDTH - 8, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_time(time(minutes // 60, minutes % 60)))  # as the blocks say it

    def _paint_header(self, painter: QPainter, offset: QPoint, width: int, bold: QFont, small: QFont) -> None:
        view = self.viewport().rect()
        painter.fillRect(QRect(0, 0, view.width(), HEADER_HEIGHT), QColor("#eef1f5"))
        painter.setPen(QColor("#d6dbe1"))
        painter.drawLine(0, HEADER_HEIGHT - 1, view.width(), HEADER_HEIGHT - 1)
        painter.save()
        painter.setClipRect(QRect(GUTTER_WIDTH, 0, view.width(), HEADER_HEIGHT))
        metrics_bold, metrics_small = QFontMetrics(bold), QFontMetrics(small)
        for index, column in enumerate(self.columns):
            x = GUTTER_WIDTH + index * width - offset.x()
            if x + width < 0 or x > view.width():
                continue
            highlighted = index == self.cursor_column and self.hasFocus()
            if highlighted:
                painter.fillRect(QRect(x, 0, width, HEADER_HEIGHT - 1), QColor("#dde8f6"))
            painter.setPen(QColor("#d6dbe1"))
            painter.drawLine(x, 4, x, HEADER_HEIGHT - 4)
            painter.setPen(QColor("#1d3557"))
            painter.setFont(bold)
            self._draw_text(painter, QRect(x + 8, 4, width - 12, metrics_bold.height()), Qt.AlignmentFlag.AlignLeft,
                             metrics_bold.elidedText(column.title, Qt.TextElideMode.ElideRight, width - 12))
            painter.setFont(small)
            painter.setPen(QColor("#4a5568"))
            self._draw_text(painter, QRect(x + 8, 6 + metrics_bold.height(), width - 12, metrics_small.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             metrics_small.elidedText(column.subtitle, Qt.TextElideMode.ElideRight, width - 12))
        painter.restore()

    # --- reading (tests, screen readers) ---------------------------------------------------------------

    def make_accessible_interface(self) -> QAccessibleInterface:
        """A list with one item per appointment (ui/accessibility.py says why not a table)."""
        return accessibility.PaintedListAccessible(self)

    def accessible_item_ids(self) -> list[int]:
        return self._reading_order

    def accessible_item_text(self, item_id: int) -> str:
        """An appointment as a screen reader says it: its column (the doctor, or the day) and what is drawn."""
        block = self.block_by_id(item_id)
        if block is None:
            return ""
        index = self.column_index(block.column)
        column = self.columns[index].title if index >= 0 else ""
        end = self.wall(block.ends_at)
        return self.tr("%1, until %2: %3").replace("%1", column).replace("%2", format_time(end)) \
            .replace("%3", self.texts(item_id))

    def accessible_item_rect(self, item_id: int) -> QRect | None:
        return self.block_rect(item_id)

    def accessible_current_item(self) -> int | None:
        return self.selected_id

    def accessible_item_at(self, pos: QPoint) -> int | None:
        block = self._block_at(self._logical(pos))
        return block.id if block is not None else None

    def cursor_text(self) -> str:
        """What is under the keyboard cursor, in words: the appointment, or the free slot."""
        if not self.columns:
            return self.empty_text
        block = self.selected_block() or self._block_in_cell(self.cursor_column, self.cursor_row)
        if block is not None:
            return self.accessible_item_text(block.id)
        column = self.columns[self.cursor_column]
        return self.tr("%1, %2: free").replace("%1", column.title) \
            .replace("%2", format_time(self.row_time(self.cursor_row)))

    def _announce_cursor(self, *, focus: bool = True) -> None:
        """Keep the description saying what is under the cursor (Qt tells screen readers it changed), and
        move the screen reader's focus to the appointment there."""
        text = self.cursor_text()
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
        if focus and self.hasFocus():
            current = self.selected_id
            index = self._reading_order.index(current) if current in self._reading_order else -1
            accessibility.announce(self, QAccessible.Event.Focus, index)

    def texts(self, block_id: int) -> str:
        """What a block says in words."""
        block = self.block_by_id(block_id)
        if block is None:
            return ""
        start = self.wall(block.starts_at)
        parts = [format_time(start), block.title, block.status_label.upper()]
        if block.overbooked:
            parts.insert(2, self.tr("OVERBOOKED"))
        if block.detail:
            parts.append(block.detail)
        return " · ".join(parts)
