"""services/patients.py on a real PostgreSQL: register, find, edit, merge, as the people who do it."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from factories import new_patient
from sqlalchemy import text

from hms_desktop.domain.patients import InsuranceDraft, PatientDraft, luhn_digit, mrn_is_valid
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from hms_desktop.services.patients import EditConflict, PatientRecord, PossibleDuplicates, SortKey

_phones = itertools.count(200_000)


def new_phone() -> str:
    """A different, diallable UK mobile for each patient, so phone-duplicate checks stay quiet."""
    return f"07911 {next(_phones)}"


def draft(family: str, given: str, born: date | None = date(1980, 3, 12), **more: Any) -> PatientDraft:
    more.setdefault("phone", new_phone())
    return PatientDraft(family_name=family, given_name=given, sex=more.pop("sex", "F"), birth_date=born, **more)


@pytest.fixture(scope="module")
def desk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(username=database.add_user(Group.RECEPTION, full_name="Rita Shah"))


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def doctor(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.DOCTOR)


@pytest.fixture(scope="module")
def people(desk: ServiceContext) -> dict[str, PatientRecord]:
    """A small register of patients the search tests look for."""
    made = {
        "smith": draft("Smith", "John", date(1980, 3, 12), sex="M", phone="07700 900123",
                       national_id="943 476 5919", national_id_type="National ID"),
        "muller": draft("Müller", "Anna", date(1975, 6, 1)),
        "obrien": draft("O’Brien", "Siobhán", date(1990, 1, 20)),
        "smithson": draft("Smithson", "Jane", date(2001, 9, 9)),
        "okafor": draft("Okafor", "Chidi", date(1965, 12, 31), phone_alt="(020) 7946 0958"),
        "matthews": draft("Matthews", "Grace", date(1958, 4, 4)),
    }
    return {key: patients.register(desk, d) for key, d in made.items()}


def count_patients(database) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM patient")).scalar_one())


def names(page: patients.SearchPage) -> list[str]:
    return [row.display_name for row in page.rows]


# --- registering ------------------------------------------------------------------------------------------


def test_register_normalises_and_numbers_the_record(database, desk: ServiceContext) -> None:
    record = patients.register(desk, draft("  de la  Cruz ", " María ", date(1999, 5, 4), phone="+44 7911 255001",
                                           email="Maria@Example.ORG", national_id="ab 12 34 56 c",
                                           national_id_type="Passport",
                                           insurance=InsuranceDraft(" Bupa ", "M-1", date(2026, 1, 1), None)))
    assert (record.draft.family_name, record.draft.given_name) == ("de la Cruz", "María")
    assert record.draft.phone == "+447911255001"
    assert record.draft.email == "Maria@example.org"
    assert record.draft.national_id == "AB123456C"
    assert record.draft.insurance == InsuranceDraft("Bupa", "M-1", date(2026, 1, 1), None)
    assert [i.payer for i in record.insurance] == ["Bupa"]
    assert record.version == 1 and record.updated_by == desk.user.username and record.merged_into_mrn is None
    # The MRN comes from the database; Python and SQL agree on its check digit.
    assert mrn_is_valid(record.mrn)
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT hms_luhn_digit(:d)"), {"d": record.mrn[:-1]}).scalar() == record.mrn[-1]
        for digits in ("0000000", "1234567", "9999999", "1000001", "7992739871"):
            assert conn.execute(text("SELECT hms_luhn_digit(:d)"), {"d": digits}).scalar() == luhn_digit(digits)


def test_invalid_input_saves_nothing(database, desk: ServiceContext) -> None:
    before = count_patients(database)
    with pytest.raises(ValidationFailed) as caught:
        patients.register(desk, draft("Sm1th", "Ann", date(2999, 1, 1), phone="0770 090", email="nope",
                                      insurance=InsuranceDraft("Bupa", "", None, None)))
    assert set(caught.value.problems) == {"family_name", "birth_date", "phone", "email", "insurance.member_number"}
    assert "check the digits" in caught.value.problems["phone"]
    with pytest.raises(ValidationFailed):
        patients.register(desk, draft("x" * 10_000, "Ann"), confirmed_new=True)
    assert count_patients(database) == before


def test_only_the_front_desk_registers(database, doctor: ServiceContext) -> None:
    billing = database.context_for(Group.BILLING)
    try:
        for ctx in (doctor, billing):
            with pytest.raises(PermissionDenied):
                patients.register(ctx, draft("Nobody", "Here"), confirmed_new=True)
    finally:
        billing.db.dispose()


def test_get_records_the_read_in_the_audit(database, desk, people) -> None:
    smith = people["smith"]
    record = patients.get(desk, smith.id)
    assert record == smith
    with database.owner.engine.connect() as conn:
        actions = conn.execute(text("SELECT action, actor FROM audit_log WHERE table_name = 'patient' "
                                    "AND row_key = :k ORDER BY id"), {"k": str(smith.id)}).all()
    assert ("INSERT", desk.user.username) in actions and ("READ", desk.user.username) in actions
    with pytest.raises(NotFound):
        patients.get(desk, 987_654_321)


def test_a_doctor_reads_the_record_without_insurance(desk, doctor) -> None:
    insured = patients.register(desk, draft("Insured", "Ivy", insurance=InsuranceDraft("AXA", "Z9", None, None)))
    seen = patients.get(doctor, insured.id)
    assert seen.draft.family_name == "Insured"
    assert seen.insurance == () and seen.draft.insurance is None
    assert [r.id for r in patients.search(doctor, "insured ivy").rows] == [insured.id]


# --- finding ----------------------------------------------------------------------------------------------


def test_a_misspelt_name_finds_the_patient(desk, people) -> None:
    page = patients.search(desk, "Smiht")
    assert names(page)[0] == "SMITH, John"


@pytest.mark.parametrize("typed", ["john smi", "smi john", "Smith John", "John Smith", "smith, j", "SMITH"])
def test_fragments_in_any_order(desk, people, typed: str) -> None:
    assert "SMITH, John" in names(patients.search(desk, typed))


def test_relevance_puts_the_closest_name_first(desk, people) -> None:
    found = names(patients.search(desk, "smith"))
    assert found[:2] == ["SMITH, John", "SMITHSON, Jane"]


@pytest.mark.parametrize("typed", ["Muller", "müller", "MULLER", "mull anna", "Mülller"])
def test_accents_and_case_do_not_matter(desk, people, typed: str) -> None:
    assert names(patients.search(desk, typed)) == ["MÜLLER, Anna"]


@pytest.mark.parametrize("typed", ["obrien", "o'brien", "O’Brien", "siobhan o brien"])
def test_apostrophes(desk, people, typed: str) -> None:
    assert "O’BRIEN, Siobhán" in names(patients.search(desk, typed))


@pytest.mark.parametrize(("typed", "expected"), [
    ("Mathtews", "MATTHEWS, Grace"),      # two letters swapped in the middle: trigrams alone miss it
    ("matthwes grace", "MATTHEWS, Grace"),
    ("Mathews", "MATTHEWS, Grace"),       # a letter left out: word similarity finds it
    ("Matthevs", "MATTHEWS, Grace"),      # a wrong letter
])
def test_typos_still_find_the_patient(desk, people, typed: str, expected: str) -> None:
    assert expected in names(patients.search(desk, typed))


@pytest.fixture(scope="module")
def slips(desk: ServiceContext) -> dict[str, PatientRecord]:
    """Surnames whose misspellings also match other names as typed (the decoys), or match nothing by
    trigrams: before the corrections band, the typo search never ran for them, or missed them."""
    made = {}
    for family, given in [("Lees", "Olive"), ("Kane", "Ida"), ("Kannelly", "Bob"), ("Bolt", "Ann"),
                          ("Botley", "Sam"), ("Pryce", "Ken")]:
        made[family] = patients.register(desk, draft(family, given, date(1977, 7, 7)), confirmed_new=True)
    return made


@pytest.mark.parametrize(("typed", "expected"), [
    ("Iees", "LEES, Olive"),         # first letter wrong: too few trigrams in common for similarity
    ("kanne", "KANE, Ida"),          # a letter doubled, and "kanne" starts Kannelly as typed
    ("botl", "BOLT, Ann"),           # the last two letters swapped, and "botl" starts Botley
    ("prce", "PRYCE, Ken"),          # a letter missing: too few trigrams in common again
    ("iees olive", "LEES, Olive"),   # a typo and the given name
    ("kanne ida", "KANE, Ida"),
    ("ida kanne", "KANE, Ida"),      # given name first
])
def test_a_slip_in_the_surname_finds_it_on_the_first_page(desk, slips, typed: str, expected: str) -> None:
    assert expected in names(patients.search(desk, typed))


def test_names_as_typed_come_before_corrections(desk, slips) -> None:
    found = names(patients.search(desk, "kanne"))
    assert found.index("KANNELLY, Bob") < found.index("KANE, Ida")
    assert names(patients.search(desk, "kane"))[0] == "KANE, Ida"  # a correct name: Kannelly is not "kane"+


def test_a_common_neighbour_does_not_push_a_rare_surname_off_the_page(desk) -> None:
    for given in ("Abe", "Bea", "Cy", "Di", "Ed", "Flo"):
        patients.register(desk, draft("Mayer", given, date(1966, 6, 6)), confirmed_new=True)
    rare = patients.register(desk, draft("Mayne", "Zoe", date(1966, 6, 6)), confirmed_new=True)
    # "mayre" is one slip from both; the swap (Mayer) is the likelier slip, but Mayne still shows.
    page = patients.search(desk, "mayre", limit=5)
    assert [r.family_name for r in page.rows] == ["Mayer"] * 4 + ["Mayne"]
    assert page.rows[-1].id == rare.id and page.has_more


def test_paging_through_corrections_gives_each_row_once(desk) -> None:
    for given in ("Ann", "Bea", "Cat"):
        patients.register(desk, draft("Pellow", given, date(1962, 2, 2)), confirmed_new=True)
    for given in ("Dee", "Eve"):
        patients.register(desk, draft("Bellow", given, date(1962, 2, 2)), confirmed_new=True)
    whole = patients.search(desk, "cellow", limit=50)
    assert {r.family_name for r in whole.rows} == {"Pellow", "Bellow"} and len(whole.rows) == 5
    paged = []
    for offset in range(0, 6):
        page = patients.search(desk, "cellow", limit=2, offset=offset * 2)
        paged += page.rows
        assert page.has_more == (offset < 2)
    assert [r.id for r in paged] == [r.id for r in whole.rows]


def test_bands_family_prefix_first_then_anywhere(desk, people) -> None:
    johnson = patients.register(desk, draft("Johnson", "Amy", date(1971, 1, 1)))
    found = names(patients.search(desk, "john"))
    assert found.index(johnson.draft.family_name.upper() + ", Amy") < found.index("SMITH, John")


def test_two_fragments_are_two_words(desk) -> None:
    paul = patients.register(desk, draft("Patelski", "Paul", date(1972, 2, 2)))
    rita = patients.register(desk, draft("Patelski", "Rita", date(1973, 3, 3)))
    found = [r.id for r in patients.search(desk, "patel pa").rows]
    assert found[0] == paul.id  # "pa" read as the start of the given name comes first
    assert rita.id in found  # "pa" anywhere comes after


def test_paging_through_every_band_gives_each_row_once(desk) -> None:
    for given in ("Ann", "Bea", "Cat"):
        patients.register(desk, draft("Bandley", given, date(1960, 1, 1)), confirmed_new=True)
    for family in ("Ambandley", "Zebandley"):  # "bandley" inside the name: the second band
        patients.register(desk, draft(family, "Dee", date(1961, 1, 1)), confirmed_new=True)
    whole = patients.search(desk, "bandley", limit=50)
    assert not whole.has_more and len(whole.rows) == 5
    assert [r.family_name for r in whole.rows[:3]] == ["Bandley"] * 3
    paged = []
    for offset in range(0, 7):
        page = patients.search(desk, "bandley", limit=1, offset=offset)
        paged += page.rows
        assert page.has_more == (offset < 4)
    assert [r.id for r in paged] == [r.id for r in whole.rows]


def test_a_huge_search_box_is_answered(desk) -> None:
    assert patients.search(desk, "x" * 10_000).rows == ()
    assert patients.search(desk, "smith " * 2_000).rows is not None


@pytest.mark.parametrize("typed", ["07700 900123", "+44 7700 900123", "+447700900123", "0044 7700 900 123"])
def test_by_phone_in_any_format(desk, people, typed: str) -> None:
    assert [r.id for r in patients.search(desk, typed).rows] == [people["smith"].id]


def test_by_second_phone(desk, people) -> None:
    assert [r.id for r in patients.search(desk, "020 7946 0958").rows] == [people["okafor"].id]


def test_by_mrn(desk, people) -> None:
    smith = people["smith"]
    page = patients.search(desk, smith.mrn)
    assert [(r.id, r.merged_into_mrn) for r in page.rows] == [(smith.id, None)]
    assert patients.search(desk, f"{smith.mrn[:4]} {smith.mrn[4:]}").rows[0].id == smith.id
    found = patients.find_by_mrn(desk, smith.mrn)
    assert found is not None and found.id == smith.id
    assert patients.find_by_mrn(desk, "12345678") is None or mrn_is_valid("12345678")


@pytest.mark.parametrize("typed", ["31/12/1965", "1965-12-31", "31.12.65"])
def test_by_birth_date_in_either_format(desk, people, typed: str) -> None:
    assert people["okafor"].id in [r.id for r in patients.search(desk, typed).rows]


@pytest.mark.parametrize("typed", ["943 476 5919", "9434765919", "943-476-5919"])
def test_by_national_id(desk, people, typed: str) -> None:
    assert [r.id for r in patients.search(desk, typed).rows] == [people["smith"].id]


def test_nothing_found_and_empty_box(desk, people) -> None:
    assert patients.search(desk, "Zzyzxq").rows == ()
    assert patients.search(desk, "   ") == patients.SearchPage(rows=(), has_more=False)
    assert patients.search(desk, "% _ \\").rows == ()  # LIKE wildcards are escaped, not obeyed


def test_pages_and_sort_keys(desk) -> None:
    made = [patients.register(desk, draft("Pagewright", given, date(1950 + i, 1, 1)), confirmed_new=True)
            for i, given in enumerate(["Cara", "Abe", "Ben", "Dot", "Eve"])]
    first = patients.search(desk, "pagewright", limit=2)
    assert len(first.rows) == 2 and first.has_more
    rest = patients.search(desk, "pagewright", limit=2, offset=4)
    assert len(rest.rows) == 1 and not rest.has_more
    by_name = patients.search(desk, "pagewright", sort=SortKey.NAME)
    assert [r.given_name for r in by_name.rows] == ["Abe", "Ben", "Cara", "Dot", "Eve"]
    by_birth = patients.search(desk, "pagewright", sort=SortKey.BIRTH_DATE)
    assert [r.id for r in by_birth.rows] == [m.id for m in made]
    by_mrn = patients.search(desk, "pagewright", sort=SortKey.MRN)
    assert [r.mrn for r in by_mrn.rows] == sorted(m.mrn for m in made)
    newest = patients.search(desk, "pagewright", sort=SortKey.CREATED)
    assert [r.id for r in newest.rows] == [m.id for m in reversed(made)]
    assert patients.search(desk, "pagewright", sort="name").rows == by_name.rows


class _NoDatabase:
    """Stands in for ctx.db: any attempt to reach the database fails the test."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"SQL was attempted (db.{name})")


