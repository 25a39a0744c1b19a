"""Pharmacy and stores inventory on a real database (issue 10, item 3; migration 0027): receiving, issuing to a
ward store, transfers, adjustments with a reason, dispensing first-expiry-first-out against issued prescription
lines with the drug charge, levels that never go below zero (the CHECK holds even for the owner's direct SQL),
two clerks dispensing the last box at once, the reorder list, expiring batches, the stock's value, and who may
do what, connecting as each group and as billing with and without hms_dispenser."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import psycopg
import pytest
from factories import (
    grant_dispenser,
    new_patient,
    new_stock_item,
    new_stock_location,
    receive_stock,
)
from helpers import TODAY, fixed_clock
from psycopg import errors
from sqlalchemy import text

from hms_desktop import i18n
from hms_desktop.domain.inventory import ItemDraft, ReceiptDraft
from hms_desktop.domain.prescribing import KnowledgeBase, PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import consultation, inventory, prescribing, users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed

AMOXICILLIN = "amoxicillin-500-mg-capsule"
FAR = TODAY + timedelta(days=400)


@dataclass
class World:
    pharmacy: int
    ward_store: int
    doctor_login: str
    dispenser_login: str
    dispenser2_login: str


@pytest.fixture(scope="module")
def world(database) -> World:
    doctor = database.add_user(Group.DOCTOR, stem="invdoc", full_name="Dr Stock Writer")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id, registration_number) VALUES (:s, 'GMC 1234567')"),
                     {"s": doctor_id})
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('Stock test ward') RETURNING id")).scalar_one()
    pharmacy = new_stock_location(database, "Main pharmacy")
    ward_store = new_stock_location(database, "Stock test ward store", "ward_store", ward)
    dispensers = []
    for stem in ("disp", "disptwo"):
        login = database.add_user(Group.BILLING, stem=stem)
        grant_dispenser(database, login)
        dispensers.append(login)
    return World(pharmacy, ward_store, doctor, dispensers[0], dispensers[1])


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock())


@pytest.fixture(scope="module")
def doctor(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.doctor_login, clock=fixed_clock())


@pytest.fixture(scope="module")
def dispenser(database, world) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=world.dispenser_login, clock=fixed_clock())


def _line(number: int, drug_id: str, **values: object) -> PrescriptionLine:
    source = prescribing.knowledge_source()
    assert isinstance(source, KnowledgeBase)
    drug = source.drug(drug_id)
    assert drug is not None
    return PrescriptionLine.new(number, drug, **values)  # type: ignore[arg-type]


def issue(doctor: ServiceContext, database, drug_id: str = AMOXICILLIN, quantity: int | None = None) -> int:
    """An issued prescription of one line for a new patient; the line's id."""
    patient = new_patient(database)
    encounter = consultation.start_encounter(doctor, patient).id
    values: dict[str, object] = {} if quantity is None else {"quantity": quantity}
    issued = prescribing.issue_prescription(doctor, encounter, [_line(1, drug_id, **values)])
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM prescription_line WHERE prescription_id = :p"),
                                {"p": issued.prescription.id}).scalar_one())


@contextmanager
def refused_with(sqlstate: str, match: str) -> Iterator[None]:
    """A psycopg error with our SQLSTATE (psycopg knows no class for the custom HM codes) and message."""
    with pytest.raises(psycopg.Error, match=match) as raised:
        yield
    assert raised.value.sqlstate == sqlstate


def owner_value(database, sql: str, **params: object) -> object:
    with database.owner.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def fresh_drug_item(database, drug_id: str, name: str, **kwargs: object) -> int:
    return new_stock_item(database, name, drug_id=drug_id, **kwargs)  # type: ignore[arg-type]


# --- receiving, moving, adjusting ---


