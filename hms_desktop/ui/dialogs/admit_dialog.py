"""Admit a patient: choose a free bed (grouped by ward, filtered by type), the doctor, reason, expected stay.

``FreeBedChooser`` (the type filter and the bed list) is shared with the transfer dialog. Given the session's
``LiveUpdates`` (``live``), it reloads when the "beds" channel says a bed, room, ward or stay changed on any
workstation (a bed taken, retired, out of service or added), keeping the chosen bed if it is still free.
If another desk takes the chosen bed first, the service answers ``BedTaken``: the message
appears next to the bed list, which reloads, and everything else typed stays as it was.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hms_desktop.formats import format_date_time
from hms_desktop.services import admissions
from hms_desktop.services.admissions import BED_TYPE_LABELS, AdmissionDTO, BedDTO, BedTaken, DoctorChoice
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_admit_dialog import Ui_AdmitDialog
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.count_suffix import follow_count
from hms_desktop.ui.widgets.live_screen import DEBOUNCE_MS, DEBOUNCE_TIMER_NAME

BED_ROLE = Qt.ItemDataRole.UserRole
LIVE_CHANNEL = "beds"


def format_moment(value: datetime | None, clock: HospitalClock) -> str:
    """An instant on the hospital's wall clock, "02 Mar 2026 09:30"."""
    return format_date_time(clock.local(value)) if value else ""


class FreeBedChooser(QObject):
    """Fills ``tree`` with the free beds (ward headings, then beds) of the type chosen in ``type_combo``."""

    loaded = Signal()
    activated = Signal(int)  # a bed was double-clicked or Enter was pressed on it

    def __init__(self, *, ctx: ServiceContext, runner: Runner, type_combo: QComboBox, tree: QTreeWidget,
                 owner: QWidget, exclude_bed_id: int | None = None, live: Any = None) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._runner = runner
        self._combo = type_combo
        self._tree = tree
        self._owner = owner
        self._exclude = exclude_bed_id
        self._sequence = 0
        self.beds: tuple[BedDTO, ...] = ()
        type_combo.addItem(self.tr("Any type"), None)
        for key, label in BED_TYPE_LABELS.items():
            type_combo.addItem(domain_word(label), key)
        type_combo.currentIndexChanged.connect(lambda _i: self.reload())
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.itemActivated.connect(self._item_activated)
        # A burst of notifications (one admission touches three tables) becomes one reload.
        self.live_debounce = QTimer(self)
        self.live_debounce.setObjectName(DEBOUNCE_TIMER_NAME)
        self.live_debounce.setSingleShot(True)
        self.live_debounce.setInterval(DEBOUNCE_MS)
        self.live_debounce.timeout.connect(self.reload)
        if live is not None:
            live.listen(LIVE_CHANNEL)
            live.notified.connect(self._notified)

    def _notified(self, channel: str, _payload: str) -> None:
        # A closed dialog waiting to be deleted asks nothing of the database.
        if channel == LIVE_CHANNEL and self._owner.isVisible():
            self.live_debounce.start()

    def reload(self, *, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_bed_id()
        bed_type = self._combo.currentData()
        self._sequence += 1
        sequence = self._sequence
        ctx = self._ctx

        def show(beds: tuple[BedDTO, ...]) -> None:
            if sequence == self._sequence:  # an older answer for another type is dropped
                self._show(beds, keep)

        def failed(error: ServiceError) -> None:
            if sequence == self._sequence:
                self._placeholder(str(error))
                self.loaded.emit()

        self._placeholder(self.tr("Loading free beds…"))
        self._runner.run(lambda: admissions.free_beds(ctx, bed_type=bed_type), on_success=show,
                         on_failure=failed, owner=self._owner)

    def _placeholder(self, message: str) -> None:
        self._tree.blockSignals(True)  # refilling is not the person choosing: no selection signals
        try:
            self._fill_placeholder(message)
        finally:
            self._tree.blockSignals(False)

    def _fill_placeholder(self, message: str) -> None:
        self._tree.clear()
        item = QTreeWidgetItem([message])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _show(self, beds: tuple[BedDTO, ...], keep: int | None) -> None:
        self.beds = tuple(b for b in beds if b.id != self._exclude)
        self._tree.blockSignals(True)
        try:
            self._fill(keep)
        finally:
            self._tree.blockSignals(False)
        self.loaded.emit()

    def _fill(self, keep: int | None) -> None:
        tree = self._tree
        tree.clear()
        if not self.beds:
            kind = self._combo.currentData()
            self._fill_placeholder(self.tr("No free %1 beds at the moment.")
                                   .replace("%1", domain_word(BED_TYPE_LABELS[kind]))
                                   if kind else self.tr("No free beds at the moment."))
            return
        headings: dict[str, QTreeWidgetItem] = {}
        bold = QFont(tree.font())
        bold.setBold(True)
        for bed in self.beds:
            heading = headings.get(bed.ward)
            if heading is None:
                heading = QTreeWidgetItem([bed.ward])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setFont(0, bold)
                tree.addTopLevelItem(heading)
                heading.setFirstColumnSpanned(True)
                headings[bed.ward] = heading
            item = QTreeWidgetItem(heading, [self.tr("Bed %1").replace("%1", bed.label), bed.room, bed.type_label])
            item.setData(0, BED_ROLE, bed.id)
        for ward, heading in headings.items():
            count = heading.childCount()
            heading.setText(0, f"{ward}  ·  " + (self.tr("1 free bed") if count == 1
                                                  else self.tr("%1 free beds").replace("%1", str(count))))
        tree.expandAll()
        if keep is not None:
            self.select_bed(keep)

    def _bed_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self._tree.topLevelItemCount()):
            heading = self._tree.topLevelItem(i)
            if heading is None:
                continue
            for j in range(heading.childCount()):
                child = heading.child(j)
                if child is not None:
                    items.append(child)
        return items

    def select_bed(self, bed_id: int) -> bool:
        for item in self._bed_items():
            if item.data(0, BED_ROLE) == bed_id:
                self._tree.setCurrentItem(item)
                self._tree.scrollToItem(item)
                return True
        self._tree.clearSelection()
        self._tree.setCurrentItem(None)
        return False

    def selected_bed_id(self) -> int | None:
        item = self._tree.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, BED_ROLE)
        return int(value) if value is not None else None

    def selected_bed(self) -> BedDTO | None:
        bed_id = self.selected_bed_id()
        return next((b for b in self.beds if b.id == bed_id), None)

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, BED_ROLE)
        if value is not None:
            self.activated.emit(int(value))


