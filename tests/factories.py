"""Test data made the short way: rows written as the database owner, for tests about something else.

(Import as ``from factories import new_patient``; tests/ is on sys.path.) Tests about registering a
patient go through ``patients.register`` instead, with its validation and audit.
"""

from __future__ import annotations

from datetime import date
from itertools import count
from typing import Any

from sqlalchemy import text

_numbers = count(1)
_INSERT_PATIENT = text("INSERT INTO patient (family_name, given_name, sex, birth_date) "
                       "VALUES (:f, :g, :s, :b) RETURNING id")


def new_patient(database: Any, family: str | None = None, given: str = "Test", *, sex: str = "U",
                birth: date | None = None) -> int:
    """One patient; the family name is unique unless given, so searches find only this one."""
    with database.owner.engine.begin() as conn:
        return int(conn.execute(_INSERT_PATIENT, {"f": family or f"Testfamily{next(_numbers)}", "g": given,
                                                  "s": sex, "b": birth}).scalar_one())


def new_patients(database: Any, n: int, stem: str, *, given: str = "Test") -> list[int]:
    """``n`` patients named ``stem0`` … ``stem{n-1}``, in one transaction."""
    with database.owner.engine.begin() as conn:
        return [int(conn.execute(_INSERT_PATIENT, {"f": f"{stem}{i}", "g": given, "s": "U", "b": None}).scalar_one())
                for i in range(n)]


def open_cash_shift(database: Any, who: Any, opening_float: str = "100.00") -> int:
    """An open cash shift (migration 0022) for ``who``, a ServiceContext or a user name, so the test may take
    cash: the database refuses cash from a login without one. Written as the owner, who may name the person;
    the person closes it as usual (``shifts.close_shift``)."""
    username = who if isinstance(who, str) else who.user.username
    with database.owner.engine.begin() as conn:
        # One open shift per person: a test module's login may already have one from an earlier test.
        already = conn.execute(text(
            "SELECT s.id FROM cash_shift s JOIN staff ON staff.id = s.staff_id "
            "WHERE staff.username = :u AND s.closed_at IS NULL"), {"u": username}).scalar()
        if already is not None:
            return int(already)
        return int(conn.execute(text(
            "INSERT INTO cash_shift (staff_id, opening_float) SELECT id, :f FROM staff WHERE username = :u "
            "RETURNING id"), {"u": username, "f": opening_float}).scalar_one())


def grant_billing_approver(database: Any, username: str) -> None:
    """Give a login the capability role hms_billing_approver (large discounts and credit notes), as the owner
    grants hms_merge_patients and hms_overbook."""
    with database.owner.engine.begin() as conn:
        conn.exec_driver_sql(f'GRANT hms_billing_approver TO "{username}"')


def set_discount_threshold(database: Any, amount: str) -> None:
    """The hospital setting discount_approval_threshold (migration 0019), written as the owner."""
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE hospital_setting SET value = to_jsonb(CAST(:a AS text)) "
                          "WHERE key = 'discount_approval_threshold'"), {"a": amount})


def new_insured_patient(database: Any, *, coverage: dict[str, tuple[str, bool]] | None = None,
                        copay: str = "0", annual_limit: str | None = None, payer_code: str | None = None,
                        excluded: tuple[str, ...] = ()) -> dict[str, int]:
    """A payer, one plan (``coverage``: category -> (percent, pre-authorisation needed); default consultation
    80 % and lab 50 %) and a new patient with an open-ended policy on it since 2020 (claims, issue 9 item 6).
    Returns the ids: patient, payer, plan, policy."""
    n = next(_numbers)
    rules = coverage if coverage is not None else {"consultation": ("80", False), "lab": ("50", False)}
    patient = new_patient(database)
    with database.owner.engine.begin() as conn:
        payer = int(conn.execute(text("INSERT INTO insurance_payer (code, name) VALUES (:c, :n) RETURNING id"),
                                 {"c": payer_code or f"INS{n}", "n": f"Insurer {n}"}).scalar_one())
        plan = int(conn.execute(text("INSERT INTO insurance_plan (payer_id, name, copay_per_invoice, annual_limit) "
                                     "VALUES (:p, :n, :c, :l) RETURNING id"),
                                {"p": payer, "n": f"Plan {n}", "c": copay, "l": annual_limit}).scalar_one())
        for category, (percent, preauth) in rules.items():
            conn.execute(text("INSERT INTO insurance_plan_coverage (plan_id, category, percent, preauth_required) "
                              "VALUES (:p, :c, :pc, :a)"), {"p": plan, "c": category, "pc": percent, "a": preauth})
        for code in excluded:
            conn.execute(text("INSERT INTO insurance_plan_exclusion (plan_id, fee_code) VALUES (:p, :c)"),
                         {"p": plan, "c": code})
        policy = int(conn.execute(text("INSERT INTO patient_policy (patient_id, plan_id, member_number, valid_from) "
                                       "VALUES (:pt, :p, :m, '2020-01-01') RETURNING id"),
                                  {"pt": patient, "p": plan, "m": f"M-{n:05d}"}).scalar_one())
    return {"patient": patient, "payer": payer, "plan": plan, "policy": policy}


