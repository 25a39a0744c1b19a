"""Administration's speed (issue 10): dispensing, receiving and the stock lists, ward occupancy over a year, the
catalogues, and the audit trail of one patient.

Not part of the default run; figures are printed (``BENCH <measure> median_ms=… p95_ms=…``), never asserted
against a clock. Run with ``make bench`` or
    .venv/bin/python -m pytest tests/benchmarks/test_admin_bench.py -s -q -p no:randomly \\
        --override-ini addopts=
on the demo database of ``patient_bench`` (1,000,000 patients; ``HMS_BENCH_PATIENTS`` loads fewer to iterate),
through the services (one unit of work, permission check, DTOs): the demo billing clerk (who holds
hms_dispenser) dispenses, the demo administrator does the rest.

- ``inventory_dispense_one_line``: ``inventory.dispense`` of 12 tablets against one issued paracetamol line at
  the main pharmacy, first expiry first out across three batches of 4 (the prescriptions and the batches are
  written beforehand, untimed, as the demo loaders write them): the line locked, the levels locked and counted,
  three takes and three movements, the charge check.
- ``inventory_receive``: ``inventory.receive`` of a new batch (validation, ``hms_stock_receive``, the batch's
  level read back).
- ``inventory_stock_overview`` and ``inventory_reorder_list``: the Stock page's reads, unfiltered.
- ``ward_occupancy_one_year``: ``wards.occupancy`` over the 365 nights up to yesterday (one query) on the demo's
  wards and its few current admissions; ``ward_occupancy_one_year_busy``: the same after a year of past stays is
  written in every bed (untimed), as a working hospital's database would hold.
- ``catalogue_list_lab_tests`` and ``catalogue_list_resources``: the catalogue pages' lists (small tables).
- ``audit_search_patient``: ``audit.patient_audit`` (what the audit browser's patient filter calls: the first
  page of ``search_audit`` on one patient) for patients of the sample, on the whole demo's audit log.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from patient_bench import Bench, loaded_bench, report, time_calls
from sqlalchemy import text

from hms_desktop.domain.demo import DEMO_PASSWORD
from hms_desktop.domain.prescribing import KnowledgeBase
from hms_desktop.services import audit, auth, catalogues, inventory, wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.demo_inventory import MAIN_PHARMACY
from hms_desktop.services.demo_prescriptions import _issue, _Plan, _review_encounter
from hms_desktop.services.inventory import ReceiptDraft
from hms_desktop.services.prescribing.knowledge import knowledge_source

DISPENSES = 100
WARM = 10  # time_calls makes the first ten calls twice: once to warm up
PER_LINE = 12
BATCH_SIZE = 4  # so each dispensing takes three batches
RECEIPTS = 100
READS = 50
AUDITS = 100
PARACETAMOL = "paracetamol-500-mg-tablet"


@pytest.fixture(scope="module")
def bench(cluster, tmp_path_factory) -> Iterator[Bench]:
    yield from loaded_bench(cluster, tmp_path_factory)


def _login(bench: Bench, tmp_path_factory, username: str) -> ServiceContext:
    throttle = auth.LoginThrottle(tmp_path_factory.mktemp(username) / "throttle.json")
    return auth.login(bench.target, username, DEMO_PASSWORD, throttle=throttle)


@pytest.fixture(scope="module")
def admin(bench: Bench, tmp_path_factory) -> Iterator[ServiceContext]:
    ctx = _login(bench, tmp_path_factory, "admin")
    yield ctx
    ctx.db.dispose()


@pytest.fixture(scope="module")
def dispenser(bench: Bench, tmp_path_factory) -> Iterator[ServiceContext]:
    ctx = _login(bench, tmp_path_factory, "billing")
    assert ctx.user.can_dispense  # the demo gives its billing clerk hms_dispenser
    yield ctx
    ctx.db.dispose()


def _pharmacy(bench: Bench) -> int:
    with bench.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM stock_location WHERE name = :n"),
                                {"n": MAIN_PHARMACY}).scalar_one())


def _paracetamol_lines(bench: Bench, count: int) -> list[int]:
    """``count`` issued prescriptions of one paracetamol line (40 tablets), one sample patient each, each from a
    signed medication review of the demo doctor: written as the owner, as ``hms demo`` writes its own; and, at
    the main pharmacy, three batches of 4 per line expiring before any other paracetamol there, so FEFO takes
    exactly the next three batches at each dispensing. Returns the line ids, oldest first."""
    kb = knowledge_source()
    assert isinstance(kb, KnowledgeBase), "the drug knowledge base is needed to write prescriptions"
    patients = [row.id for row in bench.sample[:count]]
    assert len(patients) == count
    pharmacy = _pharmacy(bench)
    with bench.owner.engine.begin() as conn:
        doctor_id, doctor = conn.execute(text("SELECT id, username FROM staff WHERE username = 'doctor'")).one()
        when = datetime.combine(datetime.now(UTC).date() - timedelta(days=1), time(10, 30), tzinfo=UTC)
        plan = _Plan(1, (PARACETAMOL,))
        for patient_id in patients:
            encounter = _review_encounter(conn, patient_id, doctor_id, doctor, when)
            _issue(conn, kb, patient_id=patient_id, encounter_id=encounter, doctor_id=doctor_id, doctor=doctor,
                   when=when, plan=plan)
        lines = [int(r[0]) for r in conn.execute(text(
            "SELECT l.id FROM prescription_line l JOIN prescription p ON p.id = l.prescription_id "
            "WHERE p.patient_id = ANY(:p) AND l.drug_id = :d AND p.issued_at = :w ORDER BY l.id"),
            {"p": patients, "d": PARACETAMOL, "w": when})]
        item = int(conn.execute(text("SELECT id FROM stock_item WHERE drug_id = :d AND active"),
                                {"d": PARACETAMOL}).scalar_one())
        conn.execute(text(
            "SELECT hms_stock_receive(:i, :l, 'BENCH-' || n, current_date + 1 + n, :q, 0.02, 'Bench Pharma') "
            "FROM generate_series(1, :batches) AS n"),
            {"i": item, "l": pharmacy, "q": BATCH_SIZE, "batches": 3 * count})
    assert len(lines) == count
    return lines


def test_dispense_one_line(bench: Bench, dispenser: ServiceContext) -> None:
    pharmacy = _pharmacy(bench)
    lines = iter(_paracetamol_lines(bench, DISPENSES + WARM + 1))
    takes = inventory.dispense(dispenser, next(lines), pharmacy, PER_LINE)
    assert [t.quantity for t in takes] == [BATCH_SIZE] * 3
    seconds = time_calls([lambda: inventory.dispense(dispenser, next(lines), pharmacy, PER_LINE)] * DISPENSES)
    report("inventory_dispense_one_line", seconds, batches=3)


def test_receive_and_stock_lists(bench: Bench, admin: ServiceContext) -> None:
    pharmacy = _pharmacy(bench)
    overview = inventory.stock_overview(admin)
    syringe = next(i.id for i in overview.items if i.name == "Syringe 5 ml")
    expiry = overview.today + timedelta(days=700)
    numbers = iter(range(1, RECEIPTS + WARM + 1))

    def receive() -> None:
        level = inventory.receive(admin, ReceiptDraft(item_id=syringe, location_id=pharmacy,
                                                      batch_number=f"SY5-BENCH-{next(numbers)}",
                                                      expiry_date=expiry, quantity=100, unit_cost="0.06",
                                                      supplier="MedSupply Ltd"))
        assert level.quantity == 100

    report("inventory_receive", time_calls([receive] * RECEIPTS))
    overview = inventory.stock_overview(admin)
    seconds = time_calls([lambda: inventory.stock_overview(admin)] * READS)
    report("inventory_stock_overview", seconds, levels=len(overview.levels))
    reorder = inventory.reorder_list(admin)
    assert reorder  # the demo's reorder levels put items on the list
    seconds = time_calls([lambda: inventory.reorder_list(admin)] * READS)
    report("inventory_reorder_list", seconds, items=len(reorder))


def test_ward_occupancy_over_a_year(bench: Bench, admin: ServiceContext) -> None:
    today = wards.ward_tree(admin).today
    first, last = today - timedelta(days=365), today - timedelta(days=1)
    result = wards.occupancy(admin, first, last)
    assert result.nights == 365 and result.wards
    with bench.owner.engine.connect() as conn:
        admissions = int(conn.execute(text("SELECT count(*) FROM admission")).scalar_one())
    seconds = time_calls([lambda: wards.occupancy(admin, first, last)] * READS)
    report("ward_occupancy_one_year", seconds, wards=len(result.wards), admissions=admissions)
    added = _a_busy_year(bench)
    busy = wards.occupancy(admin, first, last)
    assert sum(w.admissions for w in busy.wards) >= added * 0.9  # nearly all of them began in the period
    seconds = time_calls([lambda: wards.occupancy(admin, first, last)] * READS)
    report("ward_occupancy_one_year_busy", seconds, wards=len(busy.wards), admissions=admissions + added)


def _a_busy_year(bench: Bench) -> int:
    """A year of past stays in every bed in use (the guard refuses the others), as a working hospital would
    have: back to back in slots of 97 hours (stays of 2, 3 or 4 days, so about three quarters of the bed-nights
    are occupied), the last ending two weeks ago, before any of the demo's current stays began; one patient per
    stay, none admitted before. Written as the owner, set-based (the demo's admissions are owner rows too).
    Returns how many."""
    with bench.owner.engine.begin() as conn:
        added = conn.execute(text("""
            WITH beds AS (
                SELECT b.id AS bed_id, row_number() OVER (ORDER BY b.id) AS bn
                FROM bed b JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
                WHERE b.active AND r.active AND w.active AND b.status <> 'out_of_service'),
            slots AS (
                SELECT bed_id, row_number() OVER (ORDER BY bed_id, k) AS n,
                       now() - interval '366 days' + k * interval '97 hours' AS starts_at,
                       (48 + 24 * ((bn + k) % 3)) * interval '1 hour' AS stay
                FROM beds, generate_series(0, 86) AS k),
            patients AS (
                SELECT id, row_number() OVER (ORDER BY id) AS n FROM (
                    SELECT id FROM patient p
                    WHERE merged_into_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM admission a WHERE a.patient_id = p.id)
                    ORDER BY id DESC LIMIT (SELECT count(*) FROM slots)) AS newest),
            plan AS (SELECT p.id AS patient_id, s.bed_id, s.starts_at, s.starts_at + s.stay AS ends_at
                     FROM slots s JOIN patients p USING (n)),
            admitted AS (
                INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition)
                SELECT patient_id, 'Bench stay', starts_at, ends_at, 'home' FROM plan
                RETURNING id, patient_id)
            INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at)
            SELECT a.id, plan.bed_id, plan.starts_at, plan.ends_at FROM admitted a JOIN plan USING (patient_id)
            """)).rowcount
    with bench.owner.engine.connect() as conn:
        # Statistics that know the new rows, as autovacuum would soon have them in a real database.
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE admission, bed_stay"))
    return added


def test_catalogue_lists(admin: ServiceContext) -> None:
    tests = catalogues.list_lab_tests(admin, include_retired=True)
    resources = catalogues.list_resources(admin, include_retired=True)
    assert tests and resources
    seconds = time_calls([lambda: catalogues.list_lab_tests(admin, include_retired=True)] * READS)
    report("catalogue_list_lab_tests", seconds, tests=len(tests))
    seconds = time_calls([lambda: catalogues.list_resources(admin, include_retired=True)] * READS)
    report("catalogue_list_resources", seconds, resources=len(resources))


def test_audit_of_one_patient(bench: Bench, admin: ServiceContext) -> None:
    # Patients the demo gave a history (admissions, reviews: several entries each) and plain sample patients
    # (registered, nothing since), alternately.
    with bench.owner.engine.connect() as conn:
        busy = [int(r[0]) for r in conn.execute(text(
            "SELECT DISTINCT patient_id FROM admission ORDER BY patient_id LIMIT :n"), {"n": AUDITS // 2})]
        entries = int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
    quiet = [row.id for row in bench.sample[-(AUDITS - len(busy)):]]
    patients = [p for pair in zip(busy, quiet, strict=False) for p in pair] + quiet[len(busy):]
    assert audit.patient_audit(admin, busy[0]).entries
    found = [len(audit.patient_audit(admin, p).entries) for p in patients[:10]]
    ids = iter(patients + patients[:WARM])
    seconds = time_calls([lambda: audit.patient_audit(admin, next(ids))] * len(patients))
    report("audit_search_patient", seconds, audit_rows=entries, patients=len(patients),
           first_ten_entries=sum(found))
