"""Where the database is and how to connect to it; engines are built after login."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, exc

from hms_desktop.config import ConnectionProfile

DEFAULT_DATABASE = "hms"
APPLICATION_NAME = "hms_desktop"
# A server that vanishes from the network (cable, Wi-Fi) is noticed in about 25 s by idle
# pooled connections too, not only by the 2-second watch; data sent and not acknowledged for 20 s
# (tcp_user_timeout, in ms) ends the connection however busy it is. A server whose processes are frozen
# still has its kernel acknowledge everything: only the client-side bound (db/deadline.py) catches that.
TCP_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                  "tcp_user_timeout": 20_000}
# A pooled connection is checked with a ping before use only when it has rested this long. A ping is a
# round trip: on every checkout it was one of four in an MRN lookup (ping, BEGIN, query, COMMIT).
PING_AFTER_IDLE_SECONDS = 10.0
_RETURNED_AT = "hms_returned_at"


@dataclass(frozen=True, slots=True)
class ServerTarget:
    """One PostgreSQL database a workstation can reach: the embedded one or a shared server."""

    host: str  # a host name, or the directory holding the unix socket
    port: int
    database: str
    embedded: bool
    sslmode: str = "verify-full"
    ca_file: str = ""
    label: str = ""
    # The profile's read replica for reports (issue 12); empty: none, reports run on this server.
    replica_host: str = ""
    replica_port: int = 5432

    @classmethod
    def for_embedded(cls, socket_dir: Path, port: int, database: str = DEFAULT_DATABASE) -> ServerTarget:
        return cls(host=str(socket_dir), port=port, database=database, embedded=True, sslmode="disable",
                   label="embedded")

    @classmethod
    def for_profile(cls, profile: ConnectionProfile) -> ServerTarget:
        return cls(host=profile.host, port=profile.port, database=profile.database, embedded=False,
                   sslmode=profile.sslmode, ca_file=profile.ca_file, label=profile.host,
                   replica_host=profile.replica_host.strip(), replica_port=profile.replica_port)

    def replica(self) -> ServerTarget | None:
        """The read replica as a target of its own (same database, SSL mode and CA), or None.

        The embedded server never has one: it is this workstation's own database."""
        if self.embedded or not self.replica_host:
            return None
        return ServerTarget(host=self.replica_host, port=self.replica_port, database=self.database,
                            embedded=False, sslmode=self.sslmode, ca_file=self.ca_file,
                            label=f"{self.replica_host} (replica)")

    def describe(self) -> str:
        return "embedded database" if self.embedded else f"{self.host}:{self.port}/{self.database}"

    def connect_kwargs(self, username: str, password: str | None) -> dict[str, object]:
        """Keyword arguments for ``psycopg.connect``."""
        kwargs: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": username,
            "application_name": APPLICATION_NAME,
            "connect_timeout": 5,
        }
        if password is not None:
            kwargs["password"] = password
        if not self.embedded:
            kwargs.update(TCP_KEEPALIVES)
            kwargs["sslmode"] = self.sslmode
            if self.ca_file:
                kwargs["sslrootcert"] = self.ca_file
        return kwargs

    def url(self, username: str, password: str | None = None, *, database: str | None = None) -> URL:
        query: dict[str, str] = {"host": self.host, "application_name": APPLICATION_NAME,
                                 "connect_timeout": "5"}
        if not self.embedded:
            query.update({key: str(value) for key, value in TCP_KEEPALIVES.items()})
            query["sslmode"] = self.sslmode
            if self.ca_file:
                query["sslrootcert"] = self.ca_file
        return URL.create(
            "postgresql+psycopg",
            username=username,
            password=password,
            port=self.port,
            database=database or self.database,
            query=query,
        )

    def with_database(self, database: str) -> ServerTarget:
        return ServerTarget(host=self.host, port=self.port, database=database, embedded=self.embedded,
                            sslmode=self.sslmode, ca_file=self.ca_file, label=self.label,
                            replica_host=self.replica_host, replica_port=self.replica_port)


def make_engine(url: URL | str, *, pool_size: int = 4, ping: bool = True) -> Engine:
    """``ping=False``: the caller pings inside its own checkout event (db/deadline.py), with ``rested``."""
    engine = create_engine(url, pool_size=pool_size, max_overflow=4, pool_recycle=1800)
    event.listen(engine, "connect", _note_return)  # just opened: no need to ping it on its first use
    event.listen(engine, "checkin", _note_return)
    if ping:
        dialect = engine.dialect

        @event.listens_for(engine, "checkout")
        def _check(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            if rested(record):
                ping_or_replace(dialect, dbapi_connection)
    return engine


def _note_return(dbapi_connection: Any, record: Any) -> None:
    record.info[_RETURNED_AT] = time.monotonic()


def rested(record: Any) -> bool:
    """Whether a pooled connection should be pinged before use.

    Like ``pool_pre_ping``, but a connection used in the last ``PING_AFTER_IDLE_SECONDS`` is trusted: a
    server restart within that window costs one failed use case (SQLAlchemy then invalidates the whole
    pool on the disconnect error), while the searches a desk types in a burst save a round trip each.
    """
    returned_at = record.info.get(_RETURNED_AT)
    return returned_at is None or time.monotonic() - returned_at >= PING_AFTER_IDLE_SECONDS


def ping_or_replace(dialect: Any, dbapi_connection: Any) -> None:
    """Ping; a connection that died with the server makes the pool open a new one (what pool_pre_ping did),
    so the app recovers by itself once the server is back."""
    try:
        alive = dialect.do_ping(dbapi_connection)
    except dialect.loaded_dbapi.Error as error:
        if dialect.is_disconnect(error, dbapi_connection, None):
            raise exc.DisconnectionError(str(error)) from error
        raise
    if not alive:
        raise exc.DisconnectionError("the connection did not answer a ping")
