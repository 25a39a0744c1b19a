"""The bed board: every ward's beds as tiles, live.

A tile says its state in words as well as in colour (free, occupied, cleaning, out of service),
so it reads the same to a colour-blind person and on a washed-out screen. Right-click, double-click
or Enter on a tile offers what can be done with that bed ("Mark out of service…" asks why and until when:
``OutOfServiceDialog``, migration 0029). The board reloads through the task
runner; with ``live`` it listens on the "beds" channel, which the database notifies whenever a
bed, stay or admission changes, and reloads (debounced) — and after a lost connection comes back,
since notifications may have been missed meanwhile.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaMethod, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessibleInterface,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date, format_date_time
from hms_desktop.services import admissions
from hms_desktop.services.admissions import BED_STATUS_LABELS, AdmissionDTO, BedDTO, WardBoard
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui import accessibility
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_bed_board import Ui_BedBoard
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.live_screen import LiveScreen

log = logging.getLogger(__name__)

LIVE_CHANNEL = "beds"
TILE_SIZE = QSize(188, 72)
# Room for text inside a tile: its width less the layout margins (9 + 8) and the style's borders (6 + 1).
TEXT_WIDTH = TILE_SIZE.width() - 9 - 8 - 6 - 1
STATUSES = ("available", "occupied", "cleaning", "out_of_service")


def status_count(status: str, count: int) -> str:
    """"9 free", "7 occupied": the count with its status word in the language's plural form ("9 libres")."""
    translate = QCoreApplication.translate
    if status == "available":
        return translate("BedBoard", "%n free", None, count)
    if status == "occupied":
        return translate("BedBoard", "%n occupied", None, count)
    if status == "cleaning":
        return translate("BedBoard", "%n cleaning", None, count)
    return translate("BedBoard", "%n out of service", None, count)
# The keys that move between tiles: the whole board is one Tab stop (issue 15, item 1).
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)

# (background, accent for the stripe and border, text of the status word); resources/style.qss colours the
# tiles and legend with these (tests/unit/test_style_sheet.py checks they agree).
STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "available": ("#e8f6ed", "#2e8b57", "#1b5e3a"),
    "occupied": ("#e7effb", "#2f6fb3", "#1d4677"),
    "cleaning": ("#fff5da", "#c98a06", "#6e4a00"),
    "out_of_service": ("#eef0f3", "#7c8796", "#3f4854"),
}


