"""Reception takes a deposit at the Registration tab (issue 9: "reception may take a deposit", "deposits taken
on admission") with real widgets and a real database, logged in as reception: the receptionist opens a cash
shift on "My shift", takes a cash deposit for the chosen patient with the change shown as typed, the deposit
receipt opens in the print preview and is read back from the PDF, and the shift is closed with the deposit
counted; without a shift the refusal says where to open one; an admission offers "Take a deposit now?"; the
patient overview shows the balance (read on the task runner). Screens are photographed at 1280 × 720."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_patient
from helpers import submit
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import text
from test_fit_720 import check
from test_keyboard import duplicates

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.billing import ManualLine, shifts
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.billing_desk import PaymentDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.tabs.registration import RegistrationTab

pytestmark = pytest.mark.usefixtures("app_style")
D = Decimal
TAB = QSize(1280, 640)  # the Registration tab inside the main window at 1280 × 720
_source_ids = iter(range(8_100_000, 8_200_000))


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    username = database.add_user(Group.RECEPTION, stem="recgui", full_name="Rosa Reception-Gui")
    yield from database.logged_in(username=username)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture
def tab(qtbot, runner, reception) -> RegistrationTab:
    tab = RegistrationTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(TAB)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def choose(qtbot, tab: RegistrationTab, family: str, patient_id: int) -> None:
    tab.ui.sections.setCurrentIndex(tab.PATIENTS_PAGE)
    tab.ui.searchEdit.clear()
    qtbot.keyClicks(tab.ui.searchEdit, family)
    qtbot.waitUntil(lambda: tab.model.searched_text == family, timeout=3000)
    assert tab.select_patient(patient_id)


def deposit_dialog(tab: RegistrationTab) -> PaymentDialog:
    assert tab.ui.depositButton.isVisible() and tab.ui.depositButton.isEnabled()
    tab.ui.depositButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "deposit"
    return dialog


def test_open_shift_take_cash_deposit_with_change_print_receipt_close_shift(qtbot, tab, database, reception,
                                                                            tmp_path) -> None:
    problems: list[str] = []
    # My shift is a page of the Registration tab for reception; shown, it loads.
    assert tab.ui.sections.isTabVisible(tab.SHIFT_PAGE)
    tab.ui.sections.setCurrentIndex(tab.SHIFT_PAGE)
    page = tab.shift_page
    assert page is not None and page.isVisible() and page.shift is None and page.ui.openBox.isVisible()
    qtbot.keyClicks(page.ui.floatEdit, "50")
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert page.shift is not None and page.shift.opening_float == D("50.00")
    problems += check(tab, TAB, "reception-my-shift-open")

    patient = new_patient(database, "Cashdeposit", "Cora")
    choose(qtbot, tab, "Cashdeposit", patient)
    dialog = deposit_dialog(tab)
    assert dialog.choose_method("cash")
    qtbot.keyClicks(dialog.ui.amountEdit, "150")
    assert dialog.ui.tenderedEdit.isVisible()
    qtbot.keyClicks(dialog.ui.tenderedEdit, "100")
    assert dialog.ui.changeLabel.text() == "50.00 short"
    assert "less than the deposit" in dialog.ui.tenderedError.text()
    dialog.ui.tenderedEdit.clear()
    qtbot.keyClicks(dialog.ui.tenderedEdit, "200")
    assert dialog.ui.changeLabel.text() == "50.00"
    problems += check(dialog, QSize(1280, 690), "reception-deposit-dialog")
    submit(dialog, dialog.ok_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Deposit of 150.00 taken (Cash). Change to give: 50.00." in tab.status_text()
    QApplication.processEvents()  # the status line's new text is laid out, as the event loop would
    problems += check(tab, TAB, "reception-deposit-taken")

    # The receipt opens in the print preview; saving it logs it, so the next print says COPY.
    preview = tab.active_dialog
    assert isinstance(preview, PrintPreviewDialog) and preview.job.document == "deposit_receipt"
    assert not preview.job.is_copy
    page_size = preview.document.pagePointSize(0)
    assert round(page_size.width() / 72 * 25.4) == 80  # the desk's receipt printer
    screenshot(preview, "reception-deposit-receipt-preview")
    assert preview.save_to(str(tmp_path / "deposit.pdf"))
    qtbot.waitUntil(lambda: preview.job.is_copy, timeout=5000)
    preview.close()
    receipt = pdf_text(tmp_path / "deposit.pdf")
    for expected in ("DEPOSIT RECEIPT", "CASHDEPOSIT, Cora", "Deposit 150.00", "Method Cash", "Cash tendered 200.00",
                     "Change 50.00", "Rosa Reception-Gui"):
        assert expected in receipt, (expected, receipt)
    assert "COPY" not in receipt

    # Back on My shift: the deposit is in the drawer; count it and close, then the Z-report.
    tab.ui.sections.setCurrentIndex(tab.SHIFT_PAGE)
    rows = [[page.ui.summaryTable.item(r, c).text() for c in range(4)] for r in range(page.ui.summaryTable.rowCount())]
    assert rows == [["Deposits", "Cash", "1", "150.00"]]
    assert "Expected in the drawer: 200.00" in page.ui.expectedLabel.text()
    qtbot.keyClicks(page.ui.countedEdit, "200.00")
    assert page.ui.differenceLabel.text() == "Difference 0.00 (exact)"
    screenshot(tab, "reception-my-shift-deposit")
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    box = page.active_confirm
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.shift is None and page.ui.historyTable.rowCount() == 1
    assert page.ui.printButton.isEnabled() and page.ui.printButton.text() == "Print &Z-report…"
    page.ui.printButton.click()
    z_report = page.active_dialog
    assert isinstance(z_report, PrintPreviewDialog) and z_report.job.document == "z_report"
    z_report.close()
    assert shifts.current_shift(reception) is None
    assert not problems, "\n".join(problems)


def test_a_cash_deposit_without_a_shift_says_where_to_open_one(qtbot, tab, database, reception) -> None:
    assert shifts.current_shift(reception) is None
    patient = new_patient(database, "Noshift", "Nina")
    choose(qtbot, tab, "Noshift", patient)
    dialog = deposit_dialog(tab)
    assert dialog.choose_method("cash")
    qtbot.keyClicks(dialog.ui.amountEdit, "20")
    qtbot.keyClicks(dialog.ui.tenderedEdit, "20")
    submit(dialog, dialog.ok_button)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.messageLabel.text() == ("Open your cash shift first (Registration > My shift), or take the "
                                             "deposit by card or transfer.")
    screenshot(dialog, "reception-deposit-no-shift")
    # By card it goes through without a shift.
    assert dialog.choose_method("card")
    qtbot.keyClicks(dialog.ui.referenceEdit, "TRM-4411")
    submit(dialog, dialog.ok_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Deposit of 20.00 taken (Card)." in tab.status_text()
    preview = tab.active_dialog
    assert isinstance(preview, PrintPreviewDialog) and preview.job.document == "deposit_receipt"
    preview.close()


def test_an_admission_offers_a_deposit(qtbot, tab, database) -> None:
    from hms_desktop.ui.dialogs.admit_dialog import AdmitDialog

    patient = new_patient(database, "Admitdeposit", "Ari")
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name, floor) VALUES ('Deposit ward', '3') RETURNING id"))
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Bay 9') RETURNING id"),
                            {"w": ward.scalar_one()}).scalar_one()
        bed = conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, 'D1') RETURNING id"),
                           {"r": room}).scalar_one()
    choose(qtbot, tab, "Admitdeposit", patient)
    tab.ui.admitButton.click()
    admit = tab.active_dialog
    assert isinstance(admit, AdmitDialog) and admit.beds.select_bed(bed)
    qtbot.keyClicks(admit.ui.reasonEdit, "Observation")
    submit(admit, admit.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert admit.result() == admit.DialogCode.Accepted
    offer = tab.active_confirm
    assert isinstance(offer, QMessageBox) and "Take a deposit now?" in offer.text()
    assert "Registration > My shift" in offer.informativeText()
    assert not duplicates(offer)
    offer.button(QMessageBox.StandardButton.Yes).click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "deposit" and dialog.patient_id == patient
    assert "ADMITDEPOSIT, Ari" in dialog.ui.headingLabel.text()
    dialog.discard()
    QApplication.processEvents()


def test_the_overview_shows_the_balance_and_takes_a_deposit(qtbot, runner, database, reception, clerk) -> None:
    patient = new_patient(database, "Balanceowed", "Bo")
    with database.owner.engine.begin() as conn:
        charge = int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, 'CONS', 'Consultation', 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "s": next(_source_ids)}).scalar_one())
    draft = billing.create_draft_invoice(clerk, patient, [charge], [ManualLine("Dressing", D(1), D("5.00"), D(0))])
    invoice = billing.issue_invoice(clerk, draft.id)

    overview = PatientOverview(ctx=reception, runner=runner, patient_id=patient)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitExposed(overview)
    assert overview.balance == invoice.total
    assert overview.ui.balanceValue.isVisible()
    assert overview.ui.balanceValue.text() == f"Owes {invoice.total:,.2f} on issued invoices"
    assert overview.ui.depositButton.isVisible() and overview.ui.depositButton.isEnabled()
    problems = check(overview, QSize(1280, 690), "reception-overview-balance")
    assert not duplicates(overview)
    overview.ui.depositButton.click()
    dialog = overview.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "deposit"
    dialog.discard()
    QApplication.processEvents()  # its deferred delete, as the application's event loop runs it at once
    assert not problems, "\n".join(problems)

    # A doctor sees neither the money nor the button.
    doctor = database.context_for(Group.DOCTOR)
    seen = PatientOverview(ctx=doctor, runner=runner, patient_id=patient)
    qtbot.addWidget(seen)
    seen.show()
    assert seen.balance is None and not seen.ui.balanceValue.isVisible()
    assert not seen.ui.depositButton.isVisible()


def test_other_groups_see_no_shift_page_and_no_deposit_button(qtbot, runner, database) -> None:
    for group in (Group.DOCTOR, Group.ADMIN):
        ctx = database.context_for(group)
        tab = RegistrationTab(ctx=ctx, runner=runner)
        qtbot.addWidget(tab)
        assert not tab.ui.sections.isTabVisible(tab.SHIFT_PAGE)
        assert not tab.takes_deposits
