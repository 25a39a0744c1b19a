"""The Servers dialog names a profile's read replica for reports (issue 12, item 6)."""

from __future__ import annotations

import pytest
from helpers import submit

from hms_desktop.config import WorkstationSettings
from hms_desktop.ui.dialogs.servers_dialog import ServersDialog


@pytest.fixture(autouse=True)
def _own_settings_file():
    """The workstation file is shared by the test run: put back what was there."""
    path = WorkstationSettings.path()
    before = path.read_bytes() if path.exists() else None
    yield
    if before is None:
        path.unlink(missing_ok=True)
    else:
        path.write_bytes(before)


def _fill(dialog: ServersDialog, qtbot, *, replica_host: str, replica_port: int) -> None:
    dialog.ui.nameEdit.setText("Main")
    dialog.ui.hostEdit.setText("db1.hospital.local")
    dialog.ui.replicaHostEdit.setText(replica_host)
    dialog.ui.replicaPortSpin.setValue(replica_port)


def test_the_replica_is_saved_with_the_profile_and_shown_again(qtbot) -> None:
    settings = WorkstationSettings()
    dialog = ServersDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, replica_host="db2.hospital.local", replica_port=5433)
    submit(dialog, dialog.ui.saveButton)
    profile = WorkstationSettings.load().profile("Main")
    assert profile is not None and (profile.replica_host, profile.replica_port) == ("db2.hospital.local", 5433)
    dialog.ui.newButton.click()
    assert (dialog.ui.replicaHostEdit.text(), dialog.ui.replicaPortSpin.value()) == ("", 5432)
    again = ServersDialog(WorkstationSettings.load())
    qtbot.addWidget(again)
    again.ui.profileList.setCurrentRow(0)
    assert (again.ui.replicaHostEdit.text(), again.ui.replicaPortSpin.value()) == ("db2.hospital.local", 5433)
    assert dialog.ui.replicaHostLabel.buddy() is dialog.ui.replicaHostEdit
    assert dialog.ui.replicaPortLabel.buddy() is dialog.ui.replicaPortSpin


def test_the_main_server_as_its_own_replica_is_refused_in_words(qtbot) -> None:
    settings = WorkstationSettings()
    dialog = ServersDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, qtbot, replica_host="db1.hospital.local", replica_port=5432)
    submit(dialog, dialog.ui.saveButton)
    assert "another server than the main one" in dialog.ui.messageLabel.text()
    assert settings.profile("Main") is None
    dialog.ui.replicaPortSpin.setValue(5433)  # the same machine, another cluster: a replica may be there
    submit(dialog, dialog.ui.saveButton)
    assert settings.profile("Main") is not None
