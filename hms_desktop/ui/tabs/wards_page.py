"""Administration → Wards and beds: departments > wards > rooms > beds in a tree, the chosen one's form on the
right, and occupancy and utilisation per ward over a period underneath.

- "New department", "New ward" (in the selected department), "New room" (in the selected ward) open an empty
  form; "Add beds…" adds N labelled beds to the selected room in one transaction (``AddBedsDialog``).
- Nothing is deleted: "Retire" / "Reactivate". Retired rows are hidden unless "Show retired" is ticked; the
  database refuses to retire anything with a patient in one of its beds, and the message says so.
- A bed goes out of service with a reason (required) and an expected return (optional), and back in service.
- Every save sends the version the form was loaded with: when someone else saved first, the service says who,
  and the page reloads so the person sees what is there now (services/wards.py).

Data is loaded when the page is first shown (``activate``), not when the Administration tab is built; every
service call goes through the task runner. The bed board and admit dialogs of other workstations pick the
changes up from the "beds" notification (migration 0025).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QTreeWidgetItem, QWidget

from hms_desktop.domain.wards import BedDraft, WardDraft
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date, format_day_month, format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import wards
from hms_desktop.services.admissions import BED_STATUS_LABELS, BED_TYPE_LABELS
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.wards import (
    BedAdminDTO,
    DepartmentDTO,
    OccupancyReport,
    RoomDTO,
    WardDTO,
    WardTree,
)
from hms_desktop.ui import colours
from hms_desktop.ui.dialogs.add_beds_dialog import AddBedsDialog
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_wards_page import Ui_WardsPage
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

KEY_ROLE = Qt.ItemDataRole.UserRole
RETIRED_COLOUR = QColor(colours.DIMMED_TEXT)  # the state column says "retired" as well
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
KIND_TITLES = {
    "department": QT_TRANSLATE_NOOP("WardsPage", "Department"),
    "ward": QT_TRANSLATE_NOOP("WardsPage", "Ward"),
    "room": QT_TRANSLATE_NOOP("WardsPage", "Room"),
    "bed": QT_TRANSLATE_NOOP("WardsPage", "Bed"),
}
# (heading, what it means): the headings are short so the ward's name has the room.
OCCUPANCY_COLUMNS = (
    (QT_TRANSLATE_NOOP("WardsPage", "Ward"), ""),
    (QT_TRANSLATE_NOOP("WardsPage", "Beds"),
     QT_TRANSLATE_NOOP("WardsPage", "Beds in service now: in use, not retired, not out of service")),
    (QT_TRANSLATE_NOOP("WardsPage", "Bed-nights"),
     QT_TRANSLATE_NOOP("WardsPage", "Bed-nights available: each night, the beds that existed and were not retired")),
    (QT_TRANSLATE_NOOP("WardsPage", "Occupied"),
     QT_TRANSLATE_NOOP("WardsPage", "Bed-nights occupied: each night, the beds with a patient at the hospital's "
                                    "midnight")),
    (QT_TRANSLATE_NOOP("WardsPage", "Utilisation"),
     QT_TRANSLATE_NOOP("WardsPage", "Occupied bed-nights as a share of the available ones")),
    (QT_TRANSLATE_NOOP("WardsPage", "Admissions"),
     QT_TRANSLATE_NOOP("WardsPage", "Patients admitted in the period whose first bed was in this ward")),
    (QT_TRANSLATE_NOOP("WardsPage", "Discharges"),
     QT_TRANSLATE_NOOP("WardsPage", "Patients discharged in the period whose last bed was in this ward")),
    (QT_TRANSLATE_NOOP("WardsPage", "Avg stay"),
     QT_TRANSLATE_NOOP("WardsPage", "Average length of stay, in days, of the patients discharged in the period")),
)


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("WardsPage", ...), in the workstation's language."""
    return QCoreApplication.translate("WardsPage", text)


