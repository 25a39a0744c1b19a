"""The Billing tab: find a patient on the left; on the right their unbilled charges, then an invoice.

Charges come from ``billing.unbilled_charges`` priced with the fee valid on their service date. A charge the
fee schedule has no price for is listed, greyed and not tickable, with the reason in its row ("no price yet").
"Create draft invoice" turns the ticked charges into a draft (``create_draft_invoice``) and shows the invoice:
lines, tax per rate, totals, status and, once issued, its number. "Issue invoice" asks first (an issued
invoice cannot be changed; corrections are credit notes), "Credit note…" opens ``CreditNoteDialog``.
Payments and the printed invoice are a separate part of billing. Every service call runs on the task runner.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from hms_desktop.services import billing
from hms_desktop.services.billing import CreditNoteDTO, InvoiceDTO, UnbilledChargeDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.patients import PatientSummary
from hms_desktop.ui.dialogs.credit_note_dialog import CreditNoteDialog, money, quantity
from hms_desktop.ui.forms.ui_billing_tab import Ui_BillingTab
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.patient_picker import PatientPicker

log = logging.getLogger(__name__)

CHARGE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_WIDTH = 420
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
STATUS_WORDS = {"draft": "Draft", "issued": "Issued", "cancelled": "Cancelled"}
# Charge table columns
C_DATE, C_DESCRIPTION, C_CODE, C_QTY, C_PRICE, C_TOTAL = range(6)


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
        self.active_confirm: QMessageBox | None = None
        self.active_dialog: CreditNoteDialog | None = None
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

    def show_patient(self, patient: PatientSummary) -> None:
        self.patient = patient
        self.invoice = None
        self.ui.patientLabel.setText(self.tr("%1 (MRN %2)").replace("%1", patient.display_name)
                                     .replace("%2", patient.mrn))
        self.ui.workStack.setCurrentWidget(self.ui.chargesPage)
        show_message(self.ui.messageLabel, "")
        self.reload_charges()

    def reload_charges(self) -> None:
        if self.patient is None:
            return
        ctx, patient_id = self._ctx, self.patient.id
        self._runner.run(lambda: billing.unbilled_charges(ctx, patient_id),
                         on_success=lambda charges: self._charges_loaded(patient_id, charges),
                         on_failure=self._failed, owner=self)

    def _charges_loaded(self, patient_id: int, charges: tuple[UnbilledChargeDTO, ...]) -> None:
        if self.patient is None or self.patient.id != patient_id:
            return  # another patient was chosen meanwhile
        self.charges = charges
        table = self.ui.chargesTable
        table.blockSignals(True)
        table.setRowCount(len(charges))
        for row, charge in enumerate(charges):
            first = QTableWidgetItem(f"{charge.service_date:%d %b %Y}")
            first.setData(CHARGE_ROLE, charge.charge_id)
            # The reason a row cannot be ticked comes first, so it stays readable when the column elides.
            description, why = charge.description, ""
            if not charge.priced:
                # Listed so nothing is forgotten, but it cannot be invoiced until the fee schedule prices it.
                first.setFlags(Qt.ItemFlag.NoItemFlags)
                description = self.tr("No price yet: %1").replace("%1", charge.description)
                why = self.tr("The fee schedule has no price for %1 on this date; an administrator adds one.") \
                    .replace("%1", charge.fee_code)
            elif charge.draft_invoice_id is not None:
                # Selectable (not tickable): "Open its draft" goes back to the draft holding it.
                first.setFlags(READ_ONLY)
                first.setForeground(self.palette().placeholderText())
                description = self.tr("On a draft invoice already: %1").replace("%1", charge.description)
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
        if not charges:
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
        self.invoice = invoice
        self.ui.workStack.setCurrentWidget(self.ui.invoicePage)
        status = self.tr(STATUS_WORDS.get(invoice.status, invoice.status))
        if invoice.number:
            issued = self.clock.local(invoice.issued_at).strftime("%d %b %Y %H:%M") if invoice.issued_at else ""
            heading = self.tr("Invoice %1: %2, %3 by %4").replace("%1", invoice.number).replace("%2", status) \
                .replace("%3", issued).replace("%4", invoice.issued_by or "")
        else:
            heading = self.tr("Draft invoice (numbered when issued): %1").replace("%1", status)
        self.ui.invoiceHeading.setText(heading)
        table = self.ui.linesTable
        table.setRowCount(len(invoice.lines))
        for row, line in enumerate(invoice.lines):
            cells = [f"{line.service_date:%d %b %Y}", line.description, line.fee_code or "",
                     quantity(line.quantity), money(line.unit_price), money(line.discount),
                     f"{line.tax_rate:.2f}", money(line.line_total)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(READ_ONLY)
                cell.setToolTip(text)  # a long description elides in its column
                if column >= 3:
                    cell.setTextAlignment(RIGHT)
                table.setItem(row, column, cell)
        rows = [(self.tr("Subtotal"), money(invoice.subtotal))]
        if invoice.discount:
            rows.append((self.tr("Discount"), "−" + money(invoice.discount)))
        for band in invoice.tax_bands:
            rows.append((self.tr("Tax %1% on %2").replace("%1", f"{band.rate:.2f}").replace("%2", money(band.base)),
                         money(band.tax)))
        rows.append((self.tr("Tax"), money(invoice.tax)))
        rows.append((self.tr("Total"), money(invoice.total)))
        self._fill_totals(rows)
        notes = [self.tr("Credit note %1: %2 (%3)").replace("%1", note.number).replace("%2", money(note.total))
                 .replace("%3", note.reason) for note in invoice.credit_notes]
        self.ui.creditNotesLabel.setText("\n".join(notes))
        self._update_buttons()

    def _fill_totals(self, rows: list[tuple[str, str]]) -> None:
        """One label pair a row (words left, amount right-aligned); the last row, the total, in bold."""
        grid = self.ui.totalsGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (words, amount) in enumerate(rows):
            label = QLabel(words, self.ui.totalsBox)
            value = QLabel(amount, self.ui.totalsBox)
            value.setAlignment(RIGHT)
            if row == len(rows) - 1:
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
        show_message(self.ui.messageLabel, self.tr("Invoice %1 issued.").replace("%1", invoice.number or ""),
                     role="info")
        self._show_invoice(invoice)

    def open_credit_note(self) -> CreditNoteDialog | None:
        if self.invoice is None or self.invoice.status != "issued":
            return None
        dialog = CreditNoteDialog(ctx=self._ctx, runner=self._runner, invoice=self.invoice, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.issued.connect(self._credit_note_issued)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _credit_note_issued(self, note: CreditNoteDTO) -> None:
        show_message(self.ui.messageLabel, self.tr("Credit note %1 issued for %2.").replace("%1", note.number)
                     .replace("%2", money(note.total)), role="info")
        self.show_invoice(note.invoice_id)

    def _update_buttons(self) -> None:
        self.ui.createDraftButton.setEnabled(self.patient is not None and bool(self.chosen_charge_ids()))
        chosen = set(self.chosen_charge_ids())
        ticked = sum((c.unit_price * c.quantity for c in self.charges
                      if c.charge_id in chosen and c.unit_price is not None), Decimal(0))
        self.ui.selectionLabel.setText(self.tr("%1 ticked, %2 before tax").replace("%1", str(len(chosen)))
                                       .replace("%2", money(ticked)) if self.charges else "")
        self.ui.openDraftButton.setEnabled(self.current_draft_id() is not None)
        invoice = self.invoice
        self.ui.issueButton.setEnabled(invoice is not None and invoice.status == "draft")
        self.ui.creditNoteButton.setEnabled(invoice is not None and invoice.status == "issued")