@pytest.mark.parametrize("bad", ["family_name", "name; DROP TABLE patient", "NAME", "", "1"])
def test_sort_keys_are_allow_listed_before_any_sql(desk, bad: str) -> None:
    no_db = ServiceContext(db=_NoDatabase(), user=desk.user)
    with pytest.raises(ValueError):
        patients.search(no_db, "smith", sort=bad)


# --- duplicates -------------------------------------------------------------------------------------------


def test_duplicates_are_found_with_reasons(database, desk, people) -> None:
    smith = people["smith"]
    suspects = {
        "same national ID": draft("Smythe", "Jon", date(1981, 1, 1), national_id="9434765919"),
        "same phone number": draft("Other", "Person", date(1970, 1, 1), phone="+44 7700 900 123"),
        "similar name and same date of birth": draft("Smith", "Jon", date(1980, 3, 12)),
    }
    for reason, suspect in suspects.items():
        before = count_patients(database)
        with pytest.raises(PossibleDuplicates) as caught:
            patients.register(desk, suspect)
        assert count_patients(database) == before
        match = next(c for c in caught.value.candidates if c.patient.id == smith.id)
        assert match.reasons == (reason,)
        assert "may already be registered" in str(caught.value)
    # Swapped name parts, same birth date.
    found = patients.find_duplicates(desk, draft("John", "Smith", date(1980, 3, 12)))
    assert [c.patient.id for c in found] == [smith.id]
    all_three = patients.find_duplicates(desk, draft("Smith", "John", date(1980, 3, 12), phone="07700900123",
                                                     national_id="9434765919"))
    assert all_three[0].reasons == ("same national ID", "same phone number",
                                    "similar name and same date of birth")
    # Same name, different birthday: a different person.
    assert patients.find_duplicates(desk, draft("Smith", "John", date(1991, 3, 12))) == ()
    # A different kind of document with the same number is not the same ID.
    assert patients.find_duplicates(desk, draft("Zed", "Zed", national_id="9434765919",
                                                national_id_type="Passport")) == ()