def grant_dispenser(database: Any, username: str) -> None:
    """Give a login the capability role hms_dispenser (migration 0027: dispensing), as the owner grants the
    other capability roles."""
    with database.owner.engine.begin() as conn:
        conn.exec_driver_sql(f'GRANT hms_dispenser TO "{username}"')


def new_stock_location(database: Any, name: str, kind: str = "pharmacy", ward_id: int | None = None) -> int:
    """A stock location (migration 0027), written as the owner."""
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text("INSERT INTO stock_location (name, kind, ward_id) VALUES (:n, :k, :w) "
                                     "RETURNING id"), {"n": name, "k": kind, "w": ward_id}).scalar_one())


def new_stock_item(database: Any, name: str, *, drug_id: str | None = None, unit: str = "capsule",
                   reorder_level: int = 0, pack_size: int = 1) -> int:
    """A stock item (migration 0027): a formulary drug when ``drug_id`` is given, else a supply."""
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO stock_item (kind, drug_id, name, unit, pack_size, reorder_level) "
            "VALUES (:k, :d, :n, :u, :p, :r) RETURNING id"),
            {"k": "drug" if drug_id else "supply", "d": drug_id, "n": name, "u": unit, "p": pack_size,
             "r": reorder_level}).scalar_one())


def receive_stock(database: Any, item_id: int, location_id: int, batch: str, expiry: date, quantity: int,
                  unit_cost: str = "0.50") -> int:
    """Receive a batch as the owner through ``hms_stock_receive`` (the movement is written too); its id."""
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text("SELECT hms_stock_receive(:i, :l, :b, :e, :q, CAST(:c AS numeric), 'Test')"),
                                {"i": item_id, "l": location_id, "b": batch, "e": expiry, "q": quantity,
                                 "c": unit_cost}).scalar_one())


def seed_dashboard_day(database: Any) -> dict[str, int]:
    """The Reports dashboard's known day (issue 12): six appointments today (one cancelled), one yesterday; a
    ward of three beds with two patients; one discharge today; deposits taken today (95.50: cash 75.50, card
    20.00); two stock items, one below its reorder level."""
    # Imported here: this block is appended by the Reports work, and the file's head is shared.
    from datetime import timedelta

    from helpers import TODAY, YESTERDAY, at

    from hms_desktop.domain.staff import Group

    doctor = database.add_user(Group.DOCTOR)
    patients = [new_patient(database, f"Dash{n}", "Dee") for n in range(6)]
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        insert = text("INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at) "
                      "VALUES (:p, :d, :s, :s + interval '15 minutes', :status, :checked)")
        rows = [  # (patient, start, status, checked in at)
            (0, at(TODAY, 8), "completed", at(TODAY, 7, 50)),
            (1, at(TODAY, 8, 30), "no_show", None),
            (2, at(TODAY, 9, 30), "checked_in", at(TODAY, 9, 30)),  # waiting 30 min at 10:00
            (3, at(TODAY, 9, 45), "checked_in", at(TODAY, 9, 50)),  # waiting 10 min
            (4, at(TODAY, 11), "booked", None),
            (5, at(TODAY, 12), "cancelled", None),
            (0, at(YESTERDAY, 9), "completed", at(YESTERDAY, 8, 55)),
        ]
        for patient, starts, status, checked in rows:
            conn.execute(insert, {"p": patients[patient], "d": doctor_id, "s": starts, "status": status,
                                  "checked": checked})
        ward = conn.execute(text("INSERT INTO ward (name, floor) VALUES ('Dash ward', '1') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Bay 1') RETURNING id"),
                            {"w": ward}).scalar_one()
        beds = [conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, :l) RETURNING id"),
                             {"r": room, "l": f"D{n}"}).scalar_one() for n in range(3)]
        admit = text("INSERT INTO admission (patient_id, reason, admitted_at) VALUES (:p, 'Obs', :a) RETURNING id")
        for n, admitted in ((0, at(TODAY, 7)), (1, at(YESTERDAY, 15))):
            admission = conn.execute(admit, {"p": patients[n], "a": admitted}).scalar_one()
            conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at) VALUES (:a, :b, :s)"),
                         {"a": admission, "b": beds[n], "s": admitted})
        gone = conn.execute(admit, {"p": patients[2], "a": at(YESTERDAY, 10)}).scalar_one()
        conn.execute(text("UPDATE admission SET discharged_at = :d, disposition = 'home' WHERE id = :a"),
                     {"d": at(TODAY, 9), "a": gone})
        # The database stamps taken_at itself (now(), migration 0010): these are all "today".
        deposit = text("INSERT INTO deposit (patient_id, method, amount, reference) VALUES (:p, :m, :a, :r)")
        conn.execute(deposit, {"p": patients[0], "m": "cash", "a": "50.00", "r": None})
        conn.execute(deposit, {"p": patients[1], "m": "cash", "a": "25.50", "r": None})
        conn.execute(deposit, {"p": patients[1], "m": "card", "a": "20.00", "r": "4242"})
    store = new_stock_location(database, "Dash pharmacy")
    low = new_stock_item(database, "Dash gauze", unit="pack", reorder_level=10)
    plenty = new_stock_item(database, "Dash tape", unit="roll", reorder_level=2)
    receive_stock(database, low, store, "G1", TODAY + timedelta(days=300), 4)
    receive_stock(database, plenty, store, "T1", TODAY + timedelta(days=300), 5)
    return {"ward": ward, "low": low}
