"""Catalogue use cases (issue 10, item 2): lab tests, specialties, rooms and equipment.

Each catalogue has its own three functions, one transaction each, for the Administration pages (through the
catalogue editor, ``ui/widgets/catalogue_editor.py``):

* ``list_<catalogue>(ctx, include_retired=False)``: the entries, active first by the editor's filter;
* ``save_<entry>(ctx, entry_id, version, draft)``: a new entry (``entry_id`` None) or a change of one at the
  version the form was filled from; a stale version is a ``Conflict`` (STALE) and nothing is saved;
* ``set_<entry>_active(ctx, entry_id, version, active)``: retire or reactivate (no delete).

Validation is the domain's (``domain/catalogues.py``); a name or code already taken is a ``ValidationFailed``
on that field. Only administrators write (column GRANTs of 0014 and 0026 are the real guard; ``ctx.require``
says it clearly). DTOs carry ``changed_at``/``changed_by`` (the database's), for the conflict message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from hms_desktop.db.repositories.catalogues import LAB_TESTS, RESOURCES, SPECIALTIES, CatalogueTable
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.catalogues import (
    LabTestDraft,
    ResourceDraft,
    SpecialtyDraft,
    validate_lab_test,
    validate_resource,
    validate_specialty,
)
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors

STALE = (QT_TRANSLATE_NOOP(
    "services", "Someone else changed this {what} while you were editing it. Nothing of yours was saved; compare and "
         "save again."))
GONE = QT_TRANSLATE_NOOP("services", "This {what} no longer exists. Reload the list.")
# The entries' kinds as those refusals name them.
TEST = QT_TRANSLATE_NOOP("services", "test")
SPECIALTY = QT_TRANSLATE_NOOP("services", "specialty")
RESOURCE = QT_TRANSLATE_NOOP("services", "room or device")


@dataclass(frozen=True, slots=True)
class LabTestDTO:
    id: int
    code: str
    name: str
    loinc_code: str | None
    specimen: str
    unit: str
    result_kind: str
    normal_text: str | None
    fee_code: str | None
    active: bool
    version: int
    changed_at: datetime | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class SpecialtyDTO:
    id: int
    name: str
    slot_minutes: int | None
    active: bool
    version: int
    changed_at: datetime | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class ResourceDTO:
    id: int
    name: str
    kind: str
    department_id: int | None
    department: str | None
    active: bool
    version: int
    changed_at: datetime | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class DepartmentChoice:
    id: int
    name: str


def _lab_test(row: Any) -> LabTestDTO:
    return LabTestDTO(**row._asdict())


def _specialty(row: Any) -> SpecialtyDTO:
    return SpecialtyDTO(**row._asdict())


def _resource(row: Any) -> ResourceDTO:
    return ResourceDTO(**row._asdict())


@contextlib.contextmanager
def _taken(field: str, message: str) -> Iterator[None]:
    """A unique key refused the row: the message goes next to the field that clashes."""
    try:
        yield
    except IntegrityError as error:
        if getattr(error.orig, "sqlstate", None) == "23505":
            raise ValidationFailed({field: message}) from error
        raise


def _save(uow: UnitOfWork, table: CatalogueTable, what: str, *, entry_id: int | None, version: int | None,
          values: dict[str, Any]) -> Any:
    """Insert or update (at ``version``) in the caller's unit of work; the row as it is now."""
    if entry_id is None:
        entry_id = uow.catalogues.insert(table, values)
    elif version is None or not uow.catalogues.update(table, entry_id, version, values):
        _refuse(uow, table, what, entry_id)
    row = uow.catalogues.entry(table, entry_id)
    assert row is not None
    return row


def _refuse(uow: UnitOfWork, table: CatalogueTable, what: str, entry_id: int) -> None:
    """``what``: the entry's kind, marked for translation where named (TEST, SPECIALTY, RESOURCE)."""
    word = translate("services", what)
    if uow.catalogues.entry(table, entry_id) is None:
        raise NotFound(translate("services", GONE).format(what=word))
    raise Conflict(translate("services", STALE).format(what=word))


def _set_active(ctx: ServiceContext, table: CatalogueTable, what: str, *, entry_id: int, version: int,
                active: bool) -> Any:
    with user_facing_errors(), ctx.uow() as uow:
        if not uow.catalogues.set_active(table, entry_id, version, active):
            _refuse(uow, table, what, entry_id)
        row = uow.catalogues.entry(table, entry_id)
        uow.commit()
    return row


# --- lab tests ------------------------------------------------------------------------------------------


