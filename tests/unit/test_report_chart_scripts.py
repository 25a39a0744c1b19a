"""Report charts draw names in every script (issue 15, item 6): an axis label, a pie slice or a legend name
takes one font in reportlab's charts, so each gets the one that has its characters instead of boxes.

Read back from a real PDF with pdftotext and pdffonts (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.pdfbase.pdfmetrics import getFont

from hms_desktop.domain.reports import BY_NAME
from hms_desktop.printing.layout import fonts, label_font
from hms_desktop.printing.report import build_chart

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="pdftotext and pdffonts (poppler-utils) are not installed")

AREAS = ("海淀区", "Montreuil", "Αθήνα", "Москва", "तेल अवीव")


def _the_chinese_font_is_in(pdffonts: str) -> bool:
    """True when the embedded fonts pdffonts lists (after its two heading lines) include the one
    ``label_font`` chose for Chinese: the CJK font, not DejaVu's boxes."""
    chinese = getFont(label_font("海淀区", fonts().regular)).face.name.decode()
    names = [line.split()[0] for line in pdffonts.splitlines()[2:] if line.strip()]
    return any(name.split("+")[-1].startswith(chinese) for name in names)  # "AAAAAA+WenQuanYiZenHei-0"


def _pdf(tmp_path: Path, report: str, cells: tuple[tuple[object, ...], ...]) -> tuple[str, str]:
    drawing = build_chart(BY_NAME[report], cells, 500, 260)
    assert drawing is not None
    path = tmp_path / f"{report}.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    used = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return text, used


def test_a_label_takes_the_main_font_when_it_can_and_a_font_with_its_letters_when_not() -> None:
    regular = fonts().regular
    assert label_font("Montreuil", regular) == regular
    assert label_font("Москва", regular) == regular  # DejaVu has Cyrillic
    chinese = label_font("海淀区", regular)
    assert chinese != regular
    assert label_font("海淀区", chinese) == chinese


def test_a_bar_chart_of_areas_in_several_scripts_prints_each_name(tmp_path: Path) -> None:
    cells = tuple((area, 10 + i, 20, 5 + i) for i, area in enumerate(AREAS))
    text, used = _pdf(tmp_path, "patients-by-area", cells)
    flat = "".join(text.split())
    for area in AREAS[:4]:
        assert "".join(area.split()) in flat, (area, text)
    assert _the_chinese_font_is_in(used)  # the Chinese name came from a font that has it


def test_a_pie_names_a_chinese_slice(tmp_path: Path) -> None:
    cells = (("门诊", 3, Decimal("120.00")), ("药品", 2, Decimal("80.00")))
    text, used = _pdf(tmp_path, "revenue-by-category", cells)
    assert "门诊" in text and "药品" in text
    assert _the_chinese_font_is_in(used)


def test_the_pyramid_legend_says_which_side_is_which(tmp_path: Path) -> None:
    cells = (("0–9", 3, 4, 0), ("10–19", 5, 6, 0))
    text, _used = _pdf(tmp_path, "age-pyramid", cells)
    assert "Male (left)" in text and "Female (right)" in text
