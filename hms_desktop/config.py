"""Workstation settings: where the data lives and which server to use.

Hospital-wide settings (idle lock, slot length, tax...) live in the database; this
file holds only what belongs to one workstation: connection profiles, the chosen
profile, window geometry. It is JSON (never pickle or YAML) and never holds a password.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import platformdirs

from hms_desktop.i18n import translate

log = logging.getLogger(__name__)

APP_NAME = "hms_desktop"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# A profile is a line in a JSON file, not a column: these are what PostgreSQL and DNS allow.
PROFILE_NAME_MAX = 100
HOST_MAX = 253
DATABASE_NAME_MAX = 63
PATH_MAX = 4096
# Modes under which a connection may run without encryption (libpq falls back silently).
PLAIN_TEXT_MODES = frozenset({"disable", "allow", "prefer"})
_THIS_MACHINE = frozenset({"localhost", "127.0.0.1", "::1", ""})


def is_this_machine(host: str) -> bool:
    """A unix-socket directory or a loopback address: traffic that never crosses a network."""
    return host.startswith("/") or host.lower() in _THIS_MACHINE or host.startswith("127.")


def default_sslmode(host: str) -> str:
    """``verify-full`` for any server that is not this machine: encrypted, and it must prove who it is.

    A plain connection to another machine happens only when a profile or URL says so explicitly.
    """
    return "prefer" if is_this_machine(host) else "verify-full"


# Where root keeps its data. As root the embedded server runs as another OS user, which must be able to
# enter every folder above its data; root's home is private (0700) and must stay so (db/embedded.py).
ROOT_DATA_DIR = Path("/var/lib") / APP_NAME


DEFAULT_CALL_TIMEOUT = 20.0


def call_timeout() -> float:
    """Seconds a database call from the GUI may take before it gives up and says nothing was saved
    (``HMS_CALL_TIMEOUT`` overrides, e.g. for tests; the task runner's own bound is a little longer)."""
    try:
        value = float(os.environ.get("HMS_CALL_TIMEOUT", DEFAULT_CALL_TIMEOUT))
    except ValueError:
        return DEFAULT_CALL_TIMEOUT
    return value if value > 0 else DEFAULT_CALL_TIMEOUT


def data_dir() -> Path:
    """Per-user data directory; ``HMS_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("HMS_DATA_DIR")
    if override:
        path = Path(override)
    elif hasattr(os, "geteuid") and os.geteuid() == 0:
        path = ROOT_DATA_DIR
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("HMS_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def embedded_data_dir() -> Path:
    return data_dir() / "pgdata"


@dataclass(frozen=True, slots=True)
class ConnectionProfile:
    """A shared PostgreSQL server a workstation can log in to."""

    name: str
    host: str
    port: int = 5432
    database: str = "hms"
    sslmode: str = "verify-full"
    ca_file: str = ""
    # A streaming read replica of this server for reports and the dashboard (issue 12): empty = none, and
    # reports run on the server above. Same database, login, password, SSL mode and CA as the main server.
    replica_host: str = ""
    replica_port: int = 5432

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.strip():
            problems["name"] = translate("config", "Give the profile a name.")
        elif len(self.name) > PROFILE_NAME_MAX:
            problems["name"] = translate("config", "The profile name is too long (at most {limit} characters).").format(
                limit=PROFILE_NAME_MAX)
        if not self.host.strip():
            problems["host"] = translate("config", "Enter the server's host name or address.")
        elif len(self.host) > HOST_MAX:
            problems["host"] = translate("config", "The host name is too long (at most {limit} characters).").format(
                limit=HOST_MAX)
        if not 1 <= self.port <= 65535:
            problems["port"] = translate("config", "The port is a number from 1 to 65535.")
        if not self.database.strip():
            problems["database"] = translate("config", "Enter the database name.")
        elif len(self.database) > DATABASE_NAME_MAX:
            problems["database"] = translate(
                "config", "The database name is too long (at most {limit} characters).").format(limit=DATABASE_NAME_MAX)
        if self.sslmode not in SSL_MODES:
            problems["sslmode"] = translate("config", "Choose one of: {choices}.").format(choices=", ".join(SSL_MODES))
        if len(self.ca_file) > PATH_MAX:
            problems["ca_file"] = translate("config", "The file name is too long (at most {limit} characters).").format(
                limit=PATH_MAX)
        elif self.ca_file and not Path(self.ca_file).is_file():
            problems["ca_file"] = translate("config", "The CA certificate file does not exist.")
        problems.update(replica_problems(self.host, self.port, self.replica_host, self.replica_port))
        return problems

    def describe(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    @property
    def has_replica(self) -> bool:
        return bool(self.replica_host.strip())


def replica_problems(host: str, port: int, replica_host: str, replica_port: int) -> dict[str, str]:
    """What is wrong with a read replica's address, in words (an empty host means no replica)."""
    problems: dict[str, str] = {}
    if not replica_host.strip():
        return problems
    if len(replica_host) > HOST_MAX:
        problems["replica_host"] = translate(
            "config", "The replica's host name is too long (at most {limit} characters).").format(limit=HOST_MAX)
    elif replica_host.strip() != replica_host or any(c.isspace() for c in replica_host):
        problems["replica_host"] = translate("config", "The replica's host name cannot contain spaces.")
    if not 1 <= replica_port <= 65535:
        problems["replica_port"] = translate("config", "The replica's port is a number from 1 to 65535.")
    elif replica_host.strip().lower() == host.strip().lower() and replica_port == port:
        # Reports sent "to the replica" would load the very server the desks use.
        problems["replica_host"] = translate("config", "The read replica must be another server than the main one: "
                                              "give its own host name, or its own port on the same host.")
    return problems


def parse_replica(value: str) -> tuple[str, int]:
    """``host`` or ``host:port`` (a URL's ``replica=`` parameter); the port defaults to 5432."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [::1]:5433
        host, _, rest = value[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    else:
        host, port_text = value, ""
    try:
        port = int(port_text) if port_text else 5432
    except ValueError:
        raise ValueError(f"The replica's port “{port_text}” is not a number.") from None
    return host, port


@dataclass(slots=True)
class WorkstationSettings:
    profiles: list[ConnectionProfile] = field(default_factory=list)
    # Empty means the embedded database on this machine.
    active_profile: str = ""
    last_username: str = ""
    # The language of this workstation's screens ("fr"); empty for the system's (ui/language.py).
    language: str = ""

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "workstation.json"

    @classmethod
    def load(cls) -> WorkstationSettings:
        path = cls.path()
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            profiles = [ConnectionProfile(**p) for p in raw.get("profiles", [])]
            return cls(
                profiles=profiles,
                active_profile=str(raw.get("active_profile", "")),
                last_username=str(raw.get("last_username", "")),
                language=str(raw.get("language", "")),
            )
        except (ValueError, TypeError) as error:
            # A damaged settings file must not keep the app from starting.
            log.warning("Ignoring unreadable workstation settings %s: %s", path, error)
            return cls()

    def save(self) -> None:
        path = self.path()
        payload = {
            "profiles": [asdict(p) for p in self.profiles],
            "active_profile": self.active_profile,
            "last_username": self.last_username,
            "language": self.language,
        }
        # Write then rename, so a crash never leaves half a file.
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2)
            tmp = Path(handle.name)
        tmp.replace(path)

    def profile(self, name: str) -> ConnectionProfile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def upsert_profile(self, profile: ConnectionProfile) -> None:
        self.profiles = [p for p in self.profiles if p.name != profile.name] + [profile]


def profile_from_url(url: str) -> ConnectionProfile:
    """A ``postgresql://host:port/db?sslmode=...`` URL as an unnamed profile (user and password dropped)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise ValueError("The database URL must start with postgresql://")
    # Like libpq: query values are percent-decoded (host=%2Fvar%2Frun%2Fpostgresql is a socket directory),
    # and ?host= / ?port= stand in for an empty authority.
    query = {key: unquote(value)
             for key, value in (item.split("=", 1) for item in parts.query.split("&") if "=" in item)}
    host = parts.hostname or query.get("host", "")
    # ``replica=host:port`` names a read replica for reports; it is ours, never passed on to libpq
    # (ServerTarget.url builds the query again from known fields).
    replica_host, replica_port = parse_replica(query["replica"]) if query.get("replica") else ("", 5432)
    return ConnectionProfile(
        name="(from URL)",
        host=host,
        port=parts.port or int(query.get("port", 5432)),
        database=unquote(parts.path.lstrip("/")) or "hms",
        sslmode=query.get("sslmode") or default_sslmode(host),
        ca_file=query.get("sslrootcert", ""),
        replica_host=replica_host,
        replica_port=replica_port,
    )
