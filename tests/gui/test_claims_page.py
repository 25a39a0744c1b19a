"""The Claims page (issue 9, item 6) with real widgets and a real database: claims made when invoices of
insured patients were issued, listed per insurer; a claim waiting for pre-authorisation cannot be ticked
until its number is recorded; a batch created, submitted after a question, answered by a remittance that
rejects one line (the patient's balance rises by it), and exported as CSV to the file the clerk picked."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from a11y_walk import audit
from factories import new_insured_patient
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.remittance_dialog import L_APPROVED, RemittanceDialog
from hms_desktop.ui.tabs.claims_page import B_STATUS, C_STATUS, U_INVOICE, U_PREAUTH, ClaimsPage

pytestmark = pytest.mark.usefixtures("app_style")
D = Decimal


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def issue(clerk: ServiceContext, patient: int, *lines: tuple[str, str]) -> billing.InvoiceDTO:
    draft = billing.create_draft_invoice(clerk, patient, [], [
        ManualLine(code, unit_price=D(price), tax_rate=D(0), fee_code=code) for code, price in lines])
    return billing.issue_invoice(clerk, draft.id)


@pytest.fixture(scope="module")
def setup(database, clerk) -> dict[str, object]:
    """Two patients of one insurer (one with a bed day needing pre-authorisation), one of another insurer."""
    first = new_insured_patient(database, payer_code="ACME",
                                coverage={"consultation": ("80", False), "lab": ("50", False),
                                          "bed_day": ("100", True)})
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE insurance_payer SET name = 'Acme Health' WHERE id = :p"), {"p": first["payer"]})
        second_patient = conn.execute(text(
            "INSERT INTO patient (family_name, given_name, sex) VALUES ('Okafor', 'Ada', 'F') RETURNING id")
        ).scalar_one()
        conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                          "VALUES (:pt, :p, 'ACME-2002', '2020-01-01')"), {"pt": second_patient, "p": first["plan"]})
    other = new_insured_patient(database, payer_code="BETA")
    return {
        "payer": first["payer"], "patient": first["patient"], "second": second_patient,
        "visit": issue(clerk, first["patient"], ("CONS", "80.00"), ("LAB-CRP", "14.00")),
        "stay": issue(clerk, second_patient, ("BED-DAY", "150.00")),
        "other": issue(clerk, other["patient"], ("CONS", "80.00")),
    }


@pytest.fixture
def page(qtbot, runner, clerk) -> ClaimsPage:
    page = ClaimsPage(ctx=clerk, runner=runner)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def row_of(table, column: int, value: str) -> int:
    return next(row for row in range(table.rowCount()) if cell(table, row, column) == value)


def answer(page: ClaimsPage, button: QMessageBox.StandardButton) -> None:
    box = page.active_confirm
    assert box is not None
    box.button(button).click()


def balance(database, patient: int) -> Decimal:
    with database.owner.engine.connect() as conn:
        return D(conn.execute(text("SELECT hms_patient_balance(:p)"), {"p": patient}).scalar_one())


def test_nothing_loads_before_activate_and_the_page_fits_720(page) -> None:
    assert page.ui.unbatchedTable.rowCount() == 0 and page.ui.payerCombo.count() == 0
    assert page.minimumSizeHint().height() <= 690 and page.minimumSizeHint().width() <= 1280
    for table in (page.ui.unbatchedTable, page.ui.batchesTable, page.ui.batchClaimsTable):
        assert not table.tabKeyNavigation() and table.accessibleName()
    for widget in (page.ui.payerCombo, page.ui.preauthEdit):
        assert widget.accessibleName() or any(label.buddy() is widget for label in page.findChildren(
            type(page.ui.payerLabel)))


def test_from_claims_to_a_posted_remittance(database, qtbot, runner, page, setup, tmp_path) -> None:
    page.activate()
    combo = page.ui.payerCombo
    assert combo.count() == 2 and "Acme Health (2 claims)" in [combo.itemText(i) for i in range(2)]
    combo.setCurrentIndex(combo.findText("Acme Health (2 claims)"))
    table = page.ui.unbatchedTable
    visit, stay = setup["visit"], setup["stay"]
    assert table.rowCount() == 2
    stay_row = row_of(table, U_INVOICE, stay.number)
    # The bed day needs the insurer's authorisation: listed as waiting, not tickable.
    assert cell(table, stay_row, U_PREAUTH) == "Waiting"
    assert not table.item(stay_row, U_INVOICE).flags() & Qt.ItemFlag.ItemIsUserCheckable
    screenshot(page, "claims_page_unbatched")
    page.select_claim(page.unbatched[[c.invoice_number for c in page.unbatched].index(stay.number)].id)
    assert page.ui.preauthEdit.isEnabled() and not page.ui.preauthButton.isEnabled()
    qtbot.keyClicks(page.ui.preauthEdit, "PA-4411")
    page.ui.preauthButton.click()
    assert "PA-4411 recorded" in page.ui.messageLabel.text()
    stay_row = row_of(table, U_INVOICE, stay.number)
    assert cell(table, stay_row, U_PREAUTH) == "PA-4411"
    assert table.item(stay_row, U_INVOICE).checkState() == Qt.CheckState.Checked
    assert len(page.chosen_claim_ids()) == 2

    page.ui.createBatchButton.click()
    assert "created for Acme Health with 2 claims (221.00)" in page.ui.messageLabel.text()
    # Both batched: the other insurer's claim is now the one offered.
    assert combo.count() == 1 and table.rowCount() == 1
    assert cell(table, 0, U_INVOICE) == setup["other"].number
    assert page.detail is not None and page.detail.batch.status == "draft"
    assert page.ui.submitButton.isEnabled() and not page.ui.remittanceButton.isEnabled()
    page.confirm_submit()
    assert "cannot be changed" in page.active_confirm.text()
    answer(page, QMessageBox.StandardButton.No)
    assert page.detail.batch.status == "draft"
    page.confirm_submit()
    answer(page, QMessageBox.StandardButton.Yes)
    assert "submitted to Acme Health" in page.ui.messageLabel.text()
    batches = page.ui.batchesTable
    assert cell(batches, batches.currentRow(), B_STATUS) == "Submitted"
    assert page.ui.remittanceButton.isEnabled() and not page.ui.submitButton.isEnabled()

    # Export before the answer: the file the clerk picked, read back.
    target = tmp_path / "acme"
    page.ask_csv_path = lambda suggested: str(target)  # type: ignore[method-assign]
    page.ui.exportButton.click()
    assert "3 lines written" in page.ui.messageLabel.text()
    with (tmp_path / "acme.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["payer", "batch", "claim", "invoice number"]
    assert {(row[3], row[8], row[10]) for row in rows[1:]} == {
        (visit.number, "CONS", "64.00"), (visit.number, "LAB-CRP", "7.00"), (stay.number, "BED-DAY", "150.00")}

    before = balance(database, setup["patient"])
    dialog = page.open_remittance()
    assert isinstance(dialog, RemittanceDialog)
    assert not audit(dialog, "remittance")  # keyboard and screen reader (issue 15), as a11y_walk checks
    lines = dialog.ui.linesTable
    assert lines.rowCount() == 3
    lab_row = next(r for r in range(3) if cell(lines, r, 2) == "LAB-CRP")
    dialog.set_answer(lab_row, "0", "")
    assert not dialog.ok_button.isEnabled()
    dialog.ui.buttonBox.accepted.emit()
    assert "say why" in dialog.ui.linesError.text()
    dialog.set_answer(lab_row, "abc", "Not covered without referral")
    assert "enter the approved amount" in dialog.ui.linesError.text()
    dialog.set_answer(lab_row, "0.00", "Not covered without referral")
    assert cell(lines, 0, L_APPROVED)
    qtbot.keyClicks(dialog.ui.referenceEdit, "REM-77")
    screenshot(dialog, "remittance_dialog")
    dialog.ok_button.click()
    assert "7.00 moved to the patients' balances" in page.ui.messageLabel.text()
    assert balance(database, setup["patient"]) == before + D("7.00")
    assert cell(batches, batches.currentRow(), B_STATUS) == "Partly approved"
    claims_table = page.ui.batchClaimsTable
    assert sorted(cell(claims_table, r, C_STATUS) for r in range(claims_table.rowCount())) == [
        "Paid", "Partly approved"]
    assert not page.ui.remittanceButton.isEnabled()
    screenshot(page, "claims_page_settled")


def test_a_failure_reads_as_a_sentence(page, setup, monkeypatch) -> None:
    from hms_desktop.services.billing import claims
    from hms_desktop.services.errors import Conflict

    def refuse(ctx, payer_id, claim_ids):
        raise Conflict("Some chosen claims were put in another batch meanwhile. Reload the list.")

    page.activate()
    monkeypatch.setattr(claims, "create_batch", refuse)
    assert page.chosen_claim_ids()
    page.ui.createBatchButton.click()
    assert page.ui.messageLabel.text().startswith("Some chosen claims were put in another batch")
    assert page.ui.messageLabel.isVisible()


def test_the_page_at_1280x720(page, setup) -> None:
    page.activate()
    assert page.size() == QSize(1280, 720)
    screenshot(page, "claims_page")


def test_the_billing_tab_loads_the_claims_page_when_it_is_shown(qtbot, runner, clerk, setup) -> None:
    from hms_desktop.ui.tabs.billing import BillingTab

    tab = BillingTab(ctx=clerk, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 690)
    tab.show()
    tab.show_page(tab.claims_page)
    qtbot.waitUntil(lambda: tab.claims_page.ui.payerCombo.count() > 0, timeout=5000)
    assert tab.claims_page.ui.unbatchedTable.rowCount() > 0
