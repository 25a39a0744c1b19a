"""Demo clinical history: what a newcomer should find on opening a chart in the demo hospital.

For a few dozen patients (every patient in the demo doctor's diary today and the demo doctor's inpatients
first, then others): one to six signed encounters over the past months, each with a chief complaint, notes,
ICD-10 diagnoses and vital signs (some abnormal, so the flags show); allergies (penicillin severe,
sulfonamides moderate, peanuts, ...), "no known allergies" for others and nothing at all for the rest, so all
three allergy states are there; active problems, past illnesses and operations; and the consultation charge
each signed encounter makes (``hms_charge_encounter``, the fee code on the doctor's profile).

Called by ``services.demo`` on the owner's connection, inside its transaction, after the schedule exists
(``demo_schedule``). Rows are written as the table owner, which the author-forcing triggers leave alone
(``hms_database_sets_author`` / ``_defaults``), so each row names the demo doctor who wrote it and when.
Signed encounters are born signed: their diagnoses and vitals are inserted with the signed-encounter guard
switched off on those two tables for this transaction only (``ALTER TABLE … DISABLE TRIGGER`` is part of the
transaction; other sessions wait for our lock and never see it off). Every row is still audited one by one.

Deterministic for a given database state (a seeded ``random.Random``); does nothing when any encounter exists,
so running the demo twice adds nothing.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from hms_desktop.services.demo_schedule import SESSIONS, SLOT_MINUTES, _time_zone

SEED = 20261201
# Patients given a history: the demo doctor's diary today and inpatients first, topped up to this many.
HISTORY_PATIENTS = 48
MAX_ENCOUNTERS = 6
HISTORY_DAYS = 270  # older encounters spread over about nine months
DEMO_DOCTOR = "doctor"  # the account the README tells people to log in as


@dataclass(frozen=True, slots=True)
class Condition:
    """A reason to see a doctor, as a chart has it: what the patient says, what the doctor writes."""

    code: str                 # ICD-10 (WHO 2019), checked by tests/integration/test_demo.py
    complaint: str
    history: str
    examination: str
    assessment: str
    plan: str
    chronic: bool = False     # an active problem on the chart, and reviewed again at later visits
    vitals: str = "normal"    # which measurements are typical: normal, hypertensive, fever, tachy, asthma


CONDITIONS: tuple[Condition, ...] = (
    Condition("I10", "Blood pressure review",
              "Known hypertension. No headaches, chest pain or breathlessness. Home readings around 150/95.",
              "Heart sounds normal, no ankle oedema. Fundi not examined.",
              "Essential hypertension, not at target.",
              "Amlodipine 5 mg once daily, increase to 10 mg if still above target. Low-salt diet advice. "
              "Recheck blood pressure in 4 weeks; U&E before the next visit.",
              chronic=True, vitals="hypertensive"),
    Condition("E11.9", "Diabetes review",
              "Type 2 diabetes on metformin 1 g twice daily. Occasional thirst, no hypoglycaemia. Feet checked by "
              "the podiatrist in spring.",
              "Feet: pulses present, sensation intact to monofilament. BMI as measured.",
              "Type 2 diabetes, fair control (last HbA1c 58 mmol/mol).",
              "Continue metformin. Dietitian referral. HbA1c, lipids and urine ACR in 3 months. Annual eye "
              "screening booked.",
              chronic=True),
    Condition("J45.9", "Wheeze and night cough",
              "Asthma since childhood. Using salbutamol 4–5 times a week, woken by cough twice a week. No "
              "admissions. Non-smoker.",
              "Scattered expiratory wheeze, no accessory muscle use. Peak flow 380 L/min (best 460).",
              "Asthma, partly controlled.",
              "Start beclometasone 200 micrograms twice daily. Inhaler technique checked. Written asthma action "
              "plan given. Review in 6 weeks.",
              chronic=True, vitals="asthma"),
    Condition("E78.0", "Cholesterol result",
              "Total cholesterol 7.2 mmol/L on routine screening. Father had a heart attack at 58.",
              "No xanthelasma or tendon xanthomata.",
              "Pure hypercholesterolaemia; QRISK3 14 %.",
              "Atorvastatin 20 mg at night. Lifestyle advice. Lipids and ALT in 3 months.",
              chronic=True),
    Condition("K21.9", "Heartburn",
              "Burning behind the breastbone after meals and lying down for 2 months. No weight loss, dysphagia "
              "or vomiting.",
              "Abdomen soft, mild epigastric tenderness, no masses.",
              "Gastro-oesophageal reflux without alarm features.",
              "Omeprazole 20 mg daily for 8 weeks. Smaller evening meals, raise the head of the bed. Review if "
              "not settled.",
              chronic=True),
    Condition("M17.9", "Knee pain",
              "Both knees ache after walking, worse on stairs. Morning stiffness under 30 minutes.",
              "Crepitus in both knees, no effusion, full extension.",
              "Osteoarthritis of the knees.",
              "Paracetamol regularly, topical ibuprofen. Physiotherapy referral. Weight loss advice.",
              chronic=True),
    Condition("F32.9", "Low mood",
              "Low mood and poor sleep for 3 months since losing job. No thoughts of self-harm. PHQ-9 score 14.",
              "Appropriately dressed, good eye contact, low affect. No psychotic features.",
              "Moderate depressive episode.",
              "Talking therapies self-referral. Sertraline 50 mg daily discussed and started. Safety-net advice "
              "given. Review in 2 weeks.",
              chronic=True),
    Condition("I48.9", "Palpitations",
              "Irregular heartbeat noticed for a week, mild breathlessness on exertion. No chest pain or "
              "syncope.",
              "Irregularly irregular pulse. Heart sounds normal. Chest clear.",
              "Atrial fibrillation; CHA2DS2-VASc 3.",
              "ECG confirms AF. Bisoprolol 2.5 mg daily, apixaban 5 mg twice daily. Echocardiogram requested.",
              chronic=True, vitals="tachy"),
    Condition("J44.9", "Breathlessness",
              "Ex-smoker (40 pack-years). Breathless walking up one flight of stairs, morning cough with white "
              "sputum.",
              "Reduced air entry bilaterally, prolonged expiration. No peripheral oedema.",
              "COPD, MRC dyspnoea scale 3.",
              "Tiotropium once daily. Pulmonary rehabilitation referral. Flu and pneumococcal vaccines.",
              chronic=True, vitals="asthma"),
    Condition("E03.9", "Tiredness",
              "Tired for months, feels the cold, weight up 4 kg. TSH 9.8 mU/L, free T4 low.",
              "Dry skin, slow relaxing reflexes. No goitre.",
              "Primary hypothyroidism.",
              "Levothyroxine 50 micrograms daily. TSH in 6 weeks.",
              chronic=True),
    Condition("J06.9", "Sore throat and runny nose",
              "Four days of sore throat, blocked nose and cough. Eating and drinking. No breathlessness.",
              "Pharynx mildly red, no exudate. Ears normal. Chest clear.",
              "Viral upper respiratory tract infection.",
              "Fluids, paracetamol, rest. No antibiotics needed. Return if breathless or not better in a week.",
              vitals="fever"),
    Condition("N39.0", "Burning on passing urine",
              "Two days of dysuria and frequency. No loin pain, no vaginal discharge.",
              "Abdomen soft, mild suprapubic tenderness, no renal angle tenderness. Urine dip: nitrites and "
              "leucocytes positive.",
              "Uncomplicated lower urinary tract infection.",
              "Nitrofurantoin 100 mg modified-release twice daily for 3 days. Urine sent for culture.",
              vitals="fever"),
    Condition("M54.5", "Low back pain",
              "Low back pain since lifting boxes a week ago. No leg weakness, numbness or bladder symptoms.",
              "Paraspinal tenderness at L4–L5. Straight leg raise negative. Power and reflexes normal.",
              "Mechanical low back pain, no red flags.",
              "Keep active, ibuprofen 400 mg three times daily with food for a week. Physiotherapy self-referral.",
              ),
    Condition("G43.9", "Headaches",
              "One-sided throbbing headaches with nausea, twice a month, lasting a day. Worse with light.",
              "Neurological examination normal. Fundi normal.",
              "Migraine without aura.",
              "Sumatriptan 50 mg at onset. Headache diary. Review in 3 months.",
              ),
    Condition("A09.9", "Diarrhoea and vomiting",
              "Three days of watery diarrhoea and vomiting; partner had the same. Keeping fluids down now.",
              "Mildly dry mucous membranes, abdomen soft, active bowel sounds.",
              "Infective gastroenteritis, mild dehydration.",
              "Oral rehydration salts, stay off work for 48 hours after the last episode.",
              vitals="tachy"),
    Condition("R07.4", "Chest pain",
              "Sharp left-sided chest pain for 2 days, worse on deep breath and pressing. No breathlessness.",
              "Tender left costochondral junctions reproducing the pain. Chest clear. ECG normal.",
              "Musculoskeletal chest pain (costochondritis).",
              "Ibuprofen for a week. Return at once if the pain changes or breathlessness develops.",
              ),
    Condition("L20.9", "Itchy rash",
              "Itchy dry patches in the elbow creases for a month. Asthma and hay fever as a child.",
              "Dry erythematous lichenified patches in the antecubital fossae.",
              "Atopic eczema.",
              "Emollients liberally, hydrocortisone 1 % for flares for up to a week.",
              ),
)
CHRONIC = tuple(c for c in CONDITIONS if c.chronic)
ACUTE = tuple(c for c in CONDITIONS if not c.chronic)
# What brings a child to the doctor: colds, tummy bugs, eczema, asthma (no back pain or chest pain).
CHILD_CONDITIONS = tuple(c for c in CONDITIONS if c.code in ("J06.9", "A09.9", "L20.9", "J45.9", "N39.0"))

# (ICD-10 code or None for an operation, description, years ago at least, at most)
PAST_ILLNESSES: tuple[tuple[str, str], ...] = (
    ("J18.9", "Pneumonia, treated at home"), ("B01.9", "Chickenpox as a child"),
    ("S52.5", "Fractured left wrist after a fall, plaster for 6 weeks"), ("B27.9", "Glandular fever"),
    ("N39.0", "Recurrent urinary tract infections"), ("D50.9", "Iron deficiency anaemia, treated with iron"),
)
SURGERIES: tuple[str, ...] = (
    "Appendicectomy", "Laparoscopic cholecystectomy", "Tonsillectomy", "Right inguinal hernia repair",
    "Left total hip replacement", "Caesarean section", "Arthroscopy of the right knee", "Cataract extraction, left eye",
)
# (substance, drug class, reaction, severity)
ALLERGIES: tuple[tuple[str, str | None, str, str], ...] = (
    ("Penicillin", "Penicillins", "Anaphylaxis: throat swelling and collapse after amoxicillin", "severe"),
    ("Sulfonamide antibiotics", "Sulfonamides", "Widespread itchy rash after co-trimoxazole", "moderate"),
    ("Peanuts", None, "Lip swelling and hives", "severe"),
    ("Ibuprofen", "NSAIDs", "Wheeze within an hour of taking it", "moderate"),
    ("Codeine", "Opioids", "Vomiting and dizziness", "mild"),
    ("Latex", None, "Contact dermatitis from gloves", "mild"),
    ("Aspirin", "NSAIDs", "Urticaria", "moderate"),
)
# The demo wards' admission reasons (services.demo_wards.DEMO_REASONS) as ICD-10, for the ward-round note.
WARD_ROUND_CODES: dict[str, str] = {
    "Community-acquired pneumonia": "J18.9", "Exacerbation of COPD": "J44.1", "Decompensated heart failure": "I50.9",
    "Cellulitis of the left leg": "L03.1", "Urinary tract infection with confusion": "N39.0",
    "Diabetic ketoacidosis": "E11.1", "Fall at home, unable to mobilise": "R29.6", "Acute kidney injury": "N17.9",
    "Acute appendicitis": "K35.8", "Laparoscopic cholecystectomy": "K80.2", "Small bowel obstruction": "K56.7",
    "Inguinal hernia repair": "K40.9", "Fractured neck of femur": "S72.0", "Post-operative observation": "Z48.8",
    "Diverticulitis": "K57.3", "Spontaneous labour at term": "O80.0", "Induction of labour": "O48",
    "Elective caesarean section": "O82.0", "Pre-eclampsia monitoring": "O14.9", "Postnatal care": "Z39.0",
    "Septic shock": "A41.9", "Post-operative ventilation": "Z48.8", "Severe pneumonia, respiratory failure": "J18.9",
    "Multiple trauma": "T07", "Cardiac arrest, post-resuscitation care": "I46.9", "Bronchiolitis": "J21.9",
    "Asthma attack": "J45.9", "Gastroenteritis with dehydration": "A09.9", "Febrile convulsion": "R56.0",
    "Observation after head injury": "S06.0",
}
FOLLOW_UP_COMPLAINTS = ("Review", "Follow-up", "Results review", "Medication review")


@dataclass(frozen=True, slots=True)
class _Doctor:
    id: int
    username: str


@dataclass
class _Patient:
    id: int
    sex: str
    age: int
    doctor: _Doctor
    chronic: list[Condition] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Visit:
    at: datetime
    doctor: _Doctor
    appointment_id: int | None
    admission_id: int | None
    reason: str = ""  # an admission's reason, for the ward round
    # When it was signed: an appointment's completion (signing completes it), else a little after ``at``.
    signed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ClinicalSeed:
    """What ``seed_demo_clinical`` wrote."""

    patients: int
    encounters: int
    charges: int
    # The patients given a history, the demo doctor's of today first, and that doctor: the labs and
    # prescriptions of the demo (services/demo.py) go to the same patients.
    patient_ids: tuple[int, ...] = ()
    demo_doctor_id: int | None = None


def seed_demo_clinical(conn: Connection, *, now: datetime | None = None) -> ClinicalSeed:
    """Write the demo patients' clinical histories; nothing when any encounter exists already."""
    if conn.execute(text("SELECT EXISTS (SELECT 1 FROM encounter)")).scalar():
        return ClinicalSeed(0, 0, 0)
    doctors = [_Doctor(r.id, r.username) for r in conn.execute(text("""
        SELECT s.id, s.username FROM staff s
        WHERE s.active AND 'hms_doctor' = ANY (hms_staff_groups(s.username)) ORDER BY s.id"""))]
    if not doctors:
        return ClinicalSeed(0, 0, 0)
    rng = random.Random(SEED)
    tz = _time_zone(conn)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = now.astimezone(tz).date()
    patients = _choose_patients(conn, doctors, rng, tz, today)
    if not patients:
        return ClinicalSeed(0, 0, 0)
    writer = _Writer(conn, rng, tz, now, {d.id: d for d in doctors})
    # Signed encounters are inserted signed; their diagnoses and vitals go in under them with the guard off
    # for this transaction only (see the module's docstring). No try/finally: ALTER TABLE is transactional,
    # so a failure part-way rolls the switch back with the rows.
    for table in ("encounter_diagnosis", "vital"):
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER signed_guard"))
    for index, patient in enumerate(patients):
        writer.history(patient, index)
    writer.flush()
    for table in ("encounter_diagnosis", "vital"):
        conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER signed_guard"))
    charges = conn.execute(text(
        "SELECT count(charged) FROM (SELECT hms_charge_encounter(id) AS charged FROM encounter "
        "WHERE status = 'signed' ORDER BY id) signed"),
    ).scalar_one()
    demo = next((d for d in doctors if d.username == DEMO_DOCTOR), doctors[0])
    return ClinicalSeed(patients=len(patients), encounters=writer.encounter_count, charges=int(charges),
                        patient_ids=tuple(p.id for p in patients), demo_doctor_id=demo.id)


