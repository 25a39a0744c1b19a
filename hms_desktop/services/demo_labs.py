"""Demo and benchmark lab data: believable orders and results for a few demo patients, and 2,000 results for the
benchmark patient.

Called on the owner's connection, inside the caller's transaction (``services.demo`` wires it into
``hms demo``). The owner writes the history directly, with past times, but the database still decides what
it must: each order's patient (the encounter's), each result's unit, range and flag (``hms_lab_result_guard``
runs for the owner too), and the charges (``hms_charge_lab_order``). Deterministic for a given state (a
seeded ``random.Random``); ``seed_demo_labs`` does nothing for a patient who already has lab orders.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import BigInteger, DateTime, Numeric

SEED = 20261201
# The benchmark's panel: five numeric tests with adult ranges for either sex.
BENCH_CODES = ("K", "NA", "UREA", "GLUR", "CRP")


@dataclass(frozen=True, slots=True)
class DemoOrder:
    """One demo order: days before now, urgency, and the results as typed (None: still waiting)."""

    days_ago: int
    urgency: str
    results: tuple[tuple[str, str | None], ...]


# A short story per patient; the flags come from the database. Patient 0 has a potassium that rose to a
# critical value (acknowledged by the doctor), patient 1 diabetes in poor control, patient 2 malaria.
DEMO_STORIES: tuple[tuple[DemoOrder, ...], ...] = (
    (DemoOrder(90, "routine", (("NA", "139"), ("K", "4.6"), ("CREA", "98"), ("UREA", "6.1"))),
     DemoOrder(30, "routine", (("NA", "137"), ("K", "5.6"), ("CREA", "131"), ("UREA", "9.4"))),
     DemoOrder(2, "stat", (("K", "6.8"), ("NA", "134"), ("CREA", "162"))),
     DemoOrder(0, "routine", (("K", None), ("TSH", None)))),
    (DemoOrder(180, "routine", (("HBA1C", "8.4"), ("GLUF", "9.2"), ("CHOL", "6.1"), ("LDL", "4.0"))),
     DemoOrder(60, "routine", (("HBA1C", "7.6"), ("GLUF", "7.9"), ("TRIG", "2.3"), ("HDL", "0.9"))),
     DemoOrder(5, "routine", (("HBA1C", "6.9"), ("ALT", "38"), ("UPRO", "Trace")))),
    (DemoOrder(14, "urgent", (("MAL", "Positive"), ("HGB", "10.4"), ("WBC", "12.6"), ("PLT", "118"), ("CRP", "64"))),
     DemoOrder(7, "routine", (("MAL", "Negative"), ("HGB", "11.2"), ("PLT", "176"), ("CRP", "12"))),
     DemoOrder(1, "routine", (("HGB", None), ("TBIL", None)))),
)


@dataclass(frozen=True, slots=True)
class DemoLabsSummary:
    orders: int
    results: int
    charges: int
    critical_acknowledged: int


def _encounter_for(conn: Connection, patient_id: int, doctor_id: int, at: datetime) -> int:
    """The patient's latest encounter with this doctor, or a signed walk-in (a lab follow-up) made for it."""
    found = conn.execute(text("SELECT id FROM encounter WHERE patient_id = :p AND doctor_id = :d "
                              "ORDER BY created_at DESC LIMIT 1"), {"p": patient_id, "d": doctor_id}).scalar()
    if found is not None:
        return int(found)
    login = conn.execute(text("SELECT username FROM staff WHERE id = :d"), {"d": doctor_id}).scalar_one()
    encounter = int(conn.execute(text(
        "INSERT INTO encounter (patient_id, doctor_id, kind, chief_complaint, assessment, status, created_at, "
        "created_by, signed_at, signed_by) VALUES (:p, :d, 'walk_in', 'Blood test review', 'Bloods ordered.', "
        "'signed', :opened, :login, :at, :login) RETURNING id"),
        {"p": patient_id, "d": doctor_id, "opened": at - timedelta(minutes=10), "at": at, "login": login},
    ).scalar_one())
    conn.execute(text("SELECT hms_charge_encounter(:e)"), {"e": encounter})  # charged like any signed visit
    return encounter


def _order(conn: Connection, *, encounter_id: int, doctor_id: int, urgency: str, at: datetime,
           codes: Sequence[str]) -> tuple[int, dict[str, int]]:
    order_id = int(conn.execute(text(
        "INSERT INTO lab_order (encounter_id, doctor_id, urgency, ordered_at, created_at) "
        "VALUES (:e, :d, :u, :at, :at) RETURNING id"),
        {"e": encounter_id, "d": doctor_id, "u": urgency, "at": at}).scalar_one())
    items: dict[str, int] = {}
    for code in codes:
        items[code] = int(conn.execute(text(
            "INSERT INTO lab_order_item (lab_order_id, lab_test_id, created_at) "
            "SELECT :o, id, :at FROM lab_test WHERE code = :c RETURNING id"),
            {"o": order_id, "c": code, "at": at}).scalar_one())
    return order_id, items


