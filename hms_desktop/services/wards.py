"""Administration → Wards and beds: departments, wards, rooms and beds; retiring, out of service; occupancy.

Every write is one call, one transaction, administrators only (the GRANTs of migration 0025 say so too).
Nothing is deleted: a department, ward, room or bed is retired (``set_active(..., active=False)``) and can be
reactivated. The database refuses what would break the bed board (``hms_bed_structure_guard``): retiring
anything with a patient in one of its beds (HM046), a department with wards in use (HM047), adding to or
reactivating under something retired (HM048); and nobody is admitted to a retired or out-of-service bed
(HM049, ``hms_bed_stay_guard``). Versions guard against two administrators editing the same row: the later
save is refused with who changed it (``Conflict``), and the page reloads.

The ``notify_beds`` triggers (ward, room, bed, department) tell every bed board and admit dialog.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError

from hms_desktop.db.repositories.wards import KINDS
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wards import (
    DEPARTMENT_NAME_MAX,
    ROOM_NAME_MAX,
    BedDraft,
    WardDraft,
    bed_labels,
    clean_name,
    out_of_service_details,
)
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.common import HospitalTime

# Each kind as a sentence names it: marked here, translated where the sentence is made.
KIND_WORDS = {"department": QT_TRANSLATE_NOOP("services", "department"), "ward": QT_TRANSLATE_NOOP("services", "ward"),
              "room": QT_TRANSLATE_NOOP("services", "room"), "bed": QT_TRANSLATE_NOOP("services", "bed")}
MAX_REPORT_DAYS = 366


@dataclass(frozen=True, slots=True)
class DepartmentDTO:
    id: int
    name: str
    active: bool
    version: int
    active_wards: int


@dataclass(frozen=True, slots=True)
class WardDTO:
    id: int
    name: str
    department_id: int | None
    floor: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class RoomDTO:
    id: int
    ward_id: int
    name: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class BedAdminDTO:
    id: int
    room_id: int
    label: str
    bed_type: str
    status: str  # "available", "cleaning" or "out_of_service" (occupancy is ``occupied``)
    occupied: bool
    active: bool
    version: int
    out_of_service_reason: str | None
    out_of_service_until: date | None
    out_of_service_since: datetime | None
    has_history: bool


@dataclass(frozen=True, slots=True)
class WardTree:
    """Everything the editor shows, retired rows included (the page hides them unless asked)."""

    departments: tuple[DepartmentDTO, ...]
    wards: tuple[WardDTO, ...]
    rooms: tuple[RoomDTO, ...]
    beds: tuple[BedAdminDTO, ...]
    today: date  # the hospital's


@dataclass(frozen=True, slots=True)
class WardOccupancyDTO:
    ward_id: int
    ward: str
    active: bool
    beds_in_service: int
    bed_nights_available: int
    bed_nights_occupied: int
    utilisation: Decimal | None  # percent; None when no bed-night was available
    admissions: int
    discharges: int
    average_stay_days: Decimal | None  # None when nobody was discharged in the period


@dataclass(frozen=True, slots=True)
class OccupancyReport:
    first: date
    last: date
    wards: tuple[WardOccupancyDTO, ...]

    @property
    def nights(self) -> int:
        return (self.last - self.first).days + 1


def _bed(row: Row[Any]) -> BedAdminDTO:
    return BedAdminDTO(
        id=row.id, room_id=row.room_id, label=row.label, bed_type=row.bed_type, status=row.status,
        occupied=row.occupied, active=row.active, version=row.version,
        out_of_service_reason=row.out_of_service_reason, out_of_service_until=row.out_of_service_until,
        out_of_service_since=row.out_of_service_since, has_history=row.has_history)


def _found(row: Row[Any] | None) -> Row[Any]:
    if row is None:
        raise NotFound(translate("services", "This bed no longer exists. The list has been reloaded."))
    return row


def _require_admin(ctx: ServiceContext, action: str) -> None:
    ctx.require(Group.ADMIN, action=action)


@contextlib.contextmanager
def _saving(duplicate: str) -> Iterator[None]:
    """A unique name taken, or a parent gone, in the user's words; everything else as usual."""
    with user_facing_errors():
        try:
            yield
        except ValidationError as error:
            raise ValidationFailed(error.problems) from error
        except IntegrityError as error:
            state = getattr(error.orig, "sqlstate", None)
            if state == "23505":
                raise Conflict(duplicate) from error
            if state == "23503":
                raise NotFound(translate("services", "What you were adding to no longer exists. Reload "
                                                     "the list.")) from error
            raise


