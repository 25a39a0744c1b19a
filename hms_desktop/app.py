"""Composition root: builds the QApplication, the task runner and the session controller."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = """hms: no display found, so the window cannot open.
Run it on a desktop session, or under a virtual display:
    xvfb-run -a make run
(For a headless check use QT_QPA_PLATFORM=offscreen.)"""


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"


def load_style_sheet() -> str:
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# Fusion draws a check box's or radio button's edge as the palette's Window colour darkened 1.4 times: from the
# window's #f6f7f9 that is 2:1 on white. From this grey it is 3.5:1 (colours.NON_TEXT_MINIMUM is 3), and the
# Window colour is used for nothing else on these two (the style sheet paints no background for them).
INDICATOR_WINDOW = "#a8b0bb"


def apply_look(app: Any) -> None:
    """Fusion, the palette and resources/style.qss: every way of starting the app (and the GUI tests) looks the
    same. The palette carries what a style sheet cannot: the placeholder text colour, the selection colour of
    lists and trees, the edge of check boxes and radio buttons (issue 15.3; colours in ui/colours.py)."""
    from PySide6.QtCore import QDir
    from PySide6.QtGui import QColor, QPalette

    from hms_desktop.ui import colours
    from hms_desktop.ui.bidi import follow_layout_direction
    from hms_desktop.ui.fonts import register_bundled_fonts
    from hms_desktop.ui.look import HospitalStyle

    app.setStyle(HospitalStyle())  # Fusion, with the date pickers' weekends readable (ui/look.py)
    register_bundled_fonts(resources_dir() / "fonts")  # names in every script, where the system lacks fonts
    QDir.setSearchPaths("hms", [str(resources_dir())])  # url(hms:icons/…) in the style sheet
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colours.PLACEHOLDER_TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours.ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(colours.SURFACE))
    app.setPalette(palette)
    indicators = QPalette(palette)
    indicators.setColor(QPalette.ColorRole.Window, QColor(INDICATOR_WINDOW))
    for kind in ("QCheckBox", "QRadioButton"):
        app.setPalette(indicators, kind)
    # Lists, trees and tables say "Nobody is waiting." or "Loading…" in an item that cannot be chosen (a
    # disabled item): Qt's disabled grey is 1.9:1 on white, so in views it is the muted text colour instead.
    views = QPalette(palette)
    views.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(colours.MUTED_TEXT))
    app.setPalette(views, "QAbstractItemView")
    app.setStyleSheet(load_style_sheet())
    follow_layout_direction(app)  # right to left: cells, labels and arrows Qt does not mirror (ui/bidi.py)


def ensure_display() -> bool:
    """True when Qt can open windows here; otherwise says how to get a display and returns False."""
    if _has_display():
        return True
    print(NO_DISPLAY_MESSAGE, file=sys.stderr)
    return False


def run_gui(*, url: str | None = None, profile: str | None = None) -> int:
    if not ensure_display():
        return 1
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from hms_desktop.config import WorkstationSettings, call_timeout
    from hms_desktop.ui.controller import AppController, smoke_mode
    from hms_desktop.ui.language import install_language
    from hms_desktop.ui.locale_formats import install_locale_formats, locale_for_language
    from hms_desktop.ui.tasks import TASK_TIMEOUT_MARGIN, TaskRunner

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("hms_desktop")
    app.setOrganizationName("hms_desktop")
    apply_look(app)
    workstation = WorkstationSettings.load()
    language = install_language(app, workstation.language)
    # Dates and numbers in the chosen language, before any widget reads the default locale (date fields).
    locale = locale_for_language(language)
    QLocale.setDefault(locale)
    install_locale_formats(locale)
    if profile is not None:
        workstation.active_profile = profile
    runner = TaskRunner(app, task_timeout=call_timeout() + TASK_TIMEOUT_MARGIN)
    controller = AppController(runner=runner, workstation=workstation, url=url)
    if smoke_mode():
        def report() -> None:
            print("hms: login window shown", flush=True)
            controller.quit()
        controller.login_ready.connect(report)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
