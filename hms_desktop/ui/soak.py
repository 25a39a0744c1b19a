"""``hms soak``: the real main window kept busy by live updates, then quit (issue 14).

A workstation showing the bed board or a calendar redraws on every NOTIFY for hours. A Qt binding
that loses a reference on each call (PySide6 6.12.0 on Python 3.11 drops one reference to ``None``
per void call) aborts the interpreter after a few hundred such redraws, or on quitting. This check
logs in as a real user through the services, opens the main window with the real task runner and
listener, shows the bed board and the scheduling day view, and then, ``cycles`` times over, sends one
NOTIFY on each of their channels and waits until both screens have reloaded. Then it quits the way
Ctrl+Q does. The caller (``tests/gui/test_soak.py``, ``build/smoke_bundle.py``) checks that the
process exits with status 0, which it cannot if the interpreter aborted while finalising.

The screens' debounce timers (object name ``liveDebounce``) are shortened to 0 ms so each NOTIFY
costs one refresh; everything else is what a user runs.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from hms_desktop.config import WorkstationSettings
from hms_desktop.domain.staff import Module
from hms_desktop.services import auth, live, settings, setup
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.ui.controller import AppController
from hms_desktop.ui.tabs.registration import RegistrationTab
from hms_desktop.ui.tabs.scheduling import SchedulingTab
from hms_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SOAK_TIMEOUT_SECONDS = 900  # a cycle takes tens of milliseconds; this only stops a stuck run


@dataclass(frozen=True, slots=True)
class SoakResult:
    cycles: int
    bed_board_refreshes: int
    day_view_refreshes: int
    seconds: float
    none_refcount_before: int
    none_refcount_after: int
    peak_rss_mib: float  # the main window's memory after all the refreshes (issue 11 asks for it)

    def describe(self) -> str:
        return (f"hms: soak done: {self.cycles} cycles, {self.bed_board_refreshes} bed-board and "
                f"{self.day_view_refreshes} day-view refreshes in {self.seconds:.1f} s; "
                f"references to None {self.none_refcount_before} -> {self.none_refcount_after}; "
                f"peak RSS {self.peak_rss_mib:.0f} MiB")


def _peak_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)  # Linux KiB, macOS bytes


class _Notifier(threading.Thread):
    """Sends one NOTIFY per channel each time the GUI says both screens have caught up."""

    def __init__(self, ctx: ServiceContext, channels: tuple[str, ...]) -> None:
        super().__init__(name="soak-notifier", daemon=True)
        self._ctx = ctx
        self._channels = channels
        self._go = threading.Event()
        self._stop = threading.Event()
        self.error: BaseException | None = None

    def next_cycle(self) -> None:
        self._go.set()

    def stop(self) -> None:
        self._stop.set()
        self._go.set()

    def run(self) -> None:
        try:
            while True:
                self._go.wait()
                self._go.clear()
                if self._stop.is_set():
                    return
                live.send_notifications(self._ctx, self._channels, payload="soak")
        except BaseException as error:  # reported by the driver on the GUI thread
            self.error = error


class SoakDriver(QObject):
    """Counts the screens' reloads and starts the next cycle once both have reloaded."""

    finished = Signal()

    def __init__(self, controller: AppController, ctx: ServiceContext, cycles: int) -> None:
        super().__init__(controller)
        window = controller.main_window
        assert window is not None
        registration = window.module_widgets.get(Module.REGISTRATION)
        scheduling = window.module_widgets.get(Module.SCHEDULING)
        if not isinstance(registration, RegistrationTab) or not isinstance(scheduling, SchedulingTab):
            raise ServiceError("The soak check needs a user who sees Registration and Scheduling "
                               "(reception or administrator).")
        board = registration.ensure_bed_board()
        assert board is not None
        window.tabs.setCurrentWidget(scheduling)
        for timer in window.findChildren(QTimer, "liveDebounce"):
            timer.setInterval(0)
        self._controller = controller
        self._cycles = cycles
        self.cycle = 0
        self.board_refreshes = 0
        self.day_refreshes = 0
        self._board_seen = False
        self._day_seen = False
        self._started = time.monotonic()
        self._refcount_before = sys.getrefcount(None)
        self.result: SoakResult | None = None
        self.failure: str | None = None
        board.loaded.connect(self._board_loaded)
        scheduling.loaded.connect(self._day_loaded)
        self._notifier = _Notifier(ctx, ("beds", "appointments"))
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(SOAK_TIMEOUT_SECONDS * 1000)
        self._watchdog.timeout.connect(lambda: self._finish(f"no progress after cycle {self.cycle}"))

    def start(self) -> None:
        self._notifier.start()
        self._watchdog.start()
        # The screens' first loads (and the listener's catch-up reload) settle before cycle 1.
        QTimer.singleShot(1500, self._next_cycle)

    def _board_loaded(self) -> None:
        self.board_refreshes += 1
        self._board_seen = True
        self._maybe_next()

    def _day_loaded(self) -> None:
        self.day_refreshes += 1
        self._day_seen = True
        self._maybe_next()

    def _maybe_next(self) -> None:
        if self.cycle and self._board_seen and self._day_seen:
            self._next_cycle()

    def _next_cycle(self) -> None:
        if self._notifier.error is not None:
            self._finish(f"could not send notifications: {self._notifier.error}")
            return
        if self.cycle >= self._cycles:
            self._finish(None)
            return
        self.cycle += 1
        self._board_seen = self._day_seen = False
        self._watchdog.start()
        self._notifier.next_cycle()

    def _finish(self, failure: str | None) -> None:
        if self.result is not None or self.failure is not None:
            return
        self._notifier.stop()
        self._watchdog.stop()
        self.failure = failure
        self.result = SoakResult(cycles=self.cycle, bed_board_refreshes=self.board_refreshes,
                                 day_view_refreshes=self.day_refreshes,
                                 seconds=time.monotonic() - self._started,
                                 none_refcount_before=self._refcount_before,
                                 none_refcount_after=sys.getrefcount(None), peak_rss_mib=_peak_rss_mib())
        self._controller.quit()  # what Ctrl+Q does: end the session, close the windows, leave the loop


def run_soak(*, url: str | None, profile: str | None, username: str, password: str, cycles: int) -> int:
    """Returns the exit status: 0 when every cycle completed and the app quit cleanly."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("hms_desktop")
    from hms_desktop.app import apply_look

    apply_look(app)
    connection = setup.resolve(url, profile=profile)
    runner = TaskRunner(app)
    controller = AppController(runner=runner, workstation=WorkstationSettings(), connection=connection)
    try:
        ctx = auth.login(connection.target, username, password, throttle=controller.throttle)
        hospital = settings.get_settings(ctx)
    except ServiceError as error:
        print(f"hms: soak could not log in: {error}", file=sys.stderr)
        controller.shutdown()
        connection.close()
        return 2
    controller.open_main_window(ctx, hospital)
    driver = SoakDriver(controller, ctx, cycles)
    driver.start()
    status = app.exec()
    controller.shutdown()
    connection.close()
    result = driver.result
    if result is not None:
        print(result.describe(), flush=True)
    if driver.failure is not None:
        print(f"hms: soak failed: {driver.failure}", file=sys.stderr)
        return 1
    return status
