"""Column GRANTs on clinical text (migration 0008, issue 7 item 5), tested by connecting as each group.

Billing reads what invoicing needs (dates, doctor, ward and bed, bed days) and no clinical text; reception
reads appointment reasons and waiting-list notes only while the hospital setting allows it; only
administrators read when a colleague last logged in. The services each group uses still work as that group,
with ``None`` (a dash on screen) where a column is withheld.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, patients, scheduling, settings, users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import PermissionDenied

LONDON = ZoneInfo("Europe/London")
DAY = datetime.now(LONDON).date() + timedelta(days=7)
START = datetime.combine(DAY, time(10), tzinfo=LONDON).astimezone(UTC)

# (table, column) a billing login must not read.
CLINICAL = [("admission", "reason"), ("admission", "discharge_summary"), ("appointment", "reason"),
            ("appointment", "overbook_reason"), ("appointment", "cancel_reason"), ("resource_booking", "purpose")]
# What an invoice is made of: billing reads these.
INVOICING = {
    "admission": "id, patient_id, attending_doctor_id, admitted_at, discharged_at, disposition, expected_days",
    "bed_stay": "admission_id, bed_id, starts_at, ends_at, ends_at - starts_at AS bed_time",
    "appointment": "id, patient_id, doctor_id, starts_at, ends_at, kind, status, checked_in_at, completed_at",
    "ward": "id, name", "bed": "id, label, bed_type", "room": "id, name, ward_id",
    "staff": "id, full_name, title, department_id, active",
    "resource_booking": "id, resource_id, appointment_id, starts_at, ends_at, cancelled",
}


@pytest.fixture(scope="module")
def ids(database) -> dict[str, int]:
    doctor = database.add_user(Group.DOCTOR, stem="cdoc", full_name="Dr Clio Grant")
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        patient = conn.execute(text("INSERT INTO patient (family_name, given_name, sex) VALUES "
                                    "('Column', 'Cora', 'F') RETURNING id")).scalar_one()
        ward = conn.execute(text("INSERT INTO ward (name) VALUES ('Grant ward') RETURNING id")).scalar_one()
        room = conn.execute(text("INSERT INTO room (ward_id, name) VALUES (:w, 'G1') RETURNING id"),
                            {"w": ward}).scalar_one()
        bed = conn.execute(text("INSERT INTO bed (room_id, label) VALUES (:r, 'Bed 1') RETURNING id"),
                           {"r": room}).scalar_one()
        admission = conn.execute(text(
            "INSERT INTO admission (patient_id, attending_doctor_id, reason, admitted_at, discharged_at, "
            "disposition, discharge_summary) VALUES (:p, :d, 'Chest pain', now() - interval '3 days', now(), "
            "'home', 'Angina; aspirin') RETURNING id"), {"p": patient, "d": doctor_id}).scalar_one()
        conn.execute(text("INSERT INTO bed_stay (admission_id, bed_id, starts_at, ends_at) "
                          "VALUES (:a, :b, now() - interval '3 days', now())"), {"a": admission, "b": bed})
        resource = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Grant room', 'consulting_room') "
                                     "RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id) VALUES (:s)"), {"s": doctor_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                              "VALUES (:s, :w, '09:00', '17:00', :r, '2020-01-01')"),
                         {"s": doctor_id, "w": weekday, "r": resource})
        appointment = conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, reason, status, cancel_reason) "
            "VALUES (:p, :d, :s, :e, 'Palpitations', 'cancelled', 'Feels unwell') RETURNING id"),
            {"p": patient, "d": doctor_id, "s": START, "e": START + timedelta(minutes=15)}).scalar_one()
        conn.execute(text("INSERT INTO resource_booking (resource_id, starts_at, ends_at, purpose) "
                          "VALUES (:r, :s, :e, 'Echo for murmur')"),
                     {"r": resource, "s": START + timedelta(hours=6), "e": START + timedelta(hours=6, minutes=30)})
        entry = conn.execute(text("INSERT INTO waiting_list (patient_id, doctor_id, earliest, note) "
                                  "VALUES (:p, :d, :day, 'Wants  earlier: breathless') RETURNING id"),
                             {"p": patient, "d": doctor_id, "day": DAY}).scalar_one()
    return {"doctor": doctor_id, "patient": patient, "admission": admission, "appointment": appointment,
            "entry": entry, "bed": bed}


def connect(database, group: Group) -> psycopg.Connection:
    return database.connect_as(database.add_user(group))


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION)


@pytest.fixture(scope="module")
def billing(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture
def reasons_hidden_from_reception(admin) -> Iterator[None]:
    assert settings.set_reception_reads_reasons(admin, False) is False
    try:
        yield
    finally:
        settings.set_reception_reads_reasons(admin, True)


# --- the GRANTs, as any SQL tool would meet them -------------------------------------------------------------

@pytest.mark.parametrize(("table", "column"), CLINICAL, ids=lambda v: v)
def test_billing_cannot_select_clinical_text(database, ids, table: str, column: str) -> None:
    with connect(database, Group.BILLING) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
            conn.execute(f"SELECT {column} FROM {table}")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(f"SELECT * FROM {table}")


def test_billing_reads_what_invoicing_needs(database, ids) -> None:
    with connect(database, Group.BILLING) as conn:
        for table, columns in INVOICING.items():
            conn.execute(f"SELECT {columns} FROM {table}").fetchall()
        days = conn.execute(
            "SELECT a.admitted_at, a.discharged_at, w.name, b.label, s.full_name, "
            "sum(extract(epoch FROM coalesce(st.ends_at, now()) - st.starts_at)) / 86400 "
            "FROM admission a JOIN bed_stay st ON st.admission_id = a.id JOIN bed b ON b.id = st.bed_id "
            "JOIN room r ON r.id = b.room_id JOIN ward w ON w.id = r.ward_id "
            "LEFT JOIN staff s ON s.id = a.attending_doctor_id WHERE a.id = %s GROUP BY 1, 2, 3, 4, 5",
            (ids["admission"],)).fetchone()
        assert days[2:5] == ("Grant ward", "Bed 1", "Dr Clio Grant")
        assert round(float(days[5])) == 3


@pytest.mark.parametrize("group", [Group.DOCTOR, Group.ADMIN], ids=lambda g: g.value)
def test_doctors_and_administrators_read_clinical_text(database, ids, group: Group) -> None:
    with connect(database, group) as conn:
        for table, column in CLINICAL:
            conn.execute(f"SELECT {column} FROM {table}").fetchall()
        conn.execute("SELECT note FROM waiting_list").fetchall()


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING], ids=lambda g: g.value)
def test_last_login_is_for_administrators_only(database, group: Group) -> None:
    with connect(database, group) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT last_login_at FROM staff")
        conn.execute("SELECT id, username, full_name, active FROM staff").fetchall()
    with connect(database, Group.ADMIN) as conn:
        conn.execute("SELECT last_login_at FROM staff").fetchall()


def test_reception_reads_reasons_as_the_setting_says(database, ids, admin) -> None:
    with connect(database, Group.RECEPTION) as conn:
        # The admission's text stays with the front desk, which admits and discharges.
        conn.execute("SELECT reason, discharge_summary FROM admission").fetchall()
        conn.execute("SELECT overbook_reason, cancel_reason FROM appointment").fetchall()
        assert settings.reception_reads_reasons(admin) is True  # the starting value: what the screens showed
        assert conn.execute("SELECT reason FROM appointment WHERE id = %s", (ids["appointment"],)).fetchone() \
            == ("Palpitations",)
        try:
            assert settings.set_reception_reads_reasons(admin, False) is False
            for sql in ("SELECT reason FROM appointment", "SELECT note FROM waiting_list"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(sql)
            conn.execute("SELECT id, status, starts_at FROM appointment").fetchall()
            conn.execute("SELECT id, status, earliest FROM waiting_list").fetchall()
            assert settings.reception_reads_reasons(admin) is False
        finally:
            assert settings.set_reception_reads_reasons(admin, True) is True
        conn.execute("SELECT reason FROM appointment").fetchall()
        conn.execute("SELECT note FROM waiting_list").fetchall()


def test_only_an_administrator_changes_the_setting_and_it_is_audited(database, admin, reception) -> None:
    with pytest.raises(PermissionDenied):
        settings.set_reception_reads_reasons(reception, False)
    for group in (Group.RECEPTION, Group.DOCTOR, Group.BILLING):
        with connect(database, group) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT hms_set_reception_reads_reasons(false)")
    try:
        settings.set_reception_reads_reasons(admin, False)
    finally:
        settings.set_reception_reads_reasons(admin, True)
    with database.owner.engine.connect() as conn:
        changes = conn.execute(text(
            "SELECT actor, after -> 'value' FROM audit_log WHERE table_name = 'hospital_setting' "
            "AND row_key = 'reception_reads_reasons' ORDER BY id DESC LIMIT 2")).all()
    assert [(actor, value) for actor, value in changes] == [(admin.user.username, True),
                                                           (admin.user.username, False)]
    assert settings.reception_reads_reasons(reception) is True


def test_the_carry_function_reveals_nothing_and_is_the_desks(database, ids) -> None:
    with connect(database, Group.BILLING) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT hms_carry_reason(%s, NULL)", (ids["appointment"],))
    with connect(database, Group.RECEPTION) as conn:
        # It returns nothing (void), so it shows no text to the desk.
        assert conn.execute("SELECT hms_carry_reason(%s, NULL)", (ids["appointment"],)).fetchone() in ((None,), ("",))


# --- the services each group uses, as that group ----------------------------------------------------------------

def test_billing_uses_the_admission_and_schedule_services_without_clinical_text(billing, ids) -> None:
    stays = admissions.admissions_of(billing, ids["patient"])
    assert [(s.reason, s.discharge_summary, s.disposition) for s in stays] == [(None, None, "home")]
    assert stays[0].bed is not None and stays[0].bed.ward == "Grant ward"
    assert admissions.get_admission(billing, ids["admission"]).attending_doctor == "Dr Clio Grant"
    assert admissions.bed_board(billing)
    appointment = scheduling.get_appointment(billing, ids["appointment"])
    assert (appointment.reason, appointment.cancel_reason, appointment.status) == (None, None, "cancelled")
    day = scheduling.day_view(billing, DAY)
    assert [a.reason for d in day.columns for a in d.appointments if a.id == ids["appointment"]] == [None]
    assert scheduling.appointments_of_patient(billing, ids["patient"])[0].reason is None
    assert all(b.purpose is None for b in scheduling.resource_bookings(billing, DAY))
    view = patients.overview(billing, ids["patient"])
    assert [v.reason for v in view.visits] == [None]


def test_doctors_see_the_clinical_text(database, ids) -> None:
    for ctx in database.logged_in(Group.DOCTOR):
        assert admissions.get_admission(ctx, ids["admission"]).discharge_summary == "Angina; aspirin"
        assert scheduling.get_appointment(ctx, ids["appointment"]).reason == "Palpitations"
        assert [e.note for e in scheduling.waiting_list(ctx) if e.id == ids["entry"]] == ["Wants  earlier: breathless"]


def test_reception_services_follow_the_setting(reception, ids, reasons_hidden_from_reception) -> None:
    assert scheduling.get_appointment(reception, ids["appointment"]).reason is None
    day = scheduling.day_view(reception, DAY)
    assert [a.reason for d in day.columns for a in d.appointments if a.id == ids["appointment"]] == [None]
    assert [e.note for e in scheduling.waiting_list(reception) if e.id == ids["entry"]] == [None]
    # Admissions are the front desk's: their text stays readable.
    assert admissions.get_admission(reception, ids["admission"]).reason == "Chest pain"
    assert patients.overview(reception, ids["patient"]).record.id == ids["patient"]


def test_reception_moves_and_books_without_reading_the_reason(database, reception, ids,
                                                                reasons_hidden_from_reception) -> None:
    start = START + timedelta(hours=1)
    booked = scheduling.book(reception, ids["patient"], ids["doctor"], start, reason="Follow-up of ECG")
    assert booked.reason is None  # written, not echoed to a login that may not read it
    moved = scheduling.reschedule(reception, booked.id, start + timedelta(hours=1))
    assert moved.reason is None
    offered = scheduling.book_from_waiting_list(reception, ids["entry"], ids["doctor"], start + timedelta(hours=2),
                                                ends_at=start + timedelta(hours=2, minutes=15))
    with database.owner.engine.connect() as conn:
        reasons = dict(conn.execute(text("SELECT id, reason FROM appointment WHERE id IN (:a, :b, :c)"),
                                    {"a": booked.id, "b": moved.id, "c": offered.id}).all())
    assert reasons == {booked.id: "Follow-up of ECG", moved.id: "Follow-up of ECG",
                       offered.id: "From the waiting list: Wants earlier: breathless"}
    scheduling.cancel(reception, moved.id, "Patient asked")
    scheduling.cancel(reception, offered.id, "Patient asked")


def test_a_booking_echoes_the_reason_to_a_desk_that_may_read_it(reception, ids) -> None:
    start = START + timedelta(hours=5)
    booked = scheduling.book(reception, ids["patient"], ids["doctor"], start, reason="Blood pressure")
    assert booked.reason == "Blood pressure"
    moved = scheduling.reschedule(reception, booked.id, start + timedelta(minutes=30))
    assert moved.reason == "Blood pressure"
    scheduling.cancel(reception, moved.id, "Patient asked")


def test_last_login_through_the_services(database, admin) -> None:
    listed = users.list_staff(admin)
    assert any(m.last_login_at is not None for m in listed)  # the logins of this module's contexts
    for ctx in database.logged_in(Group.RECEPTION):
        # A non-administrator's read of a staff row (who last changed a record) leaves the column out.
        assert patients.overview(ctx, database_patient(database)).changed_by
        assert {m.last_login_at for m in users.list_staff(ctx)} == {None}


def database_patient(database) -> int:
    with database.owner.engine.connect() as conn:
        return int(conn.execute(text("SELECT min(id) FROM patient")).scalar_one())