def test_confirmed_new_saves_despite_a_match(desk, people) -> None:
    twin = patients.register(desk, draft("Smith", "Jon", date(1980, 3, 12)), confirmed_new=True)
    assert twin.id != people["smith"].id
    # An update does not count the record itself as its own duplicate.
    assert people["smith"].id in [c.patient.id for c in patients.find_duplicates(desk, twin.draft,
                                                                                   exclude_id=twin.id)]
    assert twin.id not in [c.patient.id for c in patients.find_duplicates(desk, twin.draft, exclude_id=twin.id)]


# --- editing ----------------------------------------------------------------------------------------------


def test_update_saves_a_new_version(desk) -> None:
    record = patients.register(desk, draft("Editwell", "Eda"))
    same = patients.update(desk, record.id, record.draft, expected_version=record.version)
    assert same.version == record.version  # nothing changed: no new version
    changed = patients.update(desk, record.id, replace(record.draft, email="eda@example.com", phone="07911 777001"),
                              expected_version=record.version)
    assert changed.version == record.version + 1
    assert (changed.draft.email, changed.draft.phone) == ("eda@example.com", "+447911777001")
    assert patients.get(desk, record.id) == changed


def test_two_clerks_saving_the_same_patient(database, desk) -> None:
    second = database.login(database.add_user(Group.RECEPTION, full_name="Tom Lee"))
    try:
        record = patients.register(desk, draft("Conflict", "Carla"))
        mine = patients.get(second, record.id)
        theirs = patients.get(desk, record.id)
        saved = patients.update(desk, record.id, replace(theirs.draft, address="1 First Street"),
                                expected_version=theirs.version)
        my_change = replace(mine.draft, address="2 Second Street", email="carla@example.com")
        with pytest.raises(EditConflict) as caught:
            patients.update(second, record.id, my_change, expected_version=mine.version)
        conflict = caught.value
        assert isinstance(conflict, Conflict)
        assert str(conflict).startswith("Rita Shah (reception) changed this patient at ")
        assert str(conflict).endswith(" while you were editing. Compare and save again.")
        assert conflict.mine == my_change
        assert conflict.theirs == saved and conflict.theirs.draft.address == "1 First Street"
        now = patients.get(desk, record.id)
        assert now.draft.address == "1 First Street" and now.draft.email is None and now.version == saved.version
        # Comparing and saving again against their version works.
        again = patients.update(second, record.id, my_change, expected_version=conflict.theirs.version)
        assert again.draft.address == "2 Second Street" and again.updated_by == second.user.username
        assert again.changed_by == "Tom Lee"  # staff see the name, never the login role
    finally:
        second.db.dispose()


