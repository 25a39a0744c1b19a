"""No English word left on a French screen or printout (issue 15, item 4): the words the domain, the services
and the printouts keep in constants (statuses, kinds, reasons, categories, payment methods...) are marked for
translation, have French, and are translated where they are given out.

Three checks, from the most general:
1. every ``QT_TRANSLATE_NOOP(context, text)`` below the UI (and in the UI's own tables of stored words) has a
   finished French translation in hms_fr.ts that differs from the English, or is listed as the same in French;
2. every value of every label table we know of is one of those marked texts (a value written bare, which
   lupdate cannot see, fails here), and the tables that reach a printout or a service's words come back
   translated;
3. no module-level constant below the UI holds a bare English label that is not listed as deliberate.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from hms_desktop.domain import billing, catalogues, clinical, insurance, inventory, labs, patients, scheduling, staff
from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.prescribing import FREQUENCIES
from hms_desktop.domain.prescribing.model import (
    COUNT_UNIT_WORDS,
    DOSE_UNIT_WORDS,
    ROUTE_WORDS,
    Quantity,
    counted_items,
    for_days,
    route_words,
    unit_words,
)
from hms_desktop.services import admissions, printing, slips, wards
from hms_desktop.services.billing import printing as billing_printing
from hms_desktop.services.billing import shifts
from hms_desktop.services.inventory import StockLocationDTO

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "hms_desktop"
FRENCH = ROOT / "resources" / "translations" / "hms_fr.ts"
# Below the UI, plus the UI module that keeps the patient record's stored words (languages and relations).
LABEL_SOURCES = [p for folder in ("domain", "services", "printing") for p in sorted((PACKAGE / folder).rglob("*.py"))
                 ] + [PACKAGE / "ui" / "patient_words.py"]

# The same word in French as in English: checked by a person, not forgotten.
SAME_IN_FRENCH = {
    "Administration", "Admissions", "Bengali", "Consultation", "Date", "Mandarin", "Normal", "Parent", "Patient",
    "Patients", "Routine", "STAT", "Urgent", "IV", "IM", "SC", "infiltration", "%n sachet", "%n patch",
    "application", "sachet", "patch",
}


def _french() -> dict[tuple[str, str], str]:
    """(context, source) -> the finished translation (a plural message: its first form)."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(FRENCH).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if forms[0]:
                found[(name, message.findtext("source") or "")] = forms[0]
    return found


def _marked(paths: Iterable[Path]) -> Iterator[tuple[Path, int, str, str]]:
    """(file, line, context, text) of each ``QT_TRANSLATE_NOOP("context", "text")`` in ``paths``."""
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) != 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            context, text = node.args
            if name == "QT_TRANSLATE_NOOP" and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                yield path, node.lineno, str(context.value), str(text.value)


FRENCH_WORDS = _french()
MARKED = {(context, text) for _path, _line, context, text in _marked(LABEL_SOURCES)}


# --- 1. every marked word has French -------------------------------------------------------------------------

def test_every_marked_word_below_the_ui_has_french() -> None:
    missing, same = [], []
    for path, line, context, text in _marked(LABEL_SOURCES):
        where = f"{path.relative_to(ROOT)}:{line} {context}: {text!r}"
        french = FRENCH_WORDS.get((context, text))
        if french is None:
            missing.append(where)
        elif french == text and text not in SAME_IN_FRENCH:
            same.append(where)
    assert not missing, "marked but without French (run build/translations.py and fill it):\n" + "\n".join(missing)
    assert not same, "French identical to the English (translate it, or add it to SAME_IN_FRENCH):\n" + \
        "\n".join(same)
    assert len(MARKED) > 300  # the scan found the marks (lupdate's name, the two argument shapes)


# Every literal message reaching the catalogue (lupdate skips some call shapes) is
# tests/unit/test_translation_extraction.py; that each is finished, test_translation_catalogue.py.


# --- 2. each label table is marked, and translated where it is given out -----------------------------------------

