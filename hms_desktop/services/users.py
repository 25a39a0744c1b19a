"""Staff accounts, managed by administrators. Each account is a PostgreSQL login role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import Connection, select, text

from hms_desktop.db.models import Department, Staff
from hms_desktop.domain.staff import (
    Group,
    NewStaffMember,
    password_problem,
    staff_details_problems,
    validate_new_staff,
)
from hms_desktop.services.auth import scram_verifier
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

ACTION = "manage staff accounts"


@dataclass(frozen=True, slots=True)
class StaffMemberDTO:
    id: int
    username: str
    full_name: str
    title: str
    department: str
    groups: frozenset[Group]
    active: bool
    last_login_at: datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class StaffChanges:
    full_name: str
    title: str
    department: str
    groups: frozenset[Group]


_LIST_SQL = text("""
    SELECT s.id, s.username, s.full_name, s.title, coalesce(d.name, '') AS department,
           hms_staff_groups(s.username) AS groups, s.active, s.last_login_at, s.version
    FROM staff s LEFT JOIN department d ON d.id = s.department_id
""")


def _dto(row: object) -> StaffMemberDTO:
    return StaffMemberDTO(
        id=row.id, username=row.username, full_name=row.full_name, title=row.title,  # type: ignore[attr-defined]
        department=row.department, groups=frozenset(Group(g) for g in row.groups),  # type: ignore[attr-defined]
        active=row.active, last_login_at=row.last_login_at, version=row.version,  # type: ignore[attr-defined]
    )


def list_staff(ctx: ServiceContext, *, include_inactive: bool = True) -> list[StaffMemberDTO]:
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        query = _LIST_SQL.text + ("" if include_inactive else " WHERE s.active") + " ORDER BY s.full_name, s.username"
        return [_dto(r) for r in conn.execute(text(query))]


def get_staff(ctx: ServiceContext, username: str) -> StaffMemberDTO:
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        row = conn.execute(text(_LIST_SQL.text + " WHERE s.username = :u"), {"u": username}).one_or_none()
    if row is None:
        raise NotFound(f"There is no staff member called {username}.")
    return _dto(row)


def list_departments(ctx: ServiceContext) -> list[str]:
    with user_facing_errors(), ctx.uow() as uow:
        return list(uow.session.scalars(select(Department.name).order_by(Department.name)))


def _department_id(conn: Connection, name: str) -> int | None:
    name = " ".join(name.split())
    if not name:
        return None
    found = conn.execute(text("SELECT id FROM department WHERE lower(name) = lower(:n)"), {"n": name}).scalar()
    if found is not None:
        return int(found)
    return int(conn.execute(text("INSERT INTO department (name) VALUES (:n) RETURNING id"), {"n": name}).scalar_one())


def _driver(conn: Connection) -> psycopg.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return raw


def add_staff(ctx: ServiceContext, member: NewStaffMember, password: str) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=ACTION)
    member = NewStaffMember(
        username=member.username.strip().lower(), full_name=" ".join(member.full_name.split()),
        title=member.title.strip(), department=member.department.strip(), groups=member.groups,
    )
    with user_facing_errors():
        validate_new_staff(member, password)
        with ctx.db.engine.begin() as conn:
            verifier = scram_verifier(_driver(conn), member.username, password)
            conn.execute(
                text("SELECT hms_create_staff(:u, :v, :n, :t, :d, CAST(:g AS text[]))"),
                {"u": member.username, "v": verifier, "n": member.full_name, "t": member.title,
                 "d": _department_id(conn, member.department), "g": sorted(g.value for g in member.groups)},
            )
    return get_staff(ctx, member.username)


def update_staff(ctx: ServiceContext, username: str, changes: StaffChanges, *, expected_version: int) -> StaffMemberDTO:
    """Save name, title, department and groups; refuse if someone saved in between."""
    ctx.require(Group.ADMIN, action=ACTION)
    full_name = " ".join(changes.full_name.split())
    problems = staff_details_problems(full_name, changes.title, changes.department, changes.groups)
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.username == username)).one_or_none()
        if staff is None:
            raise NotFound(f"There is no staff member called {username}.")
        if staff.version != expected_version:
            raise Conflict(f"{staff.full_name}'s account was changed by someone else while you were editing it. "
                           "Reload it and make your changes again.")
        conn = uow.session.connection()
        staff.full_name = full_name
        staff.title = changes.title.strip()
        staff.department_id = _department_id(conn, changes.department)
        uow.session.flush()
        conn.execute(text("SELECT hms_set_staff_groups(:u, CAST(:g AS text[]))"),
                     {"u": username, "g": sorted(g.value for g in changes.groups)})
        uow.commit()
    return get_staff(ctx, username)


def set_active(ctx: ServiceContext, username: str, active: bool) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=ACTION)
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        conn.execute(text("SELECT hms_set_staff_active(:u, :a)"), {"u": username, "a": active})
    return get_staff(ctx, username)


def reset_password(ctx: ServiceContext, username: str, new_password: str) -> None:
    ctx.require(Group.ADMIN, action=ACTION)
    if problem := password_problem(new_password, username=username):
        raise ValidationFailed({"password": problem})
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        verifier = scram_verifier(_driver(conn), username, new_password)
        conn.execute(text("SELECT hms_set_staff_password(:u, :v)"), {"u": username, "v": verifier})


def set_groups(ctx: ServiceContext, username: str, groups: frozenset[Group]) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=ACTION)
    if not groups:
        raise ValidationFailed({"groups": "Choose at least one group."})
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        conn.execute(text("SELECT hms_set_staff_groups(:u, CAST(:g AS text[]))"),
                     {"u": username, "g": sorted(g.value for g in groups)})
    return get_staff(ctx, username)


def administrator_exists(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM staff WHERE active AND hms_is_admin(username))")).scalar())