def test_receive_then_issue_to_a_ward_and_transfer_back_each_with_its_movement(database, world, admin) -> None:
    item = new_stock_item(database, "Gauze swabs 10 x 10 cm", unit="pack", reorder_level=5)
    level = inventory.receive(admin, ReceiptDraft(item, world.pharmacy, "GZ-001", FAR, 40, "1.25", "MedSupply Ltd"))
    assert (level.quantity, level.batch_number, level.unit_cost, level.supplier) == (40, "GZ-001", Decimal("1.25"),
                                                                                      "MedSupply Ltd")
    # A second delivery of the same batch adds to it; another expiry for the same number is a typing mistake.
    assert inventory.receive(admin, ReceiptDraft(item, world.pharmacy, "GZ-001", FAR, 10, "1.25")).quantity == 50
    with pytest.raises(ValidationFailed, match="received before"):
        inventory.receive(admin, ReceiptDraft(item, world.pharmacy, "GZ-001", FAR + timedelta(days=1), 1, "1.25"))
    assert inventory.move(admin, level.batch_id, world.pharmacy, world.ward_store, 15) == "issue"
    assert inventory.move(admin, level.batch_id, world.ward_store, world.pharmacy, 5) == "transfer"
    with pytest.raises(ValidationFailed) as refused:
        inventory.move(admin, level.batch_id, world.ward_store, world.pharmacy, 11)
    assert refused.value.problems == {"quantity": "Only 10 of this batch here."}
    levels = {(lv.location_id, lv.quantity) for lv in inventory.stock_overview(admin, search="Gauze").levels}
    assert levels == {(world.pharmacy, 40), (world.ward_store, 10)}
    with database.owner.engine.connect() as conn:
        moves = conn.execute(text("SELECT kind, quantity, created_by FROM stock_movement WHERE batch_id = :b "
                                  "ORDER BY id"), {"b": level.batch_id}).all()
    assert [(m.kind, m.quantity) for m in moves] == [("receive", 40), ("receive", 10), ("issue", 15),
                                                      ("transfer", 5)]
    assert {m.created_by for m in moves} == {admin.user.username}  # who: the database's, never the client's


def test_receiving_an_expired_batch_or_a_bad_cost_is_refused_beside_the_fields(world, admin) -> None:
    items = inventory.stock_overview(admin).items
    with pytest.raises(ValidationFailed) as refused:
        inventory.receive(admin, ReceiptDraft(items[0].id, world.pharmacy, " ", TODAY, 0, "abc"))
    assert set(refused.value.problems) == {"batch_number", "expiry_date", "quantity", "unit_cost"}
    assert "already expired" in refused.value.problems["expiry_date"]


def test_adjustments_need_a_reason_and_only_a_count_adds(database, world, admin) -> None:
    item = new_stock_item(database, "Syringe 5 ml", unit="piece")
    batch = receive_stock(database, item, world.pharmacy, "SY-1", FAR, 20)
    assert inventory.adjust(admin, batch, world.pharmacy, -2, reason="breakage", note="dropped box") == 18
    assert inventory.adjust(admin, batch, world.pharmacy, -3, reason="loss") == 15
    assert inventory.adjust(admin, batch, world.pharmacy, -1, reason="expired") == 14
    assert inventory.adjust(admin, batch, world.pharmacy, 4, reason="count") == 18
    with pytest.raises(ValidationFailed, match="Only a stock count adds"):
        inventory.adjust(admin, batch, world.pharmacy, 1, reason="loss")
    with pytest.raises(ValidationFailed, match="cannot go below zero"):
        inventory.adjust(admin, batch, world.pharmacy, -19, reason="count")
    with pytest.raises(ValidationFailed, match="why"):
        inventory.adjust(admin, batch, world.pharmacy, -1, reason="theft")
    # The database refuses the same without the service's checks.
    with database.connect_as(admin.user.username) as conn:
        with refused_with("HM054", "Only a stock count adds"):
            conn.execute("SELECT hms_stock_adjust(%s, %s, 1, 'breakage', '')", (batch, world.pharmacy))
        with refused_with("HM055", "Only 18 left in stock of Syringe 5 ml"):
            conn.execute("SELECT hms_stock_adjust(%s, %s, -19, 'count', '')", (batch, world.pharmacy))
    with database.owner.engine.connect() as conn:
        reasons = conn.execute(text("SELECT reason, quantity, from_location_id IS NULL AS added FROM stock_movement "
                                    "WHERE batch_id = :b AND kind = 'adjust' ORDER BY id"), {"b": batch}).all()
    assert [tuple(r) for r in reasons] == [("breakage", 2, False), ("loss", 3, False), ("expired", 1, False),
                                           ("count", 4, True)]


