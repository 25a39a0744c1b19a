from __future__ import annotations

from hms_desktop.domain.staff import Group
from hms_desktop.services import settings
from hms_desktop.ui.tabs.settings_page import SettingsPage


def test_admin_changes_idle_lock_region_and_remember_policy(qtbot, runner, database) -> None:
    ctx = database.context_for(Group.ADMIN)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    assert page.ui.idleSpin.value() == settings.get_settings(ctx).idle_lock_minutes
    page.ui.idleSpin.setValue(25)
    page.ui.regionCombo.setCurrentIndex(page.ui.regionCombo.findData("KE"))
    page.ui.rememberCheck.setChecked(True)
    page.ui.nameEdit.setText("  Riverside   Clinic ")
    page.ui.saveButton.click()
    stored = settings.get_settings(ctx)
    assert (stored.idle_lock_minutes, stored.phone_region, stored.allow_remember_password, stored.hospital_name) \
        == (25, "KE", True, "Riverside Clinic")
    assert "Saved" in page.ui.messageLabel.text()


def test_an_empty_hospital_name_is_refused_and_nothing_saved(qtbot, runner, database) -> None:
    ctx = database.context_for(Group.ADMIN)
    before = settings.get_settings(ctx)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    page.ui.nameEdit.setText("   ")
    page.ui.idleSpin.setValue(99)
    page.ui.saveButton.click()
    assert page.ui.messageLabel.text() == "Enter the hospital's name."
    assert settings.get_settings(ctx) == before


def test_reception_cannot_change_settings(database) -> None:
    import pytest

    from hms_desktop.services.errors import PermissionDenied

    ctx = database.context_for(Group.RECEPTION)
    with pytest.raises(PermissionDenied):
        settings.save_settings(ctx, settings.HospitalSettings(idle_lock_minutes=1))
