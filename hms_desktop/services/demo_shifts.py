"""Demo cash shift (issue 9, items 8 and 10): the demo billing clerk gets one closed shift yesterday, so "My
shift" lists a past shift with a Z-report to reprint and the Revenue page shows yesterday's close. Written as the
database owner by ``hms demo`` (the lead wires ``add_demo_shift`` into ``services/demo.py``).

The shift holds only its float and its count: payments and deposits cannot be dated in the past
(``hms_payment_guard`` stamps ``taken_at`` with now() for every role), so money put into a shift dated
yesterday would appear in today's revenue. The count is 0.50 short of the float, with a note, to show what a
difference looks like. The close goes through ``hms_cash_shift_guard`` like any other: the database computes
the expected cash and the difference; the owner may give the closing time.
"""

from __future__ import annotations

from datetime import date, time, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import Connection, text

from hms_desktop.services.hospital_clock import from_hospital

DEMO_FLOAT = Decimal("150.00")
DEMO_COUNTED = Decimal("149.50")
DEMO_NOTE = "Fifty cents short: change given twice at the noon rush."


def add_demo_shift(conn: Connection, *, username: str, today: date, zone: tzinfo) -> int | None:
    """A closed shift for ``username`` yesterday, 08:00 to 17:30 on the hospital's clock; returns its id, or
    None when the login does not exist or already has a shift (running the demo again adds nothing)."""
    staff_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar()
    if staff_id is None or conn.execute(text("SELECT EXISTS (SELECT 1 FROM cash_shift WHERE staff_id = :s)"),
                                        {"s": staff_id}).scalar():
        return None
    yesterday = today - timedelta(days=1)
    shift_id = int(conn.execute(text(
        "INSERT INTO cash_shift (staff_id, opened_at, opening_float) VALUES (:s, :at, :f) RETURNING id"),
        {"s": staff_id, "at": from_hospital(yesterday, time(8, 0), zone), "f": DEMO_FLOAT}).scalar_one())
    conn.execute(text("UPDATE cash_shift SET counted_cash = :c, note = :n, closed_at = :at WHERE id = :id"),
                 {"c": DEMO_COUNTED, "n": DEMO_NOTE, "at": from_hospital(yesterday, time(17, 30), zone),
                  "id": shift_id})
    return shift_id
