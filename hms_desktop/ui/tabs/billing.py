"""The Billing tab: a set of pages (``add_page``), the first being the cash desk, "Patient account".

Patient account: find a patient on the left; on the right their account (``billing.patient_account``): what
they owe on issued invoices and the deposits held, the unbilled charges (priced with the fee valid on their
service date; a charge without a price is listed greyed and not tickable, "no price yet"), and their
invoices (drafts first, then the newest; any can be opened). "Create draft invoice" turns the ticked charges
into a draft and shows it: lines, tax per rate, totals, status, payments and, once issued, its number.

A draft is edited in place: "Add line…" (a fee code from the schedule, or a typed description with price and
tax rate), "Remove line", "Discount line…" and "Discount whole invoice…" (an amount or a percentage, with a
reason; above the hospital's threshold only for a billing approver), "Cancel draft" (its charges are free
again), "Issue invoice" (asks first: an issued invoice cannot be changed). An issued invoice takes money:
"Take payment…" (cash with the change shown as it is typed, card, transfer, insurance; partial payments),
"Apply deposit…", "Refund…" when overpaid, "Print receipt" for the payment just taken, "Print invoice" and
"Credit note…". Printing goes through the print preview, which logs the print (a reprint says COPY).

Other parts of billing add their pages with ``add_page(title, page)``: a page is a QWidget with an
``activate()`` method, called whenever it is shown (it loads its data then). Every service call runs on the
task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import author_words
from hms_desktop.formats import format_date, format_date_time, format_decimal
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import billing
from hms_desktop.services.billing import (
    CreditNoteDTO,
    DepositDTO,
    FeeDTO,
    InvoiceDTO,
    InvoiceLineDTO,
    PatientAccountDTO,
    PaymentDTO,
    UnbilledChargeDTO,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.services.printing import PrintJob
from hms_desktop.ui.dialogs.batch_print_dialog import BatchPrintDialog
from hms_desktop.ui.dialogs.billing_desk import DiscountDialog, InvoiceLineDialog, PaymentDialog
from hms_desktop.ui.dialogs.credit_note_dialog import CreditNoteDialog, money, quantity
from hms_desktop.ui.forms.ui_billing_tab import Ui_BillingTab
from hms_desktop.ui.tabs.claims_page import ClaimsPage
from hms_desktop.ui.tabs.pharmacy_page import PharmacyPage
from hms_desktop.ui.tabs.revenue_page import RevenuePage
from hms_desktop.ui.tabs.shift_page import ShiftPage
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.patient_picker import PatientPicker
from hms_desktop.ui.widgets.select_row import select_row

log = logging.getLogger(__name__)

CHARGE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_WIDTH = 420
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("BillingWords", "Draft"),
    "issued": QT_TRANSLATE_NOOP("BillingWords", "Issued"),
    "cancelled": QT_TRANSLATE_NOOP("BillingWords", "Cancelled"),
}
PAYMENT_WORDS = {
    "unpaid": QT_TRANSLATE_NOOP("BillingWords", "Unpaid"),
    "partly paid": QT_TRANSLATE_NOOP("BillingWords", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("BillingWords", "Paid"),
    "overpaid": QT_TRANSLATE_NOOP("BillingWords", "Overpaid"),
}
METHOD_WORDS = {
    "cash": QT_TRANSLATE_NOOP("BillingWords", "Cash"),
    "card": QT_TRANSLATE_NOOP("BillingWords", "Card"),
    "transfer": QT_TRANSLATE_NOOP("BillingWords", "Bank transfer"),
    "insurance": QT_TRANSLATE_NOOP("BillingWords", "Insurance"),
    "deposit": QT_TRANSLATE_NOOP("BillingWords", "Deposit applied"),
}
INVOICE_ROLE = Qt.ItemDataRole.UserRole
# Charge table columns
C_DATE, C_DESCRIPTION, C_CODE, C_QTY, C_PRICE, C_TOTAL = range(6)
# Invoice list columns
I_NUMBER, I_STATUS, I_DATE, I_TOTAL, I_PAID, I_BALANCE = range(6)


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("BillingWords", ...), in the workstation's language."""
    return QCoreApplication.translate("BillingWords", text)


def _stretch_second(table: QTableWidget) -> None:
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


