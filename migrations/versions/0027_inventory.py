"""Pharmacy and stores inventory, and dispensing against issued prescriptions (issue 10, item 3).

* ``stock_item``: what the hospital stocks: a drug of the formulary knowledge base (``drug_id`` as in
  ``resources/clinical/formulary.json`` and ``prescription_line.drug_id``; one item per drug) or a
  consumable/supply (``drug_id`` NULL); name, unit (what is counted: capsule, box, pair), pack size, reorder
  level (summed over every location), fee code, active, version. Administrators edit it (column GRANTs).
* ``stock_location``: the main pharmacy, ward stores (``ward_id``) and other stores. Administrators edit it.
* ``stock_batch``: one delivered batch of an item: batch number, expiry date, unit cost, supplier.
* ``stock_on_hand``: how many of a batch are at a location, ``CHECK (quantity >= 0)``: stock never goes
  negative, whoever writes, the table owner included.
* ``stock_movement``: every change of a level, append-only (``hms_stock_movement_guard``, HM058, for every role):
  receive, dispense (with ``prescription_line_id``), issue (to a ward store), transfer, adjust (with a reason:
  loss, breakage, expired, count). Who and when are the database's (defaults + ``hms_database_sets_defaults``).
* Levels and movements change only through SECURITY DEFINER functions, each writing the movement row beside the
  level it changes: ``hms_stock_receive``, ``hms_stock_transfer``, ``hms_stock_adjust`` (administrators) and
  ``hms_stock_dispense`` (holders of the capability role ``hms_dispenser``; first expiry first out, expired
  batches skipped, at most what was prescribed minus what was dispensed, the drug charge created when the
  line has none). ``hms_dispensing_queue`` lists issued prescription lines still to dispense for holders
  (billing may not read the clinical tables: the function returns only what dispensing needs).
* ``hms_dispenser`` (NOLOGIN, like ``hms_billing_approver`` of 0019): granted by administrators on the Users page
  through ``hms_set_dispenser`` (audited; the staff row's version moves).
* SQLSTATEs: HM053 not allowed (not an administrator / not a dispenser), HM054 stock input refused (a batch
  number reused with another expiry or cost, an inactive item or location, the same location twice), HM055 not
  enough in stock ("Only 3 left in stock…"), HM056 the prescription line cannot be dispensed (not issued, more
  than is left to dispense), HM057 the drug is not stocked, HM058 the movement history cannot change.
* GRANTs: administrators read everything and write items and locations; doctors read items, locations, batches
  and levels (what is in stock); billing reads items and locations (names and fee codes); dispensers read
  items, locations, batches, levels and movements; reception nothing. Audited (a movement's note left out).

Revision ID: 0027_inventory
Revises: 0026_catalogues (chained after merging the catalogue branch; the brief chained it off 0024)
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hms_desktop.db import sql_objects

revision: str = "0027_inventory"
down_revision: str | None = "0026_catalogues"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("stock_item", "stock_location", "stock_batch", "stock_on_hand", "stock_movement")
CAPABILITY_ROLE_SQL = """
DO $$
BEGIN
    -- A capability, not a job: granted to the clerks (or administrators) who hand out prescribed drugs.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hms_dispenser') THEN
        CREATE ROLE hms_dispenser NOLOGIN;
    END IF;
    GRANT hms_dispenser TO hms_owner WITH ADMIN OPTION;
END
$$;
"""

GRANTS_SQL = """
GRANT SELECT ON stock_item, stock_location TO hms_admin, hms_doctor, hms_billing, hms_dispenser;
GRANT SELECT ON stock_batch, stock_on_hand TO hms_admin, hms_doctor, hms_dispenser;
GRANT SELECT ON stock_movement TO hms_admin, hms_dispenser;
GRANT INSERT (kind, drug_id, name, unit, pack_size, reorder_level, fee_code, active, version),
      UPDATE (kind, drug_id, name, unit, pack_size, reorder_level, fee_code, active, version)
    ON stock_item TO hms_admin;
GRANT INSERT (name, kind, ward_id, active, version), UPDATE (name, kind, ward_id, active, version)
    ON stock_location TO hms_admin;
