"""Admissions and beds on a real PostgreSQL: admit, transfer, discharge, bed statuses, permissions.

The exclusion constraints are tested by writing to the tables directly, as the owner and as a
receptionist with any SQL tool would: the database refuses a double occupancy whoever asks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import psycopg
import pytest
from factories import new_patient
from helpers import TODAY
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards, users
from hms_desktop.services.admissions import ALREADY_ADMITTED, BedTaken
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed


@pytest.fixture(scope="module")
def wards(database) -> int:
    with database.owner.engine.begin() as conn:
        return demo_wards.seed_demo_wards(conn)


@pytest.fixture(scope="module")
def reception(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def doctor_username(database) -> str:
    return database.add_user(Group.DOCTOR, full_name="Dr Julia Hart")


@pytest.fixture(scope="module")
def doctor(database, doctor_username, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=doctor_username)


@pytest.fixture(scope="module")
def billing(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def admin(database, wards) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def free_bed(ctx: ServiceContext, *, bed_type: str | None = "general", skip: int = 0) -> admissions.BedDTO:
    return admissions.free_beds(ctx, bed_type=bed_type)[skip]


def board_bed(ctx: ServiceContext, bed_id: int) -> admissions.BedDTO:
    return next(b for w in admissions.bed_board(ctx) for b in w.beds if b.id == bed_id)


def bed_id_of(ctx: ServiceContext, ward: str, label: str) -> int:
    return next(b.id for w in admissions.bed_board(ctx) if w.name == ward for b in w.beds if b.label == label)


def open_stays(database, bed_id: int) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM bed_stay WHERE bed_id = :b AND ends_at IS NULL"),
                                {"b": bed_id}).scalar_one())


def staff_id(database, username: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())


# --- demo wards --------------------------------------------------------------------------------------------


def test_demo_wards_make_a_believable_board_once(database, wards, reception) -> None:
    assert wards == 60
    with database.owner.engine.begin() as conn:
        assert demo_wards.seed_demo_wards(conn) == 0  # wards exist: nothing added
    board = admissions.bed_board(reception)
    assert [w.name for w in board] == ["General Medicine A", "ICU", "Maternity", "Paediatrics", "Surgical B"]
    beds = [b for w in board for b in w.beds]
    assert len(beds) == 60
    assert {b.bed_type for b in beds} == {"general", "icu", "maternity", "isolation"}
    gm = next(w for w in board if w.name == "General Medicine A")
    assert gm.floor == "Level 2"
    # Natural order: bed 2 before bed 10, Bay 1 before Side room 1.
    assert [b.label for b in gm.beds][:11] == [str(n) for n in range(1, 12)]
    assert gm.beds[0].room == "Bay 1" and gm.beds[-1].room == "Side room 2"


def test_demo_beds_have_some_cleaning_and_out_of_service(database, reception) -> None:
    # Runs before any test below changes a bed.
    statuses = {(b.ward, b.label): b.status for w in admissions.bed_board(reception) for b in w.beds}
    for ward, label, status in demo_wards.DEMO_BED_STATUSES:
        assert statuses[(ward, label)] == status
    counts = {s: list(statuses.values()).count(s) for s in admissions.BED_STATUS_LABELS}
    assert counts == {"available": 55, "occupied": 0, "cleaning": 3, "out_of_service": 2}


# --- the main flow -----------------------------------------------------------------------------------------


def test_admit_transfer_discharge(database, reception, doctor_username) -> None:
    patient = new_patient(database, "Okafor", "Chidi")
    first, second = free_bed(reception), free_bed(reception, skip=1)
    doctor_id = staff_id(database, doctor_username)

    admission = admissions.admit(reception, patient, first.id, doctor_id=doctor_id,
                                 reason="  Community-acquired   pneumonia ", expected_days=5)
    assert admission.patient_name == "OKAFOR, Chidi"
    assert admission.reason == "Community-acquired pneumonia"
    assert admission.attending_doctor == "Dr Julia Hart"
    assert admission.expected_days == 5 and admission.is_open
    assert admission.bed is not None and admission.bed.id == first.id and admission.bed.status == "occupied"
    on_board = board_bed(reception, first.id)
    assert on_board.status == "occupied"
    assert on_board.patient_name == "OKAFOR, Chidi"
    assert on_board.patient_mrn == admission.patient_mrn
    assert on_board.admission_id == admission.id
    assert on_board.admitted_at == admission.admitted_at
    assert first.id not in {b.id for b in admissions.free_beds(reception)}
    assert admissions.current_admission(reception, patient) == admission

    moved = admissions.transfer(reception, admission.id, second.id)
    assert moved.bed is not None and moved.bed.id == second.id
    assert board_bed(reception, first.id).status == "cleaning"
    assert board_bed(reception, second.id).patient_name == "OKAFOR, Chidi"
    assert open_stays(database, first.id) == 0 and open_stays(database, second.id) == 1

    done = admissions.discharge(reception, admission.id, disposition="home",
                                summary="Treated with antibiotics.\nGP review in one week.  ")
    assert done.disposition == "home" and done.discharged_at is not None
    assert done.discharge_summary == "Treated with antibiotics.\nGP review in one week."
    assert done.bed is not None and done.bed.id == second.id and done.bed.status == "cleaning"
    assert board_bed(reception, second.id).status == "cleaning"
    assert admissions.current_admission(reception, patient) is None
    history = admissions.admissions_of(reception, patient)
    assert [a.id for a in history] == [admission.id]
    with database.owner.engine.connect() as conn:
        stays = conn.execute(text("SELECT bed_id, starts_at, ends_at FROM bed_stay WHERE admission_id = :a "
                                  "ORDER BY starts_at"), {"a": admission.id}).all()
    assert [s.bed_id for s in stays] == [first.id, second.id]
    assert stays[0].ends_at == stays[1].starts_at  # no gap and no overlap
    assert stays[1].ends_at == done.discharged_at

    # Readmitted later: the history lists both, newest first.
    admissions.set_bed_status(reception, second.id, "available")
    again = admissions.admit(reception, patient, second.id, doctor_id=None, reason="Fall", expected_days=None)
    assert [a.id for a in admissions.admissions_of(reception, patient)] == [again.id, admission.id]
    assert again.attending_doctor is None
    admissions.discharge(reception, again.id, disposition="against_advice", summary="")


def test_commits_notify_the_beds_channel(database, reception) -> None:
    patient = new_patient(database)
    bed = free_bed(reception)
    with database.connect_as(reception.user.username) as listener:
        listener.execute("LISTEN beds")
        admission = admissions.admit(reception, patient, bed.id, doctor_id=None, reason="Observation",
                                     expected_days=1)
        received = list(listener.notifies(timeout=3, stop_after=1))
    assert received and received[0].channel == "beds"
    admissions.discharge(reception, admission.id, disposition="home", summary="Well.")


# --- refusals ----------------------------------------------------------------------------------------------


def test_same_patient_cannot_be_admitted_twice(database, reception) -> None:
    patient = new_patient(database)
    admission = admissions.admit(reception, patient, free_bed(reception).id, doctor_id=None, reason="Chest pain",
                                 expected_days=2)
    with pytest.raises(Conflict) as refused:
        admissions.admit(reception, patient, free_bed(reception).id, doctor_id=None, reason="Again",
                         expected_days=None)
    assert str(refused.value) == ALREADY_ADMITTED
    admissions.discharge(reception, admission.id, disposition="referred", summary="Referred to cardiology.")


def test_an_occupied_bed_is_refused_with_bed_taken(database, reception) -> None:
    bed = free_bed(reception)
    first = admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Asthma",
                             expected_days=None)
    with pytest.raises(BedTaken) as refused:
        admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Asthma",
                         expected_days=None)
    assert "just taken" in str(refused.value) and "Choose another bed" in str(refused.value)
    assert open_stays(database, bed.id) == 1
    other = admissions.admit(reception, new_patient(database), free_bed(reception).id, doctor_id=None,
                             reason="Sepsis", expected_days=None)
    with pytest.raises(BedTaken):
        admissions.transfer(reception, other.id, bed.id)
    for admission in (first, other):
        admissions.discharge(reception, admission.id, disposition="home", summary="Recovered.")


def test_cleaning_and_out_of_service_beds_are_refused_in_words(database, reception) -> None:
    patient = new_patient(database)
    cleaning = bed_id_of(reception, "Surgical B", "3")
    broken = bed_id_of(reception, "Paediatrics", "5")
    admissions.set_bed_status(reception, cleaning, "cleaning")
    with pytest.raises(Conflict, match="Bed 3 \\(Surgical B, Bay 1\\) is waiting to be cleaned"):
        admissions.admit(reception, patient, cleaning, doctor_id=None, reason="Hernia", expected_days=1)
    with pytest.raises(Conflict, match="out of service"):
        admissions.admit(reception, patient, broken, doctor_id=None, reason="Hernia", expected_days=1)
    assert admissions.current_admission(reception, patient) is None


def test_bed_status_transitions(database, reception) -> None:
    bed = free_bed(reception, skip=2)
    assert admissions.set_bed_status(reception, bed.id, "cleaning").status == "cleaning"
    assert bed.id not in {b.id for b in admissions.free_beds(reception)}
    assert admissions.set_bed_status(reception, bed.id, "out_of_service",
                                     reason="Broken rail").status == "out_of_service"
    ready = admissions.set_bed_status(reception, bed.id, "available")
    assert ready.status == "available" and ready.id in {b.id for b in admissions.free_beds(reception)}
    with pytest.raises(ValidationFailed):
        admissions.set_bed_status(reception, bed.id, "occupied")  # follows from admitting, never set
    admission = admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Stroke",
                                 expected_days=10)
    with pytest.raises(Conflict, match="has a patient in it"):
        admissions.set_bed_status(reception, bed.id, "out_of_service", reason="Broken rail")
    admissions.discharge(reception, admission.id, disposition="deceased", summary="Died peacefully.")
    assert board_bed(reception, bed.id).status == "cleaning"
    with pytest.raises(NotFound):
        admissions.set_bed_status(reception, 999_999, "cleaning")


def test_transfer_and_discharge_refuse_what_makes_no_sense(database, reception) -> None:
    bed = free_bed(reception)
    admission = admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Gout",
                                 expected_days=None)
    with pytest.raises(ValidationFailed) as same:
        admissions.transfer(reception, admission.id, bed.id)
    assert "bed" in same.value.problems
    with pytest.raises(ValidationFailed) as bad:
        admissions.discharge(reception, admission.id, disposition="holiday", summary="x")
    assert "disposition" in bad.value.problems
    with pytest.raises(ValidationFailed) as missing:
        admissions.discharge(reception, admission.id, disposition="home", summary="   \n ")
    assert "summary" in missing.value.problems
    left = admissions.discharge(reception, admission.id, disposition="against_advice", summary="")
    assert left.discharge_summary is None
    with pytest.raises(Conflict, match="already been discharged"):
        admissions.discharge(reception, admission.id, disposition="home", summary="Twice")
    with pytest.raises(Conflict, match="already been discharged"):
        admissions.transfer(reception, admission.id, free_bed(reception).id)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"reason": "   "}, "reason"),
    ({"reason": "x" * 501}, "reason"),
    ({"expected_days": 400}, "expected_days"),
    ({"expected_days": -1}, "expected_days"),
])
def test_admission_input_is_checked(database, reception, kwargs, field) -> None:
    args = {"doctor_id": None, "reason": "Observation", "expected_days": 2} | kwargs
    with pytest.raises(ValidationFailed) as refused:
        admissions.admit(reception, new_patient(database), free_bed(reception).id, **args)
    assert field in refused.value.problems


def test_attending_doctor_must_be_an_active_doctor(database, reception, admin) -> None:
    clerk = database.add_user(Group.RECEPTION)
    gone = database.add_user(Group.DOCTOR, full_name="Dr Gone Away")
    users.set_active(admin, gone, False)
    for username, message in ((clerk, "from the list"), (gone, "deactivated")):
        with pytest.raises(ValidationFailed) as refused:
            admissions.admit(reception, new_patient(database), free_bed(reception).id,
                             doctor_id=staff_id(database, username), reason="Observation", expected_days=1)
        assert message in refused.value.problems["doctor"]
    names = {d.name for d in admissions.doctors(reception)}
    assert "Dr Julia Hart" in names and "Dr Gone Away" not in names
    assert all(d.name != f"Test {clerk}" for d in admissions.doctors(reception))
    hart = next(d for d in admissions.doctors(reception) if d.name == "Dr Julia Hart")
    assert hart.department == "Testing"


def test_a_merged_record_cannot_be_admitted(database, reception) -> None:
    survivor, duplicate = new_patient(database), new_patient(database)
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE patient SET merged_into_id = :s WHERE id = :d"), {"s": survivor, "d": duplicate})
    with pytest.raises(Conflict, match="merged into another"):
        admissions.admit(reception, duplicate, free_bed(reception).id, doctor_id=None, reason="x",
                         expected_days=None)


# --- the database refuses too ------------------------------------------------------------------------------


def test_overlapping_bed_stay_written_directly_is_refused_even_for_the_owner(database, reception) -> None:
    bed = free_bed(reception)
    admission = admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Fracture",
                                 expected_days=3)
    intruder = new_patient(database)
    with database.cluster.admin_connect(database.name) as conn:
        with pytest.raises(errors.ExclusionViolation) as refused, conn.transaction():
            other = conn.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'sneaky') RETURNING id",
                                 (intruder,)).fetchone()[0]
            conn.execute("INSERT INTO bed_stay (admission_id, bed_id) VALUES (%s, %s)", (other, bed.id))
        assert refused.value.diag.constraint_name == "ex_bed_stay_one_patient_per_bed"
        # A stay that starts in the past and would overlap the current one is refused too.
        with pytest.raises(errors.ExclusionViolation), conn.transaction():
            other = conn.execute("INSERT INTO admission (patient_id, reason, admitted_at) "
                                 "VALUES (%s, 'backdated', now() - interval '3 days') RETURNING id",
                                 (intruder,)).fetchone()[0]
            conn.execute("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) "
                         "VALUES (%s, %s, now() - interval '3 days', now() + interval '1 hour')", (other, bed.id))
        # The same patient twice at once, whoever writes it.
        with pytest.raises(errors.ExclusionViolation) as twice, conn.transaction():
            conn.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'twice')", (admission.patient_id,))
        assert twice.value.diag.constraint_name == "ex_admission_one_at_a_time"
    with database.connect_as(reception.user.username) as conn, pytest.raises(errors.ExclusionViolation), \
            conn.transaction():
        other = conn.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'sql tool') RETURNING id",
                             (intruder,)).fetchone()[0]
        conn.execute("INSERT INTO bed_stay (admission_id, bed_id) VALUES (%s, %s)", (other, bed.id))
    assert open_stays(database, bed.id) == 1
    admissions.discharge(reception, admission.id, disposition="home", summary="Cast on.")


def test_exclusion_violations_become_messages_for_people(database, reception) -> None:
    """When two writers pass the checks at once, the constraint decides; the names map to words."""
    bed = free_bed(reception)
    admission = admissions.admit(reception, new_patient(database), bed.id, doctor_id=None, reason="Burns",
                                 expected_days=3)
    intruder = new_patient(database)
    with pytest.raises(BedTaken), admissions._write_errors(), database.owner.engine.begin() as conn:
        other = conn.execute(text("INSERT INTO admission (patient_id, reason) VALUES (:p, 'x') RETURNING id"),
                             {"p": intruder}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id) VALUES (:a, :b)"), {"a": other, "b": bed.id})
    with pytest.raises(Conflict) as twice, admissions._write_errors(), database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO admission (patient_id, reason) VALUES (:p, 'x')"),
                     {"p": admission.patient_id})
    assert str(twice.value) == ALREADY_ADMITTED and not isinstance(twice.value, BedTaken)
    admissions.discharge(reception, admission.id, disposition="home", summary="Dressings.")


# --- who may do what ---------------------------------------------------------------------------------------


def test_doctors_and_billing_read_but_cannot_write(database, reception, doctor, billing) -> None:
    patient = new_patient(database)
    bed = free_bed(reception)
    admission = admissions.admit(reception, patient, bed.id, doctor_id=None, reason="Migraine", expected_days=1)
    for ctx in (doctor, billing):
        assert board_bed(ctx, bed.id).patient_id == patient
        assert admissions.free_beds(ctx)
        assert admissions.doctors(ctx)
        # Billing reads no clinical text (migration 0008): the reason is withheld, everything else the same.
        expected = admission if ctx is doctor else dataclasses.replace(admission, reason=None)
        assert admissions.current_admission(ctx, patient) == expected
        assert admissions.admissions_of(ctx, patient)[0].id == admission.id
        other_bed = free_bed(ctx).id
        with pytest.raises(PermissionDenied, match="admit"):
            admissions.admit(ctx, new_patient(database), other_bed, doctor_id=None, reason="x", expected_days=1)
        with pytest.raises(PermissionDenied):
            admissions.transfer(ctx, admission.id, other_bed)
        with pytest.raises(PermissionDenied):
            admissions.discharge(ctx, admission.id, disposition="home", summary="x")
        with pytest.raises(PermissionDenied):
            admissions.set_bed_status(ctx, other_bed, "cleaning")
    admissions.discharge(reception, admission.id, disposition="home", summary="Settled.")


@pytest.mark.parametrize("group", [Group.DOCTOR, Group.BILLING])
def test_the_database_refuses_writes_from_other_groups(database, reception, group) -> None:
    username = database.add_user(group)
    bed = free_bed(reception)
    patient = new_patient(database)
    with database.connect_as(username) as conn:
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'by hand')", (patient,))
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("UPDATE bed SET status = 'cleaning' WHERE id = %s", (bed.id,))
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("UPDATE bed_stay SET ends_at = now() WHERE ends_at IS NULL")
        # Reading is allowed.
        assert conn.execute("SELECT count(*) FROM bed_stay").fetchone() is not None


def test_reception_may_change_a_beds_status_but_not_rename_it(database, reception) -> None:
    bed = free_bed(reception)
    with database.connect_as(reception.user.username) as conn:
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("UPDATE bed SET label = 'X' WHERE id = %s", (bed.id,))
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("DELETE FROM bed_stay")


def test_admin_may_admit(database, admin) -> None:
    admission = admissions.admit(admin, new_patient(database), free_bed(admin).id, doctor_id=None,
                                 reason="Elective surgery", expected_days=2)
    assert admissions.discharge(admin, admission.id, disposition="home", summary="Day case.").disposition == "home"


def test_free_beds_by_type(reception) -> None:
    icu = admissions.free_beds(reception, bed_type="icu")
    assert icu and {b.bed_type for b in icu} == {"icu"} and {b.ward for b in icu} == {"ICU"}
    with pytest.raises(ValidationFailed):
        admissions.free_beds(reception, bed_type="hammock")


# --- demo admissions ---------------------------------------------------------------------------------------


def test_demo_admissions_fill_suitable_beds(database, reception) -> None:
    today = TODAY
    for i in range(40):
        new_patient(database, f"Child{i}", "Kid", sex="M", birth=today - timedelta(days=365 * 6 + i))
        new_patient(database, f"Mother{i}", "Mum", sex="F", birth=today - timedelta(days=365 * 29 + i))
        new_patient(database, f"Adult{i}", "Grown", sex="M", birth=today - timedelta(days=365 * 58 + i))
    free_before = len(admissions.free_beds(reception))
    with database.owner.engine.begin() as conn:
        added = demo_wards.admit_demo_patients(conn, 12)
    assert added == 12
    assert len(admissions.free_beds(reception)) == free_before - 12
    with database.owner.engine.connect() as conn:
        rows = conn.execute(text("""
            SELECT w.name AS ward, p.sex, date_part('year', age(p.birth_date)) AS age, a.reason,
                   a.admitted_at, s.starts_at
            FROM bed_stay s JOIN admission a ON a.id = s.admission_id JOIN patient p ON p.id = a.patient_id
            JOIN bed b ON b.id = s.bed_id JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id
            WHERE s.ends_at IS NULL AND a.reason <> 'Observation'
        """)).all()
    for row in rows:
        assert row.admitted_at == row.starts_at
        if row.ward == "Paediatrics":
            assert row.age is not None and row.age < 16
        elif row.ward == "Maternity":
            assert row.sex == "F" and 18 <= row.age <= 44
        elif row.age is not None:
            assert row.age >= 16
    with database.owner.engine.begin() as conn:
        assert demo_wards.admit_demo_patients(conn, 5) == 5  # more beds, other patients
        assert demo_wards.admit_demo_patients(conn, 0) == 0
    # The board reads them like any admission.
    occupied = [b for w in admissions.bed_board(reception) for b in w.beds if b.status == "occupied"]
    assert len(occupied) >= 17 and all(b.patient_name and b.patient_mrn and b.admitted_at for b in occupied)


def test_connection_errors_are_not_swallowed() -> None:
    # _write_errors passes ServiceErrors through and translates anything else.
    with pytest.raises(ValidationFailed), admissions._write_errors():
        raise ValidationFailed({"x": "y"})
    with pytest.raises(Conflict), admissions._write_errors():
        raise psycopg.errors.DeadlockDetected("deadlock")  # not a DBAPIError: goes through translate
