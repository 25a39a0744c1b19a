"""Critical lab results reach the doctor who ordered them, live.

``CriticalLabAlerts`` LISTENs on "lab_critical" through the session's ``LiveUpdates``. A notification carries
ids only (``{"result_id": …, "doctor_id": …}``: any login may LISTEN, so no name or value travels in it); for
the logged-in doctor's own orders it reads the result through the services (which check again that it is
theirs and still unacknowledged) and emits ``alert(LabResultDTO)``. Notifications sent while the client was
not listening are lost, so it also asks for every unacknowledged critical result when it starts and whenever
the connection comes back. Each result is announced once.

``CriticalAlertBanner`` shows "CRITICAL: Potassium 7.1 mmol/L for DOE, Jane (MRN …)" with Acknowledge, which
calls ``labs.acknowledge_critical``; several alerts queue behind the first ("2 more").
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QWidget

from hms_desktop.domain.staff import Group
from hms_desktop.services import labs
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.labs import LabResultDTO
from hms_desktop.ui.forms.ui_critical_alert_banner import Ui_CriticalAlertBanner
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import set_style_property

log = logging.getLogger(__name__)

CHANNEL = "lab_critical"


class CriticalLabAlerts(QObject):
    alert = Signal(object)  # LabResultDTO: a critical result of the logged-in doctor's order
    failed = Signal(str)  # a result could not be read (the banner may say so)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._announced: set[int] = set()
        self.enabled = ctx.user.has(Group.DOCTOR) and ctx.user.staff_id is not None
        if live is not None and self.enabled:
            live.listen(CHANNEL)
            live.notified.connect(self._notified)
            live.connection_changed.connect(lambda connected: self.catch_up() if connected else None)
        if self.enabled:
            # On the next turn of the event loop, so whoever made this object has connected ``alert`` first.
            QTimer.singleShot(0, self, self.catch_up)

    def catch_up(self) -> None:
        """Announce every critical result still waiting for this doctor's acknowledgement."""
        if not self.enabled:
            return
        ctx = self._ctx
        self._runner.run(lambda: labs.unacknowledged_critical(ctx), on_success=self._announce_all,
                         on_failure=self._failed, owner=self)

    def _notified(self, channel: str, payload: str) -> None:
        if channel != CHANNEL:
            return
        try:
            data = json.loads(payload)
            result_id, doctor_id = int(data["result_id"]), data.get("doctor_id")
        except (ValueError, KeyError, TypeError):
            log.warning("Ignored a malformed %s notification", CHANNEL)
            return
        if doctor_id != self._ctx.user.staff_id or result_id in self._announced:
            return
        ctx = self._ctx
        self._runner.run(lambda: labs.critical_result(ctx, result_id), on_success=self._announce,
                         on_failure=self._failed, owner=self)

    def _announce_all(self, results: tuple[LabResultDTO, ...]) -> None:
        for result in results:
            self._announce(result)

    def _announce(self, result: LabResultDTO | None) -> None:
        if result is None or result.id in self._announced:
            return
        self._announced.add(result.id)
        self.alert.emit(result)

    def _failed(self, error: ServiceError) -> None:
        self.failed.emit(str(error))


class CriticalAlertBanner(QFrame):
    """A QWidget (a QFrame, so the style sheet paints its red frame), hidden until an alert arrives; Acknowledge
    tells the database and shows the next alert, if any."""

    acknowledged = Signal(object)  # LabResultDTO as acknowledged

    def __init__(self, *, ctx: ServiceContext, runner: Runner, alerts: CriticalLabAlerts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.queue: list[LabResultDTO] = []
        self.ui = Ui_CriticalAlertBanner()
        self.ui.setupUi(self)  # a QFrame named "criticalAlertBanner": resources/style.qss paints it red
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge)
        self.ui.acknowledgeButton.setToolTip(self.tr("Say that you have seen this result; it is recorded"))
        if alerts is not None:
            alerts.alert.connect(self.show_alert)
        self._refresh()

    @property
    def current(self) -> LabResultDTO | None:
        return self.queue[0] if self.queue else None

    def show_alert(self, result: LabResultDTO) -> None:
        if all(queued.id != result.id for queued in self.queue):
            self.queue.append(result)
        self._refresh()

    def _refresh(self, problem: str = "") -> None:
        current = self.current
        self.setVisible(current is not None)
        if current is None:
            return
        text = self.tr("CRITICAL: %1 %2 for %3 (MRN %4)").replace("%1", current.test_name).replace(
            "%2", current.value_display).replace("%3", current.patient_name).replace("%4", current.mrn)
        if problem:
            text += " — " + problem
        self.ui.alertText.setText(text)
        more = len(self.queue) - 1
        self.ui.moreLabel.setText(self.tr("%1 more").replace("%1", str(more)) if more else "")
        self.ui.moreLabel.setVisible(bool(more))
        self.ui.acknowledgeButton.setEnabled(True)
        set_style_property(self, "state", "problem" if problem else "alert")

    def acknowledge(self) -> None:
        current = self.current
        if current is None:
            return
        self.ui.acknowledgeButton.setEnabled(False)
        ctx, result_id = self._ctx, current.id
        self._runner.run(lambda: labs.acknowledge_critical(ctx, result_id), on_success=self._acknowledged,
                         on_failure=lambda error: self._refresh(str(error)), owner=self)

    def _acknowledged(self, result: LabResultDTO) -> None:
        self.queue = [queued for queued in self.queue if queued.id != result.id]
        self._refresh()
        self.acknowledged.emit(result)
