"""Staff accounts, managed by administrators. Each account is a PostgreSQL login role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hms_desktop.db.repositories.staff import StaffRow
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.staff import (
    Group,
    NewStaffMember,
    new_password_problem,
    staff_details_problems,
    validate_new_staff,
)
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

ACTION = QT_TRANSLATE_NOOP("services", "manage staff accounts")
# The groups the capability hms_dispenser goes with: those who see the Billing tab and its Pharmacy page.
DISPENSING_GROUPS = frozenset({Group.BILLING, Group.ADMIN})


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
    # Holds the capability role hms_billing_approver (large discounts and credit notes; migration 0019).
    billing_approver: bool = False
    # Holds the capability role hms_dispenser (dispensing against issued prescriptions; migration 0027).
    dispenser: bool = False


@dataclass(frozen=True, slots=True)
class StaffChanges:
    full_name: str
    title: str
    department: str
    groups: frozenset[Group]
    billing_approver: bool | None = None  # None: leave the capability as it is
    dispenser: bool | None = None  # None: leave the capability as it is


def _dto(row: StaffRow) -> StaffMemberDTO:
    return StaffMemberDTO(id=row.id, username=row.username, full_name=row.full_name, title=row.title,
                          department=row.department, groups=frozenset(Group(g) for g in row.groups),
                          active=row.active, last_login_at=row.last_login_at, version=row.version,
                          billing_approver=row.billing_approver, dispenser=row.dispenser)


def _member(uow: UnitOfWork, username: str) -> StaffMemberDTO:
    row = uow.staff.by_username(username)
    if row is None:
        raise NotFound(translate("services", "There is no staff member called {username}.").format(username=username))
    return _dto(row)


def _group_names(groups: frozenset[Group]) -> list[str]:
    return sorted(g.value for g in groups)


def list_staff(ctx: ServiceContext, *, include_inactive: bool = True) -> list[StaffMemberDTO]:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return [_dto(r) for r in uow.staff.all(include_inactive=include_inactive)]


def get_staff(ctx: ServiceContext, username: str) -> StaffMemberDTO:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return _member(uow, username)


def list_departments(ctx: ServiceContext) -> list[str]:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.staff.department_names()


def add_staff(ctx: ServiceContext, member: NewStaffMember, password: str) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=translate("services", ACTION))
    member = NewStaffMember(
        username=member.username.strip().lower(), full_name=" ".join(member.full_name.split()),
        title=member.title.strip(), department=member.department.strip(), groups=member.groups,
    )
    with user_facing_errors():
        validate_new_staff(member, password)
        with ctx.uow() as uow:
            uow.staff.create(username=member.username, verifier=uow.staff.scram_verifier(member.username, password),
                             full_name=member.full_name, title=member.title,
                             department_id=uow.staff.department_id(member.department),
                             groups=_group_names(member.groups))
            added = _member(uow, member.username)
            uow.commit()
    return added


def update_staff(ctx: ServiceContext, username: str, changes: StaffChanges, *, expected_version: int) -> StaffMemberDTO:
    """Save name, title, department, groups and (when given) the billing approver capability; refuse if
    someone saved in between."""
    ctx.require(Group.ADMIN, action=translate("services", ACTION))
    full_name = " ".join(changes.full_name.split())
    problems = staff_details_problems(full_name, changes.title, changes.department, changes.groups)
    if problems:
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        staff = uow.staff.model_for_update(username)
        if staff is None:
            raise NotFound(translate("services", "There is no staff member called {username}.").format(
                               username=username))
        if staff.version != expected_version:
            raise Conflict(translate("services", "{staff_full_name}'s account was changed by someone else while you "
                                                 "were editing it. Reload it and make your changes again.").format(
                               staff_full_name=staff.full_name))
        staff.full_name = full_name
        staff.title = changes.title.strip()
        staff.department_id = uow.staff.department_id(changes.department)
        uow.session.flush()
        uow.staff.set_groups(username, _group_names(changes.groups))
        if changes.billing_approver is not None:
            # The capability without the billing group would be a right to nothing: it goes with the group.
            uow.staff.set_billing_approver(username, changes.billing_approver and Group.BILLING in changes.groups)
        if changes.dispenser is not None:
            # Dispensing is done from the Billing tab, which billing clerks and administrators see.
            uow.staff.set_dispenser(username, changes.dispenser and bool(DISPENSING_GROUPS & changes.groups))
        saved = _member(uow, username)
        uow.commit()
    return saved


def set_active(ctx: ServiceContext, username: str, active: bool) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=translate("services", ACTION))
    with user_facing_errors(), ctx.uow() as uow:
        uow.staff.set_active(username, active)
        changed = _member(uow, username)
        uow.commit()
    return changed


def reset_password(ctx: ServiceContext, username: str, new_password: str) -> None:
    ctx.require(Group.ADMIN, action=translate("services", ACTION))
    if problem := new_password_problem(new_password, username=username):
        raise ValidationFailed({"password": problem})
    with user_facing_errors(), ctx.uow() as uow:
        uow.staff.set_password(username, uow.staff.scram_verifier(username, new_password))
        uow.commit()


def set_groups(ctx: ServiceContext, username: str, groups: frozenset[Group]) -> StaffMemberDTO:
    ctx.require(Group.ADMIN, action=translate("services", ACTION))
    if not groups:
        raise ValidationFailed({"groups": translate("services", "Choose at least one group.")})
    with user_facing_errors(), ctx.uow() as uow:
        uow.staff.set_groups(username, _group_names(groups))
        changed = _member(uow, username)
        uow.commit()
    return changed


def administrator_exists(ctx: ServiceContext) -> bool:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return uow.staff.administrator_exists()
