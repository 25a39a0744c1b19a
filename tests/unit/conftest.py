"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hms_desktop import i18n


def _bracketed(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return "[" + (source.replace("%n", str(n)) if n >= 0 else source) + "]"


@pytest.fixture
def brackets() -> Iterator[None]:
    """A translator that puts every message it is given in brackets: "[Saved.]", "[3 days]". A text that comes
    out without them never went through ``i18n.translate``."""
    i18n.install(_bracketed)
    try:
        yield
    finally:
        i18n.install(None)
