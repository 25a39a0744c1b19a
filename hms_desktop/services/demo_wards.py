"""Demo wards, rooms and beds, and a few admitted patients, so the bed board looks like a real day.

Called by ``services.demo`` on the owner's connection, inside its transaction. Both functions are
deterministic for a given database state (a seeded ``random.Random``) and safe to run twice:
``seed_demo_wards`` does nothing when wards exist, ``admit_demo_patients`` only uses free beds and
patients who are not in hospital.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

SEED = 20261130


@dataclass(frozen=True, slots=True)
class DemoRoom:
    name: str
    beds: int
    bed_type: str = "general"


@dataclass(frozen=True, slots=True)
class DemoWard:
    name: str
    floor: str
    department: str | None  # matched to ``department.name`` if that department exists
    rooms: tuple[DemoRoom, ...]
    # Which patients the ward takes (for demo admissions): "adult", "child", "maternity".
    takes: str = "adult"


def _bays(count: int, beds: int, bed_type: str = "general", *, first: int = 1) -> tuple[DemoRoom, ...]:
    return tuple(DemoRoom(f"Bay {n}", beds, bed_type) for n in range(first, first + count))


def _side_rooms(count: int, bed_type: str = "general", *, first: int = 1) -> tuple[DemoRoom, ...]:
    return tuple(DemoRoom(f"Side room {n}", 1, bed_type) for n in range(first, first + count))


# 60 beds in five wards; bed labels are numbered through each ward, as on a ward's whiteboard.
DEMO_WARDS: tuple[DemoWard, ...] = (
    DemoWard("General Medicine A", "Level 2", "General Medicine",
             _bays(4, 4) + _side_rooms(1) + _side_rooms(1, "isolation", first=2)),
    DemoWard("Surgical B", "Level 3", "Surgery", _bays(3, 4) + _side_rooms(2)),
    DemoWard("Maternity", "Level 1", "Obstetrics & Gynaecology",
             _bays(2, 4, "maternity") + _side_rooms(3, "maternity"), takes="maternity"),
    DemoWard("ICU", "Level 2", None,
             (*(DemoRoom(f"ICU bay {n}", 1, "icu") for n in range(1, 8)),
              DemoRoom("Isolation 1", 1, "isolation"))),
    DemoWard("Paediatrics", "Level 1", "Paediatrics",
             _bays(2, 3) + _side_rooms(2) + _side_rooms(1, "isolation", first=3), takes="child"),
)

# (ward, bed label, status): a normal morning has a few beds waiting for cleaning and one or two broken.
DEMO_BED_STATUSES: tuple[tuple[str, str, str], ...] = (
    ("General Medicine A", "7", "cleaning"),
    ("Surgical B", "3", "cleaning"),
    ("Maternity", "9", "cleaning"),
    ("General Medicine A", "16", "out_of_service"),
    ("Paediatrics", "5", "out_of_service"),
)

# Why the broken ones are out of service, and in how many days they should be back (None: nobody knows).
DEMO_OUT_OF_SERVICE: dict[tuple[str, str], tuple[str, int | None]] = {
    ("General Medicine A", "16"): ("Side rail broken; part ordered", 5),
    ("Paediatrics", "5"): ("Mattress replacement", None),
}

DEMO_REASONS: dict[str, tuple[str, ...]] = {
    "General Medicine A": ("Community-acquired pneumonia", "Exacerbation of COPD", "Decompensated heart failure",
                           "Cellulitis of the left leg", "Urinary tract infection with confusion",
                           "Diabetic ketoacidosis", "Fall at home, unable to mobilise", "Acute kidney injury"),
    "Surgical B": ("Acute appendicitis", "Laparoscopic cholecystectomy", "Small bowel obstruction",
                   "Inguinal hernia repair", "Fractured neck of femur", "Post-operative observation",
                   "Diverticulitis"),
    "Maternity": ("Spontaneous labour at term", "Induction of labour", "Elective caesarean section",
                  "Pre-eclampsia monitoring", "Postnatal care"),
    "ICU": ("Septic shock", "Post-operative ventilation", "Severe pneumonia, respiratory failure",
            "Multiple trauma", "Cardiac arrest, post-resuscitation care"),
    "Paediatrics": ("Bronchiolitis", "Asthma attack", "Gastroenteritis with dehydration",
                    "Febrile convulsion", "Observation after head injury"),
}


def seed_demo_wards(conn: Connection) -> int:
    """Create the demo wards, rooms and beds unless any ward exists; return the number of beds added."""
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM ward)")).scalar():
        return 0
    beds = 0
    # Demo wards, rooms and beds count as in service for a year before the day they are loaded, so the occupancy
    # report of the Wards and beds page has history for any recent period (0025: nights count from created_at).
    for ward in DEMO_WARDS:
        ward_id = conn.execute(text(
            "INSERT INTO ward (name, floor, department_id, created_at) "
            "VALUES (:name, :floor, (SELECT id FROM department WHERE lower(name) = lower(:department) AND active), "
            "now() - interval '1 year') RETURNING id"),
            {"name": ward.name, "floor": ward.floor, "department": ward.department or ""},
        ).scalar_one()
        number = 0
        for room in ward.rooms:
            room_id = conn.execute(text("INSERT INTO room (ward_id, name, created_at) "
                                        "VALUES (:w, :n, now() - interval '1 year') RETURNING id"),
                                   {"w": ward_id, "n": room.name}).scalar_one()
            for _ in range(room.beds):
                number += 1
                label = str(number)
                status = next((s for w, b, s in DEMO_BED_STATUSES if w == ward.name and b == label), "available")
                reason, days = DEMO_OUT_OF_SERVICE.get((ward.name, label), (None, None))
                conn.execute(text(
                    "INSERT INTO bed (room_id, label, bed_type, status, out_of_service_reason, out_of_service_until, "
                    "created_at) VALUES (:r, :l, :t, :s, :reason, current_date + CAST(:days AS integer), "
                    "now() - interval '1 year')"),
                    {"r": room_id, "l": label, "t": room.bed_type, "s": status, "reason": reason, "days": days})
                beds += 1
    return beds


def _age(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _fits(takes: str, sex: str, age: int | None) -> bool:
    if age is None:
        return takes == "adult"
    if takes == "child":
        return age < 16
    if takes == "maternity":
        return sex == "F" and 18 <= age <= 44
    return age >= 16


def admit_demo_patients(conn: Connection, count: int) -> int:
    """Admit up to ``count`` existing patients into free beds of suitable wards; return how many.

    Patients are children on Paediatrics, women of 18–44 on Maternity, adults elsewhere; each
    gets a doctor of the ward's department where there is one, a believable reason, and an
    admission some hours or days ago. Writes go straight to the tables (the owner's connection),
    so the exclusion constraints still guard every row.
    """
    if count <= 0:
        return 0
    rng = random.Random(SEED + count)
    beds = conn.execute(text("""
        SELECT b.id, w.name AS ward, w.department_id
        FROM bed b JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
        WHERE b.status = 'available' AND b.active
          AND NOT EXISTS (SELECT 1 FROM bed_stay s WHERE s.bed_id = b.id AND s.ends_at IS NULL)
        ORDER BY b.id
    """)).all()
    if not beds:
        return 0
    beds = list(beds)
    rng.shuffle(beds)
    low, high = conn.execute(text("SELECT min(id), max(id) FROM patient")).one()
    if low is None:
        return 0
    # Sample ids rather than ORDER BY random(): fast at a million patients, and deterministic.
    sample = sorted({rng.randint(low, high) for _ in range(max(200, count * 40))})
    today = conn.execute(text("SELECT current_date")).scalar_one()
    candidates = conn.execute(text("""
        SELECT p.id, p.sex, p.birth_date FROM patient p
        WHERE p.id = ANY (:ids) AND p.merged_into_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM admission a WHERE a.patient_id = p.id AND a.discharged_at IS NULL)
    """), {"ids": sample}).all()
    candidates = list(candidates)
    rng.shuffle(candidates)
    doctors = conn.execute(text("""
        SELECT id, department_id FROM staff
        WHERE active AND 'hms_doctor' = ANY (hms_staff_groups(username)) ORDER BY id
    """)).all()
    takes = {w.name: w.takes for w in DEMO_WARDS}
    used: set[int] = set()
    admitted = 0
    for bed in beds:
        if admitted >= count:
            break
        kind = takes.get(bed.ward, "adult")
        patient = next((p for p in candidates if p.id not in used
                        and _fits(kind, p.sex, _age(p.birth_date, today))), None)
        if patient is None:
            continue
        used.add(patient.id)
        ward_doctors = [d.id for d in doctors if d.department_id == bed.department_id and d.department_id]
        doctor = rng.choice(ward_doctors or [d.id for d in doctors] or [None])
        reason = rng.choice(DEMO_REASONS.get(bed.ward, DEMO_REASONS["General Medicine A"]))
        hours_ago = rng.randint(2, 24 * 9)
        expected = rng.choice((None, 1, 2, 3, 3, 5, 7, 10, 14))
        # After the end of anything this bed or this patient had before, so no range can overlap.
        conn.execute(text("""
            WITH moment AS (
                SELECT greatest(now() - make_interval(hours => :hours),
                                (SELECT max(ends_at) FROM bed_stay WHERE bed_id = :bed) + interval '1 minute',
                                (SELECT max(discharged_at) FROM admission WHERE patient_id = :patient)
                                    + interval '1 minute') AS at
            ), new_admission AS (
                INSERT INTO admission (patient_id, attending_doctor_id, reason, expected_days, admitted_at)
                SELECT :patient, :doctor, :reason, :expected, at FROM moment
                RETURNING id, admitted_at
            )
            INSERT INTO bed_stay (admission_id, bed_id, starts_at)
            SELECT id, :bed, admitted_at FROM new_admission
        """), {"hours": hours_ago, "bed": bed.id, "patient": patient.id, "doctor": doctor, "reason": reason,
               "expected": expected})
        admitted += 1
    return admitted
