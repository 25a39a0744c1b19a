"""Live updates as Qt signals (DESIGN.md §2.7): notifications and the connection state.

The listener and the watch report on their own threads. Each report is re-emitted
through a private signal with a queued connection to this object, which lives in the
GUI thread, so ``notified`` and ``connection_changed`` are always emitted in the GUI
thread and their receivers may touch widgets. Nothing here runs SQL.

``connection_changed(True)`` after a ``False`` means notifications may have been missed
while disconnected: screens showing live data should reload then.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from hms_desktop.services import live as live_service
from hms_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

# Longer than the watch's own timeout (3 s): its answer decides, even on a machine so busy that a check takes
# seconds (1.5 s let "disconnected" through first under load). A real outage ends the hold as soon as the
# check fails, so "connection lost" still shows within the README's 5 s.
HOLD_MS = 3500
ASK_AFTER_MS = 300


class LiveUpdates(QObject):
    """Owns a notification listener and a connection watch for one logged-in user.

    ``connection_changed`` carries the combined state: connected only when the watch's
    checks succeed and the listener is connected; emitted on changes only.
    """

    notified = Signal(str, str)  # channel, payload
    connection_changed = Signal(bool)
    # The server refused the person: an administrator deactivated their account (the controller returns to
    # the login window and says so). Emitted once.
    account_deactivated = Signal()

    # Emitted on worker threads; delivered (queued) to this object's slots in the GUI thread.
    _listener_notified = Signal(str, str)
    _listener_state = Signal(bool)
    _watch_state = Signal(bool)
    _watch_deactivated = Signal()

    def __init__(self, ctx: ServiceContext, channels: Iterable[str] = (), *, interval: float = 2.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("LiveUpdates must be created in the GUI thread, after the application.")
        self._running = False
        self._listener_ok: bool | None = None
        self._watch_ok: bool | None = None
        self._connected: bool | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._listener_notified.connect(self._on_listener_notified, queued)
        self._listener_state.connect(self._on_listener_state, queued)
        self._watch_state.connect(self._on_watch_state, queued)
        self._watch_deactivated.connect(self._on_watch_deactivated, queued)
        self._deactivated = False
        # The callbacks only emit signals: they never touch this object's state or any widget.
        self._listener = live_service.make_listener(
            ctx, on_notify=self._listener_notified.emit, on_state=self._listener_state.emit,
            channels=channels)
        self._watch = live_service.make_watch(ctx, self._watch_state.emit, interval,
                                              on_deactivated=self._watch_deactivated.emit)
        # When the listener drops, the watch checks at once and "disconnected" waits for its answer (at most
        # this long): a person deactivated by an administrator sees why, not "connection lost" first.
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._update_connected)
        # The check waits a moment: hms_set_staff_active ends the sessions just before its NOLOGIN commits.
        self._ask = QTimer(self)
        self._ask.setSingleShot(True)
        self._ask.setInterval(ASK_AFTER_MS)
        self._ask.timeout.connect(self._watch.check_now)
        # If the owner forgets stop(), do not leave threads emitting into a deleted object.
        # (Captures the workers, not self: it runs after the C++ object is gone.)
        listener, watch = self._listener, self._watch

        def stop_workers(*_: object) -> None:
            listener.stop(timeout=0)
            watch.stop(timeout=0)

        self.destroyed.connect(stop_workers)

    @property
    def connected(self) -> bool | None:
        """The last state emitted by ``connection_changed``; None before the first."""
        return self._connected

    def start(self) -> None:
        self._running = True
        self._listener.start()
        self._watch.start()

    def stop(self) -> None:
        """Stop both threads and close the listener's connection. Call it before logging out."""
        self._running = False
        self._hold.stop()
        self._ask.stop()
        self._listener.stop()
        self._watch.stop()

    def listen(self, channel: str) -> None:
        """LISTEN on one more channel; raises ValueError for a name that is not a plain identifier."""
        self._listener.listen(channel)

    @Slot(str, str)
    def _on_listener_notified(self, channel: str, payload: str) -> None:
        if self._running:
            self.notified.emit(channel, payload)

    @Slot(bool)
    def _on_listener_state(self, ok: bool) -> None:
        if not ok and self._listener_ok and self._running:
            self._hold.start()
            self._ask.start()
        elif ok and self._hold.isActive():
            # Back before the watch answered: notifications may still have been missed meanwhile, so the
            # screens hear "disconnected" then "connected" and reload, as after any outage.
            self._hold.stop()
            if self._connected and not self._deactivated:
                self._connected = False
                self.connection_changed.emit(False)
        self._listener_ok = ok
        self._update_connected()

    @Slot(bool)
    def _on_watch_state(self, ok: bool) -> None:
        self._watch_ok = ok
        # Only a failure answers the hold's question early. "Available" may come from a check that began
        # before the listener dropped (the watch's first answer, on a busy machine): it says nothing about why
        # the listener dropped, so the hold goes on until the watch finds the person deactivated, the listener
        # is back, or the hold runs out.
        if not ok:
            self._hold.stop()
        self._update_connected()

    @Slot()
    def _on_watch_deactivated(self) -> None:
        if self._running and not self._deactivated:
            self._deactivated = True
            self.account_deactivated.emit()

    def _update_connected(self) -> None:
        known = [state for state in (self._listener_ok, self._watch_ok) if state is not None]
        if not known or not self._running or self._deactivated:  # not "connection lost": account_deactivated
            return
        if self._hold.isActive() and not self._listener_ok:  # the watch is asked why; its answer decides
            return
        connected = all(known)
        if connected is not self._connected:
            self._connected = connected
            log.debug("Live updates %s", "connected" if connected else "disconnected")
            self.connection_changed.emit(connected)
