"""Cash shifts, the Z-report and the day's revenue (issue 9, item 8; migration 0022_cash_shifts;
docs/architecture.md "Cash shifts and the daily revenue (migration 0022)").

A clerk (billing or reception) opens a shift with the float in the drawer; from then on every payment and
deposit they take names the shift (the database sets it), and cash without an open shift is refused by the
database ("Open your cash shift first (Billing > My shift)."). At the close the clerk counts the drawer; the
database computes the expected cash (float + cash taken - cash paid back) and the difference, which needs a
note when it is not zero, and from then on the shift never changes. Administrators read every shift and the
day's revenue. One use case is one service call and one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from hms_desktop.domain.billing import ZERO, money
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.settings import CurrencyFormat
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_date, format_date_time, format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.printing.revenue_report import RevenueReportData, RevenueRow, build_revenue_report
from hms_desktop.printing.z_report import ZLine, ZReportData, build_z_report
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import from_hospital, to_hospital
from hms_desktop.services.patients.front_desk import front_desk_settings
from hms_desktop.services.printing import PrintJob

Z_REPORT = "z_report"
REVENUE_REPORT = "revenue_report"
SHIFT_GONE = QT_TRANSLATE_NOOP("billing", "This cash shift does not exist, or it is not yours.")
NOTE_MAX = 500
MY_SHIFTS_LIMIT = 50
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("services", "Cash"),
    "card": QT_TRANSLATE_NOOP("services", "Card"),
    "transfer": QT_TRANSLATE_NOOP("services", "Bank transfer"),
    "insurance": QT_TRANSLATE_NOOP("services", "Insurance"),
    "deposit": QT_TRANSLATE_NOOP("services", "Deposit applied"),
}


@dataclass(frozen=True, slots=True)
class ShiftDTO:
    id: int
    staff_id: int
    username: str
    staff_name: str
    opened_at: datetime
    opening_float: Decimal
    closed_at: datetime | None = None
    counted_cash: Decimal | None = None
    expected_cash: Decimal | None = None
    difference: Decimal | None = None
    note: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class MethodTotal:
    method: str  # cash, card, transfer, insurance, deposit (a deposit applied to an invoice)
    items: int
    amount: Decimal

    @property
    def label(self) -> str:
        return translate("services", METHOD_LABELS[self.method]) if self.method in METHOD_LABELS else self.method


@dataclass(frozen=True, slots=True)
class ShiftSummary:
    """What a shift took, by method, and the cash the drawer should hold: float + cash in - cash refunds,
    where cash in is cash payments and cash deposits."""

    shift: ShiftDTO
    payments: tuple[MethodTotal, ...]
    refunds: tuple[MethodTotal, ...]
    deposits: tuple[MethodTotal, ...]
    cash_in: Decimal
    cash_refunds: Decimal
    expected_cash: Decimal

    def difference_if(self, counted: Decimal) -> Decimal:
        """The difference the close would record for ``counted`` (what the close dialog shows as typed)."""
        return counted - self.expected_cash


@dataclass(frozen=True, slots=True)
class ClerkRevenue:
    username: str
    name: str
    payments: Decimal
    refunds: Decimal
    deposits: Decimal
    cash_net: Decimal


@dataclass(frozen=True, slots=True)
class DailyRevenue:
    """One day on the hospital's wall clock, midnight to midnight."""

    day: date
    invoiced_count: int
    invoiced: Decimal
    credited_count: int
    credited: Decimal
    taken: tuple[MethodTotal, ...]
    refunds: tuple[MethodTotal, ...]
    deposits: tuple[MethodTotal, ...]
    clerks: tuple[ClerkRevenue, ...]
    shifts: tuple[ShiftDTO, ...]  # closed that day

    @property
    def taken_total(self) -> Decimal:
        return sum((m.amount for m in self.taken), ZERO)

    @property
    def refunded_total(self) -> Decimal:
        return sum((m.amount for m in self.refunds), ZERO)

    @property
    def deposits_total(self) -> Decimal:
        return sum((m.amount for m in self.deposits), ZERO)

    @property
    def net_takings(self) -> Decimal:
        """Money in less money paid back; deposits applied to invoices are not new money and are left out."""
        new_money = sum((m.amount for m in self.taken if m.method != "deposit"), ZERO)
        return new_money - self.refunded_total + self.deposits_total


# --- use cases ---

