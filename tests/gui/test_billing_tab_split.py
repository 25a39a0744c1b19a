"""The insurer/patient split on the Billing tab with real widgets and a real database: an insured patient's
invoice shows the insurer's share (named by payer) and the patient's share in its totals, "Balance due" is
the patient's, the invoice list's balance agrees, and the payment dialog starts at the patient's balance
(the insurer's share is not taken from the patient). Screenshot at 1280x720 with HMS_SCREENSHOT_DIR."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from factories import new_insured_patient, new_patient
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.billing_desk import PaymentDialog
from hms_desktop.ui.tabs.billing import I_BALANCE, BillingTab

pytestmark = pytest.mark.usefixtures("app_style")
_source_ids = iter(range(8_100_000, 8_200_000))


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


def consultation(database, patient: int, family: str) -> int:
    """One consultation charge (CONS 80.00) for the patient, renamed ``family`` so that a search finds only
    them (the factories' "Testfamily1" would also find "Testfamily12")."""
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE patient SET family_name = :f WHERE id = :p"), {"f": family, "p": patient})
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "s": next(_source_ids)}).scalar_one())
    return charge


def issued_on_screen(qtbot, runner, clerk: ServiceContext, database, patient: int, family: str) -> BillingTab:
    charge = consultation(database, patient, family)
    tab = BillingTab(ctx=clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.picker.search(family)
    assert tab.patient is not None and tab.patient.id == patient
    assert tab.set_charge_checked(charge, True)
    tab.ui.createDraftButton.click()
    tab.ui.issueButton.click()
    assert tab.active_confirm is not None
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    assert tab.invoice is not None and tab.invoice.status == "issued"
    return tab


def totals(tab: BillingTab) -> dict[str, str]:
    """The totals grid as words -> amount, as the clerk reads it (each row a label pair in the grid)."""
    QApplication.processEvents()  # the layout shows the new labels on the event loop
    grid = tab.ui.totalsGrid
    shown: dict[str, str] = {}
    for row in range(grid.rowCount()):
        words, amount = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        label = words.widget() if words is not None else None
        value = amount.widget() if amount is not None else None
        if isinstance(label, QLabel) and isinstance(value, QLabel) and label.isVisible():
            shown[label.text()] = value.text()
    assert shown == dict(tab.totals)
    return shown


def test_an_insured_invoice_shows_both_shares_and_the_patients_balance(qtbot, runner, database, clerk) -> None:
    ids = new_insured_patient(database)  # consultations 80 % insured: 64.00 of 80.00
    tab = issued_on_screen(qtbot, runner, clerk, database, ids["patient"], "Splitshare")
    invoice = tab.invoice
    assert invoice is not None and invoice.payer_name
    shown = totals(tab)
    assert shown["Total"] == "80.00"
    assert shown[f"Insurer's share ({invoice.payer_name})"] == "64.00"
    assert shown["Patient's share"] == "16.00"
    assert shown["Balance due"] == "16.00"
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        tab.grab().save(str(Path(folder) / "billing_split_invoice.png"))

    # The payment dialog offers the patient's balance, not the invoice total.
    tab.ui.paymentButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "payment"
    assert dialog.ui.amountEdit.text() == "16.00"
    assert "16.00 left to pay" in dialog.windowTitle() + " " + " ".join(
        label.text() for label in dialog.findChildren(QLabel))
    assert dialog.choose_method("card")
    dialog.ui.referenceEdit.setText("TRM-7")
    dialog.ok_button.click()
    assert tab.invoice is not None and tab.invoice.payment_status == "paid"
    assert totals(tab)["Balance due"] == "0.00"

    # The account page's list and summary say the patient owes nothing (the insurer's 64.00 is the insurer's).
    tab.ui.backButton.click()
    table = tab.ui.invoicesTable
    item = table.item(0, I_BALANCE)
    assert item is not None and item.text() == "0.00"
    assert "Owes nothing on issued invoices." in tab.ui.summaryLabel.text()


def test_an_uninsured_invoice_has_no_share_rows(qtbot, runner, database, clerk) -> None:
    tab = issued_on_screen(qtbot, runner, clerk, database, new_patient(database), "Wholepayer")
    shown = totals(tab)
    assert shown["Balance due"] == "80.00"
    assert not [words for words in shown if "share" in words]
