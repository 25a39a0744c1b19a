"""Printed invoices and receipts (issue 9, item 7): the PDFs as PrintJobs for the print preview, marked COPY
when ``print_log`` already holds a print of the same document and subject (the invoice number; for a
receipt, "<invoice number>/<payment id>"). The preview prints the job and logs it with
``services.printing.log_print`` (who and when are the database's)."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.billing import ZERO
from hms_desktop.domain.names import display_name
from hms_desktop.domain.settings import HospitalSettings
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.invoice import InvoicePrintData, InvoicePrintLine, InvoicePrintPayment, build_invoice
from hms_desktop.printing.receipt import DepositReceiptData, ReceiptData, build_deposit_receipt, build_receipt
from hms_desktop.services.billing.dtos import InvoiceDTO, PaymentDTO
from hms_desktop.services.billing.use_cases import INVOICE_GONE, invoice_of, payment_dto
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import to_hospital
from hms_desktop.services.patients.front_desk import front_desk_settings
from hms_desktop.services.patients.records import changed_by
from hms_desktop.services.printing import PrintJob

INVOICE = "invoice"
RECEIPT = "receipt"
DEPOSIT_RECEIPT = "deposit_receipt"
DEPOSIT_GONE = QT_TRANSLATE_NOOP("billing", "This deposit no longer exists.")
PAYMENT_GONE = QT_TRANSLATE_NOOP("billing", "This payment no longer exists.")
# Each stored method's words on a printout: marked here, translated where printed (the keys are stored).
_METHODS = {"cash": QT_TRANSLATE_NOOP("billing", "Cash"), "card": QT_TRANSLATE_NOOP("billing", "Card"),
            "transfer": QT_TRANSLATE_NOOP("billing", "Bank transfer"),
            "insurance": QT_TRANSLATE_NOOP("billing", "Insurance"),
            "deposit": QT_TRANSLATE_NOOP("billing", "Deposit applied")}


def print_invoice(ctx: ServiceContext, invoice_id: int) -> PrintJob:
    """The issued invoice on A4 with its payments and balance as they stand now."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "print invoices"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        invoice = invoice_of(uow, invoice_id)
        if invoice.status != "issued" or invoice.number is None:
            raise Conflict(translate("billing", "Only an issued invoice is printed; issue the draft first."))
        is_copy = uow.print_log.printed_before(INVOICE, invoice.number)
        data = _invoice_data(ctx, uow, invoice)
    created = ctx.clock.now()
    title = translate("billing", "Invoice {invoice_number} — {invoice_patient_name}").format(
                invoice_number=invoice.number, invoice_patient_name=invoice.patient_name)
    marked = build_invoice(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=INVOICE, subject=invoice.number, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=INVOICE, subject=invoice.number, pdf=build_invoice(data, created=created),
                    is_copy=False, title=title, copy_pdf=marked)


