"""Security: no staff login can take or hold the locks bookings queue on.

Bookings queue behind each other per doctor, patient and room on advisory locks (two-key form, namespaces
74301-74303). ``pg_advisory_lock`` is executable by PUBLIC, so any staff login could take one of those keys
as a *session*-level lock in psql, which no idle-in-transaction limit ends, and make every booking of that
doctor fail after its 15 s lock wait for as long as it stayed connected (issue 7).

* ``hms_booking_lock(doctor, patient, room)`` (SECURITY DEFINER, owned by hms_owner, pinned search_path,
  EXECUTE only for hms_reception and hms_admin) takes the transaction-level locks a booking needs. The
  repositories call it inside the statements that took the locks before, so a booking has no extra round trip.
* EXECUTE on every ``pg_advisory*lock*`` function (session and transaction level, shared, try; bigint and
  (integer, integer)) is revoked from PUBLIC in this database (function privileges are per database), and
  ``pg_advisory_xact_lock(integer, integer)`` is granted to hms_owner for the function above.
  The built-in functions belong to the bootstrap superuser: only a superuser can revoke them. Without one
  the revocation is skipped, ``hms db status`` warns, and ``hms db upgrade`` run again as a superuser does it
  (``server_checks.configure_booking_locks``).

Revision ID: 0011_booking_locks
Revises: 0010_database_sets_authors
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from hms_desktop.db import sql_objects

revision: str = "0011_booking_locks"
down_revision: str | None = "0010_database_sets_authors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BOOKING_LOCK = "hms_booking_lock(integer, bigint, integer)"
ADVISORY_LOCK_FUNCTIONS = ", ".join(
    f"pg_catalog.{name}({args})"
    for name in ("pg_advisory_lock", "pg_advisory_lock_shared", "pg_advisory_xact_lock",
                 "pg_advisory_xact_lock_shared", "pg_try_advisory_lock", "pg_try_advisory_lock_shared",
                 "pg_try_advisory_xact_lock", "pg_try_advisory_xact_lock_shared")
    for args in ("bigint", "integer, integer"))
OWNERS_LOCK = "pg_catalog.pg_advisory_xact_lock(integer, integer)"


def _superuser() -> bool:
    return bool(op.get_bind().execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.create("hms_booking_lock", 1)
    op.execute(f"REVOKE EXECUTE ON FUNCTION {BOOKING_LOCK} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {BOOKING_LOCK} TO hms_reception, hms_admin")
    op.execute("RESET ROLE")
    if _superuser():  # else hms db status warns until hms db upgrade runs as a superuser
        op.execute(f"GRANT EXECUTE ON FUNCTION {OWNERS_LOCK} TO hms_owner")
        op.execute(f"REVOKE EXECUTE ON FUNCTION {ADVISORY_LOCK_FUNCTIONS} FROM PUBLIC")


def downgrade() -> None:
    if _superuser():
        op.execute(f"GRANT EXECUTE ON FUNCTION {ADVISORY_LOCK_FUNCTIONS} TO PUBLIC")
        op.execute(f"REVOKE EXECUTE ON FUNCTION {OWNERS_LOCK} FROM hms_owner")
    op.execute("SET LOCAL ROLE hms_owner")
    sql_objects.drop("hms_booking_lock")
    op.execute("RESET ROLE")
