"""LISTEN/NOTIFY and connection watching, on background threads, without Qt (DESIGN.md §2.7).

``NotificationListener`` keeps one autocommit psycopg connection of its own, LISTENs on a
set of channels and hands every notification to a callback. When the connection breaks it
says so at once, then reconnects by itself (0.5 s, 1 s, 2 s ... at most 5 s apart) and
LISTENs again. Notifications sent while it was disconnected are lost: whoever shows live
data should reload it when the listener reports it is connected again.

``ConnectionWatch`` runs a caller's check every few seconds and reports only changes, so a
status bar can say "disconnected" within seconds even when nothing else touches the server.

Callbacks run on the worker threads; the Qt wrapper (``ui/live.py``) turns them into signals.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from hms_desktop.db.engine import ServerTarget

log = logging.getLogger(__name__)

CHANNEL_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MIN_BACKOFF = 0.5
MAX_BACKOFF = 5.0
POLL_SECONDS = 0.5  # how long one wait for notifications lasts: bounds stop() and listen() latency
CHECK_GRACE_SECONDS = 0.3  # how long stop() waits for a connection check still running

Connector = Callable[[], "psycopg.Connection[Any]"]
NotifyCallback = Callable[[str, str], None]
StateCallback = Callable[[bool], None]


def validate_channel(channel: str) -> str:
    """Return ``channel`` if it is a plain lower-case identifier, else raise ValueError."""
    if not isinstance(channel, str) or CHANNEL_PATTERN.fullmatch(channel) is None:
        raise ValueError(f"Not a valid notification channel name: {channel!r}")
    return channel


def _describe(error: BaseException) -> str:
    # First line only: enough to diagnose, and never the connection parameters.
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"


def server_connector(target: ServerTarget, username: str, password: Callable[[], str | None]) -> Connector:
    """Open a fresh connection as ``username``, asking ``password()`` each time (it may have changed)."""

    def connect() -> psycopg.Connection[Any]:
        kwargs = target.connect_kwargs(username, password())
        # TCP keepalives notice a dead peer (cable pulled, server machine off) that would
        # otherwise leave the wait for notifications hanging; libpq ignores them on sockets.
        kwargs.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        return psycopg.connect(**kwargs, autocommit=True)  # type: ignore[arg-type]

    return connect


def engine_connector(engine: Engine) -> Connector:
    """Take a connection out of ``engine``'s pool for good.

    It is opened exactly like the engine's other connections (same server, role and the
    current password, which the engine adds at connect time), so the listener never needs
    to hold a copy of the password.
    """

    def connect() -> psycopg.Connection[Any]:
        proxied = engine.raw_connection()
        try:
            conn = proxied.driver_connection
            if not isinstance(conn, psycopg.Connection):
                raise TypeError(f"The engine does not use psycopg 3 (got {type(conn).__name__})")
            proxied.detach()  # the pool forgets it and opens a new one when it needs one
            conn.rollback()  # pool_pre_ping may have opened a transaction
            conn.autocommit = True
        except BaseException:
            proxied.close()  # detached: this really closes it
            raise
        return conn

    return connect


def _close_quietly(conn: psycopg.Connection[Any] | None) -> None:
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()


class NotificationListener:
    """A daemon thread that LISTENs on channels and calls ``on_notify(channel, payload)``.

    ``on_state(connected)`` is called with False as soon as the connection breaks or cannot
    be made, and with True once it is (re)made and every channel is LISTENed again. It is
    called only when the state changes. Callbacks run on the listener's thread and must
    not block for long; an exception in them is logged and does not stop the listener.
    """

    def __init__(
        self,
        connect: Connector,
        *,
        on_notify: NotifyCallback,
        on_state: StateCallback | None = None,
        channels: Iterable[str] = (),
        name: str = "hms-listener",
    ) -> None:
        self._connect = connect
        self._on_notify = on_notify
        self._on_state = on_state
        self._name = name
        self._lock = threading.Lock()
        self._channels: set[str] = {validate_channel(c) for c in channels}
        self._listening: set[str] = set()  # LISTENed on the current connection
        self._connected: bool | None = None
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def for_server(
        cls,
        target: ServerTarget,
        username: str,
        password: Callable[[], str | None],
        **options: Any,
    ) -> NotificationListener:
        """Connect straight to ``target``; ``password()`` is asked again on every reconnect."""
        return cls(server_connector(target, username, password), **options)

    # --- used from any thread ---

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("This listener was already started; make a new one.")
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def listen(self, channel: str) -> None:
        """Add a channel; the listener thread LISTENs on it within about half a second."""
        channel = validate_channel(channel)
        with self._lock:
            self._channels.add(channel)

    def listening(self) -> frozenset[str]:
        """The channels LISTENed on the live connection right now (empty while disconnected)."""
        with self._lock:
            return frozenset(self._listening)

    @property
    def channels(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._channels)

    @property
    def connected(self) -> bool:
        return bool(self._connected)

    def stop(self, timeout: float = 2.0) -> None:
        """End the thread and close its connection; returns within about ``POLL_SECONDS``.

        If the thread is stuck opening a connection (a server that does not answer) this
        returns after ``timeout`` anyway; the daemon thread then closes that connection
        and ends as soon as the attempt finishes.
        """
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the listener thread ---

    def _run(self) -> None:
        delay = MIN_BACKOFF
        while not self._stopping.is_set():
            conn: psycopg.Connection[Any] | None = None
            try:
                conn = self._connect()
                if self._stopping.is_set():
                    break
                self._listen_to_new_channels(conn)
                self._set_state(True)
                delay = MIN_BACKOFF
                self._pump(conn)
            except Exception as error:  # psycopg or SQLAlchemy errors, OSError: all mean "no connection"
                if not self._stopping.is_set():
                    log.warning("Notification listener disconnected (%s); retrying in %.1f s",
                                _describe(error), delay)
            finally:
                with self._lock:
                    self._listening.clear()
                _close_quietly(conn)
            if self._stopping.is_set():
                break
            self._set_state(False)
            self._stopping.wait(delay)
            delay = min(delay * 2, MAX_BACKOFF)
        log.debug("Notification listener stopped")

    def _pump(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stopping.is_set():
            with contextlib.closing(conn.notifies(timeout=POLL_SECONDS)) as stream:
                for note in stream:
                    self._deliver(note.channel, note.payload)
                    if self._stopping.is_set():
                        return
            # Channels added from other threads are LISTENed here, so the connection is only
            # ever used by this thread (notifies() holds its lock while waiting anyway).
            self._listen_to_new_channels(conn)
            if conn.closed or conn.broken:
                raise psycopg.OperationalError("the connection was closed")

    def _listen_to_new_channels(self, conn: psycopg.Connection[Any]) -> None:
        with self._lock:
            pending = sorted(self._channels - self._listening)
        for channel in pending:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
            with self._lock:
                self._listening.add(channel)

    def _deliver(self, channel: str, payload: str) -> None:
        try:
            self._on_notify(channel, payload)
        except Exception:
            log.exception("A notification handler failed for channel %s", channel)

    def _set_state(self, connected: bool) -> None:
        if self._connected is connected:
            return
        self._connected = connected
        if connected:
            log.info("Notification listener connected")
        if self._on_state is not None:
            try:
                self._on_state(connected)
            except Exception:
                log.exception("A connection-state handler failed")


class ConnectionWatch:
    """Calls ``check()`` every ``interval`` seconds on a daemon thread; reports changes only.

    ``check`` raises when the database cannot be reached. A check still running after
    ``timeout`` seconds (a server or network that stopped answering) counts as a failure
    straight away; the next check starts when that one has finished. The first result is
    always reported. ``on_state`` runs on the watch's thread.
    """

    def __init__(
        self,
        check: Callable[[], None],
        *,
        on_state: StateCallback,
        interval: float = 2.0,
        timeout: float = 3.0,
        name: str = "hms-connection-watch",
    ) -> None:
        if interval <= 0 or timeout <= 0:
            raise ValueError("interval and timeout must be positive")
        self._check = check
        self._on_state = on_state
        self.interval = interval
        self.timeout = timeout
        self._name = name
        self._state: bool | None = None
        self._stopping = threading.Event()
        self._wake = threading.Event()  # check_now(), or stop(): end the wait between checks early
        self._thread: threading.Thread | None = None
        self._attempt: threading.Thread | None = None  # the check running now, on a thread of its own

    @property
    def state(self) -> bool | None:
        """True / False after the first check, None before."""
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("This watch was already started; make a new one.")
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """End the watch, and give the check in progress a moment to end too (a check is a ``SELECT 1``
        taking milliseconds): one left running would still use the engine while the caller disposes it, or
        while the interpreter exits. A check hanging on a server that does not answer is not waited for."""
        self._stopping.set()
        self._wake.set()
        thread, attempt = self._thread, self._attempt
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if attempt is not None and attempt is not threading.current_thread():
            attempt.join(min(timeout, CHECK_GRACE_SECONDS))

    def check_now(self) -> None:
        """Check at once instead of at the end of the interval (the listener just lost its connection: is the
        server gone, or was this person deactivated?). A check already running is not repeated."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            ok = self._check_once()
            if ok is None:  # stopped while a check hung
                break
            self._report(ok)
            self._wake.wait(self.interval)

    def _check_once(self) -> bool | None:
        outcome: list[bool] = []
        finished = threading.Event()

        def attempt() -> None:
            try:
                self._check()
                outcome.append(True)
            except Exception as error:
                log.debug("Connection check failed: %s", _describe(error))
                outcome.append(False)
            finally:
                finished.set()

        # A thread per check, so a check that hangs cannot make the watch miss its deadline.
        checking = threading.Thread(target=attempt, name=f"{self._name}-check", daemon=True)
        checking.start()
        self._attempt = checking  # only once started: stop() may join it from another thread at any moment
        if not finished.wait(self.timeout):
            log.debug("Connection check did not answer within %.1f s", self.timeout)
            self._report(False)
            while not finished.wait(POLL_SECONDS):
                if self._stopping.is_set():
                    return None
        return outcome[0]

    def _report(self, ok: bool) -> None:
        if self._stopping.is_set() or self._state is ok:
            return
        self._state = ok
        log.info("Database connection %s", "available" if ok else "lost")
        try:
            self._on_state(ok)
        except Exception:
            log.exception("A connection-state handler failed")
