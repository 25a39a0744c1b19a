"""Compile forms/*.ui (Qt Designer) into hms_desktop/ui/forms/ui_*.py with pyside6-uic.

The generated modules are committed; tests/unit/test_forms_in_sync.py fails when a
form was edited without running this (``make forms``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUTPUT = ROOT / "hms_desktop" / "ui" / "forms"


def uic_command() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return [str(exe)] if exe.exists() else ["pyside6-uic"]


def compile_form(source: Path) -> str:
    result = subprocess.run([*uic_command(), "--from-imports", str(source)], check=True, capture_output=True,
                            text=True)
    return result.stdout


def target_for(source: Path) -> Path:
    return OUTPUT / f"ui_{source.stem}.py"


def main() -> int:
    for source in sorted(FORMS.glob("*.ui")):
        target_for(source).write_text(compile_form(source), encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {target_for(source).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