def test_staff_never_see_a_database_role_as_the_last_editor(database, desk) -> None:
    """A record the owner wrote (a demo load, a migration) was "last changed by the system"."""
    patient_id = new_patient(database, "Loaded", "Demo")
    record = patients.get(desk, patient_id)
    assert record.updated_by not in ("", desk.user.username)  # the owner role wrote it
    assert record.changed_by == "the system"
    assert patients.overview(desk, patient_id).changed_by == "the system"
    mine = replace(record.draft, address="3 Third Street")
    with database.owner.engine.begin() as conn:  # the owner changes it meanwhile
        conn.execute(text("UPDATE patient SET address = '4 Fourth Street', version = version + 1 WHERE id = :i"),
                     {"i": patient_id})
    with pytest.raises(EditConflict) as caught:
        patients.update(desk, patient_id, mine, expected_version=record.version)
    assert str(caught.value).startswith("The system changed this patient at "), str(caught.value)
    assert caught.value.theirs.changed_by == "the system"
    registered = patients.register(desk, draft("Named", "Editor"))
    assert registered.changed_by == desk.user.full_name


def test_simultaneous_saves_one_wins(database, desk) -> None:
    """Two clerks press Save at the same moment on the same version: the row lock lets exactly one win."""
    from concurrent.futures import ThreadPoolExecutor

    record = patients.register(desk, draft("Racer", "Rae"))
    clerks = [database.context_for(Group.RECEPTION) for _ in range(4)]
    try:
        def save(i: int) -> str:
            try:
                patients.update(clerks[i], record.id, replace(record.draft, address=f"{i} Race Street"),
                                expected_version=record.version)
                return "saved"
            except EditConflict:
                return "conflict"

        with ThreadPoolExecutor(len(clerks)) as pool:
            outcomes = sorted(pool.map(save, range(len(clerks))))
        assert outcomes == ["conflict"] * (len(clerks) - 1) + ["saved"]
        assert patients.get(desk, record.id).version == record.version + 1
    finally:
        for clerk in clerks:
            clerk.db.dispose()


