from __future__ import annotations

import pytest

from hms_desktop.domain.names import display_name


@pytest.mark.parametrize(("family", "given", "shown"), [
    ("Smith", "Anna", "SMITH, Anna"),
    ("  de  la Cruz ", "María José", "DE LA CRUZ, María José"),
    ("Øvergård", "", "ØVERGÅRD"),
    ("", "Madonna", "Madonna"),
    (None, None, ""),
    ("李", "小龙", "李, 小龙"),
])
def test_display_name(family: str | None, given: str | None, shown: str) -> None:
    assert display_name(family, given) == shown