def print_receipt(ctx: ServiceContext, payment_id: int) -> PrintJob:
    """The 80 mm receipt of one payment (or refund), with the invoice's balance as it stands now."""
    ctx.require(Group.BILLING, action=translate("billing", "print receipts"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.billing.payment(payment_id)
        if row is None:
            raise NotFound(translate("billing", PAYMENT_GONE))
        payment = payment_dto(row)
        invoice = invoice_of(uow, payment.invoice_id)
        if invoice.number is None:  # the database takes payments only on issued invoices
            raise NotFound(translate("billing", INVOICE_GONE))
        subject = f"{invoice.number}/{payment.id}"
        is_copy = uow.print_log.printed_before(RECEIPT, subject)
        zone = front_desk_settings(ctx, uow).zone
        hospital = uow.settings.read()
        logo = uow.settings.logo_image()
    data = ReceiptData(
        hospital_name=hospital.hospital_name, hospital_lines=(*hospital.address_lines, *hospital.contact_parts),
        tax_number=hospital.hospital_tax_number, receipt_number=subject,
        taken_at=format_date_time(to_hospital(payment.taken_at, zone)), taken_by=payment.taken_by,
        patient_name=invoice.patient_name, mrn=invoice.mrn, invoice_number=invoice.number, kind=payment.kind,
        method=translate("billing", _METHODS[payment.method]), amount=payment.amount, tendered=payment.tendered,
        change=payment.change,
        reference=payment.reference, invoice_total=invoice.total, balance=invoice.balance,
        status=invoice.payment_status, insurer_share=invoice.insurer_share, currency=hospital.currency, logo=logo)
    created = ctx.clock.now()
    title = translate("billing", "Receipt {subject} — {invoice_patient_name}").format(
                subject=subject, invoice_patient_name=invoice.patient_name)
    marked = build_receipt(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=RECEIPT, subject=subject, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=RECEIPT, subject=subject, pdf=build_receipt(data, created=created), is_copy=False,
                    title=title, copy_pdf=marked)


def print_deposit_receipt(ctx: ServiceContext, deposit_id: int, *, tendered: Decimal | None = None) -> PrintJob:
    """The 80 mm receipt of a deposit, for reception (who takes deposits on admission) and billing. Marked COPY
    when ``print_log`` holds a print of ``deposit_receipt`` / "DEP-<id>". ``tendered``: the cash handed over,
    known only at the desk as the deposit is taken (the database keeps no tendered amount for a deposit), so
    the first receipt shows it with the change and a later reprint does not."""
    ctx.require(Group.RECEPTION, Group.BILLING, action=translate("billing", "print deposit receipts"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.billing.deposit_receipt(deposit_id)
        if row is None:
            raise NotFound(translate("billing", DEPOSIT_GONE))
        subject = f"DEP-{row.id}"
        is_copy = uow.print_log.printed_before(DEPOSIT_RECEIPT, subject)
        zone = front_desk_settings(ctx, uow).zone
        hospital = uow.settings.read()
        logo = uow.settings.logo_image()
        taken_by = changed_by(ctx, uow, row.taken_by)
    change = None
    if tendered is not None and row.method == "cash":
        if tendered < row.amount:
            raise ValidationFailed({"tendered": translate("billing", "The cash handed over is less than the deposit.")})
        change = tendered - row.amount
    patient_name = display_name(row.family_name, row.given_name)
    data = DepositReceiptData(
        hospital_name=hospital.hospital_name, hospital_lines=(*hospital.address_lines, *hospital.contact_parts),
        tax_number=hospital.hospital_tax_number, receipt_number=subject,
        taken_at=format_date_time(to_hospital(row.taken_at, zone)), taken_by=taken_by,
        patient_name=patient_name, mrn=row.mrn, method=translate("billing", _METHODS[row.method]), amount=row.amount,
        reference=row.reference, tendered=tendered if change is not None else None, change=change,
        currency=hospital.currency, logo=logo)
    created = ctx.clock.now()
    title = translate("billing", "Deposit receipt {subject} — {patient_name}").format(
                subject=subject, patient_name=patient_name)
    marked = build_deposit_receipt(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=DEPOSIT_RECEIPT, subject=subject, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=DEPOSIT_RECEIPT, subject=subject, pdf=build_deposit_receipt(data, created=created),
                    is_copy=False, title=title, copy_pdf=marked)


def _payment_label(payment: PaymentDTO) -> str:
    label = translate("billing", _METHODS[payment.method]) + (f" {payment.reference}" if payment.reference else "")
    return translate("billing", "Refund ({label})").format(label=label) if payment.kind == "refund" else label


def _invoice_data(ctx: ServiceContext, uow: UnitOfWork, invoice: InvoiceDTO) -> InvoicePrintData:
    return invoice_print_data(invoice, uow.settings.read(), front_desk_settings(ctx, uow).zone,
                              uow.settings.logo_image())


def invoice_print_data(invoice: InvoiceDTO, settings: HospitalSettings, zone: tzinfo,
                       logo: bytes | None = None) -> InvoicePrintData:
    """What the A4 invoice shows of an issued invoice (also used by the batch print, billing.batch_print), in the
    hospital's currency, with its logo (``uow.settings.logo_image()``) when there is one."""
    assert invoice.number is not None and invoice.issued_at is not None  # checked by the caller
    return InvoicePrintData(
        # Phone and e-mail on lines of their own: a long e-mail address is never cut short.
        hospital_name=settings.hospital_name, hospital_lines=(*settings.address_lines, *settings.contact_parts),
        tax_number=settings.hospital_tax_number,
        number=invoice.number, issued_on=to_hospital(invoice.issued_at, zone).date(),
        patient_name=invoice.patient_name, mrn=invoice.mrn,
        lines=tuple(InvoicePrintLine(service_date=line.service_date, description=line.shown_description,
                                     quantity=line.quantity, unit_price=line.unit_price, discount=line.discount,
                                     tax_rate=line.tax_rate, line_total=line.line_total,
                                     discount_reason=line.discount_reason or "") for line in invoice.lines),
        bands=tuple((band.rate, band.base, band.tax) for band in invoice.tax_bands),
        subtotal=invoice.subtotal, discount=invoice.discount, tax=invoice.tax, total=invoice.total,
        credited=sum((note.total for note in invoice.credit_notes), ZERO),
        payments=tuple(InvoicePrintPayment(taken_on=to_hospital(p.taken_at, zone).date(), label=_payment_label(p),
                                           amount=p.signed_amount) for p in invoice.payments),
        paid=invoice.paid, balance=invoice.balance, status=invoice.payment_status,
        insurer=insurer_label(invoice), insurer_share=invoice.insurer_share, patient_share=invoice.patient_share,
        currency=settings.currency, logo=logo)


def insurer_label(invoice: InvoiceDTO) -> str:
    """"<payer> – <plan>, member <number>" for an invoice with a claim, "" otherwise."""
    if not invoice.insured:
        return ""
    return translate("billing", "{invoice_payer_name} – {invoice_plan_name}, member {invoice_member_number}").format(
               invoice_payer_name=invoice.payer_name, invoice_plan_name=invoice.plan_name,
               invoice_member_number=invoice.member_number)