def test_stock_never_goes_negative_even_for_the_owner_in_direct_sql(database, world) -> None:
    item = new_stock_item(database, "Tongue depressor", unit="piece")
    batch = receive_stock(database, item, world.pharmacy, "TD-1", FAR, 3)
    with database.owner.engine.connect() as conn:
        with pytest.raises(Exception, match="ck_stock_on_hand_quantity_not_negative"):
            conn.execute(text("UPDATE stock_on_hand SET quantity = quantity - 4 WHERE batch_id = :b"),
                         {"b": batch})
        conn.rollback()
        with pytest.raises(Exception, match="A stock movement cannot be changed"):
            conn.execute(text("DELETE FROM stock_movement WHERE batch_id = :b"), {"b": batch})
    assert owner_value(database, "SELECT quantity FROM stock_on_hand WHERE batch_id = :b", b=batch) == 3


# --- dispensing ---


def test_dispensing_takes_the_earliest_unexpired_batch_first_and_creates_a_missing_charge(
        database, world, doctor, dispenser) -> None:
    item = fresh_drug_item(database, AMOXICILLIN, "Amoxicillin 500 mg capsule", reorder_level=10)
    expired = receive_stock(database, item, world.pharmacy, "AMX-OLD", TODAY - timedelta(days=2), 50)
    soon = receive_stock(database, item, world.pharmacy, "AMX-SOON", TODAY + timedelta(days=20), 8)
    later = receive_stock(database, item, world.pharmacy, "AMX-LATER", TODAY + timedelta(days=300), 100)
    line = issue(doctor, database)  # 500 mg TDS for 5 days: 15 capsules
    # Issuing charged the line; remove that charge to see dispensing create it.
    with database.owner.engine.begin() as conn:
        conn.execute(text("DELETE FROM charge WHERE source_kind = 'prescription' AND source_id = :l"), {"l": line})

    queue = inventory.dispensing_queue(dispenser)
    waiting = next(p for p in queue.prescriptions if any(ln.line_id == line for ln in p.lines))
    shown = next(ln for ln in waiting.lines if ln.line_id == line)
    assert (shown.prescribed, shown.dispensed, shown.item_id) == (15, 0, item)
    # Worded by the service as the prescription dialog words the line (the queue returns its parts; version 1
    # wrote "500 mg oral TDS for 5 days" in SQL), in the workstation's language.
    assert shown.directions == "500 mg oral three times a day for 5 days"
    french = {"oral": "voie orale", "three times a day": "trois fois par jour", "for %n days": "pendant %n jours"}
    i18n.install(lambda context, source, _d, n: french.get(source, source).replace("%n", str(n))
                 if context == "domain" else source)
    try:
        queue_fr = inventory.dispensing_queue(dispenser)
    finally:
        i18n.install(None)
    assert [ln.directions for p in queue_fr.prescriptions for ln in p.lines if ln.line_id == line] == [
        "500 mg voie orale trois fois par jour pendant 5 jours"]
    preview = inventory.dispense_preview(dispenser, item, world.pharmacy, 12)
    assert [(t.batch_number, t.quantity) for t in preview.takes] == [("AMX-SOON", 8), ("AMX-LATER", 4)]
    assert (preview.short, preview.available) == (0, 108)

    takes = inventory.dispense(dispenser, line, world.pharmacy, 12)
    assert [(t.batch_id, t.quantity) for t in takes] == [(soon, 8), (later, 4)]
    with database.owner.engine.connect() as conn:
        levels = dict(conn.execute(text("SELECT batch_id, quantity FROM stock_on_hand WHERE batch_id = ANY(:b)"),
                                   {"b": [expired, soon, later]}).all())
        charges = conn.execute(text("SELECT fee_code, quantity, created_by FROM charge "
                                    "WHERE source_kind = 'prescription' AND source_id = :l"), {"l": line}).all()
        moved = conn.execute(text("SELECT kind, quantity, created_by FROM stock_movement "
                                  "WHERE prescription_line_id = :l ORDER BY id"), {"l": line}).all()
    assert levels == {expired: 50, soon: 0, later: 96}  # the expired batch is never dispensed
    assert [(c.fee_code, c.quantity) for c in charges] == [("DRUG-J01CA04", 15)]
    assert [tuple(m) for m in moved] == [("dispense", 8, dispenser.user.username),
                                         ("dispense", 4, dispenser.user.username)]

    # Up to what was prescribed minus what was dispensed; the charge is not made twice.
    with pytest.raises(Conflict, match=r"Only 3 left to dispense on this line \(15 prescribed, 12 dispensed\)"):
        inventory.dispense(dispenser, line, world.pharmacy, 4)
    inventory.dispense(dispenser, line, world.pharmacy, 3)
    assert owner_value(database, "SELECT count(*) FROM charge WHERE source_kind = 'prescription' "
                       "AND source_id = :l", l=line) == 1
    done = inventory.dispensing_queue(dispenser)
    assert not any(ln.line_id == line for p in done.prescriptions for ln in p.lines)  # nothing left: off the list


