"""LISTEN/NOTIFY listener and connection watch, on the real server — including a real server restart."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from helpers import DEFAULT_PASSWORD

from hms_desktop.db.listen import ConnectionWatch, NotificationListener, validate_channel
from hms_desktop.domain.staff import Group
from hms_desktop.services import live, users
from hms_desktop.services.errors import ConnectionLost


class Recorder:
    """Collects callback values from worker threads; tests wait for a value to show up."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.values: list[object] = []

    def __call__(self, *args: object) -> None:
        with self._cond:
            self.values.append(args[0] if len(args) == 1 else args)
            self._cond.notify_all()

    def mark(self) -> int:
        with self._cond:
            return len(self.values)

    def wait_for(self, value: object, timeout: float, *, after: int = 0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: value in self.values[after:], timeout)


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture(scope="module")
def receptionist(database) -> str:
    return database.add_user(Group.RECEPTION, password=DEFAULT_PASSWORD)


@pytest.fixture
def notify(database, receptionist) -> Iterator[Callable[[str, str], None]]:
    """Send a notification from a connection other than the listener's."""
    with database.connect_as(receptionist, DEFAULT_PASSWORD) as conn:
        yield lambda channel, payload: conn.execute("SELECT pg_notify(%s, %s)", (channel, payload))


def backend_count(database, username: str) -> int:
    with database.cluster.admin_connect(database.name) as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (username,)).fetchone()
    assert row is not None
    return int(row[0])


def start_listener(database, username: str, *, password: Callable[[], str | None] = lambda: DEFAULT_PASSWORD,
                   channels: tuple[str, ...] = ("queue",)) -> tuple[NotificationListener, Recorder, Recorder]:
    notes, states = Recorder(), Recorder()
    listener = NotificationListener.for_server(database.target, username, password, on_notify=notes,
                                               on_state=states, channels=channels)
    listener.start()
    return listener, notes, states


def test_staff_listener_receives_a_notification(database, receptionist, notify) -> None:
    listener, notes, states = start_listener(database, receptionist)
    try:
        assert states.wait_for(True, 5), states.values
        notify("queue", "x")
        assert notes.wait_for(("queue", "x"), 2), notes.values
        assert listener.connected
    finally:
        listener.stop()


def test_channels_added_while_running_are_listened(database, receptionist, notify) -> None:
    listener, notes, states = start_listener(database, receptionist)
    try:
        assert states.wait_for(True, 5)
        listener.listen("beds")
        assert wait_until(lambda: "beds" in listener.listening(), 2), listener.listening()
        notify("beds", "ward-a")
        notify("appointments", "not listened")
        notify("queue", "after")
        assert notes.wait_for(("queue", "after"), 2)
        assert ("beds", "ward-a") in notes.values
        assert all(channel != "appointments" for channel, _ in notes.values)
    finally:
        listener.stop()


@pytest.mark.parametrize("bad", ["bad name;", "Queue", "", "1queue", "a" * 64, "queue\n",
                                 'x"; DROP TABLE staff'])
def test_channel_names_are_validated(database, receptionist, bad: str) -> None:
    with pytest.raises(ValueError, match="channel"):
        validate_channel(bad)
    with pytest.raises(ValueError, match="channel"):
        NotificationListener.for_server(database.target, receptionist, lambda: DEFAULT_PASSWORD,
                                        on_notify=lambda c, p: None, channels=[bad])
    listener = NotificationListener.for_server(database.target, receptionist, lambda: DEFAULT_PASSWORD,
                                               on_notify=lambda c, p: None)
    with pytest.raises(ValueError, match="channel"):
        listener.listen(bad)
    assert validate_channel("a" * 63) == "a" * 63


def test_stop_is_prompt_and_closes_the_connection(database) -> None:
    # A role of its own, so its backends can be counted.
    username = database.add_user(Group.RECEPTION, password=DEFAULT_PASSWORD)
    listener, _, states = start_listener(database, username)
    assert states.wait_for(True, 5)
    assert backend_count(database, username) == 1
    started = time.monotonic()
    listener.stop()
    assert time.monotonic() - started < 2
    assert not listener.running
    assert wait_until(lambda: backend_count(database, username) == 0, 2)
    assert states.values == [True]  # stopping is not reported as a lost connection


def test_a_failing_handler_does_not_stop_the_listener(database, receptionist, notify) -> None:
    seen = Recorder()

    def handler(channel: str, payload: str) -> None:
        seen(channel, payload)
        if payload == "boom":
            raise RuntimeError("handler bug")

    states = Recorder()
    listener = NotificationListener.for_server(database.target, receptionist, lambda: DEFAULT_PASSWORD,
                                               on_notify=handler, on_state=states, channels=["queue"])
    listener.start()
    try:
        assert states.wait_for(True, 5)
        notify("queue", "boom")
        notify("queue", "still here")
        assert seen.wait_for(("queue", "still here"), 2), seen.values
        assert states.values == [True]
    finally:
        listener.stop()


