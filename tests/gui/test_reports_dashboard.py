"""Reports → Dashboard (issue 12): known numbers per group, hidden tiles, a live reload from another desk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient, seed_dashboard_day
from helpers import TODAY, at, fixed_clock
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.live import LiveUpdates
from hms_desktop.ui.tabs.reports_dashboard import ReportsDashboard

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture(scope="module")
def seeded(database) -> dict[str, int]:
    return seed_dashboard_day(database)


def open_dashboard(qtbot, runner, ctx: ServiceContext, live: LiveUpdates | None = None) -> ReportsDashboard:
    page = ReportsDashboard(ctx=ctx, runner=runner, live=live)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def save_png(page: ReportsDashboard, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(folder) / f"{name}.png"))


def test_the_admin_sees_every_tile_and_both_charts(qtbot, runner, database, seeded) -> None:
    page = open_dashboard(qtbot, runner, database.context_for(Group.ADMIN, clock=fixed_clock(10)))
    save_png(page, "reports_dashboard_admin")
    assert page.board is not None
    shown = {key: page.tile_text(key) for key in page.tiles}
    assert shown["booked"] == "5" and shown["checked_in"] == "3" and shown["seen"] == "1"
    assert shown["no_shows"] == "1" and shown["waiting"] == "2" and shown["average_wait"] == "20 min"
    assert shown["admissions"] == "1" and shown["discharges"] == "1"
    assert shown["revenue"] is not None and shown["revenue"].endswith("95.50")
    assert shown["low_stock"] == "1"
    assert page.tiles["waiting"].accessibleName() == "Waiting now: 2"
    assert page.ui.revenueChartHost.isVisible() and page.ui.stockHost.isVisible()
    assert page.ui.stockTable.item(0, 0).text() == "Dash gauze"
    assert page.ui.stockTable.item(0, 1).text() == "4 packs"  # counted as the stock page counts
    assert not page.ui.stockTable.tabKeyNavigation()
    # The ward chart carries its numbers as labels and in words for a screen reader.
    assert "Dash ward: 2 of 3 beds occupied" in page.ward_view.accessibleDescription()
    assert page.ward_chart.series()[0].isLabelsVisible()


def test_billing_sees_the_money_but_not_the_stock(qtbot, runner, database, seeded) -> None:
    page = open_dashboard(qtbot, runner, database.context_for(Group.BILLING, clock=fixed_clock(10)))
    assert page.tile_text("revenue") is not None and page.tile_text("revenue").endswith("95.50")
    assert page.tile_text("low_stock") is None and not page.ui.stockHost.isVisible()
    assert page.ui.revenueChartHost.isVisible()
    assert page.revenue_timer.isActive()  # payments have no channel: a timer brings the money up to date


def test_a_doctor_sees_neither_money_nor_stock(qtbot, runner, database, seeded) -> None:
    page = open_dashboard(qtbot, runner, database.context_for(Group.DOCTOR, clock=fixed_clock(10)))
    save_png(page, "reports_dashboard_doctor")
    assert page.tile_text("revenue") is None and page.tile_text("low_stock") is None
    assert not page.ui.revenueChartHost.isVisible() and not page.ui.stockHost.isVisible()
    assert page.tile_text("booked") == "5"
    assert not page.revenue_timer.isActive()


@pytest.fixture
def bookable_doctor(database) -> Iterator[int]:
    """A doctor who works every day 09:00-17:00 in a room of their own (migration 0003's tables)."""
    doctor = database.add_user(Group.DOCTOR)
    with database.owner.engine.begin() as conn:
        doctor_id = conn.execute(text("SELECT id FROM staff WHERE username = :u"), {"u": doctor}).scalar_one()
        room = conn.execute(text("INSERT INTO resource (name, kind) VALUES ('Dash room', 'consulting_room') "
                                 "RETURNING id")).scalar_one()
        conn.execute(text("INSERT INTO doctor_profile (staff_id) VALUES (:s)"), {"s": doctor_id})
        for weekday in range(7):
            conn.execute(text("INSERT INTO work_template (staff_id, weekday, starts, ends, resource_id, valid_from) "
                              "VALUES (:s, :w, '09:00', '17:00', :r, :f)"),
                         {"s": doctor_id, "w": weekday, "r": room, "f": TODAY - timedelta(days=7)})
    yield doctor_id


def test_a_booking_at_another_desk_reloads_the_dashboard(qtbot, runner, database, seeded, bookable_doctor) -> None:
    admin = database.context_for(Group.ADMIN, clock=fixed_clock(10))
    desk = database.context_for(Group.RECEPTION, clock=fixed_clock(10))
    live = LiveUpdates(admin)
    try:
        with qtbot.waitSignal(live.connection_changed, timeout=5000):
            live.start()
        page = open_dashboard(qtbot, runner, admin, live)
        page.throttle.setInterval(100)  # the throttle's few seconds, shortened for the test
        qtbot.waitUntil(lambda: "appointments" in live._listener.listening() and not page.catch_up.isActive(),
                        timeout=5000)
        before = int(page.tile_text("booked") or 0)
        patient = new_patient(database, "Dashlive", "Lee")
        scheduling.book(desk, patient, bookable_doctor, at(TODAY, 15), reason="Booked elsewhere")
        # No reload() here: only the NOTIFY of the other desk's commit can bring the new number in.
        qtbot.waitUntil(lambda: page.tile_text("booked") == str(before + 1), timeout=5000)
    finally:
        live.stop()


def test_notifications_in_a_burst_reload_once(qtbot, runner, database, seeded) -> None:
    page = open_dashboard(qtbot, runner, database.context_for(Group.DOCTOR, clock=fixed_clock(10)))
    loads: list[int] = []
    page.loaded.connect(lambda: loads.append(1))
    page.throttle.setInterval(50)
    for _ in range(20):
        page._notified("appointments", "")
        page._notified("beds", "")
    page._notified("queue", "")  # not the dashboard's channel
    qtbot.waitUntil(lambda: bool(loads), timeout=2000)
    qtbot.wait(150)
    assert len(loads) == 1


def test_a_dashboard_not_on_screen_queries_nothing_until_it_is_shown(qtbot, runner, database, seeded) -> None:
    """Every admin, billing and doctor login builds the tab; most never open it."""
    page = ReportsDashboard(ctx=database.context_for(Group.ADMIN, clock=fixed_clock(10)), runner=runner)
    qtbot.addWidget(page)
    qtbot.wait(50)
    assert page.board is None
    page._notified("appointments", "{}")  # a notification while hidden marks it out of date, no reload
    assert page.board is None and not page.throttle.isActive()
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.board is not None)
    assert int(page.tile_text("booked") or 0) >= 5  # the seeded day (a test before may have booked one more)