def test_an_issued_charge_is_kept_and_an_unstocked_drug_is_named(database, world, doctor, dispenser) -> None:
    line = issue(doctor, database, "metformin-500-mg-tablet")
    with pytest.raises(Conflict, match="metformin 500 mg tablet is not a stock item"):
        inventory.dispense(dispenser, line, world.pharmacy, 1)
    item = fresh_drug_item(database, "metformin-500-mg-tablet", "Metformin 500 mg tablet", unit="tablet")
    receive_stock(database, item, world.pharmacy, "MET-1", FAR, 500)
    inventory.dispense(dispenser, line, world.pharmacy, 2)
    assert owner_value(database, "SELECT count(*) FROM charge WHERE source_kind = 'prescription' "
                       "AND source_id = :l", l=line) == 1  # the one issuing made


def test_two_clerks_dispensing_the_last_box_at_once_exactly_one_succeeds(database, world, doctor) -> None:
    """Connection A dispenses the last capsule and holds its transaction open; B, dispensing the same item for
    another patient, is seen waiting on A's row lock; A commits; B is told there are none left."""
    item = fresh_drug_item(database, "amoxicillin-250-mg-capsule", "Amoxicillin 250 mg capsule")
    receive_stock(database, item, world.pharmacy, "LAST-1", FAR, 1)
    first, second = issue(doctor, database, "amoxicillin-250-mg-capsule"), issue(
        doctor, database, "amoxicillin-250-mg-capsule")
    outcome: dict[str, object] = {}
    with database.connect_as(world.dispenser_login) as a, database.connect_as(world.dispenser2_login) as b:
        b_pid = b.info.backend_pid
        a.execute("BEGIN")
        a.execute("SELECT * FROM hms_stock_dispense(%s, %s, 1)", (first, world.pharmacy))

        def clerk_b() -> None:
            try:
                b.execute("SELECT * FROM hms_stock_dispense(%s, %s, 1)", (second, world.pharmacy))
                outcome["b"] = "dispensed"
            except psycopg.Error as error:
                outcome["b"] = error

        thread = threading.Thread(target=clerk_b)
        thread.start()
        waited = False
        for _ in range(100):
            with database.owner.engine.connect() as conn:
                waited = conn.execute(text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :p"),
                                      {"p": b_pid}).scalar() is True
            if waited:
                break
            time.sleep(0.05)
        assert waited, "the second clerk should wait for the first one's lock"
        a.execute("COMMIT")
        thread.join(timeout=30)
    error = outcome["b"]
    assert isinstance(error, psycopg.Error) and error.sqlstate == "HM055"
    assert str(error.diag.message_primary).startswith("Only 0 left in stock of Amoxicillin 250 mg capsule")
    assert owner_value(database, "SELECT sum(quantity) FROM stock_movement WHERE kind = 'dispense' "
                       "AND prescription_line_id = ANY(:l)", l=[first, second]) == 1