def _day_of_stay(admitted_at: datetime | None, clock: HospitalClock) -> int | None:
    """Day 1 is the day of admission, both days on the hospital's calendar."""
    if admitted_at is None:
        return None
    return (clock.today() - clock.local(admitted_at).date()).days + 1


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to the next line (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lines left to right, or right to left in a right-to-left layout (issue 15.5): a custom layout is
        not mirrored by Qt, so it places each tile in the mirror image of where it goes left to right."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        owner = self.parentWidget()
        mirrored = owner is not None and owner.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                left = area.left() + area.right() + 1 - x - hint.width() if mirrored else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class BedTile(QFrame):
    """One bed: label and status word, then the patient (or the room), then MRN and day (or bed type)."""

    menu_requested = Signal(object, QPoint)  # tile, global position
    step_requested = Signal(object, object)  # tile, arrow key (Qt.Key): the board moves the focus
    focused = Signal(object)                 # tile: it is now the board's one Tab stop

    def __init__(self, bed: BedDTO, parent: QWidget | None = None, *, clock: HospitalClock) -> None:
        super().__init__(parent)
        self.clock = clock  # the board's: "day N" of a stay is counted on the hospital's calendar
        self.setObjectName("bedTile")
        self.setFixedSize(TILE_SIZE)
        # Not a Tab stop of its own: the board makes one tile at a time its Tab stop (set_tab_stop); arrows
        # move between tiles, a click focuses one.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        accessibility.install()  # read as a button with a press action: make_accessible_interface
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 6, 8, 6)
        layout.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.bed_label = QLabel(self, objectName="tileBed")
        self.status_label = QLabel(self, objectName="tileStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.bed_label)
        top.addStretch(1)
        top.addWidget(self.status_label)
        layout.addLayout(top)
        self.name_label = QLabel(self, objectName="tileName")
        self.detail_label = QLabel(self, objectName="tileDetail")
        for label in (self.bed_label, self.status_label, self.name_label, self.detail_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.name_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.bed = bed
        self.set_bed(bed)

    @property
    def status(self) -> str:
        return self.bed.status

    def set_bed(self, bed: BedDTO) -> None:
        changed_status = self.property("status") != bed.status
        self.bed = bed
        self.setProperty("status", bed.status)
        self.bed_label.setText(self.tr("Bed %1").replace("%1", bed.label))
        self.status_label.setText(domain_word(BED_STATUS_LABELS[bed.status]).upper())
        font = self.name_label.font()
        font.setBold(bed.status == "occupied")  # the patient's name stands out; a room name does not
        self.name_label.setFont(font)
        if changed_status:
            # Restyle before eliding: the text must be cut with the font the label is about to have.
            self.style().unpolish(self)
            self.style().polish(self)
            for label in (self.status_label, self.name_label):
                label.style().unpolish(label)
                label.style().polish(label)
        if bed.status == "occupied":
            self._set_elided(self.name_label, bed.patient_name or "")
            day = _day_of_stay(bed.admitted_at, self.clock)
            detail = self.tr("MRN %1").replace("%1", bed.patient_mrn or "")
            if day is not None:
                detail += " · " + self.tr("day %1").replace("%1", str(day))
            self._set_elided(self.detail_label, detail)
        else:
            self._set_elided(self.name_label, bed.room)
            self._set_elided(self.detail_label, self.tr("%1 bed").replace("%1", bed.type_label))
        self.setToolTip(self._tooltip(bed))
        self.setAccessibleName(self.texts())
        # The tooltip's lines as plain text: a screen reader reads HTML tags out or drops the lines.
        self.setAccessibleDescription(". ".join(self._details(bed)))

    def _set_elided(self, label: QLabel, text: str) -> None:
        label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, TEXT_WIDTH))
        label.setProperty("fullText", text)

    def texts(self) -> str:
        """What the tile says, in reading order (for tests and screen readers)."""
        parts = (self.bed_label.text(), self.status_label.text(), self.name_label.property("fullText"),
                 self.detail_label.property("fullText"))
        return " · ".join(p for p in parts if p)

    def _details(self, bed: BedDTO) -> list[str]:
        """The tooltip's lines in plain text (also the tile's accessible description)."""
        lines = [f"{self.tr('Bed %1').replace('%1', bed.label)} — {bed.ward}, {bed.room}",
                 f"{self.tr('%1 bed').replace('%1', bed.type_label)} · {domain_word(BED_STATUS_LABELS[bed.status])}"]
        if bed.status == "out_of_service" and bed.out_of_service_reason:
            why = self.tr("Why: %1").replace("%1", bed.out_of_service_reason)
            if bed.out_of_service_until is not None:
                why += " · " + self.tr("expected back %1").replace("%1", format_date(bed.out_of_service_until))
            lines.append(why)
        if bed.status == "occupied":
            lines.append(self.tr("Patient: %1").replace("%1", bed.patient_name or ""))
            lines.append(self.tr("MRN %1").replace("%1", bed.patient_mrn or ""))
            if bed.admitted_at is not None:
                day = _day_of_stay(bed.admitted_at, self.clock)
                lines.append(self.tr("Admitted since %1 (day %2)")
                             .replace("%1", format_date_time(self.clock.local(bed.admitted_at)))
                             .replace("%2", str(day)))
        return lines

    def _tooltip(self, bed: BedDTO) -> str:
        lines = [html.escape(line) for line in self._details(bed)]
        lines[0] = lines[0].replace(html.escape(self.tr("Bed %1").replace("%1", bed.label)),
                                    f"<b>{html.escape(self.tr('Bed %1').replace('%1', bed.label))}</b>", 1)
        return "<br>".join(lines)

    def make_accessible_interface(self) -> QAccessibleInterface:
        return accessibility.ButtonAccessible(self, self.press)

    def press(self) -> None:
        """What Enter, Space, a double-click and a screen reader's press action do: offer the bed's menu."""
        self.menu_requested.emit(self, self.mapToGlobal(self.rect().center()))

    def set_tab_stop(self, on: bool) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.ClickFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(self, event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.menu_requested.emit(self, event.globalPosition().toPoint())
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Menu):
            self.press()
        elif event.key() in ARROWS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.step_requested.emit(self, event.key())
        else:
            super().keyPressEvent(event)


