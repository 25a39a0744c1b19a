"""Demo scheduling: specialties, doctor profiles, consulting rooms, weekly hours, leave, and three weeks of
appointments (last week, finished; the next two, booked), so the calendars look like a real clinic.

Called by ``services.demo`` on the owner's connection, inside its transaction, after the demo staff and
patients exist. Deterministic for a given database state (a seeded ``random.Random``); does nothing when
working hours already exist, so running the demo twice adds nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from hms_desktop.domain.scheduling import ACTIVE_STATUSES, AppointmentStatus, statuses_sql
from hms_desktop.services.settings import read_settings

SEED = 20261204
SESSIONS = ((time(9), time(12, 30)), (time(13, 30), time(17)))
WEEKDAYS = range(5)  # Monday to Friday
SLOT_MINUTES = 15
PAST_DAYS = 7
FUTURE_DAYS = 14
# Share of slots taken: a full week behind us, a filling diary ahead (fuller near today).
PAST_FILL = 0.7
NEAR_FILL, FAR_FILL = 0.65, 0.35
DECLINED = 4
DECLINE_REASONS = ("Please rebook with a colleague: outside my specialty", "On a course that day: please rebook",
                   "Needs a longer slot: please rebook as a new patient")
EXTRA_RESOURCES = (("Procedure room 1", "procedure_room"), ("Procedure room 2", "procedure_room"),
                   ("Ultrasound 1", "equipment"), ("ECG 1", "equipment"))
REASONS = {
    "new": ("Referral from GP", "New symptoms, first assessment", "Second opinion", "Abnormal test result"),
    "follow_up": ("Review of results", "Medication review", "Post-operative check", "Routine follow-up",
                  "Blood pressure review"),
    "procedure": ("Minor procedure", "Joint injection", "Skin biopsy", "Dressing change"),
}


@dataclass(frozen=True, slots=True)
class _Doctor:
    id: int
    title: str
    department: str | None
    department_id: int | None


def _doctors(conn: Connection) -> list[_Doctor]:
    rows = conn.execute(text("""
        SELECT s.id, s.title, d.name AS department, s.department_id
        FROM staff s LEFT JOIN department d ON d.id = s.department_id
        WHERE s.active AND 'hms_doctor' = ANY (hms_staff_groups(s.username))
        ORDER BY s.id
    """)).all()
    return [_Doctor(r.id, r.title, r.department, r.department_id) for r in rows]


def _time_zone(conn: Connection) -> ZoneInfo:
    try:
        return ZoneInfo(read_settings(conn).time_zone)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("Europe/London")


def _qualifications(title: str, rng: random.Random) -> str:
    if title.startswith("Consultant"):
        return rng.choice(("MB BS, FRCP", "MB ChB, FRCS", "MBBS, MD, FRCP", "MB BCh, PhD, FRCP"))
    return rng.choice(("MB BS, MRCP", "MB ChB, MRCS", "MBBS, MRCPCH", "MB BCh"))


def _setup(conn: Connection, doctors: list[_Doctor], rng: random.Random, today: date) -> dict[int, int]:
    """Specialties, profiles, rooms and weekly hours. Returns each doctor's consulting room."""
    for name in sorted({d.department for d in doctors if d.department}):
        conn.execute(text("INSERT INTO specialty (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"), {"n": name})
    specialty_ids: dict[str, int] = dict(conn.execute(text("SELECT name, id FROM specialty")).all())
    rooms: dict[int, int] = {}
    for number, doctor in enumerate(doctors, start=1):
        if doctor.department in specialty_ids:
            conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:s, :p) "
                              "ON CONFLICT DO NOTHING"), {"s": doctor.id, "p": specialty_ids[doctor.department]})
        consultant = doctor.title.startswith("Consultant")
        conn.execute(text("""
            INSERT INTO doctor_profile (staff_id, qualifications, registration_number, consultation_fee_code,
                                        availability_notes, slot_minutes)
            VALUES (:s, :q, :r, :f, :n, :m) ON CONFLICT (staff_id) DO NOTHING
        """), {"s": doctor.id, "q": _qualifications(doctor.title, rng),
               "r": f"GMC {7000000 + doctor.id * 7919 % 999983}",
               "f": "CONS" if consultant else "REG",
               "n": "Theatre list on alternate Wednesday afternoons." if consultant and number % 3 == 0 else "",
               # Radiology works in half-hour slots; everyone else in the hospital default.
               "m": 30 if doctor.department == "Radiology" else None})
        room = conn.execute(text("""
            INSERT INTO resource (name, kind, department_id) VALUES (:n, 'consulting_room', :d)
            ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id
        """), {"n": f"Consulting room {number}", "d": doctor.department_id}).scalar_one()
        rooms[doctor.id] = room
        conn.execute(text("INSERT INTO doctor_room (staff_id, resource_id) VALUES (:s, :r) ON CONFLICT DO NOTHING"),
                     {"s": doctor.id, "r": room})
        for weekday in WEEKDAYS:
            for starts, ends in SESSIONS:
                conn.execute(text("""
                    INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from)
                    VALUES (:s, :w, :a, :b, :r, :f)
                """), {"s": doctor.id, "w": weekday, "a": starts, "b": ends, "r": room,
                       "f": today - timedelta(days=90)})
    for name, kind in EXTRA_RESOURCES:
        conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, :k) ON CONFLICT (name) DO NOTHING"),
                     {"n": name, "k": kind})
    return rooms


