"""Administration → Wards and beds with the demo wards and admitted patients (services/demo_wards.py, kept
working with migration 0025's columns): the occupancy table has utilisation to show and the demo's broken beds
say why. Its own module: the demo seeds wards only into a database that has none.

Set HMS_SCREENSHOT_DIR to keep a PNG of the page."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from factories import new_patient
from helpers import TODAY
from PySide6.QtWidgets import QApplication, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services import demo_wards
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.wards_page import WardsPage

pytestmark = pytest.mark.usefixtures("app_style")


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


def test_the_page_with_the_demo_wards_and_patients(qtbot, runner, database, admin) -> None:
    for i in range(40):
        new_patient(database, f"Demo{i}", "Adult", sex="F", birth=TODAY - timedelta(days=365 * 40 + i))
    with database.owner.engine.begin() as conn:
        assert demo_wards.seed_demo_wards(conn) == 60
        assert demo_wards.admit_demo_patients(conn, 12) > 0
    page = WardsPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    assert page.report is not None
    busy = [w for w in page.report.wards if w.bed_nights_occupied > 0]
    assert busy and all(w.utilisation is not None and w.utilisation > 0 for w in busy)
    # The demo's broken beds say why.
    broken = [b for b in page.data.beds if b.status == "out_of_service"] if page.data else []
    assert len(broken) == 2 and all(b.out_of_service_reason for b in broken)
    page.select("bed", broken[0].id)
    assert broken[0].out_of_service_reason in page.ui.stateLabel.text()
    screenshot(page, "wards-page-demo")
