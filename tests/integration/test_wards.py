"""Wards and beds administration (issue 10, item 1; migration 0025): the service as an administrator, the
database's refusals whoever writes, the GRANTs per group, the "beds" notification, and the occupancy report
on known data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from factories import new_patient
from helpers import DEFAULT_PASSWORD, HOSPITAL_ZONE, TODAY, with_fixed_clock
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.domain.wards import BedDraft, WardDraft
from hms_desktop.services import admissions, wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, PermissionDenied, ValidationFailed


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    for ctx in database.logged_in(Group.ADMIN):
        yield with_fixed_clock(ctx)


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


def new_ward(admin: ServiceContext, name: str, *, beds: int = 6, prefix: str = "A") -> tuple[int, int]:
    """A ward with one room of ``beds`` beds; (ward id, room id)."""
    ward_id = wards.save_ward(admin, WardDraft(name=name, department_id=None, floor="Level 4"))
    room_id = wards.save_room(admin, "Bay 1", ward_id=ward_id)
    wards.add_beds(admin, room_id, prefix=prefix, first=1, count=beds)
    return ward_id, room_id


def tree_beds(admin: ServiceContext, room_id: int) -> list[wards.BedAdminDTO]:
    return [b for b in wards.ward_tree(admin).beds if b.room_id == room_id]


def test_a_new_ward_with_six_beds_is_on_the_bed_board(admin, reception) -> None:
    department = wards.save_department(admin, "  Renal   medicine ")
    ward_id = wards.save_ward(admin, WardDraft(name="Renal Unit", department_id=department, floor="Level 5"))
    room_id = wards.save_room(admin, "Bay 1", ward_id=ward_id)
    added = wards.add_beds(admin, room_id, prefix="A", first=1, count=6, bed_type="general")
    assert [b.label for b in added] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    tree = wards.ward_tree(admin)
    assert next(d for d in tree.departments if d.id == department).name == "Renal medicine"
    board = {w.name: w for w in admissions.bed_board(reception)}
    assert [b.label for b in board["Renal Unit"].beds] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert board["Renal Unit"].floor == "Level 5"
    free = {b.id for b in admissions.free_beds(reception)}
    assert {b.id for b in added} <= free


def test_add_beds_is_all_or_nothing(admin) -> None:
    _ward, room_id = new_ward(admin, "All Or Nothing", beds=3)
    with pytest.raises(Conflict, match="one of these labels"):
        wards.add_beds(admin, room_id, prefix="A", first=3, count=4)  # A3 exists: A4..A6 are not added either
    assert sorted(b.label for b in tree_beds(admin, room_id)) == ["A1", "A2", "A3"]
    with pytest.raises(ValidationFailed):
        wards.add_beds(admin, room_id, prefix="B", first=1, count=0)


def test_names_are_checked_in_words(admin) -> None:
    with pytest.raises(ValidationFailed) as empty:
        wards.save_ward(admin, WardDraft(name="   ", department_id=None))
    assert "Ward's name: required." in str(empty.value)
    wards.save_ward(admin, WardDraft(name="Twice", department_id=None))
    with pytest.raises(Conflict, match="already exists"):
        wards.save_ward(admin, WardDraft(name="Twice", department_id=None))


def test_a_stale_save_names_who_changed_it(database, admin) -> None:
    ward_id, _room = new_ward(admin, "Stale Ward", beds=1)
    ward = next(w for w in wards.ward_tree(admin).wards if w.id == ward_id)
    other_name = database.add_user(Group.ADMIN, stem="otheradmin")
    other = database.login(other_name)
    try:
        wards.save_ward(other, WardDraft(name="Stale Ward East", department_id=None), ward_id=ward_id,
                        version=ward.version)
        with pytest.raises(Conflict, match=f"by {other_name}"):
            wards.save_ward(admin, WardDraft(name="Stale Ward West", department_id=None), ward_id=ward_id,
                            version=ward.version)
    finally:
        other.db.dispose()
    assert next(w for w in wards.ward_tree(admin).wards if w.id == ward_id).name == "Stale Ward East"


def test_retiring_an_occupied_ward_room_or_bed_is_refused(database, admin, reception) -> None:
    ward_id, room_id = new_ward(admin, "Busy Ward", beds=2)
    bed = tree_beds(admin, room_id)[0]
    patient = new_patient(database, "Busy", "Patient")
    admissions.admit(reception, patient, bed.id, doctor_id=None, reason="Observation", expected_days=None)
    tree = wards.ward_tree(admin)
    ward = next(w for w in tree.wards if w.id == ward_id)
    room = next(r for r in tree.rooms if r.id == room_id)
    bed = next(b for b in tree.beds if b.id == bed.id)
    for kind, row_id, version in (("ward", ward_id, ward.version), ("room", room_id, room.version),
                                  ("bed", bed.id, bed.version)):
        with pytest.raises(Conflict, match="patient") as refused:
            wards.set_active(admin, kind, row_id, version, active=False)
        assert refused.value.sqlstate == "HM046"  # type: ignore[attr-defined]
    # The empty bed can go; it leaves the board and the free beds, and comes back when reactivated.
    empty = next(b for b in tree.beds if b.room_id == room_id and b.id != bed.id)
    wards.set_active(admin, "bed", empty.id, empty.version, active=False)
    assert empty.id not in {b.id for w in admissions.bed_board(reception) for b in w.beds}
    assert empty.id not in {b.id for b in admissions.free_beds(reception)}
    retired = next(b for b in tree_beds(admin, room_id) if b.id == empty.id)
    assert not retired.active
    with pytest.raises(Conflict, match="retired"):
        admissions.admit(reception, new_patient(database, "Retired", "Bed"), empty.id, doctor_id=None,
                         reason="x", expected_days=None)
    with pytest.raises(Conflict, match="retired"):
        admissions.set_bed_status(reception, empty.id, "cleaning")  # from a bed board not yet reloaded
    wards.set_active(admin, "bed", empty.id, retired.version, active=True)
    assert empty.id in {b.id for b in admissions.free_beds(reception)}


def test_the_database_refuses_what_the_service_would(database, admin) -> None:
    ward_id, room_id = new_ward(admin, "Guarded Ward", beds=1)
    department = wards.save_department(admin, "Guarded Department")
    tree = wards.ward_tree(admin)
    ward = next(w for w in tree.wards if w.id == ward_id)
    wards.save_ward(admin, WardDraft(name="Guarded Ward", department_id=department), ward_id=ward_id,
                    version=ward.version)
    dep = next(d for d in wards.ward_tree(admin).departments if d.id == department)
    with pytest.raises(Conflict, match="still has wards") as in_use:
        wards.set_active(admin, "department", department, dep.version, active=False)
    assert in_use.value.sqlstate == "HM047"  # type: ignore[attr-defined]
    room = next(r for r in tree.rooms if r.id == room_id)
    wards.set_active(admin, "room", room_id, room.version, active=False)
    with pytest.raises(Conflict, match="retired") as under_retired:
        wards.add_beds(admin, room_id, prefix="X", first=1, count=1)
    assert under_retired.value.sqlstate == "HM048"  # type: ignore[attr-defined]
    # Directly in SQL, as any tool would: an out-of-service bed takes no patient (HM049).
    bed = tree_beds(admin, room_id)[0]
    username = database.add_user(Group.RECEPTION)
    patient = new_patient(database, "Direct", "Insert")  # before the transaction: the audit chain is one queue
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE room SET active = true WHERE id = :r"), {"r": room_id})
        conn.execute(text("UPDATE bed SET status = 'out_of_service', out_of_service_reason = 'Broken' "
                          "WHERE id = :b"), {"b": bed.id})
        admission = conn.execute(text("INSERT INTO admission (patient_id, reason) VALUES (:p, 'x') RETURNING id"),
                                 {"p": patient}).scalar_one()
    with database.connect_as(username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO bed_stay (admission_id, bed_id) VALUES (%s, %s)", (admission, bed.id))
    assert refused.value.sqlstate == "HM049"


def test_out_of_service_needs_a_reason_and_comes_back_clean(admin, reception) -> None:
    _ward, room_id = new_ward(admin, "Repair Ward", beds=1)
    bed = tree_beds(admin, room_id)[0]
    with pytest.raises(ValidationFailed) as no_reason:
        wards.take_out_of_service(admin, bed.id, bed.version, reason="  ", expected_return=None)
    assert "Say why" in str(no_reason.value)
    with pytest.raises(ValidationFailed, match="past"):
        wards.take_out_of_service(admin, bed.id, bed.version, reason="Rail", expected_return=TODAY - timedelta(1))
    out = wards.take_out_of_service(admin, bed.id, bed.version, reason="Broken side rail",
                                    expected_return=TODAY + timedelta(days=3))
    assert (out.status, out.out_of_service_reason, out.out_of_service_until) == (
        "out_of_service", "Broken side rail", TODAY + timedelta(days=3))
    assert out.out_of_service_since is not None
    on_board = next(b for w in admissions.bed_board(reception) for b in w.beds if b.id == bed.id)
    assert (on_board.status, on_board.out_of_service_reason) == ("out_of_service", "Broken side rail")
    back = wards.return_to_service(admin, bed.id, out.version)
    assert (back.status, back.out_of_service_reason, back.out_of_service_until, back.out_of_service_since) == (
        "available", None, None, None)


def test_only_administrators_use_the_service(database, reception) -> None:
    with pytest.raises(PermissionDenied):
        wards.ward_tree(reception)
    with pytest.raises(PermissionDenied):
        wards.save_ward(reception, WardDraft(name="Nope", department_id=None))


def _refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING])
def test_other_groups_read_but_do_not_write(database, admin, group) -> None:
    _ward, room_id = new_ward(admin, f"Grants {group.value}", beds=1)
    bed = tree_beds(admin, room_id)[0]
    with database.connect_as(database.add_user(group)) as conn:
        for table in ("department", "ward", "room", "bed"):
            conn.execute(f"SELECT count(*) FROM {table}")
        _refused(conn, "INSERT INTO ward (name) VALUES ('Forged')")
        _refused(conn, "INSERT INTO department (name) VALUES ('Forged')")
        _refused(conn, "INSERT INTO room (ward_id, name) VALUES (%s, 'Forged')", (_ward,))
        _refused(conn, "UPDATE ward SET name = 'Forged' WHERE id = %s", (_ward,))
        _refused(conn, "UPDATE room SET active = false WHERE id = %s", (room_id,))
        _refused(conn, "UPDATE bed SET active = false WHERE id = %s", (bed.id,))
        _refused(conn, "DELETE FROM bed WHERE id = %s", (bed.id,))
        if group is Group.RECEPTION:  # the bed board's "Mark for cleaning" / "Mark ready" / "Mark out of service…"
            conn.execute("UPDATE bed SET status = 'cleaning', version = version + 1 WHERE id = %s", (bed.id,))
            conn.execute("UPDATE bed SET status = 'out_of_service', out_of_service_reason = 'x', "
                         "out_of_service_until = NULL WHERE id = %s", (bed.id,))  # migration 0029
        else:
            _refused(conn, "UPDATE bed SET status = 'cleaning' WHERE id = %s", (bed.id,))
            _refused(conn, "UPDATE bed SET out_of_service_reason = 'x' WHERE id = %s", (bed.id,))


def test_administrators_write_named_columns_and_the_database_says_who_and_when(database, admin) -> None:
    username = database.add_user(Group.ADMIN)
    with database.connect_as(username) as conn:
        ward = conn.execute("INSERT INTO ward (name, floor) VALUES ('SQL Ward', 'L1') RETURNING id, version, active, "
                            "created_at IS NOT NULL").fetchone()
        assert ward[1:] == (1, True, True)
        room = conn.execute("INSERT INTO room (ward_id, name) VALUES (%s, 'R') RETURNING id", (ward[0],)).fetchone()[0]
        bed = conn.execute("INSERT INTO bed (room_id, label) VALUES (%s, '1') RETURNING id", (room,)).fetchone()[0]
        conn.execute("UPDATE bed SET active = false, version = version + 1 WHERE id = %s", (bed,))
        assert conn.execute("SELECT retired_by, retired_at IS NOT NULL, updated_by, version FROM bed WHERE id = %s",
                            (bed,)).fetchone() == (username, True, username, 2)
        conn.execute("UPDATE bed SET active = true WHERE id = %s", (bed,))
        assert conn.execute("SELECT retired_by, retired_at FROM bed WHERE id = %s", (bed,)).fetchone() == (None, None)
        # Authors, times and retirement stamps are the database's: a client cannot even name them.
        _refused(conn, "INSERT INTO ward (name, created_at) VALUES ('Backdated', '2020-01-01')")
        _refused(conn, "UPDATE bed SET retired_at = now() WHERE id = %s", (bed,))
        _refused(conn, "UPDATE bed SET updated_by = 'someone' WHERE id = %s", (bed,))
        _refused(conn, "UPDATE bed SET out_of_service_since = now() WHERE id = %s", (bed,))
        _refused(conn, "UPDATE room SET ward_id = ward_id WHERE id = %s", (room,))
        # Nothing is deleted: retired instead.
        _refused(conn, "DELETE FROM bed WHERE id = %s", (bed,))
        _refused(conn, "DELETE FROM ward WHERE id = %s", (ward[0],))
        _refused(conn, "DELETE FROM department WHERE id = (SELECT min(id) FROM department)")


def test_changes_are_audited_without_the_free_text_reason(database, admin) -> None:
    _ward, room_id = new_ward(admin, "Audited Ward", beds=1)
    bed = tree_beds(admin, room_id)[0]
    wards.take_out_of_service(admin, bed.id, bed.version, reason="Patient-identifying words", expected_return=None)
    with database.owner.engine.connect() as conn:
        after = conn.execute(text("SELECT after FROM audit_log WHERE table_name = 'bed' AND row_key = :k "
                                  "ORDER BY id DESC LIMIT 1"), {"k": str(bed.id)}).scalar_one()
    assert after["status"] == "out_of_service"
    assert "out_of_service_reason" not in after


def test_a_change_through_the_service_notifies_the_beds_channel(database, admin) -> None:
    with database.connect_as(database.add_user(Group.RECEPTION)) as listener:
        listener.execute("LISTEN beds")
        wards.save_ward(admin, WardDraft(name="Notified Ward", department_id=None))
        notes = [n for n in listener.notifies(timeout=5, stop_after=1)]
    assert notes and notes[0].channel == "beds" and '"ward"' in notes[0].payload


def _local(day: date, hour: int) -> str:
    from datetime import datetime, time

    return datetime.combine(day, time(hour), tzinfo=HOSPITAL_ZONE).isoformat()


def test_occupancy_and_utilisation_on_known_data(database, admin) -> None:
    """Two beds all period and one retired mid-period; two stays. Nights 1-5 March 2026, counted at the
    hospital's midnights (2 Mar 00:00 … 6 Mar 00:00)."""
    march = date(2026, 3, 1)
    patients = [new_patient(database, f"Known{n}", "Patient") for n in range(2)]  # the audit chain is one queue
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name, created_at) VALUES ('Known Ward', :c) RETURNING id"),
                            {"c": _local(date(2026, 1, 1), 0)}).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Bay') RETURNING id"),
                            {"w": ward}).scalar_one()
        beds = [conn.execute(text("INSERT INTO bed (room_id, label, created_at) VALUES (:r, :l, :c) RETURNING id"),
                             {"r": room, "l": label, "c": _local(date(2026, 1, 1), 0)}).scalar_one()
                for label in ("1", "2", "3")]
        # Bed 3 retired at noon on 3 March: available on the nights ending 2 and 3 March only.
        conn.execute(text("UPDATE bed SET active = false, retired_at = :at WHERE id = :b"),
                     {"at": _local(march + timedelta(days=2), 12), "b": beds[2]})
        stays = (  # (bed, admitted, discharged): 3 nights each inside the period
            (beds[0], _local(march, 14), _local(march + timedelta(days=3), 10)),
            (beds[1], _local(march + timedelta(days=2), 20), _local(march + timedelta(days=5), 9)),
        )
        for patient, (bed, admitted, discharged) in zip(patients, stays, strict=True):
            admission = conn.execute(text(
                "INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition, "
                "discharge_summary) VALUES (:p, 'x', :a, :d, 'home', 'ok') RETURNING id"),
                {"p": patient, "a": admitted, "d": discharged}).scalar_one()
            conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) "
                              "VALUES (:a, :b, :s, :e)"), {"a": admission, "b": bed, "s": admitted, "e": discharged})
    report = wards.occupancy(admin, march, march + timedelta(days=4))
    row = next(w for w in report.wards if w.ward == "Known Ward")
    assert report.nights == 5
    assert (row.beds_in_service, row.bed_nights_available, row.bed_nights_occupied) == (2, 12, 6)
    assert row.utilisation == Decimal("50.0")
    assert (row.admissions, row.discharges) == (2, 1)  # the second patient left on 6 March, after the period
    assert row.average_stay_days == Decimal("2.8")  # 1 Mar 14:00 to 4 Mar 10:00
    with pytest.raises(ValidationFailed):
        wards.occupancy(admin, march, march - timedelta(days=1))


