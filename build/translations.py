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
"""

from __future__ import annotations

import argparse
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


def mark_plurals(ts: Path) -> int:
    """Make every ``%n`` message a numerus message (keeping a translation already given as its first form)."""
    tree = ET.parse(ts)
    changed = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if translation.find("numerusform") is None:
            given = translation.text or ""
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = given
        changed += 1
    if changed:
        ET.indent(tree, space="    ")
        with ts.open("wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
    return changed


def update(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete", *files, "-ts",
                    str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    mark_plurals(ts)


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="CODE", help="start a catalogue for a new language, e.g. fr or pt_BR")
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files as they are")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.add:
        new = TRANSLATIONS / f"{CATALOGUE}_{args.add}.ts"
        if not new.exists():
            new.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                           f'<TS version="2.1" language="{args.add}"></TS>\n', encoding="utf-8")
    for ts in sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts")):
        if not args.no_update:
            update(ts)
        print(f"{release(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
