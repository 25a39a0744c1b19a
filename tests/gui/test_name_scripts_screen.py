"""Names in every script on screen (issue 15, item 6): the registration results show each script with real
glyphs (Qt falls back to the Noto fonts once they exist), and the frozen app's bundled fonts reach Qt."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from hms_desktop.domain.names import display_name
from hms_desktop.domain.patients import PatientDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import patients
from hms_desktop.services.context import ServiceContext
from hms_desktop.ui.fonts import register_bundled_fonts
from hms_desktop.ui.models.patient_search import NAME
from hms_desktop.ui.tabs.registration import RegistrationTab

BORN = date(1931, 2, 3)  # one birth date for all of them: one search lists every script
NAMES = (("शर्मा", "प्रियंका"), ("สมบูรณ์ชัย", "สมชาย"), ("الحسيني", "محمد"), ("כהן", "אברהם"),
         ("Παπαδόπουλος", "Γιώργος"), ("Кузнецова", "Алёна"), ("欧阳", "小明"), ("山田", "太郎"), ("김", "민준"),
         ("Hernández", "José"))
WRITING_SYSTEMS = (QFontDatabase.WritingSystem.Devanagari, QFontDatabase.WritingSystem.Thai,
                   QFontDatabase.WritingSystem.Arabic, QFontDatabase.WritingSystem.Hebrew,
                   QFontDatabase.WritingSystem.Greek, QFontDatabase.WritingSystem.Cyrillic,
                   QFontDatabase.WritingSystem.SimplifiedChinese, QFontDatabase.WritingSystem.Japanese,
                   QFontDatabase.WritingSystem.Korean)
NOTO_THAI = Path("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf")


@pytest.fixture(scope="module")
def reception_ctx(database) -> ServiceContext:
    return database.context_for(Group.RECEPTION)


def test_the_results_show_every_script(qtbot, runner, reception_ctx, tmp_path: Path) -> None:
    for i, (family, given) in enumerate(NAMES):
        patients.register(reception_ctx, PatientDraft(family_name=family, given_name=given, sex="F",
                                                      birth_date=BORN, phone=f"07700 900{200 + i:03d}"))
    tab = RegistrationTab(ctx=reception_ctx, runner=runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.ui.searchEdit.setText("03/02/1931")
    qtbot.waitUntil(lambda: tab.model.searched_text == "03/02/1931" and tab.model.rowCount() == len(NAMES),
                    timeout=5000)
    shown = {tab.model.index(row, NAME).data() for row in range(tab.model.rowCount())}
    assert shown == {display_name(family, given) for family, given in NAMES}
    # Every script has a font to fall back to: without one Qt draws the empty boxes of the issue.
    missing = [system.name for system in WRITING_SYSTEMS if not QFontDatabase.families(system)]
    assert not missing, f"no font for {missing}: install fonts-noto-core and fonts-noto-cjk (build/setup.sh)"
    assert tab.grab().save(str(tmp_path / "registration_scripts.png"))


@pytest.mark.skipif(not NOTO_THAI.is_file(), reason="needs fonts-noto-core")
def test_bundled_fonts_are_added_to_qt(qapp, tmp_path: Path) -> None:
    shutil.copy(NOTO_THAI, tmp_path / NOTO_THAI.name)
    (tmp_path / "notes.txt").write_text("not a font", encoding="utf-8")
    assert register_bundled_fonts(tmp_path) == ["Noto Sans Thai"]
    assert register_bundled_fonts(tmp_path / "absent") == []


def test_a_damaged_font_file_is_skipped(qapp, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "Broken-Regular.ttf").write_bytes(b"not a font at all")
    assert register_bundled_fonts(tmp_path) == []
    assert "Broken-Regular.ttf" in caplog.text