def test_two_clerks_at_a_barrier_through_the_service(database, world, doctor) -> None:
    """The same race through the use case, two logins on two threads released together: one dispenses, the
    other reads "Only 0 left in stock…"."""
    item = fresh_drug_item(database, "amoxicillin-250-mg-5-ml-oral-suspension", "Amoxicillin 250 mg/5 ml susp")
    receive_stock(database, item, world.pharmacy, "SUSP-1", FAR, 1)
    lines = [issue(doctor, database, "amoxicillin-250-mg-5-ml-oral-suspension") for _ in range(2)]
    clerks = [database.login(world.dispenser_login), database.login(world.dispenser2_login)]
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def clerk(i: int) -> None:
        barrier.wait(timeout=30)
        try:
            results[i] = inventory.dispense(clerks[i], lines[i], world.pharmacy, 1)
        except Conflict as error:
            results[i] = error

    threads = [threading.Thread(target=clerk, args=(i,)) for i in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        for ctx in clerks:
            ctx.db.dispose()
    refused = [r for r in results if isinstance(r, Conflict)]
    dispensed = [r for r in results if isinstance(r, tuple)]
    assert len(refused) == 1 and len(dispensed) == 1
    assert str(refused[0]).startswith("Only 0 left in stock of Amoxicillin 250 mg/5 ml susp at Main pharmacy")


# --- reports ---


def test_reorder_list_expiring_batches_and_valuation(database, world, admin) -> None:
    low = new_stock_item(database, "Crepe bandage 10 cm", unit="roll", reorder_level=20)
    receive_stock(database, low, world.pharmacy, "CB-1", TODAY + timedelta(days=10), 12, "2.00")
    batch = receive_stock(database, low, world.pharmacy, "CB-2", TODAY + timedelta(days=200), 6, "2.50")
    inventory.move(admin, batch, world.pharmacy, world.ward_store, 2)
    never = new_stock_item(database, "Sterile gloves size 7", unit="pair", reorder_level=1)
    plenty = new_stock_item(database, "Cotton wool 500 g", unit="roll", reorder_level=1)
    receive_stock(database, plenty, world.pharmacy, "CW-1", FAR, 30, "3.10")
    receive_stock(database, plenty, world.pharmacy, "CW-OLD", TODAY - timedelta(days=3), 1, "0.00")

    reorder = {r.item_id: r for r in inventory.reorder_list(admin)}
    assert (reorder[low].on_hand, reorder[low].reorder_level) == (18, 20)  # summed over both locations
    assert reorder[never].on_hand == 0
    assert plenty not in reorder

    soon = inventory.expiring(admin, 30)
    assert [(e.batch_number, e.quantity) for e in soon if e.item_name == "Crepe bandage 10 cm"] == [("CB-1", 12)]
    assert all(e.expiry_date <= TODAY + timedelta(days=30) for e in soon)
    assert [(e.batch_number, e.expired) for e in soon if e.item_name == "Cotton wool 500 g"] == [("CW-OLD", True)]
    later = inventory.expiring(admin, 365)
    assert ("CB-2", 4) in [(e.batch_number, e.quantity) for e in later]

    value = inventory.valuation(admin)
    lines = {(v.item_name, v.location_name): v for v in value.lines}
    assert lines[("Crepe bandage 10 cm", "Main pharmacy")].value == Decimal("34.00")  # 12 x 2.00 + 4 x 2.50
    assert lines[("Crepe bandage 10 cm", "Stock test ward store")].value == Decimal("5.00")
    assert lines[("Cotton wool 500 g", "Main pharmacy")].value == Decimal("93.00")
    assert value.total == sum(v.value for v in value.lines)
    assert dict(value.per_location)["Stock test ward store"] == sum(
        v.value for v in value.lines if v.location_name == "Stock test ward store")
    only_ward = inventory.valuation(admin, world.ward_store)
    assert {v.location_name for v in only_ward.lines} == {"Stock test ward store"}


# --- the item catalogue ---


def test_items_are_saved_with_optimistic_locking_and_retired(database, admin) -> None:
    saved = inventory.save_item(admin, None, ItemDraft("drug", "paracetamol-500-mg-tablet", " Paracetamol  500 mg ",
                                                       "tablet", 100, 200, "drug-n02be01"))
    assert (saved.name, saved.fee_code, saved.version) == ("Paracetamol 500 mg", "DRUG-N02BE01", 1)
    changed = inventory.save_item(admin, saved.id, ItemDraft("drug", "paracetamol-500-mg-tablet",
                                                             "Paracetamol 500 mg", "tablet", 32, 300),
                                  expected_version=1)
    assert (changed.pack_size, changed.version) == (32, 2)
    with pytest.raises(Conflict, match="changed by someone else"):
        inventory.save_item(admin, saved.id, ItemDraft("drug", "paracetamol-500-mg-tablet", "Paracetamol 500 mg",
                                                       "tablet", 10, 300), expected_version=1)
    with pytest.raises(ValidationFailed) as refused:
        inventory.save_item(admin, None, ItemDraft("drug", "no-such-drug", "x", "", 0, -1))
    assert set(refused.value.problems) == {"drug_id", "unit", "pack_size", "reorder_level"}
    with pytest.raises(ValidationFailed, match="already has a stock item"):
        inventory.save_item(admin, None, ItemDraft("drug", "paracetamol-500-mg-tablet", "Panadol", "tablet", 1, 0))
    retired = inventory.set_item_active(admin, saved.id, False, expected_version=2)
    assert not retired.active
    assert saved.id not in {i.id for i in inventory.list_items(admin)}
    assert saved.id in {i.id for i in inventory.list_items(admin, include_retired=True)}
    with database.connect_as(admin.user.username) as conn, refused_with("HM054", "retired"):
        conn.execute("SELECT hms_stock_receive(%s, 1, 'P-1', %s, 1, 0.1, '')", (saved.id, FAR))


def test_locations_are_named_once_closed_not_removed_and_only_ward_stores_have_a_ward(database, admin) -> None:
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('Locations ward') RETURNING id")).scalar_one()
    store = inventory.save_location(admin, None, " Locations  ward store ", "ward_store", ward)
    assert (store.name, store.ward_name, store.version) == ("Locations ward store", "Locations ward", 1)
    with pytest.raises(ValidationFailed) as refused:
        inventory.save_location(admin, None, "Side store", "store", ward)
    assert refused.value.problems == {"ward_id": "Only a ward store belongs to a ward."}
    with pytest.raises(ValidationFailed, match="already a location"):
        inventory.save_location(admin, None, "locations WARD store", "store")
    renamed = inventory.save_location(admin, store.id, "Locations store", "ward_store", ward, expected_version=1)
    with pytest.raises(Conflict, match="changed by someone else"):
        inventory.save_location(admin, store.id, "Again", "ward_store", ward, expected_version=1)
    closed = inventory.set_location_active(admin, store.id, False, expected_version=renamed.version)
    assert not closed.active
    assert store.id not in {loc.id for loc in inventory.list_locations(admin)}
    assert store.id in {loc.id for loc in inventory.list_locations(admin, include_closed=True)}


def test_formulary_search_offers_drugs_for_the_catalogue() -> None:
    found = inventory.formulary_drugs("amoxicillin 500")
    assert AMOXICILLIN in {d.drug_id for d in found}
    assert next(d for d in found if d.drug_id == AMOXICILLIN).count_unit == "capsule"


# --- who may do what ---


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING])
def test_only_administrators_receive_move_and_adjust(database, world, group: Group) -> None:
    with database.connect_as(database.add_user(group)) as conn:
        for call in ("SELECT hms_stock_receive(1, 1, 'X', current_date + 30, 1, 1, '')",
                     "SELECT hms_stock_transfer(1, 1, 2, 1)", "SELECT hms_stock_adjust(1, 1, -1, 'loss', '')",
                     "INSERT INTO stock_item (kind, name, unit) VALUES ('supply', 'x', 'y')",
                     "UPDATE stock_on_hand SET quantity = 0", "INSERT INTO stock_movement (kind) VALUES ('x')"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(call)


def test_what_each_group_reads(database) -> None:
    readable = {
        Group.RECEPTION: set(),
        Group.DOCTOR: {"stock_item", "stock_location", "stock_batch", "stock_on_hand"},
        Group.BILLING: {"stock_item", "stock_location"},
        Group.ADMIN: {"stock_item", "stock_location", "stock_batch", "stock_on_hand", "stock_movement"},
    }
    for group, tables in readable.items():
        with database.connect_as(database.add_user(group)) as conn:
            for table in ("stock_item", "stock_location", "stock_batch", "stock_on_hand", "stock_movement"):
                if table in tables:
                    conn.execute(f"SELECT count(*) FROM {table}")
                else:
                    with pytest.raises(errors.InsufficientPrivilege):
                        conn.execute(f"SELECT count(*) FROM {table}")


def test_billing_dispenses_only_with_hms_dispenser(database, world, doctor, dispenser) -> None:
    line = issue(doctor, database)
    clerk = database.add_user(Group.BILLING, stem="nodisp")
    ctx = database.login(clerk)
    try:
        assert not ctx.user.can_dispense
        with pytest.raises(PermissionDenied, match="dispensing permission"):
            inventory.dispensing_queue(ctx)
    finally:
        ctx.db.dispose()
    with database.connect_as(clerk) as conn:
        for call in ("SELECT * FROM hms_stock_dispense(%s, 1, 1)", "SELECT * FROM hms_dispensing_queue(%s)"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(call, (line,))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM stock_movement")
    assert dispenser.user.can_dispense
    assert inventory.dispensing_queue(dispenser).prescriptions  # the holder reads the queue


def test_administrators_grant_the_dispensing_capability_on_the_users_page(database, admin) -> None:
    clerk = database.add_user(Group.BILLING, stem="grantme")
    member = users.get_staff(admin, clerk)
    assert not member.dispenser
    changes = users.StaffChanges(full_name=member.full_name, title=member.title, department=member.department,
                                 groups=member.groups, dispenser=True)
    granted = users.update_staff(admin, clerk, changes, expected_version=member.version)
    assert granted.dispenser and granted.version > member.version
    ctx = database.login(clerk)
    try:
        assert ctx.user.can_dispense
    finally:
        ctx.db.dispose()
    # Without the billing or administrator group the capability would be a right to nothing: it goes.
    reception_only = users.StaffChanges(full_name=member.full_name, title="", department=member.department,
                                        groups=frozenset({Group.RECEPTION}), dispenser=True)
    assert not users.update_staff(admin, clerk, reception_only, expected_version=granted.version).dispenser
    assert owner_value(database, "SELECT count(*) FROM audit_log WHERE table_name = 'staff' AND row_key = :u "
                       "AND after ? 'hms_dispenser'", u=clerk) == 2