def _exceptions(conn: Connection, doctors: list[_Doctor], tz: ZoneInfo, today: date) -> list[tuple[int, datetime,
                                                                                                   datetime]]:
    """A week of leave, a training afternoon and a day off: what a real diary has."""
    def at(day: date, wall: time) -> datetime:
        return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)

    next_monday = today + timedelta(days=7 - today.weekday())
    plan: list[tuple[int, datetime, datetime, str, str]] = []
    if len(doctors) > 2:
        plan.append((doctors[2].id, at(next_monday, time(0)), at(next_monday + timedelta(days=5), time(0)), "leave",
                     "Annual leave"))
    if len(doctors) > 6:
        thursday = next_monday + timedelta(days=3)
        plan.append((doctors[6].id, at(thursday, time(13)), at(thursday, time(17, 30)), "training",
                     "Resuscitation refresher course"))
    if len(doctors) > 10:
        wednesday = today + timedelta(days=(2 - today.weekday()) % 7 or 7)
        plan.append((doctors[10].id, at(wednesday, time(0)), at(wednesday + timedelta(days=1), time(0)), "other",
                     "Conference"))
    for staff_id, starts, ends, kind, note in plan:
        conn.execute(text("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind, note) "
                          "VALUES (:s, :a, :b, :k, :n)"), {"s": staff_id, "a": starts, "b": ends, "k": kind, "n": note})
    return [(staff_id, starts, ends) for staff_id, starts, ends, _k, _n in plan]


def _status(rng: random.Random, starts_at: datetime, ends_at: datetime, now: datetime) -> str:
    """What a clinic's diary looks like at ``now``: behind us, seen (a few did not come or cancelled);
    the appointment under way, in the room; the next three-quarters of an hour, some patients already
    waiting; the rest of today and the coming days, booked and confirmed, a few cancelled."""
    if ends_at <= now:
        return rng.choices(("completed", "no_show", "cancelled"), (85, 7, 8))[0]
    if starts_at <= now:
        return "in_consultation"
    if starts_at < now + timedelta(minutes=45):
        return rng.choices(("checked_in", "confirmed", "booked"), (50, 30, 20))[0]
    return rng.choices(("booked", "confirmed", "cancelled"), (55, 40, 5))[0]


def _times(rng: random.Random, status: str, starts_at: datetime, ends_at: datetime,
           now: datetime) -> dict[str, datetime | None]:
    """Check-in, call and completion times that fit the status and never lie in the future."""
    waiting = {AppointmentStatus.CHECKED_IN, AppointmentStatus.IN_CONSULTATION, AppointmentStatus.COMPLETED}
    checked_in = min(starts_at - timedelta(minutes=rng.randint(2, 25)), now - timedelta(minutes=rng.randint(1, 5)))
    called = min(starts_at + timedelta(minutes=rng.randint(0, 10)), now)
    return {"ci": checked_in if status in waiting else None,
            "ca": called if status in ("in_consultation", "completed") else None,
            "co": ends_at if status == "completed" else None}


def _decline_a_few(rng: random.Random, appointments: list[dict[str, object]], today: date, tz: ZoneInfo) -> None:
    """A handful of next week's bookings declined by their doctor, for reception to rebook: the list a
    desk works through is a few names, not a hundred."""
    candidates = [a for a in appointments if a["st"] in ("booked", "confirmed")
                  and 1 <= (a["s"].astimezone(tz).date() - today).days <= 7]  # type: ignore[attr-defined]
    for appointment in rng.sample(candidates, min(DECLINED, len(candidates))):
        appointment["st"] = "declined"
        appointment["why"] = rng.choice(DECLINE_REASONS)