def open_shift(ctx: ServiceContext, opening_float: Decimal | str) -> ShiftDTO:
    """Open the caller's cash shift with the float counted into the drawer (zero is fine)."""
    ctx.require(Group.BILLING, Group.RECEPTION, action=translate("billing", "open a cash shift"))
    value = _money(opening_float, "opening_float", translate("billing", "Enter the float in the drawer, like 100.00 (0 "
                                                                        "if none)."))
    with user_facing_errors(), ctx.uow() as uow:
        current = uow.shifts.current()
        if current is not None:
            raise Conflict(translate("billing", "You already have a cash shift open (since {when}); close it "
                                                "first.").format(when=_when(ctx, uow, current.opened_at)))
        shift_id = uow.shifts.open(value)
        result = _shift_of(uow, shift_id)
        uow.commit()
    return result


def current_shift(ctx: ServiceContext) -> ShiftDTO | None:
    """The caller's open shift, or None."""
    ctx.require(Group.BILLING, Group.RECEPTION, action=translate("billing", "keep a cash shift"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        row = uow.shifts.current()
        return _shift_dto(row) if row is not None else None


def my_shifts(ctx: ServiceContext, limit: int = MY_SHIFTS_LIMIT) -> tuple[ShiftDTO, ...]:
    """The caller's shifts, newest first (the open one, if any, first)."""
    ctx.require(Group.BILLING, Group.RECEPTION, action=translate("billing", "keep a cash shift"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_shift_dto(row) for row in uow.shifts.mine(limit))


def shift_summary(ctx: ServiceContext, shift_id: int) -> ShiftSummary:
    """Payments and refunds by method, deposits, and the cash expected in the drawer, for the shift's own
    person or an administrator."""
    ctx.require(Group.BILLING, Group.RECEPTION, Group.ADMIN, action=translate("billing", "read cash shifts"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _summary(uow, _shift_of(uow, shift_id))


def close_shift(ctx: ServiceContext, shift_id: int, counted_cash: Decimal | str, note: str | None = None) -> ShiftDTO:
    """Close the caller's shift with the cash counted. The database computes the expected cash and the
    difference; a difference other than zero needs a note. A closed shift never changes."""
    ctx.require(Group.BILLING, Group.RECEPTION, action=translate("billing", "close a cash shift"))
    counted = _money(counted_cash, "counted_cash", translate("billing", "Enter the cash counted in the drawer, like "
                                                                        "245.50."))
    text = " ".join(note.split()) if note else None
    if text and len(text) > NOTE_MAX:
        raise ValidationFailed({"note": translate("billing", "The note has at most {limit} characters.").format(
                                            limit=NOTE_MAX)})
    with user_facing_errors(), ctx.uow() as uow:
        shift = _shift_of(uow, shift_id)
        if not shift.is_open:
            raise Conflict(translate("billing", "This cash shift is already closed; a closed shift and its Z-report "
                                                "never change."))
        if shift.staff_id != ctx.user.staff_id:
            raise PermissionDenied(translate("billing", "Only the person who opened a cash shift closes it."))
        expected = _summary(uow, shift).expected_cash
        if counted != expected and not text:
            difference = counted - expected
            raise ValidationFailed({"note": translate("billing", "The cash counted differs from the {expected} "
                                                                 "expected by {value}; say why in a note.").format(
                expected=format_number(expected, 2),
                value=("+" if difference > 0 else "-") + format_number(abs(difference), 2))})
        uow.shifts.close(shift_id, counted, text)
        result = _shift_of(uow, shift_id)
        uow.commit()
    return result


def print_z_report(ctx: ServiceContext, shift_id: int) -> PrintJob:
    """The Z-report of a closed shift on the 80 mm receipt printer; a reprint says COPY."""
    ctx.require(Group.BILLING, Group.RECEPTION, Group.ADMIN, action=translate("billing", "print Z-reports"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        shift = _shift_of(uow, shift_id)
        if shift.is_open or shift.closed_at is None:
            raise Conflict(translate("billing", "Close the shift first: the Z-report is the count at its close."))
        summary = _summary(uow, shift)
        subject = f"Z-{shift.id}"
        is_copy = uow.print_log.printed_before(Z_REPORT, subject)
        zone = front_desk_settings(ctx, uow).zone
        settings = uow.settings.read()
    hospital = settings.hospital_name
    assert shift.counted_cash is not None and shift.expected_cash is not None and shift.difference is not None
    created = ctx.clock.now()
    data = ZReportData(
        hospital_name=hospital, report_number=subject, clerk_name=shift.staff_name,
        clerk_username=shift.username,
        opened_at=format_date_time(to_hospital(shift.opened_at, zone)),
        closed_at=format_date_time(to_hospital(shift.closed_at, zone)), opening_float=shift.opening_float,
        payments=_z_lines(summary.payments), refunds=_z_lines(summary.refunds), deposits=_z_lines(summary.deposits),
        cash_in=summary.cash_in, cash_refunds=summary.cash_refunds, expected_cash=shift.expected_cash,
        counted_cash=shift.counted_cash, difference=shift.difference, note=shift.note,
        printed_at=format_date_time(to_hospital(created, zone)), currency=settings.currency)
    title = translate("billing", "Z-report {subject} — {shift_staff_name}").format(
                subject=subject, shift_staff_name=shift.staff_name)
    marked = build_z_report(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=Z_REPORT, subject=subject, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=Z_REPORT, subject=subject, pdf=build_z_report(data, created=created), is_copy=False,
                    title=title, copy_pdf=marked)


def daily_revenue(ctx: ServiceContext, day: date) -> DailyRevenue:
    """The day's revenue for administrators: invoiced, credited, money taken by method, refunds, deposits,
    per clerk, and the shifts closed that day. The day is midnight to midnight in the hospital's zone."""
    ctx.require(Group.ADMIN, action=translate("billing", "read the daily revenue"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        start, end = _day_bounds(day, front_desk_settings(ctx, uow).zone)
        invoiced = uow.shifts.invoiced(start, end)
        credited = uow.shifts.credited(start, end)
        rows = uow.shifts.money_taken(start, end)
        clerks = tuple(ClerkRevenue(username=row.taken_by, name=row.full_name or row.taken_by,
                                    payments=Decimal(row.payments), refunds=Decimal(row.refunds),
                                    deposits=Decimal(row.deposits), cash_net=Decimal(row.cash_net))
                       for row in uow.shifts.per_clerk(start, end))
        shifts = tuple(_shift_dto(row) for row in uow.shifts.closed_between(start, end))
    payments, refunds, deposits = _grouped(rows)
    return DailyRevenue(day=day, invoiced_count=int(invoiced.items), invoiced=Decimal(invoiced.amount),
                        credited_count=int(credited.items), credited=Decimal(credited.amount), taken=payments,
                        refunds=refunds, deposits=deposits, clerks=clerks, shifts=shifts)


def revenue_rows(revenue: DailyRevenue, currency: CurrencyFormat | None = None) -> list[tuple[str, str, str]]:
    """The summary as (section, item, amount) rows, in the order the page, the CSV and the printout show it.
    Without ``currency`` the amounts are bare numbers (the CSV, for a spreadsheet); with it, written in the
    hospital's currency (the printout)."""
    def written(value: Decimal, *, signed: bool = False) -> str:
        if currency is None:
            return f"{value:+.2f}" if signed else f"{value:.2f}"
        return currency.format(value, signed=signed)

    invoiced, credited = revenue.invoiced_count, revenue.credited_count
    rows: list[tuple[str, str, str]] = [
        (translate("billing", "Invoiced"),
         plural(invoiced, translate("billing", "%n issued invoice", None, invoiced),
                translate("billing", "%n issued invoices", None, invoiced)),
         written(revenue.invoiced)),
        (translate("billing", "Credited"),
         plural(credited, translate("billing", "%n credit note", None, credited),
                translate("billing", "%n credit notes", None, credited)),
         written(revenue.credited))]
    for section, totals in ((translate("billing", "Taken"), revenue.taken),
                            (translate("billing", "Refunds"), revenue.refunds),
                            (translate("billing", "Deposits"), revenue.deposits)):
        rows += [(section, f"{m.label} ({m.items})", written(m.amount)) for m in totals]
    rows.append((translate("billing", "Net takings"),
                 translate("billing", "Taken (deposits applied left out) - refunds + deposits"),
                 written(revenue.net_takings)))
    for clerk in revenue.clerks:
        rows.append((translate("billing", "Clerk"),
                     translate("billing", "{clerk_name}: payments {written}, refunds {written2}, deposits "
                                          "{written3}").format(
                         clerk_name=clerk.name, written=written(clerk.payments), written2=written(clerk.refunds),
                         written3=written(clerk.deposits)),
                     written(clerk.cash_net)))
    for shift in revenue.shifts:
        assert shift.difference is not None
        rows.append((translate("billing", "Shift closed"),
                     f"Z-{shift.id} {shift.staff_name}" + (f": {shift.note}" if shift.note else ""),
                     written(shift.difference, signed=True)))
    return rows


def revenue_csv(revenue: DailyRevenue) -> str:
    """The summary as CSV (a header row, then ``revenue_rows``), for a spreadsheet. A clerk's amount is their
    net cash; a shift's is its difference."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["day", "section", "item", "amount"])
    for section, item, value in revenue_rows(revenue):
        writer.writerow([revenue.day.isoformat(), section, _csv_safe(item), value])
    return buffer.getvalue()


def print_daily_revenue(ctx: ServiceContext, day: date) -> PrintJob:
    """The day's revenue on A4 (an office report, filed with the day's Z-reports); a reprint says COPY."""
    revenue = daily_revenue(ctx, day)
    subject = day.isoformat()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        is_copy = uow.print_log.printed_before(REVENUE_REPORT, subject)
        settings = uow.settings.read()
        logo = uow.settings.logo_image()
        zone = front_desk_settings(ctx, uow).zone
    created = ctx.clock.now()
    data = RevenueReportData(hospital_name=settings.hospital_name, day=day,
                             rows=tuple(RevenueRow(*row) for row in revenue_rows(revenue, settings.currency)),
                             printed_at=format_date_time(to_hospital(created, zone)),
                             currency_code=settings.currency_code,
                             logo=logo)
    title = translate("billing", "Daily revenue {day}").format(day=format_date(day))
    marked = build_revenue_report(data, copy=True, created=created)
    if is_copy:
        return PrintJob(document=REVENUE_REPORT, subject=subject, pdf=marked, is_copy=True, title=title)
    return PrintJob(document=REVENUE_REPORT, subject=subject, pdf=build_revenue_report(data, created=created),
                    is_copy=False, title=title, copy_pdf=marked)


# --- helpers ---

def _money(value: Decimal | str, field: str, message: str) -> Decimal:
    if isinstance(value, str) and not value.strip():
        raise ValidationFailed({field: message})
    try:
        return money(value, field=field)
    except ValidationError:
        raise ValidationFailed({field: message}) from None


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet would run as a formula (a note starting with "=") is kept as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    return from_hospital(day, time(0), zone), from_hospital(day + timedelta(days=1), time(0), zone)


def _when(ctx: ServiceContext, uow: Any, instant: datetime) -> str:
    return format_date_time(to_hospital(instant, front_desk_settings(ctx, uow).zone))


def _shift_dto(row: Any) -> ShiftDTO:
    return ShiftDTO(id=row.id, staff_id=row.staff_id, username=row.username, staff_name=row.full_name,
                    opened_at=row.opened_at, opening_float=row.opening_float, closed_at=row.closed_at,
                    counted_cash=row.counted_cash, expected_cash=row.expected_cash, difference=row.difference,
                    note=row.note)


def _shift_of(uow: Any, shift_id: int) -> ShiftDTO:
    row = uow.shifts.shift(shift_id)
    if row is None:
        raise NotFound(translate("billing", SHIFT_GONE))
    return _shift_dto(row)


def _grouped(rows: Iterable[Any]) -> tuple[tuple[MethodTotal, ...], tuple[MethodTotal, ...], tuple[MethodTotal, ...]]:
    """Split (source, kind, method, items, amount) rows into payments, refunds and deposits."""
    payments: list[MethodTotal] = []
    refunds: list[MethodTotal] = []
    deposits: list[MethodTotal] = []
    order = list(METHOD_LABELS)
    for row in rows:
        total = MethodTotal(method=row.method, items=int(row.items), amount=Decimal(row.amount))
        (deposits if row.source == "deposit" else refunds if row.kind == "refund" else payments).append(total)

    def ordered(items: list[MethodTotal]) -> tuple[MethodTotal, ...]:
        return tuple(sorted(items, key=lambda m: order.index(m.method) if m.method in order else len(order)))

    return ordered(payments), ordered(refunds), ordered(deposits)


def _cash(totals: Sequence[MethodTotal]) -> Decimal:
    return sum((m.amount for m in totals if m.method == "cash"), ZERO)


def _summary(uow: Any, shift: ShiftDTO) -> ShiftSummary:
    payments, refunds, deposits = _grouped(uow.shifts.totals(shift.id))
    cash_in = _cash(payments) + _cash(deposits)
    cash_refunds = _cash(refunds)
    return ShiftSummary(shift=shift, payments=payments, refunds=refunds, deposits=deposits, cash_in=cash_in,
                        cash_refunds=cash_refunds, expected_cash=shift.opening_float + cash_in - cash_refunds)


def _z_lines(totals: Sequence[MethodTotal]) -> tuple[ZLine, ...]:
    return tuple(ZLine(label=f"{m.label} ({m.items})", amount=m.amount) for m in totals)
