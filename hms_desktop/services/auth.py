"""Logging in is connecting to PostgreSQL as one's own role; this module does it and says what went wrong."""

from __future__ import annotations

import logging

import psycopg

from hms_desktop.config import is_this_machine
from hms_desktop.db.database import Database
from hms_desktop.db.engine import ServerTarget
from hms_desktop.db.migrate import schema_status
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.staff import Group, new_password_problem
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import CurrentUser, ServiceContext
from hms_desktop.services.errors import (
    AuthenticationFailed,
    ConnectionLost,
    NotThisDatabase,
    SchemaMismatch,
    ServiceError,
    TooManyAttempts,
    ValidationFailed,
    user_facing_errors,
)

# The throttle lives apart so the login window loads without the database drivers (auth.LoginThrottle works).
from hms_desktop.services.throttle import LoginThrottle

log = logging.getLogger(__name__)

BAD_LOGIN_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "The user name or password is not right, or the account is not active.")
NOT_THIS_DATABASE_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "Your account does not belong to the hospital database “{database}” on this server; it was made for "
    "another database. Choose your hospital's server profile (Servers…), or ask your administrator.")


def _classify_connect_error(error: psycopg.OperationalError, target: ServerTarget) -> ServiceError:
    message = str(error).lower()
    if ("password authentication failed" in message or "not permitted to log in" in message
            or ("does not exist" in message and "role" in message) or "no password supplied" in message):
        return AuthenticationFailed(translate("services", BAD_LOGIN_MESSAGE))
    if "permission denied for database" in message:
        # The server checks CONNECT only after the password (and LOGIN), so this person is who they say:
        # their login was made for another hospital database on this server (migration 0009).
        return NotThisDatabase(translate("services", NOT_THIS_DATABASE_MESSAGE).format(database=target.database))
    if "database" in message and "does not exist" in message:
        return ConnectionLost(translate("services", "The server has no database “{target_database}”. Check the "
                                                    "connection profile.").format(target_database=target.database))
    if "ssl" in message or "certificate" in message:
        return ConnectionLost(translate("services", "A secure (TLS) connection to the server could not be made: check "
                                                    "the profile's SSL mode and CA certificate, or ask the "
                                                    "administrator."))
    return ConnectionLost(translate("services", "Cannot reach the database server ({describe}). Check the network, or "
                                                "ask the administrator whether the server is running.").format(
                              describe=target.describe()))


def check_credentials(target: ServerTarget, username: str, password: str) -> None:
    """Open and close one connection as ``username``; raise AuthenticationFailed or ConnectionLost."""
    try:
        with psycopg.connect(**target.connect_kwargs(username, password)):  # type: ignore[arg-type]
            pass
    except psycopg.OperationalError as error:
        raise _classify_connect_error(error, target) from None


def _current_user(uow: UnitOfWork, username: str) -> CurrentUser:
    row = uow.staff.session_user()
    if row is None or not row.active or not row.groups:
        raise AuthenticationFailed(translate("services", BAD_LOGIN_MESSAGE))
    return CurrentUser(username=username, full_name=row.full_name,
                       groups=frozenset(Group(g) for g in row.groups), staff_id=row.id,
                       can_merge_patients=row.can_merge_patients, can_approve_billing=row.can_approve_billing,
                       can_dispense=row.can_dispense)


def load_current_user(db: Database) -> CurrentUser:
    with db.unit_of_work() as uow:
        return _current_user(uow, db.username)


def login(target: ServerTarget, username: str, password: str, *, throttle: LoginThrottle,
          call_timeout: float | None = None) -> ServiceContext:
    """Connect as the staff member, check the schema version, record the login.

    ``call_timeout``: the GUI's bound on every database call of this login (``Database``)."""
    username = username.strip().lower()
    wait = throttle.seconds_to_wait()
    if wait:
        raise TooManyAttempts(wait)
    if not username or not password:
        raise AuthenticationFailed(translate("services", "Enter your user name and password."))
    try:
        check_credentials(target, username, password)
    except AuthenticationFailed:
        throttle.failed()
        raise
    db = Database(target, username, password, call_timeout=call_timeout)
    try:
        with user_facing_errors(), db.unit_of_work() as uow:
            status = schema_status(uow.connection)
            if not status.up_to_date:
                raise SchemaMismatch(status.explain())
            user = _current_user(uow, db.username)
            encrypted = uow.staff.connection_is_encrypted()
            uow.staff.record_login()
            uow.commit()
    except AuthenticationFailed:
        db.dispose()
        throttle.failed()
        raise
    except BaseException:
        db.dispose()
        raise
    throttle.succeeded()
    log.info("Logged in to the %s", target.describe())
    if not encrypted and not is_this_machine(target.host):
        log.warning("The connection to %s is not encrypted", target.describe())
    return ServiceContext(db=db, user=user, encrypted=encrypted)


def change_own_password(ctx: ServiceContext, current_password: str, new_password: str) -> None:
    username = ctx.user.username
    if problem := new_password_problem(new_password, username=username):
        raise ValidationFailed({"new_password": problem})
    if current_password == new_password:
        raise ValidationFailed({"new_password": translate("services", "The new password must differ from the current "
                                                                      "one.")})
    try:
        check_credentials(ctx.db.target, username, current_password)
    except AuthenticationFailed:
        raise ValidationFailed({"current_password": translate("services", "The current password is not "
                                                                          "right.")}) from None
    with user_facing_errors(), ctx.uow() as uow:
        uow.staff.change_own_password(username, uow.staff.scram_verifier(username, new_password))
        uow.commit()
    ctx.db.change_password(new_password)


def verify_password(ctx: ServiceContext, password: str) -> None:
    """Used by the idle lock: the database, not a cached copy, decides whether the password is right."""
    check_credentials(ctx.db.target, ctx.user.username, password)
    ctx.db.change_password(password)
