"""Issue 15, item 4: the messages services, domain rules and printouts word for people go through
``hms_desktop.i18n.translate``. A translator that brackets every text it is asked for is installed (as the UI
installs Qt's), a sample of messages from each layer is triggered, and each must come back bracketed: a text
that bypasses ``translate`` comes back bare. A static scan then fails on any ``raise ...("a literal")`` below
the UI that is not wrapped in ``translate``."""

from __future__ import annotations

import ast
import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import psycopg.errors
import pytest

from hms_desktop import i18n
from hms_desktop.domain import clinical, reports, scheduling
from hms_desktop.domain import report_builder as builder
from hms_desktop.domain.errors import ValidationError
from hms_desktop.domain.wording import plural
from hms_desktop.printing.receipt import ReceiptData, build_receipt
from hms_desktop.printing.wristband import WristbandData, build_wristband
from hms_desktop.services import errors
from hms_desktop.services.billing import payments
from hms_desktop.services.errors import ValidationFailed
from hms_desktop.services.scheduling import common

ROOT = Path(__file__).resolve().parents[2] / "hms_desktop"
CREATED = datetime(2030, 6, 2, 10, 15)


def _problems(error: ValidationError | ValidationFailed) -> list[str]:
    return list(error.problems.values())


# --- domain rules and services ------------------------------------------------------------------------------

def test_domain_rules_refuse_in_translated_words(brackets: None) -> None:
    with pytest.raises(ValidationError) as refused:
        clinical.check_allergy(clinical.AllergyDraft(substance="", severity="dreadful"))
    assert _problems(refused.value) == ["[Enter the substance or drug the patient is allergic to.]",
                                        "[Choose mild, moderate or severe.]"]
    with pytest.raises(ValidationError) as refused:
        clinical.describe("XYZ")
    assert _problems(refused.value) == ["[“XYZ” is not a WHO ICD-10 code.]"]  # the value put in after translating
    with pytest.raises(scheduling.TransitionRefused) as refused_move:
        scheduling.check_transition("completed", "booked")
    assert str(refused_move.value) == "[This appointment is already [completed]; it cannot be changed any more.]"
    assert scheduling.AppointmentStatus.NO_SHOW.label == "[No-show]"


def test_services_refuse_in_translated_words(brackets: None) -> None:
    with pytest.raises(ValidationFailed) as refused:
        common.required_reason("   ", "cancelled")
    assert str(refused.value) == "[Say why the appointment is cancelled.]"
    with pytest.raises(ValidationFailed) as refused:
        payments._amount("0")
    assert str(refused.value) == "[Enter the amount [to pay], above zero.]"  # the words put in translated too


def test_the_sqlstate_table_and_fixed_errors_are_translated(brackets: None) -> None:
    overlap = errors.translate(psycopg.errors.ExclusionViolation("conflicting key value"))
    duplicate = errors.translate(psycopg.errors.UniqueViolation("duplicate key value"))
    refused = errors.translate(psycopg.errors.InsufficientPrivilege("permission denied"))
    assert str(overlap) == "[This time overlaps another booking.]"
    assert str(duplicate) == "[This record already exists.]"
    assert str(refused) == "[Your account is not allowed to do this. Ask an administrator if you need it.]"
    assert str(errors.AccountDeactivated()) == "[Your account was deactivated by an administrator.]"
    assert str(errors.BreakGlassRequired()).startswith("[You have no appointment or admission")


def test_counted_messages_take_the_languages_plural_form(brackets: None) -> None:
    assert str(errors.TooManyAttempts(1)) == "[Too many failed attempts. Wait 1 second before trying again.]"
    assert str(errors.TooManyAttempts(2)) == "[Too many failed attempts. Wait 2 seconds before trying again.]"
    # wording.plural with translated forms: the translation's form for that number, %n filled by translate
    for count in (1, 2):
        one = i18n.translate("services", "%n bed", None, count)
        many = i18n.translate("services", "%n beds", None, count)
        assert plural(count, one, many) == ("[1 bed]" if count == 1 else "[2 beds]")


def test_without_a_translator_the_english_is_unchanged() -> None:
    assert str(errors.TooManyAttempts(1)) == "Too many failed attempts. Wait 1 second before trying again."
    assert str(errors.TooManyAttempts(30)) == "Too many failed attempts. Wait 30 seconds before trying again."
    definition = reports.find("no-show-rate")
    assert definition is not None and definition.title == "No-show rate by specialty by month"


# --- reports -----------------------------------------------------------------------------------------------

def test_report_titles_descriptions_and_headings_are_translated_where_read(brackets: None) -> None:
    definition = reports.find("no-show-rate")
    assert definition is not None
    assert definition.name == "no-show-rate" and definition.family == "appointments"  # identifiers stay
    assert definition.title == "[No-show rate by specialty by month]"
    assert definition.description.startswith("[Of the appointments due in each month")
    assert [c.label for c in definition.columns] == ["[Month]", "[Specialty]", "[Due]", "[No-shows]",
                                                     "[No-show rate]"]
    assert [c.key for c in definition.columns] == ["month", "specialty", "due", "no_shows", "rate"]
    params = reports.ReportParams(first=date(2026, 1, 1), last=date(2026, 3, 31))
    title = reports.drill_title(definition, params, ("2026-03-01", None))
    assert title.startswith("[[No-shows] — ") and "[(none)]" in title
    assert builder.SUBJECTS["appointments"].label == "[Appointments]"
    with pytest.raises(ValidationError) as refused:
        reports.validate_params(definition, reports.ReportParams(first=date(2026, 3, 1), last=date(2026, 1, 1),
                                                                 ward_id=3))
    assert _problems(refused.value) == [
        "[The last day is before the first. Choose a range that runs forward.]",
        "[The report “[No-show rate by specialty by month]” cannot be filtered by [ward].]"]