# The first occupancy query, kept as the oracle: every night compared with every stay (correct, but 365 x stays).
_NIGHTS_TIMES_STAYS = """
SELECT count(*) FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS n
JOIN bed_stay s ON s.starts_at <= ((n::date + 1)::timestamp AT TIME ZONE CAST(:tz AS text))
               AND (s.ends_at IS NULL OR s.ends_at > ((n::date + 1)::timestamp AT TIME ZONE CAST(:tz AS text)))
JOIN bed b ON b.id = s.bed_id JOIN room r ON r.id = b.room_id WHERE r.ward_id = :ward
"""


def test_occupied_nights_counted_per_stay_agree_with_every_night_against_every_stay(database, admin) -> None:
    """Stays starting and ending at, just before and just after the hospital's midnights, across the change to
    summer time (29 March 2026 in London), one still open: the per-stay count equals the night-by-night one."""
    import random
    from datetime import datetime, time

    rng = random.Random(20261202)
    patients = [new_patient(database, f"Census{n}", "Patient") for n in range(4)]  # before the owner's transaction
    with database.owner.engine.begin() as conn:
        ward = conn.execute(text("INSERT INTO ward (name, created_at) VALUES ('Census Ward', :c) RETURNING id"),
                            {"c": _local(date(2026, 1, 1), 0)}).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'Bay') RETURNING id"),
                            {"w": ward}).scalar_one()
        for number, patient in enumerate(patients):
            bed = conn.execute(text("INSERT INTO bed (room_id, label, created_at) VALUES (:r, :l, :c) RETURNING id"),
                               {"r": room, "l": f"C{number}", "c": _local(date(2026, 1, 1), 0)}).scalar_one()
            at = datetime.combine(date(2026, 3, 10), time(0), tzinfo=HOSPITAL_ZONE)
            for stay in range(8):
                starts = at + timedelta(hours=rng.choice((0, 1, 13, 23)), minutes=rng.choice((0, 0, 59)))
                ends = starts + timedelta(days=rng.randint(0, 4), hours=rng.choice((0, 1, 11)),
                                          minutes=rng.choice((0, 1)))
                ends = max(ends, starts + timedelta(days=1))  # a stay ends after it starts (a CHECK)
                still_in = number == 0 and stay == 7
                admission = conn.execute(text(
                    "INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition, "
                    "discharge_summary) VALUES (:p, 'x', :a, :d, :disp, :summary) RETURNING id"),
                    {"p": patient, "a": starts, "d": None if still_in else ends,
                     "disp": None if still_in else "home", "summary": None if still_in else "ok"}).scalar_one()
                conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) "
                                  "VALUES (:a, :b, :s, :e)"),
                             {"a": admission, "b": bed, "s": starts, "e": None if still_in else ends})
                at = ends + timedelta(hours=rng.choice((0, 5, 30)))
    for first, last in ((date(2026, 3, 20), date(2026, 4, 10)), (date(2026, 3, 28), date(2026, 3, 30)),
                        (date(2026, 3, 1), date(2026, 6, 30))):
        with database.owner.engine.connect() as conn:
            expected = conn.execute(text(_NIGHTS_TIMES_STAYS), {"first": first, "last": last, "ward": ward,
                                                                "tz": str(HOSPITAL_ZONE)}).scalar_one()
        row = next(w for w in wards.occupancy(admin, first, last).wards if w.ward == "Census Ward")
        assert expected > 0
        assert row.bed_nights_occupied == expected, (first, last)


