"""The per-day appointment summary behind the appointment reports (issue 12, migration 0032) on a real
PostgreSQL: the four reports give exactly what the plain computation (their version 1, kept here as the oracle)
gives on the same rows — before any refresh, after one, with today's rows, after backdated changes not yet
refreshed, after a move to another day, and in another zone; the summary is really read; the refresh is
incremental; nobody but the owner touches the summary tables."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from psycopg import errors
from sqlalchemy import text

from hms_desktop.db import sql_objects
from hms_desktop.domain.reports import ReportParams
from hms_desktop.domain.staff import Group
from hms_desktop.services import reports
from hms_desktop.services.reports import summary

REPORTS = ("appointment_volume", "no_show_rate", "lead_time", "waiting_time")
ZONE = "Europe/London"
SET_ZONE = text("UPDATE hospital_setting SET value = to_jsonb(CAST(:z AS text)) WHERE key = 'time_zone'")
STATUSES = ("completed", "no_show", "cancelled", "requested", "completed", "booked", "checked_in", "declined",
            "completed")


def hospital_today(zone: str = ZONE) -> date:
    return datetime.now(ZoneInfo(zone)).date()


@pytest.fixture(scope="module")
def known(database) -> dict[str, int]:
    """Three doctors (two specialties, one without), appointments on every day from 80 days ago to 3 days
    ahead, of every status, with waits and lead times that vary; and the oracle functions (version 1)."""
    doctors = [database.add_user(Group.DOCTOR, stem=f"sumdoc{n}", full_name=f"Dr Summary {n}") for n in range(3)]
    patient = new_patient(database, sex="F", birth=date(1970, 1, 1))
    today = hospital_today()
    with database.owner.engine.begin() as conn:
        staff = [conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": u}).scalar_one()
                 for u in doctors]
        specialty = {name: conn.execute(text("INSERT INTO specialty (name) VALUES (:n) RETURNING id"),
                                        {"n": name}).scalar_one() for name in ("Summary cardio", "Summary derm")}
        conn.execute(text("INSERT INTO doctor_specialty (staff_id, specialty_id) VALUES (:a, :s), (:b, :t)"),
                     {"a": staff[0], "s": specialty["Summary cardio"], "b": staff[1],
                      "t": specialty["Summary derm"]})
        # Rows as the bench makes them: the row triggers off, so created_at is ours (the lead time).
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        k = 0
        for offset in range(-80, 4):
            day = today + timedelta(days=offset)
            for n, doctor in enumerate(staff):
                for slot in range((offset + n) % 4 + 1):
                    k += 1
                    status = STATUSES[k % len(STATUSES)]
                    starts = datetime.combine(day, time(8 + 2 * slot, 15 * (k % 4)), ZoneInfo(ZONE))
                    waited = status in ("completed", "checked_in") and k % 3 != 0
                    conn.execute(text(
                        "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at, "
                        "called_at, cancel_reason, created_at) VALUES (:p, :d, :s, :e, :st, :ci, :ca, :why, :c)"),
                        {"p": patient, "d": doctor, "s": starts, "e": starts + timedelta(minutes=15), "st": status,
                         "ci": starts if waited else None,
                         "ca": starts + timedelta(minutes=k % 47, seconds=k % 7) if waited else None,
                         "why": "Summary" if status in ("no_show", "cancelled", "declined") else None,
                         "c": starts - timedelta(days=k % 23, hours=k % 11, minutes=k % 13)})
    with database.owner.engine.begin() as conn:
        for report in REPORTS:
            sql = sql_objects.read(f"hms_report_{report}", 1).replace(
                f"FUNCTION hms_report_{report}(", f"FUNCTION oracle_{report}(")
            conn.execute(text(sql.replace(":", "\\:")))
    return {"cardio": staff[0], "derm": staff[1], "plain": staff[2], "cardiology": specialty["Summary cardio"],
            "patient": patient}


def rows(database, function: str, first: date, last: date, zone: str = ZONE, doctor: int | None = None,
         specialty: int | None = None) -> list[tuple]:
    with database.owner.engine.begin() as conn:
        return [tuple(r) for r in conn.execute(
            text(f"SELECT * FROM {function}(:f, :l, :z, NULL, :d, :s, NULL, NULL)"),
            {"f": first, "l": last, "z": zone, "d": doctor, "s": specialty}).all()]


def ranges() -> list[tuple[date, date]]:
    today = hospital_today()
    return [(today - timedelta(days=80), today + timedelta(days=3)),       # everything, today and ahead
            (today - timedelta(days=80), today - timedelta(days=1)),       # only summarised days
            (today - timedelta(days=57), today - timedelta(days=9)),       # part months at both ends
            (today.replace(day=1) - timedelta(days=1), today),             # a month's last day to today
            (today, today)]


def assert_same_as_plain(database, known, zone: str = ZONE) -> None:
    for report in REPORTS:
        for first, last in ranges():
            plain = rows(database, f"oracle_{report}", first, last, zone)
            assert plain or last == hospital_today(), (report, first, last)  # today's may not have started
            assert rows(database, f"hms_report_{report}", first, last, zone) == plain, (report, first, last)
        first, last = ranges()[0]
        for doctor, specialty in ((known["cardio"], None), (None, known["cardiology"])):
            assert (rows(database, f"hms_report_{report}", first, last, zone, doctor, specialty)
                    == rows(database, f"oracle_{report}", first, last, zone, doctor, specialty))


def refresh(database) -> int:
    with database.owner.engine.begin() as conn:
        return int(conn.execute(text("SELECT hms_report_refresh_summary()")).scalar_one())


def state(database) -> tuple:
    with database.owner.engine.begin() as conn:
        return tuple(conn.execute(text("SELECT zone, summarised_before FROM appointment_summary_state")).one())


def test_same_rows_before_the_first_refresh(database, known) -> None:
    assert state(database) == (None, None)
    assert_same_as_plain(database, known)


def test_same_rows_from_the_summary_and_a_later_refresh_does_only_new_days(database, known) -> None:
    assert refresh(database) == 80  # from the first appointment's day (80 days ago) to yesterday
    assert state(database) == (ZONE, hospital_today())
    with database.owner.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM appointment_day_summary")).scalar_one() > 200
        assert conn.execute(text("SELECT count(*) FROM appointment_month_lead_summary")).scalar_one() > 0
    assert_same_as_plain(database, known)
    assert refresh(database) == 0  # up to date: nothing again


def test_the_summary_is_read_for_summarised_days_only(database, known) -> None:
    """A number changed in the summary behind the reports' back shows in a report over a summarised day (so the
    summary is what is read there), not in one over today; a refresh puts it right."""
    yesterday = hospital_today() - timedelta(days=1)
    refresh(database)
    before = rows(database, "hms_report_appointment_volume", yesterday, yesterday)
    with database.owner.engine.begin() as conn:
        changed = conn.execute(text("UPDATE appointment_day_summary SET booked = booked + 1000 WHERE day = :d"),
                               {"d": yesterday}).rowcount
    assert changed > 0
    after = rows(database, "hms_report_appointment_volume", yesterday, yesterday)
    assert sum(r[2] for r in after) == sum(r[2] for r in before) + 1000 * changed
    # Noting the day (as any change to its appointments does) makes the reports read it live again.
    with database.owner.engine.begin() as conn:
        conn.execute(text("INSERT INTO appointment_summary_dirty (day) VALUES (:d)"), {"d": yesterday})
    assert rows(database, "hms_report_appointment_volume", yesterday, yesterday) == before
    refresh(database)
    assert rows(database, "hms_report_appointment_volume", yesterday, yesterday) == before


def test_backdated_changes_are_exact_before_and_after_the_refresh(database, known) -> None:
    refresh(database)
    today = hospital_today()
    long_ago = datetime.combine(today - timedelta(days=40), time(19, 0), ZoneInfo(ZONE))
    with database.owner.engine.begin() as conn:
        # A no-show marked late, a visit entered for last week, a booking moved from one past day to another,
        # and an appointment deleted.
        conn.execute(text("UPDATE appointment SET status = 'no_show', cancel_reason = 'Late' "
                          "WHERE id = (SELECT min(id) FROM appointment WHERE status = 'booked' "
                          "AND starts_at < now() - interval '20 days')"))
        conn.execute(text(
            "INSERT INTO appointment (patient_id, doctor_id, starts_at, ends_at, status, checked_in_at, called_at) "
            "VALUES (:p, :d, :s, :s + interval '15 minutes', 'completed', :s, :s + interval '99 minutes')"),
            {"p": known["patient"], "d": known["derm"], "s": long_ago + timedelta(days=33)})
        conn.execute(text("UPDATE appointment SET starts_at = :s, ends_at = :s + interval '15 minutes' "
                          "WHERE id = (SELECT min(id) FROM appointment WHERE status = 'no_show' "
                          "AND starts_at > now() - interval '5 days' AND starts_at < now() - interval '1 day')"),
                     {"s": long_ago})
        conn.execute(text("DELETE FROM appointment WHERE id = (SELECT max(id) FROM appointment "
                          "WHERE status = 'cancelled' AND starts_at < now() - interval '60 days')"))
        noted = conn.execute(text("SELECT count(DISTINCT day) FROM appointment_summary_dirty")).scalar_one()
    assert noted >= 4
    assert_same_as_plain(database, known)  # read live for the noted days, before any refresh
    assert refresh(database) >= 4
    with database.owner.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM appointment_summary_dirty WHERE day < :t"),
                            {"t": today}).scalar_one() == 0
    assert_same_as_plain(database, known)


def test_another_zone_reads_live_until_the_refresh_counts_its_days(database, known) -> None:
    refresh(database)
    tokyo = "Asia/Tokyo"
    assert_same_as_plain(database, known, tokyo)  # the summary's days are London's: not used
    with database.owner.engine.begin() as conn:
        conn.execute(SET_ZONE, {"z": tokyo})
    try:
        assert refresh(database) >= 80  # everything again, in Tokyo's days
        assert state(database) == (tokyo, hospital_today(tokyo))
        assert_same_as_plain(database, known, tokyo)
    finally:
        with database.owner.engine.begin() as conn:
            conn.execute(SET_ZONE, {"z": ZONE})
        refresh(database)
    assert state(database)[0] == ZONE


def test_the_service_refreshes_and_the_reports_run_through_it(database, known) -> None:
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE appointment_summary_state SET summarised_before = summarised_before - 3"))
    for ctx in database.logged_in(Group.ADMIN):
        assert summary.summary_state(ctx).behind
        done = summary.refresh_if_behind(ctx)
        assert done is not None and done.days == 3
        assert summary.refresh_if_behind(ctx) is None  # up to date: the cheap check says so, nothing runs
        assert not summary.summary_state(ctx).behind
        today = hospital_today()
        result = reports.run_report(ctx, "no-show-rate", ReportParams(today - timedelta(days=80), today))
        assert [tuple(r) for r in result.rows] == [
            tuple(r) for r in rows(database, "oracle_no_show_rate", today - timedelta(days=80), today)]


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN])
def test_nobody_but_the_owner_touches_the_summary_tables(database, known, group: Group) -> None:
    username = database.add_user(group)
    with database.connect_as(username) as conn:
        for table in ("appointment_day_summary", "appointment_month_lead_summary", "appointment_summary_state",
                      "appointment_summary_dirty"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
            conn.rollback()
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"DELETE FROM {table}")
            conn.rollback()
        for function in ("hms_report_summary_days(current_date, current_date, 'UTC')",
                         "hms_report_day_ranges(current_date, current_date, 'UTC', '{}')"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {function}")
            conn.rollback()
        may_refresh = group in (Group.DOCTOR, Group.ADMIN)
        if may_refresh:
            assert conn.execute("SELECT hms_report_refresh_summary()").fetchone() is not None
            assert conn.execute("SELECT behind FROM hms_report_summary_state()").fetchone() == (False,)
        else:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT hms_report_refresh_summary()")
        conn.rollback()


def test_a_desk_change_to_today_is_noted_but_a_future_booking_is_not(database, known) -> None:
    refresh(database)
    today = hospital_today()
    with database.owner.engine.begin() as conn:
        conn.execute(text("DELETE FROM appointment_summary_dirty"))
        conn.execute(text("UPDATE appointment SET reason = 'Moved to the afternoon' WHERE id = "
                          "(SELECT min(id) FROM appointment WHERE starts_at > now() + interval '2 days')"))
        assert conn.execute(text("SELECT count(*) FROM appointment_summary_dirty")).scalar_one() == 0
        conn.execute(text("UPDATE appointment SET called_at = called_at WHERE id = (SELECT min(id) FROM appointment "
                          "WHERE starts_at >= :s AND starts_at < :e)"),
                     {"s": datetime.combine(today, time(0), ZoneInfo(ZONE)),
                      "e": datetime.combine(today + timedelta(days=1), time(0), ZoneInfo(ZONE))})
        assert conn.execute(text("SELECT array_agg(DISTINCT day) FROM appointment_summary_dirty")).scalar_one() == [
            today]
    assert_same_as_plain(database, known)


def test_connecting_as_a_person_sees_the_same_numbers(database, known) -> None:
    """Through a doctor's own connection (the report's grants, the summary read by the definer)."""
    refresh(database)
    username = database.add_user(Group.DOCTOR)
    first, last = ranges()[0]
    with database.connect_as(username) as conn:
        got = conn.execute("SELECT * FROM hms_report_lead_time(%s, %s, %s, NULL, NULL, NULL, NULL, NULL)",
                           (first, last, ZONE)).fetchall()
    assert [tuple(r) for r in got] == rows(database, "oracle_lead_time", first, last)


def test_cli_refresh_for_a_nightly_cron(database, known, capsys) -> None:
    from test_reports import owner_url

    from hms_desktop import cli

    refresh(database)
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE appointment_summary_state SET summarised_before = summarised_before - 2"))
    assert cli.main(["report", "refresh", "--url", owner_url(database)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Report summary: 2 days summarised in ")
    assert f"it now reaches {hospital_today()}." in out
    assert state(database) == (ZONE, hospital_today())


def test_the_desktops_daily_work_refreshes_the_embedded_database_only(database, known) -> None:
    """What ui/controller.py runs after the daily backup: the owner's refresh when behind, on the embedded
    database; a shared server's is its cron job's."""
    from hms_desktop.services import setup

    if database.cluster.embedded is None:
        pytest.skip("the daily refresh is the embedded database's")
    refresh(database)
    with database.owner.engine.begin() as conn:
        conn.execute(text("UPDATE appointment_summary_state SET summarised_before = summarised_before - 1"))
    shared = setup.Connection(target=database.target, embedded=None, url_username="nobody")
    assert summary.refresh_embedded_if_behind(shared) is None
    assert state(database)[1] == hospital_today() - timedelta(days=1)
    # Never closed here: close() would stop the test cluster.
    embedded = setup.Connection(target=database.target, embedded=database.cluster.embedded)
    done = summary.refresh_embedded_if_behind(embedded)
    assert done is not None and done.days == 1
    assert summary.refresh_embedded_if_behind(embedded) is None
    assert state(database) == (ZONE, hospital_today())
