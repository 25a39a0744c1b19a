"""A server profile's read replica for reports (issue 12, item 6): stored, checked in words, carried to the
target, read from a URL, and the words of the lag."""

from __future__ import annotations

import json

import pytest

from hms_desktop.config import ConnectionProfile, WorkstationSettings, parse_replica, profile_from_url
from hms_desktop.db.engine import ServerTarget
from hms_desktop.services.reports.source import describe_lag


@pytest.fixture(autouse=True)
def _own_settings_file():
    """The workstation file is shared by the test run: put back what was there."""
    path = WorkstationSettings.path()
    before = path.read_bytes() if path.exists() else None
    yield
    if before is None:
        path.unlink(missing_ok=True)
    else:
        path.write_bytes(before)


def test_a_profile_without_a_replica_has_none_and_old_files_still_load() -> None:
    WorkstationSettings.path().write_text(json.dumps({"profiles": [
        {"name": "Old", "host": "db.hospital.local", "port": 5432, "database": "hms", "sslmode": "verify-full",
         "ca_file": ""}]}), encoding="utf-8")
    profile = WorkstationSettings.load().profile("Old")
    assert profile is not None and not profile.has_replica
    assert ServerTarget.for_profile(profile).replica() is None


def test_the_replica_is_saved_and_read_back() -> None:
    settings = WorkstationSettings(profiles=[ConnectionProfile(name="Main", host="db1", replica_host="db2",
                                                               replica_port=5433)])
    settings.save()
    profile = WorkstationSettings.load().profile("Main")
    assert profile is not None and (profile.replica_host, profile.replica_port) == ("db2", 5433)


def test_the_replica_target_shares_database_login_settings_and_tls() -> None:
    target = ServerTarget.for_profile(ConnectionProfile(name="Main", host="db1", database="city", sslmode="require",
                                                        replica_host="db2", replica_port=6432))
    replica = target.replica()
    assert replica is not None
    assert (replica.host, replica.port, replica.database, replica.sslmode) == ("db2", 6432, "city", "require")
    assert replica.replica() is None  # a replica has no replica of its own
    assert target.with_database("other").replica() is not None
    # The replica is the app's setting, never a libpq parameter.
    assert "replica" not in str(target.url("ann"))
    assert ServerTarget.for_embedded(__import__("pathlib").Path("/tmp"), 5432).replica() is None


@pytest.mark.parametrize(("host", "port", "replica_host", "replica_port", "key", "words"), [
    ("db1", 5432, "db1", 5432, "replica_host", "another server than the main one"),
    ("db1", 5432, "DB1", 5432, "replica_host", "another server than the main one"),
    ("db1", 5432, "db2", 0, "replica_port", "number from 1 to 65535"),
    ("db1", 5432, "db 2", 5432, "replica_host", "cannot contain spaces"),
    ("db1", 5432, "x" * 300, 5432, "replica_host", "too long"),
])
def test_a_bad_replica_is_refused_in_words(host: str, port: int, replica_host: str, replica_port: int, key: str,
                                           words: str) -> None:
    problems = ConnectionProfile(name="Main", host=host, port=port, replica_host=replica_host,
                                 replica_port=replica_port).problems()
    assert words in problems[key]


def test_the_same_host_on_another_port_is_a_replica() -> None:
    assert ConnectionProfile(name="Main", host="db1", replica_host="db1", replica_port=5433).problems() == {}
    assert ConnectionProfile(name="Main", host="db1", replica_port=0).problems() == {}  # no replica: port unused


def test_a_url_may_name_the_replica() -> None:
    profile = profile_from_url("postgresql://ann@db1:5432/hms?sslmode=require&replica=db2:5433")
    assert (profile.replica_host, profile.replica_port) == ("db2", 5433)
    assert parse_replica("db2") == ("db2", 5432)
    assert parse_replica("[::1]:6000") == ("::1", 6000)
    with pytest.raises(ValueError, match="not a number"):
        parse_replica("db2:five")


@pytest.mark.parametrize(("caught_up", "behind", "words"), [
    (True, 3600.0, "replica (up to date)"),  # nothing pending: an idle primary is not "an hour behind"
    (False, 12.4, "replica (12 s behind)"),
    (False, None, "replica (up to date)"),  # nothing replayed since it started: no age to give
    (None, 0.2, "replica (0 s behind)"),
])
def test_the_lag_in_words(caught_up: bool | None, behind: float | None, words: str) -> None:
    assert describe_lag(caught_up, behind) == words
