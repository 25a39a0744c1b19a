"""Small helpers to show messages and mark invalid fields the same way on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Where a field's own accessible description waits while an error is announced in its place.
_OWN_DESCRIPTION = "hmsOwnAccessibleDescription"


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property resources/style.qss selects on (``[status="booked"]``) and restyle the widget."""
    widget.setProperty(name, value)
    _repolish(widget)


def show_message(label: QLabel, text: str, *, role: str = "error") -> None:
    """Show ``text`` in ``label`` styled by role (error, info, hint); an empty text hides it.

    A message with a link in it ("register a new one?") makes the label a Tab stop whose links Tab reaches and
    Enter follows; without one the label is not a Tab stop (issue 15, item 1)."""
    label.setText(text)
    if "<a " in text:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setProperty("role", role)
    label.setVisible(bool(text))
    _repolish(label)


def mark_invalid(field: QWidget, invalid: bool, message: str = "") -> None:
    """Style ``field`` as invalid or not. ``message``, the problem in words, becomes the field's accessible
    description while it is invalid, so a screen reader announces it with the field (issue 15, item 2); the
    field's own description comes back when it is valid again."""
    field.setProperty("invalid", "true" if invalid else "false")
    _repolish(field)
    saved = field.property(_OWN_DESCRIPTION)
    if invalid and message:
        if saved is None:
            field.setProperty(_OWN_DESCRIPTION, field.accessibleDescription())
        if field.accessibleDescription() != message:
            field.setAccessibleDescription(message)
    elif saved is not None:
        field.setAccessibleDescription(str(saved))
        field.setProperty(_OWN_DESCRIPTION, None)


def show_problems(problems: dict[str, str], fields: dict[str, tuple[QLabel, QWidget]], message_label: QLabel,
                  *, keep_message: bool = False) -> QWidget | None:
    """Put each problem under its field and the rest in ``message_label``; return the first invalid field.

    ``problems`` maps field keys (as the domain and services name them) to sentences; a key with no field
    on this form is shown in the message label. Several keys may share one label (a date and its time):
    their messages are joined, and one key without a problem does not wipe its neighbour's. With
    ``keep_message`` an empty rest leaves the label as is.
    """
    by_label: dict[QLabel, list[str]] = {}
    for key, (label, field) in fields.items():
        messages = by_label.setdefault(label, [])
        if key in problems:
            messages.append(problems[key])
        mark_invalid(field, key in problems, problems.get(key, ""))
    for label, messages in by_label.items():
        show_message(label, " ".join(dict.fromkeys(messages)))
    rest = [message for key, message in problems.items() if key not in fields]
    if rest or not keep_message:
        show_message(message_label, "\n".join(rest))
    return next((fields[key][1] for key in fields if key in problems), None)
