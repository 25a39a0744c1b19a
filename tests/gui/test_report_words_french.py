"""Words a report function writes into its cells ("0-30 days", "over 90 days") read in French on a French desk
(issue 15, item 4): in the result table, the chart and the exported file; the row itself keeps the English word,
which the drill-down passes back to SQL as the row's key. The shipped French catalogue is installed, as
ui/language.py does at start-up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import report_pages
from helpers import TODAY
from report_pages import open_runner

from hms_desktop import i18n
from hms_desktop.services.reports import drill
from hms_desktop.services.reports.export import export_report
from hms_desktop.ui.language import install_language

pytestmark = pytest.mark.usefixtures("app_style")

admin = report_pages.admin
seeded = report_pages.seeded


@pytest.fixture
def french(qapp) -> Iterator[None]:
    assert install_language(qapp, "fr") == "fr"
    try:
        yield
    finally:
        install_language(qapp, "en")
        i18n.install(None)


def test_balance_ages_read_in_french_and_the_row_keeps_its_key(qtbot, runner, admin, seeded, french,
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
