"""Where the database is and how to connect to it; engines are built after login."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine

from hms_desktop.config import ConnectionProfile

DEFAULT_DATABASE = "hms"
APPLICATION_NAME = "hms_desktop"
# A server that vanishes from the network (cable, Wi-Fi) is noticed in about 25 s by idle
# pooled connections too, not only by the 2-second watch; data sent and not acknowledged for 20 s
# (tcp_user_timeout, in ms) ends the connection however busy it is. A server whose processes are frozen
# still has its kernel acknowledge everything: only the client-side bound (db/deadline.py) catches that.
TCP_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                  "tcp_user_timeout": 20_000}


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

    @classmethod
    def for_embedded(cls, socket_dir: Path, port: int, database: str = DEFAULT_DATABASE) -> ServerTarget:
        return cls(host=str(socket_dir), port=port, database=database, embedded=True, sslmode="disable",
                   label="embedded")

    @classmethod
    def for_profile(cls, profile: ConnectionProfile) -> ServerTarget:
        return cls(host=profile.host, port=profile.port, database=profile.database, embedded=False,
                   sslmode=profile.sslmode, ca_file=profile.ca_file, label=profile.host)

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
                            sslmode=self.sslmode, ca_file=self.ca_file, label=self.label)


def make_engine(url: URL | str, *, pool_size: int = 4, pre_ping: bool = True) -> Engine:
    # pool_pre_ping replaces connections that died with the server, so the app
    # recovers by itself once the server is back (``pre_ping=False``: the caller pings, see db/deadline.py).
    return create_engine(url, pool_size=pool_size, max_overflow=4, pool_pre_ping=pre_ping, pool_recycle=1800)
