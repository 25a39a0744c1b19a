"""Administration → Hospital settings: name, identity printed on invoices, receipts and prescriptions (postal
address, phone, e-mail, tax number), phone region, idle lock, password remembering, scheduling (default slot
length, time zone, slot length by specialty, whether reception reads appointment reasons), and billing (the
amount above which discounts and credit notes need a billing approver)."""

from __future__ import annotations

import dataclasses
import zoneinfo
from decimal import Decimal

import phonenumbers
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.services import scheduling, settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.scheduling import SpecialtyDTO
from hms_desktop.services.settings import HospitalSettings
from hms_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.scroll_body import scroll_body

# The settings, the specialties, and whether reception may read appointment reasons (a column GRANT, changed
# by its own service call: settings.set_reception_reads_reasons).
_Loaded = tuple[HospitalSettings, tuple[SpecialtyDTO, ...], bool]


def _region_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
    return f"{name} (+{phonenumbers.country_code_for_region(code)})"


class SettingsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        # Three group boxes are taller than a screen at 200 % (520 px): they scroll, Save stays in sight.
        self.form_scroll = scroll_body(self.ui.mainLayout, keep=(self.ui.buttonRow,))
        self._hospital_stacked: bool | None = None
        self._arrange_hospital(stacked=False)
        self._ctx = ctx
        self._runner = runner
        self._loaded: HospitalSettings | None = None
        self._specialties: tuple[SpecialtyDTO, ...] = ()
        self._reception_reads_reasons: bool | None = None
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=_region_name)
        for code in regions:
            self.ui.regionCombo.addItem(_region_name(code), code)
        self.ui.timeZoneCombo.addItems(sorted(zoneinfo.available_timezones()))
        header = self.ui.specialtyTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.messageLabel.hide()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.load)
        self.load()

    # Below this width the hospital's six columns (name, phone, address side by side) squeeze the phone and
    # e-mail fields to a few letters (a 1920 x 1080 screen at 200 %): they go under the others instead.
    STACK_HOSPITAL_BELOW = 1100

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_hospital(stacked=event.size().width() < self.STACK_HOSPITAL_BELOW)

    def _arrange_hospital(self, *, stacked: bool) -> None:
        """Phone, e-mail and the postal address beside the name and tax fields, or under them."""
        if stacked == self._hospital_stacked:
            return
        self._hospital_stacked = stacked
        grid = self.ui.hospitalGrid
        ui = self.ui
        moved = (ui.phoneLabel, ui.phoneEdit, ui.emailLabel, ui.emailEdit, ui.addressLabel, ui.addressEdit)
        for widget in moved:
            grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        if stacked:
            for row, (label, field) in enumerate(((ui.phoneLabel, ui.phoneEdit), (ui.emailLabel, ui.emailEdit)), 4):
                grid.addWidget(label, row, 0)
                grid.addWidget(field, row, 1)
            grid.addWidget(ui.addressLabel, 6, 0, top)
            grid.addWidget(ui.addressEdit, 6, 1)
            ui.addressEdit.setMinimumHeight(4 * ui.addressEdit.fontMetrics().lineSpacing() + 12)
            for column, stretch in enumerate((0, 1, 0, 0, 0, 0)):
                grid.setColumnStretch(column, stretch)
        else:
            grid.addWidget(ui.phoneLabel, 0, 2)
            grid.addWidget(ui.phoneEdit, 0, 3)
            grid.addWidget(ui.emailLabel, 1, 2)
            grid.addWidget(ui.emailEdit, 1, 3)
            grid.addWidget(ui.addressLabel, 0, 4, top)
            grid.addWidget(ui.addressEdit, 0, 5, 3, 1)
            ui.addressEdit.setMinimumHeight(0)
            for column, stretch in enumerate((0, 3, 0, 3, 0, 4)):  # as in forms/settings_page.ui
                grid.setColumnStretch(column, stretch)

    def load(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: (settings.get_settings(ctx), scheduling.specialties(ctx),
                                  settings.reception_reads_reasons(ctx)),
                         on_success=self._show, on_failure=self._failed, owner=self)

    def _show(self, loaded: _Loaded) -> None:
        self._loaded, self._specialties, self._reception_reads_reasons = loaded
        current = self._loaded
        self.ui.nameEdit.setText(current.hospital_name)
        self.ui.addressEdit.setPlainText(current.hospital_address)
        self.ui.phoneEdit.setText(current.hospital_phone)
        self.ui.emailEdit.setText(current.hospital_email)
        self.ui.taxNumberEdit.setText(current.hospital_tax_number)
        self.ui.regionCombo.setCurrentIndex(max(0, self.ui.regionCombo.findData(current.phone_region)))
        self.ui.idleSpin.setValue(current.idle_lock_minutes)
        self.ui.rememberCheck.setChecked(current.allow_remember_password)
        self.ui.slotSpin.setValue(current.default_slot_minutes)
        self.ui.timeZoneCombo.setCurrentText(current.time_zone)
        self.ui.discountThresholdSpin.setValue(float(current.discount_approval_threshold))
        self.ui.receptionReasonsCheck.setChecked(self._reception_reads_reasons)
        self._show_specialties()
        show_message(self.ui.messageLabel, "")

    def _show_specialties(self) -> None:
        table = self.ui.specialtyTable
        table.setRowCount(len(self._specialties))
        for row, specialty in enumerate(self._specialties):
            name = QTableWidgetItem(specialty.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, specialty.id)
            table.setItem(row, 0, name)
            minutes = QTableWidgetItem("" if specialty.slot_minutes is None else str(specialty.slot_minutes))
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, minutes)

    def edited(self) -> HospitalSettings:
        base = self._loaded or HospitalSettings()
        return dataclasses.replace(
            base, hospital_name=" ".join(self.ui.nameEdit.text().split()),
            phone_region=str(self.ui.regionCombo.currentData() or "GB"),
            idle_lock_minutes=self.ui.idleSpin.value(),
            allow_remember_password=self.ui.rememberCheck.isChecked(),
            default_slot_minutes=self.ui.slotSpin.value(),
            time_zone=self.ui.timeZoneCombo.currentText().strip(),
            # Blank lines and stray spaces would print as gaps in the header: each kept line is trimmed.
            hospital_address="\n".join(line.strip() for line in self.ui.addressEdit.toPlainText().splitlines()
                                       if line.strip()),
            hospital_phone=" ".join(self.ui.phoneEdit.text().split()),
            hospital_email=self.ui.emailEdit.text().strip(),
            hospital_tax_number=" ".join(self.ui.taxNumberEdit.text().split()),
            # The spin box holds two decimals; its text, not its float, becomes the amount.
            discount_approval_threshold=Decimal(f"{self.ui.discountThresholdSpin.value():.2f}"))

    def edited_specialty_lengths(self) -> dict[int, int | None] | None:
        """The specialties whose slot length was changed (blank: the hospital default); None if one is not a
        number of minutes (the message says which)."""
        before = {s.id: s.slot_minutes for s in self._specialties}
        changed: dict[int, int | None] = {}
        table = self.ui.specialtyTable
        for row in range(table.rowCount()):
            name, cell = table.item(row, 0), table.item(row, 1)
            assert name is not None  # the table is filled with a name cell on every row
            typed = cell.text().strip() if cell is not None else ""
            specialty_id = int(name.data(Qt.ItemDataRole.UserRole))
            if not typed:
                minutes = None
            elif typed.isdigit() and 5 <= int(typed) <= 240:
                minutes = int(typed)
            else:
                show_message(self.ui.messageLabel, self.tr("The slot length of %1 is 5 to 240 minutes, or blank "
                                                           "for the hospital default.").replace("%1", name.text()))
                table.setCurrentCell(row, 1)
                return None
            if minutes != before.get(specialty_id):
                changed[specialty_id] = minutes
        return changed

    def save(self) -> None:
        ctx, wanted, lengths = self._ctx, self.edited(), self.edited_specialty_lengths()
        if lengths is None:
            return
        reasons = self.ui.receptionReasonsCheck.isChecked()
        reasons_changed = reasons != self._reception_reads_reasons

        def work() -> _Loaded:
            # One call, one transaction: a refused slot length leaves the settings unsaved too.
            saved = settings.save_settings_page(ctx, wanted, specialty_slot_minutes=lengths,
                                                reception_reads_reasons=reasons if reasons_changed else None)
            return saved.settings, saved.specialties, saved.reception_reads_reasons

        def saved(result: _Loaded) -> None:
            self._show(result)
            show_message(self.ui.messageLabel, self.tr("Saved. Slot lengths and the time zone apply to the next "
                                                       "search; the idle lock and password remembering at each "
                                                       "workstation's next login."), role="info")

        self._runner.run(work, on_success=saved, on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, text)
