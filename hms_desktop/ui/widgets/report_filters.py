"""The range of days and the filters of a report, as both Reports pages ask for them: From, To, and a combo per
filter (department, doctor, specialty, payer, ward), "All" first, then the names the engine's ``filter_choices``
gave, their ids as the combos' data (nothing typed reaches a report).

The runner page shows the filters beside the dates; the builder's narrow column takes them as rows of its own
form (``stack_into``). A page shows only the filters its report or subject takes
(``show_only``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from hms_desktop.domain.reports import FILTERS
from hms_desktop.services.reports import FilterChoices
from hms_desktop.ui.forms.ui_report_filters import Ui_ReportFilters
from hms_desktop.ui.locale_formats import localize_fields

CHOICES_OF = {"department": "departments", "doctor": "doctors", "specialty": "specialties", "payer": "payers",
              "ward": "wards"}


class ReportFilters(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportFilters()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        self.combos: dict[str, QComboBox] = {name: getattr(self.ui, f"{name}Combo") for name in FILTERS}
        self.labels: dict[str, QLabel] = {name: getattr(self.ui, f"{name}Label") for name in FILTERS}
        self.dates_touched = False  # the person chose the dates: a late-loading clock does not move them
        self.ui.fromDate.userDateChanged.connect(self._touched)
        self.ui.toDate.userDateChanged.connect(self._touched)

    def stack_into(self, form: QFormLayout) -> None:
        """Move the dates and the filters into ``form`` as rows of their own, label beside field (the builder's
        narrow column), so they line up with the form's other rows; this widget is left empty and hidden."""
        for name in ("from", "to", *FILTERS):
            label: QLabel = getattr(self.ui, f"{name}Label")
            field: QWidget = self.combos.get(name) or getattr(self.ui, f"{name}Date")
            self.ui.filtersGrid.removeWidget(label)
            self.ui.filtersGrid.removeWidget(field)
            form.addRow(label, field)
        for combo in self.combos.values():
            combo.setMinimumContentsLength(0)
            # The column is narrow: a long name ("Obstetrics & Gynaecology") is elided in the closed box, whole in
            # its list and in the tooltip (test_fit_720's elideOk).
            combo.setProperty("elideOk", True)
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setToolTip(combo.currentText())
        self.hide()

    def _touched(self) -> None:
        self.dates_touched = True

    def set_range(self, first: date, last: date, *, chosen: bool = False) -> None:
        """Show a range; ``chosen``: as a person choosing it would (tests, the screenshots), else a default that a
        later default may replace."""
        for edit, day in ((self.ui.fromDate, first), (self.ui.toDate, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if chosen:
            self.dates_touched = True

    def set_default_range(self, first: date, last: date) -> None:
        """The default range (the clock loaded late): only while the person has not chosen dates."""
        if not self.dates_touched:
            self.set_range(first, last)

    def range(self) -> tuple[date, date]:
        first, last = self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return first, last

    def fill(self, choices: FilterChoices) -> None:
        """Each filter's names: "All" first, then the engine's choices, their ids as the combos' data."""
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for row_id, label in getattr(choices, CHOICES_OF[name]):
                combo.addItem(label, row_id)

    def show_only(self, names: Iterable[str]) -> None:
        shown = set(names)
        for name in FILTERS:
            self.combos[name].setVisible(name in shown)
            self.labels[name].setVisible(name in shown)

    def chosen(self, names: Iterable[str]) -> dict[str, int]:
        """The ids chosen in the filters ``names`` ("All" left out)."""
        values = {name: self.combos[name].currentData() for name in names if name in self.combos}
        return {name: value for name, value in values.items() if value is not None}

    def chosen_names(self, names: Iterable[str]) -> dict[str, str]:
        """What the chosen filters of ``names`` showed ("doctor": "Dr Amos"), for the PDF's header."""
        return {name: self.combos[name].currentText() for name in self.chosen(names)}