def _choose_patients(conn: Connection, doctors: list[_Doctor], rng: random.Random, tz: ZoneInfo,
                     today: date) -> list[_Patient]:
    """The demo doctor's patients of today (diary and ward) first, then other doctors' patients of today and
    last week, then any: a history wherever a newcomer is likely to look."""
    demo = next((d for d in doctors if d.username == DEMO_DOCTOR), doctors[0])
    by_id = {d.id: d for d in doctors}
    day_start = datetime.combine(today, time(0), tzinfo=tz)
    day_end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=tz)  # 23 or 25 hours on clock changes
    rows = conn.execute(text("""
        WITH today_list AS (
            SELECT a.patient_id, a.doctor_id, 0 AS rank, a.starts_at AS at FROM appointment a
            WHERE a.doctor_id = :demo AND a.starts_at >= :day AND a.starts_at < :day_end
            UNION ALL
            SELECT ad.patient_id, ad.attending_doctor_id, 1, ad.admitted_at FROM admission ad
            WHERE ad.attending_doctor_id = :demo AND ad.discharged_at IS NULL
            UNION ALL
            SELECT a.patient_id, a.doctor_id, 2, a.starts_at FROM appointment a
            WHERE a.starts_at >= :day - interval '7 days' AND a.starts_at < :day_end
              AND a.status IN ('completed', 'checked_in', 'in_consultation', 'confirmed', 'booked')
        )
        SELECT DISTINCT ON (t.patient_id) t.patient_id, t.doctor_id, t.rank, t.at, p.sex,
               extract(year FROM age(:today, p.birth_date))::int AS age
        FROM today_list t JOIN patient p ON p.id = t.patient_id
        WHERE p.merged_into_id IS NULL AND t.doctor_id IS NOT NULL
        ORDER BY t.patient_id, t.rank, t.at
    """), {"demo": demo.id, "day": day_start, "day_end": day_end, "today": today}).all()
    first = sorted((r for r in rows if r.rank < 2), key=lambda r: (r.rank, r.at, r.patient_id))
    others = sorted((r for r in rows if r.rank == 2), key=lambda r: r.patient_id)
    rng.shuffle(others)
    chosen = first + others[:max(0, HISTORY_PATIENTS - len(first))]
    if len(chosen) < HISTORY_PATIENTS:  # no schedule (a tiny demo): any patients
        have = {r.patient_id for r in chosen}
        chosen += [r for r in conn.execute(text("""
            SELECT p.id AS patient_id, :demo AS doctor_id, 3 AS rank, p.sex,
                   extract(year FROM age(:today, p.birth_date))::int AS age
            FROM patient p WHERE p.merged_into_id IS NULL ORDER BY p.id LIMIT :n
        """), {"demo": demo.id, "today": today, "n": HISTORY_PATIENTS * 2}) if r.patient_id not in have]
        chosen = chosen[:HISTORY_PATIENTS]
    return [_Patient(id=r.patient_id, sex=r.sex, age=r.age if r.age is not None else 40,
                     doctor=by_id.get(r.doctor_id, demo)) for r in chosen]


