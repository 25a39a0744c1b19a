"""The catalogue editor (issue 10, item 2) on a real database, through Administration → Lab tests:
loading when shown, the filter and "Show retired", a new test, problems next to their field, a stale save
(another administrator saved first: the comparison, keep theirs, save mine over theirs), retire and
reactivate, a code fixed once saved, Tab leaving the table. PNGs go to HMS_SCREENSHOT_DIR."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from hms_desktop.domain.catalogues import LabTestDraft, ResourceDraft, SpecialtyDraft
from hms_desktop.domain.staff import Group
from hms_desktop.services import catalogues
from hms_desktop.ui.tabs.catalogue_pages import LabTestsPage, ResourcesCataloguePage, SpecialtiesPage
from hms_desktop.ui.widgets.catalogue_editor import CatalogueEditor
from hms_desktop.ui.widgets.field_conflict import FieldConflictDialog

pytestmark = pytest.mark.usefixtures("app_style")
_codes = itertools.count(1)


def screenshot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    folder = os.environ.get("HMS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def unique_code() -> str:
    return f"GT{os.getpid() % 1000}{next(_codes)}"


@pytest.fixture(scope="module")
def admin(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture(scope="module")
def colleague(database):
    yield from database.logged_in(Group.ADMIN)


@pytest.fixture
def page(qtbot, runner, admin) -> CatalogueEditor:
    page = LabTestsPage(ctx=admin, runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def table_texts(page: CatalogueEditor, column: int = 0) -> list[str]:
    table = page.ui.table
    return [table.item(r, column).text() for r in range(table.rowCount())]


def edit(page: CatalogueEditor, key: str) -> QLineEdit:
    widget = page.field_widget(key)
    assert isinstance(widget, QLineEdit)
    return widget


def type_into(qtbot, page: CatalogueEditor, key: str, text: str) -> None:
    widget = edit(page, key)
    widget.clear()
    qtbot.keyClicks(widget, text)


def new_test(admin, **changes) -> catalogues.LabTestDTO:
    draft = LabTestDraft(code=changes.pop("code", unique_code()), name=changes.pop("name", "Gui test"),
                         specimen="Serum", unit="mmol/L", **changes)
    return catalogues.save_lab_test(admin, None, None, draft)


def test_the_list_loads_when_shown_and_the_filter_narrows_it(page) -> None:
    assert page.rows, "the seeded catalogue (migration 0014)"
    assert "HGB" in table_texts(page)
    page.ui.filterEdit.setText("haemo")
    assert table_texts(page, 1) == ["Haemoglobin"]
    page.ui.filterEdit.setText("718-7")  # any column: the LOINC code
    assert table_texts(page) == ["HGB"]
    page.ui.filterEdit.clear()
    assert "of" in page.ui.summaryLabel.text() and "lab tests shown" in page.ui.summaryLabel.text()


def test_a_new_test_is_saved_from_the_form_and_selected(qtbot, page, admin) -> None:
    code = unique_code()
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert page.ui.formBox.title() == "New lab test"
    assert edit(page, "code").isEnabled() and QApplication.focusWidget() is edit(page, "code")
    qtbot.keyClicks(edit(page, "code"), code.lower())
    assert edit(page, "code").text() == code  # codes are capitals as they are typed
    type_into(qtbot, page, "name", "Gui ferritin")
    type_into(qtbot, page, "specimen", "Serum")
    type_into(qtbot, page, "unit", "µg/L")
    type_into(qtbot, page, "loinc_code", "2276-4")
    assert page.ui.saveButton.isEnabled()
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    assert saved is not None and saved.code == code and saved.version == 1
    assert page.selected_id() == saved.id and page.ui.formBox.title() == f"{code} · Gui ferritin"
    assert page.ui.messageLabel.text() == "Saved."
    assert not edit(page, "code").isEnabled(), "a code is fixed once saved"
    stored = {t.code: t for t in catalogues.list_lab_tests(admin)}[code]
    assert (stored.name, stored.unit, stored.loinc_code, stored.fee_code) == ("Gui ferritin", "µg/L", "2276-4", None)


def test_problems_show_next_to_their_field_in_the_users_words(qtbot, page) -> None:
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, page, "code", unique_code())
    type_into(qtbot, page, "specimen", "Serum")
    type_into(qtbot, page, "loinc_code", "7187")
    type_into(qtbot, page, "fee_code", "NO-SUCH-FEE")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    errors = page._errors
    assert errors["name"].text() == "Give the test a name."
    assert errors["loinc_code"].text() == "A LOINC code is digits, a dash and one check digit, such as 718-7."
    assert not errors["specimen"].isVisible() or not errors["specimen"].text()
    assert page.selected() is None, "nothing saved"
    type_into(qtbot, page, "name", "Named now")
    assert not errors["name"].text(), "the field's message goes when it is edited"
    assert errors["loinc_code"].text(), "the others stay until their field is edited"
    type_into(qtbot, page, "loinc_code", "718-7")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "no service with the fee code NO-SUCH-FEE" in errors["fee_code"].text()


def test_a_stale_save_shows_what_the_other_person_changed(qtbot, page, admin, colleague) -> None:
    test = new_test(admin, name="Gui conflict")
    page.reload(select=test.id)
    assert page.selected() is not None and page.selected().id == test.id
    # Another administrator saves first.
    catalogues.save_lab_test(colleague, test.id, test.version, LabTestDraft(
        code=test.code, name="Gui conflict (theirs)", specimen="Plasma", unit="mmol/L"))
    type_into(qtbot, page, "name", "Gui conflict (mine)")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, FieldConflictDialog) and dialog.isVisible()
    assert colleague.user.full_name in dialog.ui.introLabel.text()
    assert set(dialog.highlighted_fields()) == {"Name", "Specimen"}
    shown = {dialog.ui.table.item(r, 0).text(): (dialog.ui.table.item(r, 1).text(),
                                                 dialog.ui.table.item(r, 2).text())
             for r in range(dialog.ui.table.rowCount())}
    assert shown["Name"] == ("Gui conflict (mine)", "Gui conflict (theirs)")
    assert shown["Specimen"] == ("Serum", "Plasma")
    screenshot(dialog, "catalogue_conflict")
    qtbot.mouseClick(dialog.ui.keepTheirsButton, Qt.MouseButton.LeftButton)
    assert edit(page, "name").text() == "Gui conflict (theirs)" and edit(page, "specimen").text() == "Plasma"
    assert not page.has_unsaved_changes()

    # "Back to my changes" keeps the form as typed and saves nothing; the next Save compares again.
    current = page.selected()
    catalogues.save_lab_test(colleague, test.id, current.version, LabTestDraft(
        code=test.code, name="Gui conflict (theirs, 2)", specimen="Plasma", unit="mmol/L"))
    type_into(qtbot, page, "name", "Gui conflict (mine, 2)")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, FieldConflictDialog)
    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    assert edit(page, "name").text() == "Gui conflict (mine, 2)" and page.has_unsaved_changes()
    assert page.ui.messageLabel.text() == "Nothing was saved. Your changes are still in the form."
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, FieldConflictDialog), "compared again"
    qtbot.mouseClick(dialog.ui.keepTheirsButton, Qt.MouseButton.LeftButton)

    # Once more, and this time mine goes over theirs.
    current = page.selected()
    catalogues.save_lab_test(colleague, test.id, current.version, LabTestDraft(
        code=test.code, name="Gui conflict (theirs again)", specimen="Plasma", unit="mmol/L"))
    type_into(qtbot, page, "name", "Gui conflict (mine wins)")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, FieldConflictDialog)
    qtbot.mouseClick(dialog.ui.saveMineButton, Qt.MouseButton.LeftButton)
    stored = {t.id: t for t in catalogues.list_lab_tests(admin)}[test.id]
    assert stored.name == "Gui conflict (mine wins)" and stored.specimen == "Plasma"
    assert page.selected().version == stored.version == current.version + 2


def test_retire_hides_the_test_unless_retired_ones_are_shown_and_reactivate_brings_it_back(qtbot, page,
                                                                                             admin) -> None:
    test = new_test(admin, name="Gui retire me")
    page.reload(select=test.id)
    assert page.ui.retireButton.text() == "&Retire"
    qtbot.mouseClick(page.ui.retireButton, Qt.MouseButton.LeftButton)
    assert not page.selected().active
    assert "Retired" in page.ui.messageLabel.text()
    assert page.ui.retireButton.text() == "&Reactivate"
    assert test.code not in table_texts(page)
    page.ui.showRetiredCheck.setChecked(True)
    assert f"{test.code} (retired)" in table_texts(page)
    assert test.code not in {t.code for t in catalogues.list_lab_tests(admin)}
    page.select(test.id)
    qtbot.mouseClick(page.ui.retireButton, Qt.MouseButton.LeftButton)
    assert page.selected().active and test.code in {t.code for t in catalogues.list_lab_tests(admin)}
    page.ui.showRetiredCheck.setChecked(False)
    assert test.code in table_texts(page)


def test_leaving_an_edited_entry_asks_first(qtbot, page, admin) -> None:
    first, second = new_test(admin, name="Gui leave one"), new_test(admin, name="Gui leave two")
    page.reload(select=first.id)
    type_into(qtbot, page, "name", "Gui leave one, edited")
    page.select(second.id)
    box = page.active_dialog
    assert box is not None and "Discard your changes" in box.text()
    box.reject()  # Escape: keep editing
    assert page.selected().id == first.id and edit(page, "name").text() == "Gui leave one, edited"
    assert page.selected_id() == first.id
    qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert edit(page, "name").text() == "Gui leave one" and not page.has_unsaved_changes()
    page.select(second.id)
    assert page.active_dialog is None and page.selected().id == second.id


def test_tab_leaves_the_table_for_the_form(qtbot, page) -> None:
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.ui.table
    assert page.ui.table.tabKeyNavigation() is False
    for key in ("code", "name", "specimen", "fee_code"):
        assert page.field_widget(key).accessibleName()


def test_the_page_at_1280_by_720(qtbot, page) -> None:
    page.resize(1280 - 200, 720 - 120)  # the section list and the window's frame
    page.select(page.visible_rows()[0].id)
    screenshot(page, "catalogue_lab_tests")
    assert page.ui.saveButton.isVisible() and page.ui.retireButton.isVisible()


# --- the other catalogues: the same editor, another spec ---


def open_page(qtbot, page: CatalogueEditor) -> CatalogueEditor:
    qtbot.addWidget(page)
    page.resize(1080, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_specialties_slot_minutes_is_a_number_said_at_once_and_saved(qtbot, runner, admin) -> None:
    page = open_page(qtbot, SpecialtiesPage(ctx=admin, runner=runner))
    name = f"Gui specialty {unique_code()}"
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, page, "name", name)
    type_into(qtbot, page, "slot_minutes", "twenty")
    assert page._errors["slot_minutes"].text() == "Enter a whole number, or leave it empty."
    assert not page.ui.saveButton.isEnabled()
    type_into(qtbot, page, "slot_minutes", "3")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page._errors["slot_minutes"].text().startswith("An appointment slot is 5 to 240 minutes long")
    type_into(qtbot, page, "slot_minutes", "20")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    assert saved is not None and (saved.name, saved.slot_minutes) == (name, 20)
    assert [page.ui.table.item(page.ui.table.currentRow(), c).text() for c in (0, 1)] == [name, "20"]
    screenshot(page, "catalogue_specialties")


def test_a_specialty_changed_elsewhere_then_retired_here_says_so(qtbot, runner, admin, colleague) -> None:
    specialty = catalogues.save_specialty(admin, None, None, SpecialtyDraft(name=f"Gui stale {unique_code()}"))
    page = open_page(qtbot, SpecialtiesPage(ctx=admin, runner=runner))
    page.select(specialty.id)
    catalogues.save_specialty(colleague, specialty.id, specialty.version,
                              SpecialtyDraft(name=specialty.name, slot_minutes=30))
    qtbot.mouseClick(page.ui.retireButton, Qt.MouseButton.LeftButton)
    assert "Someone else changed this specialty meanwhile" in page.ui.messageLabel.text()
    assert page.selected().slot_minutes == 30 and page.selected().active, "shown as saved now, not retired"
    qtbot.mouseClick(page.ui.retireButton, Qt.MouseButton.LeftButton)
    assert not page.selected().active


def test_rooms_offer_kinds_and_departments_and_keep_a_department_no_longer_listed(qtbot, runner, admin) -> None:
    page = open_page(qtbot, ResourcesCataloguePage(ctx=admin, runner=runner))
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    kind = page.field_widget("kind")
    department = page.field_widget("department_id")
    assert isinstance(kind, QComboBox) and isinstance(department, QComboBox)
    assert [kind.itemText(i) for i in range(kind.count())] == ["Consulting room", "Procedure room", "Equipment"]
    assert department.itemText(0) == "—"
    departments = catalogues.list_departments(admin)
    assert [department.itemText(i) for i in range(1, department.count())] == [d.name for d in departments]
    name = f"Gui ultrasound {unique_code()}"
    type_into(qtbot, page, "name", name)
    kind.setCurrentIndex(kind.findData("equipment"))
    if departments:
        department.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    assert saved is not None and saved.kind == "equipment"
    assert saved.department_id == (departments[0].id if departments else None)
    row = page.ui.table.currentRow()
    assert page.ui.table.item(row, 1).text() == "Equipment"
    screenshot(page, "catalogue_rooms")


def test_a_new_room_that_clashes_is_refused_beside_its_name(qtbot, runner, admin) -> None:
    existing = catalogues.save_resource(admin, None, None, ResourceDraft(name=f"Gui room {unique_code()}",
                                                                          kind="consulting_room"))
    page = open_page(qtbot, ResourcesCataloguePage(ctx=admin, runner=runner))
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, page, "name", existing.name)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page._errors["name"].text() == f"There is already a room or device called {existing.name}."
    assert page.has_unsaved_changes(), "what was typed is kept"



def test_a_field_that_does_not_apply_is_disabled_and_sent_empty(qtbot, page, admin) -> None:
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    result = page.field_widget("result_kind")
    assert isinstance(result, QComboBox)
    assert page.field_widget("unit").isEnabled() and not page.field_widget("normal_text").isEnabled()
    type_into(qtbot, page, "unit", "g/L")
    result.setCurrentIndex(result.findData("text"))
    assert not page.field_widget("unit").isEnabled() and page.field_widget("normal_text").isEnabled()
    code = unique_code()
    type_into(qtbot, page, "code", code)
    type_into(qtbot, page, "name", "Gui dipstick")
    type_into(qtbot, page, "specimen", "Urine")
    type_into(qtbot, page, "normal_text", "Negative")
    assert page.values()["unit"] == ""
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    assert saved is not None and (saved.result_kind, saved.unit, saved.normal_text) == ("text", "", "Negative")
