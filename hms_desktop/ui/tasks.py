"""Background work: the GUI thread never waits on the database (DESIGN.md §2.6).

A task is a plain function (it calls services, which open their own session) run on
a QThreadPool. Its result, or a ServiceError with a message for people, comes back
to the GUI thread through a signal, where ``on_success`` / ``on_failure`` run. Like
Anki's QueryOp, the function never touches a widget. Tests use ``SyncTaskRunner``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from hms_desktop.services.errors import (
    SERVER_DID_NOT_ANSWER_MESSAGE,
    AccountDeactivated,
    ConnectionLost,
    ServiceError,
    translate,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
# The runner's bound is the database's (config.call_timeout) plus this: normally the unit of work gives up
# first and frees its thread; the runner's watchdog is for what the database bound cannot see (a task
# waiting for a pool thread behind frozen ones, or stuck outside a unit of work).
TASK_TIMEOUT_MARGIN = 8.0


class TaskControl:
    """Handed to long tasks: report progress, and see whether the user pressed Cancel."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._reporter: Callable[[int, str], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def progress(self, percent: int, message: str = "") -> None:
        if self._reporter is not None:
            self._reporter(percent, message)


class Cancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("Cancelled.")


class _Signals(QObject):
    # Lives in the GUI thread; emitting from a worker queues the call to the GUI thread.
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals: _Signals | None = signals

    def run(self) -> None:
        # The job lets go of the signals object before answering: the pool may keep the job's Python wrapper
        # for a while after it ran, and with it the signals (an object count grew by up to a hundred per 200
        # tasks in tests/gui/test_tasks.py). The runner deletes the signals once the answer arrived.
        signals, self._signals = self._signals, None
        assert signals is not None, "a job runs once"
        try:
            result = self._fn()
        except BaseException as error:  # everything must reach the GUI as a message, never kill the pool
            if not isinstance(error, ServiceError):
                log.error("Background task failed", exc_info=error)
            signals.failed.emit(translate(error))
            return
        signals.succeeded.emit(result)


def show_error(parent: QWidget | None, error: ServiceError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("TaskRunner", "Could not complete"), str(error))


class Runner(Protocol):
    def run(self, fn: Callable[[], T], *, on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[ServiceError], None] | None = None, owner: QObject | None = None) -> None: ...

    def run_with_progress(self, fn: Callable[[TaskControl], T], *, title: str, parent: QWidget | None,
                          on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[ServiceError], None] | None = None) -> TaskControl: ...

    def run_cancellable(self, fn: Callable[[TaskControl], T], *,
                        on_progress: Callable[[int, str], None] | None = None,
                        on_success: Callable[[T], None] | None = None,
                        on_failure: Callable[[ServiceError], None] | None = None,
                        owner: QObject | None = None) -> TaskControl: ...

    def wait_for_idle(self, msecs: int = 30000) -> bool: ...


