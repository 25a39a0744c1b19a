"""How the chart words things: ages of measurements, vital signs with units, encounter kinds, an encounter
as read-only text. Shared by the banner and the panes; no database, no widgets."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from hms_desktop.formats import format_date_time, format_time
from hms_desktop.i18n import QT_TRANSLATE_NOOP
from hms_desktop.services.consultation import EncounterDTO, VitalsDTO
from hms_desktop.services.hospital_clock import HospitalClock

ENCOUNTER_KINDS = {
    "appointment": QT_TRANSLATE_NOOP("Chart", "Appointment"),
    "admission": QT_TRANSLATE_NOOP("Chart", "Inpatient"),
    "walk_in": QT_TRANSLATE_NOOP("Chart", "Walk-in"),
}
ENCOUNTER_STATUSES = {"draft": QT_TRANSLATE_NOOP("Chart", "Draft"), "signed": QT_TRANSLATE_NOOP("Chart", "Signed")}
SECTIONS = (
    ("chief_complaint", QT_TRANSLATE_NOOP("Chart", "Chief complaint")),
    ("history", QT_TRANSLATE_NOOP("Chart", "History")),
    ("examination", QT_TRANSLATE_NOOP("Chart", "Examination")),
    ("assessment", QT_TRANSLATE_NOOP("Chart", "Assessment")),
    ("plan", QT_TRANSLATE_NOOP("Chart", "Plan")),
    ("notes", QT_TRANSLATE_NOOP("Chart", "Notes")),
)


def tr(text: str) -> str:
    """``text``, marked in the "Chart" context where it is written, in the workstation's language. Literal texts
    are written as ``QCoreApplication.translate("Chart", "...")`` at their call: lupdate files a bare
    ``tr("...")`` under no context at all, where Qt never looks (the vital signs read English in French)."""
    return QCoreApplication.translate("Chart", text)


def ago_text(minutes: int) -> str:
    """"just now", "25 min ago", "2 h ago", "3 days ago": how old a measurement is."""
    if minutes < 1:
        return QCoreApplication.translate("Chart", "just now")
    if minutes < 60:
        return QCoreApplication.translate("Chart", "%1 min ago").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return QCoreApplication.translate("Chart", "%1 h ago").replace("%1", str(minutes // 60))
    days = minutes // (24 * 60)
    return QCoreApplication.translate("Chart", "%n days ago", None, days)


def _number(value: Decimal | int) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def vitals_text(vitals: VitalsDTO) -> str:
    """"BP 120/80 mmHg · pulse 72/min · 36.8 °C · RR 16/min · SpO₂ 98% · 70 kg · 175 cm · BMI 22.9"."""
    v = vitals.values
    parts = []
    if v.systolic_mmhg is not None and v.diastolic_mmhg is not None:
        parts.append(QCoreApplication.translate("Chart", "BP %1/%2 mmHg").replace("%1", str(v.systolic_mmhg))
                     .replace("%2", str(v.diastolic_mmhg)))
    if v.pulse_bpm is not None:
        parts.append(QCoreApplication.translate("Chart", "pulse %1/min").replace("%1", str(v.pulse_bpm)))
    if v.temperature_c is not None:
        parts.append(f"{_number(v.temperature_c)} °C")
    if v.respiratory_rate is not None:
        parts.append(QCoreApplication.translate("Chart", "RR %1/min").replace("%1", str(v.respiratory_rate)))
    if v.spo2_percent is not None:
        parts.append(QCoreApplication.translate("Chart", "SpO₂ %1%").replace("%1", str(v.spo2_percent)))
    if v.weight_kg is not None:
        parts.append(f"{_number(v.weight_kg)} kg")
    if v.height_cm is not None:
        parts.append(f"{_number(v.height_cm)} cm")
    if vitals.bmi is not None:
        parts.append(QCoreApplication.translate("Chart", "BMI %1").replace("%1", _number(vitals.bmi)))
    return " · ".join(parts) or QCoreApplication.translate("Chart", "no values")


def encounter_html(encounter: EncounterDTO, clock: HospitalClock) -> str:
    """The encounter as read-only rich text: what was written, diagnoses, vitals with their flags, and the
    addenda under the original."""
    e = html.escape
    when = format_date_time(clock.local(encounter.created_at))
    status = tr(ENCOUNTER_STATUSES.get(encounter.status, encounter.status))
    if encounter.signed_at is not None:
        signed_at = format_date_time(clock.local(encounter.signed_at))
        status = QCoreApplication.translate("Chart", "Signed %1 by %2").replace("%1", signed_at) \
            .replace("%2", encounter.signed_by or "")
    out = [f"<h3>{e(when)} · {e(tr(ENCOUNTER_KINDS.get(encounter.kind, encounter.kind)))}</h3>",
           f"<p><i>{e(status)}</i></p>"]
    for key, title in SECTIONS:
        value = getattr(encounter, key)
        if value.strip():
            body = e(value).replace("\n", "<br>")
            out.append(f"<p><b>{e(tr(title))}</b><br>{body}</p>")
    if encounter.diagnoses:
        primary_word = QCoreApplication.translate("Chart", "primary")
        primary = f" <b>({e(primary_word)})</b>"
        items = "".join(f"<li>{e(d.icd10_code)} {e(d.description)}{primary if d.primary else ''}</li>"
                        for d in encounter.diagnoses)
        heading = QCoreApplication.translate("Chart", "Diagnoses")
        out.append(f"<p><b>{e(heading)}</b></p><ul>{items}</ul>")
    if encounter.vitals:
        rows = []
        for v in encounter.vitals:
            flags = "; ".join(f.message for f in v.flags)
            rows.append(f"<li>{e(format_time(clock.local(v.measured_at)))} {e(vitals_text(v))}"
                        f"{' — <b>' + e(flags) + '</b>' if flags else ''}</li>")
        heading = QCoreApplication.translate("Chart", "Vital signs")
        out.append(f"<p><b>{e(heading)}</b></p><ul>{''.join(rows)}</ul>")
    if not any(getattr(encounter, key).strip() for key, _ in SECTIONS) and not encounter.diagnoses \
            and not encounter.vitals:
        nothing = QCoreApplication.translate("Chart", "Nothing written yet.")
        out.append(f"<p>{e(nothing)}</p>")
    for addendum in encounter.addenda:
        signed_at = format_date_time(clock.local(addendum.signed_at))
        stamp = QCoreApplication.translate("Chart", "Addendum %1 by %2").replace("%1", signed_at) \
            .replace("%2", addendum.signed_by)
        out.append(f"<hr><p><b>{e(stamp)}</b><br>{e(addendum.body).replace(chr(10), '<br>')}</p>")
    return "".join(out)
