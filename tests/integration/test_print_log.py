"""Printing on a real database: a reprint says COPY, every print is logged with who did it, and the print
log is written by every group but read only by administrators."""

from __future__ import annotations

import itertools
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.staff import Group
from hms_desktop.services import printing
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import NotFound, PermissionDenied

_names = itertools.count(1)


def add_patient(database, family: str | None = None, *, merged_into: int | None = None) -> tuple[int, str]:
    """A patient inserted as the owner: the printing service must not depend on services.patients."""
    with database.owner.engine.begin() as conn:
        row = conn.execute(text("""
            INSERT INTO patient (family_name, given_name, sex, birth_date)
            VALUES (:family, 'Zoë', 'F', :birth_date) RETURNING id, mrn
        """), {"family": family or f"O'Brien-Smith{next(_names)}", "birth_date": date(1980, 3, 12)}).one()
        if merged_into is not None:
            conn.execute(text("UPDATE patient SET merged_into_id = :s, merged_at = now() WHERE id = :id"),
                         {"s": merged_into, "id": row.id})
    return row.id, row.mrn


def print_log_rows(database, subject: str) -> list:
    with database.owner.engine.connect() as conn:
        return list(conn.execute(text("SELECT * FROM print_log WHERE subject = :s ORDER BY id"), {"s": subject}))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "job.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def reception(database) -> ServiceContext:
    return database.context_for(Group.RECEPTION)


@pytest.mark.parametrize("group", [Group.RECEPTION, Group.DOCTOR, Group.ADMIN])
def test_the_first_print_is_the_original_and_the_next_a_copy(database, tmp_path: Path, group: Group) -> None:
    ctx = database.context_for(group)
    patient_id, mrn = add_patient(database)

    first = printing.wristband_pdf(ctx, patient_id)
    assert (first.document, first.subject, first.is_copy) == ("wristband", mrn, False)
    assert "COPY" not in pdf_text(first.pdf, tmp_path)
    assert f"MRN {mrn}" in pdf_text(first.pdf, tmp_path)

    printing.log_print(ctx, first, "Ward 3 band printer")
    again = printing.wristband_pdf(ctx, patient_id)
    assert again.is_copy
    assert "COPY" in pdf_text(again.pdf, tmp_path)


def test_the_owner_sees_reprints_too(database) -> None:
    ctx = database.owner_context()
    patient_id, _ = add_patient(database)
    printing.log_print(ctx, printing.wristband_pdf(ctx, patient_id), "printer")
    assert printing.wristband_pdf(ctx, patient_id).is_copy


def test_a_print_is_logged_with_the_login_user_as_actor(database, reception: ServiceContext) -> None:
    patient_id, mrn = add_patient(database)
    job = printing.wristband_pdf(reception, patient_id)
    printing.log_print(reception, job, "/home/desk/wristband.pdf")
    [row] = print_log_rows(database, mrn)
    assert row.actor == reception.user.username
    assert (row.document, row.subject, row.is_copy, row.destination) == (
        "wristband", mrn, False, "/home/desk/wristband.pdf")


def test_labels_are_a_document_of_their_own(database) -> None:
    admin = database.context_for(Group.ADMIN)
    patient_id, mrn = add_patient(database)
    printing.log_print(admin, printing.wristband_pdf(admin, patient_id), "band printer")
    labels = printing.wristband_pdf(admin, patient_id, label_sheet=True)
    assert (labels.document, labels.subject, labels.is_copy) == ("labels", mrn, False)
    assert labels.pdf.startswith(b"%PDF")
    printing.log_print(admin, labels, "label printer")
    assert printing.wristband_pdf(admin, patient_id, label_sheet=True).is_copy
    assert [r.document for r in print_log_rows(database, mrn)] == ["wristband", "labels"]


def test_the_copy_pdf_is_ready_for_a_second_print_from_the_same_preview(database, tmp_path: Path) -> None:
    admin = database.context_for(Group.ADMIN)
    patient_id, _ = add_patient(database)
    job = printing.wristband_pdf(admin, patient_id)
    assert not job.is_copy and job.copy_pdf is not None
    second = job.as_copy()
    assert second.is_copy and "COPY" in pdf_text(second.pdf, tmp_path)


@pytest.mark.parametrize("group", [Group.BILLING, Group.DOCTOR, Group.RECEPTION])
def test_every_group_may_log_a_print_but_only_admin_reads_the_log(database, group: Group) -> None:
    username = database.add_user(group)
    ctx = database.login(username)
    patient_id, mrn = add_patient(database)
    printing.log_print(ctx, printing.wristband_pdf(ctx, patient_id), "front desk")
    assert [r.actor for r in print_log_rows(database, mrn)] == [username]

    with database.connect_as(username) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM print_log")
    with database.connect_as(username) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE print_log SET destination = 'x' WHERE subject = %s", (mrn,))
    with database.connect_as(username) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("DELETE FROM print_log WHERE subject = %s", (mrn,))


