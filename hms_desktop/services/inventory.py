"""Pharmacy and stores inventory (issue 10, item 3; migration 0027): the item catalogue (the hospital's drug
formulary items and supplies), stock on hand, receiving, issuing to ward stores, transfers, adjustments with a
reason, the reorder list, batches expiring soon, the stock's value, and dispensing against issued prescription
lines for holders of the capability role ``hms_dispenser``.

Each function is one use case in one transaction. Levels change only through the database's functions, which
write the movement row beside the level and refuse to go below zero; the checks here only say it first, in
words beside the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.inventory import (
    ADJUST_REASONS,
    LOCATION_KINDS,
    BatchAvailable,
    ItemDraft,
    ReceiptDraft,
    Take,
    adjustment_problems,
    clean_item,
    fefo,
    item_problems,
    validate_receipt,
)
from hms_desktop.domain.prescribing import KnowledgeBase
from hms_desktop.domain.staff import Group
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate
from hms_desktop.services.consultation.common import hospital_today
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed, user_facing_errors
from hms_desktop.services.prescribing.knowledge import knowledge_source
from hms_desktop.services.prescribing.prescriptions import directions_words

MANAGE = QT_TRANSLATE_NOOP("services", "manage pharmacy and stores stock")
STALE_ITEM = QT_TRANSLATE_NOOP("services", "{name} was changed by someone else while you were editing it ({who}). "
                                           "The list has been reloaded: check it and make your change again.")
NO_DISPENSING = QT_TRANSLATE_NOOP(
    "services",
    "Dispensing needs the dispensing permission; an administrator grants it on the Users page.")
DEFAULT_QUEUE_DAYS = 30


# --- DTOs ---


@dataclass(frozen=True, slots=True)
class StockItemDTO:
    id: int
    kind: str  # 'drug' | 'supply'
    drug_id: str | None
    name: str
    unit: str
    pack_size: int
    reorder_level: int
    fee_code: str
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class StockLocationDTO:
    id: int
    name: str
    kind: str  # 'pharmacy' | 'ward_store' | 'store'
    ward_id: int | None
    ward_name: str | None
    active: bool
    version: int = 1

    @property
    def kind_label(self) -> str:
        return translate("domain", LOCATION_KINDS[self.kind]) if self.kind in LOCATION_KINDS else self.kind


@dataclass(frozen=True, slots=True)
class StockLevelDTO:
    item_id: int
    item_name: str
    unit: str
    location_id: int
    location_name: str
    batch_id: int
    batch_number: str
    expiry_date: date
    unit_cost: Decimal
    supplier: str
    quantity: int

    @property
    def value(self) -> Decimal:
        return self.quantity * self.unit_cost


@dataclass(frozen=True, slots=True)
class StockOverview:
    """What the Pharmacy and stores page shows: the levels, and the items and locations its dialogs offer."""

    today: date
    levels: tuple[StockLevelDTO, ...]
    items: tuple[StockItemDTO, ...]
    locations: tuple[StockLocationDTO, ...]


@dataclass(frozen=True, slots=True)
class ReorderDTO:
    item_id: int
    item_name: str
    unit: str
    pack_size: int
    reorder_level: int
    on_hand: int


@dataclass(frozen=True, slots=True)
class ExpiringDTO:
    item_name: str
    unit: str
    location_name: str
    location_id: int
    batch_id: int
    batch_number: str
    expiry_date: date
    quantity: int
    expired: bool


@dataclass(frozen=True, slots=True)
class ValuationLineDTO:
    item_name: str
    unit: str
    location_name: str
    quantity: int
    value: Decimal


@dataclass(frozen=True, slots=True)
class ValuationDTO:
    lines: tuple[ValuationLineDTO, ...]
    total: Decimal
    per_location: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True, slots=True)
class MovementDTO:
    id: int
    kind: str
    at: datetime
    by: str
    item_name: str
    batch_number: str
    quantity: int
    from_name: str | None
    to_name: str | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class DrugChoice:
    """A formulary drug offered to the item catalogue."""

    drug_id: str
    label: str
    count_unit: str | None


@dataclass(frozen=True, slots=True)
class DispensingLineDTO:
    line_id: int
    line_number: int
    drug_id: str
    drug: str
    directions: str
    prescribed: int
    quantity_unit: str | None
    dispensed: int
    item_id: int | None  # None: the drug is not stocked
    item_name: str | None

    @property
    def remaining(self) -> int:
        return max(self.prescribed - self.dispensed, 0)


@dataclass(frozen=True, slots=True)
class DispensingPrescriptionDTO:
    prescription_id: int
    number: str
    issued_at: datetime
    patient_id: int
    mrn: str
    patient_name: str
    lines: tuple[DispensingLineDTO, ...]


@dataclass(frozen=True, slots=True)
class DispensingQueue:
    prescriptions: tuple[DispensingPrescriptionDTO, ...]
    locations: tuple[StockLocationDTO, ...]


@dataclass(frozen=True, slots=True)
class FefoPreview:
    takes: tuple[Take, ...]
    short: int  # how many the location lacks (0: enough)
    available: int


# --- helpers ---


def _item(row: Any) -> StockItemDTO:
    return StockItemDTO(id=row.id, kind=row.kind, drug_id=row.drug_id, name=row.name, unit=row.unit,
                        pack_size=row.pack_size, reorder_level=row.reorder_level, fee_code=row.fee_code or "",
                        active=row.active, version=row.version)


def _location(row: Any) -> StockLocationDTO:
    return StockLocationDTO(id=row.id, name=row.name, kind=row.kind, ward_id=row.ward_id, ward_name=row.ward_name,
                            active=row.active, version=row.version)


def _level(row: Any) -> StockLevelDTO:
    return StockLevelDTO(item_id=row.item_id, item_name=row.item_name, unit=row.unit, location_id=row.location_id,
                         location_name=row.location_name, batch_id=row.batch_id, batch_number=row.batch_number,
                         expiry_date=row.expiry_date, unit_cost=row.unit_cost, supplier=row.supplier,
                         quantity=row.quantity)


def _require_manager(ctx: ServiceContext) -> None:
    ctx.require(Group.ADMIN, action=translate("services", MANAGE))


def _require_dispenser(ctx: ServiceContext) -> None:
    if not (ctx.user.is_owner or ctx.user.can_dispense):
        raise PermissionDenied(translate("services", NO_DISPENSING))


# --- the item catalogue ---


def formulary_drugs(text: str = "", *, limit: int = 40) -> tuple[DrugChoice, ...]:
    """Drugs of the formulary knowledge base matching ``text`` (name, strength or id), for the item editor.
    Reads the knowledge base (loaded once per process): call it on the task runner."""
    source = knowledge_source()
    if not isinstance(source, KnowledgeBase):
        return ()
    words = text.lower().split()
    if not words:
        drugs = list(source.drugs[:limit])
    else:
        # The knowledge base searches by the start of a name ("amox"); the other words ("500", "caps") narrow
        # by the drug as printed, so "amoxicillin 500" finds the 500 mg capsule.
        drugs = [d for d in source.search(words[0], limit=500)
                 if all(w in d.label.lower() or w in d.id for w in words[1:])][:limit]
    return tuple(DrugChoice(drug_id=d.id, label=d.label, count_unit=d.count_unit) for d in drugs)


def _known_drug(drug_id: str | None) -> bool | None:
    source = knowledge_source()
    if drug_id is None or not isinstance(source, KnowledgeBase):
        return None  # the knowledge base is unusable: the formulary id is kept as typed
    return source.drug(drug_id) is not None


def list_items(ctx: ServiceContext, *, include_retired: bool = False) -> tuple[StockItemDTO, ...]:
    ctx.require(Group.ADMIN, Group.BILLING, Group.DOCTOR, action=translate("services", "read the stock items"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_item(r) for r in uow.inventory.items(include_retired=include_retired))


def save_item(ctx: ServiceContext, item_id: int | None, draft: ItemDraft, *,
              expected_version: int | None = None) -> StockItemDTO:
    """Add an item (``item_id`` None) or change one saved at ``expected_version``."""
    _require_manager(ctx)
    draft = clean_item(draft)
    drug_id = draft.drug_id if draft.kind == "drug" else None
    values: dict[str, Any] = {"kind": draft.kind, "drug_id": drug_id, "name": draft.name,
              "unit": draft.unit, "pack_size": draft.pack_size, "reorder_level": draft.reorder_level,
              "fee_code": draft.fee_code or None}
    with user_facing_errors():
        if problems := item_problems(draft, known_drug=_known_drug(drug_id)):
            raise ValidationFailed(problems)
        with ctx.uow() as uow:
            repo = uow.inventory
            same_name = repo.item_named(draft.name)
            if same_name is not None and same_name != item_id:
                raise ValidationFailed({"name": translate("services", "There is already an item called {name}.").format(
                                                    name=draft.name)})
            if drug_id is not None:
                same_drug = repo.item_for_drug(drug_id)
                if same_drug is not None and same_drug != item_id:
                    raise ValidationFailed({"drug_id": translate("services", "This drug already has a stock item; edit "
                                                                             "that one.")})
            if item_id is None:
                item_id = repo.insert_item(values)
            elif not repo.update_item(item_id, expected_version or 0, values):
                _stale(repo.item(item_id), draft.name)
            saved = repo.item(item_id)
            uow.commit()
    assert saved is not None
    return _item(saved)


def _stale(row: Any, name: str) -> None:
    if row is None:
        raise NotFound(translate("services", "{name} is no longer in the catalogue.").format(name=name))
    raise Conflict(translate("services", STALE_ITEM).format(name=row.name,
                                                            who=row.updated_by or translate("services", "someone")))


def set_item_active(ctx: ServiceContext, item_id: int, active: bool, *, expected_version: int) -> StockItemDTO:
    """Retire an item (it keeps its batches and history; it is no longer received or dispensed) or bring it back."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow() as uow:
        repo = uow.inventory
        if not repo.set_item_active(item_id, expected_version, active):
            _stale(repo.item(item_id), translate("services", "This item"))
        saved = repo.item(item_id)
        uow.commit()
    assert saved is not None
    return _item(saved)