def _tables() -> dict[str, tuple[str, Iterable[str]]]:
    """Every table of words for people that we know of: name -> (its context, its words)."""
    return {
        "clinical.FAMILY_RELATIONS": ("domain", clinical.FAMILY_RELATIONS.values()),
        "clinical.SMOKING_STATUSES": ("domain", clinical.SMOKING_STATUSES.values()),
        "clinical.ALLERGY_SOURCES": ("domain", clinical.ALLERGY_SOURCES.values()),
        "clinical.BREAK_GLASS_REASONS": ("domain", clinical.BREAK_GLASS_REASONS.values()),
        "clinical.VITAL_LIMITS": ("domain", (limit.label for limit in clinical.VITAL_LIMITS.values())),
        "inventory.ITEM_KINDS": ("domain", inventory.ITEM_KINDS.values()),
        "inventory.LOCATION_KINDS": ("domain", inventory.LOCATION_KINDS.values()),
        "inventory.ADJUST_REASONS": ("domain", inventory.ADJUST_REASONS.values()),
        "inventory.MOVEMENT_KINDS": ("domain", inventory.MOVEMENT_KINDS.values()),
        "labs.URGENCY_LABELS": ("domain", labs.URGENCY_LABELS.values()),
        "labs.FLAG_LABELS": ("domain", [*labs.FLAG_LABELS.values(), labs.NO_RANGE_LABEL]),
        "catalogues.RESULT_KIND_LABELS": ("domain", catalogues.RESULT_KIND_LABELS.values()),
        "catalogues.RESOURCE_KIND_LABELS": ("domain", catalogues.RESOURCE_KIND_LABELS.values()),
        "insurance.CATEGORY_LABELS": ("domain", insurance.CATEGORY_LABELS.values()),
        "billing.PAYMENT_STATUS_WORDS": ("domain", billing.PAYMENT_STATUS_WORDS.values()),
        "patients.SEX_LABELS": ("domain", patients.SEX_LABELS.values()),
        "patients.ID_TYPES": ("domain", patients.ID_TYPES),
        "scheduling.STATUS_LABELS": ("domain", scheduling.STATUS_LABELS.values()),
        "scheduling.KIND_LABELS": ("domain", scheduling.KIND_LABELS.values()),
        "scheduling.EXCEPTION_KIND_LABELS": ("domain", scheduling.EXCEPTION_KIND_LABELS.values()),
        "scheduling.RESOURCE_KIND_LABELS": ("domain", scheduling.RESOURCE_KIND_LABELS.values()),
        "staff.GROUP_LABELS": ("domain", staff.GROUP_LABELS.values()),
        "staff.MODULE_LABELS": ("domain", staff.MODULE_LABELS.values()),
        "report_builder.MEASURES": ("domain", builder.MEASURES.values()),
        "prescribing.FREQUENCIES": ("domain", (f.meaning for f in FREQUENCIES.values())),
        "prescribing.ROUTE_WORDS": ("domain", ROUTE_WORDS.values()),
        "prescribing.DOSE_UNIT_WORDS": ("domain", DOSE_UNIT_WORDS.values()),
        "prescribing.COUNT_UNIT_WORDS": ("domain", (form for forms in COUNT_UNIT_WORDS.values() for form in forms)),
        "admissions.BED_TYPE_LABELS": ("services", admissions.BED_TYPE_LABELS.values()),
        "admissions.BED_STATUS_LABELS": ("services", admissions.BED_STATUS_LABELS.values()),
        "admissions.DISPOSITION_LABELS": ("services", admissions.DISPOSITION_LABELS.values()),
        "wards.KIND_WORDS": ("services", wards.KIND_WORDS.values()),
        "shifts.METHOD_LABELS": ("services", shifts.METHOD_LABELS.values()),
        "printing.DOCUMENTS": ("services", printing.DOCUMENTS.values()),  # slips adds its own
        "printing.PRINTER_KINDS": ("services", (kind.label for kind in printing.PRINTER_KINDS)),
        "billing printing._METHODS": ("billing", billing_printing._METHODS.values()),
    }


@pytest.mark.parametrize("name", sorted(_tables()))
def test_each_label_table_is_marked_and_has_french(name: str) -> None:
    context, words = _tables()[name]
    words = list(words)
    assert words
    unmarked = [w for w in words if (context, w) not in MARKED]
    assert not unmarked, f"{name}: written bare (lupdate cannot see them): {unmarked}"
    untranslated = [w for w in words if FRENCH_WORDS.get((context, w), w) == w and w not in SAME_IN_FRENCH]
    assert not untranslated, f"{name}: no French for {untranslated}"
    assert slips.SLIP in printing.DOCUMENTS


def test_the_words_given_out_below_the_ui_are_translated(brackets: None) -> None:
    assert labs.flag_label("critical_high") == "[Critical high]"
    assert labs.flag_label(None) == "[No reference range]"
    assert billing.payment_status_words("partly paid") == "[partly paid]"
    assert billing.payment_status_words("written off") == "written off"  # a status not listed, as it is
    card = shifts.MethodTotal(method="card", items=3, amount=Decimal("40.00"))
    assert card.label == "[Card]"  # the Z-report's "Card (3)" line
    assert shifts.MethodTotal(method="voucher", items=1, amount=Decimal("1")).label == "voucher"
    store = StockLocationDTO(id=1, name="Ward 4 store", kind="ward_store", ward_id=4, ward_name="Ward 4", active=True)
    assert store.kind_label == "[Ward store]"


def test_prescription_days_and_items_take_the_plural_form() -> None:
    assert for_days(1) == "for 1 day"
    assert for_days(5) == "for 5 days"
    assert counted_items(1, "capsule") == "1 capsule"
    assert counted_items(21, "capsule") == "21 capsules"
    assert counted_items(3, "suppository") == "3 suppositories"
    assert counted_items(2, "vial") == "2 vial"  # a unit not listed: as it is, never a made-up plural