def test_admin_reads_the_print_log(database) -> None:
    admin = database.add_user(Group.ADMIN)
    ctx = database.login(admin)
    patient_id, mrn = add_patient(database)
    printing.log_print(ctx, printing.wristband_pdf(ctx, patient_id), "front desk")
    with database.connect_as(admin) as conn:
        rows = conn.execute("SELECT actor, document FROM print_log WHERE subject = %s", (mrn,)).fetchall()
    assert rows == [(admin, "wristband")]


def test_print_log_entries_are_in_the_audit_trail(database, reception: ServiceContext) -> None:
    patient_id, mrn = add_patient(database)
    printing.log_print(reception, printing.wristband_pdf(reception, patient_id), "front desk")
    with database.owner.engine.connect() as conn:
        actor = conn.execute(text("SELECT actor FROM audit_log WHERE table_name = 'print_log' "
                                  "AND after ->> 'subject' = :mrn"), {"mrn": mrn}).scalar_one()
    assert actor == reception.user.username


def test_a_merged_record_prints_its_survivor(database, reception: ServiceContext, tmp_path: Path) -> None:
    survivor_id, survivor_mrn = add_patient(database, "Survivor")
    duplicate_id, duplicate_mrn = add_patient(database, "Duplicate", merged_into=survivor_id)
    job = printing.wristband_pdf(reception, duplicate_id)
    assert job.subject == survivor_mrn != duplicate_mrn
    assert "SURVIVOR" in pdf_text(job.pdf, tmp_path)


def test_allergies_are_not_recorded_yet(database, reception: ServiceContext, tmp_path: Path) -> None:
    patient_id, _ = add_patient(database)
    assert "Allergies not recorded" in pdf_text(printing.wristband_pdf(reception, patient_id).pdf, tmp_path)


@pytest.mark.parametrize(("allergies", "none_known", "shown", "absent"), [
    ((("Penicillin", "severe"), ("Latex", "mild")), False, ("ALLERGIES", "SEVERE"), ("No known", "not recorded")),
    ((("Sulfonamide antibiotics", "moderate"),), True, ("ALLERGIES",), ("SEVERE", "No known", "not recorded")),
    ((), True, ("No known allergies",), ("ALLERGIES", "SEVERE", "not recorded")),
    ((), False, ("Allergies not recorded",), ("ALLERGIES", "SEVERE", "No known")),
], ids=["severe", "moderate-outweighs-none-known", "none-known", "not-recorded"])
def test_the_band_says_what_the_recorded_allergies_say(database, reception: ServiceContext, tmp_path: Path,
                                                        allergies, none_known, shown, absent) -> None:
    """Through ``hms_allergy_flag``: reception prints it without reading the allergies themselves."""
    patient_id, _ = add_patient(database)
    with database.owner.engine.begin() as conn:
        for substance, severity in allergies:
            conn.execute(text("INSERT INTO allergy (patient_id, substance, severity, source) "
                              "VALUES (:p, :s, :v, 'patient')"), {"p": patient_id, "s": substance, "v": severity})
        if none_known:
            conn.execute(text("INSERT INTO allergy_none_known (patient_id) VALUES (:p)"), {"p": patient_id})
    words = " ".join(pdf_text(printing.wristband_pdf(reception, patient_id).pdf, tmp_path).split())
    for expected in shown:
        assert expected in words
    for other in absent:
        assert other not in words


def test_a_missing_patient_is_a_clear_message(reception: ServiceContext) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        printing.wristband_pdf(reception, 987654321)


def test_a_long_destination_keeps_its_file_name(database, reception: ServiceContext) -> None:
    patient_id, mrn = add_patient(database)
    path = "/" + "/".join(["folder"] * 60) + "/wristband-final.pdf"
    printing.log_print(reception, printing.wristband_pdf(reception, patient_id), path)
    [row] = print_log_rows(database, mrn)
    assert len(row.destination) <= 200 and row.destination.endswith("/wristband-final.pdf")


def test_the_service_refuses_a_user_without_a_group(database, reception: ServiceContext) -> None:
    patient_id, _ = add_patient(database)
    nobody = ServiceContext(db=reception.db, user=replace(reception.user, groups=frozenset()))
    with pytest.raises(PermissionDenied, match="print"):
        printing.wristband_pdf(nobody, patient_id)


# What docs/front_desk_api.md asks the schema to add, so that every group can tell a reprint.