class BillingTab(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BillingTab()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._live = live  # the tab has no live channel yet; kept for the main window's one signature
        self.clock = HospitalClock.unloaded(ctx)
        self.patient: PatientSummary | None = None
        self.charges: tuple[UnbilledChargeDTO, ...] = ()
        self.invoice: InvoiceDTO | None = None
        self.account: PatientAccountDTO | None = None
        self.fees: tuple[FeeDTO, ...] | None = None  # the fee schedule, read when a line is first added
        self.last_payment: PaymentDTO | None = None  # the payment just taken on the invoice shown: its receipt
        self.pages: list[QWidget] = []  # pages added by other parts of billing (add_page)
        self.active_confirm: QMessageBox | None = None
        self.active_dialog: QDialog | None = None
        self.totals: list[tuple[str, str]] = []  # (words, amount) as shown under the lines
        show_message(self.ui.messageLabel, "")
        for heading in (self.ui.patientLabel, self.ui.invoiceHeading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)

        self.ui.searchTable.setTabKeyNavigation(False)
        self.picker = PatientPicker(runner=runner, ctx=ctx, search_edit=self.ui.searchEdit,
                                    table=self.ui.searchTable, parent=self)
        self.picker.picked.connect(self.show_patient)
        _stretch_second(self.ui.chargesTable)
        _stretch_second(self.ui.linesTable)
        self.ui.invoicesTable.setTabKeyNavigation(False)
        self.ui.invoicesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.invoicesTable.verticalHeader().setDefaultSectionSize(self.ui.invoicesTable.fontMetrics().height()
                                                                     + 8)
        self.ui.pageTabs.currentChanged.connect(self._page_changed)
        self.ui.invoicesTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.invoicesTable.itemActivated.connect(lambda _item: self.open_chosen_invoice())
        self.ui.openInvoiceButton.clicked.connect(self.open_chosen_invoice)
        self.ui.takeDepositButton.clicked.connect(lambda: self.open_money("deposit"))
        self.ui.linesTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.addLineButton.clicked.connect(self.add_line)
        self.ui.removeLineButton.clicked.connect(self.remove_line)
        self.ui.discountLineButton.clicked.connect(lambda: self.open_discount(whole=False))
        self.ui.discountInvoiceButton.clicked.connect(lambda: self.open_discount(whole=True))
        self.ui.cancelDraftButton.clicked.connect(self.confirm_cancel)
        self.ui.paymentButton.clicked.connect(lambda: self.open_money("payment"))
        self.ui.applyDepositButton.clicked.connect(lambda: self.open_money("apply"))
        self.ui.refundButton.clicked.connect(lambda: self.open_money("refund"))
        self.ui.printReceiptButton.clicked.connect(self.print_receipt)
        self.ui.printInvoiceButton.clicked.connect(self.print_invoice)
        self.ui.chargesTable.itemChanged.connect(lambda _item: self._update_buttons())
        self.ui.createDraftButton.clicked.connect(self.create_draft)
        self.ui.openDraftButton.clicked.connect(self.open_draft)
        self.ui.chargesTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.chargesTable.itemActivated.connect(lambda _item: self.open_draft())
        self.ui.issueButton.clicked.connect(self.confirm_issue)
        self.ui.creditNoteButton.clicked.connect(self.open_credit_note)
        self.ui.backButton.clicked.connect(self.back_to_charges)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([SEARCH_WIDTH, 1280 - SEARCH_WIDTH])
        self.ui.workStack.setCurrentWidget(self.ui.chargesPage)
        self.ui.batchPrintButton.clicked.connect(self.open_batch_print)
        self.ui.batchPrintButton.setVisible(ctx.user.has(Group.BILLING) or ctx.user.has(Group.ADMIN))
        # The other parts of billing, each a page of its own: the clerk's cash drawer, insurance claims, the
        # day's revenue for administrators (who read every billing table but take no money).
        self.shift_page: ShiftPage | None = None
        self.revenue_page: RevenuePage | None = None
        if ctx.user.has(Group.BILLING):
            self.shift_page = ShiftPage(ctx=ctx, runner=runner, live=live, parent=self)
            # No Alt+letter: S is the Session menu's, and every other letter of it is taken on the account page.
            self.add_page(self.tr("My shift"), self.shift_page)
        # Billing files claims; administrators post remittances too.
        self.claims_page = ClaimsPage(ctx=ctx, runner=runner, live=live, parent=self)
        self.add_page(self.tr("Ins&urance claims"), self.claims_page)
        if ctx.user.has(Group.ADMIN):
            self.revenue_page = RevenuePage(ctx=ctx, runner=runner, live=live, parent=self)
            # No Alt+letter: every letter of it is taken on the account page; Ctrl+Tab reaches it.
            self.add_page(self.tr("Daily revenue"), self.revenue_page)
        # Dispensing against issued prescriptions, for holders of hms_dispenser (billing clerks or administrators
        # it was granted to on the Users page); the database refuses everyone else.
        self.pharmacy_page: PharmacyPage | None = None
        if ctx.user.can_dispense or ctx.user.is_owner:
            self.pharmacy_page = PharmacyPage(ctx=ctx, runner=runner, parent=self)
            self.add_page(self.tr("Pharmac&y"), self.pharmacy_page)
        self._update_buttons()
        runner.run(lambda: hospital_clock(ctx), on_success=self._clock_loaded,
                   on_failure=lambda error: log.info("Hospital clock not read: %s", error), owner=self)

    def _clock_loaded(self, clock: HospitalClock) -> None:
        self.clock = clock
        if self.invoice is not None:
            self._show_invoice(self.invoice)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self._update_buttons()

    # --- charges ---

    # --- pages ---

    def add_page(self, title: str, page: QWidget) -> None:
        """Add a page after the patient account (claims, my shift, revenue…). ``page.activate()``, if it has
        one, is called each time the page is shown, so it loads its data then and not at start-up."""
        self.pages.append(page)
        self.ui.pageTabs.addTab(page, title)

    def focus_search(self) -> None:
        """The main window calls this when a billing clerk's login opens on Billing: the patient search first."""
        self.ui.pageTabs.setCurrentWidget(self.ui.accountPage)
        self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_page(self, page: QWidget) -> None:
        self.ui.pageTabs.setCurrentWidget(page)

    def _page_changed(self, _index: int) -> None:
        page = self.ui.pageTabs.currentWidget()
        activate = getattr(page, "activate", None)
        if page is not self.ui.accountPage and callable(activate):
            activate()

    # --- the patient's account ---

    def show_patient(self, patient: PatientSummary) -> None:
        self.patient = patient
        self.invoice = None
        self.account = None
        self.last_payment = None
        self.ui.patientLabel.setText(self.tr("%1 (MRN %2)").replace("%1", patient.display_name)
                                     .replace("%2", patient.mrn))
        self.ui.workStack.setCurrentWidget(self.ui.chargesPage)
        show_message(self.ui.messageLabel, "")
        self.reload_charges()

    def reload_charges(self) -> None:
        """Reload the patient's account: charges, invoices, balance, deposits (the page shown stays)."""
        if self.patient is None:
            return
        ctx, patient_id = self._ctx, self.patient.id
        self._runner.run(lambda: billing.patient_account(ctx, patient_id),
                         on_success=lambda account: self._account_loaded(patient_id, account),
                         on_failure=self._failed, owner=self)

    def _account_loaded(self, patient_id: int, account: PatientAccountDTO) -> None:
        if self.patient is None or self.patient.id != patient_id:
            return  # another patient was chosen meanwhile
        self.account = account
        owes = account.balance
        summary = (self.tr("Owes %1 on issued invoices.").replace("%1", money(owes)) if owes > 0 else
                   self.tr("The hospital owes %1 back (overpaid).").replace("%1", money(-owes)) if owes < 0 else
                   self.tr("Owes nothing on issued invoices."))
        if account.deposits:
            summary += " " + self.tr("Deposits held, not yet applied: %1 (%2).").replace("%1", money(account.held)) \
                .replace("%2", str(len(account.deposits)))
        self.ui.summaryLabel.setText(summary)
        self._fill_invoices(account)
        self._charges_loaded(account.charges)

    def _fill_invoices(self, account: PatientAccountDTO) -> None:
        table = self.ui.invoicesTable
        chosen = self.chosen_invoice_id()
        table.setRowCount(len(account.invoices))
        for row, summary in enumerate(account.invoices):
            when = summary.issued_at or summary.created_at
            status = _words(STATUS_WORDS.get(summary.status, summary.status))
            if summary.status == "issued":
                status += " · " + _words(PAYMENT_WORDS.get(summary.payment_status, summary.payment_status))
            cells = [summary.number or self.tr("Draft"), status, format_date(self.clock.local(when)),
                     money(summary.total), money(summary.paid) if summary.status == "issued" else "—",
                     money(summary.balance) if summary.status == "issued" else "—"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(READ_ONLY)
                cell.setData(INVOICE_ROLE, summary.id)
                if column >= I_TOTAL:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
            if summary.id == chosen:
                select_row(table, row)

    def chosen_invoice_id(self) -> int | None:
        item = self.ui.invoicesTable.item(self.ui.invoicesTable.currentRow(), I_NUMBER)
        return int(item.data(INVOICE_ROLE)) if item is not None and item.isSelected() else None

    def select_invoice(self, invoice_id: int) -> bool:
        table = self.ui.invoicesTable
        for row in range(table.rowCount()):
            item = table.item(row, I_NUMBER)
            if item is not None and item.data(INVOICE_ROLE) == invoice_id:
                select_row(table, row)
                return True
        return False

    def open_chosen_invoice(self) -> None:
        invoice_id = self.chosen_invoice_id()
        if invoice_id is not None:
            show_message(self.ui.messageLabel, "")
            self.show_invoice(invoice_id)

    def _charges_loaded(self, charges: tuple[UnbilledChargeDTO, ...]) -> None:
        self.charges = charges
        table = self.ui.chargesTable
        table.blockSignals(True)
        table.setRowCount(len(charges))
        for row, charge in enumerate(charges):
            first = QTableWidgetItem(format_date(charge.service_date))
            first.setData(CHARGE_ROLE, charge.charge_id)
            # The reason a row cannot be ticked comes first, so it stays readable when the column elides.
            description, why = charge.shown_description, ""
            if not charge.priced:
                # Listed so nothing is forgotten, but it cannot be invoiced until the fee schedule prices it.
                first.setFlags(Qt.ItemFlag.NoItemFlags)
                description = self.tr("No price yet: %1").replace("%1", charge.shown_description)
                why = self.tr("The fee schedule has no price for %1 on this date; an administrator adds one.") \
                    .replace("%1", charge.fee_code)
            elif charge.draft_invoice_id is not None:
                # Selectable (not tickable): "Open its draft" goes back to the draft holding it.
                first.setFlags(READ_ONLY)
                first.setForeground(self.palette().placeholderText())
                description = self.tr("On a draft invoice already: %1").replace("%1", charge.shown_description)
                why = self.tr("This charge is on a draft invoice that is not issued yet: open the draft to "
                              "issue it.")
            else:
                first.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Unchecked)
            total = charge.unit_price * charge.quantity if charge.unit_price is not None else None
            cells = [first, QTableWidgetItem(description), QTableWidgetItem(charge.fee_code),
                     QTableWidgetItem(quantity(charge.quantity)),
                     QTableWidgetItem(money(charge.unit_price) if charge.unit_price is not None else "—"),
                     QTableWidgetItem(money(total) if total is not None else "—")]
            cells[C_DESCRIPTION].setToolTip(f"{description}\n{why}" if why else description)
            for column, cell in enumerate(cells):
                if column:
                    cell.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    if charge.draft_invoice_id is not None:
                        cell.setForeground(first.foreground())
                if column >= C_QTY:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
        table.blockSignals(False)
        if not charges and self.ui.workStack.currentWidget() is self.ui.chargesPage \
                and not self.ui.messageLabel.text():
            show_message(self.ui.messageLabel, self.tr("Nothing to bill: this patient has no unbilled charges."),
                         role="info")
        self._update_buttons()

    def chosen_charge_ids(self) -> list[int]:
        table = self.ui.chargesTable
        chosen = []
        for row in range(table.rowCount()):
            item = table.item(row, C_DATE)
            if item is not None and item.checkState() == Qt.CheckState.Checked \
                    and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                chosen.append(int(item.data(CHARGE_ROLE)))
        return chosen

    def set_charge_checked(self, charge_id: int, checked: bool) -> bool:
        """Tick or untick a charge's row; False when the charge is not listed or cannot be chosen."""
        table = self.ui.chargesTable
        for row in range(table.rowCount()):
            item = table.item(row, C_DATE)
            if item is not None and item.data(CHARGE_ROLE) == charge_id:
                if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    return False
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def current_draft_id(self) -> int | None:
        """The draft invoice holding the charge of the current row, if any."""
        item = self.ui.chargesTable.item(self.ui.chargesTable.currentRow(), C_DATE)
        if item is not None:
            charge_id = item.data(CHARGE_ROLE)
            for charge in self.charges:
                if charge.charge_id == charge_id:
                    return charge.draft_invoice_id
        return None

    def open_draft(self) -> None:
        draft_id = self.current_draft_id()
        if draft_id is not None:
            show_message(self.ui.messageLabel, "")
            self.show_invoice(draft_id)

    def create_draft(self) -> None:
        chosen = self.chosen_charge_ids()
        if self.patient is None or not chosen:
            show_message(self.ui.messageLabel, self.tr("Tick at least one charge to invoice."))
            return
        ctx, patient_id = self._ctx, self.patient.id
        self.ui.createDraftButton.setEnabled(False)
        self._runner.run(lambda: billing.create_draft_invoice(ctx, patient_id, chosen, []),
                         on_success=self._draft_created, on_failure=self._failed, owner=self)

    def _draft_created(self, invoice: InvoiceDTO) -> None:
        show_message(self.ui.messageLabel, self.tr("Draft invoice created. Check it, then issue it."), role="info")
        self._show_invoice(invoice)

    # --- the invoice ---

    def _show_invoice(self, invoice: InvoiceDTO) -> None:
        if self.invoice is None or self.invoice.id != invoice.id:
            self.last_payment = None  # "Print receipt" is for a payment taken on the invoice shown
        self.invoice = invoice
        self.ui.workStack.setCurrentWidget(self.ui.invoicePage)
        status = _words(STATUS_WORDS.get(invoice.status, invoice.status))
        if invoice.number:
            issued = format_date_time(self.clock.local(invoice.issued_at)) if invoice.issued_at else ""
            heading = self.tr("Invoice %1: %2, %3 by %4").replace("%1", invoice.number).replace("%2", status) \
                .replace("%3", issued).replace("%4", author_words(invoice.issued_by_name or ""))
        else:
            heading = self.tr("Draft invoice (numbered when issued): %1").replace("%1", status)
        if invoice.status == "issued":
            heading += " · " + _words(PAYMENT_WORDS.get(invoice.payment_status, invoice.payment_status))
        self.ui.invoiceHeading.setText(heading)
        table = self.ui.linesTable
        chosen_line = self.chosen_line()
        table.setRowCount(len(invoice.lines))
        for row, line in enumerate(invoice.lines):
            cells = [format_date(line.service_date), line.shown_description, line.fee_code or "",
                     quantity(line.quantity), money(line.unit_price), money(line.discount),
                     format_decimal(line.tax_rate), money(line.line_total)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(READ_ONLY)
                cell.setData(INVOICE_ROLE, line.id)
                cell.setToolTip(text)  # a long description elides in its column
                if column == 5 and line.discount_reason:
                    cell.setToolTip(self.tr("Discount: %1").replace("%1", line.discount_reason))
                if column >= 3:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
            if chosen_line is not None and line.id == chosen_line.id:
                select_row(table, row)
        rows = [(self.tr("Subtotal"), money(invoice.subtotal))]
        if invoice.discount:
            rows.append((self.tr("Discount"), "−" + money(invoice.discount)))
        for band in invoice.tax_bands:
            rows.append((self.tr("Tax %1% on %2").replace("%1", format_decimal(band.rate))
                         .replace("%2", money(band.base)), money(band.tax)))
        rows.append((self.tr("Tax"), money(invoice.tax)))
        rows.append((self.tr("Total"), money(invoice.total)))
        if invoice.insured:
            # The split made at issue (claims): the balance below is the patient's, the insurer's share still
            # expected taken off, as on the invoice PDF and in the patient's invoice list.
            rows.append((self.tr("Insurer's share (%1)").replace("%1", invoice.payer_name),
                         money(invoice.insurer_share)))
            rows.append((self.tr("Patient's share"), money(invoice.patient_share)))
        if invoice.status == "issued":
            credited = sum((note.total for note in invoice.credit_notes), Decimal(0))
            if credited:
                rows.append((self.tr("Credited"), "−" + money(credited)))
            rows.append((self.tr("Paid"), money(invoice.paid)))
            rows.append((self.tr("Balance due") if invoice.balance >= 0 else self.tr("Overpaid: to refund"),
                         money(abs(invoice.balance))))
        self._fill_totals(rows)
        notes = [self.tr("Credit note %1: %2 (%3)").replace("%1", note.number).replace("%2", money(note.total))
                 .replace("%3", note.reason) for note in invoice.credit_notes]
        self.ui.creditNotesLabel.setText("\n".join(notes))
        payments = [self._payment_text(payment) for payment in invoice.payments]
        self.ui.paymentsLabel.setText("\n".join(payments))
        self._update_buttons()

    def _payment_text(self, payment: PaymentDTO) -> str:
        when = format_date_time(self.clock.local(payment.taken_at))
        how = _words(METHOD_WORDS.get(payment.method, payment.method))
        if payment.reference:
            how += f" {payment.reference}"
        if payment.tendered is not None and payment.change is not None:
            how += " " + self.tr("(handed %1, change %2)").replace("%1", money(payment.tendered)) \
                .replace("%2", money(payment.change))
        words = self.tr("Refund %1: %2, %3") if payment.kind == "refund" else self.tr("Paid %1: %2, %3")
        return words.replace("%1", money(payment.amount)).replace("%2", how).replace("%3", when)

    def _fill_totals(self, rows: list[tuple[str, str]]) -> None:
        """One label pair a row (words left, amount right-aligned); the total and the balance in bold."""
        grid = self.ui.totalsGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and several refreshes in a row (a
                # line added, then a discount) would otherwise paint the old rows under the new ones.
                widget.hide()
                widget.deleteLater()
        bold = {self.tr("Total"), self.tr("Balance due"), self.tr("Overpaid: to refund")}
        for row, (words, amount) in enumerate(rows):
            label = QLabel(words, self.ui.totalsBox)
            value = QLabel(amount, self.ui.totalsBox)
            value.setAlignment(RIGHT)
            if words in bold:
                for part in (label, value):
                    font = part.font()
                    font.setBold(True)
                    part.setFont(font)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        self.totals = rows

    def show_invoice(self, invoice_id: int) -> None:
        ctx = self._ctx
        self._runner.run(lambda: billing.invoice(ctx, invoice_id), on_success=self._show_invoice,
                         on_failure=self._failed, owner=self)

    def back_to_charges(self) -> None:
        self.ui.workStack.setCurrentWidget(self.ui.chargesPage)
        show_message(self.ui.messageLabel, "")
        self.reload_charges()
        self._update_buttons()

    def confirm_issue(self) -> QMessageBox | None:
        invoice = self.invoice
        if invoice is None or invoice.status != "draft":
            return None
        text = self.tr("Issue this invoice of %1 for %2?\n\nAn issued invoice gets its number and cannot be "
                       "changed afterwards: a mistake is then corrected with a credit note.") \
            .replace("%1", money(invoice.total)).replace("%2", invoice.patient_name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Issue invoice"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Issue"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Not yet"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_confirm = box
        box.finished.connect(lambda result: self._issue_answered(invoice.id,
                                                                 result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _issue_answered(self, invoice_id: int, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            return
        ctx = self._ctx
        self.ui.issueButton.setEnabled(False)
        self._runner.run(lambda: billing.issue_invoice(ctx, invoice_id), on_success=self._issued,
                         on_failure=self._failed, owner=self)

    def _issued(self, invoice: InvoiceDTO) -> None:
        show_message(self.ui.messageLabel, self.tr("Invoice %1 issued. Take a payment, or print it.")
                     .replace("%1", invoice.number or ""), role="info")
        self._show_invoice(invoice)
        self.reload_charges()

    def open_batch_print(self) -> BatchPrintDialog:
        """The issued invoices of a period to PDF files, written in the background (the dialog owns the task)."""
        dialog = BatchPrintDialog(ctx=self._ctx, runner=self._runner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def open_credit_note(self) -> CreditNoteDialog | None:
        if self.invoice is None or self.invoice.status != "issued":
            return None
        account = self.account
        dialog = CreditNoteDialog(ctx=self._ctx, runner=self._runner, invoice=self.invoice,
                                  threshold=account.discount_threshold if account is not None else None,
                                  can_approve=account.can_approve if account is not None else True, parent=self)
        dialog.issued.connect(self._credit_note_issued)
        self._open(dialog)
        return dialog

    def _credit_note_issued(self, note: CreditNoteDTO) -> None:
        show_message(self.ui.messageLabel, self.tr("Credit note %1 issued for %2.").replace("%1", note.number)
                     .replace("%2", money(note.total)), role="info")
        self.show_invoice(note.invoice_id)
        self.reload_charges()

    # --- editing a draft ---

    def chosen_line(self) -> InvoiceLineDTO | None:
        item = self.ui.linesTable.item(self.ui.linesTable.currentRow(), 0)
        if self.invoice is None or item is None or not item.isSelected():
            return None
        line_id = item.data(INVOICE_ROLE)
        return next((line for line in self.invoice.lines if line.id == line_id), None)

    def select_line(self, row: int) -> None:
        select_row(self.ui.linesTable, row)

    def _edited(self, message: str) -> Callable[[InvoiceDTO], None]:
        """What to do with the invoice a draft edit returns: show it, say what happened, refresh the account."""
        def done(invoice: InvoiceDTO) -> None:
            show_message(self.ui.messageLabel, message, role="info")
            self._show_invoice(invoice)
            self.reload_charges()
        return done

    def add_line(self) -> None:
        if self.invoice is None or self.invoice.status != "draft":
            return
        if self.fees is None:
            ctx = self._ctx
            self.ui.addLineButton.setEnabled(False)
            self._runner.run(lambda: billing.fee_schedule(ctx), on_success=self._fees_loaded,
                             on_failure=self._failed, owner=self)
            return
        self._open_line_dialog()

    def _fees_loaded(self, fees: tuple[FeeDTO, ...]) -> None:
        self.fees = fees
        self._update_buttons()
        self._open_line_dialog()

    def _open_line_dialog(self) -> InvoiceLineDialog | None:
        if self.invoice is None:
            return None
        dialog = InvoiceLineDialog(ctx=self._ctx, runner=self._runner, invoice=self.invoice, fees=self.fees or (),
                                   parent=self)
        dialog.saved.connect(self._edited(self.tr("Line added.")))
        self._open(dialog)
        return dialog

    def remove_line(self) -> None:
        line, invoice = self.chosen_line(), self.invoice
        if line is None or invoice is None or invoice.status != "draft":
            return
        ctx, message = self._ctx, self.tr("Removed “%1” from the draft.").replace("%1", line.shown_description)
        self.ui.removeLineButton.setEnabled(False)
        self._runner.run(lambda: billing.remove_invoice_line(ctx, invoice.id, line.id),
                         on_success=self._edited(message), on_failure=self._failed, owner=self)

    def open_discount(self, *, whole: bool) -> DiscountDialog | None:
        invoice, account = self.invoice, self.account
        line = None if whole else self.chosen_line()
        if invoice is None or invoice.status != "draft" or (not whole and line is None):
            return None
        dialog = DiscountDialog(
            ctx=self._ctx, runner=self._runner, invoice=invoice, line=line,
            threshold=account.discount_threshold if account is not None else Decimal(0),
            can_approve=account.can_approve if account is not None else self._ctx.user.can_approve_billing,
            parent=self)
        dialog.saved.connect(self._edited(self.tr("Discount applied.")))
        self._open(dialog)
        return dialog

    def confirm_cancel(self) -> QMessageBox | None:
        invoice = self.invoice
        if invoice is None or invoice.status != "draft":
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel draft"),
                          self.tr("Cancel this draft of %1?\n\nIts lines go; its charges are listed as unbilled "
                                  "again, for another invoice.").replace("%1", money(invoice.total)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel &draft"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_confirm = box
        box.finished.connect(lambda result: self._cancel_answered(invoice.id,
                                                                  result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _cancel_answered(self, invoice_id: int, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            return
        ctx = self._ctx
        self.ui.cancelDraftButton.setEnabled(False)
        self._runner.run(lambda: billing.cancel_draft(ctx, invoice_id), on_success=self._cancelled,
                         on_failure=self._failed, owner=self)

    def _cancelled(self, _invoice: InvoiceDTO) -> None:
        self.invoice = None
        self.back_to_charges()
        show_message(self.ui.messageLabel, self.tr("Draft cancelled; its charges can go on another invoice."),
                     role="info")

    # --- money ---

    def open_money(self, mode: str) -> PaymentDialog | None:
        """Open the money dialog: ``mode`` "payment", "refund" or "apply" (a deposit) on the invoice shown,
        "deposit" for the patient."""
        patient, invoice = self.patient, self.invoice
        if patient is None or (mode != "deposit" and (invoice is None or invoice.status != "issued")):
            return None
        deposits: tuple[DepositDTO, ...] = self.account.deposits if self.account is not None else ()
        dialog = PaymentDialog(ctx=self._ctx, runner=self._runner, mode=mode, patient_id=patient.id,
                               patient_name=patient.display_name, invoice=invoice if mode != "deposit" else None,
                               deposits=deposits, clock=self.clock, parent=self)
        dialog.saved.connect(self._money_taken)
        self._open(dialog)
        return dialog

    def _money_taken(self, result: object) -> None:
        if isinstance(result, PaymentDTO):
            self.last_payment = result
            words = self.tr("Refunded %1 (%2).") if result.kind == "refund" else self.tr("Took %1 (%2).")
            message = words.replace("%1", money(result.amount)).replace(
                "%2", _words(METHOD_WORDS.get(result.method, result.method)))
            if result.change is not None:
                message += " " + self.tr("Change to give: %1.").replace("%1", money(result.change))
            show_message(self.ui.messageLabel, message + " " + self.tr("Print the receipt if the patient wants one."),
                         role="info")
            self.show_invoice(result.invoice_id)
        elif isinstance(result, DepositDTO):
            show_message(self.ui.messageLabel, self.tr("Deposit of %1 taken; it is held until applied to an "
                                                       "invoice.").replace("%1", money(result.amount)), role="info")
        elif isinstance(result, InvoiceDTO):
            show_message(self.ui.messageLabel, self.tr("Deposit applied."), role="info")
            self._show_invoice(result)
        self.reload_charges()

    # --- printing ---

    def print_invoice(self) -> None:
        invoice = self.invoice
        if invoice is None or invoice.status != "issued":
            return
        ctx = self._ctx
        self._runner.run(lambda: billing.print_invoice(ctx, invoice.id), on_success=self._preview,
                         on_failure=self._failed, owner=self)

    def print_receipt(self) -> None:
        payment = self.last_payment
        if payment is None:
            return
        ctx = self._ctx
        self._runner.run(lambda: billing.print_receipt(ctx, payment.id), on_success=self._preview,
                         on_failure=self._failed, owner=self)

    def _preview(self, job: PrintJob) -> None:
        """The print preview, as for wristbands and prescriptions: printing there logs it; a reprint says COPY."""
        from hms_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        self._open(PrintPreviewDialog(runner=self._runner, ctx=self._ctx, job=job, parent=self))

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None)
                                if self.active_dialog is dialog else None)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        self.ui.createDraftButton.setEnabled(self.patient is not None and bool(self.chosen_charge_ids()))
        chosen = set(self.chosen_charge_ids())
        ticked = sum((c.unit_price * c.quantity for c in self.charges
                      if c.charge_id in chosen and c.unit_price is not None), Decimal(0))
        self.ui.selectionLabel.setText(self.tr("%1 ticked, %2 before tax").replace("%1", str(len(chosen)))
                                       .replace("%2", money(ticked)) if self.charges else "")
        self.ui.openDraftButton.setEnabled(self.current_draft_id() is not None)
        invoice = self.invoice
        draft = invoice is not None and invoice.status == "draft"
        issued = invoice is not None and invoice.status == "issued"
        line = self.chosen_line()
        # Only the actions of the invoice's state are shown (a draft is edited; an issued invoice takes money).
        for button in (self.ui.addLineButton, self.ui.removeLineButton, self.ui.discountLineButton,
                       self.ui.discountInvoiceButton, self.ui.cancelDraftButton, self.ui.issueButton):
            button.setVisible(draft)
        for button in (self.ui.paymentButton, self.ui.applyDepositButton, self.ui.refundButton,
                       self.ui.printReceiptButton, self.ui.printInvoiceButton, self.ui.creditNoteButton):
            button.setVisible(issued)
        self.ui.issueButton.setEnabled(draft and bool(invoice and invoice.lines))
        self.ui.addLineButton.setEnabled(draft)
        self.ui.removeLineButton.setEnabled(draft and line is not None)
        self.ui.discountLineButton.setEnabled(draft and line is not None)
        self.ui.discountInvoiceButton.setEnabled(draft and bool(invoice and invoice.lines))
        self.ui.cancelDraftButton.setEnabled(draft)
        self.ui.creditNoteButton.setEnabled(issued)
        self.ui.paymentButton.setEnabled(issued and invoice is not None and invoice.balance > 0)
        self.ui.refundButton.setEnabled(issued and invoice is not None and invoice.balance < 0)
        self.ui.applyDepositButton.setEnabled(issued and invoice is not None and invoice.balance > 0
                                              and self.account is not None and bool(self.account.deposits))
        self.ui.printInvoiceButton.setEnabled(issued)
        self.ui.printReceiptButton.setEnabled(issued and self.last_payment is not None)
        self.ui.openInvoiceButton.setEnabled(self.chosen_invoice_id() is not None)
        self.ui.takeDepositButton.setEnabled(self.patient is not None)
