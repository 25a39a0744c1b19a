"""Bed-day charges (migration 0023): the database counts the nights and writes them (``hms_accrue_bed_days``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.orm import Session

_ACCRUE = text("SELECT hms_accrue_bed_days(:p, :at)")
_NIGHTS = text("""
    SELECT n.id, n.admission_id, n.night, n.bed_id, c.id AS charge_id, c.status, c.description
    FROM bed_night n JOIN admission a ON a.id = n.admission_id
    LEFT JOIN charge c ON c.source_kind = 'bed_night' AND c.source_id = n.id
    WHERE a.patient_id = :p ORDER BY n.admission_id, n.night
""")


class BedDayRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    def accrue(self, patient_id: int | None, as_of: datetime) -> int:
        """Create the missing bed nights and their charges up to the last midnight before ``as_of`` (never
        later than the server's now); the number created."""
        return int(self._session.execute(_ACCRUE, {"p": patient_id, "at": as_of}).scalar_one())

    def nights(self, patient_id: int) -> Sequence[Row[Any]]:
        return self._session.execute(_NIGHTS, {"p": patient_id}).all()
