"""The cash desk on the Billing tab with real widgets and a real database (issue 9, items 2, 5 and 7 from the
screen): a draft gets a line from the fee schedule and a discounted line, is issued, takes a partial cash
payment with the change shown as it is typed, and its receipt and invoice are printed and read back from the
PDF; a large discount is explained and refused without the approver right; a draft is cancelled and its
charge is free again; a deposit is taken and applied; an overpaid invoice is refunded; other billing pages are
added with ``add_page`` and activated when shown.

Cash: only ``test_draft_line_discount_issue_cash_payment_receipt`` takes cash (after the shift merge it needs
an open cash shift); the others use card and transfer."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from factories import grant_billing_approver, new_patient, open_cash_shift, set_discount_threshold
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text

from hms_desktop import formats
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.billing_desk import DiscountDialog, InvoiceLineDialog, PaymentDialog
from hms_desktop.ui.dialogs.credit_note_dialog import CreditNoteDialog
from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from hms_desktop.ui.locale_formats import install_locale_formats
from hms_desktop.ui.tabs.billing import BillingTab
from hms_desktop.ui.widgets import amounts

pytestmark = pytest.mark.usefixtures("app_style")
_source_ids = iter(range(7_000_000, 8_000_000))


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def charge(database, patient: int, fee_code: str = "CONS", description: str = "Consultation") -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id) "
            "VALUES (:p, :d, :f, :t, 'encounter', :s) RETURNING id"),
            {"p": patient, "d": date(2030, 6, 1), "f": fee_code, "t": description, "s": next(_source_ids)}
        ).scalar_one())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(autouse=True)
def threshold(database) -> None:
    set_discount_threshold(database, "100.00")


def make_tab(qtbot, runner, ctx: ServiceContext) -> BillingTab:
    tab = BillingTab(ctx=ctx, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, runner, clerk) -> BillingTab:
    return make_tab(qtbot, runner, clerk)


def find(tab: BillingTab, family: str) -> None:
    tab.picker.search(family)
    assert tab.patient is not None and tab.patient.family_name == family


def draft_of(database, tab: BillingTab, family: str) -> int:
    """A patient with one consultation (80.00), found, ticked and made a draft on screen."""
    patient = new_patient(database, family, "Desk")
    cons = charge(database, patient)
    find(tab, family)
    assert tab.set_charge_checked(cons, True)
    tab.ui.createDraftButton.click()
    assert tab.invoice is not None and tab.invoice.status == "draft"
    return cons


def issue(tab: BillingTab) -> None:
    tab.ui.issueButton.click()
    assert tab.active_confirm is not None
    tab.active_confirm.button(QMessageBox.StandardButton.Yes).click()
    assert tab.invoice is not None and tab.invoice.status == "issued"


def test_draft_line_discount_issue_cash_payment_receipt(qtbot, database, clerk, tab, tmp_path) -> None:
    open_cash_shift(database, clerk)  # the database takes cash only into an open drawer
    draft_of(database, tab, "Tillwright")
    # Only a draft's actions are offered.
    assert tab.ui.addLineButton.isVisible() and not tab.ui.paymentButton.isVisible()
    assert not tab.ui.removeLineButton.isEnabled()  # no line chosen yet

    # A line from the fee schedule: bad quantity first, then 2 x MISC (10.00, 20 % tax).
    tab.ui.addLineButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, InvoiceLineDialog)
    assert dialog.choose_fee("MISC")
    assert dialog.ui.descriptionEdit.text() == "Other service" and dialog.ui.priceEdit.isReadOnly()
    dialog.ui.quantityEdit.setText("0")
    assert not dialog.ok_button.isEnabled()
    assert "quantity above zero" in dialog.ok_button.toolTip()
    dialog.ui.quantityEdit.setText("2")
    assert dialog.ui.previewLabel.text() == "20.00 + tax 4.00 = 24.00"
    screenshot(dialog, "billing_desk_add_line")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert len(tab.invoice.lines) == 2 and tab.invoice.total.to_eng_string() == "104.00"
    assert tab.ui.messageLabel.text() == "Line added."

    # 10 % off the consultation, with a reason; a discount without one is not accepted.
    tab.select_line(0)
    assert tab.ui.discountLineButton.isEnabled()
    tab.ui.discountLineButton.click()
    discount = tab.active_dialog
    assert isinstance(discount, DiscountDialog)
    discount.ui.valueEdit.setText("150")
    assert not discount.ok_button.isEnabled()
    assert "from 0 to 80.00" in discount.ok_button.toolTip()
    discount.ui.kindCombo.setCurrentIndex(discount.ui.kindCombo.findData("percent"))
    discount.ui.valueEdit.setText("10")
    assert discount.ui.resultLabel.text() == "8.00 off, 72.00 before tax"
    assert not discount.ok_button.isEnabled()  # no reason yet
    discount.ui.reasonEdit.setText("Loyal patient")
    assert discount.ok_button.isEnabled()
    screenshot(discount, "billing_desk_discount")
    discount.ok_button.click()
    line = tab.invoice.lines[0]
    assert (str(line.discount), line.discount_reason, str(tab.invoice.total)) == ("8.00", "Loyal patient", "96.00")
    assert tab.ui.linesTable.item(0, 5).toolTip() == "Discount: Loyal patient"
    screenshot(tab, "billing_desk_draft")

    issue(tab)
    number = tab.invoice.number
    assert tab.ui.paymentButton.isEnabled() and not tab.ui.addLineButton.isVisible()
    assert not tab.ui.refundButton.isEnabled() and not tab.ui.printReceiptButton.isEnabled()

    # A partial cash payment: 50.00 of 96.00, 60.00 handed over, the change shown as it is typed.
    tab.ui.paymentButton.click()
    pay = tab.active_dialog
    assert isinstance(pay, PaymentDialog)
    assert pay.ui.amountEdit.text() == "96.00"  # the balance, to start with
    assert pay.choose_method("cash")
    assert pay.ui.tenderedEdit.isVisible() and not pay.ui.referenceEdit.isVisible()
    pay.ui.amountEdit.setText("50.00")
    pay.ui.tenderedEdit.setText("40")
    assert pay.ui.changeLabel.text() == "10.00 short" and not pay.ok_button.isEnabled()
    pay.ui.tenderedEdit.setText("60")
    assert pay.ui.changeLabel.text() == "10.00" and pay.ok_button.isEnabled()
    screenshot(pay, "billing_desk_payment")
    pay.ok_button.click()
    assert not pay.isVisible()
    assert "Change to give: 10.00" in tab.ui.messageLabel.text()
    invoice = tab.invoice
    assert (invoice.payment_status, str(invoice.paid), str(invoice.balance)) == ("partly paid", "50.00", "46.00")
    assert "Partly paid" in tab.ui.invoiceHeading.text()
    assert "handed 60.00, change 10.00" in tab.ui.paymentsLabel.text()
    assert tab.totals[-1] == ("Balance due", "46.00")
    screenshot(tab, "billing_desk_paid")

    # The receipt of that payment, through the print preview, read back from the PDF.
    assert tab.ui.printReceiptButton.isEnabled()
    tab.ui.printReceiptButton.click()
    preview = tab.active_dialog
    assert isinstance(preview, PrintPreviewDialog) and not preview.job.is_copy
    assert preview.save_to(str(tmp_path / "receipt.pdf"))
    qtbot.waitUntil(lambda: preview.job.is_copy, timeout=5000)  # logged: a reprint says COPY
    preview.close()
    receipt = pdf_text(tmp_path / "receipt.pdf")
    for words in (number, "TILLWRIGHT", "50.00", "60.00", "10.00", "46.00", "Cash"):
        assert words in receipt, words

    # The invoice on A4.
    tab.ui.printInvoiceButton.click()
    preview = tab.active_dialog
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.save_to(str(tmp_path / "invoice.pdf"))
    preview.close()
    printed = pdf_text(tmp_path / "invoice.pdf")
    for words in (number, "TILLWRIGHT", "Other service", "96.00", "8.00", "46.00"):
        assert words in printed, words

    # Back on the account: the invoice listed with where it stands, and the balance.
    tab.ui.backButton.click()
    assert "Owes 46.00" in tab.ui.summaryLabel.text()
    row = [tab.ui.invoicesTable.item(0, c).text() for c in range(6)]
    assert row[0] == number and "Partly paid" in row[1] and row[3:] == ["96.00", "50.00", "46.00"]
    screenshot(tab, "billing_desk_account")


def test_a_large_discount_is_explained_and_needs_the_approver(qtbot, database, runner, tab) -> None:
    set_discount_threshold(database, "50.00")
    draft_of(database, tab, "Largesse")
    tab.ui.discountInvoiceButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, DiscountDialog)
    dialog.ui.valueEdit.setText("60.00")
    dialog.ui.reasonEdit.setText("Charity case")
    assert "need a billing approver; you do not have that right" in dialog.ui.approvalLabel.text()
    assert "give at most 50.00" in dialog.ui.approvalLabel.text()
    assert not dialog.ok_button.isEnabled()
    screenshot(dialog, "billing_desk_discount_refused")
    dialog.ui.valueEdit.setText("50.00")
    assert dialog.ui.approvalLabel.text() == "" and dialog.ok_button.isEnabled()
    dialog.discard()

    # An approver gives it, told that they give it as an approver.
    login = database.add_user(Group.BILLING, stem="deskapprover")
    grant_billing_approver(database, login)
    approver_tab = make_tab(qtbot, runner, database.login(login))
    find(approver_tab, "Largesse")
    approver_tab.select_invoice(tab.invoice.id)
    approver_tab.ui.openInvoiceButton.click()
    approver_tab.ui.discountInvoiceButton.click()
    dialog = approver_tab.active_dialog
    assert isinstance(dialog, DiscountDialog)
    dialog.ui.valueEdit.setText("60.00")
    dialog.ui.reasonEdit.setText("Charity case")
    assert "as a billing approver" in dialog.ui.approvalLabel.text() and dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert str(approver_tab.invoice.discount) == "60.00" and str(approver_tab.invoice.total) == "20.00"


def test_a_large_credit_note_is_explained_and_refused_without_the_approver(qtbot, database, tab) -> None:
    draft_of(database, tab, "Creditwise")
    issue(tab)
    set_discount_threshold(database, "50.00")
    tab.reload_charges()  # the account carries the threshold the dialog explains
    tab.ui.creditNoteButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, CreditNoteDialog)
    dialog.set_line_checked(0, True)
    dialog.ui.reasonEdit.setPlainText("Consultation not held")
    assert dialog.ui.totalLabel.text().startswith("Credit note total: 80.00 — above 50.00")
    assert not dialog.ok_button.isEnabled()
    assert "needs a billing approver" in dialog.ok_button.toolTip()
    screenshot(dialog, "billing_desk_credit_refused")
    dialog.set_line_quantity(0, "0.5")
    assert dialog.ui.totalLabel.text() == "Credit note total: 40.00" and dialog.ok_button.isEnabled()
    dialog.set_line_quantity(0, "2")
    assert "at most 1" in dialog.ok_button.toolTip()
    dialog.set_line_quantity(0, "0.5")
    dialog.ok_button.click()
    assert tab.invoice.credit_notes[0].total.to_eng_string() == "40.00"


def test_a_cancelled_draft_gives_its_charge_back(qtbot, database, tab) -> None:
    cons = draft_of(database, tab, "Rescind")
    tab.ui.cancelDraftButton.click()
    box = tab.active_confirm
    assert box is not None and "unbilled again" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.ui.workStack.currentWidget() is tab.ui.chargesPage
    assert "Draft cancelled" in tab.ui.messageLabel.text()
    assert tab.ui.invoicesTable.rowCount() == 0
    assert tab.set_charge_checked(cons, True)  # tickable again


def test_a_deposit_is_taken_and_applied_and_an_overpayment_refunded(qtbot, database, tab) -> None:
    draft_of(database, tab, "Depositor")
    issue(tab)
    # A deposit by transfer, from the account page.
    tab.ui.backButton.click()
    tab.ui.takeDepositButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "deposit"
    assert dialog.choose_method("transfer") and not dialog.ui.tenderedEdit.isVisible()
    dialog.ui.amountEdit.setText("30.00")
    dialog.ui.referenceEdit.setText("BANK-4411")
    dialog.ok_button.click()
    assert "Deposit of 30.00 taken" in tab.ui.messageLabel.text()
    assert "Deposits held, not yet applied: 30.00" in tab.ui.summaryLabel.text()
    # Applied to the invoice.
    tab.select_invoice(tab.invoice.id)
    tab.ui.openInvoiceButton.click()
    assert tab.ui.applyDepositButton.isEnabled()
    tab.ui.applyDepositButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.ui.depositCombo.count() == 1
    assert not dialog.ui.amountEdit.isVisible()
    dialog.ok_button.click()
    assert str(tab.invoice.balance) == "50.00"
    assert "Paid 30.00: Deposit applied" in tab.ui.paymentsLabel.text()
    # The rest by card, then half the consultation credited (a quantity, on screen): overpaid, refunded.
    tab.ui.paymentButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.choose_method("card")
    assert not dialog.ok_button.isEnabled()  # a card needs the terminal's reference
    dialog.ui.referenceEdit.setText("TRM-77")
    dialog.ok_button.click()
    assert tab.invoice.payment_status == "paid" and not tab.ui.paymentButton.isEnabled()
    tab.ui.creditNoteButton.click()
    credit = tab.active_dialog
    assert isinstance(credit, CreditNoteDialog)
    credit.set_line_checked(0, True)
    credit.set_line_quantity(0, "0.5")
    credit.ui.reasonEdit.setPlainText("Half the visit was a follow-up")
    credit.ok_button.click()
    assert tab.invoice.payment_status == "overpaid" and str(tab.invoice.balance) == "-40.00"
    assert tab.totals[-1] == ("Overpaid: to refund", "40.00")
    assert tab.ui.refundButton.isEnabled()
    tab.ui.refundButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog) and dialog.mode == "refund"
    assert dialog.ui.amountEdit.text() == "40.00"
    dialog.ui.amountEdit.setText("41.00")
    assert "pay back at most that" in dialog.ok_button.toolTip()
    dialog.ui.amountEdit.setText("40.00")
    assert dialog.choose_method("transfer")
    dialog.ok_button.click()
    assert tab.invoice.payment_status == "paid" and "Refunded 40.00" in tab.ui.messageLabel.text()
    assert tab.ui.printReceiptButton.isEnabled()  # the refund's receipt
    assert billing.patient_account(tab._ctx, tab.invoice.patient_id).balance == 0


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.activated = 0

    def activate(self) -> None:
        self.activated += 1


def test_other_billing_pages_are_added_and_activated_when_shown(qtbot, tab) -> None:
    page = _Page()
    pages_before = tab.ui.pageTabs.count()  # the account page and the clerk's own (My shift)
    tab.add_page("Claims", page)
    assert tab.ui.pageTabs.count() == pages_before + 1 and page.activated == 0  # nothing loaded at construction
    tab.show_page(page)
    assert page.activated == 1
    tab.show_page(tab.ui.accountPage)
    tab.show_page(page)
    assert page.activated == 2


@pytest.fixture
def french_desk() -> Iterator[None]:
    """A French workstation (app.py: the default QLocale and the formats) of a hospital in euros."""
    previous_locale, previous_currency = QLocale(), amounts.current_currency()
    QLocale.setDefault(QLocale("fr_FR"))
    install_locale_formats(QLocale("fr_FR"))
    amounts.set_currency(CurrencyFormat("EUR", "€", symbol_after=True))
    yield
    QLocale.setDefault(previous_locale)
    formats.install(None)
    amounts.set_currency(previous_currency)


def test_a_french_desk_types_and_reads_amounts_its_way(qtbot, database, tab, french_desk) -> None:
    """Issue 15, item 5: "12,50" is twelve fifty, "1,234" is asked about, amounts read "1 234,50 €"."""
    draft_of(database, tab, "Virgule")
    issue(tab)
    assert ("Total", "80,00 €") in tab.totals
    tab.ui.paymentButton.click()
    dialog = tab.active_dialog
    assert isinstance(dialog, PaymentDialog)
    assert dialog.ui.amountEdit.text() == "80,00"  # the balance, to start with, in the field's own way
    assert dialog.choose_method("transfer")
    dialog.ui.referenceEdit.setText("VIR-1")
    dialog.ui.amountEdit.setText("1,234")
    assert not dialog.ok_button.isEnabled()
    assert "can be read two ways" in dialog.ui.amountError.text()
    screenshot(dialog, "payment-french-ambiguous")
    dialog.ui.amountEdit.setText("12.5")  # a point is a decimal sign on a French desk too
    assert dialog.ok_button.isEnabled()
    dialog.ui.amountEdit.setText("12,50")
    dialog.ok_button.click()
    assert "Took 12,50 €" in tab.ui.messageLabel.text()
    assert str(tab.invoice.balance) == "67.50"
    assert ("Paid", "12,50 €") in tab.totals
    screenshot(tab, "billing-french")
