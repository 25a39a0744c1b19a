"""A live connection to one database as one PostgreSQL role: engine, sessions, credentials."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from hms_desktop.db.engine import ServerTarget, make_engine
from hms_desktop.db.unit_of_work import UnitOfWork


class Database:
    """Built after login. The password is kept only in memory, for the pool to open connections."""

    def __init__(self, target: ServerTarget, username: str, password: str | None, *, pool_size: int = 4) -> None:
        self.target = target
        self.username = username
        self._password = password
        self._lock = threading.Lock()
        self.engine: Engine = make_engine(target.url(username), pool_size=pool_size)
        # The password is added at connect time rather than baked into the URL, so a
        # password change applies to the next pooled connection and never shows in a URL.
        event.listen(self.engine, "do_connect", self._add_password)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)

    def _add_password(self, dialect: Any, conn_rec: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        with self._lock:
            if self._password is not None:
                cparams["password"] = self._password

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A new unit of work on this database (services use ``ctx.uow()``)."""
        return UnitOfWork(self.sessions, read_only=read_only)

    def run_maintenance(self, statement: str) -> None:
        """A statement that cannot run inside a transaction (VACUUM), on its own autocommit connection.
        Only constant statements from our own code: never text from a user."""
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(statement)

    def change_password(self, password: str) -> None:
        with self._lock:
            self._password = password

    def dispose(self) -> None:
        self.engine.dispose()
