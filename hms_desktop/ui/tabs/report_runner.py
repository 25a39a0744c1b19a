"""Reports → Run a report: choose one of the reports this person may run, a range of days and its filters,
Run it in the background (a busy bar and a Cancel that stops the query on the server), read the table and
the chart, Export… it, preview and print it, and where this person may, Show patients… behind a row. The
result and its actions are the shared ``ReportResultView`` (the builder page shows its results in the same).

Everything that reads the database goes through the task runner: the list of reports and the filters'
choices (``available_reports``, ``filter_choices``) with the hospital's clock at first, then each run
(``run_report`` with a ``CancelToken``, through the view). The list comes from the engine's
``available_reports``: billing sees revenue and insurance reports, doctors clinical aggregates.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QTreeWidgetItem, QWidget

from hms_desktop.domain.reports import FILTERS, ReportDefinition, ReportParams, ReportResult
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import reports
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.reports import CancelToken, FilterChoices, can_drill
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_report_runner import Ui_ReportRunner
from hms_desktop.ui.tabs.report_result_view import ReportResultView
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.report_filters import ReportFilters
from hms_desktop.ui.widgets.scroll_body import scroll_body

# The results' least height (logical pixels): their buttons and about six rows of the table beside the chart.
RESULTS_LEAST_HEIGHT = 320
FAMILY_TITLES = {
    "appointments": QT_TRANSLATE_NOOP("ReportRunner", "Appointments"),
    "inpatients": QT_TRANSLATE_NOOP("ReportRunner", "Inpatients"),
    "revenue": QT_TRANSLATE_NOOP("ReportRunner", "Revenue"),
    "pharmacy": QT_TRANSLATE_NOOP("ReportRunner", "Pharmacy"),
    "diagnoses": QT_TRANSLATE_NOOP("ReportRunner", "Diagnoses"),
    "patients": QT_TRANSLATE_NOOP("ReportRunner", "Patients"),
    "insurance": QT_TRANSLATE_NOOP("ReportRunner", "Insurance"),
    "resources": QT_TRANSLATE_NOOP("ReportRunner", "Resources"),
}


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("ReportRunner", ...), in the workstation's language."""
    return QCoreApplication.translate("ReportRunner", text)


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before ``today``'s (the hospital's today): the default range."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class ReportRunner(QWidget):
    loaded = Signal()
    # The view's: "done", "cancelled", "failed", "exported", "previewed", "drilled", "action failed".
    finished = Signal(str)

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.definitions: tuple[ReportDefinition, ...] = ()
        self.choices: FilterChoices | None = None
        self.ui = Ui_ReportRunner()
        self.ui.setupUi(self)
        self.filters = ReportFilters(self.ui.paramsHost)
        self.ui.paramsLayout.addWidget(self.filters)
        self.view = ReportResultView(ctx=ctx, runner=runner, parent=self.ui.resultHost)
        self.ui.resultLayout.addWidget(self.view)
        self.chart = self.view.chart
        # At 200 % (960 × 520) the title, description and filters left the results about three rows: the column
        # scrolls instead, and the results keep room for a readable table and chart. At 1280 × 720 all of it
        # fits, no scroll bar, and the results take every pixel left (their stretch, kept in the scrolled page).
        self.ui.resultHost.setMinimumHeight(RESULTS_LEAST_HEIGHT)
        self.column_scroll = scroll_body(self.ui.reportLayout, sideways=False, name="runnerColumn")
        page = self.column_scroll.widget()
        page_layout = page.layout() if page is not None else None
        assert isinstance(page_layout, QBoxLayout)
        page_layout.setStretchFactor(self.ui.resultHost, 1)
        # The report's title stays above the scrolled part, in sight while the results are scrolled to.
        page_layout.removeWidget(self.ui.titleLabel)
        self.ui.reportLayout.insertWidget(0, self.ui.titleLabel)
        self.filters.set_range(*last_month(self.clock.today()))
        self._show_definition(None)
        self.ui.reportTree.currentItemChanged.connect(lambda current, _previous: self._chosen(current))
        self.ui.reportTree.itemActivated.connect(lambda _item, _column: self.run())
        self.view.ui.runButton.clicked.connect(self.run)
        self.view.finished.connect(self.finished)
        self.load()

    @property
    def clock(self) -> HospitalClock:
        return self.view.clock

    # --- the list and the choices ---

    def load(self) -> None:
        ctx, known = self._ctx, self.clock

        def work() -> tuple[HospitalClock, tuple[ReportDefinition, ...], FilterChoices]:
            return ((known if known.loaded else hospital_clock(ctx)), reports.available_reports(ctx),
                    reports.filter_choices(ctx))

        def failed(error: ServiceError) -> None:
            self.view.show_message(self.tr("The list of reports could not be loaded: %1").replace("%1", str(error)))

        self._runner.run(work, on_success=lambda result: self._loaded(*result), on_failure=failed, owner=self)

    def _loaded(self, clock: HospitalClock, definitions: tuple[ReportDefinition, ...],
                choices: FilterChoices) -> None:
        self.view.clock = clock
        self.definitions = definitions
        self.choices = choices
        self.filters.set_default_range(*last_month(clock.today()))
        tree = self.ui.reportTree
        tree.clear()
        families: dict[str, QTreeWidgetItem] = {}
        for definition in definitions:
            family = families.get(definition.family)
            if family is None:
                family = QTreeWidgetItem([_words(FAMILY_TITLES.get(definition.family,
                                                                    definition.family.capitalize()))])
                family.setFlags(Qt.ItemFlag.ItemIsEnabled)
                families[definition.family] = family
                tree.addTopLevelItem(family)
            item = QTreeWidgetItem([domain_word(definition.title)])
            item.setData(0, Qt.ItemDataRole.UserRole, definition.name)
            item.setToolTip(0, domain_word(definition.description))
            family.addChild(item)
        tree.expandAll()
        self.filters.fill(choices)
        # "Show patients…" only for someone who may see the patients behind some report's rows (a billing clerk
        # may for revenue; nobody for the builder's reports, which is why the builder page never offers it).
        self.view.offer_drill_down(any(can_drill(self._ctx, d) for d in definitions))
        if not definitions:
            self.view.show_message(self.tr("Your account may not run any report."), role="info")
        self.loaded.emit()

    def select_report(self, name: str) -> bool:
        """Choose the report called ``name`` in the list (as a click would); False if it is not there."""
        tree = self.ui.reportTree
        for top in range(tree.topLevelItemCount()):
            family = tree.topLevelItem(top)
            for child in range(family.childCount() if family is not None else 0):
                item = family.child(child) if family is not None else None
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == name:
                    tree.setCurrentItem(item)
                    return True
        return False

    @property
    def report_names(self) -> list[str]:
        return [d.name for d in self.definitions]

    @property
    def definition(self) -> ReportDefinition | None:
        item = self.ui.reportTree.currentItem()
        name = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((d for d in self.definitions if d.name == name), None)

    def _chosen(self, _item: QTreeWidgetItem | None) -> None:
        self._show_definition(self.definition)

    def _show_definition(self, definition: ReportDefinition | None) -> None:
        if definition is None:
            self.ui.titleLabel.setText(self.tr("Choose a report"))
            self.ui.descriptionLabel.setText(self.tr("Choose a report in the list, a range of days and the filters "
                                                     "it offers, then Run."))
        else:
            self.ui.titleLabel.setText(domain_word(definition.title))
            self.ui.descriptionLabel.setText(domain_word(definition.description))
        self.filters.show_only(definition.filters if definition is not None else ())
        self.view.set_runnable(definition is not None)

    def set_range(self, first: date, last: date) -> None:
        """As a person choosing the dates would (tests, the screenshots)."""
        self.filters.set_range(first, last, chosen=True)

    def params(self) -> ReportParams:
        first, last = self.filters.range()
        definition = self.definition
        chosen = self.filters.chosen(definition.filters if definition is not None else ())
        return ReportParams(first=first, last=last, **{f"{name}_id": chosen.get(name) for name in FILTERS})

    # --- running ---

    @property
    def result(self) -> ReportResult | None:
        return self.view.result

    @property
    def running(self) -> bool:
        return self.view.running

    def run(self) -> None:
        definition = self.definition
        if definition is None or self.running:
            return
        ctx, params = self._ctx, self.params()
        names = self.filters.chosen_names(definition.filters)

        def work(token: CancelToken) -> ReportResult:
            return reports.run_report(ctx, definition.name, params, cancel=token)

        self.view.start(domain_word(definition.title), work, filter_names=names)

    def cancel(self) -> None:
        self.view.cancel()