def test_insurance_is_replaced_and_kept_as_history(desk) -> None:
    record = patients.register(desk, draft("Policy", "Pat", insurance=InsuranceDraft("Bupa", "B1", None, None)))
    dated = patients.update(desk, record.id, replace(record.draft, insurance=InsuranceDraft(
        "Bupa", "B1", date(2026, 1, 1), date(2026, 12, 31))), expected_version=record.version)
    assert len(dated.insurance) == 1 and dated.insurance[0].valid_to == date(2026, 12, 31)
    moved = patients.update(desk, record.id, replace(dated.draft, insurance=InsuranceDraft(
        "AXA", "A7", date(2027, 1, 1), None)), expected_version=dated.version)
    assert [i.payer for i in moved.insurance] == ["AXA", "Bupa"]
    assert moved.draft.insurance == InsuranceDraft("AXA", "A7", date(2027, 1, 1), None)
    with pytest.raises(ValidationFailed) as caught:
        patients.update(desk, record.id, replace(moved.draft, insurance=None), expected_version=moved.version)
    assert "cannot be removed" in caught.value.problems["insurance.payer"]
    assert patients.get(desk, record.id).version == moved.version


# --- merging ----------------------------------------------------------------------------------------------


def _admit_directly(database, patient_id: int, when: str) -> None:
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO admission (patient_id, reason, admitted_at, discharged_at, disposition) "
                          "VALUES (:p, 'Test stay', CAST(:w AS timestamptz), CAST(:w AS timestamptz) + interval "
                          "'2 days', 'home')"), {"p": patient_id, "w": when})


