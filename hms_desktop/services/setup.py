"""Finding the database, starting the embedded one, migrating, and the first administrator."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import psycopg
from psycopg import sql
from sqlalchemy import text

from hms_desktop.config import WorkstationSettings, embedded_data_dir, profile_from_url
from hms_desktop.db import migrate, server_checks
from hms_desktop.db.database import Database
from hms_desktop.db.embedded import OWNER_ROLE, EmbeddedServer, EmbeddedServerRefused
from hms_desktop.db.engine import DEFAULT_DATABASE, ServerTarget
from hms_desktop.domain.staff import Group, NewStaffMember
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services import users
from hms_desktop.services.auth import load_current_user
from hms_desktop.services.context import CurrentUser, ServiceContext
from hms_desktop.services.errors import AuthenticationFailed, PermissionDenied, ServiceError, user_facing_errors

log = logging.getLogger(__name__)

# hms_claim_database creates a role and grants CONNECT on the database (README, "A shared server").
CLAIM_REFUSED_MESSAGE = (QT_TRANSLATE_NOOP(
    "services", "This account cannot give the database its own staff role. Run “hms db upgrade” as a "
                         "superuser, or as the database's owner with the CREATEROLE attribute."))

OWNER_USER = CurrentUser(username=OWNER_ROLE, full_name="Database owner", groups=frozenset(Group),
                         staff_id=None, is_owner=True)


@dataclass(slots=True)
class Connection:
    """Where this run of ``hms`` works: a target and, when we have it, owner-level access."""

    target: ServerTarget
    embedded: EmbeddedServer | None = None
    # The URL's own user, for `hms ... --url postgresql://user:pw@host/db`.
    url_username: str | None = None
    url_password: str | None = None
    # True when this machine holds owner access before anyone logs in (the embedded
    # database): then the login window can offer first-run setup and the demo hint.
    local_owner: bool = False

    def owner_database(self) -> Database:
        """The embedded cluster's owner over the private socket, or the URL's user."""
        if self.embedded is not None:
            return Database(self.target, OWNER_ROLE, None, pool_size=2)
        if self.url_username is None:
            raise ServiceError(translate("services", "This needs administrator access to the server: give it with "
                                                     "--url postgresql://USER@HOST/DATABASE (or HMS_DATABASE_URL)."))
        return Database(self.target, self.url_username, self.url_password, pool_size=2)

    def close(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()


def resolve(url: str | None = None, *, profile: str | None = None, data_dir: Path | None = None,
            start_embedded: bool = True) -> Connection:
    """``--url`` or HMS_DATABASE_URL, else the workstation's chosen profile, else the embedded database."""
    url = url or os.environ.get("HMS_DATABASE_URL") or None
    if url:
        parts = urlsplit(url)
        try:
            target = ServerTarget.for_profile(profile_from_url(url))
        except ValueError as error:  # a bad scheme or port: say so instead of a traceback
            raise ServiceError(translate("services", "Cannot use the database URL: {error}").format(
                                   error=error)) from None
        return Connection(target=target, url_username=unquote(parts.username) if parts.username else None,
                          url_password=unquote(parts.password) if parts.password else os.environ.get("PGPASSWORD"))
    settings = WorkstationSettings.load()
    name = profile if profile is not None else settings.active_profile
    if name:
        chosen = settings.profile(name)
        if chosen is None:
            raise ServiceError(translate("services", "There is no connection profile called “{name}”.").format(
                                   name=name))
        return Connection(target=ServerTarget.for_profile(chosen))
    if not start_embedded:
        raise ServiceError(translate("services", "No server is configured."))
    return start_embedded_database(data_dir or embedded_data_dir())


def start_embedded_database(data_dir: Path, database: str = DEFAULT_DATABASE) -> Connection:
    server = EmbeddedServer(data_dir)
    try:
        endpoint = server.start()
    except EmbeddedServerRefused as refused:
        raise ServiceError(str(refused)) from None
    target = ServerTarget.for_embedded(endpoint.socket_dir, endpoint.port, database)
    create_database_if_missing(target)
    connection = Connection(target=target, embedded=server, local_owner=True)
    # The embedded database is ours alone: keep it at this program's schema without asking.
    owner = connection.owner_database()
    try:
        upgrade_to_head(owner)
    finally:
        owner.dispose()
    return connection


