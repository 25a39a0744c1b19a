"""The unit of work is the one transaction idiom: nothing it did survives unless the use case commits."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hms_desktop.db.models import Department


def _departments(database, name: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM department WHERE name = :n"), {"n": name}).scalar_one())


def test_leaving_without_commit_rolls_back_orm_and_sql_writes(database) -> None:
    with database.owner.unit_of_work() as uow:
        uow.session.add(Department(name="Uncommitted ORM"))
        uow.session.flush()
        uow.staff.department_id("Uncommitted SQL")
    assert _departments(database, "Uncommitted ORM") == 0
    assert _departments(database, "Uncommitted SQL") == 0


def test_an_error_rolls_back_everything_done_before_it(database) -> None:
    with pytest.raises(RuntimeError), database.owner.unit_of_work() as uow:
        uow.staff.department_id("Written before the error")
        raise RuntimeError("the use case failed half-way")
    assert _departments(database, "Written before the error") == 0


def test_commit_keeps_what_was_written(database) -> None:
    with database.owner.unit_of_work() as uow:
        uow.staff.department_id("Committed")
        uow.commit()
    assert _departments(database, "Committed") == 1


def test_repositories_share_the_unit_of_works_transaction(database) -> None:
    with database.owner.unit_of_work() as uow:
        department_id = uow.staff.department_id("Seen inside")
        assert uow.staff.department_id("seen INSIDE") == department_id  # same transaction, same row
        assert uow.staff is uow.staff  # one repository per unit of work
        assert "Seen inside" in uow.staff.department_names()
    assert _departments(database, "Seen inside") == 0


def test_outside_a_with_block_there_is_no_session(database) -> None:
    uow = database.owner.unit_of_work()
    with pytest.raises(RuntimeError, match="with"):
        uow.staff.all()


def _end_other_sessions(database, username: str) -> None:
    with database.owner.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE usename = :u AND pid <> pg_backend_pid()"), {"u": username})


def test_a_rested_pooled_connection_that_died_is_replaced_unseen(database, monkeypatch) -> None:
    """The pool pings a connection that rested longer than PING_AFTER_IDLE_SECONDS: a server restart
    while the desk was idle costs nothing."""
    from hms_desktop.db import engine as engine_module
    from hms_desktop.domain.staff import Group
    from hms_desktop.services import users

    ctx = database.context_for(Group.ADMIN)
    try:
        users.list_staff(ctx)
        _end_other_sessions(database, ctx.user.username)
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_SECONDS", 0.0)
        assert users.list_staff(ctx)  # the dead connection was pinged, dropped and replaced
    finally:
        ctx.db.dispose()


def test_a_connection_that_died_while_busy_fails_once_then_the_pool_recovers(database) -> None:
    """Within the idle window there is no ping: the first use case after the connection died says the
    connection was lost (nothing half-done), and the pool is renewed for the next one."""
    from hms_desktop.domain.staff import Group
    from hms_desktop.services import users
    from hms_desktop.services.errors import ServiceError

    ctx = database.context_for(Group.ADMIN)
    try:
        users.list_staff(ctx)
        _end_other_sessions(database, ctx.user.username)
        with pytest.raises(ServiceError, match="connection to the database was lost"):
            users.list_staff(ctx)
        assert users.list_staff(ctx)
    finally:
        ctx.db.dispose()


class _RecordingHook:
    """A CancelHook that notes what the unit of work tells it (and can refuse, like a cancelled token)."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.attached: list[object] = []
        self.detached = 0

    def attach(self, dbapi_connection: object) -> None:
        if self.refuse:
            raise LookupError("cancelled before the start")
        self.attached.append(dbapi_connection)

    def detach(self) -> None:
        self.detached += 1


def test_a_report_unit_of_work_reads_one_snapshot_and_hands_its_connection_to_the_cancel_hook(database) -> None:
    hook = _RecordingHook()
    with database.owner.report_unit_of_work(cancel=hook, bounded=False) as uow:
        assert uow.connection.exec_driver_sql("SHOW transaction_isolation").scalar_one() == "repeatable read"
        assert uow.connection.exec_driver_sql("SHOW transaction_read_only").scalar_one() == "on"
        backend = uow.connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        assert len(hook.attached) == 1 and hook.detached == 0
        assert hook.attached[0].info.backend_pid == backend  # the very connection the query runs on
    assert hook.detached == 1
    # The pool resets the level: the next plain unit of work reads committed again.
    with database.owner.unit_of_work() as uow:
        assert uow.connection.exec_driver_sql("SHOW transaction_isolation").scalar_one() == "read committed"


def test_a_hook_that_refuses_starts_nothing_and_leaves_the_pool_clean(database) -> None:
    hook = _RecordingHook(refuse=True)
    with pytest.raises(LookupError), database.owner.report_unit_of_work(cancel=hook):
        raise AssertionError("the body must not run")
    assert hook.detached == 0
    with database.owner.unit_of_work() as uow:
        assert uow.connection.exec_driver_sql("SELECT 1").scalar_one() == 1
