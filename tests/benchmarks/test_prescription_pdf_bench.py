"""How long building a prescription PDF takes (issue 8's goal: ≤ 60 ms), in-process, no database.

100 builds each of a 10-line and a 25-line prescription (A5, the default), and of the 10-line one marked
COPY and on A4, after a few warm-up builds (the first registers the fonts). Prints
``BENCH <measure> median_ms=… p95_ms=… pages=…``; no timed assertion. Run with ``make bench`` or
``python -m pytest tests/benchmarks/test_prescription_pdf_bench.py -s -q -p no:randomly``.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime

import pytest
from test_patient_search import report

from hms_desktop.printing.prescription import PrescriptionData, PrescriptionLineData, build_prescription

ROUNDS = 100
WARM_UP = 5
CREATED = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
DRUGS = ("Amoxicillin 500 mg capsule", "Paracetamol 500 mg tablet", "Omeprazole 20 mg gastro-resistant capsule",
         "Salbutamol 100 micrograms/dose inhaler", "Metformin 850 mg tablet", "Atorvastatin 20 mg tablet")


def prescription(lines: int) -> PrescriptionData:
    return PrescriptionData(
        hospital_name="St Elsewhere General Hospital",
        hospital_lines=("12 Harbour Road, Portsmouth PO1 2AB", "Tel 023 9200 0000"),
        doctor_name="Dr Amara Nwosu", registration_number="GMC 7012345", family_name="O'Brien-Smith",
        given_name="Zoë", sex="F", birth_date=date(1980, 3, 12), birth_date_estimated=False, mrn="10000019",
        prescription_number="RX-2026-000123", prescribed_on=date(2026, 11, 29),
        lines=tuple(PrescriptionLineData(
            number=n, drug=DRUGS[n % len(DRUGS)], dose="1", unit="tablet", route="by mouth",
            frequency="three times a day", duration="7 days", quantity="21",
            instructions="Take after food with a full glass of water. " * (1 + n % 3)) for n in range(1, lines + 1)),
        allergies=("penicillin (severe)",), notes="Review in two weeks.")


@pytest.mark.parametrize(("lines", "options"), [
    (10, {}), (25, {}), (10, {"copy": True}), (10, {"page_size": "A4"}),
], ids=["10-lines", "25-lines", "10-lines-copy", "10-lines-A4"])
def test_prescription_pdf_build_time(lines: int, options: dict[str, object]) -> None:
    data = prescription(lines)
    for _ in range(WARM_UP):
        pdf = build_prescription(data, created=CREATED, **options)  # type: ignore[arg-type]
    seconds: list[float] = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        pdf = build_prescription(data, created=CREATED, **options)  # type: ignore[arg-type]
        seconds.append(time.perf_counter() - start)
    pages = len(re.findall(rb"/Type /Page\b", pdf))
    suffix = "".join(f"_{value if key == 'page_size' else key}" for key, value in options.items())
    report(f"prescription_pdf_{lines}_lines{suffix}", seconds, pages=pages, kb=len(pdf) / 1024)
