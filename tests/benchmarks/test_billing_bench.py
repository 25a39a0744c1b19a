"""Billing's speed (issue 9): issuing an invoice of 20 lines (goal ≤ 25 ms), building one invoice PDF (goal
≤ 60 ms) and writing 1,000 invoices to PDF files through the batch print service (goal ≤ 60 s).

Not part of the default run; figures are printed (``BENCH <measure> median_ms=… p95_ms=…``), never asserted
against a clock. Run with ``make bench`` or
    .venv/bin/python -m pytest tests/benchmarks/test_billing_bench.py -s -q -p no:randomly \\
        --override-ini addopts=
on the demo database of ``patient_bench`` (1,000,000 patients; ``HMS_BENCH_PATIENTS`` loads fewer to iterate),
as the demo billing clerk, through the services (one unit of work, permission check, DTOs).

- ``invoice_issue_20_lines``: ``billing.issue_invoice`` of a draft holding 15 charges and 5 typed lines (the
  drafts are made beforehand, untimed): lock, recompute the totals, the gapless number, charges marked billed,
  the invoice read back.
- ``invoice_pdf_build_20_lines``: ``printing.invoice.build_invoice`` alone, in-process; and
  ``invoice_print_service_20_lines``: ``billing.print_invoice`` (the reads, the COPY question and two builds:
  the original and the copy the preview keeps for a second print).
- ``batch_1000_invoices_to_pdf``: ``batch_print.write_invoice_pdfs`` of 1,000 issued invoices into a folder
  (each written and logged); the median and p95 are per invoice (between progress reports), and the total.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from patient_bench import Bench, loaded_bench, report, time_calls
from sqlalchemy import text

from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.printing.invoice import build_invoice
from hms_desktop.services import auth, billing
from hms_desktop.services.billing import ManualLine, batch_print
from hms_desktop.services.billing.printing import invoice_print_data
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.settings import read_settings

ISSUES = 100
PDF_BUILDS = 100
BATCH = 1000
D = Decimal
SOURCE_BASE = 900_000_000  # charge sources of the bench's own, far above the demo's ids


@pytest.fixture(scope="module")
def bench(cluster, tmp_path_factory) -> Iterator[Bench]:
    yield from loaded_bench(cluster, tmp_path_factory)


@pytest.fixture(scope="module")
def clerk(bench: Bench, tmp_path_factory) -> Iterator[ServiceContext]:
    throttle = auth.LoginThrottle(tmp_path_factory.mktemp("billing") / "throttle.json")
    ctx = auth.login(bench.target, "billing", DEMO_PASSWORD, throttle=throttle)
    yield ctx
    ctx.db.dispose()


def _drafts(bench: Bench, clerk: ServiceContext, count: int) -> list[int]:
    """``count`` drafts of 20 lines (15 charges of real fee codes, 5 typed lines), one patient each."""
    patients = [row.id for row in bench.sample[:count]]
    with bench.owner.engine.begin() as conn:
        start = int(conn.execute(text("SELECT coalesce(max(source_id), 0) FROM charge WHERE source_id >= :b"),
                                 {"b": SOURCE_BASE}).scalar_one()) or SOURCE_BASE
        rows = conn.execute(text("""
            INSERT INTO charge (patient_id, service_date, fee_code, description, source_kind, source_id)
            SELECT p.id, current_date - 1, (ARRAY['CONS', 'LAB-K', 'LAB-HGB', 'DRUG-N02BE01', 'MISC'])[1 + n % 5],
                   'Bench charge ' || n, 'encounter', :start + 1 + row_number() OVER ()
            FROM unnest(CAST(:patients AS bigint[])) AS p(id), generate_series(1, 15) AS n
            RETURNING id, patient_id"""), {"patients": patients, "start": start}).all()
    per_patient: dict[int, list[int]] = {}
    for row in rows:
        per_patient.setdefault(row.patient_id, []).append(row.id)
    typed = [ManualLine(f"Dressing pack size {n}", D(n), D("3.33"), D(20)) for n in range(1, 6)]
    return [billing.create_draft_invoice(clerk, patient, per_patient[patient], typed).id for patient in patients]


def test_issue_an_invoice_of_20_lines(bench: Bench, clerk: ServiceContext) -> None:
    drafts = iter(_drafts(bench, clerk, ISSUES + 10))
    issued = billing.issue_invoice(clerk, next(drafts))
    assert len(issued.lines) == 20 and issued.number is not None
    seconds = time_calls([lambda: billing.issue_invoice(clerk, next(drafts))] * ISSUES, warm=False)
    report("invoice_issue_20_lines", seconds, lines=20)


def test_build_one_invoice_pdf(bench: Bench, clerk: ServiceContext) -> None:
    invoice_id = _drafts(bench, clerk, 1)[0]
    invoice = billing.issue_invoice(clerk, invoice_id)
    billing.take_payment(clerk, invoice.id, "card", D("20.00"), reference="TRM-BENCH")
    invoice = billing.invoice(clerk, invoice.id)
    with bench.owner.engine.connect() as conn:
        settings = read_settings(conn)
    data = invoice_print_data(invoice, settings, ZoneInfo(settings.time_zone))
    created = datetime(2026, 12, 1, 9, tzinfo=UTC)
    seconds = time_calls([lambda: build_invoice(data, created=created)] * PDF_BUILDS)
    report("invoice_pdf_build_20_lines", seconds, kb=len(build_invoice(data, created=created)) / 1024)
    seconds = time_calls([lambda: billing.print_invoice(clerk, invoice.id)] * PDF_BUILDS)
    report("invoice_print_service_20_lines", seconds)


def test_batch_of_1000_invoices_to_pdf(bench: Bench, clerk: ServiceContext, tmp_path: Path) -> None:
    ids = _issued_set_based(bench, BATCH)
    marks: list[float] = []

    class Control:
        cancelled = False

        def progress(self, percent: int, message: str = "") -> None:
            marks.append(time.perf_counter())

    started = time.perf_counter()
    result = batch_print.write_invoice_pdfs(clerk, ids, tmp_path, Control())
    total = time.perf_counter() - started
    assert result.written == BATCH and len(list(tmp_path.glob("*.pdf"))) == BATCH
    per_invoice = [b - a for a, b in zip([started, *marks], marks, strict=False)]
    report("batch_1000_invoices_to_pdf", per_invoice, total_s=total, invoices=BATCH)
    print(f"BENCH batch_1000_invoices_to_pdf total_s={total:.1f}", flush=True)


def _issued_set_based(bench: Bench, count: int) -> list[int]:
    """``count`` issued invoices of 3 lines (80.00 at 0 %, 2 × 3.33 at 20 %, 25.00 at 5 %: total 114.24),
    written set-based as the owner; the database numbers each one as it is issued."""
    patients = [row.id for row in bench.sample]
    with bench.owner.engine.begin() as conn:
        ids = [int(r[0]) for r in conn.execute(text("""
            INSERT INTO invoice (patient_id, subtotal, discount, tax, total)
            SELECT (CAST(:patients AS bigint[]))[1 + n % cardinality(CAST(:patients AS bigint[]))],
                   111.66, 0, 2.58, 114.24
            FROM generate_series(1, :count) AS n RETURNING id"""), {"patients": patients, "count": count})]
        conn.execute(text("""
            INSERT INTO invoice_line (invoice_id, fee_code, description, service_date, quantity, unit_price, discount,
                                      tax_rate, line_total, tax_amount)
            SELECT i, l.code, l.description, :day, l.quantity, l.price, 0, l.rate, l.net, l.tax
            FROM unnest(CAST(:ids AS bigint[])) AS i,
                 (VALUES ('CONS', 'Consultation', 1, 80.00, 0, 80.00, 0.00),
                         ('MISC', 'Dressing pack', 2, 3.33, 20, 6.66, 1.33),
                         ('MISC', 'Physiotherapy session', 1, 25.00, 5, 25.00, 1.25))
                 AS l(code, description, quantity, price, rate, net, tax)"""),
            {"ids": ids, "day": date.today()})
        conn.execute(text("UPDATE invoice SET status = 'issued' WHERE id = ANY(CAST(:ids AS bigint[]))"), {"ids": ids})
    return ids