def list_locations(ctx: ServiceContext, *, include_closed: bool = False) -> tuple[StockLocationDTO, ...]:
    ctx.require(Group.ADMIN, Group.BILLING, Group.DOCTOR, action=translate("services", "read the stock locations"))
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(_location(r) for r in uow.inventory.locations(include_closed=include_closed))


def _location_problems(name: str, kind: str, ward_id: int | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not name or len(name) > 100:
        problems["name"] = translate("services", "Give the location a name (100 characters at most).")
    if kind not in LOCATION_KINDS:
        problems["kind"] = translate("services", "Choose the kind of location.")
    elif ward_id is not None and kind != "ward_store":
        problems["ward_id"] = translate("services", "Only a ward store belongs to a ward.")
    return problems


def save_location(ctx: ServiceContext, location_id: int | None, name: str, kind: str, ward_id: int | None = None,
                  *, expected_version: int | None = None) -> StockLocationDTO:
    """Add a location (``location_id`` None) or change one saved at ``expected_version``."""
    _require_manager(ctx)
    name = " ".join(name.split())
    if problems := _location_problems(name, kind, ward_id):
        raise ValidationFailed(problems)
    with user_facing_errors(), ctx.uow() as uow:
        repo = uow.inventory
        same = repo.location_named(name)
        if same is not None and same != location_id:
            raise ValidationFailed({"name": translate("services", "There is already a location called {name}.").format(
                                                name=name)})
        if location_id is None:
            location_id = repo.insert_location(name, kind, ward_id)
        elif not repo.update_location(location_id, expected_version or 0, name, kind, ward_id):
            _stale(repo.location(location_id), name)
        row = repo.location(location_id)
        uow.commit()
    return _location(row)


def add_location(ctx: ServiceContext, name: str, kind: str, ward_id: int | None = None) -> StockLocationDTO:
    return save_location(ctx, None, name, kind, ward_id)


def set_location_active(ctx: ServiceContext, location_id: int, active: bool, *,
                        expected_version: int) -> StockLocationDTO:
    """Close a location (its stock and history stay; nothing is received, moved or dispensed there) or reopen it."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow() as uow:
        repo = uow.inventory
        if not repo.set_location_active(location_id, expected_version, active):
            _stale(repo.location(location_id), translate("services", "This location"))
        row = repo.location(location_id)
        uow.commit()
    return _location(row)


def ward_choices(ctx: ServiceContext) -> tuple[tuple[int, str], ...]:
    """The wards a ward store may belong to."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple((int(r.id), str(r.name)) for r in uow.inventory.wards())


# --- stock on hand and movements ---


def stock_overview(ctx: ServiceContext, *, search: str = "", location_id: int | None = None) -> StockOverview:
    """Stock on hand per batch and location (filtered by item/batch text and a location), with the active
    items and locations the dialogs offer."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        today, _start, _end = hospital_today(ctx, uow)
        repo = uow.inventory
        return StockOverview(today=today,
                             levels=tuple(_level(r) for r in repo.levels(search=search.strip(),
                                                                          location_id=location_id)),
                             items=tuple(_item(r) for r in repo.items(include_retired=False)),
                             locations=tuple(_location(r) for r in repo.locations()))


def receive(ctx: ServiceContext, draft: ReceiptDraft) -> StockLevelDTO:
    """Receive a delivery: a batch (new, or a second delivery of a known batch number) at a location. Returns the
    batch's level there afterwards."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow() as uow:
        today, _start, _end = hospital_today(ctx, uow)
        receipt = validate_receipt(draft, today)
        repo = uow.inventory
        batch_id = repo.receive(item_id=receipt.item_id, location_id=receipt.location_id,
                                batch_number=receipt.batch_number, expiry_date=receipt.expiry_date,
                                quantity=receipt.quantity, unit_cost=receipt.unit_cost, supplier=receipt.supplier)
        level = _batch_level(repo.levels(location_id=receipt.location_id, item_id=receipt.item_id), batch_id)
        uow.commit()
    return level


def _batch_level(rows: Sequence[Any], batch_id: int) -> StockLevelDTO:
    return next(_level(r) for r in rows if r.batch_id == batch_id)


def move(ctx: ServiceContext, batch_id: int, from_location_id: int, to_location_id: int, quantity: int) -> str:
    """Issue to a ward store or transfer between locations (the database says which by the destination).
    Returns the movement's kind ('issue' or 'transfer')."""
    _require_manager(ctx)
    problems: dict[str, str] = {}
    if from_location_id == to_location_id:
        problems["to"] = translate("services", "Choose a different location to move the stock to.")
    if quantity <= 0:
        problems["quantity"] = translate("services", "Move at least 1.")
    with user_facing_errors(), ctx.uow() as uow:
        repo = uow.inventory
        level = repo.level(batch_id, from_location_id)
        if quantity > level and "quantity" not in problems:
            problems["quantity"] = translate("services", "Only {level} of this batch here.").format(level=level)
        if problems:
            raise ValidationFailed(problems)
        movement_id = repo.transfer(batch_id, from_location_id, to_location_id, quantity)
        kind = repo.movement_kind(movement_id)
        uow.commit()
    return kind


def adjust(ctx: ServiceContext, batch_id: int, location_id: int, change: int, *, reason: str, note: str = "") -> int:
    """Correct a level by ``change`` (negative takes away) with a reason; returns the level afterwards."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow() as uow:
        repo = uow.inventory
        if problems := adjustment_problems(change, reason, repo.level(batch_id, location_id), note):
            raise ValidationFailed(problems)
        repo.adjust(batch_id, location_id, change, reason, " ".join(note.split()))
        after = repo.level(batch_id, location_id)
        uow.commit()
    return after


def reorder_list(ctx: ServiceContext) -> tuple[ReorderDTO, ...]:
    """Active items at or below their reorder level, summed over every location; the emptiest first."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(ReorderDTO(item_id=r.item_id, item_name=r.item_name, unit=r.unit, pack_size=r.pack_size,
                                reorder_level=r.reorder_level, on_hand=r.on_hand) for r in uow.inventory.reorder())


