"""Administration → Backups: the last backup, and "Back up now…" (a pg_dump in the background with a progress
bar, services/backup.py). Only the embedded database is backed up from here; a shared server is backed up on
the server with ``hms backup``, and the page says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from hms_desktop.formats import format_date, format_time
from hms_desktop.services import backup
from hms_desktop.services.backup import BackupInfo, BackupState
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_backups_page import Ui_BackupsPage
from hms_desktop.ui.tasks import Runner, TaskControl
from hms_desktop.ui.widgets.feedback import show_message


class BackupsPage(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._clock = HospitalClock.unloaded(ctx)
        self._control: TaskControl | None = None
        self.last_folder = Path.home()
        self.state: BackupState | None = None
        self.ui.progressBar.hide()
        self.ui.statusLabel.hide()
        self.ui.messageLabel.hide()
        self.ui.backUpButton.clicked.connect(self.back_up_now)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        # Loads when first shown, like the other Administration pages: building the tab stays quick.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: (backup.backup_state(ctx), hospital_clock(ctx)),
                         on_success=self._show_state, on_failure=self._failed, owner=self)

    def _show_state(self, loaded: tuple[BackupState, HospitalClock]) -> None:
        self.state, self._clock = loaded
        self._show_last(self.state.last)
        self.ui.backUpButton.setEnabled(self.state.can_back_up and self._control is None)
        self.ui.keepSpin.setEnabled(self.state.can_back_up)
        if self.state.daily_folder is not None:
            self.ui.dailyValue.setText(self.tr(
                "When the program starts and the last backup is more than a day old, it backs up by itself into "
                "{folder}, keeping the newest {keep} there.").format(folder=str(self.state.daily_folder),
                                                                     keep=backup.DAILY_KEEP))
        else:
            self.ui.dailyValue.setText(self.tr("None from this workstation: the server's administrators "
                                               "schedule them."))
        if not self.state.can_back_up:
            show_message(self.ui.messageLabel, domain_word(self.state.reason), role="hint")

    def _show_last(self, last: BackupInfo | None) -> None:
        if last is None:
            self.ui.lastValue.setText(self.tr("None taken from this program yet"))
            return
        when = self._clock.local(last.taken_at)
        self.ui.lastValue.setText(self.tr("{when}: {file} ({size})").format(
            when=f"{format_date(when)}, {format_time(when)}", file=last.path.name, size=backup.size_words(last.size)))

    def choose_folder(self) -> Path | None:
        """Where the backup goes (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the backup"),
                                                  str(self.last_folder))
        return Path(folder) if folder else None

    def back_up_now(self) -> None:
        if self._control is not None:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        self.last_folder = folder
        keep = self.ui.keepSpin.value() or None
        ctx = self._ctx
        self.ui.backUpButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(True)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Starting the backup…"))
        self.ui.statusLabel.show()
        show_message(self.ui.messageLabel, "")

        def work(control: TaskControl) -> BackupInfo:
            return backup.backup_now(ctx, folder, control.progress, lambda: control.cancelled, keep=keep)

        self._control = self._runner.run_cancellable(work, on_progress=self._progress, on_success=self._done,
                                                     on_failure=self._failed, owner=self)

    def cancel(self) -> None:
        if self._control is not None:
            self._control.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(self.tr("Cancelling…"))

    def _progress(self, percent: int, message: str) -> None:
        self.ui.progressBar.setValue(percent)
        if message:
            self.ui.statusLabel.setText(message)

    def _finished(self) -> None:
        self._control = None
        self.ui.cancelButton.setEnabled(False)
        self.ui.backUpButton.setEnabled(self.state is None or self.state.can_back_up)
        self.ui.progressBar.hide()
        self.ui.statusLabel.hide()

    def _done(self, info: BackupInfo) -> None:
        self._finished()
        self._show_last(info)
        show_message(self.ui.messageLabel, self.tr("Backup written: {file} ({size}) in {folder}.").format(
            file=info.path.name, size=backup.size_words(info.size), folder=str(info.path.parent)), role="info")

    def _failed(self, error: ServiceError) -> None:
        self._finished()
        show_message(self.ui.messageLabel, str(error))
