"""Counted words (issue 13.6): "1 appointment", "13 appointments", never a bracketed s on a screen."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import hms_desktop
from hms_desktop.domain.wording import plural

ROOT = Path(hms_desktop.__file__).parent.parent


def test_plural() -> None:
    assert plural(1, "%n appointment", "%n appointments") == "1 appointment"
    assert plural(13, "%n appointment", "%n appointments") == "13 appointments"
    assert plural(0, "%n appointment", "%n appointments") == "0 appointments"
    assert plural(1, "One field differs", "%n fields differ") == "One field differs"


def _texts(path: Path) -> list[str]:
    """The string literals of a Python file, the <string> values of a Designer form."""
    source = path.read_text(encoding="utf-8")
    if path.suffix == ".ui":
        return re.findall(r"<string>(.*?)</string>", source)
    return [token.string for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.STRING]  # Python 3.11: an f-string is one STRING token


def test_no_word_with_an_s_in_brackets_reaches_a_screen() -> None:
    # "Given name(s)" is a label for one or several given names, not a count.
    files = [*(ROOT / "hms_desktop").rglob("*.py"), *(ROOT / "forms").glob("*.ui")]
    found = [f"{path.relative_to(ROOT)}: {text}" for path in files for text in _texts(path)
             if re.search(r"[a-z]\(s\)", re.sub(r"\{[^}]*\}", "", text)) and "Given name(s)" not in text]
    assert not found, found
