"""Words the report functions write into their cells are translated where shown (issue 15, item 4).

The latest version of every report function (migrations/sql/hms_report_*.sql, and the ICD-10 chapter names they
use) is scanned for the quoted words it returns as values; each must be in domain/reports.py's REPORT_WORDS,
which marks them for translation, unless it is on the allow-list below (SQL, formats, intervals, identifiers).
The drill-down functions return no words (their details are composed by services/reports/drill.py).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

from hms_desktop.db.migrate import migrations_dir
from hms_desktop.domain import reports
from hms_desktop.domain.reports import REPORT_WORDS, ReportColumn, report_word, shown_value
from hms_desktop.i18n import install

SQL = migrations_dir() / "sql"

# Quoted text of the report functions that is no cell value: formats, intervals, zone names, report names.
ALLOWED = frozenset({"1 day", "1 month", "DD Mon YYYY", "DD Mon YYYY HH24:MI",
                     "patient pt",  # the FROM of the patients subject
                     "payer",  # the list of filters of the claims subject, not a value
                     })
# Literal SQL text built by hms_report_adhoc_fragment (a fragment starts with a keyword).
SQL_FRAGMENT = re.compile(r"^(AND|CASE|ELSE|JOIN|LEFT|ORDER|SELECT|THEN|WHERE|FROM)\b")
# Words people read: letters, digits, spaces, hyphens, commas, perhaps in brackets; at least one lower-case letter
# (so codes such as 'A00', 'UTC' or 'YYYY-MM-DD' and SQL such as 'x.starts_at' are not words).
WORDS = re.compile(r"^\(?[A-Za-z0-9](?:, |[A-Za-z0-9 +\-])*\)?$")
LITERAL = re.compile(r"'((?:[^']|'')*)'")
# A literal in a place where a function returns it: a CASE branch, a coalesce default, a VALUES row.
VALUE_PLACE = re.compile(r"(?:THEN|ELSE|coalesce\([^,()]*(?:\([^()]*\))?[^,()]*,|VALUES\s*\(\d+,|\),\s*\(\d+,)\s*$",
                         re.IGNORECASE)


def latest_report_files() -> list[Path]:
    latest: dict[str, tuple[int, Path]] = {}
    for path in SQL.glob("*.sql"):
        name, _, version = path.stem.rpartition(".v")
        if (name.startswith("hms_report_") or name in ("hms_icd10_chapter",)) \
                and not name.startswith("hms_report_drill_") and int(version) > latest.get(name, (0, path))[0]:
            latest[name] = (int(version), path)
    return [path for _version, path in sorted(latest.values(), key=lambda item: item[1].name)]


def _code(path: Path) -> str:
    """The function's text without comments or RAISE statements (messages go through the services' wording)."""
    lines = [line.split("--")[0] for line in path.read_text(encoding="utf-8").splitlines()]
    return re.sub(r"RAISE\b.*?;", "", "\n".join(lines), flags=re.DOTALL)


def _literals(code: str) -> list[tuple[str, str]]:
    """(text, what precedes it) of each quoted literal; SQL built in SQL (doubled quotes) is read inside too."""
    found: list[tuple[str, str]] = []
    for match in LITERAL.finditer(code):
        word = match.group(1)
        found.append((word, code[max(0, match.start() - 80):match.start()]))
        if "''" in word:
            found += _literals(word.replace("''", "'"))
    return found


def returned_words(path: Path) -> set[str]:
    """Quoted capitalised words anywhere, and any quoted words in the places a value is returned from."""
    found: set[str] = set()
    for word, before in _literals(_code(path)):
        if not WORDS.match(word) or not re.search("[a-z]", word) or SQL_FRAGMENT.match(word) or word in ALLOWED:
            continue
        if word[0].isupper() or word[0] == "(" or VALUE_PLACE.search(before):
            found.add(word)
    return found


def test_the_scan_reads_the_latest_versions_and_finds_the_known_words() -> None:
    names = {path.name for path in latest_report_files()}
    assert "hms_report_outstanding_balances.v3.sql" in names and "hms_report_outstanding_balances.v2.sql" not in names
    assert "hms_icd10_chapter.v1.sql" in names
    balances = returned_words(SQL / "hms_report_outstanding_balances.v3.sql")
    assert {"0-30 days", "31-60 days", "61-90 days", "over 90 days"} <= balances
    assert "No specialty" in returned_words(SQL / "hms_report_doctors.v1.sql")
    assert {"No doctor", "Male", "Unknown", "other"} <= returned_words(SQL / "hms_report_adhoc_fragment.v1.sql")


def test_every_word_a_report_function_returns_is_marked_for_translation() -> None:
    missing = {f"{path.name}: {word!r}" for path in latest_report_files() for word in returned_words(path)
               if word not in REPORT_WORDS}
    assert not missing, "Add to REPORT_WORDS (or ALLOWED if no value): " + ", ".join(sorted(missing))


def test_report_words_are_shown_translated_and_other_values_as_they_are() -> None:
    install(lambda context, source, _d, _n: f"«{source}»" if context == "reports" else source)
    try:
        assert report_word("No doctor") == "«No doctor»"
        assert report_word("partly approved") == "«partly approved»"
        assert report_word("Dr Amos") == "Dr Amos"  # a name is never translated
        assert report_word(3) == 3
        text = ReportColumn("doctor", "Doctor", "text")
        count = ReportColumn("appointments", "Appointments", "int")
        assert shown_value(text, "No doctor", show_small_counts=True) == "«No doctor»"
        assert shown_value(count, 3, show_small_counts=False) == reports.SMALL_COUNT_TEXT
    finally:
        install(None)
    assert report_word("No doctor") == "No doctor"  # without a translator the English reads as before


def latest_drill_files() -> list[Path]:
    latest: dict[str, tuple[int, Path]] = {}
    for path in SQL.glob("hms_report_drill_*.sql"):
        name, _, version = path.stem.rpartition(".v")
        if name not in ("hms_report_drill_guard", "hms_report_drill_date") \
                and int(version) > latest.get(name, (0, path))[0]:
            latest[name] = (int(version), path)
    return [path for _version, path in sorted(latest.values(), key=lambda item: item[1].name)]


def test_the_drill_functions_return_parts_not_english_sentences() -> None:
    """Their details are a kind and values (services/reports/drill.py words them); a quoted word left in them is
    a report's own row key they compare with ('No bed', 'over 90 days'), which REPORT_WORDS holds."""
    files = latest_drill_files()
    assert len(files) == 21
    for path in files:
        code = _code(path)
        assert "detail_kind text" in code and "detail_values text[]" in code, path.name
        assert " || ' " not in code and "' || " not in code.replace("', ' || pt.given_name", ""), path.name
        assert returned_words(path) <= REPORT_WORDS.keys() | {"infinity"}, path.name


def test_migration_0038_grants_the_drill_functions_again_to_the_same_groups() -> None:
    def module(name: str) -> Any:
        spec = importlib.util.spec_from_file_location(f"migration_{name}", migrations_dir() / "versions" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        return loaded

    before = {**module("0033_report_drill").DRILLS, **module("0034_patient_area").DRILLS}
    assert before == module("0038_sql_words").DRILLS
