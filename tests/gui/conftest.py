"""GUI fixtures: real widgets on the offscreen platform, tasks run synchronously, a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from hms_desktop import formats, i18n
from hms_desktop.config import WorkstationSettings
from hms_desktop.secrets import PasswordVault
from hms_desktop.services import setup
from hms_desktop.ui.controller import AppController
from hms_desktop.ui.language import install_language
from hms_desktop.ui.locale_formats import install_locale_formats
from hms_desktop.ui.tasks import SyncTaskRunner


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The shipped French catalogue (resources/translations/hms_fr.qm) for one test; English again afterwards.
    Dates and numbers keep the tests' English formats: ``french_workstation`` has the French ones too.
    (test_language.py has a ``french`` of its own: a small catalogue built for its test.)"""
    assert install_language(qapp, "fr") == "fr"
    try:
        yield
    finally:
        install_language(qapp, "en")
        i18n.install(None)


@pytest.fixture
def french_workstation(french) -> Iterator[None]:
    """A French workstation as app.py makes one: the shipped catalogue and the French formats."""
    install_locale_formats(QLocale("fr_FR"))
    try:
        yield
    finally:
        formats.install(None)


@pytest.fixture
def runner(qapp) -> Iterator[SyncTaskRunner]:
    runner = SyncTaskRunner()
    yield runner
    # The real runner would have shown these in an error box: a test that meets one must handle it.
    assert not runner.unhandled, f"a task failed with no on_failure handler: {runner.unhandled!r}"


@pytest.fixture
def gui_connection(database) -> setup.Connection:
    """The module's database as the login window sees an embedded one (owner access before login)."""
    cluster = database.cluster
    return setup.Connection(target=database.target, url_username=cluster.owner,
                            url_password=cluster.owner_password, local_owner=True)


@pytest.fixture
def controller(qtbot, runner, gui_connection) -> Iterator[AppController]:
    controller = AppController(runner=runner, workstation=WorkstationSettings(), vault=PasswordVault(),
                               connection=gui_connection)
    controller.throttle.succeeded()  # each test starts with a clean failed-login count
    yield controller
    controller.shutdown()
    if controller.login_dialog is not None:
        controller.login_dialog.deleteLater()


@pytest.fixture(scope="module")
def app_style(qapp) -> Iterator[None]:
    """The application's style sheet, so what is tested (and photographed) is what people see.

    Set once per module that asks for it (``pytestmark = pytest.mark.usefixtures("app_style")``):
    changing it re-polishes every widget alive, which is slow."""
    from hms_desktop.app import apply_look

    palette = qapp.palette()
    apply_look(qapp)  # Fusion, the palette and the sheet, as app.run_gui sets them
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def window_settings_in_tmp(tmp_path) -> None:
    """Remembered dialog sizes go to a folder of this test's own: no size leaks from one test to the next."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
