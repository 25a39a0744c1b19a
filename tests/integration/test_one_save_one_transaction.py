"""One Save on a screen is one service call and one transaction (issue 10, item 7): when a later part of the
save is refused, nothing of the earlier parts is stored.

Covered: the doctors page (profile + specialties + rooms: ``doctors.save_doctor``), the doctor's hours dialog
(sessions and absences: ``doctors.save_hours``) and the settings page (settings + specialty slot lengths +
reception reads reasons: ``settings.save_settings_page``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, ServiceError


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def doctor(database) -> tuple[int, int, int]:
    """A doctor with a profile, one weekly session and one absence: (staff id, room id, specialty id)."""
    username = database.add_user(Group.DOCTOR, full_name="Dr Una Transaction")
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        conn.execute(text("INSERT INTO doctor_profile (staff_id, qualifications) VALUES (:s, 'MBBS')"),
                     {"s": staff_id})
        room = int(conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Room T1', 'consulting_room') "
                                     "RETURNING id")).scalar_one())
        specialty = int(conn.execute(text("INSERT INTO specialty (name) VALUES ('Transactions') RETURNING id"))
                        .scalar_one())
        conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id) "
                          "VALUES (:s, 0, '09:00', '12:00', :r)"), {"s": staff_id, "r": room})
        conn.execute(text("INSERT INTO schedule_exception (staff_id, starts_at, ends_at, kind, note) "
                          "VALUES (:s, now() + interval '30 days', now() + interval '31 days', 'leave', '')"),
                     {"s": staff_id})
    return staff_id, room, specialty


def test_a_refused_room_saves_neither_the_profile_nor_the_specialties(admin, doctor) -> None:
    staff_id, room, specialty = doctor
    before = doctors.get_profile(admin, staff_id)
    with pytest.raises(ServiceError):
        doctors.save_doctor(admin, staff_id, qualifications="MBBS, MRCP", availability_notes="Mornings",
                            expected_version=before.version, registration_number="GMC 1", consultation_fee_code=None,
                            slot_minutes=20, specialty_ids=[specialty], resource_ids=[room, 987654])
    after = doctors.get_profile(admin, staff_id)
    assert after == before
    assert after.qualifications == "MBBS" and after.specialties == () and after.slot_minutes is None

    saved = doctors.save_doctor(admin, staff_id, qualifications="MBBS, MRCP", availability_notes="Mornings",
                                expected_version=before.version, registration_number="GMC 1",
                                consultation_fee_code=None, slot_minutes=20, specialty_ids=[specialty],
                                resource_ids=[room])
    assert saved.qualifications == "MBBS, MRCP" and [s.id for s in saved.specialties] == [specialty]
    assert saved.rooms == ("Room T1",) and saved.version == before.version + 1


def test_save_doctor_is_for_administrators(database, doctor) -> None:
    staff_id, room, _specialty = doctor
    for ctx in database.logged_in(Group.DOCTOR):
        with pytest.raises(ServiceError):
            doctors.save_doctor(ctx, staff_id, qualifications="x", availability_notes="", expected_version=1,
                                registration_number=None, consultation_fee_code=None, slot_minutes=None,
                                specialty_ids=[], resource_ids=[room])


def test_hours_a_refused_part_leaves_the_sessions_and_absences_as_they_were(admin, doctor) -> None:
    staff_id, room, _specialty = doctor
    sessions = doctors.templates(admin, staff_id)
    absences = doctors.exceptions(admin, staff_id=staff_id)
    assert len(sessions) == 1 and len(absences) == 1
    starts = datetime.now(UTC) + timedelta(days=60)
    edit = doctors.HoursEdit(
        remove_sessions=((sessions[0].id, sessions[0].version),),
        add_sessions=(doctors.NewSession(1, time(13), time(17), resource_id=room),),
        remove_absences=(absences[0].id, 987654),  # the second was removed meanwhile
        add_absences=(doctors.NewAbsence(starts, starts + timedelta(days=1), "training"),))
    with pytest.raises(NotFound):
        doctors.save_hours(admin, staff_id, edit)
    assert doctors.templates(admin, staff_id) == sessions
    assert doctors.exceptions(admin, staff_id=staff_id) == absences

    # A room the database refuses (no such resource), after a removal: the removal is undone too.
    refused_room = replace(edit, remove_absences=(),
                           add_sessions=(doctors.NewSession(1, time(13), time(17), resource_id=987654),))
    with pytest.raises(ServiceError):
        doctors.save_hours(admin, staff_id, refused_room)
    assert doctors.templates(admin, staff_id) == sessions
    assert doctors.exceptions(admin, staff_id=staff_id) == absences

    # A session changed by someone else since the screen read it: nothing saved, a conflict.
    stale = replace(edit, remove_sessions=((sessions[0].id, sessions[0].version + 7),), remove_absences=())
    with pytest.raises(Conflict):
        doctors.save_hours(admin, staff_id, stale)
    assert doctors.templates(admin, staff_id) == sessions

    change = doctors.save_hours(admin, staff_id, replace(edit, remove_absences=(absences[0].id,)))
    assert change.affected == ()
    assert [(s.weekday, s.starts, s.ends) for s in doctors.templates(admin, staff_id)] == [(1, time(13), time(17))]
    assert [(a.kind, a.starts_at) for a in doctors.exceptions(admin, staff_id=staff_id)] == [("training", starts)]


def test_settings_page_a_removed_specialty_saves_no_setting(database, admin, doctor) -> None:
    _staff_id, _room, specialty = doctor
    before = settings.get_settings(admin)
    reads = settings.reception_reads_reasons(admin)
    wanted = replace(before, hospital_name="Renamed General")
    with pytest.raises(NotFound):
        settings.save_settings_page(admin, wanted, specialty_slot_minutes={specialty: 20, 987654: 30},
                                    reception_reads_reasons=not reads)
    assert settings.get_settings(admin) == before
    assert settings.reception_reads_reasons(admin) is reads

    try:
        saved = settings.save_settings_page(admin, wanted, specialty_slot_minutes={specialty: 20},
                                            reception_reads_reasons=not reads)
        assert saved.settings.hospital_name == "Renamed General"
        assert saved.reception_reads_reasons is (not reads)
        assert next(s.slot_minutes for s in saved.specialties if s.id == specialty) == 20
    finally:
        settings.save_settings_page(admin, before, specialty_slot_minutes={specialty: None},
                                    reception_reads_reasons=reads)


def test_settings_page_save_is_for_administrators(database) -> None:
    for ctx in database.logged_in(Group.RECEPTION):
        with pytest.raises(ServiceError):
            settings.save_settings_page(ctx, settings.get_settings(ctx), specialty_slot_minutes={},
                                        reception_reads_reasons=None)
