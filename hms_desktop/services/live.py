"""Live updates for a logged-in user: a notification listener and a connection watch.

Both connect through the user's own engine (``ctx.db.engine``): same server, same role,
and the current password, which ``Database`` adds when a connection is opened. So a
password change (or the idle lock's re-entry) applies to their next reconnect and no
second copy of the password is kept anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import text

from hms_desktop.db.listen import (
    ConnectionWatch,
    NotificationListener,
    NotifyCallback,
    StateCallback,
    engine_connector,
    validate_channel,
)
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import AccountDeactivated, ConnectionLost, user_facing_errors

__all__ = ["check_connection", "make_listener", "make_watch", "validate_channel"]


def check_connection(ctx: ServiceContext) -> None:
    """Round trip to the server; raises ConnectionLost (or another ServiceError) when it fails, and
    AccountDeactivated when the person's role has lost LOGIN.

    The role and the staff row are read, not only reached: ``hms_set_staff_active`` ends the person's sessions
    before its NOLOGIN commits, so a session reconnected in that moment would otherwise live on; and a staff
    row made inactive by other means (the owner, a restore) counts as deactivated too. The owner has no staff
    row.

    One failure is tried again on a fresh connection before it counts: the session the check used may have
    been ended on purpose by that same ``hms_set_staff_active`` a moment before its NOLOGIN committed, and then
    a fresh connection still works (the server is there). Reporting "connection lost" for that was wrong, and
    showed the person "disconnected" before "deactivated" on a busy machine. The next check finds the NOLOGIN.
    A server that is really gone fails the second attempt too."""
    try:
        _check_may_work(ctx)
    except ConnectionLost:
        _check_may_work(ctx)


def _check_may_work(ctx: ServiceContext) -> None:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        may_work = uow.session.execute(text(
            "SELECT r.rolcanlogin AND coalesce((SELECT s.active FROM staff s WHERE s.username = session_user), true) "
            "FROM pg_roles r WHERE r.rolname = session_user")).scalar()
    if may_work is False:
        raise AccountDeactivated()


def make_listener(
    ctx: ServiceContext,
    *,
    on_notify: NotifyCallback,
    on_state: StateCallback | None = None,
    channels: Iterable[str] = (),
) -> NotificationListener:
    """A listener (not started) on its own connection, taken from the user's engine."""
    return NotificationListener(engine_connector(ctx.db.engine), on_notify=on_notify, on_state=on_state,
                                channels=channels)


def make_watch(ctx: ServiceContext, on_state: StateCallback, interval: float = 2.0, *,
               timeout: float = 3.0, on_deactivated: Callable[[], None] | None = None) -> ConnectionWatch:
    """A watch (not started) that runs ``SELECT 1`` through the user's engine every ``interval`` s.

    With the defaults a lost server is reported within 5 s: at most 2 s until the next
    check, and a check that has not answered after 3 s counts as failed. ``on_deactivated`` (on the watch's
    thread) runs when the server refuses the person because an administrator deactivated them (the check
    fails then too): their sessions were ended, so the next check is the one that finds out.
    """

    def check() -> None:
        try:
            check_connection(ctx)
        except AccountDeactivated:
            if on_deactivated is not None:
                on_deactivated()
            raise

    return ConnectionWatch(check, on_state=on_state, interval=interval, timeout=timeout)


def send_notifications(ctx: ServiceContext, channels: Iterable[str], *, payload: str = "") -> None:
    """NOTIFY each channel once, in one transaction (what the triggers do after a change).

    For the soak check (``hms soak``) and tools; any login may NOTIFY, so this grants nothing new.
    """
    names = [validate_channel(channel) for channel in channels]
    with user_facing_errors(), ctx.uow() as uow:
        for name in names:
            uow.session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": name, "payload": payload})
        uow.commit()
