"""Which withheld columns this login may read, so a screen's query selects only those (migration 0008).

Billing may not read clinical text (admission reason and discharge summary, appointment reasons, a room
booking's purpose); reception reads appointment reasons and waiting-list notes only while the hospital
allows it; ``staff.last_login_at`` is for administrators. PostgreSQL checks column privileges when it plans
a statement, for every column named anywhere in it (a ``CASE`` does not help), so a query that names a
withheld column fails as a whole with "permission denied for column". The queries therefore put ``NULL``
in place of a column this login may not read, and the screens show "—".

What the login may read is asked of the database itself (``has_column_privilege``), not derived from its
groups: a person in two groups, the hospital's setting and a grant made by hand are all answered right.
One round trip, remembered for the rest of the ORM session (one unit of work); a bare connection asks
every time, because it outlives the transaction and the setting may change in between.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Connection, Text, cast, null, text
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class ReadableColumns:
    """One flag per withheld column (or pair of columns granted together)."""

    admission_reason: bool = True  # admission.reason
    discharge_summary: bool = True  # admission.discharge_summary
    appointment_reason: bool = True  # appointment.reason
    appointment_notes: bool = True  # appointment.overbook_reason and cancel_reason
    waiting_note: bool = True  # waiting_list.note
    booking_purpose: bool = True  # resource_booking.purpose
    last_login: bool = True  # staff.last_login_at


EVERYTHING = ReadableColumns()

# The flag's (table, column) as has_column_privilege is asked; appointment_notes asks for both.
_ASKED: dict[str, tuple[tuple[str, str], ...]] = {
    "admission_reason": (("admission", "reason"),),
    "discharge_summary": (("admission", "discharge_summary"),),
    "appointment_reason": (("appointment", "reason"),),
    "appointment_notes": (("appointment", "overbook_reason"), ("appointment", "cancel_reason")),
    "waiting_note": (("waiting_list", "note"),),
    "booking_purpose": (("resource_booking", "purpose"),),
    "last_login": (("staff", "last_login_at"),),
}

_QUERY = text("SELECT " + ", ".join(
    "(" + " AND ".join(f"has_column_privilege('{table}', '{column}', 'SELECT')" for table, column in asked)
    + f") AS {flag}" for flag, asked in _ASKED.items()))

_INFO_KEY = "hms_readable_columns"


def readable_columns(db: Session | Connection) -> ReadableColumns:
    """What the current login may read of the withheld columns (see the module's docstring)."""
    if isinstance(db, Session) and (known := db.info.get(_INFO_KEY)) is not None:
        return known  # type: ignore[no-any-return]
    row = db.execute(_QUERY).one()
    found = ReadableColumns(**{f.name: bool(getattr(row, f.name)) for f in fields(ReadableColumns)})
    if isinstance(db, Session):
        db.info[_INFO_KEY] = found
    return found


def text_or_null(column: Any, readable: bool) -> ColumnElement[Any]:
    """``column`` if the login may read it, else a typed NULL under the same name."""
    if readable:
        return column  # type: ignore[no-any-return]
    return cast(null(), Text).label(column.key)
