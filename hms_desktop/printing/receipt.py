"""Receipts for 80 mm thermal printers (issue 9, item 7): a payment receipt (the hospital, the payment: amount,
method, cash handed over and change, card reference; the invoice it was taken on, and the balance left) and a
deposit receipt (the deposit taken for a patient before there is an invoice). The page is 80 mm wide and as
long as its content; a reprint says COPY. reportlab only (no Qt)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from reportlab.lib.units import mm

from hms_desktop.domain.billing import payment_status_words
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.i18n import translate
from hms_desktop.printing.invoice import PLAIN, amount, fit_line
from hms_desktop.printing.layout import (
    RECEIPT_WIDTH,
    copy_title,
    draw_copy_tag,
    draw_logo,
    draw_text,
    fonts,
    logo_size,
    new_canvas,
)

_MARGIN = 4 * mm
_ROW = 4.6 * mm
_IDENTITY_ROW = 3.4 * mm
# A receipt is the patient's proof of payment, so it carries the logo, small: 12 mm high at most, centred above
# the name (a thermal printer dithers an image; a big one wastes paper and prints slowly).
RECEIPT_LOGO_MAX = (40 * mm, 12 * mm)


@dataclass(frozen=True, slots=True)
class ReceiptData:
    hospital_name: str
    receipt_number: str  # "<invoice number>/<payment id>"
    taken_at: str  # already in the hospital's time, formatted
    taken_by: str
    patient_name: str
    mrn: str
    invoice_number: str
    kind: str  # "payment" or "refund"
    method: str
    amount: Decimal
    tendered: Decimal | None
    change: Decimal | None
    reference: str | None
    invoice_total: Decimal
    balance: Decimal
    status: str
    # The hospital's address and contact lines and its tax number, from the settings ("" / (): not printed).
    hospital_lines: tuple[str, ...] = ()
    tax_number: str = ""
    # The insurer's share of the invoice (claim made at issue; 0.00: none): ``balance`` is then the patient's.
    insurer_share: Decimal = Decimal(0)
    currency: CurrencyFormat = PLAIN
    logo: bytes | None = None

    @property
    def identity_lines(self) -> tuple[str, ...]:
        return (*self.hospital_lines, *((translate("printing", "Tax number {tax_number}").format(
                                             tax_number=self.tax_number),) if self.tax_number else ()))


def receipt_rows(data: ReceiptData) -> list[tuple[str, str, bool]]:
    """(label, value, bold) rows, top to bottom, after the title."""
    rows: list[tuple[str, str, bool]] = [
        (translate("printing", "Receipt"), data.receipt_number, True),
        (translate("printing", "Date"), data.taken_at, False),
        (translate("printing", "Patient"), data.patient_name, False),
        (translate("printing", "MRN"), data.mrn, False),
        (translate("printing", "Invoice"), data.invoice_number, False),
        (translate("printing", "Invoice total"), amount(data.invoice_total, data.currency), False),
        (translate("printing", "Refunded") if data.kind == "refund" else translate("printing", "Paid"),
         amount(data.amount, data.currency), True),
        (translate("printing", "Method"), data.method.capitalize(), False)]
    if data.reference:
        rows.append((translate("printing", "Reference"), data.reference, False))
    if data.tendered is not None:
        rows.append((translate("printing", "Cash tendered"), amount(data.tendered, data.currency), False))
    if data.change is not None:
        rows.append((translate("printing", "Change"), amount(data.change, data.currency), True))
    if data.insurer_share:
        rows.append((translate("printing", "Insurer's share"), amount(data.insurer_share, data.currency), False))
    label = translate("printing", "Your balance") if data.insurer_share else translate("printing", "Balance")
    rows += [(translate("printing", "{label} ({status})").format(label=label, status=payment_status_words(data.status)),
              amount(data.balance, data.currency), True),
             (translate("printing", "Taken by"), data.taken_by, False)]
    return rows


def build_receipt(data: ReceiptData, *, copy: bool = False, created: datetime | None = None) -> bytes:
    return _draw(hospital_name=data.hospital_name, identity=data.identity_lines, number=data.receipt_number,
                 heading=(translate("printing", "REFUND RECEIPT") if data.kind == "refund"
                          else translate("printing", "PAYMENT RECEIPT")), rows=receipt_rows(data),
                 copy=copy, created=created, logo=data.logo)


@dataclass(frozen=True, slots=True)
class DepositReceiptData:
    """A deposit taken for a patient before there is an invoice (issue 9: deposits on admission). The cash
    handed over and the change are known only when the receipt is printed as the deposit is taken (the
    ``deposit`` table keeps no tendered amount); a later reprint leaves them out."""

    hospital_name: str
    receipt_number: str  # "DEP-<deposit id>"
    taken_at: str  # already in the hospital's time, formatted
    taken_by: str
    patient_name: str
    mrn: str
    method: str
    amount: Decimal
    reference: str | None
    tendered: Decimal | None = None
    change: Decimal | None = None
    hospital_lines: tuple[str, ...] = ()
    tax_number: str = ""
    currency: CurrencyFormat = PLAIN
    logo: bytes | None = None

    @property
    def identity_lines(self) -> tuple[str, ...]:
        return (*self.hospital_lines, *((translate("printing", "Tax number {tax_number}").format(
                                             tax_number=self.tax_number),) if self.tax_number else ()))


def deposit_receipt_rows(data: DepositReceiptData) -> list[tuple[str, str, bool]]:
    rows: list[tuple[str, str, bool]] = [
        (translate("printing", "Receipt"), data.receipt_number, True),
        (translate("printing", "Date"), data.taken_at, False),
        (translate("printing", "Patient"), data.patient_name, False),
        (translate("printing", "MRN"), data.mrn, False),
        (translate("printing", "Deposit"), amount(data.amount, data.currency), True),
        (translate("printing", "Method"), data.method.capitalize(), False)]
    if data.reference:
        rows.append((translate("printing", "Reference"), data.reference, False))
    if data.tendered is not None:
        rows.append((translate("printing", "Cash tendered"), amount(data.tendered, data.currency), False))
    if data.change is not None:
        rows.append((translate("printing", "Change"), amount(data.change, data.currency), True))
    rows += [(translate("printing", "Held until"), translate("printing", "applied to an invoice"), False),
             (translate("printing", "Taken by"), data.taken_by, False)]
    return rows


def build_deposit_receipt(data: DepositReceiptData, *, copy: bool = False, created: datetime | None = None) -> bytes:
    return _draw(hospital_name=data.hospital_name, identity=data.identity_lines, number=data.receipt_number,
                 heading=translate("printing", "DEPOSIT RECEIPT"), rows=deposit_receipt_rows(data), copy=copy,
                 created=created,
                 logo=data.logo)


def _draw(*, hospital_name: str, identity: tuple[str, ...], number: str, heading: str,
          rows: list[tuple[str, str, bool]], copy: bool, created: datetime | None, logo: bytes | None) -> bytes:
    _, logo_height = logo_size(logo, max_width=RECEIPT_LOGO_MAX[0], max_height=RECEIPT_LOGO_MAX[1])
    logo_room = logo_height + 2 * mm if logo_height else 0
    height = (2 * _MARGIN + 12 * mm + len(identity) * _IDENTITY_ROW + len(rows) * _ROW + (14 * mm if copy else 0)
              + 8 * mm + logo_room)
    buffer = io.BytesIO()
    title = copy_title(translate("printing", "Receipt {number}").format(number=number), copy)
    canvas = new_canvas(buffer, page_size=(RECEIPT_WIDTH, height), title=title, created=created or datetime.now(UTC))
    canvas.setSubject("Receipt")
    regular, bold = fonts().regular, fonts().bold
    middle, right = RECEIPT_WIDTH / 2, RECEIPT_WIDTH - _MARGIN
    if logo_room:
        draw_logo(canvas, logo, middle, height - _MARGIN, max_width=RECEIPT_LOGO_MAX[0],
                  max_height=RECEIPT_LOGO_MAX[1], align="centre")
    y = height - _MARGIN - 4 * mm - logo_room
    draw_text(canvas, middle, y, fit_line(hospital_name, bold, 10.5, RECEIPT_WIDTH - 2 * _MARGIN), font=bold,
              size=10.5, align="centre")
    for line in identity:
        y -= _IDENTITY_ROW
        draw_text(canvas, middle, y, fit_line(line, regular, 7, RECEIPT_WIDTH - 2 * _MARGIN), font=regular, size=7,
                  align="centre")
    y -= 6 * mm
    draw_text(canvas, middle, y, heading, font=bold, size=9.5, align="centre")
    y -= 2 * mm
    if copy:
        draw_copy_tag(canvas, middle - 14 * mm, y - 11 * mm, 28 * mm, 10 * mm)
        y -= 14 * mm
    y -= _ROW
    for label, value, strong in rows:
        font = bold if strong else regular
        draw_text(canvas, _MARGIN, y, label, font=font, size=8.5)
        draw_text(canvas, right, y, fit_line(value, font, 8.5, 44 * mm), font=font, size=8.5, align="right")
        y -= _ROW
    draw_text(canvas, middle, _MARGIN + 1 * mm, translate("printing", "Thank you"), font=regular, size=8.5,
              align="centre")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
