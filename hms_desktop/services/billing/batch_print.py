"""Batch printing of issued invoices to PDF files in a folder (issue 9, item 7), for the Billing tab's
"Print invoices…" dialog, run on the task runner with a progress bar and Cancel.

**One service call for the whole batch, in chunks.** ``write_invoice_pdfs`` takes the invoice ids and a folder
and works through them ``CHUNK`` at a time. Per chunk, one read-only transaction reads every row the PDFs show
with one statement per kind of row (heads with the patient, lines, per-line credited amounts, credit notes,
payments, the insurers' claims, and which were printed before), whatever the number of invoices: 1,000
invoices cost about 90 queries, not the ~7,000 that calling ``print_invoice`` per invoice would. Each invoice
is then built by ``use_cases.invoice_dto``, as ``invoice_of`` builds it: the same numbers and the same split.
The PDFs are built and written outside any transaction (no
connection is held while reportlab works), and the prints of the chunk are logged in one short write
transaction, after their files exist. A one-call-per-invoice loop in the dialog would have been simpler, but it
would cost a round of queries and a transaction per invoice and would make the dialog own the batching; a
generator would have held a read transaction open across the whole batch, so Cancel would have had to close it
from another thread.

**Progress and Cancel.** The caller passes anything with ``cancelled`` and ``progress(percent, message)``
(``ui.tasks.TaskControl``); Cancel is looked at before every invoice, so it stops within one PDF (a few tens of
ms). What was written before stays written and logged; ``BatchResult`` says how many.

**COPY, as the single print.** An invoice whose number ``print_log`` already holds is written marked COPY and
logged ``is_copy``; otherwise it is the original and logged as one. A file of the same name in the folder is
replaced (it is the same invoice, its newest state).
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.names import display_name
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_number
from hms_desktop.i18n import translate
from hms_desktop.printing.invoice import InvoicePrintData, build_invoice
from hms_desktop.services.billing import claims as insurance_claims
from hms_desktop.services.billing.dtos import InvoiceDTO
from hms_desktop.services.billing.printing import INVOICE, invoice_print_data
from hms_desktop.services.billing.use_cases import invoice_dto
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, ValidationFailed, user_facing_errors
from hms_desktop.services.hospital_clock import from_hospital, to_hospital
from hms_desktop.services.patients.front_desk import front_desk_settings
from hms_desktop.services.printing import destination_text

CHUNK = 100
BATCH_MAX = 5000  # invoices in one batch: a longer period is printed in parts
PERIOD_MAX_DAYS = 366


class BatchControl(Protocol):
    """What the batch needs from its caller (``ui.tasks.TaskControl`` has it)."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, percent: int, message: str = "") -> None: ...


@dataclass(frozen=True, slots=True)
class BatchInvoice:
    """One issued invoice as the batch dialog lists it."""

    id: int
    number: str
    issued_on: date  # the hospital's day
    patient_name: str
    mrn: str
    total: Decimal


@dataclass(frozen=True, slots=True)
class BatchResult:
    requested: int
    written: int  # PDFs written and logged
    copies: int  # of them, reprints marked COPY
    skipped: int  # ids that were not (or no longer) issued invoices
    cancelled: bool
    folder: str
    files: tuple[str, ...]  # file names written, in order


