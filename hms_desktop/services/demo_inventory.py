"""Demo pharmacy and stores (issue 10, item 3): the main pharmacy and a ward store, a dozen items (the demo
prescriptions' drugs, paracetamol, and supplies) with batches received through ``hms_stock_receive`` (so every
level has its movement), one batch issued to the ward store, one already expired and one expiring within a month
(the Expiring section has something to show), and reorder levels that put three items on the reorder list.
The demo billing clerk gets the dispensing capability, so Billing > Pharmacy shows the demo amoxicillin course
waiting to be dispensed. Written as the database owner by ``hms demo``; running it again adds nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, text

MAIN_PHARMACY = "Main pharmacy"

# (formulary id or None for a supply, name, unit, pack size, reorder level, fee code)
_ITEMS: tuple[tuple[str | None, str, str, int, int, str | None], ...] = (
    ("amoxicillin-500-mg-capsule", "Amoxicillin 500 mg capsule", "capsule", 21, 200, None),
    ("paracetamol-500-mg-tablet", "Paracetamol 500 mg tablet", "tablet", 32, 300, None),
    ("metformin-500-mg-tablet", "Metformin 500 mg tablet", "tablet", 28, 200, None),
    ("aspirin-75-mg-dispersible-tablet", "Aspirin 75 mg dispersible tablet", "tablet", 28, 100, None),
    ("atorvastatin-20-mg-tablet", "Atorvastatin 20 mg tablet", "tablet", 28, 100, None),
    ("omeprazole-20-mg-capsule", "Omeprazole 20 mg capsule", "capsule", 28, 100, None),
    ("amlodipine-5-mg-tablet", "Amlodipine 5 mg tablet", "tablet", 28, 100, None),
    (None, "Gauze swabs 10 x 10 cm", "pack", 100, 20, "SUP-GAUZE"),
    (None, "Syringe 5 ml", "piece", 100, 200, "SUP-SYRINGE5"),
    (None, "Examination gloves, medium", "box", 100, 10, None),
)

# (item name, batch, days to expiry (negative: expired), quantity, unit cost, supplier)
_BATCHES: tuple[tuple[str, str, int, int, str, str], ...] = (
    ("Amoxicillin 500 mg capsule", "AMX-24-117", 25, 84, "0.09", "Northwind Pharma"),
    ("Amoxicillin 500 mg capsule", "AMX-25-031", 420, 420, "0.08", "Northwind Pharma"),
    ("Paracetamol 500 mg tablet", "PCM-25-210", 600, 960, "0.02", "Northwind Pharma"),
    ("Metformin 500 mg tablet", "MET-25-044", 380, 140, "0.03", "Contoso Generics"),
    ("Aspirin 75 mg dispersible tablet", "ASP-25-009", 300, 336, "0.02", "Contoso Generics"),
    ("Atorvastatin 20 mg tablet", "ATV-24-300", -6, 28, "0.05", "Contoso Generics"),
    ("Atorvastatin 20 mg tablet", "ATV-25-101", 500, 280, "0.05", "Contoso Generics"),
    ("Omeprazole 20 mg capsule", "OME-25-077", 410, 56, "0.04", "Northwind Pharma"),
    ("Gauze swabs 10 x 10 cm", "GZ-2511", 900, 60, "1.20", "MedSupply Ltd"),
    ("Syringe 5 ml", "SY5-2509", 1200, 500, "0.06", "MedSupply Ltd"),
    ("Examination gloves, medium", "GLV-M-88", 700, 8, "4.50", "MedSupply Ltd"),
)

# What the ward store holds: (item name, batch, quantity) issued from the main pharmacy.
_ISSUED = (("Paracetamol 500 mg tablet", "PCM-25-210", 96), ("Syringe 5 ml", "SY5-2509", 100),
           ("Gauze swabs 10 x 10 cm", "GZ-2511", 10))


def add_demo_inventory(conn: Connection, *, today: date, dispenser: str | None = "billing") -> int:
    """The demo stock; returns how many batches were received (0 when the demo already has stock items).
    ``dispenser``: the login given hms_dispenser (the demo billing clerk), when it exists."""
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM stock_item)")).scalar():
        return 0
    pharmacy = int(conn.execute(text("INSERT INTO stock_location (name, kind) VALUES (:n, 'pharmacy') RETURNING id"),
                                {"n": MAIN_PHARMACY}).scalar_one())
    ward = conn.execute(text("SELECT id, name FROM ward ORDER BY id LIMIT 1")).one_or_none()
    store = int(conn.execute(text(
        "INSERT INTO stock_location (name, kind, ward_id) VALUES (:n, 'ward_store', :w) RETURNING id"),
        {"n": f"{ward.name} store" if ward else "Ward store", "w": ward.id if ward else None}).scalar_one())
    items: dict[str, int] = {}
    for drug_id, name, unit, pack, reorder, fee_code in _ITEMS:
        items[name] = int(conn.execute(text(
            "INSERT INTO stock_item (kind, drug_id, name, unit, pack_size, reorder_level, fee_code) "
            "VALUES (:k, :d, :n, :u, :p, :r, :f) RETURNING id"),
            {"k": "drug" if drug_id else "supply", "d": drug_id, "n": name, "u": unit, "p": pack, "r": reorder,
             "f": fee_code}).scalar_one())
    batches: dict[tuple[str, str], int] = {}
    for name, number, days, quantity, cost, supplier in _BATCHES:
        batches[(name, number)] = int(conn.execute(text(
            "SELECT hms_stock_receive(:i, :l, :b, :e, :q, :c, :s)"),
            {"i": items[name], "l": pharmacy, "b": number, "e": today + timedelta(days=days), "q": quantity,
             "c": Decimal(cost), "s": supplier}).scalar_one())
    for name, number, quantity in _ISSUED:
        conn.execute(text("SELECT hms_stock_transfer(:b, :f, :t, :q)"),
                     {"b": batches[(name, number)], "f": pharmacy, "t": store, "q": quantity})
    # A box of syringes found crushed: an adjustment with its reason.
    conn.execute(text("SELECT hms_stock_adjust(:b, :l, -20, 'breakage', 'Box crushed in the delivery')"),
                 {"b": batches[("Syringe 5 ml", "SY5-2509")], "l": pharmacy})
    if dispenser and conn.execute(text("SELECT EXISTS (SELECT 1 FROM staff WHERE username = :u)"),
                                  {"u": dispenser}).scalar():
        conn.execute(text("SELECT hms_set_dispenser(:u, true)"), {"u": dispenser})
    return len(_BATCHES)