class AdmitDialog(FormDialog):
    """``admitted(AdmissionDTO)`` is emitted, and the dialog accepted, once the patient is in the bed."""

    admitted = Signal(object)

    def __init__(self, runner: Runner, ctx: ServiceContext, patient_id: int, patient_name: str = "",
                 preselected_bed_id: int | None = None, *, patient_label: str | None = None,
                 live: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdmitDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._ctx = ctx
        self.patient_id = patient_id
        self.patient_name = patient_label or patient_name
        self._preselected = preselected_bed_id
        self.admission: AdmissionDTO | None = None
        self.setWindowTitle(self.tr("Admit %1").replace("%1", self.patient_name) if self.patient_name
                            else self.tr("Admit patient"))
        self.ui.headingLabel.setText(self.tr("Admit %1").replace("%1", self.patient_name or self.tr("the patient")))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Admit"))
        self.ui.doctorCombo.addItem(self.tr("Not assigned yet"), None)
        self.ui.expectedSpin.setToolTip(self.tr("Leave at “Not known” if nobody can say yet."))
        follow_count(self.ui.expectedSpin, self.tr(" day"), self.tr(" days"))

        self.beds = FreeBedChooser(ctx=ctx, runner=runner, type_combo=self.ui.bedTypeCombo, tree=self.ui.bedTree,
                                   owner=self, live=live)
        self.beds.loaded.connect(self._beds_loaded)
        self.beds.loaded.connect(self.revalidate)
        self.setup_form(fields={
            "bed": (self.ui.bedError, self.ui.bedTree),
            "doctor": (self.ui.doctorError, self.ui.doctorCombo),
            "reason": (self.ui.reasonError, self.ui.reasonEdit),
            "expected_days": (self.ui.expectedError, self.ui.expectedSpin),
        }, message_label=self.ui.messageLabel, accept_button=self.ok_button, submit=self.submit)
        self._first_load = True
        self.beds.reload(select=preselected_bed_id)
        runner.run(lambda: admissions.doctors(ctx), on_success=self._show_doctors,
                   on_failure=lambda error: self.show_problems({"doctor": str(error)}, focus=False), owner=self)
        self.ui.reasonEdit.setFocus()

    def _show_doctors(self, doctors: tuple[DoctorChoice, ...]) -> None:
        combo = self.ui.doctorCombo
        for doctor in doctors:
            text = f"{doctor.name} · {doctor.department}" if doctor.department else doctor.name
            combo.addItem(text, doctor.id)

    def _beds_loaded(self) -> None:
        if self._first_load and self._preselected is not None and self.beds.selected_bed_id() != self._preselected:
            self.show_problems({"bed": self.tr("The bed chosen on the board is no longer free; choose another.")},
                               focus=False)
        self._first_load = False

    def select_doctor(self, doctor_id: int) -> bool:
        index = self.ui.doctorCombo.findData(doctor_id)
        if index >= 0:
            self.ui.doctorCombo.setCurrentIndex(index)
        return index >= 0

    def validate(self) -> Problems:
        problems: Problems = {}
        if self.beds.selected_bed_id() is None:
            problems["bed"] = self.tr("Choose a free bed.")
        if not self.ui.reasonEdit.text().split():
            problems["reason"] = self.tr("Enter the reason for admission.")
        return problems

    def submit(self) -> None:
        bed_id = self.beds.selected_bed_id()
        reason = " ".join(self.ui.reasonEdit.text().split())
        expected = self.ui.expectedSpin.value() or None  # 0 shows "Not known"
        doctor_id = self.ui.doctorCombo.currentData()
        assert bed_id is not None
        ctx, patient_id = self._ctx, self.patient_id
        self.save(lambda: admissions.admit(ctx, patient_id, bed_id, doctor_id=doctor_id, reason=reason,
                                           expected_days=expected),
                  self._admitted, problems_for=self._placed)

    def _admitted(self, admission: AdmissionDTO) -> None:
        self.admission = admission
        self.admitted.emit(admission)

    def _placed(self, error: ServiceError) -> Problems | None:
        if isinstance(error, BedTaken):
            self.beds.reload()
            return {"bed": str(error)}
        if isinstance(error, Conflict):
            self.beds.reload()  # a bed marked for cleaning meanwhile disappears from the list
        return None