def _ward_round(reason: str) -> Condition:
    return Condition(WARD_ROUND_CODES[reason], "Ward round",
                     f"Admitted: {reason}. Comfortable overnight, eating and drinking, no new complaints.",
                     "Alert and oriented. Observations stable on the chart. Chest and abdomen examined.",
                     f"{reason}: improving.",
                     "Continue current treatment. Bloods tomorrow morning. Plan discharge when mobile and eating "
                     "normally; occupational therapy to assess.")


def _vitals(rng: random.Random, kind: str, patient: _Patient) -> dict[str, Any]:
    """One set of measurements that fits the condition; a few are abnormal so the chart's flags show."""
    adult = patient.age >= 16
    height = Decimal(rng.randint(150, 172) if patient.sex == "F" else rng.randint(162, 190)) if adult else \
        Decimal(max(60, 75 + patient.age * 6 + rng.randint(-5, 5)))
    if adult:
        bmi = rng.choice((21, 23, 25, 27, 29, 31, 34))
        weight = (Decimal(bmi) * (height / 100) ** 2).quantize(Decimal("0.1"))
    else:
        weight = Decimal(max(4, 3 + patient.age * 3 + rng.randint(-2, 3)))
    values: dict[str, Any] = {
        "temperature_c": Decimal(f"36.{rng.randint(4, 9)}"), "pulse_bpm": rng.randint(62, 88),
        "respiratory_rate": rng.randint(12, 18), "systolic_mmhg": rng.randint(112, 136),
        "diastolic_mmhg": rng.randint(68, 84), "spo2_percent": rng.randint(96, 99),
        "weight_kg": weight, "height_cm": height}
    if kind == "hypertensive":
        crisis = rng.random() < 0.2
        values["systolic_mmhg"] = rng.randint(182, 192) if crisis else rng.randint(142, 166)
        values["diastolic_mmhg"] = rng.randint(110, 118) if crisis else rng.randint(88, 102)
    elif kind == "fever":
        values["temperature_c"] = Decimal(f"{rng.choice((37, 38, 38, 39))}.{rng.randint(0, 8)}")
        values["pulse_bpm"] = rng.randint(88, 108)
    elif kind == "tachy":
        values["pulse_bpm"] = rng.randint(104, 136)
    elif kind == "asthma":
        values["spo2_percent"] = rng.randint(90, 95)
        values["respiratory_rate"] = rng.randint(18, 24)
    if not adult:
        values.pop("systolic_mmhg")
        values.pop("diastolic_mmhg")
    return values


