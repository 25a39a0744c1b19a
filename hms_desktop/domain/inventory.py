"""Pharmacy and stores inventory rules (issue 10, item 3): what a stock item, a receipt, a move and an
adjustment must say, and first-expiry-first-out. Pure: the database (migration 0027) enforces the same rules
again (levels never below zero, movements only through its functions); these give the messages beside the
fields before a round trip, and the FEFO preview the dispensing screen shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from hms_desktop.domain.prescribing.model import COUNT_UNIT_WORDS, counted_items
from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

ITEM_KINDS: dict[str, str] = {
    "drug": QT_TRANSLATE_NOOP("domain", "Drug (formulary)"),
    "supply": QT_TRANSLATE_NOOP("domain", "Supply or consumable"),
}
LOCATION_KINDS: dict[str, str] = {
    "pharmacy": QT_TRANSLATE_NOOP("domain", "Pharmacy"),
    "ward_store": QT_TRANSLATE_NOOP("domain", "Ward store"),
    "store": QT_TRANSLATE_NOOP("domain", "Store"),
}
# Why stock was corrected: loss, breakage and expiry only take away; a stock count may find more or fewer.
ADJUST_REASONS: dict[str, str] = {
    "loss": QT_TRANSLATE_NOOP("domain", "Loss"),
    "breakage": QT_TRANSLATE_NOOP("domain", "Breakage"),
    "expired": QT_TRANSLATE_NOOP("domain", "Expired"),
    "count": QT_TRANSLATE_NOOP("domain", "Stock count"),
}
MOVEMENT_KINDS: dict[str, str] = {
    "receive": QT_TRANSLATE_NOOP("domain", "Received"),
    "dispense": QT_TRANSLATE_NOOP("domain", "Dispensed"),
    "issue": QT_TRANSLATE_NOOP("domain", "Issued to ward"),
    "transfer": QT_TRANSLATE_NOOP("domain", "Transferred"),
    "adjust": QT_TRANSLATE_NOOP("domain", "Adjusted"),
}
MAX_QUANTITY = 1_000_000
MAX_UNIT_COST = Decimal("99999999.9999")
MAX_BATCH_NUMBER = 40  # stock_batch.batch_number
MAX_SUPPLIER = 200  # stock_batch.supplier
MAX_NOTE = 500  # stock_movement.note is text: this is the only limit
TYPED_COST_MAX = 20  # characters of a typed unit cost ("12345678.1234" and some spaces)


@dataclass(frozen=True, slots=True)
class ItemDraft:
    kind: str
    drug_id: str | None
    name: str
    unit: str
    pack_size: int
    reorder_level: int
    fee_code: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptDraft:
    item_id: int | None
    location_id: int | None
    batch_number: str
    expiry_date: date | None
    quantity: int
    unit_cost: str  # as typed: "0.35"
    supplier: str = ""


@dataclass(frozen=True, slots=True)
class Receipt:
    """A receipt that passed the checks, with the cost as a number."""

    item_id: int
    location_id: int
    batch_number: str
    expiry_date: date
    quantity: int
    unit_cost: Decimal
    supplier: str


def clean_item(draft: ItemDraft) -> ItemDraft:
    """The draft with spaces tidied and an empty fee code made empty; raises nothing."""
    return ItemDraft(kind=draft.kind, drug_id=(draft.drug_id or "").strip() or None,
                     name=" ".join(draft.name.split()), unit=" ".join(draft.unit.split()),
                     pack_size=draft.pack_size, reorder_level=draft.reorder_level,
                     fee_code=draft.fee_code.strip().upper())


def item_problems(draft: ItemDraft, *, known_drug: bool | None = None) -> dict[str, str]:
    """Field -> message for an item; ``known_drug``: whether the formulary knows ``drug_id`` (None: not asked)."""
    problems: dict[str, str] = {}
    if draft.kind not in ITEM_KINDS:
        problems["kind"] = translate("domain", "Choose whether this is a drug of the formulary or a supply.")
    if draft.kind == "drug" and not draft.drug_id:
        problems["drug_id"] = translate("domain", "Choose the drug from the formulary.")
    elif draft.kind == "drug" and known_drug is False:
        problems["drug_id"] = translate("domain", "The formulary has no drug {drug_id}.").format(drug_id=draft.drug_id)
    if not draft.name:
        problems["name"] = translate("domain", "Give the item a name.")
    elif len(draft.name) > 200:
        problems["name"] = translate("domain", "The name is too long (200 characters at most).")
    if not draft.unit:
        problems["unit"] = translate("domain", "Say what is counted: capsule, tablet, box, pair…")
    elif len(draft.unit) > 30:
        problems["unit"] = translate("domain", "The unit is too long (30 characters at most).")
    if not 1 <= draft.pack_size <= MAX_QUANTITY:
        problems["pack_size"] = translate("domain", "A pack holds at least 1.")
    if not 0 <= draft.reorder_level <= MAX_QUANTITY:
        problems["reorder_level"] = translate("domain", "The reorder level is 0 or more.")
    if len(draft.fee_code) > 40:
        problems["fee_code"] = translate("domain", "The fee code is too long (40 characters at most).")
    return problems


def parse_cost(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def receipt_problems(draft: ReceiptDraft, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.item_id is None:
        problems["item"] = translate("domain", "Choose the item received.")
    if draft.location_id is None:
        problems["location"] = translate("domain", "Choose where it was received.")
    number = draft.batch_number.strip()
    if not number:
        problems["batch_number"] = translate("domain", "Type the batch number printed on the pack.")
    elif len(number) > MAX_BATCH_NUMBER:
        problems["batch_number"] = translate("domain", "The batch number is too long ({limit} characters at "
                                                       "most).").format(limit=MAX_BATCH_NUMBER)
    if draft.expiry_date is None:
        problems["expiry_date"] = translate("domain", "Give the expiry date printed on the pack.")
    elif draft.expiry_date <= today:
        problems["expiry_date"] = translate("domain", "This batch has already expired: do not receive it.")
    if not 1 <= draft.quantity <= MAX_QUANTITY:
        problems["quantity"] = translate("domain", "Receive at least 1.")
    cost = parse_cost(draft.unit_cost) if len(draft.unit_cost) <= TYPED_COST_MAX else None
    if cost is None or cost < 0 or cost > MAX_UNIT_COST:
        problems["unit_cost"] = translate("domain", "Type the cost of one unit, e.g. 0.35 (0 for a donation).")
    if len(draft.supplier.strip()) > MAX_SUPPLIER:
        problems["supplier"] = translate("domain", "The supplier's name is too long ({limit} characters at "
                                                   "most).").format(limit=MAX_SUPPLIER)
    return problems


def validate_receipt(draft: ReceiptDraft, today: date) -> Receipt:
    from hms_desktop.domain.errors import ValidationError

    if problems := receipt_problems(draft, today):
        raise ValidationError(problems)
    assert draft.item_id is not None and draft.location_id is not None and draft.expiry_date is not None
    cost = parse_cost(draft.unit_cost)
    assert cost is not None
    return Receipt(item_id=draft.item_id, location_id=draft.location_id, batch_number=draft.batch_number.strip(),
                   expiry_date=draft.expiry_date, quantity=draft.quantity, unit_cost=cost,
                   supplier=" ".join(draft.supplier.split()))


def adjustment_problems(change: int, reason: str, level: int, note: str = "") -> dict[str, str]:
    """An adjustment by ``change`` (negative takes away) of a level holding ``level``, with an optional note."""
    problems: dict[str, str] = {}
    if len(note.strip()) > MAX_NOTE:
        problems["note"] = translate("domain", "The note is too long ({limit} characters at most).").format(
                               limit=MAX_NOTE)
    if reason not in ADJUST_REASONS:
        problems["reason"] = translate("domain", "Choose why: loss, breakage, expired or stock count.")
    if change == 0:
        problems["change"] = translate("domain", "The adjustment must change the quantity.")
    elif change > 0 and reason in ADJUST_REASONS and reason != "count":
        problems["change"] = translate("domain", "Only a stock count adds stock; loss, breakage and expiry take it "
                                                 "away.")
    elif level + change < 0:
        problems["change"] = translate("domain", "Only {level} in stock here: the level cannot go below zero.").format(
                                 level=level)
    return problems


@dataclass(frozen=True, slots=True)
class BatchAvailable:
    batch_id: int
    batch_number: str
    expiry_date: date
    quantity: int


@dataclass(frozen=True, slots=True)
class Take:
    batch_id: int
    batch_number: str
    expiry_date: date
    quantity: int


def fefo(batches: Sequence[BatchAvailable], quantity: int, today: date) -> tuple[tuple[Take, ...], int]:
    """First expiry first out: the batches to take ``quantity`` from, skipping batches expired before
    ``today`` (a batch is usable on its expiry date), and how many could not be found (0 when enough)."""
    usable = sorted((b for b in batches if b.expiry_date >= today and b.quantity > 0),
                    key=lambda b: (b.expiry_date, b.batch_id))
    takes: list[Take] = []
    need = quantity
    for batch in usable:
        if need <= 0:
            break
        taken = min(need, batch.quantity)
        takes.append(Take(batch.batch_id, batch.batch_number, batch.expiry_date, taken))
        need -= taken
    return tuple(takes), max(need, 0)


def counted(quantity: int, unit: str) -> str:
    """"1 capsule", "15 capsules", "2 boxes": a quantity with its unit as people write it. The units a
    prescription counts (tablet, capsule…) take the language's plural forms ("15 gélules"); a unit the
    administrator typed in the hospital's language takes the "+s" that English and French share."""
    if unit in COUNT_UNIT_WORDS:
        return counted_items(quantity, unit)
    if quantity == 1 or not unit:
        return f"{quantity} {unit}".strip()
    plural = unit + ("es" if unit.endswith(("s", "x", "ch", "sh")) else "s")
    return f"{quantity} {plural}"
