"""Composition root: builds the QApplication, the task runner and the session controller."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

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


def ensure_display() -> bool:
    """True when Qt can open windows here; otherwise says how to get a display and returns False."""
    if _has_display():
        return True
    print(NO_DISPLAY_MESSAGE, file=sys.stderr)
    return False


def run_gui(*, url: str | None = None, profile: str | None = None) -> int:
    if not ensure_display():
        return 1
    from PySide6.QtWidgets import QApplication

    from hms_desktop.config import WorkstationSettings, call_timeout
    from hms_desktop.ui.controller import AppController, smoke_mode
    from hms_desktop.ui.fonts import register_bundled_fonts
    from hms_desktop.ui.language import install_language
    from hms_desktop.ui.locale_formats import install_locale_formats
    from hms_desktop.ui.tasks import TASK_TIMEOUT_MARGIN, TaskRunner

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("hms_desktop")
    app.setOrganizationName("hms_desktop")
    app.setStyle("Fusion")
    register_bundled_fonts(resources_dir() / "fonts")  # names in every script, where the system lacks fonts
    app.setStyleSheet(load_style_sheet())
    workstation = WorkstationSettings.load()
    install_language(app, workstation.language)
    install_locale_formats()
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
