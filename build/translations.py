"""`make translations`: extract every string people read into resources/translations/hms_<code>.ts, then compile
each .ts into the .qm the app loads (ui/language.py). Issue 15, item 4.

Sources: the widgets' ``tr`` calls and the lower layers' ``translate`` / ``QT_TRANSLATE_NOOP`` calls
(hms_desktop/i18n.py) in every Python file, and the Designer forms (forms/*.ui, not their generated
hms_desktop/ui/forms/ui_*.py copies, which would list every form string twice).

pyside6-lupdate marks a message as plural ("numerus") only for ``self.tr(text, "", n)``; a ``translate(context,
text, None, n)`` call is extracted as a plain message. Every message whose source holds ``%n`` is therefore
marked plural here after extraction, so translators give each plural form and Qt picks the right one.

    python build/translations.py            # update every .ts and compile it
    python build/translations.py --add fr   # start a new language
    python build/translations.py --no-update --dump todo.json hms_fr   # the messages still to translate
    python build/translations.py --no-update --fill todo.json hms_fr   # put the translations written there in

Translating is re-runnable: ``--dump`` writes each distinct source text still unfinished as a JSON object
``{source: ""}`` (``{source: ["", ""]}`` for a plural message, one entry per plural form of the language);
the translator fills in the values and ``--fill`` writes them into every unfinished message with that source
(in every context) and marks those finished. Empty values are left unfinished, so a half-done file can be
filled and dumped again.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "hms"


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[Path]:
    generated = ROOT / "hms_desktop" / "ui" / "forms"
    python = [p for p in sorted((ROOT / "hms_desktop").rglob("*.py")) if p.parent != generated]
    return python + sorted((ROOT / "forms").glob("*.ui"))


# Plural forms per language, as Qt counts them (QLocale's numerus rules): French singular for 0 and 1.
PLURAL_FORMS = {"fr": 2, "es": 2, "de": 2, "it": 2, "pt": 2, "pt_BR": 2, "nl": 2, "ar": 6, "ru": 3, "pl": 3,
                "zh": 1, "ja": 1, "ko": 1, "th": 1, "hi": 2}


def plural_forms(ts: Path) -> int:
    language = ET.parse(ts).getroot().get("language", "")
    return PLURAL_FORMS.get(language, PLURAL_FORMS.get(language.split("_")[0], 2))


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def dump_unfinished(ts: Path, target: Path) -> int:
    """Write each distinct source still unfinished in ``ts`` to ``target`` as ``{source: ""}`` (plural:
    a list of empty forms). Returns how many were written."""
    forms = plural_forms(ts)
    todo: dict[str, str | list[str]] = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        todo[source] = [""] * forms if message.get("numerus") == "yes" else ""
    target.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(todo)


def fill(ts: Path, given: Path) -> tuple[int, int]:
    """Put the translations of ``given`` (``{source: text or [forms]}``) into the unfinished messages of
    ``ts`` and mark them finished; an empty text or form leaves the message unfinished. Returns (filled,
    still unfinished)."""
    translations = json.loads(given.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    filled = left = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = translations.get(message.findtext("source") or "")
        plural = message.get("numerus") == "yes"
        if plural and isinstance(text, list) and text and all(text):
            for form in list(translation):
                translation.remove(form)
            for value in text:
                ET.SubElement(translation, "numerusform").text = value
        elif not plural and isinstance(text, str) and text:
            translation.text = text
        else:
            left += 1
            continue
        del translation.attrib["type"]
        filled += 1
    write_ts(tree, ts)
    return filled, left


PluralForms = dict[tuple[str, str], list[str]]


def finished_plurals(ts: Path) -> PluralForms:
    """The plural forms of every finished numerus message, by (context, source)."""
    if not ts.exists():
        return {}
    forms: PluralForms = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type"):
                continue
            forms[(name, message.findtext("source") or "")] = [f.text or "" for f in translation.iter("numerusform")]
    return forms


def mark_plurals(ts: Path, before: PluralForms | None = None) -> int:
    """Make every ``%n`` message a numerus message (keeping a translation already given as its first form);
    returns how many messages changed.

    lupdate sees a ``translate(context, "%n ...", None, n)`` message as a plain one, so on every run it cuts the
    plural forms of its translation down to one and marks it unfinished; ``before`` (the finished plural forms
    as they were before lupdate ran) puts them back."""
    tree = ET.parse(ts)
    changed = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            touched = message.get("numerus") != "yes"
            message.set("numerus", "yes")
            if translation.find("numerusform") is None:
                given = translation.text or ""
                translation.text = None
                ET.SubElement(translation, "numerusform").text = given
                touched = True
            kept = (before or {}).get((name, source))
            if kept and translation.get("type") == "unfinished":
                for form in list(translation):
                    translation.remove(form)
                for text in kept:
                    ET.SubElement(translation, "numerusform").text = text
                del translation.attrib["type"]
                touched = True
            changed += touched
    if changed:
        write_ts(tree, ts)
    return changed


def update(ts: Path) -> None:
    before = finished_plurals(ts)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete", *files, "-ts",
                    str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    mark_plurals(ts, before)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="CODE", help="start a catalogue for a new language, e.g. fr or pt_BR")
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files as they are")
    parser.add_argument("--dump", metavar="FILE", type=Path,
                        help="write the messages still unfinished as JSON {source: ''} to FILE")
    parser.add_argument("--fill", metavar="FILE", type=Path,
                        help="put the translations of FILE (JSON {source: text}) into the unfinished messages")
    parser.add_argument("catalogues", nargs="*", metavar="NAME",
                        help="only these catalogues, e.g. hms_fr (default: every resources/translations/hms_*.ts)")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.add:
        new = TRANSLATIONS / f"{CATALOGUE}_{args.add}.ts"
        if not new.exists():
            new.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                           f'<TS version="2.1" language="{args.add}"></TS>\n', encoding="utf-8")
    for ts in sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts")):
        if args.catalogues and ts.stem not in args.catalogues:
            continue
        if not args.no_update:
            update(ts)
        if args.fill:
            filled, left = fill(ts, args.fill)
            print(f"{ts.relative_to(ROOT)}: {filled} messages filled, {left} still unfinished")
        if args.dump:
            print(f"{args.dump}: {dump_unfinished(ts, args.dump)} messages of {ts.name} to translate")
            continue
        print(f"{release(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