def test_merge_moves_everything_and_the_old_mrn_leads_to_the_survivor(database, desk, admin) -> None:
    survivor = patients.register(desk, draft("Mergewell", "Mary", date(1960, 2, 2)))
    duplicate = patients.register(desk, draft("Mergewel", "Mary", date(1960, 2, 2)), confirmed_new=True)
    _admit_directly(database, duplicate.id, "2025-01-10 10:00+00")
    _admit_directly(database, duplicate.id, "2025-06-10 10:00+00")
    assert patients.merge(admin, survivor.id, duplicate.id) >= 2
    with database.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM admission WHERE patient_id = :p"),
                            {"p": survivor.id}).scalar() == 2
        merge_rows = conn.execute(text("SELECT actor, after FROM audit_log WHERE table_name = 'patient' "
                                       "AND row_key = :k AND action = 'MERGE'"), {"k": str(duplicate.id)}).all()
    assert len(merge_rows) == 1 and merge_rows[0].after["merged_into"] == survivor.id
    page = patients.search(desk, duplicate.mrn)
    assert [(r.id, r.merged_into_mrn) for r in page.rows] == [(survivor.id, None), (duplicate.id, survivor.mrn)]
    assert page.rows[0].last_visit is not None
    found = patients.find_by_mrn(desk, duplicate.mrn)
    assert found is not None and found.id == survivor.id
    # Name searches show only the survivor; the merged record says where it went.
    assert [r.id for r in patients.search(desk, "mergewell mary").rows] == [survivor.id]
    assert patients.get(desk, duplicate.id).merged_into_mrn == survivor.mrn
    with pytest.raises(Conflict, match="merged into"):
        patients.update(desk, duplicate.id, duplicate.draft, expected_version=duplicate.version + 1)
    # Merging again is refused by the database function, in words.
    with pytest.raises(ValidationFailed, match="not be merged already"):
        patients.merge(admin, survivor.id, duplicate.id)


