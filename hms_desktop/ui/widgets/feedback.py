"""Small helpers to show messages and mark invalid fields the same way on every screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def show_message(label: QLabel, text: str, *, role: str = "error") -> None:
    """Show ``text`` in ``label`` styled by role (error, info, hint); an empty text hides it."""
    label.setText(text)
    label.setProperty("role", role)
    label.setVisible(bool(text))
    _repolish(label)


def mark_invalid(field: QWidget, invalid: bool) -> None:
    field.setProperty("invalid", "true" if invalid else "false")
    _repolish(field)

