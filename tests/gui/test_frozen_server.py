"""Issue 7.10: a server that stops answering must not leave a save on "Saving…" forever, and a commit that
lands late must not make a retry register the patient twice.

The server is frozen for real: the backend serving the save is stopped with SIGSTOP (the tests run as the
user that owns, or as root over, the embedded server) just before it receives the COMMIT. Bounds are short
here (``CALL_TIMEOUT``); no assertion is about time, only that the dialog answers at all.
"""

from __future__ import annotations

import contextlib
import os
import signal
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import DEFAULT_PASSWORD, submit
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import event

from hms_desktop.domain.staff import Group
from hms_desktop.services import auth
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.dialogs.patient_dialog import PatientDialog
from hms_desktop.ui.tasks import TaskRunner

CALL_TIMEOUT = 1.0  # seconds: the server's statement_timeout; the client cuts the connection 2 s later
TASK_TIMEOUT = 6.0  # the runner's own watchdog, a backstop
ANSWER_WITHIN_MS = 60_000  # generous: the machine is shared; the point is that an answer comes at all


@pytest.fixture
def gui_ctx(database, tmp_path) -> Iterator[ServiceContext]:
    """A reception login as the GUI makes it: every unit of work bounded."""
    username = database.add_user(Group.RECEPTION)
    ctx = auth.login(database.target, username, DEFAULT_PASSWORD,
                     throttle=auth.LoginThrottle(tmp_path / "throttle.json"), call_timeout=CALL_TIMEOUT)
    yield ctx
    ctx.db.dispose()


class FreezeOnCommit:
    """Stops the backend of the connection that inserts a patient, just before its COMMIT is sent."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.engine = ctx.db.engine
        self.armed = True
        self.pids: list[int] = []
        self._inserting: set[int] = set()
        event.listen(self.engine, "before_cursor_execute", self._statement)
        event.listen(self.engine, "commit", self._commit)

    def _statement(self, conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if self.armed and statement.lstrip().upper().startswith("INSERT INTO PATIENT "):
            self._inserting.add(id(conn.connection.dbapi_connection))

    def _commit(self, conn: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        if self.armed and id(dbapi) in self._inserting:
            self.armed = False
            pid = dbapi.info.backend_pid
            os.kill(pid, signal.SIGSTOP)
            self.pids.append(pid)

    def thaw(self) -> None:
        self.armed = False
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)


def _owner_count(database: Any, sql: str, params: tuple[Any, ...]) -> int:
    with database.cluster.admin_connect(database.name) as conn:
        row = conn.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def test_a_frozen_server_gives_a_message_keeps_the_form_and_a_retry_makes_no_duplicate(
        qtbot, database, gui_ctx) -> None:
    runner = TaskRunner(task_timeout=TASK_TIMEOUT)
    dialog = PatientDialog(ctx=gui_ctx, runner=runner, region="GB")
    qtbot.addWidget(dialog)
    dialog.show()
    family = "Frozen" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:6])
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, family)
    qtbot.keyClicks(ui.givenNameEdit, "Ida")
    qtbot.keyClicks(ui.sexCombo, "F")
    qtbot.keyClicks(ui.birthDateEdit, "12/03/1980")
    save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    freeze = FreezeOnCommit(gui_ctx)
    try:
        submit(dialog, save_button)
        qtbot.waitUntil(lambda: "did not answer in time" in ui.messageLabel.text(), timeout=ANSWER_WITHIN_MS)
        assert freeze.pids, "the save never reached its COMMIT"
        assert "Nothing was saved; what you typed is kept." in ui.messageLabel.text()
        assert dialog.isVisible() and dialog.record is None
        assert ui.familyNameEdit.text() == family and ui.givenNameEdit.text() == "Ida"
        assert ui.buttonBox.isEnabled() and save_button.isEnabled()  # not stuck on "Saving…"
    finally:
        freeze.thaw()
        freeze.remove()
    # The woken backend finds its client gone; it may still have committed the COMMIT it had received.
    pid = freeze.pids[0]
    qtbot.waitUntil(lambda: _owner_count(database, "SELECT count(*) FROM pg_stat_activity WHERE pid = %s",
                                         (pid,)) == 0, timeout=ANSWER_WITHIN_MS)
    late = _owner_count(database, "SELECT count(*) FROM patient WHERE request_id = %s", (dialog.request_id,))
    # Retry from the same window: the earlier result if it was committed, else a new registration.
    submit(dialog, save_button)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=ANSWER_WITHIN_MS)
    runner.wait_for_idle()
    assert _owner_count(database, "SELECT count(*) FROM patient WHERE family_name = %s", (family,)) == 1
    assert _owner_count(database, "SELECT count(*) FROM patient WHERE request_id = %s", (dialog.request_id,)) == 1
    print(f"late commit: {bool(late)}")
