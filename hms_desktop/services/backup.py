"""Backups of the hospital database (pg_dump custom format) and restoring one into an empty database.

Roles: a dump keeps its owners and GRANTs (no ``--no-owner``, no ``--no-acl``). The security model lives in
them: every table and function belongs to ``hms_owner``, SECURITY DEFINER functions run with that role's
rights, and each staff group has column-level grants. With ``--no-owner`` everything would belong to whoever
restored it (a superuser, usually), so the SECURITY DEFINER functions would run as a superuser, and with
``--no-acl`` no staff member could read anything. Roles belong to the server, not the database, so before
restoring we create ``hms_owner`` and the four staff groups where they are missing (as migration 0001 does).
Staff logins are server roles too: on another server they do not exist yet, and ``restore`` names them so an
administrator can give them a login there. Afterwards the setup path (``setup.upgrade_to_head``: migrations
for an older dump, then ``hms_claim_database()``) gives the restored database its own staff role and CONNECT
grants (migration 0009), so the logins whose roles exist work at once.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import text

from hms_desktop.config import data_dir
from hms_desktop.db.embedded import OWNER_ROLE, program_path
from hms_desktop.db.engine import ServerTarget
from hms_desktop.domain.staff import Group
from hms_desktop.formats import format_number
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, user_facing_errors

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]

BACKUP_SUFFIX = ".dump"
LAST_BACKUP_KEY = "last_backup"
DAILY_KEEP = 7  # daily backups kept in the data folder's backups/ (a week)
# Migration 0001's roles, for a server that has never held an hms_desktop database.
ROLES_SQL = """
DO $$
DECLARE g text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_owner') THEN
        CREATE ROLE hms_owner NOLOGIN CREATEROLE;
    END IF;
    FOREACH g IN ARRAY ARRAY['hms_reception', 'hms_doctor', 'hms_billing', 'hms_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
        EXECUTE format('GRANT %I TO hms_owner WITH ADMIN OPTION', g);
    END LOOP;
END
$$;
GRANT pg_signal_backend TO hms_owner;
"""
_DUMPING = re.compile(r'dumping contents of table "?([^"]+)"?')
_RESTORING = re.compile(r'processing data for table "?([^"]+)"?')
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")


@dataclass(frozen=True, slots=True)
class Credentials:
    """Who runs pg_dump / pg_restore: the embedded cluster's owner (password None, peer), or a URL's user."""

    username: str
    password: str | None = None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    taken_at: datetime


@dataclass(frozen=True, slots=True)
class RestoreReport:
    database: str
    tables: int
    # Staff whose login role does not exist on this server: they cannot log in until it is created.
    logins_missing: tuple[str, ...]

    def describe(self) -> str:
        text = translate("services", "Restored {tables} tables into the database {database}.").format(
                   tables=self.tables, database=self.database)
        if self.logins_missing:
            text += " " + translate("services", "These staff accounts have no login on this server yet, so they "
                                                "cannot log in until an administrator gives them one: {names}.").format(
                                          names=", ".join(self.logins_missing))
        return text


def _connect(target: ServerTarget, who: Credentials, database: str | None = None) -> psycopg.Connection:
    place = target if database is None else target.with_database(database)
    try:
        return psycopg.connect(**place.connect_kwargs(who.username, who.password),  # type: ignore[arg-type]
                               autocommit=True)
    except psycopg.OperationalError as error:
        raise ServiceError(translate("services", "Cannot connect to {describe} as {who_username}: {value}").format(
                               describe=place.describe(), who_username=who.username,
                               value=str(error).strip().splitlines()[-1])) from None


def _environment(target: ServerTarget, who: Credentials) -> dict[str, str]:
    # libpq variables, so the password is never on a command line other users could read in ps.
    env = dict(os.environ)
    env.update({"PGHOST": target.host, "PGPORT": str(target.port), "PGUSER": who.username,
                "PGDATABASE": target.database, "PGAPPNAME": "hms_desktop backup", "PGCONNECT_TIMEOUT": "10"})
    env.pop("PGPASSWORD", None)
    if who.password is not None:
        env["PGPASSWORD"] = who.password
    if not target.embedded:
        env["PGSSLMODE"] = target.sslmode
        if target.ca_file:
            env["PGSSLROOTCERT"] = target.ca_file
    return env


def _major_version(program: Path) -> int | None:
    try:
        out = subprocess.run([str(program), "--version"], check=False, capture_output=True, text=True,
                             timeout=20).stdout
    except OSError:
        return None
    found = _VERSION.search(out)
    return int(found.group(1)) if found else None


def find_program(name: str, server_major: int, *, embedded: bool) -> Path:
    """The embedded server's own pg_dump/pg_restore; for a shared server, the one on PATH if it is at least
    the server's major version (an older pg_dump refuses a newer server), else the bundled one."""
    bundled = program_path(name)
    candidates = [bundled] if embedded else [Path(p) for p in [shutil.which(name)] if p] + [bundled]
    found: list[str] = []
    for program in candidates:
        if not program.is_file():
            continue
        major = _major_version(program)
        if major is not None and major >= server_major:
            return program
        found.append(translate("services", "{program} (version {major})").format(program=program, major=major))
    raise ServiceError(translate("services", "No {name} of PostgreSQL {server_major} or newer was found (the server "
                                             "runs {server_major}; found: {join}). Install the PostgreSQL "
                                             "{server_major} client programs.").format(
                           name=name, server_major=server_major, join=', '.join(found) or 'none'))


def slug(name: str) -> str:
    """A hospital's name as a file name part: lower case letters, digits and dashes."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return text[:40].strip("-") or "hospital"


def backup_file_name(hospital: str, when: datetime, revision: str) -> str:
    # A file name keeps the ISO date (2026-12-02) whatever the language: it sorts and every system reads it.
    return f"{slug(hospital)}_{when:%Y-%m-%d_%H%M}_{revision}{BACKUP_SUFFIX}"


def _hospital_and_revision(conn: psycopg.Connection) -> tuple[str, str, int, list[str]]:
    row = conn.execute("SELECT value #>> '{}' FROM hospital_setting WHERE key = 'hospital_name'").fetchone()
    hospital = str(row[0]) if row and row[0] else "hospital"
    revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = str(revision_row[0]).split("_", 1)[0] if revision_row else "unversioned"
    major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000  # type: ignore[index]
    tables = [str(r[0]) for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
    return hospital, revision, major, tables


def _run_with_progress(command: list[str], env: dict[str, str], pattern: re.Pattern[str], *, total: int,
                       verb: str, progress: Progress | None, cancelled: Cancelled | None) -> None:
    """Run pg_dump / pg_restore --verbose, turning its per-table lines into percentages."""
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, errors="replace")
    done = 0
    errors: list[str] = []
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if cancelled is not None and cancelled():
                process.terminate()
                process.wait(timeout=30)
                raise ServiceError(translate("services", "{verb} cancelled.").format(verb=verb))
            found = pattern.search(line)
            if found:
                done += 1
                if progress is not None:
                    table = found.group(1).removeprefix("public.")
                    progress(min(99, done * 100 // max(total, 1)), translate("services", "{verb}: table {table} "
                                                                                         "({done} of {total})").format(
                                                                       verb=verb, table=table, done=done, total=total))
            elif "error" in line.lower() or "fatal" in line.lower():
                errors.append(line.strip())
    finally:
        if process.poll() is None:
            process.wait()
    if process.returncode != 0:
        detail = errors[-1] if errors else f"exit status {process.returncode}"
        raise ServiceError(translate("services", "{verb} failed: {detail}").format(verb=verb, detail=detail))


def backup(target: ServerTarget, out_dir: Path, progress: Progress | None = None, *,
           who: Credentials, cancelled: Cancelled | None = None, now: datetime | None = None) -> Path:
    """Dump the hospital database to ``out_dir`` as ``<hospital>_<date_time>_<revision>.dump`` (custom
    format); the file appears under its name only when complete. Records the backup in hospital_setting."""
    out_dir = Path(out_dir).expanduser()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ServiceError(translate("services", "Cannot use the folder {out_dir}: {strerror}.").format(
                               out_dir=out_dir, strerror=error.strerror)) from None
    with _connect(target, who) as conn:
        hospital, revision, major, tables = _hospital_and_revision(conn)
    pg_dump = find_program("pg_dump", major, embedded=target.embedded)
    when = now or datetime.now().astimezone()
    final = out_dir / backup_file_name(hospital, when, revision)
    partial = final.with_name(f".{final.name}.partial")
    if progress is not None:
        progress(0, translate("services", "Backing up {tables_count} tables…").format(tables_count=len(tables)))
    try:
        _run_with_progress([str(pg_dump), "--format=custom", "--verbose", "--file", str(partial)],
                           _environment(target, who), _DUMPING, total=len(tables),
                           verb=translate("services", "Backup"), progress=progress, cancelled=cancelled)
        os.replace(partial, final)
    except OSError as error:
        raise ServiceError(translate("services", "Cannot write the backup in {out_dir}: {strerror}.").format(
                               out_dir=out_dir, strerror=error.strerror)) from None
    finally:
        partial.unlink(missing_ok=True)
    info = BackupInfo(path=final, size=final.stat().st_size, taken_at=when)
    _record(target, who, info)
    if progress is not None:
        progress(100, translate("services", "Backup written: {final_name}").format(final_name=final.name))
    log.info("Backup of %s written to %s (%d bytes)", target.describe(), final, info.size)
    return final


def _record(target: ServerTarget, who: Credentials, info: BackupInfo) -> None:
    # Shown on the Administration page and read by the daily backup; a failure here keeps the file.
    value = psycopg.types.json.Jsonb({"at": info.taken_at.isoformat(), "file": info.path.name, "size": info.size})
    try:
        with _connect(target, who) as conn:
            conn.execute("INSERT INTO hospital_setting (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                         "SET value = EXCLUDED.value, version = hospital_setting.version + 1",
                         (LAST_BACKUP_KEY, value))
    except psycopg.Error as error:
        log.warning("Backup written but not recorded: %s", error)


def last_backup(target: ServerTarget, who: Credentials) -> BackupInfo | None:
    with _connect(target, who) as conn:
        row = conn.execute("SELECT value FROM hospital_setting WHERE key = %s", (LAST_BACKUP_KEY,)).fetchone()
    if row is None:
        return None
    value = row[0]
    return BackupInfo(path=Path(value["file"]), size=int(value["size"]), taken_at=datetime.fromisoformat(value["at"]))


def daily_backup_folder() -> Path:
    """The embedded database's daily backups: beside its data, in the per-user data folder."""
    return data_dir() / "backups"


def daily_backup_if_due(target: ServerTarget, folder: Path, *, keep: int = DAILY_KEEP, now: datetime | None = None,
                        cancelled: Cancelled | None = None) -> Path | None:
    """The embedded database's daily backup, at app start: when the last backup (from here, the CLI or the
    daily one) is more than a day old, back up into ``folder`` and keep the newest ``keep`` there."""
    if not target.embedded:
        return None  # a shared server is backed up on the server, by its administrators
    who = Credentials(OWNER_ROLE)
    when = now or datetime.now().astimezone()
    last = last_backup(target, who)
    if last is not None and when - last.taken_at < timedelta(days=1):
        return None
    path = backup(target, folder, who=who, cancelled=cancelled, now=when)
    prune_backups(folder, keep)
    return path


def prune_backups(directory: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups in ``directory`` (by the date in their names); delete the rest.
    Only files named like our backups are touched. Returns the deleted files."""
    if keep < 1:
        raise ServiceError(translate("services", "Keep at least one backup."))
    pattern = re.compile(r"^[a-z0-9-]+_(\d{4}-\d{2}-\d{2}_\d{4})_[^_/]+\.dump$")
    dated = sorted(((m.group(1), p) for p in Path(directory).iterdir()
                    if p.is_file() and (m := pattern.match(p.name))), reverse=True)
    removed = [path for _, path in dated[keep:]]
    for path in removed:
        path.unlink()
    return removed


def _tables_in_public(conn: psycopg.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0])  # type: ignore[index]


def restore(file: Path, target: ServerTarget, *, who: Credentials, force: bool = False,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> RestoreReport:
    """Restore a backup into ``target``'s database, creating it if missing. A database that has any table
    refuses unless ``force``, which first removes everything in its public schema."""
    from hms_desktop.db.database import Database
    from hms_desktop.services import setup

    file = Path(file).expanduser()
    if not file.is_file():
        raise ServiceError(translate("services", "There is no backup file {file}.").format(file=file))
    with _connect(target, who, "postgres") as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000  # type: ignore[index]
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).fetchone()
        if not exists:
            try:
                conn.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(target.database)))
            except psycopg.Error as error:
                raise ServiceError(translate("services", "Cannot create the database {target_database}: "
                                                         "{diag_message_primary}.").format(
                                       target_database=target.database,
                                       diag_message_primary=error.diag.message_primary or error)) from None
        try:
            conn.execute(ROLES_SQL)
        except psycopg.Error as error:
            raise ServiceError(translate("services", "Restoring needs an account that may create roles (a superuser): "
                                                     "{diag_message_primary}.").format(
                                   diag_message_primary=error.diag.message_primary or error)) from None
    pg_restore = find_program("pg_restore", major, embedded=target.embedded)
    listing = subprocess.run([str(pg_restore), "--list", str(file)], check=False, capture_output=True,
                             text=True, timeout=120)
    if listing.returncode != 0:
        raise ServiceError(translate("services", "{file_name} is not a backup this program can read ({value}).").format(
                               file_name=file.name,
                               value=listing.stderr.strip().splitlines()[-1] if listing.stderr.strip() else 'unknown'))
    total = sum(1 for line in listing.stdout.splitlines() if " TABLE DATA " in line)
    with _connect(target, who) as conn:
        if _tables_in_public(conn):
            if not force:
                raise ServiceError(translate("services", "The database {target_database} is not empty: it has tables. "
                                                         "Nothing was restored. Restore into a new database, or give "
                                                         "--force to replace its contents.").format(
                                       target_database=target.database))
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
    if progress is not None:
        progress(0, translate("services", "Restoring {total} tables…").format(total=total))
    # One transaction: a failed restore leaves the database as empty as it was.
    _run_with_progress([str(pg_restore), "--verbose", "--exit-on-error", "--single-transaction",
                        "--dbname", target.database, str(file)],
                       _environment(target, who), _RESTORING, total=total, verb=translate("services", "Restore"),
                       progress=progress, cancelled=cancelled)
    db = Database(target, who.username, who.password, pool_size=1)
    try:
        setup.upgrade_to_head(db)
    finally:
        db.dispose()
    with _connect(target, who) as conn:
        missing = tuple(str(r[0]) for r in conn.execute(
            "SELECT s.username FROM staff s WHERE s.active AND NOT EXISTS "
            "(SELECT 1 FROM pg_roles r WHERE r.rolname = s.username) ORDER BY s.username"))
        tables = _tables_in_public(conn)
    if progress is not None:
        progress(100, translate("services", "Restore finished."))
    return RestoreReport(database=target.database, tables=tables, logins_missing=missing)


# --- for the Administration tab: a logged-in administrator backs up the database this workstation uses ---

SHARED_SERVER_MESSAGE = (QT_TRANSLATE_NOOP(
    "services", "This workstation works on a shared server. Back it up on the server, with an account that "
                         "can read every table: hms backup --url postgresql://OWNER@HOST/DATABASE --out FOLDER."))


@dataclass(frozen=True, slots=True)
class BackupState:
    """What the Backups page shows: the last backup, and whether this workstation can take one."""

    last: BackupInfo | None
    can_back_up: bool
    reason: str  # why not, when it cannot
    daily_folder: Path | None  # where the embedded database's daily backups go; None on a shared server


def _embedded_owner(ctx: ServiceContext) -> Credentials:
    # The embedded cluster's owner is reachable only by this OS account (peer authentication), the same
    # account the app runs as; a staff login could not read every table (billing cannot read clinical ones).
    if not ctx.db.target.embedded:
        raise ServiceError(translate("services", SHARED_SERVER_MESSAGE))
    return Credentials(OWNER_ROLE)


def backup_state(ctx: ServiceContext) -> BackupState:
    ctx.require(Group.ADMIN, action=translate("services", "see the database's backups"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        value = uow.session.execute(text("SELECT value FROM hospital_setting WHERE key = :key"),
                                    {"key": LAST_BACKUP_KEY}).scalar()
    last = None
    if isinstance(value, dict):
        last = BackupInfo(path=Path(value["file"]), size=int(value["size"]),
                          taken_at=datetime.fromisoformat(value["at"]))
    embedded = ctx.db.target.embedded
    return BackupState(last=last, can_back_up=embedded,
                       reason="" if embedded else translate("services", SHARED_SERVER_MESSAGE),
                       daily_folder=daily_backup_folder() if embedded else None)


def backup_now(ctx: ServiceContext, out_dir: Path, progress: Progress | None = None,
               cancelled: Cancelled | None = None, *, keep: int | None = None) -> BackupInfo:
    """The "Back up now…" button: a backup of the embedded database into ``out_dir``."""
    ctx.require(Group.ADMIN, action=translate("services", "back up the database"))
    path = backup(ctx.db.target, out_dir, progress, who=_embedded_owner(ctx), cancelled=cancelled)
    if keep is not None:
        prune_backups(path.parent, keep)
    stat = path.stat()
    return BackupInfo(path=path, size=stat.st_size, taken_at=datetime.fromtimestamp(stat.st_mtime).astimezone())


def size_words(size: int) -> str:
    """A file size as people say it: 812 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return translate("services", "{value} KB").format(value=max(1, round(size / 1024)))
    if size < 1024 ** 3:
        return translate("services", "{value} MB").format(value=format_number(size / 1024 ** 2, 1))
    return translate("services", "{value} GB").format(value=format_number(size / 1024 ** 3, 2))
