"""TLS by default (issue 7.8): verify-full for any server that is not this machine; a plain connection to
another machine only when a profile says so, and then the status bar says "not encrypted".

The server tests need the PostgreSQL 15 pass of ``make test`` (build/test_pg15.sh starts it with TLS and
a CA made for the run, in HMS_TEST_TLS_CA); the embedded server has no TCP listener to encrypt.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest
from helpers import DEFAULT_PASSWORD

from hms_desktop.config import ConnectionProfile, default_sslmode, is_this_machine, profile_from_url
from hms_desktop.db.database import Database
from hms_desktop.db.engine import ServerTarget
from hms_desktop.domain.staff import Group
from hms_desktop.services import auth
from hms_desktop.services.context import CurrentUser, ServiceContext
from hms_desktop.services.errors import ConnectionLost

TLS_CA = os.environ.get("HMS_TEST_TLS_CA", "")
needs_tls_server = pytest.mark.skipif(not TLS_CA, reason="needs the TLS test server of the PostgreSQL 15 pass "
                                      "(build/test_pg15.sh, part of make test)")


@pytest.mark.parametrize(("host", "mode"), [
    ("db.hospital.example", "verify-full"), ("10.1.2.3", "verify-full"), ("localhost", "prefer"),
    ("127.0.0.1", "prefer"), ("::1", "prefer"), ("/run/postgresql", "prefer"),
])
def test_any_other_machine_gets_verify_full_by_default(host: str, mode: str) -> None:
    assert default_sslmode(host) == mode
    assert is_this_machine(host) is (mode == "prefer")


def test_a_url_without_sslmode_verifies_and_an_explicit_one_is_kept() -> None:
    assert profile_from_url("postgresql://jo@db.hospital.example/hms").sslmode == "verify-full"
    assert profile_from_url("postgresql://jo@db.hospital.example/hms?sslmode=disable").sslmode == "disable"
    assert profile_from_url("postgresql://jo@localhost/hms").sslmode == "prefer"
    assert ConnectionProfile(name="new", host="db.hospital.example").sslmode == "verify-full"


def test_a_plain_connection_to_another_machine_is_flagged() -> None:
    user = CurrentUser(username="jo", full_name="Jo", groups=frozenset({Group.RECEPTION}), staff_id=1)
    remote = ServerTarget(host="db.hospital.example", port=5432, database="hms", embedded=False,
                          sslmode="disable")
    db = Database(remote, "jo", "secret")  # no connection is opened until used
    try:
        assert ServiceContext(db=db, user=user, encrypted=False).sent_in_plain_text
        assert not ServiceContext(db=db, user=user, encrypted=True).sent_in_plain_text
    finally:
        db.dispose()


def _target(database, **changes: str) -> ServerTarget:
    return dataclasses.replace(database.target, **changes)


@needs_tls_server
def test_verify_full_with_the_hospitals_ca_logs_in_encrypted(database, tmp_path: Path) -> None:
    username = database.add_user(Group.RECEPTION)
    for host in ("localhost", "127.0.0.1"):  # the certificate names both
        target = _target(database, host=host, sslmode="verify-full", ca_file=TLS_CA)
        ctx = auth.login(target, username, DEFAULT_PASSWORD, throttle=auth.LoginThrottle(tmp_path / "t.json"))
        try:
            assert ctx.encrypted is True and not ctx.sent_in_plain_text
        finally:
            ctx.db.dispose()


@needs_tls_server
def test_a_plain_connection_is_known_to_be_plain(database, tmp_path: Path) -> None:
    username = database.add_user(Group.RECEPTION)
    target = _target(database, sslmode="disable")
    ctx = auth.login(target, username, DEFAULT_PASSWORD, throttle=auth.LoginThrottle(tmp_path / "t.json"))
    try:
        assert ctx.encrypted is False
        assert not ctx.sent_in_plain_text  # 127.0.0.1: the data never crosses a network
    finally:
        ctx.db.dispose()


@needs_tls_server
def test_a_server_that_cannot_prove_who_it_is_is_refused(database, tmp_path: Path) -> None:
    other_ca = tmp_path / "other-ca.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=someone else", "-keyout", str(tmp_path / "other.key"), "-out", str(other_ca)],
                   check=True, capture_output=True)
    username = database.add_user(Group.RECEPTION)
    target = _target(database, host="localhost", sslmode="verify-full", ca_file=str(other_ca))
    with pytest.raises(ConnectionLost, match="secure"):
        auth.login(target, username, DEFAULT_PASSWORD, throttle=auth.LoginThrottle(tmp_path / "t.json"))