def test_merge_of_merges_follows_the_chain(desk, admin) -> None:
    a, b, c = (patients.register(desk, draft("Chainer", "Cy", date(1970, 7, 7)), confirmed_new=True)
               for _ in range(3))
    patients.merge(admin, b.id, a.id)
    patients.merge(admin, c.id, b.id)
    found = patients.find_by_mrn(desk, a.mrn)
    assert found is not None and found.id == c.id
    assert [(r.id, r.merged_into_mrn) for r in patients.search(desk, a.mrn).rows] == [(c.id, None), (a.id, c.mrn)]


def test_merging_needs_the_capability(database, desk) -> None:
    username = database.add_user(Group.RECEPTION)
    clerk = database.login(username)
    try:
        one = patients.register(desk, draft("Capable", "Cal", date(1955, 5, 5)))
        two = patients.register(desk, draft("Capable", "Cal", date(1955, 5, 5)), confirmed_new=True)
        with pytest.raises(PermissionDenied, match="merge"):
            patients.merge(clerk, one.id, two.id)
        with database.cluster.admin_connect(database.name) as conn:
            conn.execute(f'GRANT hms_merge_patients TO "{username}"')
        assert patients.merge(clerk, one.id, two.id) >= 0
        assert patients.get(desk, two.id).merged_into_mrn == one.mrn
    finally:
        clerk.db.dispose()


