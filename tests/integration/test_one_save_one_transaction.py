"""One Save on a screen is one service call and one transaction (issue 10, item 7): when a later part of the
save is refused, nothing of the earlier parts is stored.

Covered: the doctors page (profile + specialties + rooms: ``doctors.save_doctor``), the doctor's hours dialog
(sessions and absences: ``doctors.save_hours``), the settings page (settings + specialty slot lengths +
reception reads reasons: ``settings.save_settings_page``) and the patient form (the patient + its card's plan
policy + its photo: ``patients.save_registration``).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from hms_desktop.domain.insurance import Category, Coverage, PayerDraft, PlanDraft, PolicyDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import doctors, insurance, patients, settings
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ServiceError, ValidationFailed


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


# --- the patient form: the patient, its card's plan policy and its photo (patients.save_registration) ---

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
OTHER_PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64
_families = itertools.count(1)


def family_name() -> str:
    """A surname no other test uses (letters only), so duplicate checks and counts stay this test's own."""
    tag = f"{next(_families):03d}" + uuid.uuid4().hex[:5]
    return "Onesave" + "".join(chr(ord("a") + int(c, 16)) for c in tag)


def card_draft(family: str, *, member: str = "OS-1", valid_from: date | None = date(2031, 1, 1),
               **more: Any) -> patients.PatientDraft:
    return patients.PatientDraft(family_name=family, given_name="Ona", sex="F", birth_date=date(1981, 2, 3),
                                 insurance=patients.InsuranceDraft(payer="One Save Care", member_number=member,
                                                                   valid_from=valid_from, valid_to=None),
                                 **more)


def rows_named(database, family: str) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM patient WHERE family_name = :f"),
                                {"f": family}).scalar_one())


@pytest.fixture(scope="module")
def desk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture(scope="module")
def plans(admin) -> tuple[int, int]:
    """(an open plan, a plan closed to new members)."""
    payer = insurance.create_payer(admin, PayerDraft(code="ONESAVE", name="One Save Care"))
    cover = {Category.CONSULTATION: Coverage(percent=Decimal(80))}
    open_plan = insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Open", coverage=cover))
    closed = insurance.create_plan(admin, PlanDraft(payer_id=payer.id, name="Closed", coverage=cover,
                                                    active=False))
    return open_plan.id, closed.id


def test_registration_with_plan_and_photo_stores_all_three_and_a_retry_stores_nothing_more(
        database, desk, plans) -> None:
    plan, _closed = plans
    family, request = family_name(), uuid.uuid4()
    wanted = card_draft(family)
    record = patients.save_registration(desk, wanted, request_id=request, plan_id=plan,
                                        photo=patients.Photo(PNG, "image/png"))
    [policy] = insurance.patient_policies(desk, record.id)
    assert (policy.plan_id, policy.member_number, policy.valid_from, policy.patient_insurance_id) == (
        plan, "OS-1", date(2031, 1, 1), record.insurance[0].id)
    assert patients.get_photo(desk, record.id) == PNG

    # The client gave up, but that attempt committed: the retry returns it and stores nothing a second time.
    again = patients.save_registration(desk, wanted, request_id=request, plan_id=plan,
                                       photo=patients.Photo(PNG, "image/png"))
    assert again.id == record.id and len(insurance.patient_policies(desk, record.id)) == 1
    # The form changed after the timeout (another photo, no plan): said, and nothing more stored.
    for plan_id, photo in ((plan, patients.Photo(OTHER_PNG, "image/png")), (None, patients.Photo(PNG, "image/png"))):
        with pytest.raises(Conflict, match=f"registered this patient as MRN {record.mrn}"):
            patients.save_registration(desk, wanted, request_id=request, plan_id=plan_id, photo=photo)
    assert patients.get_photo(desk, record.id) == PNG and len(insurance.patient_policies(desk, record.id)) == 1
    assert rows_named(database, family) == 1


def test_registration_every_problem_at_once_and_no_patient_row(database, desk, plans) -> None:
    _plan, closed = plans
    family = family_name()
    bad = card_draft(family, member="OS-2", email="not an address")
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, bad, plan_id=closed, photo=patients.Photo(b"GIF89a....", "image/png"),
                                   confirmed_new=True)
    assert set(refused.value.problems) == {"email", "plan", "photo"}
    assert "no longer takes new members" in refused.value.problems["plan"]
    assert "not a JPEG or PNG" in refused.value.problems["photo"]
    # A plan without the card's member number; a card that ended before the day it would start.
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, replace(bad, email=None, insurance=None), plan_id=closed,
                                   confirmed_new=True)
    assert refused.value.problems == {"plan": "Enter the member number on the card to link it to a plan."}
    ended = card_draft(family, valid_from=None)
    ended = replace(ended, insurance=replace(ended.insurance, valid_to=date(2020, 1, 1)))
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, ended, plan_id=plans[0], confirmed_new=True)
    assert set(refused.value.problems) == {"insurance.valid_from"}
    assert rows_named(database, family) == 0


def test_registration_duplicates_are_asked_after_the_checks(database, desk, plans) -> None:
    plan, _closed = plans
    family = family_name()
    patients.register(desk, card_draft(family, member="OS-3"), confirmed_new=True)
    with pytest.raises(ValidationFailed):  # the photo first: no question about a save that cannot happen
        patients.save_registration(desk, card_draft(family, member="OS-3"), plan_id=plan,
                                   photo=patients.Photo(b"", "image/png"))
    with pytest.raises(patients.PossibleDuplicates):
        patients.save_registration(desk, card_draft(family, member="OS-3"), plan_id=plan,
                                   photo=patients.Photo(PNG, "image/png"))
    assert rows_named(database, family) == 1