def seed_demo_labs(conn: Connection, *, patient_ids: Sequence[int], doctor_id: int,
                   now: datetime) -> DemoLabsSummary:
    """Orders and results for each of ``patient_ids`` (the stories above, in turn), ordered by ``doctor_id``:
    some abnormal, one critical that the doctor has acknowledged, a few tests still on the worklist."""
    orders = results = charges = acknowledged = 0
    login = conn.execute(text("SELECT username FROM staff WHERE id = :d"), {"d": doctor_id}).scalar_one()
    for index, patient_id in enumerate(patient_ids):
        if conn.execute(text("SELECT 1 FROM lab_order WHERE patient_id = :p LIMIT 1"), {"p": patient_id}).scalar():
            continue
        story = DEMO_STORIES[index % len(DEMO_STORIES)]
        encounter_id = _encounter_for(conn, patient_id, doctor_id, now - timedelta(days=story[0].days_ago))
        for step in story:
            ordered_at = now - timedelta(days=step.days_ago, hours=2)
            order_id, items = _order(conn, encounter_id=encounter_id, doctor_id=doctor_id, urgency=step.urgency,
                                     at=ordered_at, codes=[code for code, _ in step.results])
            orders += 1
            charges += int(conn.execute(text("SELECT hms_charge_lab_order(:o)"), {"o": order_id}).scalar_one())
            for code, typed in step.results:
                if typed is None:
                    continue
                numeric = _number(typed)
                result = conn.execute(text(
                    "INSERT INTO lab_result (lab_order_item_id, value_numeric, value_text, entered_at, entered_by) "
                    "VALUES (:i, :n, :t, :at, :by) RETURNING id, flag"),
                    {"i": items[code], "n": numeric, "t": None if numeric is not None else typed,
                     "at": ordered_at + timedelta(hours=1, minutes=10), "by": login}).one()
                results += 1
                if result.flag in ("critical_low", "critical_high"):
                    conn.execute(text("UPDATE lab_result SET acknowledged_at = :at, acknowledged_by = :by "
                                      "WHERE id = :r"),
                                 {"at": ordered_at + timedelta(hours=1, minutes=25), "by": login, "r": result.id})
                    acknowledged += 1
    return DemoLabsSummary(orders=orders, results=results, charges=charges, critical_acknowledged=acknowledged)


def _number(typed: str) -> Decimal | None:
    try:
        return Decimal(typed)
    except ArithmeticError:
        return None


_BULK_RESULTS = text(
    "INSERT INTO lab_result (lab_order_item_id, value_numeric, entered_at) "
    "SELECT * FROM unnest(:items, :values, :at)").bindparams(
    bindparam("items", type_=ARRAY(BigInteger)), bindparam("values", type_=ARRAY(Numeric())),
    bindparam("at", type_=ARRAY(DateTime(timezone=True))))


def add_bench_lab_results(conn: Connection, *, patient_id: int, doctor_id: int, count: int = 2000,
                          now: datetime, years: int = 10, seed: int = SEED) -> int:
    """``count`` results (rounded down to whole panels of ``BENCH_CODES``) for one patient over ``years``,
    in a few statements: orders and their tests with ``generate_series``, the results with one ``unnest``
    insert (the result trigger still sets each unit, range and flag). No charges: this is chart data for the
    benchmark. Returns how many results were added."""
    panels = count // len(BENCH_CODES)
    if panels == 0:
        return 0
    encounter_id = _encounter_for(conn, patient_id, doctor_id, now - timedelta(days=365 * years))
    start = now - timedelta(days=365 * years)
    step = (now - start) / panels
    rows = conn.execute(text(
        "WITH orders AS ("
        "  INSERT INTO lab_order (encounter_id, doctor_id, urgency, ordered_at, created_at) "
        "  SELECT :e, :d, 'routine', :start + g * :step, :start + g * :step FROM generate_series(0, :n - 1) g "
        "  RETURNING id, ordered_at) "
        "INSERT INTO lab_order_item (lab_order_id, lab_test_id, created_at) "
        "SELECT o.id, t.id, o.ordered_at FROM orders o CROSS JOIN lab_test t WHERE t.code = ANY(:codes) "
        "RETURNING id, lab_test_id, created_at"),
        {"e": encounter_id, "d": doctor_id, "start": start, "step": step, "n": panels,
         "codes": list(BENCH_CODES)}).all()
    ranges = {row.id: (row.low, row.high) for row in conn.execute(text(
        "SELECT t.id, r.low, r.high FROM lab_test t JOIN lab_test_range r ON r.lab_test_id = t.id "
        "WHERE t.code = ANY(:codes) AND r.sex = 'any'"), {"codes": list(BENCH_CODES)})}
    rng = random.Random(seed)
    values: list[Decimal] = []
    for row in rows:
        low, high = _bounds(ranges.get(row.lab_test_id))
        # Mostly within range, some outside, now and then a critical one: a realistic chart.
        spread = (high - low) * 0.8
        values.append(Decimal(str(round(rng.uniform(low - spread, high + spread), 1))))
    conn.execute(_BULK_RESULTS, {"items": [row.id for row in rows], "values": values,
                                 "at": [row.created_at + timedelta(hours=3) for row in rows]})
    return len(rows)


def _bounds(found: tuple[Decimal | None, Decimal | None] | None) -> tuple[float, float]:
    """The range as floats; a missing upper bound is twice the lower (a chart needs some span)."""
    low, high = found if found is not None else (None, None)
    if low is None and high is None:
        return 0.0, 10.0
    low_value = float(low) if low is not None else 0.0
    return low_value, float(high) if high is not None else max(low_value * 2, 1.0)