def test_the_database_refuses_a_merge_the_client_allowed(database, desk) -> None:
    """The service check is for the message; the function's own check is the guard."""
    clerk = database.context_for(Group.RECEPTION)
    try:
        one = patients.register(desk, draft("Guarded", "Gus", date(1944, 4, 4)))
        two = patients.register(desk, draft("Guarded", "Gus", date(1944, 4, 4)), confirmed_new=True)
        fooled = ServiceContext(db=clerk.db, user=replace(clerk.user, groups=frozenset({Group.ADMIN})))
        with pytest.raises(PermissionDenied):
            patients.merge(fooled, one.id, two.id)
        assert patients.get(desk, two.id).merged_into_mrn is None
    finally:
        clerk.db.dispose()


# --- photos, settings, overview ---------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_photos(desk, doctor, people) -> None:
    patient_id = people["okafor"].id
    assert patients.get_photo(desk, patient_id) is None
    patients.set_photo(desk, patient_id, PNG, "image/png")
    patients.set_photo(desk, patient_id, PNG + b"2", "image/png")
    assert patients.get_photo(doctor, patient_id) == PNG + b"2"
    with pytest.raises(ValidationFailed, match="not a JPEG or PNG"):
        patients.set_photo(desk, patient_id, b"GIF89a....", "image/png")
    with pytest.raises(ValidationFailed):
        patients.set_photo(desk, patient_id, PNG, "application/x-sh")
    with pytest.raises(PermissionDenied):
        patients.set_photo(doctor, patient_id, PNG, "image/png")
    with pytest.raises(NotFound):
        patients.set_photo(desk, 987_654_321, PNG, "image/png")


def test_phone_region_setting(database, desk) -> None:
    assert patients.phone_region(desk) == "GB"
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO hospital_setting (key, value) VALUES ('phone_region', '\"US\"')"))
    try:
        assert patients.phone_region(desk) == "US"
        record = patients.register(desk, draft("Yankee", "Yale", phone="(202) 555-0143"))
        assert record.draft.phone == "+12025550143"
        assert [r.id for r in patients.search(desk, "202-555-0143").rows] == [record.id]
        with database.owner.engine.begin() as conn:
            conn.execute(text("UPDATE hospital_setting SET value = '\"Atlantis\"' WHERE key = 'phone_region'"))
        assert patients.phone_region(desk) == "GB"  # a damaged value falls back to the default
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(text("DELETE FROM hospital_setting WHERE key = 'phone_region'"))


def test_overview(database, desk) -> None:
    pytest.importorskip("hms_desktop.services.admissions", reason="services/admissions.py not written yet")
    record = patients.register(desk, draft("Overview", "Olga", date(1933, 3, 3)))
    _admit_directly(database, record.id, "2024-03-01 09:00+00")
    _admit_directly(database, record.id, "2025-03-01 09:00+00")
    seen = patients.overview(desk, record.id)
    assert seen.record == patients.get(desk, record.id)
    assert seen.current_admission is None
    assert [a.admitted_at.year for a in seen.admissions] == [2025, 2024]
    assert seen.upcoming_appointments == ()
    last = patients.search(desk, record.mrn).rows[0].last_visit
    assert isinstance(last, datetime) and last.year == 2025


def test_a_retried_registration_with_its_request_id_returns_the_earlier_record(database, desk) -> None:
    """Issue 7.10: the client gave up (the server did not answer) but the registration committed late; the
    retry from the same form, with the same request id, must not register the patient twice."""
    request = uuid.uuid4()
    wanted = draft("Latecommit", "Ola")
    first = patients.register(desk, wanted, request_id=request)
    again = patients.register(desk, wanted, request_id=request)  # no duplicate warning about itself either
    assert again.id == first.id and again.mrn == first.mrn
    with pytest.raises(Conflict, match=f"registered this patient as MRN {first.mrn}"):
        patients.register(desk, replace(wanted, given_name="Olaf"), request_id=request)
    with database.cluster.admin_connect(database.name) as conn:
        rows = conn.execute("SELECT count(*) FROM patient WHERE request_id = %s", (request,)).fetchone()
    assert rows == (1,)
