"""Only administrators reach the Administration tab (issue 10, item 8), checked per group on the real main
window after a real login; that the database refuses their writes anyway is tests/integration/test_admin_grants.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hms_desktop.domain.staff import Group, Module
from hms_desktop.services.throttle import LoginThrottle
from hms_desktop.ui.main_window import MainWindow
from hms_desktop.ui.tabs.administration import AdministrationTab

GROUPS = [(Group.RECEPTION,), (Group.DOCTOR,), (Group.BILLING,), (Group.DOCTOR, Group.BILLING), (Group.ADMIN,)]


@pytest.mark.parametrize("groups", GROUPS, ids=lambda g: "+".join(x.name.lower() for x in g))
def test_only_administrators_get_the_administration_tab(qtbot, runner, database, groups, tmp_path: Path) -> None:
    for ctx in database.logged_in(*groups):
        window = MainWindow(ctx=ctx, runner=runner, hospital_name="Test", idle_minutes=0,
                            throttle=LoginThrottle(tmp_path / "throttle.json"))
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        admin = Group.ADMIN in groups
        assert (Module.ADMINISTRATION in window.module_widgets) is admin
        assert ("Administration" in titles) is admin
        assert bool(window.findChildren(AdministrationTab)) is admin
        window.end_session()
