"""The dashboard service (issue 12): every tile from one call, per group what the group may read."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from factories import seed_dashboard_day
from helpers import TODAY, fixed_clock

from hms_desktop.domain.staff import Group
from hms_desktop.services import dashboard
from hms_desktop.services.errors import PermissionDenied


@pytest.fixture(scope="module")
def seeded(database) -> dict[str, int]:
    return seed_dashboard_day(database)


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
