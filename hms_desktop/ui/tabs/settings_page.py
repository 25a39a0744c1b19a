"""Administration → Hospital settings: name, phone region, idle lock, password remembering."""

from __future__ import annotations

import dataclasses

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from hms_desktop.services import settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.settings import HospitalSettings
from hms_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message


def _region_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
    return f"{name} (+{phonenumbers.country_code_for_region(code)})"


class SettingsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._loaded: HospitalSettings | None = None
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=_region_name)
        for code in regions:
            self.ui.regionCombo.addItem(_region_name(code), code)
        self.ui.messageLabel.hide()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.load)
        self.load()

    def load(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: settings.get_settings(ctx), on_success=self._show, on_failure=self._failed,
                         owner=self)

    def _show(self, loaded: HospitalSettings) -> None:
        self._loaded = loaded
        self.ui.nameEdit.setText(loaded.hospital_name)
        self.ui.regionCombo.setCurrentIndex(max(0, self.ui.regionCombo.findData(loaded.phone_region)))
        self.ui.idleSpin.setValue(loaded.idle_lock_minutes)
        self.ui.rememberCheck.setChecked(loaded.allow_remember_password)
        show_message(self.ui.messageLabel, "")

    def edited(self) -> HospitalSettings:
        base = self._loaded or HospitalSettings()
        return dataclasses.replace(
            base, hospital_name=" ".join(self.ui.nameEdit.text().split()),
            phone_region=str(self.ui.regionCombo.currentData() or "GB"),
            idle_lock_minutes=self.ui.idleSpin.value(),
            allow_remember_password=self.ui.rememberCheck.isChecked())

    def save(self) -> None:
        ctx, wanted = self._ctx, self.edited()

        def saved(result: HospitalSettings) -> None:
            self._show(result)
            show_message(self.ui.messageLabel, self.tr("Saved. Workstations use the new settings at their next "
                                                       "login."), role="info")

        self._runner.run(lambda: settings.save_settings(ctx, wanted), on_success=saved, on_failure=self._failed,
                         owner=self)

    def _failed(self, error: ServiceError) -> None:
        text = "\n".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
        show_message(self.ui.messageLabel, text)
