"""The dashboard service (issue 12): every tile from one call, per group what the group may read."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from factories import new_patient, new_stock_item, new_stock_location, receive_stock
from helpers import TODAY, YESTERDAY, at, fixed_clock
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import dashboard
from hms_desktop.services.errors import PermissionDenied


def seed_today(database) -> dict[str, int]:
    """Known rows: five appointments today (one cancelled), one yesterday; a ward of three beds with two
    patients; one discharge today; deposits taken today; two stock items, one below its level."""
    doctor = database.add_user(Group.DOCTOR)
    patients = [new_patient(database, f"Dash{n}", "Dee") for n in range(6)]
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at) "
                      "VALUES (:p, :d, :s, :s + interval '15 minutes', :status, :checked)")
        rows = [  # (patient, start, status, checked in at)
            (0, at(TODAY, 8), "completed", at(TODAY, 7, 50)),
            (1, at(TODAY, 8, 30), "no_show", None),
            (2, at(TODAY, 9, 30), "checked_in", at(TODAY, 9, 30)),  # waiting 30 min at 10:00
            (3, at(TODAY, 9, 45), "checked_in", at(TODAY, 9, 50)),  # waiting 10 min
            (4, at(TODAY, 11), "booked", None),
            (5, at(TODAY, 12), "cancelled", None),
            (0, at(YESTERDAY, 9), "completed", at(YESTERDAY, 8, 55)),
        ]
        for patient, starts, status, checked in rows:
            conn.execute(insert, {"p": patients[patient], "d": doctor_id, "s": starts, "status": status,
                                  "checked": checked})
        ward = conn.execute(text("INSERT INTO ward (name, floor) VALUES ('Dash ward', '1') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Bay 1') RETURNING id"),
                            {"w": ward}).scalar_one()
        beds = [conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, :l) RETURNING id"),
                             {"r": room, "l": f"D{n}"}).scalar_one() for n in range(3)]
        admit = text("INSERT INTO admission (patient_id, reason, admitted_at) VALUES (:p, 'Obs', :a) RETURNING id")
        for n, admitted in ((0, at(TODAY, 7)), (1, at(YESTERDAY, 15))):
            admission = conn.execute(admit, {"p": patients[n], "a": admitted}).scalar_one()
            conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at) VALUES (:a, :b, :s)"),
                         {"a": admission, "b": beds[n], "s": admitted})
        gone = conn.execute(admit, {"p": patients[2], "a": at(YESTERDAY, 10)}).scalar_one()
        conn.execute(text("UPDATE admission SET discharged_at = :d, disposition = 'home' WHERE id = :a"),
                     {"d": at(TODAY, 9), "a": gone})
        # The database stamps taken_at itself (now(), migration 0010): these are all "today".
        deposit = text("INSERT INTO deposit (patient_id, method, amount, reference) VALUES (:p, :m, :a, :r)")
        conn.execute(deposit, {"p": patients[0], "m": "cash", "a": "50.00", "r": None})
        conn.execute(deposit, {"p": patients[1], "m": "cash", "a": "25.50", "r": None})
        conn.execute(deposit, {"p": patients[1], "m": "card", "a": "20.00", "r": "4242"})
    store = new_stock_location(database, "Dash pharmacy")
    low = new_stock_item(database, "Dash gauze", unit="pack", reorder_level=10)
    plenty = new_stock_item(database, "Dash tape", unit="roll", reorder_level=2)
    receive_stock(database, low, store, "G1", TODAY + timedelta(days=300), 4)
    receive_stock(database, plenty, store, "T1", TODAY + timedelta(days=300), 5)
    return {"ward": ward, "low": low}


@pytest.fixture(scope="module")
def seeded(database) -> dict[str, int]:
    return seed_today(database)


def test_the_admin_sees_every_tile_with_known_numbers(database, seeded) -> None:
    board = dashboard.dashboard(database.context_for(Group.ADMIN, clock=fixed_clock(10)))
    assert board.day == TODAY
    counts = board.appointments
    assert (counts.booked, counts.checked_in, counts.seen, counts.no_shows) == (5, 3, 1, 1)
    assert board.waiting == 2
    assert board.average_wait_minutes == pytest.approx(20.0)
    ward = next(w for w in board.wards if w.ward_id == seeded["ward"])
    assert (ward.name, ward.beds, ward.occupied) == ("Dash ward", 3, 2)
    assert (board.admissions, board.discharges) == (1, 1)
    assert board.revenue is not None
    assert {line.label: line.amount for line in board.revenue} == {"Cash": Decimal("75.50"), "Card": Decimal("20.00")}
    assert board.revenue_total == Decimal("95.50")
    assert board.low_stock is not None
    assert [(s.name, s.on_hand, s.reorder_level) for s in board.low_stock] == [("Dash gauze", 4, 10)]


def test_billing_sees_revenue_but_not_stock(database, seeded) -> None:
    board = dashboard.dashboard(database.context_for(Group.BILLING, clock=fixed_clock(10)))
    assert board.revenue is not None and board.revenue_total == Decimal("95.50")
    assert board.low_stock is None
    assert board.appointments.booked == 5  # appointments are readable by every group (migration 0003)


def test_a_doctor_sees_neither_revenue_nor_stock(database, seeded) -> None:
    board = dashboard.dashboard(database.context_for(Group.DOCTOR, clock=fixed_clock(10)))
    assert board.revenue is None and board.low_stock is None
    assert board.waiting == 2 and (board.admissions, board.discharges) == (1, 1)


def test_reception_has_no_dashboard(database) -> None:
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(database.context_for(Group.RECEPTION))


def test_the_day_is_the_hospitals(database, seeded) -> None:
    """At 00:30 the next day, today's appointments are yesterday's: the tiles start again from nothing."""
    tomorrow = fixed_clock(0, 30, day=TODAY + timedelta(days=1))
    board = dashboard.dashboard(database.context_for(Group.ADMIN, clock=tomorrow))
    assert board.appointments.booked == 0 and board.revenue_total == Decimal(0)
    assert board.waiting == 0 and board.average_wait_minutes is None
