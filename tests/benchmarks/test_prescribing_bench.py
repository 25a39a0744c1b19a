"""Prescribing safety checks: speed of the check and of loading the knowledge base.

Not part of the default run; figures are printed, never asserted against a clock. Run with
    .venv/bin/python -m pytest tests/benchmarks/test_prescribing_bench.py -s -q -p no:cacheprovider \\
        --override-ini addopts=

Goal (issue 8, item 6): interaction and allergy checks for a 10-line prescription against 20 current drugs and
5 allergies in at most 20 ms (aimed well under 1 ms). The knowledge base loads once, at start.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from hms_desktop.domain.prescribing import Allergy, KnowledgeBase, PrescriptionLine, load_knowledge_base

CLINICAL = Path(__file__).resolve().parents[2] / "resources" / "clinical"
RUNS = 1000
LOADS = 20

NEW = ["warfarin", "ibuprofen", "clarithromycin", "citalopram", "amoxicillin", "cefalexin", "co-trimoxazole",
       "omeprazole", "simvastatin", "tramadol"]
CURRENT = ["metformin", "lisinopril", "spironolactone", "amlodipine", "atorvastatin", "aspirin", "clopidogrel",
           "bisoprolol", "furosemide", "levothyroxine", "sertraline", "lithium carbonate", "digoxin", "amiodarone",
           "salbutamol", "prednisolone", "gliclazide", "allopurinol", "paracetamol", "methotrexate"]
ALLERGIES = [Allergy("Penicillin"), Allergy("sulfa"), Allergy("aspirin"), Allergy("latex"),
             Allergy("codeine phosphate")]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(measure: str, seconds: list[float], **extra: float) -> None:
    ms = [s * 1000 for s in seconds]
    more = "".join(f" {k}={v:.0f}" for k, v in extra.items())
    print(f"BENCH {measure} median_ms={statistics.median(ms):.3f} p95_ms={_percentile(ms, 0.95):.3f}{more}",
          flush=True)


def _first(kb: KnowledgeBase, name: str):
    return next(d for d in kb.drugs if d.name == name)


def test_knowledge_base_load() -> None:
    seconds = []
    for _ in range(LOADS):
        start = time.perf_counter()
        kb = load_knowledge_base(CLINICAL)
        seconds.append(time.perf_counter() - start)
        assert isinstance(kb, KnowledgeBase)
    report("prescribing_kb_load", seconds, drugs=len(kb.drugs), rules=len(kb.rules))


def test_check_10_lines_20_current_drugs_5_allergies() -> None:
    kb = load_knowledge_base(CLINICAL)
    assert isinstance(kb, KnowledgeBase)
    lines = [PrescriptionLine.new(i, _first(kb, name)) for i, name in enumerate(NEW, start=1)]
    current = [_first(kb, name) for name in CURRENT]
    alerts = kb.check(lines, current, ALLERGIES)  # the first check also resolves the allergies
    seconds = []
    for _ in range(RUNS):
        start = time.perf_counter()
        kb.check(lines, current, ALLERGIES)
        seconds.append(time.perf_counter() - start)
    report("prescribing_check_10x20x5", seconds, alerts=len(alerts))
    # Adding one line at a time: the check a prescriber waits for after each line.
    seconds = []
    for _ in range(RUNS // 10):
        for n in range(1, len(lines) + 1):
            start = time.perf_counter()
            kb.check(lines[:n], current, ALLERGIES)
            seconds.append(time.perf_counter() - start)
    report("prescribing_check_per_added_line", seconds)