def seed_demo_schedule(conn: Connection, *, now: datetime | None = None) -> int:
    """Fill the scheduling tables for the demo doctors; returns the number of appointments added."""
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM work_template)")).scalar():
        return 0
    doctors = _doctors(conn)
    if not doctors:
        return 0
    rng = random.Random(SEED)
    tz = _time_zone(conn)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = now.astimezone(tz).date()
    rooms = _setup(conn, doctors, rng, today)
    away = _exceptions(conn, doctors, tz, today)
    patients = list(conn.execute(text(
        "SELECT id FROM patient WHERE merged_into_id IS NULL ORDER BY id LIMIT 5000")).scalars())
    if not patients:
        return 0

    appointments: list[dict[str, object]] = []
    day = today - timedelta(days=PAST_DAYS)
    while day <= today + timedelta(days=FUTURE_DAYS):
        if day.weekday() not in WEEKDAYS:
            day += timedelta(days=1)
            continue
        # A patient comes at most once a day, so nobody is in two consulting rooms at once.
        free_patients = rng.sample(patients, len(patients))
        distance = (day - today).days
        fill = PAST_FILL if distance < 0 else NEAR_FILL if distance <= 3 else FAR_FILL
        for doctor in doctors:
            step = timedelta(minutes=30 if doctor.department == "Radiology" else SLOT_MINUTES)
            for starts, ends in SESSIONS:
                cursor = datetime.combine(day, starts, tzinfo=tz).astimezone(UTC)
                end = datetime.combine(day, ends, tzinfo=tz).astimezone(UTC)
                while cursor + step <= end and free_patients:
                    kind = rng.choices(("follow_up", "new", "procedure"), (60, 30, 10))[0]
                    length = step * (2 if kind != "follow_up" and cursor + 2 * step <= end else 1)
                    clash = any(s == doctor.id and a < cursor + length and cursor < b for s, a, b in away)
                    if rng.random() < fill and not clash:
                        status = _status(rng, cursor, cursor + length, now)
                        appointments.append({
                            "p": free_patients.pop(), "d": doctor.id, "s": cursor, "e": cursor + length, "k": kind,
                            "r": rng.choice(REASONS[kind]), "st": status,
                            **_times(rng, status, cursor, cursor + length, now),
                            "why": {"cancelled": "Patient unable to attend",
                                    "no_show": "Did not attend"}.get(status)})
                        cursor += length
                    else:
                        cursor += step
        day += timedelta(days=1)

    _decline_a_few(rng, appointments, today, tz)
    if appointments:
        # One batched statement (psycopg pipelines executemany), then every room booking in one INSERT … SELECT.
        conn.execute(text("""
            INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, kind, reason, status, cancel_reason,
                                     checked_in_at, called_at, completed_at)
            VALUES (:p, :d, :s, :e, :k, :r, :st, :why, :ci, :ca, :co)
        """), appointments)
        conn.execute(text(f"""
            INSERT INTO resource_booking (resource_id, appointment_id, starts_at, ends_at, purpose, cancelled)
            SELECT dr.resource_id, a.id, a.starts_at, a.ends_at, 'appointment',
                   a.status NOT IN {statuses_sql(ACTIVE_STATUSES)}
            FROM appointment a JOIN doctor_room dr ON dr.staff_id = a.doctor_id AND dr.resource_id = ANY (:rooms)
            WHERE NOT EXISTS (SELECT 1 FROM resource_booking b WHERE b.appointment_id = a.id)
            ORDER BY a.id
        """), {"rooms": list(rooms.values())})  # noqa: S608 (the enum's fixed names only)

    # A few patients hoping for an earlier slot.
    specialty_ids = list(conn.execute(text("SELECT id FROM specialty ORDER BY id")).scalars())
    for i, patient in enumerate(rng.sample(patients, min(6, len(patients)))):
        by_doctor = i % 2 == 0 or not specialty_ids
        conn.execute(text("""
            INSERT INTO waiting_list (patient_id, doctor_id, specialty_id, earliest, latest, note)
            VALUES (:p, :d, :s, :a, :b, :n)
        """), {"p": patient, "d": doctors[i % len(doctors)].id if by_doctor else None,
               "s": None if by_doctor else specialty_ids[i % len(specialty_ids)], "a": today,
               "b": today + timedelta(days=21) if i % 3 else None,
               "n": rng.choice(("Mornings only", "Can come at short notice", "Not on Fridays", ""))})
    return len(appointments)