@dataclass(frozen=True, slots=True)
class Editing:
    """What the form on the right shows: an existing row (``row_id``) or a new one under ``parent_id``."""

    kind: str  # "department", "ward", "room" or "bed"
    row_id: int | None = None
    parent_id: int | None = None  # a new ward's department, a new room's ward


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class WardsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WardsPage()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._ctx = ctx
        self._runner = runner
        self._loaded = False
        self.data: WardTree | None = None
        self.report: OccupancyReport | None = None
        self.editing: Editing | None = None
        self.active_dialog: QDialog | None = None
        ui = self.ui
        ui.tree.setHeaderLabels([self.tr("Name"), self.tr("State")])
        header = ui.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for key, label in BED_TYPE_LABELS.items():
            ui.bedTypeCombo.addItem(domain_word(label), key)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.verticalSplitter.setStretchFactor(0, 3)
        ui.verticalSplitter.setStretchFactor(1, 2)
        ui.occupancyTable.setColumnCount(len(OCCUPANCY_COLUMNS))
        ui.occupancyTable.setHorizontalHeaderLabels([_words(heading) for heading, _tip in OCCUPANCY_COLUMNS])
        for column, (_heading, tip) in enumerate(OCCUPANCY_COLUMNS):
            header_item = ui.occupancyTable.horizontalHeaderItem(column)
            if header_item is not None and tip:
                header_item.setToolTip(_words(tip))
        occupancy_header = ui.occupancyTable.horizontalHeader()
        occupancy_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        occupancy_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.occupancyTable.setWordWrap(False)
        heading = ui.headingLabel.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        ui.headingLabel.setFont(heading)
        ui.returnDate.setEnabled(False)
        for edit in (ui.returnDate, ui.fromDate, ui.toDate):
            edit.setMinimumWidth(125)

        ui.showRetiredCheck.toggled.connect(lambda _on: self._fill())
        ui.tree.currentItemChanged.connect(lambda _now, _before: self._selection_changed())
        ui.newDepartmentButton.clicked.connect(self.new_department)
        ui.newWardButton.clicked.connect(self.new_ward)
        ui.newRoomButton.clicked.connect(self.new_room)
        ui.addBedsButton.clicked.connect(self.add_beds)
        ui.reloadButton.clicked.connect(self._reload_now)
        ui.saveButton.clicked.connect(self.save)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.returnCheck.toggled.connect(ui.returnDate.setEnabled)
        ui.outOfServiceButton.clicked.connect(self.take_out_of_service)
        ui.inServiceButton.clicked.connect(self.return_to_service)
        ui.calculateButton.clicked.connect(self.calculate)
        ui.nameEdit.returnPressed.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self._reload_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        show_message(ui.messageLabel, "")
        self._show_form()

    # --- loading ---

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.activate()

    def activate(self) -> None:
        """Load the wards and the last 30 nights' occupancy (the first time the page is shown, or when asked)."""
        self._loaded = True
        self.reload(then=self._first_report)

    def _reload_now(self) -> None:
        self.reload()

    def reload(self, *, select: tuple[str, int] | None = None, then: Callable[[], None] | None = None) -> None:
        ctx = self._ctx
        keep = select or self.selected_key()

        def show(tree: WardTree) -> None:
            self.data = tree
            self._fill(select=keep)
            if then is not None:
                then()

        self._runner.run(lambda: wards.ward_tree(ctx), on_success=show, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _first_report(self) -> None:
        if self.data is None:
            return
        last = self.data.today - timedelta(days=1)  # last night ended this morning
        self.ui.toDate.setDate(_qdate(last))
        self.ui.fromDate.setDate(_qdate(last - timedelta(days=29)))
        self.calculate()

    # --- the tree ---

    def _visible(self, active: bool) -> bool:
        return active or self.ui.showRetiredCheck.isChecked()

    def _item(self, parent: QTreeWidgetItem | None, key: tuple[str, int] | None, name: str, state: str,
              *, active: bool = True) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, state])
        item.setData(0, KEY_ROLE, key)
        if not active:
            for column in (0, 1):
                item.setForeground(column, QBrush(RETIRED_COLOUR))
        if parent is None:
            self.ui.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _bed_state(self, bed: BedAdminDTO) -> str:
        status = "occupied" if bed.occupied else bed.status
        words = [domain_word(BED_TYPE_LABELS.get(bed.bed_type, bed.bed_type)), domain_word(BED_STATUS_LABELS[status])]
        if bed.status == "out_of_service" and bed.out_of_service_until is not None:
            words.append(self.tr("back %1").replace("%1", format_day_month(bed.out_of_service_until)))
        if not bed.active:
            words.append(self.tr("retired"))
        return " · ".join(words)

    def _count_text(self, beds: list[BedAdminDTO]) -> str:
        in_use = [b for b in beds if b.active]
        free = sum(1 for b in in_use if not b.occupied and b.status == "available")
        return (plural(len(in_use), self.tr("%n bed", "", len(in_use)), self.tr("%n beds", "", len(in_use)))
                + " · " + self.tr("%1 free").replace("%1", str(free)))

    def _fill(self, select: tuple[str, int] | None = None) -> None:
        keep = select or self.selected_key()
        tree, data = self.ui.tree, self.data
        tree.blockSignals(True)
        tree.clear()
        if data is not None:
            beds_of: dict[int, list[BedAdminDTO]] = {}
            for bed in data.beds:
                beds_of.setdefault(bed.room_id, []).append(bed)
            rooms_of: dict[int, list[RoomDTO]] = {}
            for room in data.rooms:
                rooms_of.setdefault(room.ward_id, []).append(room)
            wards_of: dict[int | None, list[WardDTO]] = {}
            for ward in data.wards:
                wards_of.setdefault(ward.department_id, []).append(ward)

            def add_ward(parent: QTreeWidgetItem | None, ward: WardDTO) -> None:
                ward_beds = [b for r in rooms_of.get(ward.id, []) if r.active for b in beds_of.get(r.id, [])]
                state = self._count_text(ward_beds) if ward.active else self.tr("retired")
                ward_item = self._item(parent, ("ward", ward.id), ward.name, state, active=ward.active)
                for room in rooms_of.get(ward.id, []):
                    if not self._visible(room.active):
                        continue
                    room_beds = beds_of.get(room.id, [])
                    room_item = self._item(ward_item, ("room", room.id), room.name,
                                           self._count_text(room_beds) if room.active else self.tr("retired"),
                                           active=room.active)
                    for bed in room_beds:
                        if self._visible(bed.active):
                            self._item(room_item, ("bed", bed.id), self.tr("Bed %1").replace("%1", bed.label),
                                       self._bed_state(bed), active=bed.active)

            for department in data.departments:
                if not self._visible(department.active):
                    continue
                active_wards = department.active_wards
                state = (plural(active_wards, self.tr("%n ward", "", active_wards),
                                self.tr("%n wards", "", active_wards))
                         if department.active else self.tr("retired"))
                item = self._item(None, ("department", department.id), department.name, state,
                                  active=department.active)
                for ward in wards_of.get(department.id, []):
                    if self._visible(ward.active):
                        add_ward(item, ward)
            loose = [w for w in wards_of.get(None, []) if self._visible(w.active)]
            if loose:
                heading = self._item(None, None, self.tr("Wards without a department"), "")
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for ward in loose:
                    add_ward(heading, ward)
        tree.expandAll()
        # Selecting again after a reload is not the person choosing: the message (e.g. "Saved.") stays.
        if keep is None or not self.select(*keep):
            tree.setCurrentItem(None)
            if self.editing is not None and self.editing.row_id is not None:
                self.editing = None
        else:
            self.editing = Editing(kind=keep[0], row_id=keep[1])
        tree.blockSignals(False)
        self._show_form()

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child)

        for i in range(self.ui.tree.topLevelItemCount()):
            top = self.ui.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return found

    def item_for(self, kind: str, row_id: int) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, KEY_ROLE) == (kind, row_id)), None)

    def select(self, kind: str, row_id: int) -> bool:
        item = self.item_for(kind, row_id)
        if item is None:
            return False
        self.ui.tree.setCurrentItem(item)
        self.ui.tree.scrollToItem(item)
        return True

    def selected_key(self) -> tuple[str, int] | None:
        item = self.ui.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return (str(key[0]), int(key[1])) if key else None

    def _selection_changed(self) -> None:
        key = self.selected_key()
        self.editing = Editing(kind=key[0], row_id=key[1]) if key else None
        show_message(self.ui.messageLabel, "")
        self._show_form()

    # --- what is selected ---

    def department(self, department_id: int | None) -> DepartmentDTO | None:
        return next((d for d in self.data.departments if d.id == department_id), None) if self.data else None

    def ward(self, ward_id: int | None) -> WardDTO | None:
        return next((w for w in self.data.wards if w.id == ward_id), None) if self.data else None

    def room(self, room_id: int | None) -> RoomDTO | None:
        return next((r for r in self.data.rooms if r.id == room_id), None) if self.data else None

    def bed(self, bed_id: int | None) -> BedAdminDTO | None:
        return next((b for b in self.data.beds if b.id == bed_id), None) if self.data else None

    def _row(self, editing: Editing | None) -> Any:
        if editing is None or editing.row_id is None:
            return None
        return {"department": self.department, "ward": self.ward, "room": self.room,
                "bed": self.bed}[editing.kind](editing.row_id)

    def _selected_of(self, kind: str) -> int | None:
        """The selected row's own ``kind`` ancestor (or itself): the ward of a selected room or bed, …"""
        key = self.selected_key()
        if key is None:
            return None
        found_kind, row_id = key
        if found_kind == "bed":
            bed = self.bed(row_id)
            found_kind, row_id = ("room", bed.room_id) if bed else (found_kind, row_id)
        if found_kind == "room" and kind in ("ward", "department"):
            room = self.room(row_id)
            found_kind, row_id = ("ward", room.ward_id) if room else (found_kind, row_id)
        if found_kind == "ward" and kind == "department":
            ward = self.ward(row_id)
            if ward is None or ward.department_id is None:
                return None
            found_kind, row_id = "department", ward.department_id
        return row_id if found_kind == kind else None

    # --- the form ---

    def _show_form(self) -> None:
        ui, editing = self.ui, self.editing
        row = self._row(editing)
        kind = editing.kind if editing else None
        is_new = editing is not None and editing.row_id is None
        shown: dict[QWidget, bool] = {
            ui.nameLabel: kind is not None, ui.nameEdit: kind is not None, ui.saveButton: kind is not None,
            ui.departmentLabel: kind == "ward", ui.departmentCombo: kind == "ward", ui.floorLabel: kind == "ward",
            ui.floorEdit: kind == "ward", ui.bedTypeLabel: kind == "bed", ui.bedTypeCombo: kind == "bed"}
        for widget, visible in shown.items():
            widget.setVisible(visible)
        ui.serviceBox.setVisible(kind == "bed" and row is not None)
        ui.retireButton.setVisible(row is not None)
        ui.stateCaption.setVisible(row is not None)
        ui.stateLabel.setVisible(row is not None)
        can_add_room = self._selected_of("ward") is not None
        ui.newRoomButton.setEnabled(can_add_room)
        ui.addBedsButton.setEnabled(self._selected_of("room") is not None)
        if kind is None:
            ui.headingLabel.setText(self.tr("Choose a department, ward, room or bed on the left, or add one."))
            return
        ui.nameLabel.setText(self.tr("&Label") if kind == "bed" else self.tr("&Name"))
        title = _words(KIND_TITLES[kind])
        if is_new:
            parent = (self.department(editing.parent_id) if kind == "ward" else self.ward(editing.parent_id)
                      if kind == "room" else None) if editing else None
            ui.headingLabel.setText(self.tr("New %1 in %2").replace("%1", title.lower()).replace("%2", parent.name)
                                    if parent is not None else self.tr("New %1").replace("%1", title.lower()))
            ui.nameEdit.clear()
            ui.floorEdit.clear()
            ui.saveButton.setText(self.tr("Sa&ve"))
            self._fill_departments(editing.parent_id if editing else None)
            ui.nameEdit.setFocus()
            return
        ui.saveButton.setText(self.tr("Sa&ve"))
        if row is None:
            return
        ui.headingLabel.setText(self.tr("{kind}: {name}").format(kind=title,
                                                                 name=row.label if kind == "bed" else row.name))
        ui.nameEdit.setText(row.label if kind == "bed" else row.name)
        ui.retireButton.setText(self.tr("Re&tire") if row.active else self.tr("Reac&tivate"))
        ui.stateLabel.setText(self._state_words(kind, row))
        if kind == "ward":
            ui.floorEdit.setText(row.floor)
            self._fill_departments(row.department_id)
        if kind == "bed":
            ui.bedTypeCombo.setCurrentIndex(max(0, ui.bedTypeCombo.findData(row.bed_type)))
            out = row.status == "out_of_service"
            ui.reasonEdit.setText(row.out_of_service_reason or "")
            ui.returnCheck.setChecked(row.out_of_service_until is not None)
            today = self.data.today if self.data else date.today()
            ui.returnDate.setMinimumDate(_qdate(today))
            ui.returnDate.setDate(_qdate(row.out_of_service_until or today + timedelta(days=1)))
            ui.outOfServiceButton.setText(self.tr("Update out of serv&ice") if out else self.tr("Take out of serv&ice"))
            ui.outOfServiceButton.setEnabled(row.active and not row.occupied)
            ui.inServiceButton.setEnabled(out)

    def _state_words(self, kind: str, row: Any) -> str:
        if not row.active:
            return self.tr("Retired: not on the bed board, takes no patients. Reactivate to use it again.")
        if kind == "bed":
            words = self._bed_state(row)
            if row.status == "out_of_service" and row.out_of_service_reason:
                words += " — " + row.out_of_service_reason
            return words
        return self.tr("In use")

    def _fill_departments(self, department_id: int | None) -> None:
        combo = self.ui.departmentCombo
        combo.clear()
        combo.addItem(self.tr("No department"), None)
        for department in self.data.departments if self.data else ():
            if department.active or department.id == department_id:
                combo.addItem(department.name, department.id)
        combo.setCurrentIndex(max(0, combo.findData(department_id)))

    # --- actions ---

    def new_department(self) -> None:
        self._new(Editing(kind="department"))

    def new_ward(self) -> None:
        self._new(Editing(kind="ward", parent_id=self._selected_of("department")))

    def new_room(self) -> None:
        ward_id = self._selected_of("ward")
        if ward_id is not None:
            self._new(Editing(kind="room", parent_id=ward_id))

    def _new(self, editing: Editing) -> None:
        self.ui.tree.blockSignals(True)
        self.ui.tree.setCurrentItem(None)
        self.ui.tree.blockSignals(False)
        self.editing = editing
        show_message(self.ui.messageLabel, "")
        self._show_form()
        # Keep the buttons that add under a parent usable: the parent is remembered in ``editing``.
        self.ui.newRoomButton.setEnabled(False)
        self.ui.addBedsButton.setEnabled(False)

    def _run(self, work: Callable[[], Any], *, select: Callable[[Any], tuple[str, int] | None],
             saying: str) -> None:
        """One service call; then reload and select what it made. On failure the message, and a reload (a
        stale version shows what is there now); what was typed stays in the form."""
        show_message(self.ui.messageLabel, saying, role="info")

        def done(result: Any) -> None:
            show_message(self.ui.messageLabel, self.tr("Saved."), role="info")
            self.reload(select=select(result))

        def failed(error: ServiceError) -> None:
            typed = self.ui.nameEdit.text(), self.ui.reasonEdit.text()
            show_message(self.ui.messageLabel, str(error))

            def restore() -> None:
                # A stale save: the new data is shown, but the person's words are not thrown away.
                if self.ui.nameEdit.isVisible() and typed[0] != self.ui.nameEdit.text():
                    self.ui.nameEdit.setText(typed[0])
                if self.ui.serviceBox.isVisible():
                    self.ui.reasonEdit.setText(typed[1])
                show_message(self.ui.messageLabel, str(error))

            self.reload(then=restore)

        self._runner.run(work, on_success=done, on_failure=failed, owner=self)

    def save(self) -> None:
        editing = self.editing
        if editing is None:
            return
        ctx, name, row = self._ctx, self.ui.nameEdit.text(), self._row(editing)
        version = row.version if row is not None else None
        saying = self.tr("Saving…")
        if editing.kind == "department":
            self._run(lambda: wards.save_department(ctx, name, department_id=editing.row_id, version=version),
                      select=lambda new_id: ("department", new_id), saying=saying)
        elif editing.kind == "ward":
            draft = WardDraft(name=name, department_id=self.ui.departmentCombo.currentData(),
                              floor=self.ui.floorEdit.text())
            self._run(lambda: wards.save_ward(ctx, draft, ward_id=editing.row_id, version=version),
                      select=lambda new_id: ("ward", new_id), saying=saying)
        elif editing.kind == "room":
            self._run(lambda: wards.save_room(ctx, name, ward_id=editing.parent_id, room_id=editing.row_id,
                                              version=version),
                      select=lambda new_id: ("room", new_id), saying=saying)
        elif editing.kind == "bed" and row is not None:
            bed_draft = BedDraft(label=name, bed_type=str(self.ui.bedTypeCombo.currentData()))
            self._run(lambda: wards.save_bed(ctx, bed_draft, bed_id=row.id, version=row.version),
                      select=lambda bed: ("bed", bed.id), saying=saying)

    def toggle_retired(self) -> None:
        editing = self.editing
        row = self._row(editing)
        if editing is None or row is None:
            return
        ctx, kind, active = self._ctx, editing.kind, not row.active
        if not active:
            self.ui.showRetiredCheck.setChecked(True)  # the retired row stays in sight, to undo it
        self._run(lambda: wards.set_active(ctx, kind, row.id, row.version, active=active),
                  select=lambda _none: (kind, row.id),
                  saying=self.tr("Retiring…") if not active else self.tr("Reactivating…"))

    def take_out_of_service(self) -> None:
        bed = self._row(self.editing) if self.editing and self.editing.kind == "bed" else None
        if bed is None:
            return
        ctx, reason = self._ctx, self.ui.reasonEdit.text()
        until = _pydate(self.ui.returnDate.date()) if self.ui.returnCheck.isChecked() else None
        self._run(lambda: wards.take_out_of_service(ctx, bed.id, bed.version, reason=reason, expected_return=until),
                  select=lambda saved: ("bed", saved.id), saying=self.tr("Saving…"))

    def return_to_service(self) -> None:
        bed = self._row(self.editing) if self.editing and self.editing.kind == "bed" else None
        if bed is None:
            return
        ctx = self._ctx
        self._run(lambda: wards.return_to_service(ctx, bed.id, bed.version),
                  select=lambda saved: ("bed", saved.id), saying=self.tr("Saving…"))

    def add_beds(self) -> None:
        room_id = self._selected_of("room")
        room = self.room(room_id)
        if room is None or self.data is None:
            return
        ctx = self._ctx
        ward = self.ward(room.ward_id)
        where = f"{ward.name} · {room.name}" if ward else room.name
        dialog = AddBedsDialog(runner=self._runner, room=where,
                               save=lambda prefix, first, count, bed_type: wards.add_beds(
                                   ctx, room.id, prefix=prefix, first=first, count=count, bed_type=bed_type),
                               parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(select=("bed", dialog.added[0].id) if dialog.added
                                                    else ("room", room.id)))
        self.active_dialog = dialog
        dialog.open()

    # --- occupancy ---

    def calculate(self) -> None:
        ctx = self._ctx
        first, last = _pydate(self.ui.fromDate.date()), _pydate(self.ui.toDate.date())
        self.ui.occupancySummary.setText(self.tr("Calculating…"))

        def failed(error: ServiceError) -> None:
            self.ui.occupancySummary.setText(str(error))

        self._runner.run(lambda: wards.occupancy(ctx, first, last), on_success=self._show_report,
                         on_failure=failed, owner=self)

    def _show_report(self, report: OccupancyReport) -> None:
        self.report = report
        table = self.ui.occupancyTable
        table.setRowCount(len(report.wards))
        for row, ward in enumerate(report.wards):
            values = (ward.ward if ward.active else self.tr("%1 (retired)").replace("%1", ward.ward),
                      str(ward.beds_in_service), str(ward.bed_nights_available), str(ward.bed_nights_occupied),
                      "—" if ward.utilisation is None else f"{ward.utilisation} %", str(ward.admissions),
                      str(ward.discharges), "—" if ward.average_stay_days is None else str(ward.average_stay_days))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        available = sum(w.bed_nights_available for w in report.wards)
        occupied = sum(w.bed_nights_occupied for w in report.wards)
        overall = f"{format_number(100 * occupied / available, 1)} %" if available else "—"
        self.ui.occupancySummary.setText(
            self.tr("%1 nights, %2 to %3; hospital-wide %4. A night counts at the hospital's midnight that ends it.")
            .replace("%1", str(report.nights)).replace("%2", format_date(report.first))
            .replace("%3", format_date(report.last)).replace("%4", overall))
