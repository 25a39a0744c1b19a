"""Charge descriptions and appointment reasons the SQL functions write in English, read in the desk's language
(issue 15, item 4): charge_words and reason_words recognise exactly the stored forms, and leave typed text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hms_desktop.domain.billing import CONSULTATION_WORDS, charge_words
from hms_desktop.domain.scheduling import reason_words

SQL = Path(__file__).resolve().parents[2] / "migrations" / "sql"


@pytest.mark.parametrize(("stored", "shown"), [
    ("Consultation", "[Consultation]"),
    ("Consultation (inpatient)", "[Consultation (inpatient)]"),
    ("Consultation (walk-in)", "[Consultation (walk-in)]"),
    ("Laboratory: Full blood count", "[Laboratory: Full blood count]"),
    ("Bed day, night of 03 Sep 2026", "[Bed day, night of 03 Sep 2026]"),
    ("Bed day, night of 31 Dec 2025 (Ward A, Room 2, bed 4)",
     "[Bed day, night of 31 Dec 2025 (Ward A, Room 2, bed 4)]"),
    # Cut at 200 characters by the SQL: the night in words, the rest as stored.
    ("Bed day, night of 01 Feb 2026 (Surgical, Ro", "[Bed day, night of 01 Feb 2026] (Surgical, Ro"),
])
def test_charge_words_translate_every_form_the_sql_writes(brackets: None, stored: str, shown: str) -> None:
    assert charge_words(stored) == shown


@pytest.mark.parametrize("typed", [
    "", "Dressing change", "consultation", "Consultation ", "Consultation (home visit)", "Laboratory: ",
    "Laboratory", "Bed day", "Bed day, night of 31 Feb 2026", "Bed day, night of 03 Sept 2026",
    "Bed day, night of 3 Sep 2026", "Bed day, night of 03 sep 2026", "Extra Consultation",
])
def test_charge_words_leave_any_other_text_as_it_is(brackets: None, typed: str) -> None:
    assert charge_words(typed) == typed


def test_bed_day_date_is_parsed_in_english_and_formatted_as_the_desk_does(brackets: None) -> None:
    from hms_desktop import formats

    class DayFirstSlashes(formats.EnglishFormats):
        def date(self, value):  # type: ignore[no-untyped-def]
            return f"{value:%d/%m/%Y}"

    formats.install(DayFirstSlashes())
    try:
        assert charge_words("Bed day, night of 07 May 2026 (Maternity, M1, bed 12)") == \
            "[Bed day, night of 07/05/2026 (Maternity, M1, bed 12)]"
    finally:
        formats.install(None)


def test_untranslated_charge_words_read_as_stored() -> None:
    for stored in ("Consultation (walk-in)", "Laboratory: HbA1c", "Bed day, night of 09 Oct 2026",
                   "Bed day, night of 09 Oct 2026 (North, N2, bed 1)"):
        assert charge_words(stored) == stored


@pytest.mark.parametrize(("stored", "shown"), [
    ("From the waiting list", "[From the waiting list]"),
    ("From the waiting list: prefers mornings", "[From the waiting list: prefers mornings]"),
])
def test_reason_words_translate_the_carried_reason(brackets: None, stored: str, shown: str) -> None:
    assert reason_words(stored) == shown


@pytest.mark.parametrize("typed", ["", "Chest pain", "From the waiting list:", "From the waiting list: ",
                                   "from the waiting list", "Asked: From the waiting list"])
def test_reason_words_leave_a_typed_reason_as_it_is(brackets: None, typed: str) -> None:
    assert reason_words(typed) == typed


def _latest(function: str) -> str:
    """The newest version of a SQL function's file (hms_x.v1.sql, hms_x.v2.sql...): the one the database runs."""
    versions = sorted(SQL.glob(f"{function}.v*.sql"), key=lambda path: int(path.name.split(".v")[-1][:-4]))
    assert versions, function
    return versions[-1].read_text(encoding="utf-8")


def _literals(function: str) -> list[str]:
    """The string literals of the newest version, comments left out (their apostrophes are not quotes)."""
    code = re.sub(r"--[^\n]*", "", _latest(function))
    return re.findall(r"'((?:[^']|'')*)'", code)


