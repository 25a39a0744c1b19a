"""The audit browser: who changed or opened what, when (issue 10, item 4). Administration → Audit trail
(``ui/tabs/audit_page.AuditPage``) shows all of it; the patient overview's "Record history…"
(``ui/dialogs/patient_audit_dialog``) one patient's entries.

Filters (staff member, patient record number, table, action, days in the hospital's time zone), the entries
newest first 200 at a time ("Load more"), the selected entry's fields before and after side by side with the
changed ones bold and tinted, CSV export of everything the filters select, the chain's verification in the
background with a progress bar and Cancel, and "Anchor…", which writes the chain's head to a file kept
elsewhere (``hms audit verify --anchor``) and shows when that was last done.

Data is loaded when the page is first shown (``activate``), not when the Administration tab is built.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from hms_desktop.domain.audit import AUDIT_ACTIONS, AuditAnchor
from hms_desktop.formats import format_date_time_seconds
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import audit
from hms_desktop.services.audit import AuditEntry, AuditFilter, AuditResults, ChainVerdict
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.forms.ui_audit_page import Ui_AuditPage
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Cancelled, Runner, TaskControl
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.select_row import select_row

ENTRY_ROLE = Qt.ItemDataRole.UserRole
# Rows a verification checks between progress reports: small enough that the bar moves on a big trail.
VERIFY_BATCH = 2000


# The audit's actions (domain/audit.py's AUDIT_ACTIONS) as the filter names them; an action not here shows
# its code, capitalised.
ACTION_LABELS = {
    "INSERT": QT_TRANSLATE_NOOP("AuditBrowser", "Insert"),
    "UPDATE": QT_TRANSLATE_NOOP("AuditBrowser", "Update"),
    "DELETE": QT_TRANSLATE_NOOP("AuditBrowser", "Delete"),
    "READ": QT_TRANSLATE_NOOP("AuditBrowser", "Read"),
    "MERGE": QT_TRANSLATE_NOOP("AuditBrowser", "Merge"),
    "GROUPS": QT_TRANSLATE_NOOP("AuditBrowser", "Groups"),
    "CAPABILITY": QT_TRANSLATE_NOOP("AuditBrowser", "Capability"),
    "PASSWORD": QT_TRANSLATE_NOOP("AuditBrowser", "Password"),
    "BULK_LOAD": QT_TRANSLATE_NOOP("AuditBrowser", "Bulk load"),
}


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _when(instant: datetime) -> str:
    return format_date_time_seconds(instant)


class AuditBrowser(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, patient_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        """``patient_id``: the page shows that patient's entries only ("Who opened or changed this record",
        from the patient overview): no patient field, and the chain's controls stay in Administration."""
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self._ctx = ctx
        self._runner = runner
        self.patient_id = patient_id
        if patient_id is not None:
            for widget in (self.ui.patientLabel, self.ui.patientEdit, self.ui.verifyButton, self.ui.anchorButton,
                           self.ui.anchorLabel):
                widget.setVisible(False)
        self._loaded = False
        # The tint of changed fields: resources/style.qss sets it (qproperty-changedBackground).
        self._changed_background = QColor("#fff1c2")
        self.entries: list[AuditEntry] = []
        self.results: AuditResults | None = None
        self.searched: AuditFilter | None = None
        self.last_verdict: ChainVerdict | None = None
        self._verify_control: TaskControl | None = None
        self.ui.tableCombo.addItem(self.tr("All tables"), None)
        self.ui.actionCombo.addItem(self.tr("All actions"), None)
        for action in AUDIT_ACTIONS:
            label = ACTION_LABELS.get(action)
            self.ui.actionCombo.addItem(QCoreApplication.translate("AuditBrowser", label) if label
                                        else action.replace("_", " ").capitalize(), action)
        self._today = HospitalClock.unloaded(ctx).today()  # ctx.clock on this workstation until activate
        today = QDate(self._today.year, self._today.month, self._today.day)
        for check, edit in ((self.ui.fromCheck, self.ui.fromDate), (self.ui.toCheck, self.ui.toDate)):
            edit.setDate(today)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.ui.table.setColumnCount(6)
        self.ui.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Staff member"), self.tr("Table"),
                                                 self.tr("Row"), self.tr("Action"), self.tr("Changed")])
        self.ui.fieldsTable.setColumnCount(3)
        self.ui.fieldsTable.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Interactive starts at the default section width, which cut "Staff member"; names elide past this.
        header.resizeSection(1, max(header.sectionSizeFromContents(1).width(), 150))
        fields = self.ui.fieldsTable.horizontalHeader()
        fields.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fields.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fields.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fields.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for table in (self.ui.table, self.ui.fieldsTable):
            table.setWordWrap(False)
            # Values (times, JSON, lists of fields) can be long: they elide, and each cell's tooltip has it all.
            table.setProperty("elideOk", True)
            table.setToolTip(self.tr("A value cut short is shown in full when you point at it."))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 400])
        self.ui.verifyProgress.setVisible(False)
        self.ui.cancelVerifyButton.setVisible(False)
        self.ui.moreButton.setEnabled(False)
        self.ui.exportButton.setEnabled(False)
        self.ui.messageLabel.setVisible(False)
        self.ui.anchorLabel.setText(self.tr("Last anchored: …"))
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.ui.personEdit.returnPressed.connect(self.search)
        self.ui.patientEdit.returnPressed.connect(self.search)
        self.ui.moreButton.clicked.connect(self.load_more)
        self.ui.table.itemSelectionChanged.connect(self._show_selected)
        self.ui.exportButton.clicked.connect(self.export_csv)
        self.ui.verifyButton.clicked.connect(self.verify_chain)
        self.ui.cancelVerifyButton.clicked.connect(self.cancel_verify)
        self.ui.anchorButton.clicked.connect(self.anchor)

    # --- style ---

    def _get_changed_background(self) -> QColor:
        return self._changed_background

    def _set_changed_background(self, color: QColor) -> None:
        self._changed_background = QColor(color)

    changedBackground = Property(QColor, _get_changed_background, _set_changed_background)

    # --- loading ---

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.activate()

    def activate(self) -> None:
        """The table choices, the hospital's today and the last anchoring; then the newest entries."""
        self._loaded = True
        ctx = self._ctx

        def start() -> tuple[tuple[str, ...], datetime | None, date]:
            return audit.audit_tables(ctx), audit.last_anchored(ctx), hospital_clock(ctx).today()

        def show(started: tuple[tuple[str, ...], datetime | None, date]) -> None:
            tables, anchored, today = started
            self._today = today
            for table in tables:
                self.ui.tableCombo.addItem(table, table)
            for edit in (self.ui.fromDate, self.ui.toDate):
                edit.setDate(QDate(today.year, today.month, today.day))
            self._show_anchored(anchored)
            self.search()

        self._runner.run(start, on_success=show, on_failure=self._failed, owner=self)

    def _show_anchored(self, anchored: datetime | None) -> None:
        self.ui.anchorLabel.setText(self.tr("Last anchored: never") if anchored is None else
                                    self.tr("Last anchored: %1").replace("%1", _when(anchored)))

    def current_filter(self) -> AuditFilter:
        def day(edit_date: QDate) -> date:
            return date(edit_date.year(), edit_date.month(), edit_date.day())

        return AuditFilter(
            person=self.ui.personEdit.text().strip() or None, patient_id=self.patient_id,
            patient_mrn=None if self.patient_id is not None else self.ui.patientEdit.text().strip() or None,
            table=self.ui.tableCombo.currentData(), action=self.ui.actionCombo.currentData(),
            from_day=day(self.ui.fromDate.date()) if self.ui.fromCheck.isChecked() else None,
            to_day=day(self.ui.toDate.date()) if self.ui.toCheck.isChecked() else None)

    def clear_filters(self) -> None:
        for edit in (self.ui.personEdit, self.ui.patientEdit):
            edit.clear()
        for combo in (self.ui.tableCombo, self.ui.actionCombo):
            combo.setCurrentIndex(0)
        for check in (self.ui.fromCheck, self.ui.toCheck):
            check.setChecked(False)
        self.search()

    def search(self) -> None:
        ctx, wanted = self._ctx, self.current_filter()
        self.ui.countLabel.setText(self.tr("Searching…"))
        show_message(self.ui.messageLabel, "")

        def show(results: AuditResults) -> None:
            self.searched = wanted
            self.entries = []
            self.ui.table.setRowCount(0)
            self._add(results)

        self._runner.run(lambda: audit.search_audit(ctx, wanted), on_success=show, on_failure=self._failed,
                         owner=self)

    def load_more(self) -> None:
        results, wanted = self.results, self.searched
        if results is None or wanted is None or results.next_before_id is None:
            return
        ctx, before_id = self._ctx, results.next_before_id
        self._runner.run(lambda: audit.search_audit(ctx, wanted, before_id=before_id), on_success=self._add,
                         on_failure=self._failed, owner=self)

    def _add(self, results: AuditResults) -> None:
        self.results = results
        table = self.ui.table
        first_new = table.rowCount()
        table.setRowCount(first_new + len(results.entries))
        for offset, entry in enumerate(results.entries):
            row = first_new + offset
            cells = [_when(entry.at), entry.who, entry.table, entry.row_key or "", entry.action,
                     ", ".join(entry.changed) if entry.action == "UPDATE" else ""]
            for column, text in enumerate(cells):
                item = _item(text)
                item.setToolTip(text)
                item.setData(ENTRY_ROLE, len(self.entries))
                table.setItem(row, column, item)
            self.entries.append(entry)
        if first_new == 0:  # the staff column fits its names, within reason (long names elide)
            self.ui.table.resizeColumnToContents(1)
            self.ui.table.setColumnWidth(1, min(self.ui.table.columnWidth(1), 200))
        shown = len(self.entries)
        if shown == 0:
            self.ui.countLabel.setText(self.tr("No entries match these filters."))
        elif results.more:
            self.ui.countLabel.setText(self.tr("The newest %1 entries are shown; more match.")
                                       .replace("%1", str(shown)))
        else:
            self.ui.countLabel.setText(self.tr("%1 entries match.").replace("%1", str(shown)))
        self.ui.moreButton.setEnabled(results.more)
        self.ui.exportButton.setEnabled(shown > 0)
        if first_new == 0 and shown:
            select_row(table, 0)
        elif shown == 0:
            self._show_entry(None)

    def _failed(self, error: ServiceError) -> None:
        self.ui.countLabel.setText("")
        show_message(self.ui.messageLabel, str(error))

    # --- the selected entry ---

    def selected_entry(self) -> AuditEntry | None:
        items = self.ui.table.selectedItems()
        return self.entries[int(items[0].data(ENTRY_ROLE))] if items else None

    def _show_selected(self) -> None:
        self._show_entry(self.selected_entry())

    def _show_entry(self, entry: AuditEntry | None) -> None:
        fields = self.ui.fieldsTable
        fields.setRowCount(0)
        if entry is None:
            self.ui.entryLabel.setText(self.tr("Choose an entry to see what it changed."))
            return
        self.ui.entryLabel.setText(self.tr("Entry %1: %2 by %3 on %4 row %5, %6.")
                                   .replace("%1", str(entry.id)).replace("%2", entry.action)
                                   .replace("%3", entry.who).replace("%4", entry.table)
                                   .replace("%5", entry.row_key or "–").replace("%6", _when(entry.at)))
        rows = entry.field_rows()
        if not rows:  # a READ (an opening of the chart) and the staff functions' entries carry no fields
            self.ui.entryLabel.setText(self.ui.entryLabel.text() + " " + (
                self.tr("The record was opened; nothing was changed.") if entry.action == "READ"
                else self.tr("This entry records no field values.")))
        fields.setRowCount(len(rows))
        for row, (name, before, after, changed) in enumerate(rows):
            for column, text in enumerate((name, before, after)):
                item = _item(text)
                item.setToolTip(text)
                if changed:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(self._changed_background)
                fields.setItem(row, column, item)
                if changed and column == 0:  # what a screen reader says: the bold is not heard
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%1, changed").replace("%1", name))

    def changed_field_names(self) -> list[str]:
        """The fields shown as changed (bold) for the selected entry."""
        items = [self.ui.fieldsTable.item(r, 0) for r in range(self.ui.fieldsTable.rowCount())]
        return [item.text() for item in items if item is not None and item.font().bold()]

    # --- export ---

    def ask_csv_path(self, suggested: str) -> str:
        """Where to write the CSV (the administrator picks it; tests replace this method)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), suggested,
                                                    self.tr("CSV files (*.csv)"))
        return path

    def export_csv(self) -> None:
        wanted = self.searched
        if wanted is None:
            return
        path = self.ask_csv_path("audit-trail.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        ctx = self._ctx
        self._runner.run(lambda: audit.export_audit_csv(ctx, wanted, Path(path)),
                         on_success=lambda count: show_message(
                             self.ui.messageLabel, self.tr("%1 entries exported to %2.")
                             .replace("%1", str(count)).replace("%2", path), role="info"),
                         on_failure=self._failed, owner=self)

    # --- the chain ---

    def verify_chain(self) -> None:
        ctx = self._ctx
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyProgress.setValue(0)
        self.ui.verifyProgress.setVisible(True)
        self.ui.cancelVerifyButton.setVisible(True)
        show_message(self.ui.messageLabel, self.tr("Checking the audit trail…"), role="info")

        def work(control: TaskControl) -> ChainVerdict:
            def report(checked: int, total: int) -> None:
                if control.cancelled:
                    raise Cancelled()
                control.progress(min(100, checked * 100 // max(total, 1)),
                                 f"{checked} of {total} entries checked")

            return audit.verify(ctx, progress=report, batch=VERIFY_BATCH)

        def done(verdict: ChainVerdict) -> None:
            self._verify_finished()
            self.last_verdict = verdict
            show_message(self.ui.messageLabel, verdict.reason, role="info" if verdict.intact else "error")

        def failed(error: ServiceError) -> None:
            self._verify_finished()
            if isinstance(error, Cancelled):
                show_message(self.ui.messageLabel, self.tr("The check was cancelled."), role="hint")
            else:
                self._failed(error)

        self._verify_control = self._runner.run_cancellable(
            work, on_progress=lambda percent, _message: self.ui.verifyProgress.setValue(percent),
            on_success=done, on_failure=failed, owner=self)

    def cancel_verify(self) -> None:
        if self._verify_control is not None:
            self._verify_control.cancel()

    def _verify_finished(self) -> None:
        self._verify_control = None
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyProgress.setVisible(False)
        self.ui.cancelVerifyButton.setVisible(False)

    def ask_anchor_path(self, suggested: str) -> str:
        """Where to write the anchor file (tests replace this method)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Anchor the audit trail: keep this file away from the database server"), suggested,
            self.tr("Audit anchors (*.json)"))
        return path

    def anchor(self) -> None:
        # A file name keeps the ISO date (2026-12-02) whatever the language: it sorts and every system reads it.
        path = self.ask_anchor_path(f"audit-anchor-{self._today:%Y-%m-%d}.json")
        if not path:
            return
        ctx = self._ctx

        def work() -> tuple[AuditAnchor, datetime | None]:
            anchored = audit.anchor(ctx)
            audit.write_anchor_file(anchored, Path(path))
            return anchored, audit.last_anchored(ctx)  # the time as recorded, on the hospital's clock

        def done(result: tuple[AuditAnchor, datetime | None]) -> None:
            anchored, recorded = result
            self._show_anchored(recorded)
            show_message(self.ui.messageLabel, self.tr(
                "The audit trail was anchored at entry %1 (%2 entries) in %3. Keep the file where the "
                "database's administrators cannot change it; “hms audit verify --anchor” checks against it.")
                .replace("%1", str(anchored.head.last_id)).replace("%2", str(anchored.head.count))
                .replace("%3", path), role="info")

        self._runner.run(work, on_success=done, on_failure=self._failed, owner=self)
