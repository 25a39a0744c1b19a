"""The consulting room's speed: opening the chart of a patient with 700 encounters, and saving a draft.

Not part of the default run; figures are printed, never asserted against a clock. Run with
    .venv/bin/python -m pytest tests/benchmarks/test_chart_bench.py -s -q -p no:cacheprovider \\
        --override-ini addopts=

Goals (issue 8, speed): the chart summary of the patient with 700 encounters (and 2,000 lab results, loaded
by ``chart_bench.LOADERS``) in at most 150 ms; saving an encounter draft in at most 20 ms. Each is measured
as the demo doctor, through the services (one unit of work, permission check, DTOs), on the demo database of
``patient_bench`` (1,000,000 patients; ``HMS_BENCH_PATIENTS`` loads fewer to iterate).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from chart_bench import ENCOUNTERS, LAB_RESULTS, LongChart, add_long_chart
from patient_bench import Bench, loaded_bench, report, time_calls
from sqlalchemy import text

from hms_desktop.domain.clinical import AccessReason, BreakGlass
from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.services import auth, labs
from hms_desktop.services.consultation import chart, encounters
from hms_desktop.services.context import ServiceContext

RUNS = 200
DRAFT_SAVES = 300


@pytest.fixture(scope="module")
def bench(cluster, tmp_path_factory) -> Iterator[Bench]:
    yield from loaded_bench(cluster, tmp_path_factory)


@pytest.fixture(scope="module")
def long_chart(bench: Bench) -> LongChart:
    """A patient of the generated register (not one of the demo's histories) given the long chart."""
    with bench.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = 'doctor'")).scalar_one()
        patient_id = conn.execute(text(
            "SELECT max(p.id) FROM patient p WHERE NOT EXISTS (SELECT 1 FROM encounter e "
            "WHERE e.patient_id = p.id)")).scalar_one()
        made = LongChart(patient_id=patient_id, doctor_id=doctor_id, doctor_username="doctor",
                         now=datetime.now(UTC))
        started = time.perf_counter()
        add_long_chart(conn, made)
    print(f"\nlong chart: {ENCOUNTERS} encounters written in {time.perf_counter() - started:.2f} s", flush=True)
    with bench.owner.engine.connect() as conn:
        counts = conn.execute(text(
            "SELECT (SELECT count(*) FROM encounter WHERE patient_id = :p), "
            "(SELECT count(*) FROM encounter_diagnosis d JOIN encounter e ON e.id = d.encounter_id "
            " WHERE e.patient_id = :p), "
            "(SELECT count(*) FROM vital v JOIN encounter e ON e.id = v.encounter_id WHERE e.patient_id = :p)"),
            {"p": patient_id}).one()
    assert counts[0] == ENCOUNTERS and counts[1] >= ENCOUNTERS and counts[2] == ENCOUNTERS
    return made


@pytest.fixture(scope="module")
def doctor(bench: Bench, tmp_path_factory) -> Iterator[ServiceContext]:
    throttle = auth.LoginThrottle(tmp_path_factory.mktemp("chart") / "throttle.json")
    ctx = auth.login(bench.target, "doctor", DEMO_PASSWORD, throttle=throttle)
    yield ctx
    ctx.db.dispose()


def test_chart_summary_of_700_encounters(doctor: ServiceContext, long_chart: LongChart) -> None:
    summary = chart.chart_summary(doctor, long_chart.patient_id)
    assert summary.encounters_total == ENCOUNTERS and len(summary.encounters) == chart.PAGE_SIZE
    assert summary.banner.last_vitals is not None
    seconds = time_calls([lambda: chart.chart_summary(doctor, long_chart.patient_id)] * RUNS)
    report("chart_summary_700_encounters", seconds, encounters=ENCOUNTERS)
    last_page = (ENCOUNTERS - 1) // chart.PAGE_SIZE
    seconds = time_calls([lambda: chart.chart_summary(doctor, long_chart.patient_id, page=last_page)] * (RUNS // 2))
    report("chart_summary_700_encounters_last_page", seconds)


def test_lab_results_pane_of_2000_results(doctor: ServiceContext, long_chart: LongChart) -> None:
    """The chart's Labs pane: every result of the patient over time, grouped per test for the charts."""
    results = labs.patient_results(doctor, long_chart.patient_id)
    assert len(results.results) >= LAB_RESULTS * 9 // 10 and results.series
    seconds = time_calls([lambda: labs.patient_results(doctor, long_chart.patient_id)] * (RUNS // 4))
    report("lab_results_pane_2000_results", seconds, results=len(results.results))


def test_open_chart_of_700_encounters(doctor: ServiceContext, long_chart: LongChart) -> None:
    """Opening writes a chart_access row each time (here a break-the-glass one: no appointment today)."""
    reason = BreakGlass(kind=AccessReason.EMERGENCY)
    seconds = time_calls([lambda: chart.open_chart(doctor, long_chart.patient_id, reason)] * RUNS)
    report("open_chart_700_encounters", seconds)


def test_save_draft(doctor: ServiceContext, long_chart: LongChart) -> None:
    """The autosave as the doctor types: each save sends the whole note so far, at the version it last got."""
    started = encounters.start_encounter(doctor, long_chart.patient_id)
    version = started.version
    history = ""
    seconds = []
    for i in range(DRAFT_SAVES):
        # A long history (up to about 8,000 characters, well under the 20,000 a field takes).
        history = (history + f"Sentence {i} of the history as the doctor types it, with some detail. ")[-8000:]
        fields = {"chief_complaint": "Breathless on exertion", "history": history,
                  "examination": "Chest clear." if i > 50 else ""}
        began = time.perf_counter()
        saved = encounters.save_draft(doctor, started.id, fields, version)
        seconds.append(time.perf_counter() - began)
        version = saved.version
    report("save_draft", seconds[10:], saves=DRAFT_SAVES)
