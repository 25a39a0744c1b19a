from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from helpers import TODAY, fixed_clock
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import text

from hms_desktop.app import load_style_sheet
from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling, settings
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


def test_admin_sets_the_discount_approval_threshold_and_the_database_reads_it(qtbot, runner, database) -> None:
    """Billing (migration 0019): discounts and credit notes above it need a billing approver."""
    ctx = database.context_for(Group.ADMIN)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    assert page.ui.discountThresholdSpin.value() == float(settings.get_settings(ctx).discount_approval_threshold)
    page.ui.discountThresholdSpin.setValue(250.5)
    page.ui.saveButton.click()
    assert settings.get_settings(ctx).discount_approval_threshold == Decimal("250.50")
    with database.owner.engine.connect() as conn:
        stored = conn.execute(text("SELECT value FROM hospital_setting WHERE key = 'discount_approval_threshold'"))
        assert stored.scalar_one() == "250.50"  # text, never a float


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


def test_admin_turns_reception_reading_reasons_off_and_on(qtbot, runner, database) -> None:
    ctx = database.context_for(Group.ADMIN)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    check = page.ui.receptionReasonsCheck
    assert check.isChecked() and "clinical" in check.toolTip()  # reception screens showed reasons before
    check.setChecked(False)
    page.ui.saveButton.click()
    assert settings.reception_reads_reasons(ctx) is False
    assert "Saved" in page.ui.messageLabel.text() and not check.isChecked()
    with database.connect_as(database.add_user(Group.RECEPTION)) as conn:
        assert not conn.execute("SELECT has_column_privilege('appointment', 'reason', 'SELECT')").fetchone()[0]
    check.setChecked(True)
    page.ui.saveButton.click()
    assert settings.reception_reads_reasons(ctx) is True and check.isChecked()


def test_reception_cannot_change_settings(database) -> None:
    import pytest

    from hms_desktop.services.errors import PermissionDenied

    ctx = database.context_for(Group.RECEPTION)
    with pytest.raises(PermissionDenied):
        settings.save_settings(ctx, settings.HospitalSettings(idle_lock_minutes=1))


def _doctor_with_hours(database, name: str, specialty_id: int) -> int:
    username = database.add_user(Group.DOCTOR, full_name=name)
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        conn.execute(text("INSERT INTO doctor_profile (staff_id) VALUES (:s)"), {"s": staff_id})
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p)"),
                     {"s": staff_id, "p": specialty_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, valid_from) "
                              "VALUES (:s, :w, '09:00', '12:00', '2020-01-01')"), {"s": staff_id, "w": weekday})
    return staff_id


def screenshot(widget: QWidget, name: str) -> None:
    """A PNG of ``widget`` with the application's style sheet, in HMS_SCREENSHOT_DIR when it is set."""
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if not folder:
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style_sheet())
    try:
        widget.resize(760, 720)
        widget.show()
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
    finally:
        app.setStyleSheet("")


