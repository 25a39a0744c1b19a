"""Staff accounts and departments. A staff row is also a PostgreSQL login role, so accounts are
created and changed through the SECURITY DEFINER functions (``hms_create_staff``, ``hms_set_staff_*``),
never by writing the rows directly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from hms_desktop.db.column_access import ReadableColumns, readable_columns
from hms_desktop.db.models import Department, Staff


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    title: str
    department: str
    groups: tuple[str, ...]  # group role names, e.g. "hms_admin"
    active: bool
    last_login_at: datetime | None  # None also when the login may not read it (administrators only)
    version: int
    billing_approver: bool = False  # holds hms_billing_approver (migration 0019)
    dispenser: bool = False  # holds hms_dispenser (migration 0027)


@dataclass(frozen=True, slots=True)
class SessionUserRow:
    """The staff row of whoever is logged in on this connection (``session_user``)."""

    id: int
    full_name: str
    active: bool
    groups: tuple[str, ...]
    can_merge_patients: bool
    can_approve_billing: bool = False  # hms_billing_approver (migration 0019)
    can_dispense: bool = False  # hms_dispenser (migration 0027)


# ``last_login_at`` is for administrators only (migration 0008); others get NULL in its place.
_STAFF_SELECT = """
    SELECT s.id, s.username, s.full_name, s.title, coalesce(d.name, '') AS department,
           hms_staff_groups(s.username) AS groups, s.active, {last_login} AS last_login_at, s.version,
           pg_has_role(s.username, 'hms_billing_approver', 'MEMBER') AS billing_approver,
           pg_has_role(s.username, 'hms_dispenser', 'MEMBER') AS dispenser
    FROM staff s LEFT JOIN department d ON d.id = s.department_id
"""


def _staff_select(readable: ReadableColumns) -> str:
    return _STAFF_SELECT.format(last_login="s.last_login_at" if readable.last_login else "CAST(NULL AS timestamptz)")


def _row(row: object) -> StaffRow:
    return StaffRow(id=row.id, username=row.username, full_name=row.full_name,  # type: ignore[attr-defined]
                    title=row.title, department=row.department,  # type: ignore[attr-defined]
                    groups=tuple(row.groups or ()), active=row.active,  # type: ignore[attr-defined]
                    last_login_at=row.last_login_at, version=row.version,  # type: ignore[attr-defined]
                    billing_approver=bool(row.billing_approver),  # type: ignore[attr-defined]
                    dispenser=bool(row.dispenser))  # type: ignore[attr-defined]


class StaffRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    # --- reading ---

    def all(self, *, include_inactive: bool = True) -> list[StaffRow]:
        where = "" if include_inactive else " WHERE s.active"
        query = text(_staff_select(readable_columns(self._session)) + where + " ORDER BY s.full_name, s.username")
        return [_row(r) for r in self._session.execute(query)]

    def by_username(self, username: str) -> StaffRow | None:
        query = text(_staff_select(readable_columns(self._session)) + " WHERE s.username = :u")
        row = self._session.execute(query, {"u": username}).one_or_none()
        return None if row is None else _row(row)

    def full_name(self, username: str) -> str | None:
        """The name staff know a login by; None for a role that is no staff member (the database owner)."""
        return self._session.execute(text("SELECT full_name FROM staff WHERE username = :u"),
                                     {"u": username}).scalar_one_or_none()

    def model_for_update(self, username: str) -> Staff | None:
        if not isinstance(self._session, Session):
            raise TypeError("model_for_update needs the unit of work's session")
        return self._session.scalars(
            select(Staff).where(Staff.username == username).with_for_update()).one_or_none()

    def session_user(self) -> SessionUserRow | None:
        row = self._session.execute(text(
            "SELECT id, full_name, active, hms_staff_groups(username) AS groups, "
            "pg_has_role(session_user, 'hms_merge_patients', 'MEMBER') AS can_merge, "
            "pg_has_role(session_user, 'hms_billing_approver', 'MEMBER') AS can_approve, "
            "pg_has_role(session_user, 'hms_dispenser', 'MEMBER') AS can_dispense FROM staff "
            "WHERE username = session_user")).one_or_none()
        if row is None:
            return None
        return SessionUserRow(id=row.id, full_name=row.full_name, active=row.active,
                              groups=tuple(row.groups or ()), can_merge_patients=bool(row.can_merge),
                              can_approve_billing=bool(row.can_approve), can_dispense=bool(row.can_dispense))

    def administrator_exists(self) -> bool:
        return bool(self._session.execute(text(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE active AND hms_is_admin(username))")).scalar())

    def department_names(self) -> list[str]:
        return list(self._session.execute(select(Department.name).order_by(Department.name)).scalars())

    # --- writing ---

    def department_id(self, name: str) -> int | None:
        """The department called ``name`` (any case), created if new; None for a blank name."""
        name = " ".join(name.split())
        if not name:
            return None
        found = self._session.execute(text("SELECT id FROM department WHERE lower(name) = lower(:n)"),
                                      {"n": name}).scalar()
        if found is not None:
            return int(found)
        return int(self._session.execute(text("INSERT INTO department (name) VALUES (:n) RETURNING id"),
                                         {"n": name}).scalar_one())

    def scram_verifier(self, username: str, password: str) -> str:
        """Hash the password on the client (libpq): the server only ever sees the SCRAM verifier."""
        raw = self._driver()
        return raw.pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()

    def create(self, *, username: str, verifier: str, full_name: str, title: str, department_id: int | None,
               groups: list[str]) -> None:
        self._session.execute(text("SELECT hms_create_staff(:u, :v, :n, :t, :d, CAST(:g AS text[]))"),
                              {"u": username, "v": verifier, "n": full_name, "t": title, "d": department_id,
                               "g": groups})

    def set_groups(self, username: str, groups: list[str]) -> None:
        self._session.execute(text("SELECT hms_set_staff_groups(:u, CAST(:g AS text[]))"),
                              {"u": username, "g": groups})

    def set_billing_approver(self, username: str, granted: bool) -> None:
        """Grant or take back hms_billing_approver through ``hms_set_billing_approver`` (administrators)."""
        self._session.execute(text("SELECT hms_set_billing_approver(:u, :g)"), {"u": username, "g": granted})

    def set_dispenser(self, username: str, granted: bool) -> None:
        """Grant or take back hms_dispenser through ``hms_set_dispenser`` (administrators; migration 0027)."""
        self._session.execute(text("SELECT hms_set_dispenser(:u, :g)"), {"u": username, "g": granted})

    def set_active(self, username: str, active: bool) -> None:
        self._session.execute(text("SELECT hms_set_staff_active(:u, :a)"), {"u": username, "a": active})

    def set_password(self, username: str, verifier: str) -> None:
        self._session.execute(text("SELECT hms_set_staff_password(:u, :v)"), {"u": username, "v": verifier})

    def change_own_password(self, username: str, verifier: str) -> None:
        """A role may change its own password; the verifier is quoted by psycopg."""
        raw = self._driver()
        statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(username), sql.Literal(verifier)).as_string(raw)
        self._connection().exec_driver_sql(statement)
        self._session.execute(text("SELECT hms_note_own_password_change()"))

    def connection_is_encrypted(self) -> bool:
        return bool(self._session.execute(text(
            "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)")).scalar())

    def record_login(self) -> None:
        self._session.execute(text("SELECT hms_record_login()"))

    def _connection(self) -> Connection:
        return self._session.connection() if isinstance(self._session, Session) else self._session

    def _driver(self) -> psycopg.Connection:
        raw = self._connection().connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        return raw
