"""The appointment slip PDF read back as a person and a scanner would: pdftotext for the words, pdftoppm at
300 dpi and zbarimg for the MRN barcode."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from hms_desktop.printing.appointment_slip import (
    AppointmentSlipData,
    build_appointment_slip,
    format_slip_date,
    format_slip_time,
)


def slip(**changes: object) -> AppointmentSlipData:
    values: dict[str, object] = {
        "hospital_name": "St Elsewhere General Hospital", "patient_name": "O'BRIEN-SMITH, Zoë",
        "mrn": "10000019", "doctor_name": "Dr Amara Nwosu", "specialty": "Cardiology",
        "room": "Consulting room 4", "starts_at": datetime(2026, 11, 30, 9, 15),
        "ends_at": datetime(2026, 11, 30, 9, 30), "kind_label": "Follow-up"}
    values.update(changes)
    return AppointmentSlipData(**values)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "slip.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def barcodes(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "scan")], check=True)
    found: list[str] = []
    for image in sorted(tmp_path.glob("scan*.png")):
        result = subprocess.run(["zbarimg", "-q", "-Sdisable", "-Scode128.enable", str(image)], check=False,
                                capture_output=True, text=True)
        found += result.stdout.split()
    return found


def page_size_mm(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match is not None
    return float(match.group(1)) * 25.4 / 72, float(match.group(2)) * 25.4 / 72


def test_the_slip_says_who_when_where(tmp_path: Path) -> None:
    pdf = build_appointment_slip(slip())
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for expected in ("St Elsewhere General Hospital", "APPOINTMENT", "Monday 30 Nov 2026", "09:15 – 09:30",
                     "Dr Amara Nwosu", "Cardiology", "Consulting room 4", "Follow-up", "O'BRIEN-SMITH, Zoë",
                     "MRN 10000019", "arrive 15 minutes early"):
        assert expected in text, expected
    assert "COPY" not in text
    width, height = page_size_mm(pdf, tmp_path)
    assert round(width) == 105 and round(height) == 148


def test_the_mrn_barcode_scans(tmp_path: Path) -> None:
    assert barcodes(build_appointment_slip(slip(mrn="20481736")), tmp_path) == ["CODE-128:20481736"]


def test_a_reprint_says_copy_and_still_scans(tmp_path: Path) -> None:
    pdf = build_appointment_slip(slip(), copy=True)
    assert "COPY" in pdf_text(pdf, tmp_path)
    assert barcodes(pdf, tmp_path) == ["CODE-128:10000019"]


def test_no_room_yet_tells_the_patient_to_ask(tmp_path: Path) -> None:
    text = " ".join(pdf_text(build_appointment_slip(slip(room="", specialty="")), tmp_path).split())
    assert "Ask at the front desk" in text
    assert "Specialty" not in text


@pytest.mark.parametrize("name", ["Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh de la Cruz y "
                                  "Montgomery-Ashworth, Maximiliana Anastasia Evangelina", "ÅSTRÖM, Łucja"])
def test_long_and_accented_names_fit(tmp_path: Path, name: str) -> None:
    pdf = build_appointment_slip(slip(patient_name=name))
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert name.split(",", maxsplit=1)[0][:20] in text.replace("- ", "-")
    assert barcodes(pdf, tmp_path) == ["CODE-128:10000019"]


def test_date_and_time_formats() -> None:
    assert format_slip_date(datetime(2026, 12, 6, 8, 0)) == "Sunday 06 Dec 2026"
    assert format_slip_time(datetime(2026, 12, 6, 8, 0), datetime(2026, 12, 6, 8, 45)) == "08:00 – 08:45"
