"""Words a report function writes into its cells ("0-30 days", "over 90 days") read in French on a French desk
(issue 15, item 4): in the result table, the chart and the exported file; the row itself keeps the English word,
which the drill-down passes back to SQL as the row's key. The shipped French catalogue is installed, as
ui/language.py does at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
import report_pages
from helpers import TODAY
from report_pages import open_runner

from hms_desktop.services.reports import drill
from hms_desktop.services.reports.export import export_report

pytestmark = pytest.mark.usefixtures("app_style")

admin = report_pages.admin
seeded = report_pages.seeded


def test_balance_ages_read_in_french_and_the_row_keeps_its_key(qtbot, runner, admin, seeded, french_workstation,
                                                             tmp_path: Path) -> None:
    page = open_runner(qtbot, runner, admin)
    assert page.select_report("outstanding-balances")
    page.set_range(TODAY, TODAY)
    with qtbot.waitSignal(page.finished, timeout=10000) as finished:
        page.run()
    assert finished.args == ["done"]
    table = page.view.ui.resultTable
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        "0 à 30 jours", "31 à 60 jours", "61 à 90 jours", "plus de 90 jours"]
    assert "plus de 90 jours" in page.view.chart.categories
    result = page.view.result
    assert result is not None
    assert [row[0] for row in result.rows] == ["0-30 days", "31-60 days", "61-90 days", "over 90 days"]
    assert drill.row_key(result, 3) == ("over 90 days",)
    drill.drill_down(admin, result, 3)  # the English key is the one the drill function knows (HM063 otherwise)
    csv = export_report(admin, result, "csv", tmp_path / "balances.csv").read_text(encoding="utf-8-sig")
    assert "plus de 90 jours" in csv and "over 90 days" not in csv


# A row of each drill function, as it returns its detail (kind, values), and its sentence in English and French.
DETAILS = [
    (("owed", ["INV-2025-880002", "1250.5", "305"]),
     "Invoice INV-2025-880002: 1,250.50 owed, 305 days", "Facture INV-2025-880002 : 1\u202f250,50 dus, 305 jours"),
    (("owed", ["INV-1", "50.00", "1"]), "Invoice INV-1: 50.00 owed, 1 day", "Facture INV-1 : 50,00 dus, 1 jour"),
    (("stayed", ["3.5"]), "Stayed 3.5 days", "Séjour de 3,5 jours"),
    (("no_show_with", ["Dr Alpha"]), "No-show with Dr Alpha", "Absent chez Dr Alpha"),
    (("appointment", ["completed"]), "Seen", "Vu"),
    (("area", ["true", "1"]), "Registered in the range · 1 visit", "Inscrit sur la période · 1 visite"),
    (("area", ["false", "2"]), "2 visits", "2 visites"),
    (("sex_age", ["F", "44", "2025-01-31"]), "Female, 44 on 31 Jan 2025", "Femme, 44 ans au 31 janv. 2025"),
    (("discharged", ["against_advice"]), "Discharged: against advice", "Sortie : contre avis médical"),
    (("claim_answer", ["INV-2", "partly approved", "Not covered"]), "Invoice INV-2, partly approved: Not covered",
     "Facture INV-2, partiellement acceptée : Not covered"),
    (("invoice_lines", ["INV-3", "2", "100.00"]), "Invoice INV-3: 2 lines, 100.00", "Facture INV-3 : 2 lignes, 100,00"),
    (("payment", ["refund", "20.00", None]), "Refund of 20.00, deposit", "Remboursement de 20,00, acompte"),
    (("waited", ["10.0"]), "Waited 10.0 min", "Attente de 10,0 min"),
]


def test_drill_details_read_in_english_without_a_translation() -> None:
    assert [drill.detail_text(*parts) for parts, _english, _french in DETAILS] == [
        english for _parts, english, _french in DETAILS]


def test_drill_details_read_in_french_on_a_french_desk(french_workstation) -> None:
    assert [drill.detail_text(*parts) for parts, _english, _french in DETAILS] == [
        french for _parts, _english, french in DETAILS]