def _stale(uow: UnitOfWork, kind: str, row_id: int) -> Conflict | NotFound:
    row = uow.wards.last_change(kind, row_id)
    what = translate("services", KIND_WORDS[kind])
    if row is None:
        return NotFound(translate("services", "This {what} no longer exists. The list has been reloaded.").format(
                            what=what))
    if row.updated_by:
        return Conflict(translate("services", "Someone else changed this {what} by {who} while you were editing it; "
                                              "nothing was saved. The list has been reloaded: look at it and make your "
                                              "change again.").format(what=what, who=row.updated_by))
    return Conflict(translate("services", "Someone else changed this {what} while you were editing it; nothing was "
                                          "saved. The list has been reloaded: look at it and make your change "
                                          "again.").format(what=what))


# --- reading ---


def ward_tree(ctx: ServiceContext) -> WardTree:
    _require_admin(ctx, translate("services", "manage wards and beds"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        repo = uow.wards
        departments = tuple(DepartmentDTO(id=r.id, name=r.name, active=r.active, version=r.version,
                                          active_wards=r.wards) for r in repo.departments())
        wards = tuple(WardDTO(id=r.id, name=r.name, department_id=r.department_id, floor=r.floor, active=r.active,
                              version=r.version) for r in repo.wards())
        rooms = tuple(RoomDTO(id=r.id, ward_id=r.ward_id, name=r.name, active=r.active, version=r.version)
                      for r in repo.rooms())
        beds = tuple(_bed(r) for r in repo.beds())
        today = ctx.clock.now().astimezone(HospitalTime.read(uow).tz).date()
    return WardTree(departments=departments, wards=wards, rooms=rooms, beds=beds, today=today)


def occupancy(ctx: ServiceContext, first: date, last: date) -> OccupancyReport:
    """Per ward over the nights ``first`` … ``last`` (hospital days): one query (``OCCUPANCY_SQL``)."""
    _require_admin(ctx, translate("services", "see ward occupancy"))
    if last < first:
        raise ValidationFailed({"last": translate("services", "The period ends before it starts.")})
    if (last - first).days + 1 > MAX_REPORT_DAYS:
        raise ValidationFailed({"last": translate("services", "Choose a period of at most {limit} days.").format(
                                            limit=MAX_REPORT_DAYS)})
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        zone = HospitalTime.read(uow).tz.key
        rows = uow.wards.occupancy(first, last, zone)
    return OccupancyReport(first=first, last=last, wards=tuple(
        WardOccupancyDTO(ward_id=r.ward_id, ward=r.ward, active=r.active, beds_in_service=r.beds_in_service,
                         bed_nights_available=r.bed_nights_available, bed_nights_occupied=r.bed_nights_occupied,
                         utilisation=r.utilisation, admissions=r.admissions, discharges=r.discharges,
                         average_stay_days=r.average_stay_days) for r in rows))


# --- writing ---


def save_department(ctx: ServiceContext, name: str, *, department_id: int | None = None,
                    version: int | None = None) -> int:
    """Add a department (no id) or rename one; returns its id."""
    _require_admin(ctx, translate("services", "change departments"))
    with _saving(translate("services", "A department named “{join}” already exists.").format(
                     join=' '.join(name.split()))):
        clean = clean_name(name, field="name", what=translate("services", "department's name"),
                           limit=DEPARTMENT_NAME_MAX)
        with ctx.uow() as uow:
            if department_id is None:
                department_id = uow.wards.insert_department(clean)
            elif version is None or not uow.wards.update_department(department_id, version, name=clean):
                raise _stale(uow, "department", department_id)
            uow.commit()
    return department_id


def save_ward(ctx: ServiceContext, draft: WardDraft, *, ward_id: int | None = None,
              version: int | None = None) -> int:
    """Add a ward or change its name, department and floor; returns its id."""
    _require_admin(ctx, translate("services", "change wards"))
    with _saving(translate("services", "A ward named “{join}” already exists.").format(
                     join=' '.join(draft.name.split()))):
        clean = draft.cleaned()
        with ctx.uow() as uow:
            if ward_id is None:
                ward_id = uow.wards.insert_ward(name=clean.name, department_id=clean.department_id, floor=clean.floor)
            elif version is None or not uow.wards.update_ward(ward_id, version, name=clean.name,
                                                               department_id=clean.department_id, floor=clean.floor):
                raise _stale(uow, "ward", ward_id)
            uow.commit()
    return ward_id


def save_room(ctx: ServiceContext, name: str, *, ward_id: int | None = None, room_id: int | None = None,
              version: int | None = None) -> int:
    """Add a room to ``ward_id``, or rename room ``room_id``; returns its id."""
    _require_admin(ctx, translate("services", "change rooms"))
    with _saving(translate("services", "This ward already has a room named “{join}”.").format(
                     join=' '.join(name.split()))):
        clean = clean_name(name, field="name", what=translate("services", "room's name"), limit=ROOM_NAME_MAX)
        with ctx.uow() as uow:
            if room_id is None:
                if ward_id is None:
                    raise ValidationFailed({"ward": translate("services", "Choose the ward the room is in.")})
                room_id = uow.wards.insert_room(ward_id=ward_id, name=clean)
            elif version is None or not uow.wards.update_room(room_id, version, name=clean):
                raise _stale(uow, "room", room_id)
            uow.commit()
    return room_id


def save_bed(ctx: ServiceContext, draft: BedDraft, *, bed_id: int, version: int) -> BedAdminDTO:
    """Relabel a bed or change its type."""
    _require_admin(ctx, translate("services", "change beds"))
    with _saving(translate("services", "This room already has a bed labelled “{join}”.").format(
                     join=' '.join(draft.label.split()))):
        clean = draft.cleaned()
        with ctx.uow() as uow:
            if not uow.wards.update_bed(bed_id, version, label=clean.label, bed_type=clean.bed_type):
                raise _stale(uow, "bed", bed_id)
            saved = _bed(_found(uow.wards.bed(bed_id)))
            uow.commit()
    return saved


def add_beds(ctx: ServiceContext, room_id: int, *, prefix: str, first: int, count: int,
             bed_type: str = "general") -> tuple[BedAdminDTO, ...]:
    """``count`` beds labelled prefix+first … in one transaction: all of them, or none (a label taken)."""
    _require_admin(ctx, translate("services", "add beds"))
    with _saving(translate("services", "This room already has a bed with one of these labels; nothing was added. "
                                       "Choose another prefix or first number.")):
        labels = bed_labels(prefix, first, count)
        BedDraft(label=labels[0], bed_type=bed_type).cleaned()
        with ctx.uow() as uow:
            ids = [uow.wards.insert_bed(room_id=room_id, label=label, bed_type=bed_type) for label in labels]
            added = tuple(_bed(row) for row in uow.wards.beds(ids=ids))
            uow.commit()
    return added


def set_active(ctx: ServiceContext, kind: str, row_id: int, version: int, *, active: bool) -> None:
    """Retire (``active=False``) or reactivate a department, ward, room or bed; never a delete."""
    if kind not in KINDS:
        raise ValueError(kind)
    _require_admin(ctx, translate("services", "retire or reactivate wards and beds"))
    with user_facing_errors(), ctx.uow() as uow:
        if not uow.wards.set_active(kind, row_id, version, active=active):
            raise _stale(uow, kind, row_id)
        uow.commit()


def take_out_of_service(ctx: ServiceContext, bed_id: int, version: int, *, reason: str,
                        expected_return: date | None) -> BedAdminDTO:
    """Out of service with a reason (required) and an expected return (optional); also edits them."""
    _require_admin(ctx, translate("services", "take beds out of service"))
    with user_facing_errors(), ctx.uow() as uow:
        today = ctx.clock.now().astimezone(HospitalTime.read(uow).tz).date()
        try:
            text, until = out_of_service_details(reason, expected_return, today=today)
        except ValidationError as error:
            raise ValidationFailed(error.problems) from error
        current = uow.wards.bed(bed_id)
        if current is not None and current.occupied:
            raise Conflict(translate("services", "Bed {label} has a patient in it. Transfer or discharge the patient "
                                                 "first.").format(label=current.label))
        if not uow.wards.set_out_of_service(bed_id, version, reason=text, until=until):
            raise _stale(uow, "bed", bed_id)
        saved = _bed(_found(uow.wards.bed(bed_id)))
        uow.commit()
    return saved


def return_to_service(ctx: ServiceContext, bed_id: int, version: int) -> BedAdminDTO:
    """Back in service: free for admissions; the reason and expected return are cleared by the database."""
    _require_admin(ctx, translate("services", "put beds back in service"))
    with user_facing_errors(), ctx.uow() as uow:
        if not uow.wards.set_in_service(bed_id, version):
            raise _stale(uow, "bed", bed_id)
        saved = _bed(_found(uow.wards.bed(bed_id)))
        uow.commit()
    return saved
