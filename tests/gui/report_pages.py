"""What the Reports pages' GUI tests share: the seeded day, an administrator, the pages opened and loaded, a PNG
when HMS_SCREENSHOT_DIR is set, a table lock that keeps a report waiting on the server, and a real task runner.
Test modules import the fixtures by name (``from report_pages import admin, seeded``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from factories import seed_dashboard_day
from helpers import fixed_clock
from PySide6.QtWidgets import QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.report_builder import ReportBuilder
from hms_desktop.ui.tabs.report_runner import ReportRunner
from hms_desktop.ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def seeded(database) -> dict[str, int]:
    return seed_dashboard_day(database)


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN, clock=fixed_clock(10))


@pytest.fixture
def task_runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_idle(10000)


def _shown(qtbot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)


def open_runner(qtbot, runner, ctx: ServiceContext) -> ReportRunner:
    page = ReportRunner(ctx=ctx, runner=runner)
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.definitions), timeout=10000)
    return page


def open_builder(qtbot, runner, ctx: ServiceContext) -> ReportBuilder:
    page = ReportBuilder(ctx=ctx, runner=runner)
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: page.choices is not None, timeout=10000)
    return page


def save_png(page: QWidget, name: str) -> None:
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(folder) / f"{name}.png"))


class TableLock:
    """The owner holds an ACCESS EXCLUSIVE lock on ``appointment``: a report reading it waits on the server,
    as a long report would, until ``release()``."""

    def __init__(self, database) -> None:
        cluster = database.cluster
        self.conn = psycopg.connect(**database.target.connect_kwargs(cluster.owner, cluster.owner_password))
        self.conn.execute("LOCK TABLE appointment IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


def active_queries(database, function: str) -> int:
    """How many statements calling ``function`` are running on the server now (not this one)."""
    with database.owner.engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND state = 'active' AND position(%(function)s IN query) > 0 AND pid <> pg_backend_pid()",
            {"function": function}).scalar_one())
