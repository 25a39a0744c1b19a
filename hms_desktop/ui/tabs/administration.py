"""The Administration tab: a list of sections on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QSplitter, QStackedWidget, QWidget

from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tabs.audit_page import AuditPage
from hms_desktop.ui.tabs.backups_page import BackupsPage
from hms_desktop.ui.tabs.catalogue_pages import LabTestsPage, ResourcesCataloguePage, SpecialtiesPage
from hms_desktop.ui.tabs.doctors_page import DoctorsPage
from hms_desktop.ui.tabs.fee_schedule_page import FeeSchedulePage
from hms_desktop.ui.tabs.insurance_page import InsurancePage
from hms_desktop.ui.tabs.printouts_page import PrintoutsPage
from hms_desktop.ui.tabs.settings_page import SettingsPage
from hms_desktop.ui.tabs.stock_page import StockPage
from hms_desktop.ui.tabs.users_page import UsersPage
from hms_desktop.ui.tabs.wards_page import WardsPage
from hms_desktop.ui.tasks import Runner


class AdministrationTab(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.sections = QListWidget(self)
        self.sections.setObjectName("administrationSections")
        self.sections.setAccessibleName(self.tr("Administration sections"))
        self.sections.setTabKeyNavigation(False)
        self.pages = QStackedWidget(self)
        # A splitter, not a fixed column: at 200 % (960 px wide) the widest pages (Pharmacy and stores,
        # Insurance) need the list to give way; the person can also drag it (issue 15.3).
        layout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("administrationSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter)
        # People, then places, then what is ordered and sold, then money, then the hospital's own settings,
        # then keeping the data safe. Each page loads its data when first shown, not when the tab is built.
        self.users_page = UsersPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Users"), self.users_page)
        self.doctors_page = DoctorsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Doctors and hours"), self.doctors_page)
        self.specialties_page = SpecialtiesPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Specialties"), self.specialties_page)
        self.wards_page = WardsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Wards and beds"), self.wards_page)
        self.rooms_equipment_page = ResourcesCataloguePage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Rooms and equipment"), self.rooms_equipment_page)
        self.lab_tests_page = LabTestsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Lab tests"), self.lab_tests_page)
        self.stock_page = StockPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Pharmacy and stores"), self.stock_page)
        self.fee_schedule_page = FeeSchedulePage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Fees and prices"), self.fee_schedule_page)
        self.insurance_page = InsurancePage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Insurance"), self.insurance_page)
        self.settings_page = SettingsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Hospital settings"), self.settings_page)
        self.printouts_page = PrintoutsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Printouts"), self.printouts_page)
        self.backups_page = BackupsPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Backups"), self.backups_page)
        self.audit_page = AuditPage(ctx=ctx, runner=runner, parent=self)
        self._add(self.tr("Audit trail"), self.audit_page)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        # As wide as the longest section's name, no wider: the pages need the room on a 1280 px screen.
        # The splitter gives way below that width when a page needs it; set once the tab has its width.
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            natural = self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + 16
            self.splitter.setSizes([natural, max(1, self.splitter.width() - natural - self.splitter.handleWidth())])

    def _add(self, title: str, page: QWidget) -> None:
        self.sections.addItem(title)
        self.pages.addWidget(page)
