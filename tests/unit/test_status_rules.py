"""One list of appointment statuses: the migration, the models, the screens' sets and the permission
predicates all agree with ``domain.scheduling.AppointmentStatus`` and its transitions."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hms_desktop.db import models
from hms_desktop.domain import permissions
from hms_desktop.domain.scheduling import (
    ACTIVE_STATUSES,
    CHECK_IN_FROM,
    TRANSITIONS,
    UPCOMING_STATUSES,
    AppointmentStatus,
    can_transition,
    statuses_sql,
)
from hms_desktop.domain.staff import Group

MIGRATION = Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0003_scheduling.py"


def _migration_constants() -> tuple[str, str]:
    # Read the constants without running alembic's op calls (they only run inside upgrade()).
    spec = importlib.util.spec_from_file_location("m0003", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ACTIVE, module.STATUSES


def test_the_migration_literals_equal_the_enum() -> None:
    active, statuses = _migration_constants()
    assert active == statuses_sql(ACTIVE_STATUSES)
    assert f"({statuses})" == statuses_sql(AppointmentStatus)


def test_the_models_constraints_come_from_the_enum() -> None:
    assert models.APPOINTMENT_ACTIVE_SQL == (
        "status IN ('requested', 'booked', 'confirmed', 'checked_in', 'in_consultation')")
    assert set(TRANSITIONS) == set(AppointmentStatus)


def test_check_in_is_offered_exactly_where_the_rules_allow_it() -> None:
    assert {s for s in AppointmentStatus if can_transition(s, AppointmentStatus.CHECKED_IN)} == CHECK_IN_FROM
    assert AppointmentStatus.REQUESTED in UPCOMING_STATUSES
    desk = frozenset({Group.RECEPTION})
    assert not permissions.may_check_in(desk, "requested")  # the day view used to offer this
    assert permissions.may_check_in(desk, "booked") and permissions.may_check_in(desk, "confirmed")
    assert not permissions.may_check_in(frozenset({Group.DOCTOR}), "booked")
    assert not permissions.may_check_in(frozenset({Group.BILLING}), "confirmed")


def test_permission_predicates() -> None:
    assert permissions.may_book(frozenset({Group.ADMIN})) and not permissions.may_book(frozenset({Group.DOCTOR}))
    assert permissions.may_register(frozenset({Group.RECEPTION}))
    assert not permissions.may_merge(frozenset({Group.RECEPTION}), merge_capability=False)
    assert permissions.may_merge(frozenset({Group.RECEPTION}), merge_capability=True)
    assert permissions.may_act_as_doctor(frozenset({Group.DOCTOR}), own=True)
    assert not permissions.may_act_as_doctor(frozenset({Group.DOCTOR}), own=False)
    assert permissions.may_act_as_doctor(frozenset({Group.ADMIN}), own=False)
