"""Catalogues on a real database (issue 10, item 2; migration 0026): lab tests, specialties, rooms and
equipment saved, changed at a version (a stale one refused), validated in the user's words, retired and
reactivated (never deleted); a retired test is not ordered; GRANTs connecting as each group: only
administrators write, and only the columns a client supplies."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import psycopg
import pytest
from helpers import fixed_clock
from lab_helpers import LabDoctor, adult, lab_doctor, walk_in
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.catalogues import LabTestDraft, ResourceDraft, SpecialtyDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import catalogues, doctors, labs, scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

_numbers = itertools.count(1)


def unique(stem: str) -> str:
    return f"{stem}{os.getpid() % 1000}{next(_numbers)}"


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def other_admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def lab_draft(**changes: object) -> LabTestDraft:
    values: dict[str, object] = {"code": unique("CT"), "name": "Catalogue test", "specimen": "Serum",
                                 "unit": "mmol/L"}
    values.update(changes)
    return LabTestDraft(**values)  # type: ignore[arg-type]


# --- lab tests -----------------------------------------------------------------------------------------


def test_a_lab_test_is_added_changed_at_its_version_and_the_database_says_who(admin, other_admin) -> None:
    added = catalogues.save_lab_test(admin, None, None, lab_draft(code=" ct-new" + unique(""), name="  Ferritin "))
    assert added.code.startswith("CT-NEW") and added.name == "Ferritin" and added.version == 1 and added.active
    assert added.changed_by == admin.user.full_name
    changed = catalogues.save_lab_test(other_admin, added.id, added.version,
                                       lab_draft(code=added.code, name="Ferritin, serum", unit="µg/L"))
    assert (changed.name, changed.unit, changed.version) == ("Ferritin, serum", "µg/L", 2)
    assert changed.changed_by == other_admin.user.full_name
    seeded = {t.code: t for t in catalogues.list_lab_tests(admin)}["HGB"]
    assert seeded.changed_by == "the system", "the migration's seed: no staff member, and no login name shown"
    with pytest.raises(Conflict, match="Someone else changed this test"):
        catalogues.save_lab_test(admin, added.id, added.version, lab_draft(code=added.code, name="Stale"))
    assert {t.id: t for t in catalogues.list_lab_tests(admin)}[added.id].name == "Ferritin, serum"


def test_a_lab_tests_code_and_kind_of_result_stay_as_created(admin) -> None:
    added = catalogues.save_lab_test(admin, None, None, lab_draft())
    changed = catalogues.save_lab_test(admin, added.id, added.version,
                                       lab_draft(code="OTHER", result_kind="text", unit=""))
    assert (changed.code, changed.result_kind) == (added.code, "numeric")


@pytest.mark.parametrize(("changes", "key", "message"), [
    ({"name": "  "}, "name", "Give the test a name."),
    ({"code": ""}, "code", "Give the test a short code, such as HGB."),
    ({"code": "-X"}, "code", "A test's code is letters and digits"),
    ({"specimen": ""}, "specimen", "Say which specimen the test needs, such as Serum."),
    ({"loinc_code": "7187"}, "loinc_code", "A LOINC code is digits, a dash and one check digit, such as 718-7."),
    ({"normal_text": "Negative"}, "normal_text", "Only a test with a text result has a normal answer"),
    ({"result_kind": "text", "unit": "g/L"}, "unit", "A test with a text result has no unit."),
    ({"name": "x" * 121}, "name", "Name: too long (at most 120 characters)."),
    ({"fee_code": "NO-SUCH-FEE"}, "fee_code", "There is no service with the fee code NO-SUCH-FEE"),
])
def test_a_lab_test_is_refused_in_words_beside_its_field(admin, changes, key, message) -> None:
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_lab_test(admin, None, None, lab_draft(**changes))
    assert refused.value.problems[key].startswith(message)


def test_a_code_taken_is_said_beside_the_code(admin) -> None:
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_lab_test(admin, None, None, lab_draft(code="HGB"))
    assert refused.value.problems == {"code": "Another test already has the code HGB."}


def test_a_retired_test_is_listed_only_when_asked_and_is_not_ordered(database, admin) -> None:
    added = catalogues.save_lab_test(admin, None, None, lab_draft(name="Retire me"))
    retired = catalogues.set_lab_test_active(admin, added.id, added.version, False)
    assert not retired.active and retired.version == added.version + 1
    assert added.id not in {t.id for t in catalogues.list_lab_tests(admin)}
    assert added.id in {t.id for t in catalogues.list_lab_tests(admin, include_retired=True)}
    with pytest.raises(Conflict):
        catalogues.set_lab_test_active(admin, added.id, added.version, True)  # stale
    doc: LabDoctor = lab_doctor(database, stem="catdoc")
    doctor = database.login(doc.login)
    doctor.clock = fixed_clock()
    try:
        assert added.code not in {t.code for t in labs.lab_catalogue(doctor)}
        encounter = walk_in(database, doc, adult(database))
        with pytest.raises(ValidationFailed):
            labs.order_labs(doctor, encounter, [added.code], "routine")
        # A client naming the retired test's id anyway: the database refuses (hms_lab_test_orderable, HM050).
        with database.connect_as(doc.login) as conn:
            order_id = conn.execute("INSERT INTO lab_order (encounter_id, urgency) VALUES (%s, 'routine') "
                                    "RETURNING id", (encounter,)).fetchone()[0]
            with pytest.raises(psycopg.Error) as refused:
                conn.execute("INSERT INTO lab_order_item (lab_order_id, lab_test_id) VALUES (%s, %s)",
                             (order_id, added.id))
            assert refused.value.sqlstate == "HM050"
        back = catalogues.set_lab_test_active(admin, added.id, retired.version, True)
        assert back.active
        assert labs.order_labs(doctor, encounter, [added.code], "routine").tests[0].test_code == added.code
    finally:
        doctor.db.dispose()


def test_only_administrators_use_the_catalogue_services(database) -> None:
    for group in (Group.DOCTOR, Group.RECEPTION, Group.BILLING):
        ctx = database.context_for(group)
        try:
            with pytest.raises(PermissionDenied):
                catalogues.save_lab_test(ctx, None, None, lab_draft())
            with pytest.raises(PermissionDenied):
                catalogues.save_specialty(ctx, None, None, SpecialtyDraft(name=unique("Spec")))
            with pytest.raises(PermissionDenied):
                catalogues.set_resource_active(ctx, 1, 1, False)
        finally:
            ctx.db.dispose()


# --- specialties ---------------------------------------------------------------------------------------


def test_a_specialty_is_added_changed_retired_and_kept_by_its_doctors(database, admin, other_admin) -> None:
    name = unique("Geriatrics ")
    added = catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=f"  {name} ", slot_minutes=20))
    assert (added.name, added.slot_minutes, added.version, added.active) == (name, 20, 1, True)
    changed = catalogues.save_specialty(other_admin, added.id, added.version, SpecialtyDraft(name=name))
    assert changed.slot_minutes is None and changed.version == 2 and changed.changed_by == other_admin.user.full_name
    with pytest.raises(Conflict, match="Someone else changed this specialty"):
        catalogues.save_specialty(admin, added.id, added.version, SpecialtyDraft(name=name, slot_minutes=30))
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=name))
    assert refused.value.problems == {"name": f"There is already a specialty called {name}."}
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=" ", slot_minutes=3))
    assert refused.value.problems["name"] == "Give the specialty a name."
    assert refused.value.problems["slot_minutes"].startswith("An appointment slot is 5 to 240 minutes long")

    doctor_id = database.login(database.add_user(Group.DOCTOR)).user.staff_id
    assert doctor_id is not None
    doctors.set_specialties(admin, doctor_id, [added.id])
    retired = catalogues.set_specialty_active(admin, added.id, changed.version, False)
    assert not retired.active
    assert added.id not in {s.id for s in scheduling.specialties(admin)}, "not offered for anything new"
    assert added.id in {s.id for s in scheduling.specialties(admin, include_retired=True)}
    assert [s.id for s in doctors.get_profile(admin, doctor_id).specialties] == [added.id], "the doctor keeps it"


def test_the_settings_page_slot_lengths_bump_the_specialtys_version(admin) -> None:
    added = catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=unique("Slots ")))
    doctors.set_specialty_slot_minutes(admin, {added.id: 25})
    now = {s.id: s for s in catalogues.list_specialties(admin)}[added.id]
    assert now.slot_minutes == 25 and now.version == added.version + 1
    with pytest.raises(Conflict):
        catalogues.save_specialty(admin, added.id, added.version, SpecialtyDraft(name=added.name))


# --- rooms and equipment -------------------------------------------------------------------------------


def test_a_room_is_added_changed_and_retired_and_no_longer_offered(database, admin, other_admin) -> None:
    departments = catalogues.list_departments(admin)
    name = unique("Procedure room ")
    added = catalogues.save_resource(admin, None, None, ResourceDraft(name=name, kind="procedure_room"))
    assert (added.kind, added.department_id, added.version, added.active) == ("procedure_room", None, 1, True)
    department = departments[0].id if departments else None
    changed = catalogues.save_resource(other_admin, added.id, added.version,
                                       ResourceDraft(name=name, kind="consulting_room", department_id=department))
    assert (changed.kind, changed.department_id, changed.version) == ("consulting_room", department, 2)
    with pytest.raises(Conflict, match="Someone else changed this room or device"):
        catalogues.save_resource(admin, added.id, added.version, ResourceDraft(name=name, kind="equipment"))
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_resource(admin, None, None, ResourceDraft(name="", kind="cupboard"))
    assert refused.value.problems == {
        "name": "Give the room or equipment a name.",
        "kind": "Say whether this is a consulting room, a procedure room or equipment."}
    with pytest.raises(ValidationFailed) as refused:
        catalogues.save_resource(admin, None, None, ResourceDraft(name=name, kind="equipment"))
    assert refused.value.problems == {"name": f"There is already a room or device called {name}."}
    catalogues.set_resource_active(admin, added.id, changed.version, False)
    assert added.id not in {r.id for r in doctors.resources(admin)}
    assert added.id in {r.id for r in catalogues.list_resources(admin, include_retired=True)}
    with pytest.raises(NotFound, match="no longer exists"):
        catalogues.set_resource_active(admin, 10_000_000, 1, True)


# --- GRANTs, connecting as each group -------------------------------------------------------------------


def connect(database, group: Group) -> tuple[psycopg.Connection, str]:
    username = database.add_user(group)
    return database.connect_as(username), username


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


@pytest.fixture(scope="module")
def rows(database) -> dict[str, int]:
    with database.owner.engine.begin() as conn:
        specialty = conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                 {"n": unique("Grant specialty ")}).scalar_one()
        resource = conn.execute(text("INSERT INTO resource (name, kind) VALUES (:n, 'equipment') RETURNING id"),
                                {"n": unique("Grant device ")}).scalar_one()
        test = conn.execute(text("SELECT id FROM lab_test WHERE code = 'HGB'")).scalar_one()
    return {"specialty": specialty, "resource": resource, "lab_test": test}


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING], ids=lambda g: g.value)
def test_no_group_but_administrators_writes_a_catalogue(database, rows, group) -> None:
    conn, _ = connect(database, group)
    with conn:
        # Reading stays as before: everyone reads specialties and rooms (booking, filters, doctors' pages).
        assert conn.execute("SELECT name, active, version FROM specialty WHERE id = %s",
                            (rows["specialty"],)).fetchone() is not None
        assert conn.execute("SELECT name, kind, active, version FROM resource WHERE id = %s",
                            (rows["resource"],)).fetchone() is not None
        for sql, params in (
            ("INSERT INTO specialty (name) VALUES (%s)", (unique("X "),)),
            ("UPDATE specialty SET name = name WHERE id = %s", (rows["specialty"],)),
            ("UPDATE specialty SET active = false WHERE id = %s", (rows["specialty"],)),
            ("DELETE FROM specialty WHERE id = %s", (rows["specialty"],)),
            ("INSERT INTO resource (name, kind) VALUES (%s, 'equipment')", (unique("X "),)),
            ("UPDATE resource SET active = false WHERE id = %s", (rows["resource"],)),
            ("DELETE FROM resource WHERE id = %s", (rows["resource"],)),
            ("INSERT INTO lab_test (code, name, specimen) VALUES (%s, 'x', 'Serum')", (unique("G"),)),
            ("UPDATE lab_test SET active = false WHERE id = %s", (rows["lab_test"],)),
        ):
            refused(conn, sql, params)


def test_reading_the_lab_catalogue_is_as_before(database, rows) -> None:
    conn, _ = connect(database, Group.DOCTOR)
    with conn:
        assert conn.execute("SELECT code, specimen, version FROM lab_test WHERE id = %s",
                            (rows["lab_test"],)).fetchone()[0] == "HGB"
    conn, _ = connect(database, Group.BILLING)
    with conn:
        assert conn.execute("SELECT code, name, fee_code, active FROM lab_test WHERE id = %s",
                            (rows["lab_test"],)).fetchone()[0] == "HGB"
        refused(conn, "SELECT specimen FROM lab_test")
    conn, _ = connect(database, Group.RECEPTION)
    with conn:
        refused(conn, "SELECT code FROM lab_test")


def test_administrators_write_only_the_clients_columns_and_delete_nothing(database, rows) -> None:
    conn, username = connect(database, Group.ADMIN)
    with conn:
        specialty, version, author = conn.execute(
            "INSERT INTO specialty (name, slot_minutes, version) VALUES (%s, 15, 7) "
            "RETURNING id, version, updated_by", (unique("Admin specialty "),)).fetchone()
        assert (version, author) == (1, username), "the database sets the first version and who"
        conn.execute("UPDATE specialty SET slot_minutes = 30, active = false, version = version + 1 "
                     "WHERE id = %s", (specialty,))
        assert conn.execute("SELECT version, updated_by, active FROM specialty WHERE id = %s",
                            (specialty,)).fetchone() == (2, username, False)
        device = conn.execute("INSERT INTO resource (name, kind, active) VALUES (%s, 'equipment', true) "
                              "RETURNING id", (unique("Admin device "),)).fetchone()[0]
        conn.execute("UPDATE resource SET kind = 'procedure_room', version = version + 1 WHERE id = %s", (device,))
        assert conn.execute("SELECT version, updated_by FROM resource WHERE id = %s",
                            (device,)).fetchone() == (2, username)
        for sql, params in (
            ("DELETE FROM specialty WHERE id = %s", (specialty,)),
            ("DELETE FROM resource WHERE id = %s", (device,)),
            ("DELETE FROM lab_test WHERE id = %s", (rows["lab_test"],)),
            ("UPDATE specialty SET updated_by = 'someone' WHERE id = %s", (specialty,)),
            ("UPDATE resource SET id = id WHERE id = %s", (device,)),
            ("UPDATE lab_test SET code = 'HGB2' WHERE id = %s", (rows["lab_test"],)),
            ("UPDATE lab_test SET result_kind = 'text' WHERE id = %s", (rows["lab_test"],)),
            ("INSERT INTO resource (name, kind, updated_by) VALUES ('Y', 'equipment', 'someone')", ()),
        ):
            refused(conn, sql, params)


def test_every_catalogue_change_is_audited(database, admin) -> None:
    added = catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=unique("Audited ")))
    catalogues.set_specialty_active(admin, added.id, added.version, False)
    with database.owner.engine.connect() as conn:
        actions = [r.action for r in conn.execute(text(
            "SELECT action FROM audit_log WHERE table_name = 'specialty' AND row_key = :k ORDER BY id"),
            {"k": str(added.id)})]
    assert actions == ["INSERT", "UPDATE"]


def test_rooms_are_listed_by_their_number_not_letter_by_letter(admin) -> None:
    stem = "Ward room " + "".join(chr(ord("a") + int(digit)) for digit in unique(""))  # no digit before ours
    for number in (10, 2, 1):
        catalogues.save_resource(admin, None, None, ResourceDraft(name=f"{stem} {number}", kind="procedure_room"))
    listed = [row.name for row in catalogues.list_resources(admin, include_retired=True) if row.name.startswith(stem)]
    assert listed == [f"{stem} 1", f"{stem} 2", f"{stem} 10"]
