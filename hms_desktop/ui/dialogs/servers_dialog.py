"""Connection profiles for shared servers, kept in the workstation's settings (never a password)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from hms_desktop.config import SSL_MODES, ConnectionProfile, WorkstationSettings
from hms_desktop.ui.dialogs.base import FormDialog, Problems
from hms_desktop.ui.forms.ui_servers_dialog import Ui_ServersDialog
from hms_desktop.ui.widgets.feedback import show_message


class ServersDialog(FormDialog):
    """Save keeps the dialog open for the next profile; Close (or Escape) leaves."""

    def __init__(self, settings: WorkstationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServersDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.ui.sslCombo.addItems(list(SSL_MODES))
        self.ui.sslCombo.setCurrentText("verify-full")
        self.ui.profileList.currentItemChanged.connect(self._load_selected)
        self.ui.newButton.clicked.connect(self._new)
        self.ui.deleteButton.clicked.connect(self._delete)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.caBrowseButton.clicked.connect(self._browse)
        self.setup_form(fields={}, message_label=self.ui.messageLabel, accept_button=self.ui.saveButton,
                        submit=self._save, watch=[self.ui.nameEdit, self.ui.hostEdit, self.ui.portSpin,
                                                  self.ui.databaseEdit, self.ui.sslCombo, self.ui.caEdit,
                                                  self.ui.replicaHostEdit, self.ui.replicaPortSpin])
        self._refresh()

    def _refresh(self, select: str | None = None) -> None:
        self.ui.profileList.clear()
        for profile in self.settings.profiles:
            item = QListWidgetItem(profile.name)
            self.ui.profileList.addItem(item)
            if profile.name == select:
                self.ui.profileList.setCurrentItem(item)
        self.ui.deleteButton.setEnabled(bool(self.settings.profiles))

    def _load_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        profile = self.settings.profile(item.text()) if item else None
        if profile is None:
            return
        self.ui.nameEdit.setText(profile.name)
        self.ui.hostEdit.setText(profile.host)
        self.ui.portSpin.setValue(profile.port)
        self.ui.databaseEdit.setText(profile.database)
        self.ui.sslCombo.setCurrentText(profile.sslmode)
        self.ui.caEdit.setText(profile.ca_file)
        self.ui.replicaHostEdit.setText(profile.replica_host)
        self.ui.replicaPortSpin.setValue(profile.replica_port)
        self.mark_unchanged()  # a saved profile shown: nothing typed yet

    def _new(self) -> None:
        self.ui.profileList.clearSelection()
        for edit in (self.ui.nameEdit, self.ui.hostEdit, self.ui.caEdit, self.ui.replicaHostEdit):
            edit.clear()
        self.ui.portSpin.setValue(5432)
        self.ui.replicaPortSpin.setValue(5432)
        self.ui.databaseEdit.setText("hms")
        self.ui.sslCombo.setCurrentText("verify-full")
        self.mark_unchanged()
        self.ui.nameEdit.setFocus()

    def _delete(self) -> None:
        item = self.ui.profileList.currentItem()
        if item is None:
            return
        self.settings.profiles = [p for p in self.settings.profiles if p.name != item.text()]
        if self.settings.active_profile == item.text():
            self.settings.active_profile = ""
        self.settings.save()
        self._refresh()

    def _profile(self) -> ConnectionProfile:
        return ConnectionProfile(
            name=self.ui.nameEdit.text().strip(), host=self.ui.hostEdit.text().strip(),
            port=self.ui.portSpin.value(), database=self.ui.databaseEdit.text().strip(),
            sslmode=self.ui.sslCombo.currentText(), ca_file=self.ui.caEdit.text().strip(),
            replica_host=self.ui.replicaHostEdit.text().strip(), replica_port=self.ui.replicaPortSpin.value(),
        )

    def validate(self) -> Problems:
        return self._profile().problems()

    def _save(self) -> None:
        profile = self._profile()
        self.settings.upsert_profile(profile)
        self.settings.save()
        show_message(self.ui.messageLabel, self.tr("Saved “%1”.").replace("%1", profile.name), role="info")
        self._refresh(select=profile.name)
        self.mark_unchanged()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ui.caEdit.setText(path)