class TaskRunner(QObject):
    """Runs tasks on a thread pool; callbacks run on the GUI thread, skipped if ``owner`` is gone.

    ``task_timeout`` (seconds): a task that has not answered by then fails with "The server did not answer in
    time. Nothing was saved; what you typed is kept.", so no dialog stays on "Saving…"; whatever the task
    answers later is dropped (logged). Registration and booking are safe to retry after that: they carry a
    request id (migration 0007). Tasks with a progress dialog (``run_with_progress``) are not bounded.
    """

    # A task was refused because an administrator deactivated the person's account: the controller returns
    # to the login window (the task's own on_failure still runs and shows the same words).
    account_deactivated = Signal()

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4,
                 task_timeout: float | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._live: set[_Signals] = set()
        self.task_timeout = task_timeout

    def run(self, fn: Callable[[], T], *, on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[ServiceError], None] | None = None, owner: QObject | None = None) -> None:
        self._run(fn, on_success=on_success, on_failure=on_failure, owner=owner, timeout=self.task_timeout)

    def _run(self, fn: Callable[[], T], *, on_success: Callable[[T], None] | None,
             on_failure: Callable[[ServiceError], None] | None, owner: QObject | None,
             timeout: float | None) -> None:
        signals = _Signals()
        self._live.add(signals)
        given_up = False

        def alive() -> bool:
            return owner is None or isValid(owner)

        def finished() -> None:
            # The signals object, its connections and these closures form a cycle through C++ (the
            # connections) that Python's collector cannot see: without deleting the QObject every task
            # leaked them (about 25 KiB per live refresh, found by `hms soak`).
            self._live.discard(signals)
            signals.deleteLater()

        def succeeded(result: object) -> None:
            finished()
            if given_up:
                log.warning("A task answered after the runner had given up on it; its result was dropped")
                return
            if alive() and on_success is not None:
                on_success(result)  # type: ignore[arg-type]

        def failed(error: ServiceError) -> None:
            finished()
            if isinstance(error, AccountDeactivated):
                self.account_deactivated.emit()
            if given_up:
                return
            report(error)

        def report(error: ServiceError) -> None:
            if not alive():
                return
            if on_failure is not None:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(owner if isinstance(owner, QWidget) else None, error)

        def give_up() -> None:
            nonlocal given_up
            given_up = True
            # The signals object stays until the job really ends (the worker will still emit on it).
            report(ConnectionLost(QCoreApplication.translate("services", SERVER_DID_NOT_ANSWER_MESSAGE)))

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        if timeout is not None:
            watchdog = QTimer(signals)  # goes with the signals object: stopped once the answer came
            watchdog.setSingleShot(True)
            watchdog.timeout.connect(give_up)
            signals.succeeded.connect(watchdog.stop)
            signals.failed.connect(watchdog.stop)
            watchdog.start(int(timeout * 1000))
        self._pool.start(_Job(fn, signals))

    def run_with_progress(self, fn: Callable[[TaskControl], T], *, title: str, parent: QWidget | None,
                          on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[ServiceError], None] | None = None) -> TaskControl:
        control = TaskControl()
        dialog = QProgressDialog(title, QCoreApplication.translate("TaskRunner", "Cancel"), 0, 100, parent)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(control.cancel)
        relay = _Signals(dialog)  # parented, so it lives as long as the dialog does

        def show_progress(pct: int, msg: str) -> None:
            dialog.setValue(pct)
            if msg:
                dialog.setLabelText(msg)

        relay.progressed.connect(show_progress)
        control._reporter = relay.progressed.emit

        def finish_ok(result: T) -> None:
            dialog.reset()
            if on_success is not None:
                on_success(result)

        def finish_failed(error: ServiceError) -> None:
            dialog.reset()
            if on_failure is not None:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(parent, error)

        # Long work with a Cancel button is not bounded: the person decides how long to wait.
        self._run(lambda: fn(control), on_success=finish_ok, on_failure=finish_failed, owner=parent, timeout=None)
        return control

    def run_cancellable(self, fn: Callable[[TaskControl], T], *,
                        on_progress: Callable[[int, str], None] | None = None,
                        on_success: Callable[[T], None] | None = None,
                        on_failure: Callable[[ServiceError], None] | None = None,
                        owner: QObject | None = None) -> TaskControl:
        """Long work whose screen shows its own progress bar and Cancel button (``run_with_progress`` brings a
        dialog of its own). ``fn`` gets a ``TaskControl``: ``control.progress(percent, message)`` reaches
        ``on_progress`` on the GUI thread, and the screen's Cancel calls ``control.cancel()``, which ``fn``
        looks at between steps. When ``owner`` goes (its window closed), the work is cancelled too, and no
        callback runs. Not bounded by ``task_timeout``: the person watches it and decides."""
        control = TaskControl()
        relay = _Signals()  # kept until the task ends: the worker may still report after the owner is gone
        self._live.add(relay)

        def alive() -> bool:
            return owner is None or isValid(owner)

        def show(percent: int, message: str) -> None:
            if on_progress is not None and alive():
                on_progress(percent, message)

        def release() -> None:
            # Progress emitted before the answer was queued before it, so it has been shown already.
            self._live.discard(relay)
            relay.deleteLater()

        def finish_ok(result: T) -> None:
            release()
            if on_success is not None:
                on_success(result)

        def finish_failed(error: ServiceError) -> None:
            release()
            if on_failure is not None:
                on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(owner if isinstance(owner, QWidget) else None, error)

        relay.progressed.connect(show)
        control._reporter = relay.progressed.emit
        if owner is not None:
            owner.destroyed.connect(control.cancel)
        self._run(lambda: fn(control), on_success=finish_ok, on_failure=finish_failed, owner=owner, timeout=None)
        return control

    def wait_for_idle(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """For tests: runs the task at once on the calling thread, with the same error handling.

    Where the real runner would show an error box (no ``on_failure``), this one keeps the error in
    ``unhandled`` instead (a modal box would stall a test); the GUI tests' ``runner`` fixture fails the
    test if anything is left there, so a screen that silently swallows a failure cannot pass.
    """

    account_deactivated = Signal()  # as TaskRunner's

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors: list[ServiceError] = []
        self.unhandled: list[ServiceError] = []
        # Tests of Cancel: ``run_cancellable`` cancels its task after this many progress reports.
        self.cancel_after: int | None = None

    def run(self, fn: Callable[[], T], *, on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[ServiceError], None] | None = None, owner: QObject | None = None) -> None:
        try:
            result = fn()
        except BaseException as error:
            translated = translate(error)
            self.errors.append(translated)
            if isinstance(translated, AccountDeactivated):
                self.account_deactivated.emit()
            if owner is not None and not isValid(owner):
                return
            if on_failure is not None:
                on_failure(translated)
            elif not isinstance(translated, Cancelled):
                self.unhandled.append(translated)
            return
        if on_success is not None and (owner is None or isValid(owner)):
            on_success(result)

    def run_with_progress(self, fn: Callable[[TaskControl], T], *, title: str, parent: QWidget | None,
                          on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[ServiceError], None] | None = None) -> TaskControl:
        control = TaskControl()
        self.run(lambda: fn(control), on_success=on_success, on_failure=on_failure, owner=parent)
        return control

    def run_cancellable(self, fn: Callable[[TaskControl], T], *,
                        on_progress: Callable[[int, str], None] | None = None,
                        on_success: Callable[[T], None] | None = None,
                        on_failure: Callable[[ServiceError], None] | None = None,
                        owner: QObject | None = None) -> TaskControl:
        """At once, on this thread; progress is reported straight to ``on_progress``. A test that wants to
        cancel part-way cancels ``control`` from ``on_progress`` (``cancel_after`` below does)."""
        control = TaskControl()
        if on_progress is not None:
            control._reporter = on_progress
        if self.cancel_after is not None:
            control._reporter = _cancel_after(control, self.cancel_after, on_progress)
        self.run(lambda: fn(control), on_success=on_success, on_failure=on_failure, owner=owner)
        return control

    def wait_for_idle(self, msecs: int = 0) -> bool:
        return True


def _cancel_after(control: TaskControl, reports: int, on_progress: Callable[[int, str], None] | None
                  ) -> Callable[[int, str], None]:
    seen = 0

    def report(percent: int, message: str) -> None:
        nonlocal seen
        seen += 1
        if on_progress is not None:
            on_progress(percent, message)
        if seen >= reports:
            control.cancel()

    return report