# --- printouts, read back from the PDF ---------------------------------------------------------------------

def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())


def test_a_receipts_fixed_words_are_printed_translated(brackets: None, tmp_path: Path) -> None:
    data = ReceiptData(hospital_name="St Elsewhere", receipt_number="INV-2030-000123/7", taken_at="02 Jun 2030",
                       taken_by="bclerk", patient_name="Doe, Jane", mrn="10000019", invoice_number="INV-2030-000123",
                       kind="payment", method="cash", amount=Decimal("40.00"), tendered=Decimal("50.00"),
                       change=Decimal("10.00"), reference=None, invoice_total=Decimal("87.99"),
                       balance=Decimal("47.99"), status="partly paid", tax_number="GB123")
    text = _pdf_text(build_receipt(data, copy=True, created=CREATED), tmp_path)
    for words in ("[PAYMENT RECEIPT]", "[Receipt] INV-2030-000123/7", "[MRN] 10000019", "[Paid] 40.00",
                  "[Cash tendered] 50.00", "[Change] 10.00", "[[Balance] ([partly paid])] 47.99", "[Taken by] bclerk",
                  "[Thank you]", "[Tax number GB123]", "[COPY]"):
        assert words in text


def test_a_wristbands_fixed_words_are_printed_translated(brackets: None, tmp_path: Path) -> None:
    data = WristbandData(mrn="10000019", family_name="Doe", given_name="Jane", sex="F",
                         birth_date=date(1980, 3, 12), birth_date_estimated=False, allergies_flag=True,
                         allergies_severe=True)
    text = _pdf_text(build_wristband(data, today=date(2026, 11, 29), created=CREATED), tmp_path)
    for words in ("[MRN 10000019]", "[ALLERGIES]", "[SEVERE]", "[Check the chart before giving anything]",
                  "[[Female] · DOB 12 Mar 1980 · Age [46 y]]"):
        assert words in text


# --- nothing raised below the UI in bare words -------------------------------------------------------------

# Messages for developers, not people: a caller's programming error (a wrong argument), never shown on a screen.
DEVELOPER_MESSAGES: dict[str, tuple[str, ...]] = {
    "services/patients/areas.py": ("limit must be 1..",),
    "services/patients/search.py": ("limit must be 1..",),
    "services/patients/registration.py": ("save_registration: changing a patient needs",),
    "domain/clock.py": ("A FixedClock needs an aware datetime",),
    "domain/insurance.py": (" must be a non-negative amount in cents",),
    "domain/claims.py": ("a batch without claims has no outcome",),
    "domain/scheduling.py": ("slot length and slots needed must be positive", "now must be timezone-aware"),
    "printing/prescription.py": ("a prescription needs at least one line", "page_size must be one of"),
    "printing/invoice.py": ("an invoice has at least one line",),
    "printing/labels.py": ("count must be at least 1",),
}


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _bare_messages(tree: ast.Module) -> list[tuple[int, str]]:
    """String literals handed straight to a raised exception (or as a ValidationFailed/ValidationError
    problem) instead of through translate(...)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        arguments = [*node.exc.args, *(k.value for k in node.exc.keywords)]
        for argument in arguments:
            values = argument.values if isinstance(argument, ast.Dict) else [argument]
            for value in values:
                text = _literal_text(value) if value is not None else None
                # A lowercase word alone is an identifier handed to a helper (``_stale(uow, "bed", id)``), a key.
                if text is not None and any(c.isalpha() for c in text) and not text.replace("_", "").islower():
                    found.append((value.lineno, text))
    return found


def test_no_message_is_raised_in_bare_words_below_the_ui() -> None:
    offenders: list[str] = []
    for area in ("services", "domain", "printing"):
        for path in sorted((ROOT / area).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            allowed = DEVELOPER_MESSAGES.get(name, ())
            for line, text in _bare_messages(ast.parse(path.read_text(encoding="utf-8"))):
                if not any(fragment in text for fragment in allowed):
                    offenders.append(f"{name}:{line}: {text[:80]}")
    assert offenders == []


def test_the_scan_catches_a_bare_message() -> None:
    tree = ast.parse('def f():\n    raise Conflict("Nope.")\n\ndef g():\n'
                     '    raise ValidationFailed({"x": f"Bad {y}."})\n\ndef h():\n'
                     '    raise Conflict(translate("services", "Fine."))\n\ndef k():\n'
                     '    raise _stale(uow, "bed", 3)\n')
    assert _bare_messages(tree) == [(2, "Nope."), (5, "Bad {}.")]


def test_an_allergy_is_named_with_its_severity_translated(brackets: None) -> None:
    """The prescription dialog and the printed prescription read "pénicilline (sévère)", not "(severe)"."""
    from hms_desktop.domain.clinical import allergy_label

    assert allergy_label("penicillin", "severe") == "[penicillin ([severe])]"
    assert allergy_label("latex", "not-a-severity") == "[latex (not-a-severity)]"  # a stored value shown as it is