def test_password_is_asked_again_on_reconnect(database, receptionist, notify) -> None:
    password = {"value": "not-the-password-1"}
    listener, notes, states = start_listener(database, receptionist, password=lambda: password["value"])
    try:
        assert states.wait_for(False, 5)  # cannot log in: reported, and it keeps trying
        password["value"] = DEFAULT_PASSWORD
        assert states.wait_for(True, 8), states.values
        notify("queue", "in")
        assert notes.wait_for(("queue", "in"), 2)
    finally:
        listener.stop()


def test_service_listener_uses_the_login_engine(database, notify) -> None:
    ctx = database.context_for(Group.DOCTOR)
    notes, states = Recorder(), Recorder()
    listener = live.make_listener(ctx, on_notify=notes, on_state=states, channels=["queue"])
    listener.start()
    try:
        assert states.wait_for(True, 5)
        notify("queue", "from engine")
        assert notes.wait_for(("queue", "from engine"), 2)
        # The listener's connection left the pool: the services still have theirs.
        live.check_connection(ctx)
    finally:
        listener.stop()
        ctx.db.dispose()


# --- ConnectionWatch on a fake check: pure unit tests ---


class FakeCheck:
    def __init__(self) -> None:
        self.healthy = True
        self.hang = threading.Event()  # set: the next check blocks until released
        self.release = threading.Event()
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        if self.hang.is_set():
            self.release.wait(10)
        if not self.healthy:
            raise ConnectionError("server gone")


def test_watch_reports_changes_only() -> None:
    check, states = FakeCheck(), Recorder()
    watch = ConnectionWatch(check, on_state=states, interval=0.05)
    watch.start()
    try:
        def checks_after(calls: int) -> bool:  # several more checks ran: enough to have reported a change
            return wait_until(lambda: check.calls >= calls + 4, 2)

        assert states.wait_for(True, 2)
        assert checks_after(check.calls)  # several good checks: still one report
        check.healthy = False
        assert states.wait_for(False, 2)
        assert checks_after(check.calls)
        check.healthy = True
        assert states.wait_for(True, 2, after=2)
        assert checks_after(check.calls)
        assert states.values == [True, False, True]
        assert watch.state is True
    finally:
        watch.stop()
    assert not watch.running


def test_watch_counts_a_hanging_check_as_lost() -> None:
    check, states = FakeCheck(), Recorder()
    watch = ConnectionWatch(check, on_state=states, interval=0.05, timeout=0.3)
    watch.start()
    try:
        assert states.wait_for(True, 2)
        check.hang.set()
        started = time.monotonic()
        assert states.wait_for(False, 2)
        assert time.monotonic() - started < 1.5
        check.hang.clear()
        check.release.set()
        assert states.wait_for(True, 2, after=2)
    finally:
        watch.stop()


def test_watch_stops_promptly_even_during_a_hanging_check() -> None:
    check, states = FakeCheck(), Recorder()
    check.hang.set()
    watch = ConnectionWatch(check, on_state=states, interval=0.05, timeout=0.2)
    watch.start()
    assert states.wait_for(False, 2)
    started = time.monotonic()
    watch.stop()
    assert time.monotonic() - started < 1.5
    assert not watch.running
    check.release.set()


# --- a real server restart under a logged-in user ---


def resume(embedded) -> None:
    embedded.resume()


@pytest.mark.slow
def test_recovers_from_a_server_restart(database, receptionist) -> None:
    embedded = database.cluster.embedded
    if embedded is None:
        pytest.skip("needs the embedded test server, which the tests can stop and start")
    ctx = database.context_for(Group.ADMIN)
    assert users.list_staff(ctx)
    notes, listener_states, watch_states = Recorder(), Recorder(), Recorder()
    listener = live.make_listener(ctx, on_notify=notes, on_state=listener_states, channels=["queue"])
    watch = live.make_watch(ctx, watch_states)
    listener.start()
    watch.start()
    halted = False
    try:
        assert listener_states.wait_for(True, 5)
        assert watch_states.wait_for(True, 5)

        embedded.halt()
        halted = True
        assert watch_states.wait_for(False, 5), watch_states.values
        assert listener_states.wait_for(False, 5), listener_states.values
        with pytest.raises(ConnectionLost):
            users.list_staff(ctx)

        resume(embedded)
        halted = False
        assert watch_states.wait_for(True, 10, after=2), watch_states.values
        assert listener_states.wait_for(True, 10, after=2), listener_states.values
        with database.connect_as(receptionist, DEFAULT_PASSWORD) as conn:
            conn.execute("SELECT pg_notify('queue', 'after restart')")
        assert notes.wait_for(("queue", "after restart"), 2), notes.values
        assert any(member.username == ctx.user.username for member in users.list_staff(ctx))
    finally:
        if halted:
            resume(embedded)
        listener.stop()
        watch.stop()
        ctx.db.dispose()
