"""A bound on every unit of work started from the GUI: a server that stops answering cannot hang a save.

A frozen server (its processes stopped, a VM paused, a wedged disk) keeps its TCP connections open: the
kernel still acknowledges every packet, so keepalives and ``tcp_user_timeout`` never fire, and the server's
own ``statement_timeout`` cannot fire either because the backend does not run. Only the client can give up.

``CallWatch`` arms a timer when a unit of work begins. The pool's checkout event tells it which DBAPI
connection the unit of work's thread took; when the timer fires first, the watch shuts that connection's
socket down. The thread blocked in libpq then sees the connection close at once (the pool discards it),
the unit of work ends with ``ServerDidNotAnswer``, and the service reports it in people's words.

Giving up does not undo a COMMIT the server already received: a server that wakes up may still commit.
Registration and booking carry a request id for that reason (migration 0007).

Because a stale pooled connection must be found before the timer is meaningful, an engine with a watch
pings each connection inside the checkout event (after the watch knows the connection) instead of
SQLAlchemy's ``pool_pre_ping``, which runs before any event and so could hang out of the watch's reach.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy import exc as sa_exc

from hms_desktop.db.engine import rested

log = logging.getLogger(__name__)


class ServerDidNotAnswer(Exception):
    """The unit of work outlived its bound; its connection was cut. Nothing it did is known to be saved."""


class Call:
    __slots__ = ("connection", "timed_out", "timer")

    def __init__(self) -> None:
        self.connection: Any = None
        self.timed_out = False
        self.timer: threading.Timer | None = None


def _cut(dbapi_connection: Any) -> None:
    """Shut the socket down under libpq's feet: a thread waiting on it wakes up to a closed connection."""
    if getattr(dbapi_connection, "closed", True):
        return
    fd = dbapi_connection.pgconn.socket
    duplicate = socket.socket(fileno=os.dup(fd))
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already gone
    finally:
        duplicate.close()


class CallWatch:
    """Give up on a unit of work after ``seconds``; see the module docstring."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._local = threading.local()
        self._lock = threading.Lock()

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "checkout", self._checked_out)

    def begin(self) -> Call:
        call = Call()
        self._local.call = call
        timer = threading.Timer(self.seconds, self._expire, args=(call,))
        timer.daemon = True
        call.timer = timer
        timer.start()
        return call

    def end(self, call: Call) -> bool:
        """Stop watching; True if the bound was exceeded (the connection was cut)."""
        with self._lock:
            if call.timer is not None:
                call.timer.cancel()
            call.connection = None
        if getattr(self._local, "call", None) is call:
            self._local.call = None
        return call.timed_out

    def _expire(self, call: Call) -> None:
        with self._lock:
            call.timed_out = True
            connection = call.connection
            if connection is not None:
                log.warning("The database did not answer within %.0f s; cutting the connection", self.seconds)
                _cut(connection)

    def _checked_out(self, dbapi_connection: Any, record: Any, proxy: Any) -> None:
        call: Call | None = getattr(self._local, "call", None)
        if call is not None:
            with self._lock:
                call.connection = dbapi_connection
                if call.timed_out:
                    _cut(dbapi_connection)
        if not rested(record) and not (call is not None and call.timed_out):
            return  # used moments ago: trusted without a round trip (engine.rested)
        try:
            _ping(dbapi_connection)
        except Exception as error:
            if call is not None and call.timed_out:
                raise ServerDidNotAnswer() from error
            # A connection that died with the server: the pool replaces it (what pool_pre_ping did).
            raise sa_exc.DisconnectionError() from error


def _ping(dbapi_connection: Any) -> None:
    autocommit = dbapi_connection.autocommit
    if not autocommit:
        dbapi_connection.autocommit = True
    try:
        dbapi_connection.execute("SELECT 1")
    finally:
        if not autocommit and not dbapi_connection.closed:
            dbapi_connection.autocommit = False