class _Writer:
    """Collects a patient's rows as it goes and writes them at the end: encounters one INSERT … RETURNING each
    (their ids key the rest), every other table in one batched statement (psycopg pipelines executemany)."""

    def __init__(self, conn: Connection, rng: random.Random, tz: ZoneInfo, now: datetime,
                 doctors: dict[int, _Doctor]) -> None:
        self.conn, self.rng, self.tz, self.now, self.doctors = conn, rng, tz, now, doctors
        self.today = now.astimezone(tz).date()
        self.encounter_count = 0
        self._allergies: list[dict[str, Any]] = []
        self._none_known: list[dict[str, Any]] = []
        self._problems: list[dict[str, Any]] = []
        self._children: list[tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]] = []
        self._doctor_slots: set[tuple[int, date, int]] = set()

    # --- one patient ---

    def history(self, patient: _Patient, index: int) -> None:
        rng = self.rng
        adult = patient.age >= 18
        wanted = 1 + (rng.randint(0, 2) if not adult else rng.randint(0, 3) if patient.age < 45 else rng.randint(1, 4))
        patient.chronic = rng.sample(CHRONIC, k=min(len(CHRONIC), rng.choice((0, 1, 1, 2, 2, 3)))) if adult else []
        visits = self._visit_times(patient, min(MAX_ENCOUNTERS, wanted + (1 if index < 4 else 0)))
        first_seen = visits[0].at if visits else self.now - timedelta(days=30)
        self._allergy_state(patient, index, first_seen)
        self._past(patient, first_seen)
        for number, visit in enumerate(visits):
            if visit.admission_id is not None:
                self._encounter(patient, _ward_round(visit.reason), visit, follow_up=False)
                continue
            if patient.chronic and (number > 0 or rng.random() < 0.6) and rng.random() < 0.7:
                condition = rng.choice(patient.chronic)
                follow_up = number > 0 and rng.random() < 0.6
            else:
                condition = rng.choice(ACUTE if adult else CHILD_CONDITIONS)
                follow_up = False
            self._encounter(patient, condition, visit, follow_up=follow_up)

    def _visit_times(self, patient: _Patient, count: int) -> list[_Visit]:
        """Past completed appointments of the last week (linked), a ward round for an inpatient, and older
        visits as completed appointments on weekdays in clinic hours, oldest first."""
        visits: list[_Visit] = []
        recent = self.conn.execute(text("""
            SELECT a.id, a.doctor_id, coalesce(a.called_at, a.starts_at) AS at, a.completed_at FROM appointment a
            WHERE a.patient_id = :p AND a.status = 'completed' AND a.starts_at <= :now
              AND NOT EXISTS (SELECT 1 FROM encounter e WHERE e.appointment_id = a.id)
            ORDER BY a.starts_at DESC LIMIT 2
        """), {"p": patient.id, "now": self.now}).all()
        for row in recent:
            visits.append(_Visit(row.at, self.doctors.get(row.doctor_id, patient.doctor), row.id, None,
                                 signed_at=row.completed_at))
        stay = self.conn.execute(text("""
            SELECT id, attending_doctor_id, admitted_at, reason FROM admission
            WHERE patient_id = :p AND discharged_at IS NULL AND attending_doctor_id IS NOT NULL
        """), {"p": patient.id}).one_or_none()
        if stay is not None:
            round_at = self._ward_round_time(stay.admitted_at)
            if round_at < self.now - timedelta(minutes=40) and stay.reason in WARD_ROUND_CODES:
                visits.append(_Visit(round_at, self.doctors.get(stay.attending_doctor_id, patient.doctor), None,
                                     stay.id, stay.reason))
        older = max(0, count - len(visits))
        days = sorted({self.rng.randint(14, HISTORY_DAYS) for _ in range(older)}, reverse=True)
        for ago in days:
            day = self.today - timedelta(days=ago)
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            visits.append(self._book_past(patient, day))
        visits.sort(key=lambda v: v.at)
        return visits

    def _ward_round_time(self, admitted_at: datetime) -> datetime:
        """This morning's round (09:30) if the patient was in by then and it is past, else yesterday's, else
        two hours after admission."""
        for days_ago in (0, 1):
            at = datetime.combine(self.today - timedelta(days=days_ago), time(9, 30), tzinfo=self.tz)
            if admitted_at + timedelta(hours=1) <= at <= self.now - timedelta(minutes=40):
                return at.astimezone(UTC)
        return admitted_at + timedelta(hours=2)

    def _book_past(self, patient: _Patient, day: date) -> _Visit:
        """A completed appointment with the patient's doctor that day: the encounter links to it (kind
        "appointment"), and the overview's recent visits show it."""
        doctor = patient.doctor
        slots = [n for n in range(28) if (doctor.id, day, n) not in self._doctor_slots]
        slot = self.rng.choice(slots) if slots else 0
        self._doctor_slots.add((doctor.id, day, slot))
        session_start, _ = SESSIONS[0] if slot < 14 else SESSIONS[1]
        starts = datetime.combine(day, session_start, tzinfo=self.tz) + \
            timedelta(minutes=SLOT_MINUTES * (slot % 14))
        ends = starts + timedelta(minutes=SLOT_MINUTES)
        appointment_id = self.conn.execute(text("""
            INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, kind, reason, status,
                                     checked_in_at, called_at, completed_at, created_at, created_by)
            VALUES (:p, :d, :s, :e, 'follow_up', 'Routine follow-up', 'completed', :ci, :s, :e, :made, 'reception')
            RETURNING id
        """), {"p": patient.id, "d": doctor.id, "s": starts, "e": ends, "ci": starts - timedelta(minutes=10),
               "made": starts - timedelta(days=14)}).scalar_one()
        return _Visit(starts.astimezone(UTC), doctor, int(appointment_id), None, signed_at=ends.astimezone(UTC))

    def _allergy_state(self, patient: _Patient, index: int, at: datetime) -> None:
        """The first patients of the demo doctor's day show every state; then about a third each."""
        rng = self.rng
        fixed = {0: "severe", 1: "none_known", 2: "not_recorded", 3: "moderate"}
        state = fixed.get(index) or rng.choices(("allergies", "none_known", "not_recorded"), (35, 35, 30))[0]
        who = patient.doctor.username
        recorded = at + timedelta(minutes=5)
        if state == "not_recorded":
            return
        if state == "none_known":
            self._none_known.append({"p": patient.id, "at": recorded, "by": who})
            return
        if state == "severe":
            chosen = [ALLERGIES[0]]
        elif state == "moderate":
            chosen = [ALLERGIES[1], ALLERGIES[2]]
        else:
            chosen = rng.sample(ALLERGIES, k=rng.choice((1, 1, 2)))
        for substance, drug_class, reaction, severity in chosen:
            # Now and then what the patient said at the desk, not yet confirmed by a doctor.
            reported = substance == "Peanuts" and rng.random() < 0.5
            self._allergies.append({
                "p": patient.id, "substance": substance, "drug_class": drug_class, "reaction": reaction,
                "severity": severity, "source": "patient" if reported else "clinician",
                "verification": "reported" if reported else "confirmed", "at": recorded,
                "by": "reception" if reported else who, "cat": None if reported else recorded,
                "cby": None if reported else who})

    def _past(self, patient: _Patient, at: datetime) -> None:
        rng = self.rng
        who = patient.doctor.username
        onset_floor = self.today - timedelta(days=365 * max(1, patient.age))
        for condition in patient.chronic:
            onset = self.today - timedelta(days=rng.randint(200, 365 * 8))
            # No description: the chart shows the ICD-10 wording ("Essential (primary) hypertension").
            self._problems.append({"p": patient.id, "kind": "problem", "code": condition.code,
                                   "description": "", "onset": max(onset, onset_floor),
                                   "status": "active", "at": at, "by": who})
        if patient.age >= 10 and rng.random() < 0.5:
            code, description = rng.choice(PAST_ILLNESSES)
            onset = self.today - timedelta(days=rng.randint(365, 365 * max(2, patient.age - 2)))
            self._problems.append({"p": patient.id, "kind": "past_illness", "code": code,
                                   "description": description, "onset": max(onset, onset_floor),
                                   "status": "resolved", "at": at, "by": who})
        if patient.age >= 18 and rng.random() < 0.4:
            surgery = rng.choice([s for s in SURGERIES if patient.sex == "F" or s != "Caesarean section"])
            onset = self.today - timedelta(days=rng.randint(365, 365 * max(2, patient.age - 16)))
            self._problems.append({"p": patient.id, "kind": "surgery", "code": None, "description": surgery,
                                   "onset": max(onset, onset_floor), "status": "resolved", "at": at, "by": who})

    def _encounter(self, patient: _Patient, condition: Condition, visit: _Visit, *, follow_up: bool) -> None:
        rng = self.rng
        at, doctor = visit.at, visit.doctor
        kind = "admission" if visit.admission_id is not None else "appointment"
        signed = visit.signed_at if visit.signed_at is not None and visit.signed_at > at else \
            at + timedelta(minutes=rng.randint(12, 35))
        if follow_up:
            complaint = f"{rng.choice(FOLLOW_UP_COMPLAINTS)}: {condition.complaint.lower()}"
            history = "Seen before for this. " + condition.history
        else:
            complaint, history = condition.complaint, condition.history
        secondary = [c.code for c in patient.chronic if c.code != condition.code and rng.random() < 0.5]
        encounter = {"p": patient.id, "d": doctor.id, "a": visit.appointment_id, "adm": visit.admission_id,
                     "kind": kind, "complaint": complaint, "history": history,
                     "examination": condition.examination, "assessment": condition.assessment,
                     "plan": condition.plan, "notes": "", "at": at, "signed": signed, "by": doctor.username}
        diagnoses = [{"code": condition.code, "primary": True, "at": signed, "by": doctor.username}]
        diagnoses += [{"code": code, "primary": False, "at": signed, "by": doctor.username} for code in secondary[:2]]
        vitals = {**_vitals(rng, condition.vitals, patient), "at": at + timedelta(minutes=3), "by": doctor.username}
        self._children.append((encounter, diagnoses, vitals))
        self.encounter_count += 1

    # --- writing ---

    def flush(self) -> None:
        conn = self.conn
        if self._children:
            ids = [conn.execute(text("""
                INSERT INTO encounter (patient_id, doctor_id, appointment_id, admission_id, kind, chief_complaint,
                                       history, examination, assessment, plan, notes, status, version, created_at,
                                       created_by, updated_at, updated_by, signed_at, signed_by)
                VALUES (:p, :d, :a, :adm, :kind, :complaint, :history, :examination, :assessment, :plan, :notes,
                        'signed', 3, :at, :by, :signed, :by, :signed, :by)
                RETURNING id
            """), encounter).scalar_one() for encounter, _d, _v in self._children]
            diagnoses = [{**d, "e": e} for e, (_enc, ds, _v) in zip(ids, self._children, strict=True) for d in ds]
            conn.execute(text("""
                INSERT INTO encounter_diagnosis (encounter_id, icd10_code, is_primary, created_at, created_by)
                VALUES (:e, :code, :primary, :at, :by)
            """), diagnoses)
            columns = ("temperature_c", "pulse_bpm", "respiratory_rate", "systolic_mmhg", "diastolic_mmhg",
                       "spo2_percent", "weight_kg", "height_cm")
            vitals = [{**{c: v.get(c) for c in columns}, "at": v["at"], "by": v["by"], "e": e}
                      for e, (_enc, _ds, v) in zip(ids, self._children, strict=True)]
            conn.execute(text(f"""
                INSERT INTO vital (encounter_id, measured_at, {', '.join(columns)}, created_at, created_by)
                VALUES (:e, :at, {', '.join(':' + c for c in columns)}, :at, :by)
            """), vitals)  # noqa: S608 (fixed column names)
        if self._allergies:
            conn.execute(text("""
                INSERT INTO allergy (patient_id, substance, drug_class, reaction, severity, status, source,
                                     verification, recorded_at, recorded_by, confirmed_at, confirmed_by, version)
                VALUES (:p, :substance, :drug_class, :reaction, :severity, 'active', :source, :verification,
                        :at, :by, :cat, :cby, 1)
            """), self._allergies)
        if self._none_known:
            conn.execute(text("INSERT INTO allergy_none_known (patient_id, recorded_at, recorded_by) "
                              "VALUES (:p, :at, :by)"), self._none_known)
        if self._problems:
            conn.execute(text("""
                INSERT INTO problem (patient_id, kind, icd10_code, description, onset, status, verification,
                                     created_at, created_by, version)
                VALUES (:p, :kind, :code, :description, :onset, :status, 'confirmed', :at, :by, 1)
            """), self._problems)


def condition_codes() -> Sequence[str]:
    """Every ICD-10 code the demo writes (for the test that checks them against the classification)."""
    return sorted({c.code for c in CONDITIONS} | {code for code, _ in PAST_ILLNESSES} | set(WARD_ROUND_CODES.values()))
