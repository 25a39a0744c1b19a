"""FormDialog: errors beside their fields, OK only when valid, Enter and Escape alike everywhere, size kept.

A small form built in the test (a name, a multi-line note, a table) so the base is tested on its own; the
real dialogs are tested through their screens.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
)

from hms_desktop.services.errors import ConnectionLost, ValidationFailed
from hms_desktop.ui.dialogs.base import FormDialog, Problems


class NoteForm(FormDialog):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name_edit = QLineEdit()
        self.name_error = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_error = QLabel()
        self.table = QTableWidget(2, 2)
        self.message_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for widget in (self.name_edit, self.name_error, self.note_edit, self.note_error, self.table,
                       self.message_label, self.buttons):
            layout.addWidget(widget)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submitted: list[tuple[str, str]] = []
        self.setup_form(fields={"name": (self.name_error, self.name_edit), "note": (self.note_error, self.note_edit)},
                        message_label=self.message_label, accept_button=self.ok, submit=self._submit)

    def validate(self) -> Problems:
        problems: Problems = {}
        if not self.name_edit.text().strip():
            problems["name"] = "Enter a name."
        if len(self.note_edit.toPlainText()) > 20:
            problems["note"] = "Keep the note under 20 characters."
        return problems

    def _submit(self) -> None:
        self.submitted.append((self.name_edit.text(), self.note_edit.toPlainText()))
        self.accept()


def open_form(qtbot) -> NoteForm:
    form = NoteForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_ok_is_enabled_only_while_the_form_is_valid(qtbot) -> None:
    form = open_form(qtbot)
    assert not form.ok.isEnabled()
    assert form.ok.toolTip() == "Enter a name."  # why it is disabled
    qtbot.keyClicks(form.name_edit, "Ada")
    assert form.ok.isEnabled()
    qtbot.keyClicks(form.note_edit, "x" * 21)
    assert not form.ok.isEnabled()


def test_errors_appear_next_to_the_field_once_it_is_edited(qtbot) -> None:
    form = open_form(qtbot)
    assert not form.name_error.isVisible()  # nothing typed yet: no scolding
    qtbot.keyClicks(form.note_edit, "x" * 21)
    assert form.note_error.isVisible() and form.note_error.text() == "Keep the note under 20 characters."
    assert form.note_edit.property("invalid") == "true"
    assert not form.name_error.isVisible()  # the name was not touched
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Backspace)
    assert not form.note_error.isVisible()
    assert form.note_edit.property("invalid") == "false"


def test_enter_on_an_invalid_form_explains_every_problem(qtbot) -> None:
    form = open_form(qtbot)
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.isVisible() and not form.submitted
    assert form.name_error.isVisible() and form.name_error.text() == "Enter a name."


def test_enter_accepts_a_valid_form_from_a_line_edit(qtbot) -> None:
    form = open_form(qtbot)
    qtbot.keyClicks(form.name_edit, "Ada")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.submitted == [("Ada", "")]
    assert form.result() == form.DialogCode.Accepted


def test_enter_in_a_multi_line_field_or_a_table_does_not_accept(qtbot) -> None:
    form = open_form(qtbot)
    qtbot.keyClicks(form.name_edit, "Ada")
    form.note_edit.setFocus()
    qtbot.keyClicks(form.note_edit, "one")
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.note_edit, "two")
    assert form.note_edit.toPlainText() == "one\ntwo"  # a new line, not a save
    form.table.setFocus()
    form.table.setCurrentCell(0, 0)
    qtbot.keyClick(form.table, Qt.Key.Key_Return)
    assert form.isVisible() and not form.submitted


def test_escape_on_an_unchanged_form_closes_at_once(qtbot) -> None:
    form = open_form(qtbot)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)  # moving around is not typing
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Escape)
    assert not form.isVisible() and form.discard_box is None
    assert form.result() == form.DialogCode.Rejected and not form.submitted


def discard_box(form: FormDialog) -> QMessageBox:
    box = form.discard_box
    assert box is not None and box.isVisible() and form.isVisible()
    assert box.text() == "Discard what you typed?"
    assert sorted(b.text() for b in box.buttons()) == ["&Discard", "&Keep editing"]
    assert box.defaultButton().text() == "&Keep editing"
    return box


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_a_form_with_typed_data_asks_before_throwing_it_away(qtbot, how) -> None:
    form = open_form(qtbot)
    qtbot.keyClicks(form.name_edit, "Ada")

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
        elif how == "cancel":
            form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            form.close()  # the window's close button

    leave()
    box = discard_box(form)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape answers "Keep editing"
    assert form.isVisible() and form.discard_box is None and form.name_edit.text() == "Ada"
    leave()
    box = discard_box(form)
    next(b for b in box.buttons() if b.text() == "&Discard").click()
    assert not form.isVisible()
    assert form.result() == form.DialogCode.Rejected and not form.submitted


def test_typing_then_undoing_it_closes_at_once(qtbot) -> None:
    form = open_form(qtbot)
    qtbot.keyClicks(form.name_edit, "Ada")
    form.name_edit.clear()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert not form.isVisible() and form.discard_box is None


def test_what_a_load_fills_in_before_the_person_types_is_not_typed(qtbot) -> None:
    form = open_form(qtbot)
    form.name_edit.setText("Loaded from the database")  # a task's answer arriving after the window showed
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert not form.isVisible() and form.discard_box is None


def test_answers_from_the_service_stay_until_their_field_is_edited(qtbot) -> None:
    form = open_form(qtbot)
    qtbot.keyClicks(form.name_edit, "Ada")
    form.show_problems({"name": "That name is taken.", "": "Nothing was saved."})
    assert form.name_error.text() == "That name is taken."
    assert form.message_label.text() == "Nothing was saved."
    qtbot.keyClicks(form.note_edit, "hello")
    assert form.name_error.text() == "That name is taken."  # another field edited: still there
    qtbot.keyClicks(form.name_edit, "h")
    assert not form.name_error.isVisible()


def test_the_window_size_is_remembered_per_dialog_class(qtbot) -> None:
    form = open_form(qtbot)
    form.windowHandle().resize(640, 480)  # through the window system, as a person dragging the edge
    qtbot.waitUntil(lambda: form.size() == QSize(640, 480))
    form.reject()
    again = open_form(qtbot)
    assert again.size() == QSize(640, 480)


def test_a_size_the_layout_reached_is_not_remembered(qtbot) -> None:
    form = open_form(qtbot)
    natural = form.size()
    form.resize(natural.width(), natural.height() + 200)  # the layout growing (problems shown), not a person
    form.reject()
    assert open_form(qtbot).size() == natural


def test_sizes_do_not_leak_between_tests(qtbot) -> None:
    # The test above stored 640×480; each test has its own settings folder (tests/gui/conftest.py).
    form = open_form(qtbot)
    assert form.size() != QSize(640, 480)


class SavingForm(NoteForm):
    """The same form, sending itself through ``FormDialog.save`` with a service call given by the test."""

    def __init__(self, runner, work) -> None:
        self._runner = runner
        self.work = work
        self.saved: list[object] = []
        self.enabled_while_saving: list[bool] = []
        super().__init__()

    def _submit(self) -> None:
        def call() -> object:
            self.enabled_while_saving.append(self.buttons.isEnabled())
            return self.work()

        self.save(call, self.saved.append, saying="Saving…")


def open_saving_form(qtbot, runner, work) -> SavingForm:
    form = SavingForm(runner, work)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.name_edit, "Ada")
    return form


def test_save_runs_the_call_with_the_buttons_disabled_then_accepts(qtbot, runner) -> None:
    form = open_saving_form(qtbot, runner, lambda: "stored")
    form.ok.click()
    assert form.enabled_while_saving == [False]
    assert form.saved == ["stored"]
    assert form.result() == form.DialogCode.Accepted


def test_save_shows_the_services_field_problems_next_to_their_fields(qtbot, runner) -> None:
    def refuse() -> object:
        raise ValidationFailed({"name": "That name is taken."})

    form = open_saving_form(qtbot, runner, refuse)
    form.ok.click()
    assert form.isVisible() and not form.saved
    assert form.name_error.text() == "That name is taken."
    assert not form.message_label.isVisible()  # "Saving…" went with the answer
    assert form.buttons.isEnabled() and form.ok.isEnabled()  # the person can try again


def test_save_shows_other_errors_in_the_message_label(qtbot, runner) -> None:
    def lose_connection() -> object:
        raise ConnectionLost("The connection to the database was lost.")

    form = open_saving_form(qtbot, runner, lose_connection)
    form.ok.click()
    assert form.isVisible() and form.message_label.text() == "The connection to the database was lost."
    assert form.name_edit.text() == "Ada"  # nothing typed is lost
