"""Staff accounts (services.users, services.auth, `hms user ...`): every account is a PostgreSQL role."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from hms_desktop import cli
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.services import auth, settings, users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    TooManyAttempts,
    ValidationFailed,
)
from hms_desktop.services.throttle import MAX_FAILURES

PASSWORD = "a-Good-pass-2026"  # tests/conftest.py's DEFAULT_PASSWORD
OTHER_PASSWORD = "Another-pass-2027"


def owner_url(database) -> str:
    cluster, target = database.cluster, database.target
    if cluster.embedded is not None:
        return f"postgresql://{cluster.owner}@:{target.port}/{database.name}?host={target.host}"
    password = f":{quote(cluster.owner_password, safe='')}" if cluster.owner_password else ""
    return f"postgresql://{cluster.owner}{password}@{target.host}:{target.port}/{database.name}"


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def _login_fails(database, username: str, password: str) -> str:
    with pytest.raises(AuthenticationFailed) as caught:
        database.login(username, password)
    return str(caught.value)


def _logs_in(database, username: str, password: str = PASSWORD) -> ServiceContext:
    ctx = database.login(username, password)
    ctx.db.dispose()
    return ctx


def _member(username: str, *groups: Group, full_name: str = "Vera Valid") -> NewStaffMember:
    return NewStaffMember(username=username, full_name=full_name, title="Nurse", department="Ward B",
                          groups=frozenset(groups))


# --- adding ------------------------------------------------------------------------------------------------


def test_admin_adds_staff_member(database, admin: ServiceContext) -> None:
    username = database.unique_username("vera")
    typed = " " + username.upper() + " "
    added = users.add_staff(admin, _member(typed, Group.RECEPTION, Group.DOCTOR), PASSWORD)
    assert added.username == username  # trimmed and lower-cased
    assert added.groups == {Group.RECEPTION, Group.DOCTOR}
    assert (added.full_name, added.title, added.department) == ("Vera Valid", "Nurse", "Ward B")
    assert added.active
    assert added.last_login_at is None
    assert "Ward B" in users.list_departments(admin)
    assert _logs_in(database, username).user.groups == {Group.RECEPTION, Group.DOCTOR}


@pytest.mark.parametrize(("username", "password", "groups", "field"), [
    ("short_pw_user", "Short-1", (Group.RECEPTION,), "password"),
    ("contains_me", "xxContains_Me-2026", (Group.RECEPTION,), "password"),
    ("1starts_with_digit", PASSWORD, (Group.RECEPTION,), "username"),
    ("ab", PASSWORD, (Group.RECEPTION,), "username"),
    ("has space", PASSWORD, (Group.RECEPTION,), "username"),
    ("hms_sneaky", PASSWORD, (Group.RECEPTION,), "username"),
    ("pg_sneaky", PASSWORD, (Group.RECEPTION,), "username"),
    ("postgres", PASSWORD, (Group.RECEPTION,), "username"),
    ("no_groups_user", PASSWORD, (), "groups"),
])
def test_add_staff_validation(database, admin: ServiceContext, username: str, password: str,
                              groups: tuple[Group, ...], field: str) -> None:
    before = {m.username for m in users.list_staff(admin)}
    with pytest.raises(ValidationFailed) as caught:
        users.add_staff(admin, _member(username, *groups), password)
    assert field in caught.value.problems
    assert caught.value.problems[field]
    assert {m.username for m in users.list_staff(admin)} == before


def test_add_staff_reports_every_problem_at_once(admin: ServiceContext) -> None:
    with pytest.raises(ValidationFailed) as caught:
        users.add_staff(admin, NewStaffMember("9bad", "  ", "", "", frozenset()), "short")
    assert set(caught.value.problems) == {"username", "full_name", "groups", "password"}


def test_duplicate_username_is_a_conflict(database, admin: ServiceContext) -> None:
    username = database.add_user(Group.DOCTOR)
    with pytest.raises(Conflict, match="already taken"):
        users.add_staff(admin, _member(username, Group.BILLING, full_name="Someone Else"), OTHER_PASSWORD)
    assert users.get_staff(admin, username).groups == {Group.DOCTOR}
    _logs_in(database, username)  # the original password still works


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING])
def test_non_admin_cannot_manage_staff(database, group: Group) -> None:
    target = database.add_user(Group.RECEPTION)
    ctx = database.context_for(group)
    try:
        with pytest.raises(PermissionDenied, match="administrator"):
            users.add_staff(ctx, _member(database.unique_username("nope"), Group.RECEPTION), PASSWORD)
        with pytest.raises(PermissionDenied):
            users.set_active(ctx, target, False)
        with pytest.raises(PermissionDenied):
            users.reset_password(ctx, target, OTHER_PASSWORD)
        with pytest.raises(PermissionDenied):
            users.set_groups(ctx, target, frozenset({Group.ADMIN}))
        with pytest.raises(PermissionDenied):
            users.update_staff(ctx, target, users.StaffChanges("X", "", "", frozenset({Group.ADMIN})),
                               expected_version=1)
    finally:
        ctx.db.dispose()
    assert _logs_in(database, target).user.groups == {Group.RECEPTION}


# --- listing and editing -----------------------------------------------------------------------------------


def test_list_shows_groups_and_last_login(database, admin: ServiceContext) -> None:
    username = database.add_user(Group.BILLING, Group.DOCTOR)
    [before] = [m for m in users.list_staff(admin) if m.username == username]
    assert before.groups == {Group.BILLING, Group.DOCTOR}
    assert before.last_login_at is None
    _logs_in(database, username)
    [after] = [m for m in users.list_staff(admin) if m.username == username]
    assert after.last_login_at is not None
    assert after.groups == before.groups


def test_update_staff_saves_and_refuses_a_stale_version(database, admin: ServiceContext) -> None:
    username = database.add_user(Group.RECEPTION)
    original = users.get_staff(admin, username)
    first = users.update_staff(admin, username, users.StaffChanges(
        "  Renamed   Person ", "Head nurse", "Ward C", frozenset({Group.RECEPTION, Group.DOCTOR})),
        expected_version=original.version)
    assert (first.full_name, first.title, first.department) == ("Renamed Person", "Head nurse", "Ward C")
    assert first.groups == {Group.RECEPTION, Group.DOCTOR}
    assert first.version > original.version

    with pytest.raises(Conflict, match="changed by someone else"):
        users.update_staff(admin, username,
                           users.StaffChanges("Stale Edit", "", "", frozenset({Group.BILLING})),
                           expected_version=original.version)
    assert users.get_staff(admin, username) == first  # nothing of the stale edit was saved


def test_group_change_elsewhere_makes_an_open_edit_stale(database, admin: ServiceContext) -> None:
    """Admin A opens the form; admin B changes the groups; A's save must not silently undo B's change."""
    username = database.add_user(Group.RECEPTION)
    opened = users.get_staff(admin, username)
    users.set_groups(admin, username, frozenset({Group.DOCTOR}))
    with pytest.raises(Conflict):
        users.update_staff(admin, username, users.StaffChanges(opened.full_name, "", "", opened.groups),
                           expected_version=opened.version)
    assert users.get_staff(admin, username).groups == {Group.DOCTOR}


def test_update_of_unknown_staff_is_not_found(admin: ServiceContext) -> None:
    with pytest.raises(NotFound):
        users.update_staff(admin, "nobody_here", users.StaffChanges("N", "", "", frozenset({Group.DOCTOR})),
                           expected_version=1)
    with pytest.raises(NotFound):
        users.set_active(admin, "nobody_here", False)
    with pytest.raises(NotFound):
        users.get_staff(admin, "nobody_here")


# --- logging in: active, passwords, groups -----------------------------------------------------------------


def test_deactivated_user_cannot_log_in_and_the_message_gives_nothing_away(database, admin) -> None:
    username = database.add_user(Group.DOCTOR)
    assert users.set_active(admin, username, False).active is False
    inactive = _login_fails(database, username, PASSWORD)
    wrong_password = _login_fails(database, database.add_user(Group.DOCTOR), "not-the-Password-1")
    unknown_user = _login_fails(database, database.unique_username("ghost"), PASSWORD)
    assert inactive == wrong_password == unknown_user == auth.BAD_LOGIN_MESSAGE

    assert users.set_active(admin, username, True).active is True
    assert _logs_in(database, username).user.username == username


def test_reset_password(database, admin: ServiceContext) -> None:
    username = database.add_user(Group.BILLING)
    with pytest.raises(ValidationFailed):
        users.reset_password(admin, username, "short")
    with pytest.raises(ValidationFailed) as empty:
        users.reset_password(admin, username, "")
    assert empty.value.problems == {"password": "Enter a new password."}
    with pytest.raises(ValidationFailed):
        users.reset_password(admin, username, f"X{username}-2026")
    _logs_in(database, username, PASSWORD)  # refused resets changed nothing
    users.reset_password(admin, username, OTHER_PASSWORD)
    _login_fails(database, username, PASSWORD)
    _logs_in(database, username, OTHER_PASSWORD)


def test_set_groups_changes_what_the_next_login_sees(database, admin: ServiceContext) -> None:
    username = database.add_user(Group.RECEPTION)
    assert _logs_in(database, username).user.groups == {Group.RECEPTION}
    changed = users.set_groups(admin, username, frozenset({Group.DOCTOR, Group.BILLING}))
    assert changed.groups == {Group.DOCTOR, Group.BILLING}
    ctx = _logs_in(database, username)
    assert ctx.user.groups == {Group.DOCTOR, Group.BILLING}
    assert not ctx.user.has(Group.RECEPTION)
    with pytest.raises(ValidationFailed):
        users.set_groups(admin, username, frozenset())


def test_admin_cannot_lock_themselves_out(database, admin: ServiceContext) -> None:
    me = admin.user.username
    with pytest.raises(PermissionDenied, match="your own account"):
        users.set_active(admin, me, False)
    with pytest.raises(PermissionDenied, match="your own administrator"):
        users.set_groups(admin, me, frozenset({Group.RECEPTION}))
    mine = users.get_staff(admin, me)
    assert mine.active
    assert Group.ADMIN in mine.groups


def test_last_active_admin_stays(database) -> None:
    owner = database.owner_context()
    last_admin = database.add_user(Group.ADMIN, stem="lastadmin")
    others = [m.username for m in users.list_staff(owner, include_inactive=False)
              if Group.ADMIN in m.groups and m.username != last_admin]
    for username in others:
        users.set_active(owner, username, False)
    try:
        with pytest.raises(Conflict, match="At least one active administrator"):
            users.set_active(owner, last_admin, False)
        with pytest.raises(Conflict, match="At least one active administrator"):
            users.set_groups(owner, last_admin, frozenset({Group.RECEPTION}))
        survivor = users.get_staff(owner, last_admin)
        assert survivor.active
        assert Group.ADMIN in survivor.groups
        # With a second administrator, the first may go.
        second = database.add_user(Group.ADMIN, stem="secondadmin")
        assert users.set_active(owner, last_admin, False).active is False
        users.set_active(owner, last_admin, True)
        users.set_active(owner, second, False)
    finally:
        for username in others:
            users.set_active(owner, username, True)


# --- changing one's own password ---------------------------------------------------------------------------


def test_change_own_password(database) -> None:
    username = database.add_user(Group.RECEPTION)
    ctx = database.login(username)
    try:
        with pytest.raises(ValidationFailed) as wrong:
            auth.change_own_password(ctx, "not-my-Password-1", OTHER_PASSWORD)
        assert set(wrong.value.problems) == {"current_password"}
        for bad in ("short-1", f"My-{username}-pw", PASSWORD):
            with pytest.raises(ValidationFailed) as policy:
                auth.change_own_password(ctx, PASSWORD, bad)
            assert set(policy.value.problems) == {"new_password"}
        with pytest.raises(ValidationFailed) as empty:
            auth.change_own_password(ctx, PASSWORD, "")
        assert empty.value.problems == {"new_password": "Enter a new password."}
        _logs_in(database, username, PASSWORD)  # nothing changed so far

        auth.change_own_password(ctx, PASSWORD, OTHER_PASSWORD)
        _logs_in(database, username, OTHER_PASSWORD)
        _login_fails(database, username, PASSWORD)

        # The same session keeps working, also on brand-new pooled connections (which need the new password).
        ctx.db.engine.dispose()
        assert settings.get_settings(ctx).hospital_name
        with ctx.db.engine.connect() as conn:
            assert conn.execute(text("SELECT session_user")).scalar() == username
    finally:
        ctx.db.dispose()
    with database.cluster.admin_connect(database.name) as owner:
        actions = [row[0] for row in owner.execute(
            "SELECT action FROM audit_log WHERE table_name = 'staff' AND row_key = %s", (username,))]
    assert "PASSWORD" in actions


# --- the login throttle ------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_login_throttle(database, tmp_path: Path) -> None:
    username = database.add_user(Group.DOCTOR)
    clock = Clock()
    throttle = auth.LoginThrottle(tmp_path / "throttle.json", now=clock)

    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.login(database.target, username, "wrong-Password-1", throttle=throttle)
    # Locked: even the right password is not tried.
    with pytest.raises(TooManyAttempts) as locked:
        auth.login(database.target, username, PASSWORD, throttle=throttle)
    assert 0 < locked.value.wait_seconds <= 30
    clock.now += 10
    assert 0 < throttle.seconds_to_wait() <= 20

    # The state is on disk: a new throttle (the app restarted) is still locked.
    assert auth.LoginThrottle(tmp_path / "throttle.json", now=clock).seconds_to_wait() > 0

    clock.now += 21
    assert throttle.seconds_to_wait() == 0
    ctx = auth.login(database.target, username, PASSWORD, throttle=throttle)
    ctx.db.dispose()

    # A success resets the count: four more failures do not lock.
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationFailed):
            auth.login(database.target, username, "wrong-Password-1", throttle=throttle)
    assert throttle.seconds_to_wait() == 0


def test_unreadable_throttle_file_does_not_lock_anyone_out(tmp_path: Path) -> None:
    state = tmp_path / "throttle.json"
    state.write_text("{not json")
    assert auth.LoginThrottle(state).seconds_to_wait() == 0


# --- `hms user ...` ----------------------------------------------------------------------------------------


def test_cli_user_commands(database, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    url = owner_url(database)
    username = database.unique_username("cli")
    monkeypatch.setenv("HMS_NEW_PASSWORD", PASSWORD)

    assert cli.main(["user", "add", username, "--name", "Cli Person", "--title", "Clerk",
                     "--department", "Front desk", "--groups", "reception,doctor", "--url", url]) == 0
    assert f"Added Cli Person ({username})" in capsys.readouterr().out
    assert _logs_in(database, username).user.groups == {Group.RECEPTION, Group.DOCTOR}

    assert cli.main(["user", "list", "--url", url]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith(username + " ")]
    assert "Cli Person" in line
    assert "doctor,reception" in line
    assert " yes " in line
    assert not line.endswith("never")  # logged in above
    # The last login on the hospital's wall clock (here Auckland, 12 or 13 hours ahead of UTC), not UTC's.
    owner = database.owner_context()
    before = settings.get_settings(owner)
    settings.save_settings(owner, dataclasses.replace(before, time_zone="Pacific/Auckland"))
    with database.owner.engine.begin() as conn:
        last_login = conn.execute(text("SELECT last_login_at FROM staff WHERE username = :u"),
                                  {"u": username}).scalar_one()
    try:
        assert cli.main(["user", "list", "--url", url]) == 0
        out = capsys.readouterr().out
        assert "last login (Pacific/Auckland)" in out.splitlines()[0]
        [line] = [line for line in out.splitlines() if line.startswith(username + " ")]
        assert line.endswith(f"{last_login.astimezone(ZoneInfo('Pacific/Auckland')):%Y-%m-%d %H:%M}")
    finally:
        settings.save_settings(owner, before)

    assert cli.main(["user", "deactivate", username, "--url", url]) == 0
    assert "deactivated" in capsys.readouterr().out
    _login_fails(database, username, PASSWORD)
    assert cli.main(["user", "reactivate", username, "--url", url]) == 0
    assert "active" in capsys.readouterr().out
    _logs_in(database, username)

    assert cli.main(["user", "roles", username, "billing", "--url", url]) == 0
    assert "Billing" in capsys.readouterr().out
    assert _logs_in(database, username).user.groups == {Group.BILLING}

    monkeypatch.setenv("HMS_NEW_PASSWORD", OTHER_PASSWORD)
    assert cli.main(["user", "passwd", username, "--url", url]) == 0
    assert "changed" in capsys.readouterr().out
    _login_fails(database, username, PASSWORD)
    _logs_in(database, username, OTHER_PASSWORD)


@pytest.mark.parametrize(("argv", "message"), [
    (["user", "add", "cli_dup_{n}", "--name", "X Y", "--groups", "wizard"], "no group called"),
    (["user", "add", "cli_pw_{n}", "--name", "X Y", "--groups", "doctor"], "must not contain the user name"),
    (["user", "deactivate", "cli_missing_{n}"], "no staff member"),
    (["user", "roles", "cli_missing_{n}", "doctor"], "no staff member"),
])
def test_cli_user_errors(database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                         argv: list[str], message: str) -> None:
    n = database.unique_username("n").rsplit("_", 1)[-1]
    argv = [arg.format(n=n) for arg in argv]
    monkeypatch.setenv("HMS_NEW_PASSWORD", f"pw-{argv[2]}-long")
    assert cli.main([*argv, "--url", owner_url(database)]) == 2
    assert message in capsys.readouterr().err