def test_a_bed_is_relabelled_and_retyped_and_a_taken_label_is_refused(admin, reception) -> None:
    _ward, room_id = new_ward(admin, "Relabel Ward", beds=2)
    first, second = tree_beds(admin, room_id)
    saved = wards.save_bed(admin, BedDraft(label=" A1x ", bed_type="isolation"), bed_id=first.id,
                           version=first.version)
    assert (saved.label, saved.bed_type, saved.version) == ("A1x", "isolation", first.version + 1)
    on_board = next(b for w in admissions.bed_board(reception) for b in w.beds if b.id == first.id)
    assert (on_board.label, on_board.bed_type) == ("A1x", "isolation")
    with pytest.raises(Conflict, match="already has a bed labelled"):
        wards.save_bed(admin, BedDraft(label="A1x", bed_type="general"), bed_id=second.id, version=second.version)
    with pytest.raises(ValidationFailed):
        wards.save_bed(admin, BedDraft(label="A2", bed_type="hammock"), bed_id=second.id, version=second.version)


def test_retiring_a_ward_while_a_patient_is_admitted_to_it_waits_then_refuses(database, admin) -> None:
    """The guard locks the ward's beds before looking for patients: a retirement that starts while an admission
    to one of them is still open waits for it, then sees the patient (HM046) instead of retiring a full ward."""
    import threading

    ward_id, room_id = new_ward(admin, "Race Ward", beds=1)
    bed = tree_beds(admin, room_id)[0]
    patient = new_patient(database, "Race", "Patient")
    desk = psycopg.connect(**database.target.connect_kwargs(database.add_user(Group.RECEPTION), DEFAULT_PASSWORD))
    admin_conn = database.connect_as(database.add_user(Group.ADMIN))
    outcome: list[BaseException | None] = []
    try:
        desk.execute("SELECT id FROM bed WHERE id = %s FOR UPDATE", (bed.id,))
        admission = desk.execute("INSERT INTO admission (patient_id, reason) VALUES (%s, 'Race') RETURNING id",
                                 (patient,)).fetchone()[0]
        desk.execute("INSERT INTO bed_stay (admission_id, bed_id) VALUES (%s, %s)", (admission, bed.id))

        def retire() -> None:
            try:
                admin_conn.execute("UPDATE ward SET active = false WHERE id = %s", (ward_id,))
                outcome.append(None)
            except psycopg.Error as error:
                outcome.append(error)

        worker = threading.Thread(target=retire)
        worker.start()
        worker.join(1.0)
        assert worker.is_alive(), "the retirement did not wait for the open admission"
        desk.commit()
        worker.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], psycopg.Error)
        assert outcome[0].sqlstate == "HM046"
    finally:
        desk.close()
        admin_conn.close()