def test_charge_words_know_every_description_the_sql_writes(brackets: None) -> None:
    """If a new version of a charging function words a charge differently, this fails until charge_words knows
    it (the files scanned are the ones the migrations run)."""
    encounter = [word for word in _literals("hms_charge_encounter") if word.startswith("Consultation")]
    assert sorted(encounter) == sorted(CONSULTATION_WORDS)
    for word in encounter:
        assert charge_words(word) == f"[{word}]"

    lab = [word for word in _literals("hms_charge_lab_order") if word.startswith("Laboratory")]
    assert lab == ["Laboratory: "]
    assert charge_words(lab[0] + "Urea") == "[Laboratory: Urea]"

    bed_sql = _latest("hms_accrue_bed_days")
    bed = [word for word in _literals("hms_accrue_bed_days") if word.startswith("Bed day")]
    assert bed == ["Bed day, night of "]
    assert "to_char(n.night, 'DD Mon YYYY')" in bed_sql
    # The place: ' (' || ward || ', ' || room || ', bed ' || label || ')'
    assert "' (' || w.name || ', ' || r.name || ', bed ' || b.label || ')'" in bed_sql
    assert charge_words(bed[0] + "02 Dec 2026" + " (" + "W" + ", " + "R" + ", bed " + "7" + ")") == \
        "[Bed day, night of 02 Dec 2026 (W, R, bed 7)]"

    carry = [word for word in _literals("hms_carry_reason") if word.startswith("From the")]
    assert carry == ["From the waiting list"]
    carry_sql = _latest("hms_carry_reason")
    assert "'From the waiting list' || coalesce(': ' ||" in carry_sql
    assert reason_words(carry[0]) == "[From the waiting list]"
    assert reason_words(carry[0] + ": " + "note") == "[From the waiting list: note]"


def test_the_dtos_show_the_words_and_keep_the_stored_text(brackets: None) -> None:
    """The screens and printouts read ``shown_description`` / ``shown_reason``; ``description`` and ``reason``
    (what is stored, compared and sent to insurers) stay as the database has them."""
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from hms_desktop.services.billing.claims import ClaimLineDTO
    from hms_desktop.services.billing.dtos import InvoiceLineDTO
    from hms_desktop.services.patients.dtos import PastVisit
    from hms_desktop.services.scheduling.dtos import AppointmentDTO

    zero, day, now = Decimal(0), date(2030, 6, 1), datetime(2030, 6, 1, 9, tzinfo=UTC)
    line = InvoiceLineDTO(id=1, charge_id=1, fee_code="LAB-U", description="Laboratory: Urea", service_date=day,
                          quantity=Decimal(1), unit_price=zero, discount=zero, tax_rate=zero, line_total=zero,
                          tax_amount=zero, credited=zero)
    assert (line.description, line.shown_description) == ("Laboratory: Urea", "[Laboratory: Urea]")
    claim_line = ClaimLineDTO(id=1, claim_id=1, fee_code=None, description="Consultation", service_date=day,
                              insurer_amount=zero, patient_amount=zero, needs_preauth=False, approved_amount=None,
                              rejection_reason=None)
    assert claim_line.shown_description == "[Consultation]"

    def appointment(reason: str | None) -> AppointmentDTO:
        return AppointmentDTO(id=1, patient_id=1, patient_name="Durand, Marie", patient_mrn="10000019", doctor_id=1,
                              doctor_name="Dr Morel", starts_at=now, ends_at=now, kind="new", reason=reason,
                              status="booked", overbooked=False, overbook_reason=None, cancel_reason=None,
                              rescheduled_from_id=None, resource_id=None, room=None, checked_in_at=None,
                              called_at=None, completed_at=None, created_by="reception", version=1)

    assert appointment("From the waiting list: mornings").shown_reason == "[From the waiting list: mornings]"
    assert appointment("Chest pain").shown_reason == "Chest pain"
    assert appointment(None).shown_reason is None  # not this login's to read: the screens show "—"

    def visit(kind: str, reason: str | None) -> PastVisit:
        return PastVisit(kind=kind, started_at=now, ended_at=None, where="", doctor="Dr Morel", reason=reason)

    assert visit("appointment", "From the waiting list").shown_reason == "[From the waiting list]"
    assert visit("admission", "From the waiting list").shown_reason == "From the waiting list"  # typed
    assert visit("appointment", None).shown_reason is None