def _minutes(slots) -> set[int]:
    return {int((s.ends_at - s.starts_at).total_seconds() // 60) for s in slots}


def test_admin_sets_default_slot_time_zone_and_a_specialty_slot_and_the_finder_follows(qtbot, runner,
                                                                                       database) -> None:
    with database.owner.engine.begin() as conn:
        neuro = int(conn.execute(text("INSERT INTO specialty (name) VALUES ('Neurology') RETURNING id")).scalar_one())
        general = int(conn.execute(text(
            "INSERT INTO specialty (name) VALUES ('General medicine') RETURNING id")).scalar_one())
    neurologist = _doctor_with_hours(database, "Dr Nia Vale", neuro)
    generalist = _doctor_with_hours(database, "Dr Gus Hale", general)
    ctx = database.context_for(Group.ADMIN, clock=fixed_clock())
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    assert (page.ui.slotSpin.value(), page.ui.timeZoneCombo.currentText()) == (15, "Europe/London")
    assert page.ui.timeZoneCombo.findText("Africa/Nairobi") >= 0
    table = page.ui.specialtyTable
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["Neurology"], 1).text() == ""
    page.ui.slotSpin.setValue(20)
    page.ui.timeZoneCombo.setCurrentText("Europe/Dublin")
    table.item(rows["Neurology"], 1).setText("30")
    page.ui.saveButton.click()
    assert "Saved" in page.ui.messageLabel.text()
    stored = settings.get_settings(ctx)
    assert (stored.default_slot_minutes, stored.time_zone) == (20, "Europe/Dublin")
    assert {s.name: s.slot_minutes for s in scheduling.specialties(ctx)} == {"Neurology": 30, "General medicine": None}
    assert table.item(rows["Neurology"], 1).text() == "30"
    screenshot(page, "settings_page")
    day = TODAY + timedelta(days=3)
    # Neither doctor has a length of their own: the specialty's, else the hospital default.
    assert _minutes(scheduling.find_slots(ctx, doctor_id=neurologist, start=day, days=1, limit=3)) == {30}
    assert _minutes(scheduling.find_slots(ctx, doctor_id=generalist, start=day, days=1, limit=3)) == {20}
    # Blank again: back to the hospital default.
    table.item(rows["Neurology"], 1).setText("")
    page.ui.saveButton.click()
    assert _minutes(scheduling.find_slots(ctx, doctor_id=neurologist, start=day, days=1, limit=3)) == {20}


def test_a_bad_time_zone_or_specialty_slot_is_refused_and_nothing_saved(qtbot, runner, database) -> None:
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO specialty (name) VALUES ('Dermatology') ON CONFLICT DO NOTHING"))
    ctx = database.context_for(Group.ADMIN)
    before = settings.get_settings(ctx), scheduling.specialties(ctx)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    page.ui.timeZoneCombo.setCurrentText("Mars/Olympus_Mons")
    page.ui.saveButton.click()
    assert "time zone" in page.ui.messageLabel.text()
    page.ui.timeZoneCombo.setCurrentText("Europe/London")
    table = page.ui.specialtyTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Dermatology")
    table.item(row, 1).setText("4")
    page.ui.slotSpin.setValue(45)
    page.ui.saveButton.click()
    assert "Dermatology" in page.ui.messageLabel.text() and "5 to 240" in page.ui.messageLabel.text()
    assert (settings.get_settings(ctx), scheduling.specialties(ctx)) == before


def test_admin_types_the_hospital_identity_printed_on_invoices(qtbot, runner, database) -> None:
    ctx = database.context_for(Group.ADMIN)
    page = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(page)
    page.ui.addressEdit.setPlainText("  12 Harbour Road \n\n Port Elsewhere PE1 2AB ")
    page.ui.phoneEdit.setText(" +44  20 7946 0018 ")
    page.ui.emailEdit.setText(" billing@example.org ")
    page.ui.taxNumberEdit.setText("GB 123 4567 89")
    page.ui.saveButton.click()
    stored = settings.get_settings(ctx)
    assert (stored.hospital_address, stored.hospital_phone, stored.hospital_email, stored.hospital_tax_number) == (
        "12 Harbour Road\nPort Elsewhere PE1 2AB", "+44 20 7946 0018", "billing@example.org", "GB 123 4567 89")
    assert "Saved" in page.ui.messageLabel.text()
    again = SettingsPage(ctx=ctx, runner=runner)
    qtbot.addWidget(again)
    assert again.ui.addressEdit.toPlainText() == "12 Harbour Road\nPort Elsewhere PE1 2AB"
    page.ui.emailEdit.setText("billing at example")
    page.ui.saveButton.click()
    assert page.ui.messageLabel.text() == "Type the e-mail address as name@example.org."
    assert settings.get_settings(ctx).hospital_email == "billing@example.org"
    for widget in (page.ui.addressEdit, page.ui.phoneEdit, page.ui.emailEdit, page.ui.taxNumberEdit):
        assert widget.accessibleName() or any(label.buddy() is widget for label in page.findChildren(QLabel))
    page.resize(1280 - 200, 720 - 90)
    if os.environ.get("HMS_SHOTS"):
        page.grab().save(os.path.join(os.environ["HMS_SHOTS"], "settings_page.png"))
