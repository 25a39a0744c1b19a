"""Administration → Backups (issue 10, item 5): "Back up now…" writes the file in the background, shows its name
and size, and the last backup is remembered for the next time the page opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hms_desktop.domain.staff import Group
from hms_desktop.services import backup
from hms_desktop.ui.tabs.backups_page import BackupsPage

pytestmark = pytest.mark.usefixtures("app_style")


@pytest.fixture
def admin_ctx(database):  # type: ignore[no-untyped-def]
    if not database.target.embedded:
        pytest.skip("the Backups page backs up the embedded database only")
    ctx = database.context_for(Group.ADMIN)
    yield ctx
    ctx.db.dispose()


def test_back_up_now_writes_the_file_and_says_its_name_and_size(qtbot, runner, admin_ctx, tmp_path: Path) -> None:
    page = BackupsPage(ctx=admin_ctx, runner=runner)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    assert page.state is not None and page.state.can_back_up
    assert str(backup.daily_backup_folder()) in page.ui.dailyValue.text()
    progress: list[int] = []
    page.ui.progressBar.valueChanged.connect(progress.append)

    def photograph_half_way(value: int) -> None:
        if value >= 50 and not (Path("/tmp") / "backups_page_running.png").exists():
            page.grab().save(str(Path("/tmp") / "backups_page_running.png"))

    page.ui.progressBar.valueChanged.connect(photograph_half_way)
    page.choose_folder = lambda: tmp_path  # type: ignore[method-assign]
    page.ui.backUpButton.click()
    written = list(tmp_path.glob("*.dump"))
    assert len(written) == 1
    message = page.ui.messageLabel.text()
    assert written[0].name in message and backup.size_words(written[0].stat().st_size) in message
    assert written[0].name in page.ui.lastValue.text()
    assert progress and max(progress) >= 50, "the bar moved while tables were dumped"
    assert page.ui.backUpButton.isEnabled() and not page.ui.cancelButton.isEnabled()
    assert page.ui.progressBar.isHidden()
    QApplication.processEvents()
    page.grab().save(str(Path("/tmp") / "backups_page.png"))

    again = BackupsPage(ctx=admin_ctx, runner=runner)  # the next visit reads the recorded backup
    qtbot.addWidget(again)
    again.show()
    assert written[0].name in again.ui.lastValue.text()


def test_a_folder_that_cannot_be_written_is_said_in_words(qtbot, runner, admin_ctx, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    page = BackupsPage(ctx=admin_ctx, runner=runner)
    qtbot.addWidget(page)
    page.show()
    page.choose_folder = lambda: blocker / "backups"  # type: ignore[method-assign]
    page.ui.backUpButton.click()
    assert page.ui.messageLabel.text().startswith("Cannot use the folder")
    assert "Traceback" not in page.ui.messageLabel.text()
    assert page.ui.backUpButton.isEnabled()


def test_cancel_stops_the_backup_and_leaves_no_file(qtbot, runner, admin_ctx, tmp_path: Path) -> None:
    page = BackupsPage(ctx=admin_ctx, runner=runner)
    qtbot.addWidget(page)
    page.show()
    runner.cancel_after = 2  # the synchronous runner cancels after the second progress report
    page.choose_folder = lambda: tmp_path  # type: ignore[method-assign]
    page.ui.backUpButton.click()
    assert page.ui.messageLabel.text() == "Backup cancelled."
    assert list(tmp_path.iterdir()) == []
