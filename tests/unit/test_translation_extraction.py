"""Every message the code marks reaches the catalogue: lupdate silently skips a call it cannot parse.

pyside6-lupdate reads Python with a lexer of its own, not Python's parser: ``QCoreApplication.translate("Ctx",
"… and %n more", None, len(items) - shown)`` is dropped whole because its count is a call inside the call,
and such a message then reads in English in every language without any warning. This test parses the code
with Python's own ``ast``, lists every literal message (``self.tr``, ``QCoreApplication.translate``,
``i18n.translate``, ``QT_TRANSLATE_NOOP``) with its context, and fails on any that hms_fr.ts does not hold.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "hms_fr.ts"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else ""


class _Messages(ast.NodeVisitor):
    """(context, source, where) of every literal message in one module."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        at = f"{self.where}:{node.lineno}"
        if (name == "tr" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self" and self.classes and node.args):
            source = _literal(node.args[0])
            if source is not None:
                self.found.append((self.classes[-1], source, at))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and source is not None:
                self.found.append((context, source, at))
        self.generic_visit(node)


def marked_messages() -> list[tuple[str, str, str]]:
    generated = ROOT / "hms_desktop" / "ui" / "forms"
    found: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "hms_desktop").rglob("*.py")):
        if path.parent == generated:
            continue  # compiled from forms/*.ui, which lupdate reads itself
        visitor = _Messages(str(path.relative_to(ROOT)))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += visitor.found
    return found


def catalogued() -> set[tuple[str, str]]:
    held = set()
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            held.add((name, message.findtext("source") or ""))
    return held


def test_the_scan_finds_messages_of_every_kind() -> None:
    kinds = {source for _context, source, _at in marked_messages()}
    assert "Nothing was saved." in kinds  # self.tr
    assert "Database owner" in kinds  # QCoreApplication.translate
    assert len(kinds) > 2000


def test_every_marked_message_is_in_the_catalogue() -> None:
    held = catalogued()
    missing = [f"{at}: [{context}] {source!r}" for context, source, at in marked_messages()
               if (context, source) not in held]
    assert not missing, ("lupdate did not extract these (write the count or the argument into a variable "
                         "first, then run `make translations`):\n" + "\n".join(missing))


def test_no_message_is_filed_under_no_context() -> None:
    """lupdate files a module function's bare ``tr("...")`` under an empty context, where Qt never looks: the
    chart's vital signs ("pulse 72/min") read English on a French desk while their French sat in the catalogue."""
    empty = [message.findtext("source") or "" for context in ET.parse(CATALOGUE).getroot().iter("context")
             if not (context.findtext("name") or "") for message in context.iter("message")]
    assert not empty, "messages without a context (write QCoreApplication.translate(context, ...)):\n" + \
        "\n".join(empty)


def test_no_bare_tr_call_with_a_literal() -> None:
    found = []
    for path in sorted((ROOT / "hms_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and _literal(node.args[0]) is not None):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: tr({_literal(node.args[0])!r})")
    assert not found, "a bare tr(\"...\") lands under no context:\n" + "\n".join(found)
