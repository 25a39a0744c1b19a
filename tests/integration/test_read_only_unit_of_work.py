"""A read-only unit of work: the server refuses writes in it, it ends with COMMIT (so psycopg keeps its
prepared statements), and the pooled connection is writable again for the next unit of work."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError


def _departments(database, name: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM department WHERE name = :n"), {"n": name}).scalar_one())


def test_a_read_only_unit_of_work_refuses_writes(database) -> None:
    with pytest.raises(DBAPIError) as refused, database.owner.unit_of_work(read_only=True) as uow:
        uow.staff.department_id("Written while reading")
    assert getattr(refused.value.orig, "sqlstate", None) == "25006"  # read_only_sql_transaction
    assert _departments(database, "Written while reading") == 0


def test_it_reads_and_leaves_the_connection_writable(database) -> None:
    for _ in range(3):  # the pool hands the same connection back: it must not stay read-only
        with database.owner.unit_of_work(read_only=True) as uow:
            assert uow.session.execute(text("SELECT current_setting('transaction_read_only')")).scalar() == "on"
        with database.owner.unit_of_work() as uow:
            assert uow.session.execute(text("SELECT current_setting('transaction_read_only')")).scalar() == "off"
            uow.staff.department_id("Written after reading")
            uow.commit()
    assert _departments(database, "Written after reading") == 1


def test_it_keeps_prepared_statements(database) -> None:
    """psycopg prepares a query run five times on a connection; a ROLLBACK would make it forget them all."""
    for _ in range(12):  # enough for each of the pool's two connections
        with database.owner.unit_of_work(read_only=True) as uow:
            uow.session.execute(text("SELECT count(*) FROM department WHERE name = :n"), {"n": "x"}).scalar()
    with database.owner.unit_of_work(read_only=True) as uow:
        prepared = uow.session.execute(text(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM department WHERE name%'")).scalar()
    assert prepared == 1
