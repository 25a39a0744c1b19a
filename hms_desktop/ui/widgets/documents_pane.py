"""The chart's Documents pane: what was printed for the patient (wristbands, labels, later prescriptions),
when, by whom, original or copy; read through ``patient_documents`` (doctors do not read the print log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from hms_desktop.formats import format_date_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services import consultation
from hms_desktop.services.consultation import PrintedDocument
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock
from hms_desktop.ui.forms.ui_documents_pane import Ui_DocumentsPane
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message

DOCUMENT_NAMES = {
    "wristband": QT_TRANSLATE_NOOP("DocumentsPane", "Wristband"),
    "labels": QT_TRANSLATE_NOOP("DocumentsPane", "Label sheet"),
    "prescription": QT_TRANSLATE_NOOP("DocumentsPane", "Prescription"),
}


def _words(text: str) -> str:
    """One of the labels marked QT_TRANSLATE_NOOP("DocumentsPane", ...), in the workstation's language."""
    return QCoreApplication.translate("DocumentsPane", text)


class DocumentsPane(QWidget):
    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentsPane()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.clock = HospitalClock.unloaded(ctx)
        self.patient_id: int | None = None
        self.documents: tuple[PrintedDocument, ...] = ()
        self.ui.documentsTree.setTabKeyNavigation(False)
        header = self.ui.documentsTree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        show_message(self.ui.messageLabel, "")

    def show_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        ctx = self._ctx

        def show(documents: tuple[PrintedDocument, ...]) -> None:
            if patient_id == self.patient_id:
                self.documents = documents
                self._fill()

        self._runner.run(lambda: consultation.patient_documents(ctx, patient_id), on_success=show,
                         on_failure=self._failed, owner=self)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))

    def _fill(self) -> None:
        show_message(self.ui.messageLabel, "")
        tree = self.ui.documentsTree
        tree.clear()
        for d in self.documents:
            tree.addTopLevelItem(QTreeWidgetItem([
                format_date_time(self.clock.local(d.printed_at)),
                _words(DOCUMENT_NAMES.get(d.document, d.document.replace("_", " ").capitalize())),
                self.tr("Copy") if d.is_copy else self.tr("Original"), d.printed_by]))
        if not self.documents:
            item = QTreeWidgetItem([self.tr("Nothing has been printed for this patient.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    def rows(self) -> list[tuple[str, ...]]:
        tree = self.ui.documentsTree
        return [tuple(item.text(c) for c in range(4)) for i in range(tree.topLevelItemCount())
                if (item := tree.topLevelItem(i)) is not None and item.flags() != Qt.ItemFlag.NoItemFlags]
