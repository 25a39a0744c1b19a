"""The generated ui_*.py files match forms/*.ui: nobody edited them by hand or forgot `make forms`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "build" / "compile_forms.py")
assert _spec is not None and _spec.loader is not None
compile_forms = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compile_forms)

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(FORMS) >= 5


@pytest.mark.parametrize("source", FORMS, ids=lambda p: p.name)
def test_generated_module_is_current(source: Path) -> None:
    target = compile_forms.target_for(source)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    assert target.read_text(encoding="utf-8") == compile_forms.compile_form(source), (
        f"{target.name} is out of date with {source.name}: run `make forms`")


def test_no_generated_module_without_a_form() -> None:
    generated = {p.stem.removeprefix("ui_") for p in compile_forms.OUTPUT.glob("ui_*.py")}
    assert generated == {p.stem for p in FORMS}