def list_lab_tests(ctx: ServiceContext, *, include_retired: bool = False) -> tuple[LabTestDTO, ...]:
    ctx.require(Group.ADMIN, action=translate("services", "manage the lab test catalogue"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_lab_test(row) for row in uow.catalogues.entries(LAB_TESTS, include_retired=include_retired))


def save_lab_test(ctx: ServiceContext, test_id: int | None, version: int | None,
                  draft: LabTestDraft) -> LabTestDTO:
    """A new test (``test_id`` None) or a change of one; its code and kind of result are fixed once created
    (results already entered were read against them): a change keeps the stored ones."""
    ctx.require(Group.ADMIN, action=translate("services", "change the lab test catalogue"))
    with user_facing_errors():
        clean = validate_lab_test(draft)
        with ctx.uow() as uow, _taken("code", translate("services", "Another test already has the code {code}.").format(
                                                  code=clean.code)):
            if clean.fee_code and not uow.fees.latest(clean.fee_code):
                raise ValidationFailed({"fee_code": translate("services", "There is no service with the fee code "
                                                                          "{fee_code} in Fees and prices. Add it there "
                                                                          "first, or leave this empty.").format(
                                                        fee_code=clean.fee_code)})
            row = _save(uow, LAB_TESTS, TEST, entry_id=test_id, version=version, values=asdict(clean))
            uow.commit()
    return _lab_test(row)


def set_lab_test_active(ctx: ServiceContext, test_id: int, version: int, active: bool) -> LabTestDTO:
    """Retire (no longer ordered; orders and results already made keep it) or reactivate a test."""
    ctx.require(Group.ADMIN, action=translate("services", "change the lab test catalogue"))
    return _lab_test(_set_active(ctx, LAB_TESTS, TEST, entry_id=test_id, version=version, active=active))


# --- specialties -----------------------------------------------------------------------------------------


def list_specialties(ctx: ServiceContext, *, include_retired: bool = False) -> tuple[SpecialtyDTO, ...]:
    ctx.require(Group.ADMIN, action=translate("services", "manage the specialties"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_specialty(row) for row in uow.catalogues.entries(SPECIALTIES, include_retired=include_retired))


def save_specialty(ctx: ServiceContext, specialty_id: int | None, version: int | None,
                   draft: SpecialtyDraft) -> SpecialtyDTO:
    ctx.require(Group.ADMIN, action=translate("services", "change the specialties"))
    with user_facing_errors():
        clean = validate_specialty(draft)
        with ctx.uow() as uow, _taken("name", translate("services", "There is already a specialty called "
                                                                    "{name}.").format(name=clean.name)):
            row = _save(uow, SPECIALTIES, SPECIALTY, entry_id=specialty_id, version=version, values=asdict(clean))
            uow.commit()
    return _specialty(row)


def set_specialty_active(ctx: ServiceContext, specialty_id: int, version: int, active: bool) -> SpecialtyDTO:
    """Retire (not offered for doctors any more; doctors who have it keep it) or reactivate a specialty."""
    ctx.require(Group.ADMIN, action=translate("services", "change the specialties"))
    return _specialty(_set_active(ctx, SPECIALTIES, SPECIALTY, entry_id=specialty_id, version=version, active=active))


# --- rooms and equipment ---------------------------------------------------------------------------------


def list_resources(ctx: ServiceContext, *, include_retired: bool = False) -> tuple[ResourceDTO, ...]:
    ctx.require(Group.ADMIN, action=translate("services", "manage the rooms and equipment"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_resource(row) for row in uow.catalogues.entries(RESOURCES, include_retired=include_retired))


def list_departments(ctx: ServiceContext) -> tuple[DepartmentChoice, ...]:
    """The departments a room or device can belong to, by name."""
    ctx.require(Group.ADMIN, action=translate("services", "manage the rooms and equipment"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(DepartmentChoice(id=row.id, name=row.name) for row in uow.catalogues.departments())


def save_resource(ctx: ServiceContext, resource_id: int | None, version: int | None,
                  draft: ResourceDraft) -> ResourceDTO:
    ctx.require(Group.ADMIN, action=translate("services", "change the rooms and equipment"))
    with user_facing_errors():
        clean = validate_resource(draft)
        with ctx.uow() as uow, _taken("name", translate("services", "There is already a room or device called "
                                                                    "{name}.").format(name=clean.name)):
            row = _save(uow, RESOURCES, RESOURCE, entry_id=resource_id, version=version, values=asdict(clean))
            uow.commit()
    return _resource(row)


def set_resource_active(ctx: ServiceContext, resource_id: int, version: int, active: bool) -> ResourceDTO:
    """Retire (not booked any more; bookings and doctors' sessions already made keep it) or reactivate."""
    ctx.require(Group.ADMIN, action=translate("services", "change the rooms and equipment"))
    row = _set_active(ctx, RESOURCES, RESOURCE, entry_id=resource_id, version=version, active=active)
    return _resource(row)