def test_a_board_read_on_a_lagging_replica_says_so_and_reads_again_a_few_times(qtbot, runner, database,
                                                                              seeded) -> None:
    """Issue 12 item 6: a notification from the primary may come before the replica has replayed the change."""
    import dataclasses

    from hms_desktop.ui.tabs.reports_dashboard import REPLAY_RELOADS

    page = open_dashboard(qtbot, runner, database.context_for(Group.ADMIN, clock=fixed_clock(10)))
    assert page.board is not None and page.board.source == "primary"
    assert "replica" not in page.ui.updatedLabel.text() and not page.throttle.isActive()
    behind = dataclasses.replace(page.board, source="replica (7 s behind)")
    for _ in range(REPLAY_RELOADS):
        page.throttle.stop()
        page._loaded(page.clock, behind)
        assert page.ui.updatedLabel.text().endswith("from the replica (7 s behind)")
        assert page.throttle.isActive()  # it will read again
    qtbot.wait(20)  # the header row lays out the longer line
    save_png(page, "reports_dashboard_replica")
    page.throttle.stop()
    page._loaded(page.clock, behind)
    assert not page.throttle.isActive()  # not forever
    page._notified("appointments", "")  # a new change announced: it may read again after it
    page.throttle.stop()
    page._loaded(page.clock, behind)
    assert page.throttle.isActive()
    page.throttle.stop()
    page._loaded(page.clock, dataclasses.replace(page.board, source="replica (up to date)"))
    assert page.ui.updatedLabel.text().endswith("from the replica (up to date)") and not page.throttle.isActive()
