"""The Billing tab (issue 9) with real widgets and a real database: a patient found by search, two charges
ticked, a draft created and issued (INV-…), a credit note refused without a reason and then issued (CN-…),
an unpriced charge shown but not tickable, and a billing login that never sees clinical text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from factories import new_patient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QTableWidget, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.billing import C_DATE, C_DESCRIPTION, C_TOTAL, BillingTab

pytestmark = pytest.mark.usefixtures("app_style")
_source_ids = iter(range(3_000_000, 4_000_000))
SECRET = "Complains of zebra-striped palpitations"


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def charge(database, patient: int, fee_code: str, description: str, *, doctor_login: str = "",
           encounter_history: str | None = None) -> int:
    with database.owner.engine.begin() as conn:
        source = next(_source_ids)
        if encounter_history is not None:  # a real encounter behind the charge, with clinical words in it
            doctor = conn.execute(text("SELECT id FROM staff WHERE username = :u"),
                                  {"u": doctor_login}).scalar_one()
            source = conn.execute(text(
                "INSERT INTO encounter (patient_id, doctor_id, kind, history) VALUES (:p, :d, 'walk_in', :h) "
                "RETURNING id"), {"p": patient, "d": doctor, "h": encounter_history}).scalar_one()
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, :t, 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "f": fee_code, "t": description, "s": source}).scalar_one())


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    login = database.add_user(Group.BILLING, stem="billtab")
    yield from database.logged_in(username=login)


@pytest.fixture(scope="module")
def doctor_login(database) -> str:
    return database.add_user(Group.DOCTOR, stem="billtabdoc")


@pytest.fixture
def tab(qtbot, runner, clerk) -> BillingTab:
    tab = BillingTab(ctx=clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def find(tab: BillingTab, family: str) -> None:
    tab.picker.search(family)
    assert tab.patient is not None and tab.patient.family_name == family


def texts(widget: QWidget) -> list[str]:
    found = [label.text() for label in widget.findChildren(QLabel)]
    found += [button.text() for button in widget.findChildren(QAbstractButton)]
    for table in widget.findChildren(QTableWidget):
        found += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None]
    return found


def answer(tab: BillingTab, button: QMessageBox.StandardButton) -> None:
    box = tab.active_confirm
    assert box is not None
    box.button(button).click()


def test_two_charges_become_a_draft_then_an_issued_invoice_then_a_credit_note(qtbot, database, tab) -> None:
    patient = new_patient(database, "Ledger", "Ada")
    cons = charge(database, patient, "CONS", "Consultation")
    lab = charge(database, patient, "LAB-HGB", "Laboratory: Haemoglobin")
    unpriced = charge(database, patient, "NOPE", "Something unpriced")
    find(tab, "Ledger")
    table = tab.ui.chargesTable
    assert table.rowCount() == 3
    assert not tab.ui.createDraftButton.isEnabled()
    # The unpriced charge is shown, says why, and cannot be ticked.
    assert not tab.set_charge_checked(unpriced, True)
    row = next(r for r in range(3) if table.item(r, C_DATE).data(Qt.ItemDataRole.UserRole) == unpriced)
    assert table.item(row, C_DESCRIPTION).text().startswith("No price yet:")
    assert "fee schedule has no price for NOPE" in table.item(row, C_DESCRIPTION).toolTip()
    assert table.item(row, C_TOTAL).text() == "—"
    assert tab.set_charge_checked(cons, True) and tab.set_charge_checked(lab, True)
    assert table.item(next(r for r in range(3) if table.item(r, C_DATE).data(Qt.ItemDataRole.UserRole) == cons),
                      C_TOTAL).text() == "80.00"
    assert tab.ui.createDraftButton.isEnabled()
    assert tab.ui.selectionLabel.text() == "2 ticked, 86.00 before tax"

    tab.ui.createDraftButton.click()
    invoice = tab.invoice
    assert invoice is not None and invoice.status == "draft" and invoice.number is None
    assert tab.ui.workStack.currentWidget() is tab.ui.invoicePage
    assert tab.ui.linesTable.rowCount() == 2
    assert tab.totals[-1] == ("Total", "86.00")  # 80.00 + 6.00, no tax on either
    assert "Draft" in tab.ui.invoiceHeading.text()
    assert tab.ui.issueButton.isEnabled() and not tab.ui.creditNoteButton.isEnabled()
    screenshot(tab, "billing_draft")

    # Not yet: still a draft. Then issue.
    tab.ui.issueButton.click()
    assert "cannot be changed" in tab.active_confirm.text()
    answer(tab, QMessageBox.StandardButton.No)
    assert tab.invoice.status == "draft"
    tab.ui.issueButton.click()
    answer(tab, QMessageBox.StandardButton.Yes)
    issued = tab.invoice
    assert issued.status == "issued" and issued.number and issued.number.startswith("INV-")
    assert issued.number in tab.ui.invoiceHeading.text()
    assert not tab.ui.issueButton.isEnabled() and tab.ui.creditNoteButton.isEnabled()
    screenshot(tab, "billing_issued")

    # Credit note: an empty reason is refused with a message; with a reason it is issued.
    tab.ui.creditNoteButton.click()
    dialog = tab.active_dialog
    assert dialog is not None
    dialog.set_line_checked(0, True)
    assert not dialog.ok_button.isEnabled()
    dialog.ui.buttonBox.accepted.emit()  # submitting anyway shows every problem
    assert dialog.isVisible()
    assert "Say why the invoice is corrected" in dialog.ui.reasonError.text()
    assert dialog.ui.reasonError.isVisible()
    screenshot(dialog, "billing_credit_note")
    dialog.ui.reasonEdit.setPlainText("Consultation charged in error")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.invoice is not None and len(tab.invoice.credit_notes) == 1
    note = tab.invoice.credit_notes[0]
    assert note.number.startswith("CN-")
    assert note.number in tab.ui.creditNotesLabel.text()
    assert note.number in tab.ui.messageLabel.text()

    # Back to the charges: only the unpriced one is left.
    tab.ui.backButton.click()
    assert table.rowCount() == 1


def test_a_charge_on_a_draft_is_not_tickable_and_opens_its_draft(qtbot, database, tab) -> None:
    patient = new_patient(database, "Pending", "Di")
    cons = charge(database, patient, "CONS", "Consultation")
    find(tab, "Pending")
    assert tab.set_charge_checked(cons, True)
    tab.ui.createDraftButton.click()
    draft = tab.invoice
    assert draft is not None and draft.status == "draft"
    tab.ui.backButton.click()  # the draft is left for later
    table = tab.ui.chargesTable
    assert table.rowCount() == 1
    assert table.item(0, C_DESCRIPTION).text().startswith("On a draft invoice already:")
    assert not tab.set_charge_checked(cons, True)
    assert not tab.ui.openDraftButton.isEnabled()
    table.selectRow(0)
    assert tab.ui.openDraftButton.isEnabled()
    tab.ui.openDraftButton.click()
    assert tab.ui.workStack.currentWidget() is tab.ui.invoicePage
    assert tab.invoice is not None and tab.invoice.id == draft.id and tab.ui.issueButton.isEnabled()


def test_a_billing_login_never_sees_clinical_text(qtbot, database, tab, doctor_login) -> None:
    patient = new_patient(database, "Discreet", "Bo")
    cons = charge(database, patient, "CONS", "Consultation", doctor_login=doctor_login,
                  encounter_history=SECRET)
    find(tab, "Discreet")
    assert tab.set_charge_checked(cons, True)
    tab.ui.createDraftButton.click()
    tab.ui.issueButton.click()
    answer(tab, QMessageBox.StandardButton.Yes)
    assert tab.invoice is not None and tab.invoice.status == "issued"
    shown = texts(tab)
    assert "Consultation" in shown
    assert not [t for t in shown if "zebra" in t or "palpitation" in t]


def test_nothing_to_bill_says_so(qtbot, database, tab) -> None:
    new_patient(database, "Settled", "Cy")
    find(tab, "Settled")
    assert tab.ui.chargesTable.rowCount() == 0
    assert "no unbilled charges" in tab.ui.messageLabel.text()
    assert not tab.ui.createDraftButton.isEnabled()