class WardCard(QFrame):
    """A ward: its name, floor and counts, then its beds."""

    def __init__(self, ward: WardBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wardCard")
        self.ward_id = ward.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        layout.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.title = QLabel(self, objectName="wardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(self, objectName="wardCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.counts)
        layout.addLayout(header)
        self.flow = FlowLayout(spacing=8)
        layout.addLayout(self.flow)
        self.empty = QLabel(self.tr("No beds in this ward yet."), self, objectName="wardCounts")
        layout.addWidget(self.empty)
        self.set_ward(ward)

    def set_ward(self, ward: WardBoard) -> None:
        self.ward = ward
        self.title.setText(f"{ward.name} · {ward.floor}" if ward.floor else ward.name)
        counts = [plural(len(ward.beds), self.tr("%n bed", "", len(ward.beds)), self.tr("%n beds", "", len(ward.beds)))]
        counts += [status_count(s, ward.count(s)) for s in STATUSES if ward.count(s)]
        self.counts.setText(" · ".join(counts))
        self.empty.setVisible(not ward.beds)


class BedBoard(QWidget):
    """``admit_requested(bed_id)`` asks the host to pick a patient and admit them to that free bed."""

    admit_requested = Signal(int)
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._live = live
        self.clock = HospitalClock.unloaded(ctx)  # the hospital's zone is read with the first reload
        self.can_edit = ctx.user.has(Group.RECEPTION) or ctx.user.has(Group.ADMIN)
        self.wards: tuple[WardBoard, ...] = ()
        self.tiles: dict[int, BedTile] = {}
        self.cards: dict[int, WardCard] = {}
        self.tab_stop: BedTile | None = None  # the one tile Tab reaches; arrows move it (issue 15, item 1)
        self._structure: tuple[Any, ...] | None = None
        self.active_dialog: QDialog | None = None
        self.active_menu: QMenu | None = None
        self._build()

        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.live_screen = LiveScreen(self, live=live, channel=LIVE_CHANNEL, reload=self.reload)
        self.reload()

    # --- layout ---

    def _build(self) -> None:
        """The widgets come from forms/bed_board.ui; here only what Designer cannot say."""
        self.ui = Ui_BedBoard()
        self.ui.setupUi(self)  # names the board "bedBoard": the scope of its rules in resources/style.qss
        # The names the rest of this class and the tests use.
        self.ward_combo = self.ui.wardCombo
        self.reload_button = self.ui.reloadButton
        self.message_label = self.ui.messageLabel
        self.board_scroll = self.ui.boardScroll  # not ``self.scroll``: that would shadow QWidget.scroll()
        self.content = self.ui.boardContent
        self.content_layout = self.ui.contentLayout  # a card per ward goes above its closing stretch
        self.summary_label = self.ui.summaryLabel

        self.ward_combo.addItem(self.tr("All wards"), None)
        # The legend, a swatch and a word per status, before the Reload button; style.qss colours the swatches.
        bar = self.ui.barLayout
        for status in STATUSES:
            swatch = QLabel(self, objectName="legendSwatch")
            swatch.setProperty("status", status)
            swatch.setFixedSize(22, 14)
            text = QLabel(domain_word(BED_STATUS_LABELS[status]), self, objectName="legendText")
            entry = QWidget(self)  # a swatch and its word stay on one line
            entry.setObjectName("legendEntry")
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(4)
            pair.addWidget(swatch)
            pair.addWidget(text)
            bar.insertWidget(bar.indexOf(self.reload_button), entry)
        reflow(bar)  # the ward filter, legend and Reload wrap at 200 % (960 px wide, issue 15.3)
        show_message(self.message_label, "")

        self.ward_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.reload_button.clicked.connect(self.reload)

    # --- loading ---

    def reload(self) -> None:
        ctx, known = self._ctx, self.clock
        if not self.wards:
            self.summary_label.setText(self.tr("Loading…"))

        def load() -> tuple[HospitalClock, tuple[WardBoard, ...]]:
            return (known if known.loaded else hospital_clock(ctx)), admissions.bed_board(ctx)

        self.live_screen.load(self._runner, load, on_success=lambda result: self._loaded(*result),
                              on_failure=self._failed)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.message_label, self.tr("The bed board could not be loaded: %1").replace("%1", str(error)))

    def _loaded(self, clock: HospitalClock, wards: tuple[WardBoard, ...]) -> None:
        show_message(self.message_label, "")
        self.clock = clock
        self.wards = wards
        structure = tuple((w.id, tuple(b.id for b in w.beds)) for w in wards)
        if structure != self._structure:
            self._rebuild(wards)
            self._structure = structure
        else:
            for ward in wards:
                self.cards[ward.id].set_ward(ward)
                for bed in ward.beds:
                    self.tiles[bed.id].set_bed(bed)
        self._update_ward_combo(wards)
        self._update_summary()
        self._apply_filter()
        self.loaded.emit()

    def _rebuild(self, wards: tuple[WardBoard, ...]) -> None:
        had_focus = self.tab_stop is not None and self.tab_stop.hasFocus()
        kept = self.tab_stop.bed.id if self.tab_stop is not None else None
        self.tab_stop = None
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        self.tiles.clear()
        for ward in wards:
            card = WardCard(ward, self.content)
            for bed in ward.beds:
                tile = BedTile(bed, card, clock=self.clock)
                tile.menu_requested.connect(self._tile_menu)
                tile.step_requested.connect(self._step)
                tile.focused.connect(self._make_tab_stop)
                card.flow.addItem(QWidgetItem(tile))
                self.tiles[bed.id] = tile
            self.cards[ward.id] = card
            self.content_layout.insertWidget(self.content_layout.count() - 1, card)
        if kept in self.tiles:
            self._make_tab_stop(self.tiles[kept])
            if had_focus:
                self.tiles[kept].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ward_combo(self, wards: tuple[WardBoard, ...]) -> None:
        combo = self.ward_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All wards"), None)
        for ward in wards:
            free = ward.count("available")
            combo.addItem(self.tr("%1 (%n free)", "", free).replace("%1", ward.name), ward.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        chosen = self.ward_combo.currentData()
        for ward_id, card in self.cards.items():
            card.setVisible(chosen is None or ward_id == chosen)
        shown = self.shown_tiles()
        if self.tab_stop not in shown:
            if self.tab_stop is not None:
                self.tab_stop.set_tab_stop(False)
                self.tab_stop = None
            if shown:
                self._make_tab_stop(shown[0])

    # --- the board as one Tab stop ---

    def shown_tiles(self) -> list[BedTile]:
        """The tiles of the wards shown, in reading order (ward by ward, bed by bed)."""
        return [self.tiles[bed.id] for ward in self.wards if ward.id in self.cards
                and not self.cards[ward.id].isHidden() for bed in ward.beds if bed.id in self.tiles]

    def _make_tab_stop(self, tile: BedTile) -> None:
        if self.tab_stop is tile:
            return
        if self.tab_stop is not None:
            self.tab_stop.set_tab_stop(False)
        tile.set_tab_stop(True)
        self.tab_stop = tile

    def focus_tile(self, tile: BedTile) -> None:
        self._make_tab_stop(tile)
        tile.setFocus(Qt.FocusReason.OtherFocusReason)
        self.board_scroll.ensureWidgetVisible(tile)

    def _step(self, tile: BedTile, key: Qt.Key) -> None:
        """Arrows move between tiles as they are laid out: left and right in reading order (on to the next
        line and ward), up and down to the nearest tile of the line above or below, Home and End to the ends."""
        shown = self.shown_tiles()
        if tile not in shown:
            return
        index = shown.index(tile)
        target: BedTile | None = None
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            # Tiles run right to left there: the arrow points at the tile it goes to (issue 15.5).
            key = Qt.Key.Key_Right if key == Qt.Key.Key_Left else Qt.Key.Key_Left
        if key == Qt.Key.Key_Left and index > 0:
            target = shown[index - 1]
        elif key == Qt.Key.Key_Right and index + 1 < len(shown):
            target = shown[index + 1]
        elif key == Qt.Key.Key_Home:
            target = shown[0]
        elif key == Qt.Key.Key_End:
            target = shown[-1]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            places = {id(t): t.mapTo(self.content, QPoint(0, 0)) for t in shown}
            here = places[id(tile)]
            if key == Qt.Key.Key_Down:
                lines = [places[id(t)].y() for t in shown if places[id(t)].y() > here.y()]
                line = min(lines) if lines else None
            else:
                lines = [places[id(t)].y() for t in shown if places[id(t)].y() < here.y()]
                line = max(lines) if lines else None
            if line is not None:
                target = min((t for t in shown if places[id(t)].y() == line),
                             key=lambda t: abs(places[id(t)].x() - here.x()))
        if target is not None:
            self.focus_tile(target)

    def _update_summary(self) -> None:
        beds = [b for w in self.wards for b in w.beds]
        parts = [status_count(s, sum(1 for b in beds if b.status == s)) for s in STATUSES]
        self.summary_label.setText(
            plural(len(beds), self.tr("%n bed", "", len(beds)), self.tr("%n beds", "", len(beds))) + ": "
            + " · ".join(parts) + "   —   "
            + self.tr("updated %1").replace("%1", self.clock.time_text()))

    def select_ward(self, ward_name: str) -> None:
        ward = next((w for w in self.wards if w.name == ward_name), None)
        self.ward_combo.setCurrentIndex(max(0, self.ward_combo.findData(ward.id if ward else None)))

    def tile_for(self, ward: str, label: str) -> BedTile | None:
        return next((t for t in self.tiles.values() if t.bed.ward == ward and t.bed.label == label), None)

    # --- actions ---

    def actions_for(self, bed: BedDTO) -> list[tuple[str, Callable[[], None] | None]]:
        """The menu for one bed: (text, action); an action of None is shown greyed out."""
        if not self.can_edit:
            return [(self.tr("Only reception or an administrator can change beds."), None)]
        ready = (self.tr("Mark ready"), lambda: self.set_status(bed.id, "available"))
        cleaning = (self.tr("Mark for cleaning"), lambda: self.set_status(bed.id, "cleaning"))
        broken = (self.tr("Mark out of service…"), lambda: self.mark_out_of_service(bed))
        if bed.status == "occupied":
            return [(self.tr("Transfer %1…").replace("%1", bed.patient_name or ""), lambda: self.transfer(bed)),
                    (self.tr("Discharge %1…").replace("%1", bed.patient_name or ""), lambda: self.discharge(bed))]
        if bed.status == "available":
            items: list[tuple[str, Callable[[], None] | None]] = []
            if self.isSignalConnected(QMetaMethod.fromSignal(self.admit_requested)):
                items.append((self.tr("Admit a patient to this bed…"), lambda: self.admit_requested.emit(bed.id)))
            return [*items, cleaning, broken]
        if bed.status == "cleaning":
            return [ready, broken]
        return [(self.tr("Mark ready (back in service)"), ready[1]), cleaning,
                (self.tr("Change why it is out of service…"), lambda: self.mark_out_of_service(bed))]

    def _tile_menu(self, tile: BedTile, position: QPoint) -> None:
        self.open_menu(tile.bed, position)

    def open_menu(self, bed: BedDTO, position: QPoint | None = None) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = menu.addAction(f"{bed.place} — {domain_word(BED_STATUS_LABELS[bed.status])}")
        title.setEnabled(False)
        menu.addSeparator()
        for text, action in self.actions_for(bed):
            item = menu.addAction(text)
            if action is None:
                item.setEnabled(False)
            else:
                item.triggered.connect(action)
        self.active_menu = menu
        tile = self.tiles.get(bed.id)
        where = position or (tile.mapToGlobal(tile.rect().center()) if tile else self.mapToGlobal(QPoint(0, 0)))
        menu.popup(where)  # not exec(): the board keeps updating while the menu is open
        return menu

    def set_status(self, bed_id: int, status: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: admissions.set_bed_status(ctx, bed_id, status),
                         on_success=lambda _bed: self.reload(), on_failure=self._action_failed, owner=self)

    def mark_out_of_service(self, bed: BedDTO) -> None:
        """Ask why (required) and until when (optional), then take the bed out of service (migration 0029:
        the database refuses it without a reason). Cancel changes nothing."""
        from hms_desktop.ui.dialogs.out_of_service_dialog import OutOfServiceDialog

        ctx, bed_id = self._ctx, bed.id
        self._open(OutOfServiceDialog(
            runner=self._runner, bed=bed, today=self.clock.today(), parent=self,
            save=lambda reason, until: admissions.set_bed_status(ctx, bed_id, "out_of_service", reason=reason,
                                                                 expected_return=until)))

    def _action_failed(self, error: ServiceError) -> None:
        show_message(self.message_label, str(error))
        self.reload()

    def _with_admission(self, bed: BedDTO, then: Callable[[AdmissionDTO], None]) -> None:
        ctx = self._ctx
        admission_id = bed.admission_id
        if admission_id is None:
            return

        def opened(admission: AdmissionDTO) -> None:
            if not admission.is_open:
                show_message(self.message_label, self.tr("%1 has been discharged meanwhile.")
                             .replace("%1", admission.patient_name))
                self.reload()
                return
            then(admission)

        self._runner.run(lambda: admissions.get_admission(ctx, admission_id), on_success=opened,
                         on_failure=self._action_failed, owner=self)

    def transfer(self, bed: BedDTO) -> None:
        from hms_desktop.ui.dialogs.transfer_dialog import TransferDialog

        self._with_admission(bed, lambda admission: self._open(
            TransferDialog(self._runner, self._ctx, admission, clock=self.clock, live=self._live, parent=self)))

    def discharge(self, bed: BedDTO) -> None:
        from hms_desktop.ui.dialogs.discharge_dialog import DischargeDialog

        self._with_admission(bed, lambda admission: self._open(
            DischargeDialog(self._runner, self._ctx, admission, clock=self.clock, parent=self)))

    def _open(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
