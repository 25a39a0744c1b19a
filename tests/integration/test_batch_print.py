"""Batch printing of issued invoices to PDF files (issue 9, item 7): the invoices of a period (one patient's if
asked), every PDF written, read back and logged, a reprint marked COPY as the single print does, Cancel
stopping at the next invoice with what was written kept and logged, and the data read in a few statements per
chunk whatever the number of invoices."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from factories import new_patient
from sqlalchemy import event, text

from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, printing
from hms_desktop.services.billing import ManualLine, batch_print
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import PermissionDenied, ValidationFailed
from hms_desktop.ui.tasks import TaskControl

D = Decimal


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


def issue(clerk: ServiceContext, patient: int, amount: str = "12.50") -> billing.InvoiceDTO:
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Dressing pack", D(1), D(amount), D(20)),
                                                              ManualLine("Consultation", D(1), D("80.00"), D(0))])
    return billing.issue_invoice(clerk, draft.id)


def pdf_words(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def logged(database, numbers: list[str]) -> list[tuple[str, bool, str]]:
    with database.owner.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(
            "SELECT subject, is_copy, destination FROM print_log WHERE document = 'invoice' "
            "AND subject = ANY(:n) ORDER BY id"), {"n": numbers})]


@contextlib.contextmanager
def statements_of(ctx: ServiceContext) -> Iterator[list[str]]:
    sent: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)


def test_the_invoices_of_a_period_and_of_one_patient_are_listed(database, clerk) -> None:
    first, second = new_patient(database), new_patient(database)
    mine = [issue(clerk, first), issue(clerk, second), issue(clerk, first)]
    draft = billing.create_draft_invoice(clerk, first, [], [ManualLine("Not issued", D(1), D("1.00"), D(0))])
    today = date.today()
    listed = batch_print.issued_invoices(clerk, today - timedelta(days=1), today + timedelta(days=1))
    assert {i.id for i in mine} <= {i.id for i in listed} and draft.id not in {i.id for i in listed}
    only = batch_print.issued_invoices(clerk, today - timedelta(days=1), today + timedelta(days=1), first)
    assert [i.number for i in only] == [mine[0].number, mine[2].number]
    assert only[0].total == D("95.00") and only[0].mrn and only[0].patient_name.startswith("TESTFAMILY")
    assert batch_print.issued_invoices(clerk, today + timedelta(days=2), today + timedelta(days=3), first) == ()
    with pytest.raises(ValidationFailed, match="before the first"):
        batch_print.issued_invoices(clerk, today, today - timedelta(days=1))


def test_a_batch_writes_every_pdf_logs_it_and_marks_a_reprint_copy(database, clerk, tmp_path) -> None:
    patient = new_patient(database)
    invoices = [issue(clerk, patient, amount) for amount in ("10.00", "20.00", "30.00")]
    billing.take_payment(clerk, invoices[1].id, "card", D("50.00"), reference="TRM-9")
    printing.log_print(clerk, billing.print_invoice(clerk, invoices[2].id), "Office printer")  # printed before
    control = TaskControl()
    reports: list[int] = []
    control._reporter = lambda pct, _msg: reports.append(pct)
    result = batch_print.write_invoice_pdfs(clerk, [i.id for i in invoices], tmp_path, control)
    numbers = [i.number or "" for i in invoices]
    assert (result.requested, result.written, result.copies, result.skipped, result.cancelled) == (3, 3, 1, 0, False)
    assert result.files == tuple(f"{n}.pdf" for n in numbers) and reports == [33, 66, 100]
    words = [pdf_words(tmp_path / f"{n}.pdf") for n in numbers]
    assert numbers[0] in words[0] and "Total 92.00" in words[0] and "COPY" not in words[0]
    assert "Card TRM-9" in words[1] and "Balance (partly paid) 54.00" in words[1]
    assert "COPY" in words[2] and "Total 116.00" in words[2]
    assert [(s, c) for s, c, _d in logged(database, numbers)] == [
        (numbers[2], False), (numbers[0], False), (numbers[1], False), (numbers[2], True)]
    assert logged(database, numbers)[1][2] == str(tmp_path / f"{numbers[0]}.pdf")
    again = batch_print.write_invoice_pdfs(clerk, [invoices[0].id], tmp_path)
    assert again.copies == 1 and "COPY" in pdf_words(tmp_path / f"{numbers[0]}.pdf")
    assert not list(tmp_path.glob(".*.part"))  # no half-written file is left


def test_cancel_stops_at_the_next_invoice_and_keeps_what_was_written(database, clerk, tmp_path) -> None:
    patient = new_patient(database)
    invoices = [issue(clerk, patient) for _ in range(5)]
    control = TaskControl()
    control._reporter = lambda _pct, msg: control.cancel() if msg.startswith("2 of") else None
    result = batch_print.write_invoice_pdfs(clerk, [i.id for i in invoices], tmp_path, control)
    assert (result.written, result.cancelled, result.requested) == (2, True, 5)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(result.files)
    assert len(logged(database, [i.number or "" for i in invoices])) == 2


def test_drafts_and_missing_ids_are_skipped_and_bad_folders_refused(database, clerk, tmp_path) -> None:
    patient = new_patient(database)
    invoice = issue(clerk, patient)
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Draft line", D(1), D("1.00"), D(0))])
    result = batch_print.write_invoice_pdfs(clerk, [draft.id, invoice.id, 987_654_321], tmp_path)
    assert (result.written, result.skipped) == (1, 2)
    with pytest.raises(ValidationFailed, match="folder that exists"):
        batch_print.write_invoice_pdfs(clerk, [invoice.id], tmp_path / "nowhere")
    with pytest.raises(ValidationFailed, match="at least one"):
        batch_print.write_invoice_pdfs(clerk, [], tmp_path)


def test_only_billing_and_admin_print_batches(database, tmp_path) -> None:
    for group in (Group.RECEPTION, Group.DOCTOR):
        with pytest.raises(PermissionDenied):
            batch_print.write_invoice_pdfs(database.context_for(group), [1], tmp_path)
        with pytest.raises(PermissionDenied):
            batch_print.issued_invoices(database.context_for(group), date.today(), date.today())


def test_the_data_of_many_invoices_is_read_in_a_few_statements(database, clerk, tmp_path) -> None:
    patient = new_patient(database)
    ids = [issue(clerk, patient).id for _ in range(30)]
    batch_print.write_invoice_pdfs(clerk, ids[:1], tmp_path)  # settings and pool warm
    with statements_of(clerk) as sent:
        result = batch_print.write_invoice_pdfs(clerk, ids, tmp_path)
    assert result.written == 30
    # One chunk: heads, lines, credited, credit notes, payments, claims, printed before, settings; then one
    # insert of the log (executemany), plus the transactions' own statements. Per invoice it would be about 7 each.
    reads = [s for s in sent if s.lstrip().upper().startswith(("SELECT", "INSERT", "WITH"))]
    assert len(reads) <= 12, reads


def test_a_full_disk_stops_the_batch_with_a_message_and_keeps_what_was_written(database, clerk, tmp_path,
                                                                                monkeypatch) -> None:
    import errno

    from hms_desktop.services.errors import Conflict

    patient = new_patient(database)
    invoices = [issue(clerk, patient) for _ in range(3)]
    real = batch_print._write_atomically
    written: list[Path] = []

    def fill_up(path: Path, pdf: bytes) -> None:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, pdf)
        written.append(path)

    monkeypatch.setattr(batch_print, "_write_atomically", fill_up)
    with pytest.raises(Conflict, match=r"No space left on device\)\. 1 of 3 invoices were written"):
        batch_print.write_invoice_pdfs(clerk, [i.id for i in invoices], tmp_path)
    assert [s for s, _c, _d in logged(database, [i.number or "" for i in invoices])] == [invoices[0].number]
