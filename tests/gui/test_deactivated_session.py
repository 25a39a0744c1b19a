"""A person an administrator deactivates while they are logged in (issue 10, item 7) is told so in words and
returned to the login window — not left on "connection lost".

Deactivating (``users.set_active``: NOLOGIN, and the person's sessions ended) is found by the connection watch
within its interval, or by the next call a screen makes, whichever comes first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import DEFAULT_PASSWORD, log_in
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import live as live_service
from hms_desktop.services import users
from hms_desktop.services.errors import ACCOUNT_DEACTIVATED_MESSAGE, AccountDeactivated, ConnectionLost, ServiceError
from hms_desktop.ui.controller import AppController
from hms_desktop.ui.live import LiveUpdates

MESSAGE = "Your account was deactivated by an administrator."


@pytest.fixture
def admin(database):
    yield from database.logged_in(Group.ADMIN)


def logged_in(qtbot, controller: AppController, username: str) -> None:
    controller.start()
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    assert controller.main_window is not None, controller.login_dialog.ui.messageLabel.text()
    qtbot.waitUntil(lambda: controller.live is not None and controller.live.connected is True, timeout=10000)


def test_the_connection_watch_reports_a_deactivation_not_a_lost_connection(qtbot, database, admin) -> None:
    username = database.add_user(Group.DOCTOR)
    ctx = database.login(username)
    live = LiveUpdates(ctx, interval=0.2)
    states: list[bool] = []
    live.connection_changed.connect(states.append)
    try:
        live.start()
        qtbot.waitUntil(lambda: live.connected is True, timeout=10000)
        with qtbot.waitSignal(live.account_deactivated, timeout=10000):
            users.set_active(admin, username, False)
        qtbot.wait(800)
        assert states == [True]  # never "disconnected": the reason came first
    finally:
        live.stop()
        ctx.db.dispose()


def test_the_session_ends_and_the_login_window_says_why(qtbot, controller, database,
                                                                                   admin) -> None:
    username = database.add_user(Group.RECEPTION, full_name="Rita Leaving")
    logged_in(qtbot, controller, username)

    users.set_active(admin, username, False)

    # The watch, or a screen reloading once the listener is back, whichever asks first.
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=15000)
    dialog = controller.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible() and dialog.ui.messageLabel.text() == MESSAGE
    assert "connection" not in dialog.ui.messageLabel.text().lower()
    assert dialog.ui.usernameEdit.text() == username
    if folder := os.environ.get("HMS_SCREENSHOT_DIR"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(folder) / "login_after_deactivation.png"))
    # Logging in again is refused with the login window's one message for every refusal.
    users.set_active(admin, username, True)
    users.set_active(admin, username, False)
    log_in(qtbot, controller, username, DEFAULT_PASSWORD)
    assert controller.main_window is None


def test_the_next_call_of_a_screen_finds_it_first(qtbot, controller, database, admin, runner) -> None:
    username = database.add_user(Group.BILLING, full_name="Bea Leaving")
    logged_in(qtbot, controller, username)
    assert controller.live is not None and controller.ctx is not None
    controller.live.stop()  # only the call can notice now
    ctx = controller.ctx
    # A connection used just now is not pinged on its next use: the call meets the ended session itself.
    live_service.check_connection(ctx)
    users.set_active(admin, username, False)

    shown: list[ServiceError] = []
    runner.run(lambda: live_service.check_connection(ctx), on_failure=shown.append)

    assert [type(e) for e in shown] == [AccountDeactivated] and str(shown[0]) == ACCOUNT_DEACTIVATED_MESSAGE
    assert controller.main_window is None
    assert controller.login_dialog is not None and controller.login_dialog.ui.messageLabel.text() == MESSAGE


def test_a_server_that_goes_away_is_still_connection_lost(qtbot, controller, database) -> None:
    """The other way round: ending the person's sessions without deactivating them is a lost connection
    (the call that met it says so), which the pool mends on the next call; the session goes on."""
    username = database.add_user(Group.RECEPTION)
    logged_in(qtbot, controller, username)
    assert controller.ctx is not None
    ctx = controller.ctx
    live_service.send_notifications(ctx, ["hms_test_ping"])  # a connection used just now: not pinged again
    end_sessions_of(database, username)
    with pytest.raises(ConnectionLost) as lost:
        live_service.send_notifications(ctx, ["hms_test_ping"])
    assert not isinstance(lost.value, AccountDeactivated)
    live_service.check_connection(ctx)
    qtbot.wait(2500)
    assert controller.main_window is not None


def end_sessions_of(database, username: str) -> None:
    with database.owner.engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{username}'")


def test_the_check_tries_a_fresh_connection_before_it_calls_the_connection_lost(database) -> None:
    """``hms_set_staff_active`` ends the person's sessions a moment before its NOLOGIN commits. A check that
    met its ended session then, while the server still lets the person in, is not "connection lost" (the
    watch showed "disconnected" before "deactivated" on a busy machine): it tries once more, and passes."""
    username = database.add_user(Group.DOCTOR)
    ctx = database.login(username)
    try:
        live_service.check_connection(ctx)  # a connection used just now: the pool does not ping it again
        end_sessions_of(database, username)
        live_service.check_connection(ctx)
    finally:
        ctx.db.dispose()


def test_a_session_that_outlived_its_nologin_is_found_by_the_check(database) -> None:
    """``hms_set_staff_active`` ends the sessions before its NOLOGIN commits: a session reconnected in that
    moment survives. The connection check reads the role, so the watch still ends it."""
    username = database.add_user(Group.DOCTOR)
    ctx = database.login(username)
    try:
        live_service.check_connection(ctx)
        with database.owner.engine.begin() as conn:
            conn.exec_driver_sql(f'ALTER ROLE "{username}" NOLOGIN')  # no sessions ended
        with pytest.raises(AccountDeactivated):
            live_service.check_connection(ctx)
    finally:
        ctx.db.dispose()


def test_a_staff_row_made_inactive_otherwise_ends_the_session_too(database) -> None:
    username = database.add_user(Group.BILLING)
    ctx = database.login(username)
    try:
        live_service.check_connection(ctx)
        with database.owner.engine.begin() as conn:
            conn.execute(text("UPDATE staff SET active = false WHERE username = :u"), {"u": username})
        with pytest.raises(AccountDeactivated):
            live_service.check_connection(ctx)
    finally:
        ctx.db.dispose()


def test_an_outage_that_is_not_a_deactivation_is_still_announced_and_mended(qtbot, database) -> None:
    """The listener's drop waits for the watch's answer, but a session ended for another reason is still
    "disconnected" then "connected", so the screens reload what they may have missed."""
    username = database.add_user(Group.RECEPTION)
    ctx = database.login(username)
    live = LiveUpdates(ctx, interval=0.2)
    states: list[bool] = []
    live.connection_changed.connect(states.append)
    try:
        live.start()
        qtbot.waitUntil(lambda: live.connected is True, timeout=10000)
        with database.owner.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :u"),
                         {"u": username})
        qtbot.waitUntil(lambda: states == [True, False, True], timeout=10000)
    finally:
        live.stop()
        ctx.db.dispose()
