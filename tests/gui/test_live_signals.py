"""LiveUpdates turns notifications from its worker threads into signals in the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from hms_desktop.domain.staff import Group
from hms_desktop.ui.live import LiveUpdates


@pytest.fixture
def ctx(database):
    ctx = database.context_for(Group.RECEPTION)
    yield ctx
    ctx.db.dispose()


def test_notification_arrives_as_a_signal_in_the_gui_thread(qtbot, database, ctx) -> None:
    live = LiveUpdates(ctx, ["queue"])
    received: list[tuple[str, str, bool]] = []

    def on_notified(channel: str, payload: str) -> None:
        in_gui = QThread.currentThread() is QCoreApplication.instance().thread()
        received.append((channel, payload, in_gui and threading.current_thread() is threading.main_thread()))

    live.notified.connect(on_notified)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000) as connected:
            live.start()
        assert connected.args == [True]
        assert live.connected is True

        with qtbot.waitSignal(live.notified, timeout=3000) as blocker, \
                database.connect_as(ctx.user.username) as conn:
            conn.execute("SELECT pg_notify('queue', 'x')")
        assert blocker.args == ["queue", "x"]
        assert received == [("queue", "x", True)]

        live.listen("beds")
        with pytest.raises(ValueError):
            live.listen("bad name;")
    finally:
        live.stop()


def test_must_be_made_in_the_gui_thread(qapp, ctx) -> None:
    errors: list[BaseException] = []

    def build() -> None:
        try:
            LiveUpdates(ctx)
        except RuntimeError as error:
            errors.append(error)

    worker = threading.Thread(target=build)
    worker.start()
    worker.join(5)
    assert errors and "GUI thread" in str(errors[0])


def test_deleting_it_stops_the_threads(qtbot, ctx) -> None:
    live = LiveUpdates(ctx, ["queue"])
    with qtbot.waitSignal(live.connection_changed, timeout=5000):
        live.start()
    listener, watch = live._listener, live._watch
    with qtbot.waitSignal(live.destroyed, timeout=2000):
        live.deleteLater()
    qtbot.waitUntil(lambda: not listener.running and not watch.running, timeout=3000)
