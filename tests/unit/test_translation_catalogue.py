"""Every shipped catalogue (resources/translations/hms_<code>.ts) is complete and safe to load (issue 15, item 4):
no message left unfinished or empty; each translation keeps the source's placeholders, HTML tags and ``&``
mnemonic; plural messages have the language's number of forms; names the program matches on (style roles,
object names) stay as they are; and the committed .qm is what lrelease makes of the .ts today.

Also the translating workflow of build/translations.py: ``--dump`` lists what is left, ``--fill`` puts it in,
and an lupdate run keeps the plural forms of a ``translate(..., n)`` message.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("hms_*.ts"))

_spec = importlib.util.spec_from_file_location("translations_build", ROOT / "build" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations_build = importlib.util.module_from_spec(_spec)
sys.modules["translations_build"] = translations_build
_spec.loader.exec_module(translations_build)

# What a translation must carry over unchanged: Python format fields ({name}, {0}), Qt's %n / %1 / %L1,
# HTML tags and entities.
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d|</?[A-Za-z][^<>]*>|&[A-Za-z]+;|&#\d+;")
ENTITY = re.compile(r"&[A-Za-z]+;|&#\d+;")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its plural forms
    numerus: bool
    unfinished: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r} -> {self.forms!r}"


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: {message.findtext('source')!r} has no <translation>"
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if numerus \
                else (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", forms, numerus,
                                 translation.get("type") in ("unfinished", "vanished", "obsolete")))
    return found


def mnemonics(text: str) -> int:
    """How many ``&`` mark a shortcut letter (``&&`` is a literal ampersand; ``&amp;`` an entity)."""
    return ENTITY.sub("", text.replace("&&", "")).count("&")


def report(problems: list[str]) -> str:
    return f"{len(problems)} messages:\n" + "\n".join(problems[:40])


@pytest.fixture(params=CATALOGUES, ids=[ts.stem for ts in CATALOGUES])
def catalogue(request) -> Path:
    return request.param


def test_a_second_language_ships() -> None:
    assert [ts.name for ts in CATALOGUES if ts.stem != "hms_en"], "no translation in resources/translations"


def test_every_message_is_translated(catalogue: Path) -> None:
    problems = [str(m) for m in messages(catalogue)
                if m.unfinished or (m.source.strip() and not all(form.strip() for form in m.forms))]
    assert not problems, "unfinished or empty: " + report(problems)


def test_placeholders_and_tags_are_kept(catalogue: Path) -> None:
    problems = [str(m) for m in messages(catalogue) for form in m.forms
                if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source))]
    assert not problems, "placeholders or tags differ from the source: " + report(problems)


def test_a_mnemonic_is_kept_exactly_when_the_source_has_one(catalogue: Path) -> None:
    problems = [str(m) for m in messages(catalogue) for form in m.forms if mnemonics(form) != mnemonics(m.source)]
    assert not problems, "& mnemonics differ from the source: " + report(problems)


def test_leading_and_trailing_space_is_kept(catalogue: Path) -> None:
    """" days" after a number in a spin box, "Today · " before a date: the spaces are part of the layout."""
    def edges(text: str) -> tuple[str, str]:
        return text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    problems = [str(m) for m in messages(catalogue) for form in m.forms if edges(form) != edges(m.source)]
    assert not problems, "leading or trailing white space differs: " + report(problems)


def test_plural_messages_have_the_languages_forms(catalogue: Path) -> None:
    forms = translations_build.plural_forms(catalogue)
    plural = [m for m in messages(catalogue) if m.numerus]
    assert plural, "no plural message: build/translations.py marks every %n message plural"
    problems = [str(m) for m in plural if len(m.forms) != forms]
    assert not problems, f"not {forms} plural forms: " + report(problems)
    assert not [str(m) for m in messages(catalogue) if "%n" in m.source and not m.numerus]


def test_names_the_program_matches_on_are_not_translated(catalogue: Path) -> None:
    """uic passes a dynamic string property (role="hint", which style.qss selects on) and even an objectName
    through translate(): translated, the style or the lookup would silently stop matching."""
    style = (ROOT / "resources" / "style.qss").read_text(encoding="utf-8")
    names = set(re.findall(r'\[role="(\w+)"\]', style))
    for form in (ROOT / "forms").glob("*.ui"):
        names |= set(re.findall(r'name="(\w+)"', form.read_text(encoding="utf-8")))
    problems = [str(m) for m in messages(catalogue) if m.source in names and m.forms != (m.source,)]
    assert not problems, "a style role or object name was translated: " + report(problems)


def test_the_committed_qm_is_compiled_from_the_ts(catalogue: Path, tmp_path: Path) -> None:
    """The .qm is committed (the app and the bundle read resources/ as it is): it must be today's .ts."""
    committed = catalogue.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} missing: run `make translations` and commit it"
    copy = tmp_path / catalogue.name
    copy.write_bytes(catalogue.read_bytes())
    fresh = translations_build.release(copy)
    assert fresh.read_bytes() == committed.read_bytes(), \
        f"{committed.name} is older than {catalogue.name}: run `python build/translations.py --no-update`"


CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>BedBoard</name>
  <message><source>Reload</source><translation type="unfinished"/></message>
  <message><source>&amp;Ward</source><translation>&amp;Service</translation></message>
  <message numerus="yes"><source>%n bed</source>
    <translation type="unfinished"><numerusform/></translation></message>
</context>
<context><name>WardsPage</name>
  <message><source>Reload</source><translation type="unfinished"/></message>
</context>
</TS>
"""


def test_dump_lists_what_is_left_and_fill_puts_it_in(tmp_path: Path) -> None:
    ts = tmp_path / "hms_fr.ts"
    ts.write_text(CATALOGUE, encoding="utf-8")
    todo = tmp_path / "todo.json"
    assert translations_build.dump_unfinished(ts, todo) == 2
    assert json.loads(todo.read_text(encoding="utf-8")) == {"Reload": "", "%n bed": ["", ""]}

    # A half-done file: the empty plural form leaves that message for the next round.
    todo.write_text(json.dumps({"Reload": "Recharger", "%n bed": ["%n lit", ""]}), encoding="utf-8")
    assert translations_build.fill(ts, todo) == (2, 1)
    by_context = {(m.context, m.source): m for m in messages(ts)}
    assert by_context[("BedBoard", "Reload")].forms == ("Recharger",)
    assert by_context[("WardsPage", "Reload")].forms == ("Recharger",)
    assert not by_context[("WardsPage", "Reload")].unfinished
    assert by_context[("BedBoard", "&Ward")].forms == ("&Service",)  # a finished message is left alone
    assert by_context[("BedBoard", "%n bed")].unfinished

    assert translations_build.dump_unfinished(ts, todo) == 1
    todo.write_text(json.dumps({"%n bed": ["%n lit", "%n lits"]}), encoding="utf-8")
    assert translations_build.fill(ts, todo) == (1, 0)
    assert {(m.source, m.forms) for m in messages(ts) if m.numerus} == {("%n bed", ("%n lit", "%n lits"))}


def test_lupdate_keeps_the_plural_forms_of_a_translate_message(tmp_path: Path) -> None:
    """pyside6-lupdate extracts ``translate(context, "%n ...", None, n)`` as a plain message and would cut its
    French translation down to one form on every `make translations`."""
    source = tmp_path / "wards.py"
    source.write_text('from hms_desktop.i18n import translate\n\n\n'
                      'def beds(n: int) -> str:\n    return translate("WardCard", "%n beds", None, n)\n',
                      encoding="utf-8")
    ts = tmp_path / "hms_fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">'
                  '<context><name>WardCard</name><message numerus="yes"><source>%n beds</source><translation>'
                  '<numerusform>%n lit</numerusform><numerusform>%n lits</numerusform></translation></message>'
                  '</context></TS>\n', encoding="utf-8")
    before = translations_build.finished_plurals(ts)
    subprocess.run([translations_build._tool("pyside6-lupdate"), "-no-obsolete", str(source), "-ts", str(ts)],
                   cwd=tmp_path, check=True, capture_output=True)
    assert [m.forms for m in messages(ts)] != [("%n lit", "%n lits")]  # what lupdate alone leaves
    translations_build.mark_plurals(ts, before)
    (message,) = messages(ts)
    assert (message.numerus, message.unfinished, message.forms) == (True, False, ("%n lit", "%n lits"))
