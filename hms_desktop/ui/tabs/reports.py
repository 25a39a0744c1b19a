"""The Reports tab (issue 12): the live dashboard, the report runner and the report builder, one section each.

Administrators, billing and doctors have the tab (``domain.staff.MODULE_GROUPS``); what each sees inside is
decided by the data: the dashboard's tiles by ``services.dashboard`` (what the group may read) and the list of
reports by the report engine's ``available_reports`` (each definition's ``groups``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.forms.ui_reports_tab import Ui_ReportsTab
from hms_desktop.ui.tabs.report_builder import ReportBuilder
from hms_desktop.ui.tabs.report_runner import ReportRunner
from hms_desktop.ui.tabs.reports_dashboard import ReportsDashboard
from hms_desktop.ui.tasks import Runner


class ReportsTab(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.dashboard = ReportsDashboard(ctx=ctx, runner=runner, live=live, parent=self.ui.dashboardPage)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.runner_page = ReportRunner(ctx=ctx, runner=runner, parent=self.ui.runnerPage)
        self.ui.runnerLayout.addWidget(self.runner_page)
        self.builder_page = ReportBuilder(ctx=ctx, runner=runner, parent=self.ui.builderPage)
        self.ui.builderLayout.addWidget(self.builder_page)
        self.ui.sections.setCurrentIndex(0)
