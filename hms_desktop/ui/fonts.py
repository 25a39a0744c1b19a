"""The fonts bundled with the frozen app (hms.spec: resources/fonts), made known to Qt at start-up.

Names come in every script (issue 15, item 6). On a workstation with the Noto fonts installed, Qt finds them
through fontconfig and falls back to them by itself for characters the UI font lacks; the frozen app may run
where only DejaVu is installed, so it carries Noto Sans (Devanagari, Thai, Arabic, Hebrew) and WenQuanYi Zen
Hei (CJK) and adds them to Qt's font database, where the same fallback finds them. The printouts read the
same files (printing/layout.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def register_bundled_fonts(folder: Path) -> list[str]:
    """Add every font file in ``folder`` to the application's fonts; the families added. Nothing when the
    folder does not exist (a development tree uses the system's fonts)."""
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:  # a damaged file costs its script's glyphs, not the start-up
            log.warning("The font %s could not be loaded; names in its script may show as boxes", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families