def issued_invoices(ctx: ServiceContext, first_day: date, last_day: date, patient_id: int | None = None
                    ) -> tuple[BatchInvoice, ...]:
    """Issued invoices whose issue day (the hospital's) is from ``first_day`` to ``last_day``, both included,
    of one patient if given, oldest first; at most ``BATCH_MAX`` (more is refused: choose a shorter period)."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "print invoices"))
    if last_day < first_day:
        raise ValidationFailed({"period": translate("billing", "The last day is before the first day.")})
    if (last_day - first_day).days >= PERIOD_MAX_DAYS:
        raise ValidationFailed({"period": translate("billing", "Choose at most {period_max_days} days at a "
                                                               "time.").format(period_max_days=PERIOD_MAX_DAYS)})
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        zone = front_desk_settings(ctx, uow).zone
        rows = uow.billing_print.issued_between(from_hospital(first_day, time(), zone),
                                                from_hospital(last_day + timedelta(days=1), time(), zone),
                                                patient_id, BATCH_MAX + 1)
    if len(rows) > BATCH_MAX:
        raise ValidationFailed({"period": translate("billing", "More than {limit} invoices were issued in that "
                                                               "period; choose fewer days.").format(
                                                    limit=format_number(BATCH_MAX))})
    return tuple(BatchInvoice(id=row.id, number=row.number, issued_on=to_hospital(row.issued_at, zone).date(),
                              patient_name=display_name(row.family_name, row.given_name), mrn=row.mrn,
                              total=row.total) for row in rows)


def write_invoice_pdfs(ctx: ServiceContext, invoice_ids: Sequence[int], folder: str | Path,
                       control: BatchControl | None = None) -> BatchResult:
    """Write each issued invoice of ``invoice_ids`` to ``folder/<number>.pdf``, log each print, and stop early
    when ``control.cancelled``. See the module docstring."""
    ctx.require(Group.BILLING, Group.ADMIN, action=translate("billing", "print invoices"))
    wanted = list(dict.fromkeys(invoice_ids))
    if not wanted:
        raise ValidationFailed({"invoices": translate("billing", "Choose at least one invoice.")})
    if len(wanted) > BATCH_MAX:
        raise ValidationFailed({"invoices": translate("billing", "Print at most {limit} invoices at a time.").format(
                                                limit=format_number(BATCH_MAX))})
    target = Path(folder)
    if not target.is_dir():
        raise ValidationFailed({"folder": translate("billing", "Choose a folder that exists.")})
    if not os.access(target, os.W_OK):
        raise ValidationFailed({"folder": translate("billing", "This folder cannot be written to; choose another "
                                                               "one.")})
    files: list[str] = []
    copies = skipped = 0
    cancelled = False
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        with user_facing_errors(), ctx.uow(read_only=True) as uow:
            jobs = _chunk_invoices(ctx, uow, chunk)
        skipped += len(chunk) - len(jobs)
        logged: list[tuple[str, bool, str]] = []
        name = ""
        try:
            for invoice, data, is_copy in jobs:
                if control is not None and control.cancelled:
                    cancelled = True
                    break
                assert invoice.number is not None
                path = target / f"{invoice.number}.pdf"
                name = path.name
                _write_atomically(path, build_invoice(data, copy=is_copy, created=ctx.clock.now()))
                files.append(path.name)
                copies += is_copy
                logged.append((invoice.number, is_copy, destination_text(str(path))))
                if control is not None:
                    done = len(files) + skipped
                    control.progress(done * 100 // len(wanted), translate("billing", "{files_count} of "
                                                                                     "{wanted_count} written").format(
                                     files_count=format_number(len(files)), wanted_count=format_number(len(wanted))))
        except OSError as error:
            _log(ctx, logged)
            raise Conflict(translate("billing", "Could not write {name} ({strerror}). {files_count} of "
                                                "{wanted_count} invoices were written before that.").format(
                               name=name, strerror=error.strerror or error, files_count=format_number(len(files)),
                               wanted_count=format_number(len(wanted)))) from error
        _log(ctx, logged)
        if cancelled:
            break
    return BatchResult(requested=len(wanted), written=len(files), copies=copies, skipped=skipped,
                       cancelled=cancelled, folder=str(target), files=tuple(files))


def _log(ctx: ServiceContext, prints: list[tuple[str, bool, str]]) -> None:
    if not prints:
        return
    with user_facing_errors(), ctx.uow() as uow:
        uow.billing_print.record_prints(INVOICE, prints)
        uow.commit()


def _write_atomically(path: Path, pdf: bytes) -> None:
    """A half-written file is never left under the invoice's name (a full disk, a cancelled batch)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".pdf.part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _chunk_invoices(ctx: ServiceContext, uow: UnitOfWork, ids: Sequence[int]
                    ) -> list[tuple[InvoiceDTO, InvoicePrintData, bool]]:
    """(invoice, print data, printed before) for the issued invoices among ``ids``, in the order asked."""
    repo = uow.billing_print
    heads = {row.id: row for row in repo.heads(ids)}
    found = [heads[i] for i in ids if i in heads]
    if not found:
        return []
    present = [row.id for row in found]
    lines: dict[int, list[Any]] = defaultdict(list)
    for row in repo.lines(present):
        lines[row.invoice_id].append(row)
    notes: dict[int, list[Any]] = defaultdict(list)
    for row in repo.credit_notes(present):
        notes[row.invoice_id].append(row)
    payments: dict[int, list[Any]] = defaultdict(list)
    for row in repo.payments(present):
        payments[row.invoice_id].append(row)
    credited: dict[int, dict[int, Any]] = defaultdict(dict)
    for row in repo.credited(present):
        credited[row.invoice_id][row.invoice_line_id] = row.credited
    # The insurer's split, as invoice_of shows it (one statement for the chunk's claims).
    shares = insurance_claims.many_invoice_shares(uow, {row.id: row.total for row in found})
    printed = repo.printed_before(INVOICE, [row.number for row in found])
    settings = uow.settings.read()
    logo = uow.settings.logo_image()
    zone = front_desk_settings(ctx, uow).zone
    result = []
    for head in found:
        invoice = invoice_dto(head, lines[head.id], credited[head.id], notes[head.id], payments[head.id],
                              shares=shares[head.id])
        result.append((invoice, invoice_print_data(invoice, settings, zone, logo), head.number in printed))
    return result
