"""Times on screens and printouts are the hospital's, not the workstation's (issue 10, item 7).

The workstation runs in Auckland (the process's TZ, set and restored around each test); the hospital is in
London (setting ``time_zone``). Auckland is 11 to 13 hours ahead, so a time shown on the workstation's clock
can never pass for the hospital's. Checked: the day calendar and the doctor's queue, the bed board, the
patient overview's admission, the appointment slip's PDF read back, and the audit browser.
"""

from __future__ import annotations

import os
import subprocess
import time as time_module
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import new_patient
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit
from sqlalchemy import text

from hms_desktop.domain.clock import FixedClock
from hms_desktop.domain.staff import Group
from hms_desktop.services import admissions, demo_wards, scheduling, slips
from hms_desktop.services import settings as settings_service
from hms_desktop.services.billing.dtos import DepositDTO
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.dialogs.billing_desk import PaymentDialog
from hms_desktop.ui.dialogs.doctor_hours_dialog import DoctorHoursDialog
from hms_desktop.ui.dialogs.patient_overview import PatientOverview
from hms_desktop.ui.tabs.audit_page import AuditPage
from hms_desktop.ui.tabs.bed_board import BedBoard
from hms_desktop.ui.tabs.doctor_queue import DoctorQueue
from hms_desktop.ui.tabs.scheduling import SchedulingTab

LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")
STAMP = "%d %b %Y %H:%M"
# A day ahead (booking needs a future time) on which the desks' clocks stand at 10:00 in London.
DAY = datetime.now(LONDON).date() + timedelta(days=3)
TEN = FixedClock(datetime.combine(DAY, time(10), tzinfo=LONDON))

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(autouse=True)
def auckland_workstation() -> Iterator[None]:
    """The process (the workstation) runs on Auckland time for the test, and on its own zone again after."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Auckland"
    time_module.tzset()
    assert datetime.now().astimezone().utcoffset() == datetime.now(AUCKLAND).utcoffset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time_module.tzset()


@pytest.fixture(scope="module", autouse=True)
def london_hospital(database) -> Iterator[None]:
    owner = database.owner_context()
    before = settings_service.get_settings(owner)
    settings_service.save_settings(owner, replace(before, time_zone="Europe/London"))
    with database.owner.engine.begin() as conn:
        demo_wards.seed_demo_wards(conn)
    yield
    settings_service.save_settings(owner, before)


@pytest.fixture(scope="module")
def doctor(database) -> tuple[str, int]:
    username = database.add_user(Group.DOCTOR, full_name="Dr Zone Keeper")
    with database.owner.engine.begin() as conn:
        staff_id = int(conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": username}).scalar_one())
        conn.execute(text("INSERT INTO doctor_profile (staff_id, slot_minutes) VALUES (:s, 15)"), {"s": staff_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, valid_from) "
                              "VALUES (:s, :w, '08:00', '18:00', :f)"),
                         {"s": staff_id, "w": weekday, "f": DAY - timedelta(days=7)})
    return username, staff_id


@pytest.fixture(scope="module")
def reception(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.RECEPTION, clock=TEN)


def on_the_workstation(instant: datetime) -> str:
    return f"{instant.astimezone():{STAMP}}"


def test_calendar_queue_and_slip_are_on_the_hospitals_clock(qtbot, runner, database, reception, doctor,
                                                             tmp_path: Path) -> None:
    username, staff_id = doctor
    two_pm = datetime.combine(DAY, time(14), tzinfo=LONDON)  # 03:00 the next day in Auckland (NZST/NZDT)
    assert f"{two_pm.astimezone():%H:%M}" != "14:00"
    appointment = scheduling.book(reception, new_patient(database, "Timely", "Tess"), staff_id, two_pm,
                                  kind="follow_up", reason="Review")

    tab = SchedulingTab(ctx=reception, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    assert tab.day == DAY  # the hospital's today, not Auckland's (already the next day at 10:00 London)
    tab.show_day(DAY)
    assert tab.calendar.texts(appointment.id).startswith("14:00 · TIMELY, Tess")

    for ctx in database.logged_in(username=username, clock=TEN):
        queue = DoctorQueue(ctx=ctx, runner=runner)
        qtbot.addWidget(queue)
        queue.show()
        assert queue.day == DAY
        assert queue.day_tree.topLevelItem(0).text(0) == "14:00"

    job = slips.appointment_slip(reception, appointment.id)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(job.pdf)
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout
    assert "14:00" in words and f"{two_pm.astimezone():%H:%M}" not in words
    assert f"{DAY:%A}" in words  # the hospital's day (Auckland is already on the next one)


def test_bed_board_and_overview_show_the_admission_on_the_hospitals_clock(qtbot, runner, database,
                                                                            reception) -> None:
    patient = new_patient(database, "Admitted", "Ana")
    bed = admissions.free_beds(reception, bed_type="general")[0]
    admission = admissions.admit(reception, patient, bed.id, doctor_id=None, reason="Observation",
                                 expected_days=2)
    there = f"{admission.admitted_at.astimezone(LONDON):{STAMP}}"
    assert there != on_the_workstation(admission.admitted_at)
    try:
        board = BedBoard(ctx=reception, runner=runner)
        qtbot.addWidget(board)
        board.resize(1280, 720)
        board.show()
        tile = board.tiles[bed.id]
        assert there in tile.toolTip() and on_the_workstation(admission.admitted_at) not in tile.toolTip()

        overview = PatientOverview(ctx=reception, runner=runner, patient_id=patient)
        qtbot.addWidget(overview)
        overview.show()
        label = overview.ui.admissionLabel.text()
        assert there in label and on_the_workstation(admission.admitted_at) not in label
    finally:
        admissions.discharge(reception, admission.id, disposition="home", summary="Went home.")
        admissions.set_bed_status(reception, bed.id, "available")


def test_audit_browser_shows_entries_on_the_hospitals_clock(qtbot, runner, database) -> None:
    new_patient(database, "Audited", "Abe")
    for admin in database.logged_in(Group.ADMIN):
        page = AuditPage(ctx=admin, runner=runner)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()  # the first show loads the newest entries
        assert page.entries
        entry = page.entries[0]
        shown = page.ui.table.item(0, 0).text()
        assert shown == f"{entry.at.astimezone(LONDON):%d %b %Y %H:%M:%S}"
        assert shown != f"{entry.at.astimezone():%d %b %Y %H:%M:%S}"
        # The day filters start on the hospital's today.
        assert page.ui.toDate.date().toPython() == datetime.now(LONDON).date()


# 14:00 in London is already the next day in Auckland: "today" differs between the two.
AFTERNOON = FixedClock(datetime.combine(DAY, time(14), tzinfo=LONDON))


def test_the_hours_dialog_starts_new_rows_on_the_hospitals_today(qtbot, runner, database, doctor) -> None:
    _username, staff_id = doctor
    assert AFTERNOON.now().astimezone().date() == DAY + timedelta(days=1)
    for admin in database.logged_in(Group.ADMIN, clock=AFTERNOON):
        dialog = DoctorHoursDialog(ctx=admin, runner=runner, staff_id=staff_id, doctor_name="Dr Zone Keeper")
        qtbot.addWidget(dialog)
        row = dialog.add_session_row()
        valid_from = dialog.session_widget(row, 5)
        assert isinstance(valid_from, QDateEdit) and valid_from.date().toPython() == DAY
        row = dialog.add_absence_row()
        starts = dialog.absence_widget(row, 1)
        assert isinstance(starts, QDateTimeEdit)
        assert starts.dateTime().date().toPython() == DAY + timedelta(days=1)  # tomorrow at the hospital
        dialog.reject()


def test_a_deposits_date_is_the_hospitals(qtbot, runner, reception) -> None:
    late = datetime.combine(DAY, time(23, 30), tzinfo=LONDON)  # the next morning in Auckland
    deposit = DepositDTO(id=1, patient_id=1, method="cash", amount=Decimal("50.00"), applied=Decimal("0"),
                         reference=None, taken_at=late.astimezone(AUCKLAND), taken_by="desk")  # as a session
    # in the workstation's zone would hand it over; the dialog still says the hospital's day
    clock = HospitalClock(ctx=reception, zone=LONDON)
    dialog = PaymentDialog(ctx=reception, runner=runner, mode="apply", patient_id=1, patient_name="Ana",
                           invoice=None, deposits=(deposit,), clock=clock)
    qtbot.addWidget(dialog)
    text_shown = dialog.ui.depositCombo.itemText(0)
    assert f"{DAY:%d %b %Y}" in text_shown and f"{DAY + timedelta(days=1):%d %b %Y}" not in text_shown


def test_the_lab_chart_labels_its_axis_on_the_hospitals_clock(reception) -> None:
    from PySide6.QtCore import QDateTime

    from hms_desktop.ui.widgets.lab_results_pane import _ms

    two_pm = datetime.combine(DAY, time(14), tzinfo=LONDON)
    value = _ms(two_pm, HospitalClock(ctx=reception, zone=LONDON))
    # QDateTimeAxis writes its labels from the value on the workstation's clock.
    assert QDateTime.fromMSecsSinceEpoch(int(value)).toString("yyyy-MM-dd HH:mm") == f"{DAY:%Y-%m-%d} 14:00"