def expiring(ctx: ServiceContext, days: int = 90) -> tuple[ExpiringDTO, ...]:
    """Batches in stock expiring within ``days`` of the hospital's today, already expired ones first."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        today, _start, _end = hospital_today(ctx, uow)
        rows = uow.inventory.expiring(today + timedelta(days=max(days, 0)))
    return tuple(ExpiringDTO(item_name=r.item_name, unit=r.unit, location_name=r.location_name,
                             location_id=r.location_id, batch_id=r.batch_id, batch_number=r.batch_number,
                             expiry_date=r.expiry_date, quantity=r.quantity, expired=r.expiry_date < today)
                 for r in rows)


def valuation(ctx: ServiceContext, location_id: int | None = None) -> ValuationDTO:
    """The stock's value at cost: quantity x unit cost per item and location, per location and in total."""
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.inventory.valuation(location_id)
    lines = tuple(ValuationLineDTO(item_name=r.item_name, unit=r.unit, location_name=r.location_name,
                                   quantity=r.quantity, value=Decimal(r.value).quantize(Decimal("0.01")))
                  for r in rows)
    per_location: dict[str, Decimal] = {}
    for line in lines:
        per_location[line.location_name] = per_location.get(line.location_name, Decimal(0)) + line.value
    return ValuationDTO(lines=lines, total=sum((line.value for line in lines), Decimal(0)),
                        per_location=tuple(sorted(per_location.items())))


