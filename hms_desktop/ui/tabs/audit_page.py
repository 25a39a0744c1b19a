"""Administration → Audit trail: the whole audit trail with its filters, the chain's verification and
anchoring (``ui/widgets/audit_browser.AuditBrowser`` does the work; the patient overview shows one patient's
entries with the same widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.audit_browser import AuditBrowser


class AuditPage(AuditBrowser):
    """Every entry, any patient: the patient field, "Verify chain" and "Anchor…" are shown."""

    def __init__(self, *, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(ctx=ctx, runner=runner, patient_id=None, parent=parent)
