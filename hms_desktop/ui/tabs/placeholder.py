"""What a tab shows until its module is built (parts of Administration): plainly what
is coming, nothing pretending to work."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hms_desktop.domain.staff import Module

PLANNED: dict[Module, tuple[str, str]] = {
    Module.ADMINISTRATION: (
        "Not built yet",
        "This part of administration comes with a later module.",
    ),
}


class PlannedModule(QWidget):
    def __init__(self, module: Module, *, title: str | None = None, text: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        default_title, default_text = PLANNED[module]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        # One rich-text label filling the page: wrapped text then always gets the height it needs.
        message = QLabel(self)
        message.setObjectName("placeholderText")
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.setText(
            f"<p style='font-size:15pt; font-weight:600; color:#1d3557'>{html.escape(self.tr(title or default_title))}"
            f"</p><p style='max-width:560px'>{html.escape(self.tr(text or default_text))}</p>")
        message.setContentsMargins(120, 0, 120, 0)
        self.message = message
        layout.addWidget(message, 1)
