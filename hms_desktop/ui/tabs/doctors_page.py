"""Doctor profiles: Administration → Doctors (administrators: every doctor, every field, working hours) and
the doctor's own "My profile" (only their qualifications and availability notes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.doctors import DoctorProfileDTO, ResourceDTO
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.scheduling import SpecialtyDTO
from hms_desktop.ui.dialogs.doctor_hours_dialog import DoctorHoursDialog, affected_text
from hms_desktop.ui.forms.ui_doctors_page import Ui_DoctorsPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message, show_problems
from hms_desktop.ui.widgets.select_row import select_row

# A specialty or room retired in Administration (0026): listed only for a doctor who already has it.
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class _Loaded:
    profiles: tuple[DoctorProfileDTO, ...]
    specialties: tuple[SpecialtyDTO, ...]
    rooms: tuple[ResourceDTO, ...]


def slot_text(minutes: int | None) -> str:
    return f"{minutes} min" if minutes else "Default"


class DoctorsPage(QWidget):
    """Administrators see and edit every doctor; a doctor sees only themself and edits two fields."""

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DoctorsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.is_admin = ctx.user.is_owner or ctx.user.has(Group.ADMIN)
        self._profiles: list[DoctorProfileDTO] = []
        self._rooms: tuple[ResourceDTO, ...] = ()
        self.hours_dialog: DoctorHoursDialog | None = None
        self._errors = {
            "qualifications": (self.ui.qualificationsError, self.ui.qualificationsEdit),
            "availability_notes": (self.ui.notesError, self.ui.notesEdit),
            "slot_minutes": (self.ui.slotError, self.ui.slotSpin),
        }
        for label, _ in self._errors.values():
            show_message(label, "")
        show_message(self.ui.messageLabel, "")
        table = self.ui.doctorTable
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Long names ("Obstetrics & Gynaecology", three rooms) wrap onto a second line rather than elide: the
        # table shares a 1280 px screen with the profile.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column, width in ((2, 120), (3, 130)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([580, 440])
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self._revert)
        self.ui.hoursButton.clicked.connect(self.open_hours)
        if not self.is_admin:
            # A doctor edits only their qualifications and availability notes (the database enforces it too).
            self.ui.doctorTable.hide()
            for edit in (self.ui.registrationEdit, self.ui.feeEdit):
                edit.setReadOnly(True)
            for widget in (self.ui.specialtiesList, self.ui.roomsList, self.ui.slotSpin):
                widget.setEnabled(False)
            self.ui.hoursButton.hide()
            self.ui.profileGroup.setTitle(self.tr("My profile"))
            self.ui.profileGroup.setToolTip(self.tr("Administrators change the other fields and your hours."))
        self._set_editable(False)
        self.load()

    # --- loading -----------------------------------------------------------------------------------------

    def load(self, select_staff_id: int | None = None, *, then: Callable[[], None] | None = None) -> None:
        ctx, admin = self._ctx, self.is_admin

        def work() -> _Loaded:
            if admin:
                ids = [d.id for d in scheduling.doctors(ctx)]
            else:
                ids = [ctx.user.staff_id] if ctx.user.staff_id is not None else []
            return _Loaded(profiles=tuple(doctors.get_profile(ctx, i) for i in ids),
                           # Retired ones too: a doctor keeps a retired specialty or room until unticked
                           # (_show_profile lists them only for the doctors who have them).
                           specialties=scheduling.specialties(ctx, include_retired=True),
                           rooms=doctors.resources(ctx, include_inactive=True))

        def loaded(result: _Loaded) -> None:
            self._show(result, select_staff_id)
            if then is not None:
                then()

        self._runner.run(work, on_success=loaded, on_failure=self._failed, owner=self)

    def _show(self, loaded: _Loaded, select_staff_id: int | None) -> None:
        current = select_staff_id
        if not current:
            profile = self.selected()
            current = profile.staff_id if profile else None
        self._rooms = tuple(r for r in loaded.rooms if r.kind != "equipment")
        self.ui.specialtiesList.clear()
        for s in loaded.specialties:
            item = QListWidgetItem(s.name if s.active else self.tr("%1 (retired)").replace("%1", s.name))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setData(RETIRED_ROLE, not s.active)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.specialtiesList.addItem(item)
        self.ui.roomsList.clear()
        for r in self._rooms:
            # "Consulting room 12", not "Consulting room 12 (consulting room)": the list needs no sideways scroll.
            kind = r.kind_label.lower()
            item = QListWidgetItem(r.name if kind in r.name.lower() else f"{r.name} ({kind})")
            item.setToolTip(f"{r.name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.name)
            item.setData(RETIRED_ROLE, not r.active)
            if not r.active:
                item.setText(self.tr("%1 (retired)").replace("%1", item.text()))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.roomsList.addItem(item)
        self._profiles = list(loaded.profiles)
        table = self.ui.doctorTable
        table.blockSignals(True)
        table.setRowCount(len(self._profiles))
        for row, profile in enumerate(self._profiles):
            self._fill_row(row, profile)
        table.blockSignals(False)
        if not self._profiles:
            self._set_editable(False)
            show_message(self.ui.messageLabel, self.tr("There are no doctors yet.") if self.is_admin else
                         self.tr("You are not set up as a doctor."), role="info")
            return
        rows = [i for i, p in enumerate(self._profiles) if p.staff_id == current]
        select_row(table, rows[0] if rows else 0)
        self._selection_changed()

    def _fill_row(self, row: int, p: DoctorProfileDTO) -> None:
        values = (p.name, ", ".join(s.name for s in p.specialties), p.department, ", ".join(p.rooms),
                  slot_text(p.slot_minutes))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.ui.doctorTable.setItem(row, column, item)

    def selected(self) -> DoctorProfileDTO | None:
        if not self._profiles:
            return None
        if not self.is_admin:
            return self._profiles[0]
        row = self.ui.doctorTable.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def select_doctor(self, staff_id: int) -> None:
        for row, p in enumerate(self._profiles):
            if p.staff_id == staff_id:
                select_row(self.ui.doctorTable, row)
                self.ui.doctorTable.setCurrentCell(row, 0)
                return
        raise KeyError(staff_id)

    def visible_doctors(self) -> list[str]:
        return [p.name for p in self._profiles]

    def _selection_changed(self) -> None:
        profile = self.selected()
        self._set_editable(profile is not None)
        if profile is not None:
            self._show_profile(profile)

    def _show_profile(self, p: DoctorProfileDTO) -> None:
        self.ui.nameValue.setText(f"<b>{p.name}</b>")
        self.ui.titleEdit.setText(p.title)
        self.ui.departmentEdit.setText(p.department)
        self.ui.qualificationsEdit.setPlainText(p.qualifications)
        self.ui.registrationEdit.setText(p.registration_number or "")
        self.ui.feeEdit.setText(p.consultation_fee_code or "")
        self.ui.slotSpin.setValue(p.slot_minutes or 0)
        self.ui.notesEdit.setPlainText(p.availability_notes)
        chosen = {s.id for s in p.specialties}
        for i in range(self.ui.specialtiesList.count()):
            item = self.ui.specialtiesList.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setHidden(bool(item.data(RETIRED_ROLE)) and not checked)  # retired: offered to no one new
        rooms = set(p.rooms)
        for i in range(self.ui.roomsList.count()):
            item = self.ui.roomsList.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole + 1) in rooms
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setHidden(bool(item.data(RETIRED_ROLE)) and not checked)
        self._show_problems({})
        show_message(self.ui.messageLabel, "" if p.version or not self.is_admin else self.tr(
            "No profile has been saved for this doctor yet; saving creates it."), role="hint")

    def _set_editable(self, on: bool) -> None:
        self.ui.profileGroup.setEnabled(on)
        self.ui.saveButton.setEnabled(on)
        self.ui.revertButton.setEnabled(on)
        self.ui.hoursButton.setEnabled(on)

    def _revert(self) -> None:
        """Throw away the edits and show what is stored now (also the way out of a "changed elsewhere")."""
        profile = self.selected()
        if profile is not None:
            self.load(profile.staff_id)

    # --- reading and saving ------------------------------------------------------------------------------

    def checked_specialties(self) -> list[int]:
        items = (self.ui.specialtiesList.item(i) for i in range(self.ui.specialtiesList.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def checked_rooms(self) -> list[int]:
        items = (self.ui.roomsList.item(i) for i in range(self.ui.roomsList.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _show_problems(self, problems: dict[str, str]) -> None:
        show_problems(problems, self._errors, self.ui.messageLabel, keep_message=True)

    def save(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        ctx, admin, staff_id, version = self._ctx, self.is_admin, profile.staff_id, profile.version
        qualifications = self.ui.qualificationsEdit.toPlainText()
        notes = self.ui.notesEdit.toPlainText()
        registration, fee = self.ui.registrationEdit.text(), self.ui.feeEdit.text()
        slot = self.ui.slotSpin.value() or None
        specialty_ids, room_ids = self.checked_specialties(), self.checked_rooms()
        problems: dict[str, str] = {}
        if slot is not None and slot < 5:
            problems["slot_minutes"] = self.tr("A slot is 5 to 240 minutes long.")
        self._show_problems(problems)
        if problems:
            return

        def work() -> DoctorProfileDTO:
            if not admin:
                return doctors.update_profile(ctx, staff_id, qualifications=qualifications,
                                              availability_notes=notes, expected_version=version)
            # One call, one transaction: a refused room leaves the profile and specialties unsaved too.
            return doctors.save_doctor(ctx, staff_id, qualifications=qualifications, availability_notes=notes,
                                       expected_version=version, registration_number=registration,
                                       consultation_fee_code=fee, slot_minutes=slot, specialty_ids=specialty_ids,
                                       resource_ids=room_ids)

        def saved(result: DoctorProfileDTO) -> None:
            self.ui.saveButton.setEnabled(True)
            for row, p in enumerate(self._profiles):
                if p.staff_id == result.staff_id:
                    self._profiles[row] = result
                    self._fill_row(row, result)
            self._show_profile(result)
            show_message(self.ui.messageLabel, self.tr("Saved."), role="info")

        self.ui.saveButton.setEnabled(False)
        self._runner.run(work, on_success=saved, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        self.ui.saveButton.setEnabled(self.selected() is not None)
        if isinstance(error, ValidationFailed):
            self._show_problems(error.problems)
        else:
            show_message(self.ui.messageLabel, str(error))

    # --- working hours (administrators) ------------------------------------------------------------------

    def open_hours(self) -> None:
        profile = self.selected()
        if profile is None or not self.is_admin:
            return
        dialog = DoctorHoursDialog(ctx=self._ctx, runner=self._runner, staff_id=profile.staff_id,
                                   doctor_name=profile.name, parent=self)
        self.hours_dialog = dialog

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            if dialog.affected:
                text = self.tr("Hours saved. These booked appointments are outside the doctor's hours now and "
                               "need moving (they were not cancelled):") + "\n" + affected_text(dialog.affected,
                                                                                              dialog.tz)
                role = "error"
            else:
                text, role = self.tr("Hours saved. No booked appointment is affected."), "info"
            self.load(profile.staff_id, then=lambda: show_message(self.ui.messageLabel, text, role=role))

        dialog.finished.connect(finished)
        dialog.open()