def test_prescription_words_are_translated_with_their_count(brackets: None) -> None:
    assert for_days(1) == "[for 1 day]"
    assert for_days(28) == "[for 28 days]"
    assert counted_items(21, "tablet") == "[21 tablets]"
    assert route_words("oral") == "[oral]"
    assert route_words("intrathecal") == "intrathecal"
    assert unit_words("tablet") == "[tablet]" and unit_words("mg") == "mg"  # a symbol stays
    assert str(Quantity(21, "capsule")) == "[21 capsules]"


# --- 3. nothing left bare ------------------------------------------------------------------------------------

# Constants below the UI whose text is not for people on a screen or printout, or is worded elsewhere.
NOT_LABELS = {
    "domain/prescribing/model.py": {"_SINGLE_STRENGTH"},  # a regular expression
    "printing/cups.py": {"_REQUEST_ID"},  # lp's answer, parsed
    "services/backup.py": {"_DUMPING", "_RESTORING"},  # pg_dump's output, parsed
    "services/billing/claims.py": {"CSV_HEADER"},  # the insurer's file format, not a screen
    # What billing and waiting-list SQL stores in English, matched to be worded at display (charge_words)
    "domain/billing.py": {"LAB_PREFIX", "BED_DAY_PREFIX", "_ENGLISH_MONTHS", "_BED_DAY", "_BED_PLACE"},
    "domain/scheduling.py": {"WAITING_LIST_REASON"},
    "services/consultation/common.py": {"DOCTOR_ONLY"},  # not used for a message
    "services/setup.py": {"OWNER_USER"},  # shown through ui/domain_words.group_names
    "domain/claims.py": {"PARTLY_APPROVED"},  # a stored status (an enum value)
}


def _looks_like_words(text: str) -> bool:
    """English meant for people: more than one word, or a capitalised word (not an identifier or a code)."""
    stripped = text.strip()
    if not stripped or "\n" in stripped or not any(c.isalpha() for c in stripped):
        return False
    if " " not in stripped and any(c in stripped for c in "/._"):
        return False  # a file name, a time zone, an identifier
    return " " in stripped or (stripped[0].isupper() and any(c.islower() for c in stripped))


def _bare_words(value: ast.expr) -> list[str]:
    """String literals in ``value`` that are not the text of a QT_TRANSLATE_NOOP call nor a dict key."""
    inside_marks = {id(n.args[1]) for n in ast.walk(value) if isinstance(n, ast.Call) and len(n.args) == 2
                    and getattr(n.func, "id", getattr(n.func, "attr", "")) == "QT_TRANSLATE_NOOP"}
    inside_marks |= {id(n.args[0]) for n in ast.walk(value) if isinstance(n, ast.Call) and n.args
                     and getattr(n.func, "id", "") == "Decimal"}
    keys = {id(k) for n in ast.walk(value) if isinstance(n, ast.Dict) for k in n.keys if k is not None}
    return [n.value for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in inside_marks and id(n) not in keys and _looks_like_words(n.value)]


def test_no_table_of_english_words_is_left_bare_below_the_ui() -> None:
    found = []
    for path in LABEL_SOURCES:
        relative = str(path.relative_to(PACKAGE))
        if path.name.startswith("demo") or relative.startswith("ui/"):
            continue  # demo data is data (names, notes) the demo writes into the database, as a person would
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            name = ast.unparse(target)
            if not name.lstrip("_").isupper() or name in NOT_LABELS.get(relative, ()):
                continue
            if isinstance(node.value, ast.Constant) and str(node.value.value).lstrip().upper().startswith(
                    ("SELECT", "WITH", "INSERT", "UPDATE", "CREATE", "DELETE")):
                continue
            if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "text":
                continue  # SQL
            if bare := _bare_words(node.value):
                found.append(f"{relative}:{node.lineno} {name}: {bare[:3]}")
    assert not found, "English words for people written bare (mark them with QT_TRANSLATE_NOOP):\n" + \
        "\n".join(found)


def test_no_counted_words_are_left_in_bare_english_below_the_ui() -> None:
    """``plural(n, one, many)`` takes both forms already translated (``translate(ctx, "%n day", None, n)``): a
    literal form is English in every language (the daily revenue printed "3 issued invoices" in French)."""
    found = []
    for path in LABEL_SOURCES:
        if path.name.startswith("demo"):
            continue  # the demo loader's progress, for the people who set up a demonstration
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plural":
                found += [f"{path.relative_to(ROOT)}:{node.lineno} {arg.value!r}" for arg in node.args[1:]
                          if isinstance(arg, ast.Constant)]
    assert not found, "plural forms written bare:\n" + "\n".join(found)
