"""What a shared server must be set up to do besides our schema, checked and (where we may) configured.

Reads outside the app (``SELECT * FROM patient`` in psql) leave no trace in our audit chain: only the server
can log them. With pgAudit loaded (``shared_preload_libraries``), ``hms db upgrade`` creates the extension and
makes every read of the tables below by anyone a log line (object auditing through the role named in
``pgaudit.role``). The embedded server ships no pgAudit: there, only what the app records is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

AUDITOR_ROLE = "hms_read_auditor"
# Tables whose every read is logged on a shared server: the patient record and what says where and why
# a patient was seen.
READ_AUDITED_TABLES = ("patient", "patient_insurance", "patient_photo", "admission", "bed_stay", "appointment",
                       "waiting_list")

_CREATE_AUDITOR_SQL = """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_read_auditor') THEN
            CREATE ROLE hms_read_auditor NOLOGIN;
        END IF;
    END $$"""
# Every built-in function that takes an advisory lock (migration 0011). Staff must not call them: a
# session-level lock on a booking key, held in psql, would block that doctor's bookings indefinitely.
ADVISORY_LOCK_FUNCTIONS = tuple(
    f"pg_catalog.{name}({args})"
    for name in ("pg_advisory_lock", "pg_advisory_lock_shared", "pg_advisory_xact_lock",
                 "pg_advisory_xact_lock_shared", "pg_try_advisory_lock", "pg_try_advisory_lock_shared",
                 "pg_try_advisory_xact_lock", "pg_try_advisory_xact_lock_shared")
    for args in ("bigint", "integer, integer"))
_STAFF_GROUPS = ("hms_reception", "hms_doctor", "hms_billing", "hms_admin")
# True when no staff group may execute any of them (directly, through PUBLIC or through another role).
_ADVISORY_LOCKS_CLOSED_SQL = """
    NOT EXISTS (SELECT 1 FROM unnest(CAST(:functions AS text[])) AS f, unnest(CAST(:groups AS text[])) AS g
                WHERE has_function_privilege(g, f, 'EXECUTE'))"""

_GRANT_AUDITOR_SQL = ("GRANT SELECT ON patient, patient_insurance, patient_photo, admission, bed_stay, appointment, "
                      "waiting_list TO hms_read_auditor")


@dataclass(frozen=True, slots=True)
class ServerState:
    ssl: bool
    preloaded: frozenset[str]
    pgaudit_available: bool
    pgaudit_installed: bool
    read_audit_role: str
    # Whether hms_verifier_digest can read password verifiers (it is owned by a superuser; migration 0010):
    # without it, password changes are recorded unchecked and those made outside the app go unnoticed.
    verifiers_readable: bool = True
    # Whether staff are kept from pg_advisory_* (migration 0011, needs a superuser): without it a login can
    # hold a booking lock as a session lock and block every booking of a doctor, patient or room.
    booking_locks_private: bool = True

    @property
    def reads_are_logged(self) -> bool:
        return "pgaudit" in self.preloaded and self.pgaudit_installed and self.read_audit_role == AUDITOR_ROLE

    def warnings(self) -> list[str]:
        """What a hospital's administrator still has to set up on this server, in their words."""
        found = []
        if not self.ssl:
            found.append("TLS is off (ssl = off): passwords and patient data cross the network readable. "
                         "Turn on ssl with a certificate; workstations use sslmode verify-full.")
        if "auth_delay" not in self.preloaded:
            found.append("Password guessing is not slowed down: add auth_delay to shared_preload_libraries "
                         "and set auth_delay.milliseconds = 1000, then restart PostgreSQL.")
        if not self.reads_are_logged:
            how = ("run “hms db upgrade” again as a superuser" if "pgaudit" in self.preloaded and
                   self.pgaudit_available else
                   "install pgAudit (Debian: postgresql-15-pgaudit), add pgaudit to shared_preload_libraries, "
                   "restart PostgreSQL, then run “hms db upgrade” again")
            found.append(f"Reads of patient records outside the app are not logged: {how}.")
        if not self.verifiers_readable:
            found.append("Password changes made outside the app (ALTER ROLE … PASSWORD in another SQL tool) are "
                         "not noticed, and changes in the app are recorded unchecked: the database owner cannot "
                         "read password verifiers. Run “hms db upgrade” again as a superuser.")
        if not self.booking_locks_private:
            found.append("Any staff login can take advisory locks (pg_advisory_lock in another SQL tool) and hold "
                         "one to block every booking of a doctor, patient or room while it stays connected: only "
                         "a superuser can revoke them. Run “hms db upgrade” again as a superuser.")
        return found