def test_registration_a_policy_refused_after_the_patient_was_written_leaves_no_row(
        database, desk, plans, monkeypatch) -> None:
    """The plan closed between the check and the insert (the check is made to miss it): the refusal comes
    after the patient, its card and its photo were written, and all of it is rolled back."""
    _plan, closed = plans
    family = family_name()
    checks: list[int] = []
    real = insurance.plan_refusal

    def misses_the_first_check(uow: Any, plan_id: int) -> str | None:
        checks.append(plan_id)
        return None if len(checks) == 1 else real(uow, plan_id)

    monkeypatch.setattr(insurance, "plan_refusal", misses_the_first_check)
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, card_draft(family, member="OS-4"), plan_id=closed,
                                   photo=patients.Photo(PNG, "image/png"), confirmed_new=True)
    assert refused.value.problems == {"plan": "This plan no longer takes new members. Choose another."}
    assert checks == [closed, closed]  # refused by the second check, made when the policy was inserted
    assert rows_named(database, family) == 0
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM patient_insurance WHERE member_number = 'OS-4'")
                            ).scalar_one() == 0


def test_update_an_overlapping_policy_refused_by_the_database_changes_nothing(desk, clerk, plans) -> None:
    plan, _closed = plans
    before = patients.register(desk, card_draft(family_name(), member="OS-5"), confirmed_new=True)
    # Billing recorded a policy on the same plan meanwhile: the exclusion constraint refuses the second.
    insurance.add_policy(clerk, PolicyDraft(patient_id=before.id, plan_id=plan, member_number="OLD-5",
                                            valid_from=date(2030, 1, 1)))
    policies = insurance.patient_policies(desk, before.id)
    changed = replace(before.draft, phone="07700 900555")
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, changed, patient_id=before.id, expected_version=before.version,
                                   plan_id=plan, photo=patients.Photo(PNG, "image/png"))
    assert set(refused.value.problems) == {"plan"}
    assert "already has a policy on this plan" in refused.value.problems["plan"]
    assert patients.get(desk, before.id) == before
    assert patients.get_photo(desk, before.id) is None
    assert insurance.patient_policies(desk, before.id) == policies

    # Without the plan the rest is saved, in one call too.
    saved = patients.save_registration(desk, changed, patient_id=before.id, expected_version=before.version,
                                       photo=patients.Photo(PNG, "image/png"))
    assert saved.version == before.version + 1 and saved.draft.phone == "+447700900555"
    assert patients.get_photo(desk, before.id) == PNG and insurance.patient_policies(desk, before.id) == policies


def test_update_a_refused_photo_or_a_stale_version_changes_nothing(desk, plans) -> None:
    plan, _closed = plans
    before = patients.register(desk, card_draft(family_name(), member="OS-6"), confirmed_new=True)
    changed = replace(before.draft, email="ona@example.org")
    with pytest.raises(ValidationFailed) as refused:
        patients.save_registration(desk, changed, patient_id=before.id, expected_version=before.version,
                                   plan_id=plan, photo=patients.Photo(PNG, "image/gif"))
    assert set(refused.value.problems) == {"photo"}
    with pytest.raises(patients.EditConflict) as stale:
        patients.save_registration(desk, changed, patient_id=before.id, expected_version=before.version - 1,
                                   plan_id=plan, photo=patients.Photo(PNG, "image/png"))
    assert stale.value.theirs == before
    assert patients.get(desk, before.id) == before
    assert patients.get_photo(desk, before.id) is None and insurance.patient_policies(desk, before.id) == ()


def test_update_links_once_and_a_card_without_start_keeps_its_policy(desk, plans, database) -> None:
    plan, _closed = plans
    before = patients.register(desk, card_draft(family_name(), member="OS-7", valid_from=None),
                               confirmed_new=True)
    linked = patients.save_registration(desk, before.draft, patient_id=before.id,
                                        expected_version=before.version, plan_id=plan)
    assert linked.version == before.version  # an unchanged patient: no new version for the policy alone
    [policy] = insurance.patient_policies(desk, before.id)
    # Linked on an earlier day (the card gives no start, so the policy started then): saving the form again
    # finds that policy instead of adding an overlapping one from today.
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE patient_policy SET valid_from = valid_from - 30 WHERE id = :id"),
                     {"id": policy.id})
    again = patients.save_registration(desk, replace(before.draft, email="ona7@example.org"),
                                       patient_id=before.id, expected_version=before.version, plan_id=plan)
    assert again.version == before.version + 1
    assert [p.id for p in insurance.patient_policies(desk, before.id)] == [policy.id]


def test_save_registration_permissions(database, plans) -> None:
    plan, _closed = plans
    for group in (Group.ADMIN, Group.DOCTOR):
        for ctx in database.logged_in(group):
            with pytest.raises(PermissionDenied):
                patients.save_registration(ctx, card_draft(family_name()), plan_id=plan, confirmed_new=True)


def test_link_registration_policy_alone_still_adds_once_and_refuses_an_overlap(desk, clerk, plans) -> None:
    """The step ``save_registration`` shares, as its own service call (one transaction of its own)."""
    plan, _closed = plans
    record = patients.register(desk, card_draft(family_name(), member="OS-8"), confirmed_new=True)
    wanted = PolicyDraft(patient_id=record.id, plan_id=plan, member_number="OS-8", valid_from=date(2031, 1, 1),
                         patient_insurance_id=record.insurance[0].id)
    first = insurance.link_registration_policy(desk, wanted)
    assert insurance.link_registration_policy(desk, wanted) == first
    with pytest.raises(Conflict, match="already has a policy on this plan"):
        insurance.link_registration_policy(clerk, replace(wanted, member_number="OS-8B"))
    assert insurance.patient_policies(desk, record.id) == (first,)
