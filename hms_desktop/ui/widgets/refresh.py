"""F5 means one thing per screen (issue 15, item 1).

Each page reloads itself on F5 with a window-wide shortcut, which is live while the page shows. A page shown
inside another page that has its own F5 makes two live shortcuts for one key: Qt calls that ambiguous and runs
neither (the bed board inside Registration, the doctor's queue inside Scheduling, the catalogue editors inside
Pharmacy and stores). The host's F5 reloads the inner page too, and the inner page's is switched off.

(PySide6 ignores ``context=`` when a QShortcut is made with a callable: those shortcuts are window-wide.)
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def hand_refresh_to_host(inner: QWidget) -> None:
    """Switch off ``inner``'s own F5 shortcuts: the page around it reloads it on F5."""
    refresh = QKeySequence(QKeySequence.StandardKey.Refresh)
    for shortcut in inner.findChildren(QShortcut):
        if any(key == refresh for key in shortcut.keys()):  # noqa: SIM118 (a QShortcut, not a dict)
            shortcut.setEnabled(False)