def server_state(conn: Connection) -> ServerState:
    row = conn.execute(text(f"""
        SELECT current_setting('ssl') = 'on' AS ssl,
               current_setting('shared_preload_libraries') AS preloaded,
               EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pgaudit') AS available,
               EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgaudit') AS installed,
               -- The database's own setting (what new sessions get), not this session's.
               coalesce((SELECT substr(option, length('pgaudit.role=') + 1)
                         FROM pg_db_role_setting s, unnest(s.setconfig) AS option
                         WHERE s.setrole = 0 AND option LIKE 'pgaudit.role=%'
                           AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                         LIMIT 1), '') AS audit_role,
               coalesce((SELECT r.rolsuper FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
                         WHERE p.oid = to_regprocedure('hms_verifier_digest(text)')), false) AS verifiers,
               {_ADVISORY_LOCKS_CLOSED_SQL.strip()} AS locks_private
    """), {"functions": list(ADVISORY_LOCK_FUNCTIONS), "groups": list(_STAFF_GROUPS)}).one()  # noqa: S608 (constants)
    preloaded = frozenset(part.strip() for part in (row.preloaded or "").split(",") if part.strip())
    return ServerState(ssl=bool(row.ssl), preloaded=preloaded, pgaudit_available=bool(row.available),
                       pgaudit_installed=bool(row.installed), read_audit_role=row.audit_role,
                       verifiers_readable=bool(row.verifiers), booking_locks_private=bool(row.locks_private))


def configure_verifier_reading(conn: Connection) -> bool:
    """Let ``hms_verifier_digest`` read password verifiers: a superuser takes it over (a migration run
    without one left it to ``hms_owner``). Idempotent; returns whether verifiers are readable afterwards.

    The function answers only the owner's functions (EXECUTE is granted to hms_owner alone) and returns a
    SHA-256 of one role's verifier, never the verifier."""
    row = conn.execute(text("""
        SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
               (SELECT r.rolsuper FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner
                WHERE p.oid = to_regprocedure('hms_verifier_digest(text)')) AS readable
    """)).one()
    if row.readable is None:  # a schema older than migration 0010
        return False
    if not row.readable and row.superuser:
        conn.execute(text("ALTER FUNCTION hms_verifier_digest(text) OWNER TO CURRENT_USER"))
        # A new owner takes over the old owner's own right to execute: give it back to hms_owner.
        conn.execute(text("GRANT EXECUTE ON FUNCTION hms_verifier_digest(text) TO hms_owner"))
        return True
    return bool(row.readable)


def configure_booking_locks(conn: Connection) -> bool:
    """Keep staff from the advisory lock functions, so bookings' locks are taken only by ``hms_booking_lock``
    (migration 0011; a migration run without a superuser could not). Idempotent; returns whether staff are
    kept from them afterwards.

    The functions belong to the bootstrap superuser, so only a superuser may revoke them. The revocation is
    per database (function privileges live in each database's catalog); hms_owner keeps the transaction-level
    lock its function takes."""
    row = conn.execute(text(f"""
        SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
               to_regprocedure('hms_booking_lock(integer, bigint, integer)') IS NOT NULL AS migrated,
               {_ADVISORY_LOCKS_CLOSED_SQL.strip()} AS closed
    """), {"functions": list(ADVISORY_LOCK_FUNCTIONS), "groups": list(_STAFF_GROUPS)}).one()  # noqa: S608 (constants)
    if not row.migrated:  # a schema older than migration 0011: bookings still need the functions
        return False
    if row.closed or not row.superuser:
        return bool(row.closed)
    functions = ", ".join(ADVISORY_LOCK_FUNCTIONS)
    conn.execute(text("GRANT EXECUTE ON FUNCTION pg_catalog.pg_advisory_xact_lock(integer, integer) TO hms_owner"))
    conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {functions} FROM PUBLIC, {', '.join(_STAFF_GROUPS)}"))
    return True


def configure_read_audit(conn: Connection) -> bool:
    """Log every read of the patient tables, where pgAudit is loaded and we are a superuser. Idempotent.

    Returns whether reads are logged for new sessions of this database afterwards.
    """
    state = server_state(conn)
    superuser = bool(conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())
    if not (superuser and state.pgaudit_available and "pgaudit" in state.preloaded):
        return state.reads_are_logged
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pgaudit"))
    conn.execute(text(_CREATE_AUDITOR_SQL))
    # Object auditing: every statement that reads a table this role may SELECT is logged, whoever runs it.
    conn.execute(text(_GRANT_AUDITOR_SQL))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    statement = conn.execute(text("SELECT format('ALTER DATABASE %I SET pgaudit.role = %L', CAST(:db AS text), "
                                  "CAST(:role AS text))"), {"db": database, "role": AUDITOR_ROLE}).scalar_one()
    conn.exec_driver_sql(statement)
    return True