REVOKE ALL ON FUNCTION hms_stock_take(bigint, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_stock_put(bigint, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_stock_receive(integer, integer, text, date, integer, numeric, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_stock_transfer(bigint, integer, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_stock_adjust(bigint, integer, integer, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_stock_dispense(bigint, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_dispensing_queue(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION hms_set_dispenser(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hms_stock_receive(integer, integer, text, date, integer, numeric, text) TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_stock_transfer(bigint, integer, integer, integer) TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_stock_adjust(bigint, integer, integer, text, text) TO hms_admin;
GRANT EXECUTE ON FUNCTION hms_stock_dispense(bigint, integer, integer) TO hms_dispenser;
GRANT EXECUTE ON FUNCTION hms_dispensing_queue(integer) TO hms_dispenser;
GRANT EXECUTE ON FUNCTION hms_set_dispenser(text, boolean) TO hms_admin;
"""

FORCED = {"stock_item": "'{}'", "stock_location": "'{}'", "stock_movement": "'{}'"}
AUDITED = {"stock_item": "'id'", "stock_location": "'id'", "stock_batch": "'id'",
           "stock_on_hand": "'batch_id'", "stock_movement": "'id', 'note'"}


def _created() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
            sa.Column("created_by", sa.String(length=63), server_default=sa.text("session_user"), nullable=False)]


def _updated() -> list[sa.Column[object]]:
    return [sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("updated_by", sa.String(length=63), nullable=True),
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "stock_item",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="drug", nullable=False),
        sa.Column("drug_id", sa.String(length=100), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("pack_size", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("reorder_level", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("fee_code", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_created(),
        *_updated(),
        sa.CheckConstraint("kind IN ('drug', 'supply')", name=op.f("ck_stock_item_kind_known")),
        sa.CheckConstraint("(kind = 'drug') = (drug_id IS NOT NULL)", name=op.f("ck_stock_item_drug_has_id")),
        sa.CheckConstraint("length(btrim(name)) > 0 AND length(btrim(unit)) > 0",
                           name=op.f("ck_stock_item_named")),
        sa.CheckConstraint("pack_size >= 1", name=op.f("ck_stock_item_pack_size_positive")),
        sa.CheckConstraint("reorder_level >= 0", name=op.f("ck_stock_item_reorder_level_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_item")),
        sa.UniqueConstraint("name", name=op.f("uq_stock_item_name")),
    )
    op.create_index("uq_stock_item_drug_id", "stock_item", ["drug_id"], unique=True,
                    postgresql_where=sa.text("drug_id IS NOT NULL"))

    op.create_table(
        "stock_location",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ward_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_created(),
        *_updated(),
        sa.CheckConstraint("kind IN ('pharmacy', 'ward_store', 'store')", name=op.f("ck_stock_location_kind_known")),
        sa.CheckConstraint("ward_id IS NULL OR kind = 'ward_store'", name=op.f("ck_stock_location_ward_store")),
        sa.CheckConstraint("length(btrim(name)) > 0", name=op.f("ck_stock_location_named")),
        sa.ForeignKeyConstraint(["ward_id"], ["ward.id"], name=op.f("fk_stock_location_ward_id_ward")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_location")),
        sa.UniqueConstraint("name", name=op.f("uq_stock_location_name")),
    )

    op.create_table(
        "stock_batch",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("batch_number", sa.String(length=40), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("unit_cost", sa.Numeric(12, 4), nullable=False),
        sa.Column("supplier", sa.String(length=200), server_default="", nullable=False),
        *_created(),
        sa.CheckConstraint("unit_cost >= 0", name=op.f("ck_stock_batch_unit_cost_not_negative")),
        sa.CheckConstraint("length(btrim(batch_number)) > 0", name=op.f("ck_stock_batch_numbered")),
        sa.ForeignKeyConstraint(["item_id"], ["stock_item.id"], name=op.f("fk_stock_batch_item_id_stock_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_batch")),
        sa.UniqueConstraint("item_id", "batch_number", name=op.f("uq_stock_batch_item_id_batch_number")),
    )
    op.create_index("ix_stock_batch_expiry_date", "stock_batch", ["expiry_date"])

    op.create_table(
        "stock_on_hand",
        sa.Column("batch_id", sa.BigInteger(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        # The rule of the whole module: no level below zero, whoever writes (the owner and direct SQL too).
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_stock_on_hand_quantity_not_negative")),
        sa.ForeignKeyConstraint(["batch_id"], ["stock_batch.id"],
                                name=op.f("fk_stock_on_hand_batch_id_stock_batch")),
        sa.ForeignKeyConstraint(["location_id"], ["stock_location.id"],
                                name=op.f("fk_stock_on_hand_location_id_stock_location")),
        sa.PrimaryKeyConstraint("batch_id", "location_id", name=op.f("pk_stock_on_hand")),
    )
    op.create_index("ix_stock_on_hand_location_id", "stock_on_hand", ["location_id"])

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("batch_id", sa.BigInteger(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=True),
        sa.Column("to_location_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("prescription_line_id", sa.BigInteger(), nullable=True),
        *_created(),
        sa.CheckConstraint("kind IN ('receive', 'dispense', 'issue', 'transfer', 'adjust')",
                           name=op.f("ck_stock_movement_kind_known")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stock_movement_quantity_positive")),
        sa.CheckConstraint(
            "(kind = 'receive' AND from_location_id IS NULL AND to_location_id IS NOT NULL) OR "
            "(kind = 'dispense' AND from_location_id IS NOT NULL AND to_location_id IS NULL) OR "
            "(kind IN ('issue', 'transfer') AND from_location_id IS NOT NULL AND to_location_id IS NOT NULL "
            " AND from_location_id <> to_location_id) OR "
            "(kind = 'adjust' AND (from_location_id IS NULL) <> (to_location_id IS NULL))",
            name=op.f("ck_stock_movement_locations_match_kind")),
        sa.CheckConstraint("(kind = 'adjust') = (reason IS NOT NULL)", name=op.f("ck_stock_movement_adjust_reason")),
        # An adjustment up is a count that found more; loss, breakage and expiry only take away.
        sa.CheckConstraint("reason IS NULL OR reason IN ('loss', 'breakage', 'expired', 'count') AND "
                           "(to_location_id IS NULL OR reason = 'count')",
                           name=op.f("ck_stock_movement_reason_known")),
        sa.CheckConstraint("(kind = 'dispense') = (prescription_line_id IS NOT NULL)",
                           name=op.f("ck_stock_movement_dispense_line")),
        sa.ForeignKeyConstraint(["batch_id"], ["stock_batch.id"], name=op.f("fk_stock_movement_batch_id_stock_batch")),
        sa.ForeignKeyConstraint(["from_location_id"], ["stock_location.id"],
                                name=op.f("fk_stock_movement_from_location_id_stock_location")),
        sa.ForeignKeyConstraint(["to_location_id"], ["stock_location.id"],
                                name=op.f("fk_stock_movement_to_location_id_stock_location")),
        sa.ForeignKeyConstraint(["prescription_line_id"], ["prescription_line.id"],
                                name=op.f("fk_stock_movement_prescription_line_id_prescription_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    op.create_index("ix_stock_movement_batch_id", "stock_movement", ["batch_id"])
    op.create_index("ix_stock_movement_prescription_line_id", "stock_movement", ["prescription_line_id"],
                    postgresql_where=sa.text("prescription_line_id IS NOT NULL"))


def upgrade() -> None:
    op.execute(CAPABILITY_ROLE_SQL)
    op.execute("SET LOCAL ROLE hms_owner")
    _create_tables()
    sql_objects.create("hms_stock_take", 1)
    sql_objects.create("hms_stock_put", 1)
    sql_objects.create("hms_stock_receive", 1)
    sql_objects.create("hms_stock_transfer", 1)
    sql_objects.create("hms_stock_adjust", 1)
    sql_objects.create("hms_stock_dispense", 1)
    sql_objects.create("hms_dispensing_queue", 1)
    sql_objects.create("hms_set_dispenser", 1)
    sql_objects.create("hms_stock_movement_guard", 1)
    for table, args in FORCED.items():
        op.execute(f"CREATE TRIGGER database_sets_defaults BEFORE INSERT ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_database_sets_defaults({args})")
    for table in ("stock_item", "stock_location"):
        op.execute(f"CREATE TRIGGER touch BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION hms_touch_row()")
    op.execute("CREATE TRIGGER movement_guard BEFORE UPDATE OR DELETE ON stock_movement "
               "FOR EACH ROW EXECUTE FUNCTION hms_stock_movement_guard()")
    for table, args in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION hms_audit_trigger({args})")
    op.execute(GRANTS_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in reversed(TABLES):
        op.drop_table(table)
    sql_objects.drop("hms_stock_movement_guard")
    sql_objects.drop("hms_set_dispenser")
    sql_objects.drop("hms_dispensing_queue")
    sql_objects.drop("hms_stock_dispense")
    sql_objects.drop("hms_stock_adjust")
    sql_objects.drop("hms_stock_transfer")
    sql_objects.drop("hms_stock_receive")
    sql_objects.drop("hms_stock_put")
    sql_objects.drop("hms_stock_take")
    op.execute("RESET ROLE")
    # hms_dispenser stays: roles belong to the whole cluster and other databases may use it.
