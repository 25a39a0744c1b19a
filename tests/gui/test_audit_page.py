"""Administration → Audit trail on a real database, driving the real widgets: filters, before and after with
the changed fields bold, "Load more", CSV export read back, the chain check with its progress bar (and Cancel),
anchoring and the last-anchored time, and a non-administrator refused in words. PNGs go to
HMS_SCREENSHOT_DIR."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from factories import new_patient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.ui.tabs.administration import AdministrationTab
from hms_desktop.ui.tabs.audit_page import AuditPage

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def phone_change(database) -> tuple[str, str]:
    """(record number, clerk login) of a patient whose phone number a clerk changed."""
    clerk = database.add_user(Group.RECEPTION, stem="guiclerk", full_name="Gus Guiclerk")
    patient_id = new_patient(database, "Pagepatient")
    with database.connect_as(clerk) as conn:
        conn.execute("UPDATE patient SET phone = '555-0142' WHERE id = %s", (patient_id,))
    with database.owner.engine.connect() as conn:
        mrn = conn.execute(text("SELECT mrn FROM patient WHERE id = :id"), {"id": patient_id}).scalar_one()
    return str(mrn), clerk


@pytest.fixture
def page(qtbot, runner, admin, phone_change) -> AuditPage:
    page = AuditPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    return page


def cells(page: AuditPage, row: int) -> list[str]:
    return [page.ui.table.item(row, c).text() for c in range(page.ui.table.columnCount())]


def test_find_who_changed_a_phone_number_and_see_before_and_after(page, phone_change, qtbot) -> None:
    mrn, clerk = phone_change
    assert page.entries, "the newest entries are shown when the page opens"
    qtbot.keyClicks(page.ui.patientEdit, mrn)
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("UPDATE"))
    qtbot.mouseClick(page.ui.searchButton, Qt.MouseButton.LeftButton)
    assert page.ui.table.rowCount() == 1
    _time, who, table, _row, action, changed = cells(page, 0)
    assert who == f"Gus Guiclerk ({clerk})" and table == "patient" and action == "UPDATE"
    assert "phone" in changed.split(", ")
    assert page.selected_entry() is page.entries[0]  # the first entry is shown at once
    assert "phone" in page.changed_field_names()
    assert "family_name" not in page.changed_field_names()
    fields = page.ui.fieldsTable
    phone_row = next(r for r in range(fields.rowCount()) if fields.item(r, 0).text() == "phone")
    assert (fields.item(phone_row, 1).text(), fields.item(phone_row, 2).text()) == ("", "555-0142")
    assert fields.item(phone_row, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "phone, changed"
    assert page.ui.countLabel.text() == "1 entries match."


def test_unknown_record_number_is_said_in_words(page, qtbot) -> None:
    page.ui.patientEdit.setText("12")
    qtbot.mouseClick(page.ui.searchButton, Qt.MouseButton.LeftButton)
    assert "No patient has the record number 12" in page.ui.messageLabel.text()
    assert page.ui.messageLabel.isVisible()


def test_day_filter_and_load_more(page, admin, qtbot, monkeypatch) -> None:
    from hms_desktop.services import audit as audit_service

    page.ui.toCheck.setChecked(True)
    assert page.ui.toDate.isEnabled()
    page.ui.toDate.setDate(page.ui.toDate.date().addDays(-1))
    page.search()
    assert page.ui.table.rowCount() == 0 and page.ui.countLabel.text() == "No entries match these filters."
    page.clear_filters()
    assert not page.ui.toCheck.isChecked() and page.ui.table.rowCount() > 3

    monkeypatch.setattr(audit_service, "PAGE_SIZE", 2)
    real = audit_service.search_audit
    monkeypatch.setattr(audit_service, "search_audit",
                        lambda ctx, f, *, before_id=None, limit=2: real(ctx, f, before_id=before_id, limit=limit))
    page.search()
    assert page.ui.table.rowCount() == 2 and page.ui.moreButton.isEnabled()
    first_ids = [e.id for e in page.entries]
    qtbot.mouseClick(page.ui.moreButton, Qt.MouseButton.LeftButton)
    assert page.ui.table.rowCount() == 4
    assert [e.id for e in page.entries][:2] == first_ids
    assert [e.id for e in page.entries] == sorted((e.id for e in page.entries), reverse=True)


def test_export_csv_writes_what_the_filters_select(page, phone_change, tmp_path, qtbot) -> None:
    mrn, clerk = phone_change
    page.ui.patientEdit.setText(mrn)
    page.search()
    target = tmp_path / "trail"
    page.ask_csv_path = lambda suggested: str(target)  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    with (tmp_path / "trail.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == ["UPDATE", "INSERT"]
    assert rows[0]["login"] == clerk and json.loads(rows[0]["after"])["phone"] == "555-0142"
    assert "2 entries exported to" in page.ui.messageLabel.text()


def test_verify_shows_progress_and_the_verdict(page, runner, qtbot, monkeypatch) -> None:
    from hms_desktop.ui.widgets import audit_browser

    monkeypatch.setattr(audit_browser, "VERIFY_BATCH", 20)  # several reports, as on a big trail
    seen: list[int] = []
    page.ui.verifyProgress.valueChanged.connect(seen.append)
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert len(seen) > 2 and seen == sorted(seen) and seen[-1] == 100
    assert page.last_verdict is not None and page.last_verdict.intact
    assert "intact" in page.ui.messageLabel.text()
    assert page.ui.verifyButton.isEnabled() and not page.ui.verifyProgress.isVisible()

    runner.cancel_after = 1
    page.last_verdict = None
    page.verify_chain()
    runner.cancel_after = None
    assert page.last_verdict is None
    assert page.ui.messageLabel.text() == "The check was cancelled."


def test_anchor_writes_the_file_and_shows_when(page, tmp_path, qtbot) -> None:
    target = tmp_path / "anchor.json"
    page.ask_anchor_path = lambda suggested: str(target)  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.anchorButton, Qt.MouseButton.LeftButton)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["kind"] == "hms-audit-anchor"
    assert page.ui.anchorLabel.text().startswith("Last anchored: ") and "never" not in page.ui.anchorLabel.text()
    assert f"anchored at entry {written['last_id']}" in page.ui.messageLabel.text()


def test_reception_is_refused_in_words(qtbot, runner, database) -> None:
    for ctx in database.logged_in(Group.RECEPTION):
        page = AuditPage(ctx=ctx, runner=runner)
        qtbot.addWidget(page)
        page.show()
        assert "Only a administrator can read the audit trail" in page.ui.messageLabel.text() \
            or "administrator" in page.ui.messageLabel.text()
        assert page.ui.table.rowCount() == 0


def test_keyboard_and_names(page) -> None:
    for table in (page.ui.table, page.ui.fieldsTable):
        assert not table.tabKeyNavigation()
    for widget in (page.ui.personEdit, page.ui.patientEdit, page.ui.tableCombo, page.ui.actionCombo,
                   page.ui.fromDate, page.ui.toDate, page.ui.table, page.ui.fieldsTable, page.ui.verifyProgress):
        assert widget.accessibleName()


def test_the_page_in_the_administration_tab_at_1280x720(qtbot, runner, admin, phone_change, tmp_path) -> None:
    tab = AdministrationTab(ctx=admin, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    titles = [tab.sections.item(i).text() for i in range(tab.sections.count())]
    tab.sections.setCurrentRow(titles.index("Audit trail"))
    page = tab.audit_page
    page.ui.patientEdit.setText(phone_change[0])
    page.search()
    assert page.ui.table.rowCount() == 2
    for widget in (page.ui.searchButton, page.ui.clearButton, page.ui.toDate, page.ui.anchorButton):
        assert widget.isVisible() and widget.visibleRegion().boundingRect().width() == widget.width()
    screenshot(tab, "audit_page_1280x720")


def test_changed_fields_come_first(page, phone_change) -> None:
    page.ui.patientEdit.setText(phone_change[0])
    page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("UPDATE"))
    page.search()
    fields = page.ui.fieldsTable
    changed = page.changed_field_names()
    assert [fields.item(r, 0).text() for r in range(len(changed))] == changed


def test_who_opened_or_changed_this_record_from_the_overview(qtbot, runner, admin, database, phone_change) -> None:
    """Administrators reach the patient's audit from the overview; reception does not see the button."""
    from hms_desktop.ui.dialogs.patient_audit_dialog import PatientAuditDialog
    from hms_desktop.ui.dialogs.patient_overview import PatientOverview

    mrn, clerk = phone_change
    with database.owner.engine.connect() as conn:
        patient_id = conn.execute(text("SELECT id FROM patient WHERE mrn = :m"), {"m": mrn}).scalar_one()
    overview = PatientOverview(ctx=admin, runner=runner, patient_id=patient_id)
    qtbot.addWidget(overview)
    overview.resize(1280, 720)
    overview.show()
    assert overview.ui.auditButton.isVisible() and overview.ui.auditButton.isEnabled()
    qtbot.mouseClick(overview.ui.auditButton, Qt.MouseButton.LeftButton)
    dialog = overview.active_dialog
    assert isinstance(dialog, PatientAuditDialog)
    dialog.resize(1280, 720)
    QApplication.processEvents()
    page = dialog.page
    assert page.patient_id == patient_id and not page.ui.patientEdit.isVisible()
    assert not page.ui.verifyButton.isVisible() and not page.ui.anchorButton.isVisible()
    actions = [(e.action, e.actor) for e in page.entries]
    assert ("UPDATE", clerk) in actions and actions[-1][0] == "INSERT"
    assert all(e.table == "patient" or e.after is None or e.after.get("patient_id") == patient_id
               or (e.before or {}).get("patient_id") == patient_id for e in page.entries)
    if page.entries[0].action == "READ":  # the admin's own opening of the overview, shown first
        assert "The record was opened; nothing was changed." in page.ui.entryLabel.text()
    screenshot(dialog, "patient_audit_dialog")
    dialog.reject()

    for desk in database.logged_in(Group.RECEPTION):
        reception_view = PatientOverview(ctx=desk, runner=runner, patient_id=patient_id)
        qtbot.addWidget(reception_view)
        reception_view.show()
        assert not reception_view.ui.auditButton.isVisible()