def create_database_if_missing(target: ServerTarget) -> None:
    with psycopg.connect(**target.with_database("postgres").connect_kwargs(OWNER_ROLE, None),  # type: ignore[arg-type]
                         autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(target.database)))
            log.info("Created database %s", target.database)


def upgrade_to_head(db: Database) -> None:
    with db.unit_of_work() as uow:
        status = migrate.schema_status(uow.connection)
    if status.newer_than_client:
        raise ServiceError(status.explain())
    if not status.up_to_date:
        log.info("Upgrading the schema from %s to %s", status.current, status.head)
        migrate.upgrade(db.engine)
    # Every time, not only after a migration: a copy of another database is at head but not yet its own.
    try:
        with user_facing_errors(), db.unit_of_work() as uow:
            role = migrate.claim_database(uow.connection)
            uow.commit()
    except PermissionDenied:
        raise ServiceError(translate("services", CLAIM_REFUSED_MESSAGE)) from None
    log.info("Only members of %s may connect to this database", role)
    with db.unit_of_work() as uow:
        if not server_checks.configure_verifier_reading(uow.connection):
            log.warning("Password changes outside the app cannot be noticed: verifiers are not readable")
        if not server_checks.configure_booking_locks(uow.connection):
            log.warning("Staff logins can take advisory locks and block bookings: run hms db upgrade as a superuser")
        uow.commit()
    if not db.target.embedded:  # the embedded server has no pgAudit: only the app's own records there
        with db.unit_of_work() as uow:
            if server_checks.configure_read_audit(uow.connection):
                log.info("Reads of patient records are logged by pgAudit")
            uow.commit()


def server_warnings(db: Database) -> list[str]:
    """What a shared server still lacks (TLS, auth_delay, pgAudit, a superuser's migration), in an
    administrator's words."""
    if db.target.embedded:
        return []
    with user_facing_errors(), db.unit_of_work(read_only=True) as uow:
        return server_checks.server_state(uow.connection).warnings()


def owner_context(connection: Connection) -> ServiceContext:
    """A service context for the CLI: the embedded owner, or the URL's user with their own rights."""
    db = connection.owner_database()
    with user_facing_errors(), db.unit_of_work() as uow:
        privileged = uow.session.execute(text(
            "SELECT rolsuper OR pg_has_role(session_user, 'hms_owner', 'MEMBER') FROM pg_roles "
            "WHERE rolname = session_user")).scalar()
    if privileged:
        return ServiceContext(db=db, user=CurrentUser(username=db.username, full_name="Database owner",
                                                      groups=frozenset(Group), staff_id=None, is_owner=True))
    try:
        return ServiceContext(db=db, user=load_current_user(db))
    except AuthenticationFailed:
        db.dispose()
        raise ServiceError(translate("services", "That database account is not an active staff member.")) from None


@dataclass(frozen=True, slots=True)
class EmbeddedState:
    needs_first_admin: bool
    demo_mode: bool
    hospital_name: str


def embedded_state(connection: Connection) -> EmbeddedState:
    """What the login dialog needs to know before anyone logs in (embedded mode only)."""
    db = connection.owner_database()
    try:
        with user_facing_errors(), db.unit_of_work() as uow:
            hospital = uow.settings.read()
            return EmbeddedState(needs_first_admin=not uow.staff.administrator_exists(),
                                 demo_mode=hospital.demo_mode, hospital_name=hospital.hospital_name)
    finally:
        db.dispose()


def create_first_administrator(connection: Connection, *, username: str, full_name: str, password: str) -> None:
    ctx = owner_context(connection)
    try:
        if users.administrator_exists(ctx):
            raise ServiceError(translate("services", "An administrator already exists; log in as them to add users."))
        users.add_staff(ctx, NewStaffMember(username=username, full_name=full_name, title="Administrator",
                                            department="Administration", groups=frozenset({Group.ADMIN})),
                        password)
    finally:
        ctx.db.dispose()
