"""A live connection to one database as one PostgreSQL role: engine, sessions, credentials."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from hms_desktop.db.deadline import CallWatch
from hms_desktop.db.engine import ServerTarget, make_engine
from hms_desktop.db.unit_of_work import CancelHook, UnitOfWork

# How long after the server's statement_timeout the client gives up by itself: the server's own cancel,
# when it can still send it, says more (and leaves the connection usable).
GRACE_SECONDS = 2.0


class Database:
    """Built after login. The password is kept only in memory, for the pool to open connections."""

    def __init__(self, target: ServerTarget, username: str, password: str | None, *, pool_size: int = 4,
                 call_timeout: float | None = None) -> None:
        """``call_timeout`` (the GUI's): every statement is cancelled by the server after that many seconds
        (``statement_timeout``, instead of the login's 2 minutes), and a unit of work still waiting a few
        seconds later is abandoned by the client (db/deadline.py), for a server too frozen to cancel."""
        self.target = target
        self.username = username
        self._password = password
        self._lock = threading.Lock()
        url = target.url(username)
        self.watch: CallWatch | None = None
        if call_timeout is not None:
            url = url.update_query_dict({"options": f"-c statement_timeout={int(call_timeout * 1000)}"})
            self.watch = CallWatch(call_timeout + GRACE_SECONDS)
        self.engine: Engine = make_engine(url, pool_size=pool_size, ping=self.watch is None)
        if self.watch is not None:
            self.watch.attach(self.engine)
        # The password is added at connect time rather than baked into the URL, so a
        # password change applies to the next pooled connection and never shows in a URL.
        event.listen(self.engine, "do_connect", self._add_password)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        # The read replica's own pool, opened on the first report (``replica()``).
        self._replica: Database | None = None

    def replica(self) -> Database | None:
        """The same login on the profile's read replica, for reports and the dashboard; None when the
        profile names none. Its pool is small (reports are few) and has no GUI call bound: a report has
        its own statement timeout and a Cancel."""
        replica_target = self.target.replica()
        if replica_target is None:
            return None
        with self._lock:
            if self._replica is None:
                self._replica = Database(replica_target, self.username, self._password, pool_size=2)
            return self._replica

    def _add_password(self, dialect: Any, conn_rec: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        with self._lock:
            if self._password is not None:
                cparams["password"] = self._password

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A new unit of work on this database (services use ``ctx.uow()``)."""
        return UnitOfWork(self.sessions, read_only=read_only, watch=self.watch)

    def report_unit_of_work(self, *, cancel: CancelHook | None = None, bounded: bool = True) -> UnitOfWork:
        """A read-only REPEATABLE READ unit of work for a report-like read (services/reports/source.py).

        ``bounded=False`` for a report run: it may take minutes, so it is not held to the GUI's call bound
        (``watch``); it has its own statement timeout and ``cancel``, the Cancel button's hook. The dashboard
        stays bounded: it reads in milliseconds, and a frozen server must not hang its refresh."""
        return UnitOfWork(self.sessions, read_only=True, watch=self.watch if bounded else None,
                          isolation="REPEATABLE READ", cancel=cancel)

    def run_maintenance(self, statement: str) -> None:
        """A statement that cannot run inside a transaction (VACUUM), on its own autocommit connection.
        Only constant statements from our own code: never text from a user."""
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(statement)

    def change_password(self, password: str) -> None:
        with self._lock:
            self._password = password
            replica = self._replica
        if replica is not None:  # the replica replays the new verifier from the primary
            replica.change_password(password)

    def dispose(self) -> None:
        self.engine.dispose()
        with self._lock:
            replica, self._replica = self._replica, None
        if replica is not None:
            replica.dispose()
