"""Demo lab history and the benchmark's bulk results, on a real database: the database still flags every
result the owner writes, the demo has abnormal results and one acknowledged critical result, and the bulk
helper inserts results for one patient quickly (small scale here; tests/benchmarks runs the 2,000)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from helpers import fixed_clock
from lab_helpers import LabDoctor, adult, lab_doctor
from sqlalchemy import text

from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.demo_labs import BENCH_CODES, add_bench_lab_results, seed_demo_labs

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def doc(database) -> LabDoctor:
    return lab_doctor(database, stem="demolab", full_name="Dr Demo Labs")


@pytest.fixture(scope="module")
def doctor(database, doc) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doc.login, clock=fixed_clock())


def test_the_demo_gives_patients_a_believable_lab_history(database, doc, doctor) -> None:
    patients = [adult(database, "M"), adult(database, "F"), adult(database, "F")]
    with database.owner.engine.begin() as conn:
        summary = seed_demo_labs(conn, patient_ids=patients, doctor_id=doc.staff_id, now=NOW)
    assert summary.orders == 10 and summary.critical_acknowledged == 1
    assert summary.results == 31 and summary.charges == 35  # every test charged, waiting ones too
    with database.owner.engine.begin() as conn:
        again = seed_demo_labs(conn, patient_ids=patients, doctor_id=doc.staff_id, now=NOW)
    assert again.orders == 0  # patients with lab orders are left alone

    first = labs.patient_results(doctor, patients[0])
    potassium = first.series_of("K")
    assert potassium is not None
    assert [(r.value_display, r.flag) for r in potassium.results] == [
        ("4.6 mmol/L", "normal"), ("5.6 mmol/L", "high"), ("6.8 mmol/L", "critical_high")]
    assert potassium.results[-1].acknowledged_at is not None
    assert labs.unacknowledged_critical(doctor) == ()
    malaria = labs.patient_results(doctor, patients[2]).series_of("MAL")
    assert malaria is not None and [r.flag for r in malaria.results] == ["abnormal", "normal"]
    diabetic = labs.patient_results(doctor, patients[1])
    assert {r.flag for r in diabetic.results} >= {"high", "low"}
    waiting = [item for item in labs.lab_worklist(doctor) if item.patient_id in patients]
    assert sorted(item.test_code for item in waiting) == ["HGB", "K", "TBIL", "TSH"]


def test_the_benchmark_helper_inserts_results_for_one_patient_fast(database, doc, doctor) -> None:
    patient = adult(database, "F")
    started = time.perf_counter()
    with database.owner.engine.begin() as conn:
        added = add_bench_lab_results(conn, patient_id=patient, doctor_id=doc.staff_id, count=203, now=NOW)
    elapsed = time.perf_counter() - started
    assert added == 200  # whole panels of five tests
    results = labs.patient_results(doctor, patient)
    assert len(results.results) == 200
    assert {s.test_code for s in results.series} == set(BENCH_CODES)
    assert all(r.flag is not None for r in results.results)  # the database flagged every one
    assert {r.flag for r in results.results} > {"normal"}
    dates = [r.entered_at for r in results.results]
    assert dates == sorted(dates, reverse=True) and (dates[0] - dates[-1]).days > 3000  # ten years of history
    with database.owner.engine.connect() as conn:
        charges = conn.execute(text("SELECT count(*) FROM charge c JOIN lab_order_item i ON i.id = c.source_id "
                                    "JOIN lab_order o ON o.id = i.lab_order_id WHERE c.source_kind = 'lab_order' "
                                    "AND o.patient_id = :p"), {"p": patient}).scalar_one()
    assert charges == 0
    print(f"200 bench lab results in {elapsed * 1000:.0f} ms")
