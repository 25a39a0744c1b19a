"""Who may write the hospital's settings and catalogues (issue 10, item 8), tested by connecting as each group,
as any SQL tool could: the database is the boundary, not the Administration tab.

For every table below and every group but administrators: INSERT, DELETE, TRUNCATE and an UPDATE of each
column are refused (the one intended exception: reception marks a bed's status, migration 0011, and says why
it is out of service, migration 0029). For
administrators the intended path — the service an Administration page calls — saves.

The wards and catalogue engineers are changing grants on department/ward/room/bed and specialty/resource/
lab_test (issue 10, items 1 and 2); what is checked here for those tables is what everyone agrees on:
non-administrators cannot write them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import text

from hms_desktop.domain.fees import ServiceDraft
from hms_desktop.domain.insurance import Category, PayerDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, fees, insurance, settings
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.errors import PermissionDenied

CATALOGUES = ("hospital_setting", "fee_schedule", "insurance_payer", "insurance_plan", "insurance_plan_coverage",
              "insurance_plan_exclusion", "insurance_plan_price", "specialty", "resource", "lab_test",
              "lab_test_range", "department", "ward", "room", "bed",
              # the doctors' set-up, edited on the Doctors page (administrators)
              "doctor_specialty", "doctor_room", "work_template", "schedule_exception")
# Writes a group other than administrators is meant to have on these tables: (group, table) → columns.
INTENDED: dict[tuple[Group, str], frozenset[str]] = {
    # cleaning / ready / out of service, from the bed board; out of service says why and when it should be back
    # (migration 0029_bed_reason: the database refuses out of service without a reason, HM031).
    (Group.RECEPTION, "bed"): frozenset({"status", "version", "out_of_service_reason", "out_of_service_until"}),
}
NON_ADMINS = (Group.RECEPTION, Group.DOCTOR, Group.BILLING)


@pytest.fixture(scope="module")
def columns(database) -> dict[str, tuple[str, ...]]:
    with database.owner.engine.connect() as conn:
        rows = conn.execute(text("SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'public' AND table_name = ANY(:t) ORDER BY ordinal_position"),
                            {"t": list(CATALOGUES)}).all()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    assert set(found) == set(CATALOGUES), f"missing tables: {set(CATALOGUES) - set(found)}"
    return {table: tuple(cols) for table, cols in found.items()}


def refused(conn: psycopg.Connection, statement: sql.Composable) -> None:
    """The statement is refused for want of privilege; nothing is changed either way (rolled back)."""
    with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
        conn.execute(statement)


@pytest.mark.parametrize("group", NON_ADMINS, ids=lambda g: g.value)
def test_non_administrators_cannot_write_settings_or_catalogues(database, columns, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for table in CATALOGUES:
            name = sql.Identifier(table)
            refused(conn, sql.SQL("INSERT INTO {} DEFAULT VALUES").format(name))
            refused(conn, sql.SQL("DELETE FROM {} WHERE false").format(name))
            refused(conn, sql.SQL("TRUNCATE {}").format(name))
            allowed = INTENDED.get((group, table), frozenset())
            for column in columns[table]:
                if column in allowed:
                    continue
                refused(conn, sql.SQL("UPDATE {} SET {} = {} WHERE false").format(
                    name, sql.Identifier(column), sql.Identifier(column)))


@pytest.mark.parametrize("group", NON_ADMINS, ids=lambda g: g.value)
def test_non_administrators_cannot_call_the_settings_function(database, group: Group) -> None:
    """The one function that writes a setting for its caller (SECURITY DEFINER) is administrators' only."""
    with database.connect_as(database.add_user(group)) as conn:
        refused(conn, sql.SQL("SELECT hms_set_reception_reads_reasons(true)"))


def test_reception_may_only_mark_a_beds_status_and_why_it_is_out(database) -> None:
    with database.connect_as(database.add_user(Group.RECEPTION)) as conn, conn.transaction():
        conn.execute("UPDATE bed SET status = status, version = version, out_of_service_reason = "
                     "out_of_service_reason, out_of_service_until = out_of_service_until WHERE false")


@pytest.mark.parametrize("group", (Group.ADMIN,), ids=lambda g: g.value)
def test_administrators_hold_the_writes_their_pages_need(database, group: Group) -> None:
    """The grants exist (column-level where the database sets ids, authors and versions)."""
    with database.connect_as(database.add_user(group)) as conn:
        for table in CATALOGUES:
            assert conn.execute("SELECT has_any_column_privilege(%s, 'INSERT')", (table,)).fetchone() == (True,), table
        for table in ("hospital_setting", "insurance_payer", "insurance_plan", "lab_test", "lab_test_range",
                      "specialty", "resource", "department", "ward", "room", "bed"):
            assert conn.execute("SELECT has_any_column_privilege(%s, 'UPDATE')", (table,)).fetchone() == (True,), table


def test_administrators_save_through_the_services(database) -> None:
    for admin in database.logged_in(Group.ADMIN):
        before = settings.get_settings(admin)
        try:
            saved = settings.save_settings(admin, replace(before, hospital_name="Grant Test General"))
            assert saved.hospital_name == "Grant Test General"
        finally:
            settings.save_settings(admin, before)
        specialty = doctors.add_specialty(admin, "Grant testing")
        assert specialty.id > 0
        room = doctors.add_resource(admin, "Grant room", "consulting_room")
        assert room.active
        with admin.uow(read_only=True) as uow:
            today = hospital_today(admin, uow)[0]
        fee = fees.add_service(admin, ServiceDraft(code="GRANT-1", name="Grant check", category=Category.OTHER,
                                                   price=Decimal("12.00"), tax_rate=Decimal("0"),
                                                   effective_from=today + timedelta(days=1)))
        assert fee.code == "GRANT-1"
        payer = insurance.create_payer(admin, PayerDraft(code="GRANTP", name="Grant Mutual"))
        assert payer.code == "GRANTP"


@pytest.mark.parametrize("group", NON_ADMINS, ids=lambda g: g.value)
def test_non_administrators_are_refused_by_the_services_too(database, group: Group) -> None:
    for ctx in database.logged_in(group):
        before = settings.get_settings(ctx)
        with pytest.raises(PermissionDenied):
            settings.save_settings(ctx, replace(before, hospital_name="Not yours"))
        with pytest.raises(PermissionDenied):
            doctors.add_specialty(ctx, "Not yours")
    assert settings.get_settings(database.owner_context()).hospital_name != "Not yours"
