"""LiveScreen: what every live screen needs to stay current with a NOTIFY channel, in one place.

A screen (bed board, calendars, queues, rooms, waiting list) creates one with its ``LiveUpdates`` object,
the channel it cares about and its ``reload`` method, and loads through ``load()``:

- a burst of notifications (one transaction touches several tables, each notifying) becomes one reload
  after ``DEBOUNCE_MS``: the single-shot timer is named ``liveDebounce`` so the soak (``ui/soak.py``)
  finds it and sets it to 0 ms;
- one reload ``CATCH_UP_MS`` after subscribing, because the listener thread LISTENs on a new channel
  within about half a second and a change committed before that would go unnoticed;
- a reload whenever the connection comes back (``connection_changed(True)``): notifications sent while it
  was lost are lost too;
- an answer overtaken by a newer reload is dropped (a sequence number), so a slow old query never paints
  over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hms_desktop.services.errors import ServiceError
from hms_desktop.ui.tasks import Runner

DEBOUNCE_MS = 200
CATCH_UP_MS = 1200
DEBOUNCE_TIMER_NAME = "liveDebounce"

T = TypeVar("T")


class LiveScreen(QObject):
    """Owned by the screen (a child QObject), so it and its timers go when the screen goes.

    ``notified(payload)`` passes each notification on the channel on, for a screen that acts on what
    changed as well as reloading (the waiting list offers a cancelled slot).
    """

    notified = Signal(str)

    def __init__(self, screen: QWidget, *, live: Any, channel: str, reload: Callable[[], None],
                 debounce_ms: int = DEBOUNCE_MS, catch_up_ms: int = CATCH_UP_MS) -> None:
        super().__init__(screen)
        self._screen = screen
        self._channel = channel
        self._reload = reload
        self._sequence = 0
        self.debounce = QTimer(self)
        self.debounce.setObjectName(DEBOUNCE_TIMER_NAME)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(reload)
        self.catch_up = QTimer(self)
        self.catch_up.setSingleShot(True)
        self.catch_up.setInterval(catch_up_ms)
        self.catch_up.timeout.connect(reload)
        if live is not None:
            live.listen(channel)
            live.notified.connect(self._notified)
            live.connection_changed.connect(self._connection_changed)
            self.catch_up.start()

    def begin(self) -> int:
        """A reload starts: a pending debounced one is now redundant, and older answers are stale."""
        self.debounce.stop()
        self._sequence += 1
        return self._sequence

    def is_current(self, sequence: int) -> bool:
        return sequence == self._sequence

    def load(self, runner: Runner, work: Callable[[], T], *, on_success: Callable[[T], None],
             on_failure: Callable[[ServiceError], None]) -> None:
        """Run ``work`` in the background; call back only if no newer load has started meanwhile."""
        sequence = self.begin()

        def succeeded(result: T) -> None:
            if self.is_current(sequence):
                on_success(result)

        def failed(error: ServiceError) -> None:
            if self.is_current(sequence):
                on_failure(error)

        runner.run(work, on_success=succeeded, on_failure=failed, owner=self._screen)

    def _notified(self, channel: str, payload: str) -> None:
        if channel == self._channel:
            self.debounce.start()
            self.notified.emit(payload)

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self._reload()
