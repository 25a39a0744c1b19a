"""The hospital's logo and currency (issue 10, item 6) through the services and the database: an administrator
puts a logo in, every group's printouts carry it, removing it takes it off; only administrators write it
(GRANTs, per group role), everyone reads it; the database refuses what is not a PNG/JPEG (HM027) and audits the
change with the image's hash, not its bytes. A changed hospital name or currency is on the next printout."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from factories import new_patient
from helpers import fixed_clock
from PIL import Image
from psycopg import errors
from sqlalchemy import text

from hms_desktop.domain.prescribing import PrescriptionLine
from hms_desktop.domain.staff import Group
from hms_desktop.services import billing, consultation, hospital_logo, prescribing, settings
from hms_desktop.services.billing import ManualLine, shifts
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import PermissionDenied, ValidationFailed

D = Decimal
GROUPS = (Group.RECEPTION, Group.DOCTOR, Group.BILLING, Group.ADMIN)


def png(size: tuple[int, int] = (900, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (200, 16, 46, 255)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def admin(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def clerk(database) -> Iterator[ServiceContext]:
    yield from database.logged_in(Group.BILLING)


@pytest.fixture
def logo_file(tmp_path: Path, admin) -> Iterator[Path]:
    path = tmp_path / "logo.png"
    path.write_bytes(png())
    yield path
    hospital_logo.remove_logo(admin)


def images(pdf: bytes, folder: Path) -> list[tuple[int, int]]:
    path = folder / "images.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [(int(p[3]), int(p[4])) for p in (line.split() for line in listing.splitlines()[2:]) if p[2] == "image"]


def words(pdf: bytes, folder: Path) -> str:
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def issued_invoice(database, clerk: ServiceContext) -> billing.InvoiceDTO:
    patient = new_patient(database)
    draft = billing.create_draft_invoice(clerk, patient, [], [ManualLine("Dressing pack", D(2), D("3.33"), D(20))])
    return billing.issue_invoice(clerk, draft.id)


def test_an_administrator_puts_a_logo_in_and_every_invoice_carries_it_until_removed(database, admin, clerk,
                                                                                     logo_file, tmp_path) -> None:
    assert hospital_logo.get_logo(clerk) is None
    stored = hospital_logo.set_logo(admin, logo_file)
    # Scaled down before it was stored: 900 x 300 became 600 x 200.
    assert (stored.media_type, stored.width_px, stored.height_px) == ("image/png", 600, 200)
    assert stored.updated_by == admin.user.username
    assert hospital_logo.get_logo(clerk) == stored  # billing reads it: its printouts carry it
    invoice = issued_invoice(database, clerk)
    assert images(billing.print_invoice(clerk, invoice.id).pdf, tmp_path) == [(600, 200)]
    hospital_logo.remove_logo(admin)
    assert hospital_logo.get_logo(clerk) is None
    assert images(billing.print_invoice(clerk, invoice.id).pdf, tmp_path) == []


def test_the_change_is_audited_with_the_hash_and_not_the_bytes(database, admin, logo_file) -> None:
    stored = hospital_logo.set_logo(admin, logo_file)
    with database.cluster.admin_connect(database.name) as owner:
        action, actor, after = owner.execute(
            "SELECT action, actor, after FROM audit_log WHERE table_name = 'hospital_logo' ORDER BY id DESC "
            "LIMIT 1").fetchone()
    assert (action, actor) == ("INSERT", admin.user.username)
    assert "image" not in after
    assert after["sha256"] == hospital_logo.prepare_logo(png()).sha256
    assert after["media_type"] == stored.media_type


def test_only_administrators_change_the_logo(database, logo_file) -> None:
    for group in (Group.RECEPTION, Group.DOCTOR, Group.BILLING):
        ctx = database.context_for(group)
        try:
            with pytest.raises(PermissionDenied, match=r"Only an? administrator"):
                hospital_logo.set_logo(ctx, logo_file)
            with pytest.raises(PermissionDenied):
                hospital_logo.remove_logo(ctx)
        finally:
            ctx.db.dispose()


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_reads_the_logo_and_only_administrators_write_it(database, group: Group) -> None:
    username = database.add_user(group)
    prepared = hospital_logo.prepare_logo(png((40, 20)))
    insert = ("INSERT INTO hospital_logo (id, image, media_type, width_px, height_px, sha256) "
              "VALUES (1, %s, 'image/png', 40, 20, %s)")
    with database.connect_as(username) as conn:
        assert conn.execute("SELECT count(*) FROM hospital_logo").fetchone() is not None
        if group is Group.ADMIN:
            conn.execute(insert, (prepared.image, prepared.sha256))
            conn.execute("UPDATE hospital_logo SET width_px = 41")
            row = conn.execute("SELECT updated_by FROM hospital_logo").fetchone()
            assert row == (username,)  # who changed it is the database's to say
            conn.execute("DELETE FROM hospital_logo")
            return
        for sql, params in ((insert, (prepared.image, prepared.sha256)),
                            ("UPDATE hospital_logo SET width_px = 41", ()), ("DELETE FROM hospital_logo", ())):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(sql, params)


@pytest.mark.parametrize(("image", "media_type", "words"), [
    (b"GIF89a....", "image/png", "must be a PNG or JPEG"),
    (png((40, 20)), "image/jpeg", "labelled image/jpeg"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (1024 * 1024 + 1), "image/png", "too large"),
])
def test_the_database_refuses_what_is_not_a_logo(database, image: bytes, media_type: str, words: str) -> None:
    username = database.add_user(Group.ADMIN)
    with database.connect_as(username) as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute("INSERT INTO hospital_logo (id, image, media_type, width_px, height_px, sha256) "
                     "VALUES (1, %s, %s, 40, 20, 'x')", (image, media_type))
    assert refused.value.sqlstate == "HM027"
    assert words in str(refused.value)


def test_a_file_that_is_no_image_is_refused_in_words(admin, tmp_path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"Not an image at all")
    with pytest.raises(ValidationFailed) as refused:
        hospital_logo.set_logo(admin, path)
    assert "not a PNG or JPEG image" in refused.value.problems["logo"]
    with pytest.raises(ValidationFailed) as missing:
        hospital_logo.set_logo(admin, tmp_path / "gone.png")
    assert "could not be read" in missing.value.problems["logo"]


def test_a_new_hospital_name_and_currency_are_on_the_next_invoice_and_prescription(database, admin, clerk,
                                                                                    logo_file, tmp_path) -> None:
    saved = settings.get_settings(admin)
    hospital_logo.set_logo(admin, logo_file)  # and the logo: the doctor's printout reads it as well
    invoice = issued_invoice(database, clerk)
    assert "Royal Harbour Infirmary" not in words(billing.print_invoice(clerk, invoice.id).pdf, tmp_path)
    settings.save_settings(admin, dataclasses.replace(saved, hospital_name="Royal Harbour Infirmary",
                                                      currency_code="EUR", currency_symbol="€"))
    try:
        text_ = words(billing.print_invoice(clerk, invoice.id).pdf, tmp_path)
        assert "Royal Harbour Infirmary" in text_
        assert "Total €7.99" in text_ and "Tax 20 % on €6.66 €1.33" in text_
        doctor_login = database.add_user(Group.DOCTOR, stem="logorx", full_name="Dr Logo Writer")
        with database.owner.engine.begin() as conn:
            conn.execute(text("INSERT INTO doctor_profile (staff_id, registration_number) SELECT id, 'GMC 7654321' "
                              "FROM staff WHERE username = :u"), {"u": doctor_login})
        prescribing.use_knowledge_folder(None)
        for doctor in database.logged_in(username=doctor_login, clock=fixed_clock()):
            patient = new_patient(database)
            encounter = consultation.start_encounter(doctor, patient).id
            drug = prescribing.knowledge_source().drug("aspirin-75-mg-dispersible-tablet")  # type: ignore[union-attr]
            assert drug is not None
            prescribing.issue_prescription(doctor, encounter, [PrescriptionLine.new(1, drug)])
            rx = prescribing.prescriptions_of(doctor, patient)[0]
            pdf = prescribing.print_prescription(doctor, rx.id).pdf
            assert "Royal Harbour Infirmary" in words(pdf, tmp_path)
            assert images(pdf, tmp_path) == [(600, 200)]
        revenue = shifts.print_daily_revenue(admin, date.today()).pdf
        assert "Royal Harbour Infirmary" in words(revenue, tmp_path) and "Amounts in EUR" in words(revenue, tmp_path)
        assert images(revenue, tmp_path) == [(600, 200)]
    finally:
        settings.save_settings(admin, saved)


def test_a_wrong_currency_is_not_saved(admin) -> None:
    with pytest.raises(ValidationFailed) as refused:
        settings.save_settings(admin, dataclasses.replace(settings.get_settings(admin), currency_code="Euro"))
    assert "three-letter code" in refused.value.problems["currency_code"]
