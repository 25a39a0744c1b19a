"""Reports → Build a report (issue 12, item 3): choose what to report on, a measure, up to two ways to break it
down, a range and filters; Run in the background (Cancel stops the query on the server); read the table and the
chart; Export… it or preview and print it; administrators Save as template… and run the saved reports
(double-click or Enter).

Every choice is a KEY from the builder's allow-lists (``domain/report_builder.py``), shown by its label: the
combos hold keys as their data, nothing typed by a person goes anywhere but a template's name. The result is
the engine's ``ReportResult``, shown in the runner's ``ReportResultView`` (table, summary, chart, Export…,
Print preview…); a built report has no patients behind its rows, so the view offers no drill-down here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QListWidgetItem, QMessageBox, QWidget

from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.report_builder import AdhocSpec, Subject
from hms_desktop.domain.reports import ReportResult
from hms_desktop.domain.staff import Group
from hms_desktop.services import reports
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.services.reports import CancelToken, FilterChoices
from hms_desktop.services.reports import builder as service
from hms_desktop.services.reports.builder import ReportTemplate
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_report_builder import Ui_ReportBuilder
from hms_desktop.ui.tabs.report_result_view import ReportResultView
from hms_desktop.ui.tabs.report_runner import last_month
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.report_filters import ReportFilters
from hms_desktop.ui.widgets.scroll_body import scroll_body

BUILDER_FILTERS = ("department", "doctor", "specialty", "payer")


class ReportBuilder(QWidget):
    loaded = Signal()
    finished = Signal(str)  # "done", "cancelled", "failed", "exported", "saved", "deleted"

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.subjects: tuple[Subject, ...] = service.builder_subjects(ctx)  # pure: the groups decide
        self.templates: tuple[ReportTemplate, ...] = ()
        self.choices: FilterChoices | None = None
        self.template: ReportTemplate | None = None  # the saved report being shown, until a choice changes
        self._filling = False
        self.is_admin = ctx.user.has(Group.ADMIN)
        self.ui = Ui_ReportBuilder()
        self.ui.setupUi(self)
        self.filters = ReportFilters(self)
        self.filters.stack_into(self.ui.specLayout)  # the builder's column is narrow: rows under the choices
        self.filters.show_only(())
        # The column of choices (saved reports, the four choices, the dates, four filters) is taller than a screen
        # at 200 % (520 px): it scrolls up and down, and is never narrower than its fields (issue 15.3).
        self.choices_scroll = scroll_body(self.ui.buildLayout, sideways=False, name="builderChoices")
        self.view = ReportResultView(ctx=ctx, runner=runner, parent=self.ui.resultHost)
        self.ui.resultLayout.addWidget(self.view)
        self.chart = self.view.chart
        self.filter_combos: dict[str, QComboBox] = {n: self.filters.combos[n] for n in BUILDER_FILTERS}
        # Templates are administrators' (report_template's GRANTs); the others build and run only.
        for widget in (self.ui.templatesLabel, self.ui.templateList, self.ui.saveButton, self.ui.deleteButton):
            widget.setVisible(self.is_admin)
        self.filters.set_range(*last_month(self.clock.today()))
        for subject in self.subjects:
            self.ui.subjectCombo.addItem(domain_word(subject.label), subject.key)
        self._subject_changed()

        self.ui.subjectCombo.currentIndexChanged.connect(lambda _i: self._subject_changed())
        for combo in (self.ui.measureCombo, self.ui.dim1Combo, self.ui.dim2Combo, *self.filter_combos.values()):
            combo.currentIndexChanged.connect(lambda _i: self._spec_changed())
        self.view.ui.runButton.clicked.connect(self.run)
        self.view.finished.connect(self.finished)
        self.ui.saveButton.clicked.connect(self.ask_save)
        self.ui.deleteButton.clicked.connect(self.ask_delete)
        self.ui.templateList.itemActivated.connect(lambda item: self.open_template(item.data(
            Qt.ItemDataRole.UserRole)))
        self.ui.templateList.currentItemChanged.connect(
            lambda current, _previous: self.ui.deleteButton.setEnabled(current is not None))
        self.view.set_runnable(bool(self.subjects))
        if not self.subjects:
            self.view.show_message(self.tr("Your account may not build reports."), role="info")
        self.load()

    @property
    def clock(self) -> HospitalClock:
        return self.view.clock

    # --- loading: the clock, the filters' names, the saved reports ---

    def load(self) -> None:
        ctx, known, admin = self._ctx, self.clock, self.is_admin

        def work() -> tuple[HospitalClock, FilterChoices, tuple[ReportTemplate, ...]]:
            return ((known if known.loaded else hospital_clock(ctx)), reports.filter_choices(ctx),
                    service.list_templates(ctx) if admin else ())

        def failed(error: ServiceError) -> None:
            self.view.show_message(self.tr("The builder's lists could not be loaded: %1").replace("%1", str(error)))

        self._runner.run(work, on_success=lambda result: self._loaded(*result), on_failure=failed, owner=self)

    def _loaded(self, clock: HospitalClock, choices: FilterChoices,
                templates: tuple[ReportTemplate, ...]) -> None:
        self.view.clock = clock
        self.choices = choices
        self.filters.set_default_range(*last_month(clock.today()))
        self._filling = True
        self.filters.fill(choices)
        self._filling = False
        self._show_templates(templates)
        self.loaded.emit()

    def _show_templates(self, templates: tuple[ReportTemplate, ...]) -> None:
        self.templates = templates
        listing = self.ui.templateList
        listing.clear()
        for template in templates:
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            if template.spec is None:
                item.setToolTip(self.tr("This saved report can no longer be run: its choices are not offered."))
                item.setForeground(Qt.GlobalColor.darkGray)
            else:
                item.setToolTip(self.tr("Saved by %1").replace("%1", template.created_by))
            listing.addItem(item)

    # --- the choices ---

    @property
    def subject(self) -> Subject | None:
        key = self.ui.subjectCombo.currentData()
        return builder.SUBJECTS.get(key) if isinstance(key, str) else None

    def _subject_changed(self) -> None:
        subject = self.subject
        self._filling = True
        measure = self.ui.measureCombo
        measure.clear()
        if subject is not None:
            measure.addItem(self.tr("Count of %1").replace("%1", domain_word(subject.counted).lower()),
                            "count:")
            for column in subject.columns:
                if column.boolean:
                    measure.addItem(self.tr("%1 rate").replace("%1", domain_word(column.label)), f"rate:{column.key}")
                else:
                    label = domain_word(column.label).lower()
                    measure.addItem(self.tr("Sum of %1").replace("%1", label), f"sum:{column.key}")
                    measure.addItem(self.tr("Average of %1").replace("%1", label), f"avg:{column.key}")
        for combo, none_text in ((self.ui.dim1Combo, self.tr("(nothing: one total)")),
                                 (self.ui.dim2Combo, self.tr("(nothing)"))):
            combo.clear()
            combo.addItem(none_text, None)
            for key in subject.dimensions if subject is not None else ():
                combo.addItem(domain_word(builder.DIMENSIONS[key].label), key)
        self.filters.show_only(n for n in BUILDER_FILTERS if subject is not None and n in subject.filters)
        self._filling = False
        self._spec_changed()

    def _spec_changed(self) -> None:
        if self._filling:
            return
        self.template = None
        spec = self.spec()
        self.ui.titleLabel.setText(domain_word(builder.title_for(spec)) if spec is not None
                                   else self.tr("Build a report"))

    def spec(self) -> AdhocSpec | None:
        """The choices as a spec (keys only), or None when nothing to report on is offered."""
        subject = self.subject
        data = self.ui.measureCombo.currentData()
        if subject is None or not isinstance(data, str):
            return None
        measure, _colon, column = data.partition(":")
        dimensions = tuple(d for d in (self.ui.dim1Combo.currentData(), self.ui.dim2Combo.currentData())
                           if isinstance(d, str))
        filters = {name: self.filter_combos[name].currentData() for name in subject.filters
                   if name in self.filter_combos and self.filter_combos[name].currentData() is not None}
        return AdhocSpec(subject.key, measure, column or None, dimensions, filters)  # type: ignore[arg-type]

    def set_spec(self, spec: AdhocSpec) -> None:
        """Show a spec in the combos (a saved report opened; tests)."""
        self.ui.subjectCombo.setCurrentIndex(self.ui.subjectCombo.findData(spec.subject))
        self.ui.measureCombo.setCurrentIndex(self.ui.measureCombo.findData(measure_key(spec)))
        dims = (*spec.dimensions, None, None)
        self.ui.dim1Combo.setCurrentIndex(max(0, self.ui.dim1Combo.findData(dims[0])))
        self.ui.dim2Combo.setCurrentIndex(max(0, self.ui.dim2Combo.findData(dims[1])))
        for name, combo in self.filter_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(spec.filters.get(name))))

    def set_range(self, first: date, last: date) -> None:
        """As a person choosing the dates would (tests, the screenshots)."""
        self.filters.set_range(first, last, chosen=True)

    def range(self) -> tuple[date, date]:
        return self.filters.range()

    # --- running ---

    @property
    def result(self) -> ReportResult | None:
        return self.view.result

    @property
    def running(self) -> bool:
        return self.view.running

    def run(self) -> None:
        """Run the choices shown (or the saved report opened, under its name)."""
        spec = self.spec()
        if spec is None or self.running:
            return
        ctx, (first, last), template = self._ctx, self.range(), self.template
        title = template.name if template is not None else builder.title_for(spec)
        names = self.filters.chosen_names(spec.filters)

        def work(token: CancelToken) -> ReportResult:
            if template is not None:
                return service.run_template(ctx, template.id, first, last, cancel=token)
            return service.run_adhoc(ctx, spec, first, last, cancel=token)

        self.view.start(title, work, filter_names=names)

    def open_template(self, template_id: int) -> None:
        """A saved report: its choices shown, then run under its name."""
        template = next((t for t in self.templates if t.id == template_id), None)
        if template is None:
            return
        if template.spec is None:
            self.view.show_message(self.tr("“%1” can no longer be run: the choices it was saved with "
                                                       "are not offered any more.").replace("%1", template.name))
            return
        self.set_spec(template.spec)
        self.template = template
        self.ui.titleLabel.setText(template.name)
        self.run()

    def cancel(self) -> None:
        self.view.cancel()

    # --- templates ---

    def ask_save(self) -> None:
        if self.spec() is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                        self.tr("Name of the saved report (other administrators see it):"),
                                        text=self.ui.titleLabel.text())
        if ok:
            self.save_as(name)

    def save_as(self, name: str) -> None:
        spec = self.spec()
        if spec is None:
            return
        ctx = self._ctx

        def work() -> tuple[ReportTemplate, tuple[ReportTemplate, ...]]:
            saved = service.save_template(ctx, name, spec)
            return saved, service.list_templates(ctx)

        def saved(result: tuple[ReportTemplate, tuple[ReportTemplate, ...]]) -> None:
            template, templates = result
            self._show_templates(templates)
            self.template = template
            self.ui.titleLabel.setText(template.name)
            self.view.show_message(self.tr("Saved as “%1”.").replace("%1", template.name), role="info")
            self.finished.emit("saved")

        def failed(error: ServiceError) -> None:
            self.view.show_message(self.tr("The report could not be saved: %1")
                         .replace("%1", _words(error)))
            self.finished.emit("failed")

        self._runner.run(work, on_success=saved, on_failure=failed, owner=self)

    def ask_delete(self) -> None:
        item = self.ui.templateList.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete the saved report"),
                                      self.tr("Delete “%1” for every administrator?").replace("%1", item.text()))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_template(int(item.data(Qt.ItemDataRole.UserRole)))

    def delete_template(self, template_id: int) -> None:
        ctx = self._ctx

        def work() -> tuple[ReportTemplate, ...]:
            service.delete_template(ctx, template_id)
            return service.list_templates(ctx)

        def deleted(templates: tuple[ReportTemplate, ...]) -> None:
            self._show_templates(templates)
            if self.template is not None and self.template.id == template_id:
                self.template = None
            self.finished.emit("deleted")

        def failed(error: ServiceError) -> None:
            self.view.show_message(self.tr("The saved report could not be deleted: %1")
                         .replace("%1", _words(error)))

        self._runner.run(work, on_success=deleted, on_failure=failed, owner=self)


def measure_key(spec: AdhocSpec) -> str:
    """The measure combo's data for a spec: "rate:no_show", "count:" (a combo's data is best a string)."""
    return f"{spec.measure}:{spec.column or ''}"


def _words(error: ServiceError) -> str:
    return " ".join(error.problems.values()) if isinstance(error, ValidationFailed) else str(error)