def recent_movements(ctx: ServiceContext, limit: int = 200) -> tuple[MovementDTO, ...]:
    _require_manager(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        return tuple(MovementDTO(id=r.id, kind=r.kind, at=r.created_at, by=r.created_by, item_name=r.item_name,
                                 batch_number=r.batch_number, quantity=r.quantity, from_name=r.from_name,
                                 to_name=r.to_name, reason=r.reason) for r in uow.inventory.movements(limit=limit))


# --- dispensing ---


def dispensing_queue(ctx: ServiceContext, *, days: int = DEFAULT_QUEUE_DAYS) -> DispensingQueue:
    """Issued prescriptions of the last ``days`` days with a line still to dispense, oldest first, with every
    line's prescribed and dispensed quantities; and the locations to dispense from."""
    _require_dispenser(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.inventory.dispensing_queue(days)
        locations = tuple(_location(r) for r in uow.inventory.locations())
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.prescription_id, []).append(row)
    prescriptions = tuple(DispensingPrescriptionDTO(
        prescription_id=first.prescription_id, number=first.number, issued_at=first.issued_at,
        patient_id=first.patient_id, mrn=first.mrn, patient_name=first.patient_name,
        lines=tuple(DispensingLineDTO(line_id=r.line_id, line_number=r.line_number, drug_id=r.drug_id, drug=r.drug,
                                      directions=directions_words(r.dose, r.unit, r.route, r.frequency,
                                                                  r.duration_days),
                                      prescribed=r.prescribed,
                                      quantity_unit=r.quantity_unit, dispensed=r.dispensed, item_id=r.item_id,
                                      item_name=r.item_name) for r in lines))
        for lines in grouped.values() for first in lines[:1])
    return DispensingQueue(prescriptions=prescriptions, locations=locations)


def dispense_preview(ctx: ServiceContext, item_id: int, location_id: int, quantity: int) -> FefoPreview:
    """Which batches dispensing ``quantity`` at a location would take (first expiry first out, expired batches
    skipped, as the database will do), and how many are missing."""
    _require_dispenser(ctx)
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        repo = uow.inventory
        today = repo.database_today()
        rows = repo.levels(location_id=location_id, item_id=item_id)
    batches = [BatchAvailable(r.batch_id, r.batch_number, r.expiry_date, r.quantity) for r in rows]
    takes, short = fefo(batches, quantity, today)
    available = sum(b.quantity for b in batches if b.expiry_date >= today)
    return FefoPreview(takes=takes, short=short, available=available)


def dispense(ctx: ServiceContext, line_id: int, location_id: int, quantity: int) -> tuple[Take, ...]:
    """Dispense ``quantity`` against an issued prescription line from a location; the batches taken, FEFO. The
    drug charge is created when the line has none. "Only 0 left in stock…" when someone took the last ones."""
    _require_dispenser(ctx)
    if quantity <= 0:
        raise ValidationFailed({"quantity": translate("services", "Dispense at least 1.")})
    with user_facing_errors(), ctx.uow() as uow:
        rows = uow.inventory.dispense(line_id, location_id, quantity)
        uow.commit()
    return tuple(Take(r.batch_id, r.batch_number, r.expiry_date, r.quantity) for r in rows)


__all__ = [
    "ADJUST_REASONS", "DispensingLineDTO", "DispensingPrescriptionDTO", "DispensingQueue", "DrugChoice",
    "ExpiringDTO", "FefoPreview", "ItemDraft", "MovementDTO", "ReceiptDraft", "ReorderDTO", "StockItemDTO",
    "StockLevelDTO", "StockLocationDTO", "StockOverview", "Take", "ValidationError", "ValuationDTO",
    "ValuationLineDTO", "add_location", "adjust", "dispense", "dispense_preview", "dispensing_queue", "expiring",
    "formulary_drugs", "list_items", "list_locations", "move", "receive", "recent_movements", "reorder_list",
    "save_item", "save_location", "set_item_active", "set_location_active", "stock_overview", "valuation",
    "ward_choices",
]
