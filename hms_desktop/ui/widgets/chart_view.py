"""One patient's chart: a banner that is always visible, and a tab per pane below it.

The banner says who the patient is (name, age, sex, MRN, photo when there is one) and what must never be
missed: allergies (severe ones in red; "No known allergies" only when a doctor recorded it, "Allergies not
recorded" when nothing is; reported ones marked "reported, not confirmed"), active problems, current
medications and the last vital signs with how long ago they were measured.

Plug-in points (docs/architecture.md, "The Consultation tab"):

- ``add_pane(widget, title, *, index=None)``: any widget with ``show_patient(patient_id: int)``; the chart calls
  it whenever the chart shows another patient and on ``refresh()``. Panes that open dialogs live in
  ``ui/tabs/`` (the layers: widgets < dialogs < tabs) and are added by the Consultation tab, as History is.
- ``encounter_requested(encounter_id)``: "New encounter" started one, or "Open draft" asked for a draft.
- ``refresh()``: reread the banner and the encounters page (after signing), and show the patient again in
  every other pane.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import SEX_LABELS, age_on
from hms_desktop.services import consultation, patients
from hms_desktop.services.consultation import ChartBanner, ChartSummary
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.domain_words import domain_label
from hms_desktop.ui.forms.ui_chart_view import Ui_ChartView
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.chart_text import ago_text, vitals_text
from hms_desktop.ui.widgets.documents_pane import DocumentsPane
from hms_desktop.ui.widgets.encounters_pane import EncountersPane
from hms_desktop.ui.widgets.feedback import show_message

log = logging.getLogger(__name__)

SEVERE_INK = "#b00020"  # a severe allergy, in the banner and in the History pane


class ChartView(QWidget):
    encounter_requested = Signal(int)
    chart_shown = Signal(int)  # patient id, after the banner shows a (new or reread) summary

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChartView()
        self.ui.setupUi(self)  # names it "chartView": the scope of its rules in resources/style.qss
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.summary: ChartSummary | None = None
        self.panes: list[QWidget] = []
        show_message(self.ui.messageLabel, "")
        self.ui.photoLabel.setAccessibleName(self.tr("Photo"))
        # Panes that open dialogs (History, Labs, Prescriptions) sit above dialogs in ui/tabs/ and are added
        # by the Consultation tab; these two only read.
        self.encounters = EncountersPane(ctx=ctx, runner=runner, parent=self)
        self.documents = DocumentsPane(ctx=ctx, runner=runner, parent=self)
        self.add_pane(self.encounters, self.tr("&Encounters"))
        self.add_pane(self.documents, self.tr("&Documents"))
        self.encounters.encounter_requested.connect(self.encounter_requested)

    @property
    def patient_id(self) -> int | None:
        return self.summary.banner.patient_id if self.summary is not None else None

    # --- plug-in points ----------------------------------------------------------------------------------

    def add_pane(self, widget: QWidget, title: str, *, index: int | None = None, scroll: bool = False) -> int:
        """Add a pane (a widget with ``show_patient(patient_id)``) as a tab under the banner, at ``index`` or
        last; it is shown the current patient at once if a chart is open. Returns the tab's index.
        A pane with a ``clock`` attribute is given the hospital's clock with each chart. ``scroll``: a tall
        pane scrolls inside its tab instead of making the whole window taller than a 720-pixel screen."""
        if not callable(getattr(widget, "show_patient", None)):
            raise TypeError(f"{type(widget).__name__} has no show_patient(patient_id): it cannot be a chart pane")
        self.panes.append(widget)
        page: QWidget = widget
        if scroll:
            area = QScrollArea(self.ui.paneTabs)
            area.setObjectName(f"{widget.objectName() or 'pane'}Scroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            # Not a Tab stop of its own: Tab goes to the pane's controls, and the area scrolls to the one focused.
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.setWidget(widget)
            page = area
        index = self.ui.paneTabs.insertTab(-1 if index is None else index, page, title)
        if self.patient_id is not None and widget is not self.encounters:
            _show_patient(widget, self.patient_id)
        return index

    def show_chart(self, summary: ChartSummary, *, clock: HospitalClock | None = None,
                   appointment_id: int | None = None, admission_id: int | None = None) -> None:
        """Show a chart ``open_chart`` opened (the opening was recorded): the banner, the first page of
        encounters, and the patient in every pane. ``appointment_id``/``admission_id``: what "New encounter"
        starts from (today's checked-in appointment, the current admission); neither: a walk-in."""
        if clock is not None and clock.loaded:
            self.clock = clock
            for pane in self.panes:
                if hasattr(pane, "clock"):
                    pane.clock = clock
        changed = summary.banner.patient_id != self.patient_id
        self.encounters.set_context(appointment_id=appointment_id, admission_id=admission_id)
        self._show_summary(summary)
        for pane in self.panes:
            if pane is not self.encounters:
                _show_patient(pane, summary.banner.patient_id)
        if changed:
            self.ui.paneTabs.setCurrentIndex(0)
            self._load_photo(summary.banner.patient_id)

    def refresh(self, *, panes: bool = True) -> None:
        """Reread the banner and the current page of encounters (``chart_summary``: not recorded as another
        opening); with ``panes`` also show the patient again in every other pane."""
        patient_id = self.patient_id
        if patient_id is None or self.summary is None:
            return
        ctx, page = self._ctx, self.encounters.page

        def reread(summary: ChartSummary) -> None:
            if summary.banner.patient_id != self.patient_id:
                return
            self._show_summary(summary)
            if panes:
                for pane in self.panes:
                    if pane is not self.encounters:
                        _show_patient(pane, patient_id)

        self._runner.run(lambda: consultation.chart_summary(ctx, patient_id, page=page), on_success=reread,
                         on_failure=lambda error: show_message(self.ui.messageLabel, str(error)), owner=self)

    # --- the banner --------------------------------------------------------------------------------------

    def _show_summary(self, summary: ChartSummary) -> None:
        show_message(self.ui.messageLabel, "")
        self.summary = summary
        self.encounters.show_summary(summary)
        b = summary.banner
        self.ui.nameLabel.setText(display_name(b.family_name, b.given_name))
        self.ui.detailsLabel.setText(self.details_text(b))
        self.ui.allergiesLabel.setText(self.allergies_html(b))
        # The patient's current problems; past illnesses and operations are history (the History pane).
        current = [p for p in b.active_problems if p.kind == "problem"]
        self.ui.problemsLabel.setText("; ".join(f"{p.icd10_code} {p.description}" if p.icd10_code else p.description
                                                for p in current) or self.tr("None recorded"))
        self.ui.medicationsLabel.setText("; ".join(b.current_medications) or self.tr("None recorded"))
        last = b.last_vitals
        self.ui.vitalsLabel.setText(f"{vitals_text(last.vitals)} · {ago_text(last.age_minutes)}" if last
                                    else self.tr("None recorded"))
        self.chart_shown.emit(b.patient_id)

    def details_text(self, banner: ChartBanner) -> str:
        age = (self.tr("%1 y").replace("%1", str(age_on(banner.birth_date, self.clock.today())))
               if banner.birth_date else self.tr("age not known"))
        return self.tr("{age} · {sex} · MRN {mrn}").format(age=age, sex=domain_label(SEX_LABELS, banner.sex),
                                                          mrn=banner.mrn)

    def allergies_html(self, banner: ChartBanner) -> str:
        """Rich text: each active allergy, severe ones in red and bold, reported ones marked."""
        active = [a for a in banner.allergies if a.status == "active"]
        if not active:
            if banner.allergy_flag.state == "none_known":
                return html.escape(self.tr("No known allergies"))
            not_recorded = self.tr("Allergies not recorded")
            return f"<b>{html.escape(not_recorded)}</b>"
        parts = []
        unconfirmed = self.tr("reported, not confirmed")
        for a in active:
            text = html.escape(a.substance + (f" ({a.reaction})" if a.reaction else ""))
            if a.verification != "confirmed":
                text += f" <i>— {html.escape(unconfirmed)}</i>"
            if a.severity == "severe":
                text = f"<span style='color:{SEVERE_INK}; font-weight:700'>{text}</span>"
            parts.append(text)
        return "; ".join(parts)

    def _load_photo(self, patient_id: int) -> None:
        self.ui.photoLabel.setPixmap(QPixmap())
        self.ui.photoLabel.setText(self.tr("No photo"))
        ctx = self._ctx

        def show(photo: bytes | None) -> None:
            if patient_id != self.patient_id:
                return
            image = QImage.fromData(photo) if photo else QImage()
            if image.isNull():
                return
            self.ui.photoLabel.setPixmap(QPixmap.fromImage(image).scaled(
                self.ui.photoLabel.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

        def failed(error: ServiceError) -> None:
            log.info("Photo not shown: %s", error)  # a nicety: the chart works without it

        self._runner.run(lambda: patients.get_photo(ctx, patient_id), on_success=show, on_failure=failed, owner=self)

    def banner_texts(self) -> dict[str, str]:
        """What the banner says (tests, screen readers)."""
        return {"name": self.ui.nameLabel.text(), "details": self.ui.detailsLabel.text(),
                "allergies": self.ui.allergiesLabel.text(), "problems": self.ui.problemsLabel.text(),
                "medications": self.ui.medicationsLabel.text(), "vitals": self.ui.vitalsLabel.text()}

    def pane_titles(self) -> list[str]:
        return [self.ui.paneTabs.tabText(i) for i in range(self.ui.paneTabs.count())]

    def current_pane(self) -> Any:
        page = self.ui.paneTabs.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page  # a pane added with scroll=True


def _show_patient(pane: QWidget, patient_id: int) -> None:
    """The pane protocol (``add_pane`` checked the method is there)."""
    pane.show_patient(patient_id)  # type: ignore[attr-defined]
