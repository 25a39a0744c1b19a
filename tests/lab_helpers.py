"""Lab test data made the short way (import as ``from lab_helpers import …``; tests/ is on sys.path): a doctor
and a walk-in encounter written as the owner, for tests about orders and results rather than encounters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from factories import new_patient
from sqlalchemy import text

from hms_desktop.domain.staff import Group


@dataclass(frozen=True)
class LabDoctor:
    login: str
    staff_id: int


def lab_doctor(database: Any, stem: str = "labdoc", full_name: str | None = None) -> LabDoctor:
    login = database.add_user(Group.DOCTOR, stem=stem, full_name=full_name)
    with database.owner.engine.connect() as conn:
        staff_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": login}).scalar_one()
    return LabDoctor(login=login, staff_id=int(staff_id))


def walk_in(database: Any, doctor: LabDoctor, patient_id: int) -> int:
    """A draft walk-in encounter of ``doctor`` with the patient."""
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO encounter (patient_id, doctor_id, kind) VALUES (:p, :d, 'walk_in') RETURNING id"),
            {"p": patient_id, "d": doctor.staff_id}).scalar_one())


def adult(database: Any, sex: str = "F", *, family: str | None = None, given: str = "Test") -> int:
    """A patient of 40 or so: the seeded ranges are for adults."""
    return new_patient(database, family, given, sex=sex, birth=date(1985, 6, 15))
