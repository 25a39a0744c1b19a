"""FormDialog: the one way a form dialog validates, shows problems, accepts, cancels and keeps its size.

A subclass builds its widgets (usually ``self.ui = Ui_X(); self.ui.setupUi(self)``), then calls
``setup_form(...)`` once with its field map, its message label, its OK/Save button and what to do when the
form is submitted, and implements ``validate()``. From then on:

- ``validate()`` runs after every edit of a field (and of the extra ``watch`` widgets). OK/Save is enabled
  only while it returns no problem; its tooltip says what is still missing.
- A problem shows next to its field once the person has edited that field, and every problem shows (the
  first invalid field gets the focus) when they try to submit anyway: Enter on an invalid form, or a
  programmatic ``buttonBox.accepted``. Problems the service sends back (``show_problems``) stay until
  the field they name is edited.
- Escape cancels (``reject``) everywhere, as do Cancel and the window's close button; a form whose fields
  differ from how it opened first asks "Discard what you typed?" (Discard / Keep editing, the latter the
  default and Escape's answer). How it opened is what the fields held before the person's first key press,
  click or wheel turn in the dialog, so values a load fills in after the window shows are not "typed".
  ``discard()`` closes without asking (the work went elsewhere: the patient chosen instead, the waiting list).
  Enter submits when the form is valid, but never from a
  multi-line text field (Enter there is a new line) or from a list, tree or table (Enter there acts on the
  row). A push button with the focus keeps Enter for itself, as Qt does.
- The window size a person chose (by dragging the window's edge) is remembered per dialog class in QSettings
  (IniFormat, user scope, organisation and application ``hms_desktop``), restored when the dialog is first
  shown and saved when it is hidden. A size the layout reached by itself (grown to show problems, or one
  mode of a dialog being taller than another) is not remembered: the next form would open too tall.
- ``set_saving(True)`` while a save runs disables the buttons so the same form cannot be sent twice.
- ``save(work, on_saved)`` is the one way a form sends itself: the service call runs on the task runner
  (``self._runner``) with the buttons disabled; on success ``on_saved(result)`` runs and the dialog accepts;
  on failure the buttons come back, a ``ValidationFailed``'s problems show next to their fields and any
  other error in the message label (``problems_for`` places an error elsewhere, e.g. "slot taken" beside
  the slot list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from hms_desktop.config import APP_NAME
from hms_desktop.services.errors import ServiceError, ValidationFailed
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message, show_problems
from hms_desktop.ui.widgets.scroll_body import shortfall

Fields = dict[str, tuple[QLabel, QWidget]]
Problems = dict[str, str]
# Where Enter belongs to the widget (a new line, the current row), never to the dialog.
ENTER_STAYS_IN = (QPlainTextEdit, QTextEdit, QAbstractItemView)
T = TypeVar("T")


def problems_of(error: ServiceError) -> Problems:
    """Where an error from a service is shown by default: its field problems, or the whole text in the
    message label (key "")."""
    if isinstance(error, ValidationFailed):
        return dict(error.problems)
    return {"": str(error)}


def window_settings() -> QSettings:
    """Per-user window state; tests point IniFormat's user path at a temporary folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def edited_signal(widget: QWidget) -> Any:
    """The signal a person's edit of ``widget`` emits, or None for a widget that cannot be edited."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):  # also QDateEdit and QTimeEdit
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]  # QSpinBox and QDoubleSpinBox each declare it
    if isinstance(widget, QAbstractButton):
        return widget.toggled if widget.isCheckable() else None
    if hasattr(widget, "itemSelectionChanged"):
        # A tree, table or list widget: its own signal, which a refill under blockSignals keeps quiet.
        return widget.itemSelectionChanged
    if isinstance(widget, QAbstractItemView):
        model = widget.selectionModel()
        return model.selectionChanged if model is not None else None
    return None


def field_value(widget: QWidget) -> object:
    """What ``widget`` holds as far as "did the person change it" goes (None: nothing to compare)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractItemView):
        model = widget.selectionModel()
        selected = tuple(sorted((i.row(), i.column()) for i in model.selectedIndexes())) if model else ()
        if isinstance(widget, QTableWidget):
            cells = tuple(tuple(item.text() if (item := widget.item(row, column)) is not None else None
                                for column in range(widget.columnCount())) for row in range(widget.rowCount()))
            return selected, cells
        return selected
    return None


# Keys that move around a form or answer it without changing what it holds.
_NOT_TYPING = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter,
               Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
_PERSON_ACTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel, QEvent.Type.Drop}


SHORT_SCREEN = 720  # logical px: below this a dialog takes the screen's height rather than scroll in 2/3 of it


class FormDialog(QDialog):
    """Base of every form dialog; see the module docstring for what it does on the subclass's behalf."""

    #: False where closing would leave the person with no window at all (the login window).
    escape_cancels: ClassVar[bool] = True
    #: The task runner ``save()`` uses; a subclass that saves sets it in its ``__init__``.
    _runner: Runner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: Fields = {}
        self._message_label: QLabel | None = None
        self._accept_button: QAbstractButton | None = None
        self._on_submit: Callable[[], None] | None = None
        self._summary = ""
        self._touched: set[str] = set()
        self._attempted = False
        self._busy = False
        self._problems: Problems = {}
        self._answered: Problems = {}  # from the service, shown until their field is edited
        self._showing_rest = False
        self._size_restored = False
        self._sized_by_person = False
        self._compared: list[QWidget] = []  # the fields and watched widgets, for "Discard what you typed?"
        self._opened_with: list[object] = []
        self._person_acted = False
        self._watching_person = False
        #: The open "Discard what you typed?" question, if any (tests answer it).
        self.discard_box: QMessageBox | None = None

    # --- what a subclass calls ------------------------------------------------------------------------

    def setup_form(self, *, fields: Fields, message_label: QLabel, accept_button: QAbstractButton | None,
                   submit: Callable[[], None], watch: Iterable[QWidget] = (), summary: str = "") -> None:
        """Wire the form. ``watch`` holds widgets that change validity without a field of their own (the
        password repeated); ``summary`` is shown in the message label when every problem has a field."""
        self._fields = dict(fields)
        self._message_label = message_label
        self._accept_button = accept_button
        self._on_submit = submit
        self._summary = summary
        for label, _ in self._fields.values():
            show_message(label, "")
        if not message_label.text():
            message_label.hide()
        for key, (_, widget) in self._fields.items():
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(lambda *_args, key=key: self._edited(key))
        for widget in watch:
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(lambda *_args: self._edited(None))
        self._compared = [widget for _, widget in self._fields.values()] + list(watch)
        self.mark_unchanged()
        box = self.button_box()
        if box is not None:
            box.accepted.connect(self.try_accept)
            box.rejected.connect(self.reject)
        elif accept_button is not None:
            accept_button.clicked.connect(self.try_accept)
        self.revalidate()

    def validate(self) -> Problems:
        """The problems of the form as it stands, keyed as in the field map ("" for the form as a whole)."""
        return {}

    def revalidate(self) -> None:
        """Re-run ``validate()``: show what should be shown and enable OK only for a valid form."""
        self._problems = self.validate()
        shown = {key: message for key, message in self._problems.items()
                 if self._attempted or key in self._touched}
        shown.update(self._answered)  # the service's answer says more, until its field is edited
        self._show(shown)
        self._update_accept()

    def show_problems(self, problems: Problems, *, focus: bool = True) -> None:
        """Show what the service refused (or a load that failed); the first field named gets the focus."""
        self._answered = dict(problems)
        self.revalidate()
        if focus:
            self._focus_first(problems)

    def field_edited(self, key: str) -> None:
        """A widget the base does not watch changed ``key`` (a row's cell editor in a table field)."""
        self._edited(key)

    def clear_problem(self, key: str) -> None:
        """Forget an answer from the service for ``key`` (the person dealt with it another way)."""
        if self._answered.pop(key, None) is not None:
            self.revalidate()

    def mark_unchanged(self) -> None:
        """What the fields hold now is "as opened" (after a save that keeps the dialog open)."""
        self._opened_with = [field_value(widget) for widget in self._compared]

    def has_unsaved_changes(self) -> bool:
        """Whether a field differs from how the form opened (a subclass adds what its fields don't hold)."""
        return any(field_value(widget) != opened for widget, opened in zip(self._compared, self._opened_with,
                                                                             strict=True))

    def reject(self) -> None:
        """Escape, Cancel and the close button: close at once, or ask first if something was typed."""
        if self.discard_box is not None:
            return
        if not self.escape_cancels or not self.has_unsaved_changes():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes"), self.tr("Discard what you typed?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.discard_box = box

        def answered() -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                self.discard()

        box.finished.connect(answered)
        box.open()

    def discard(self) -> None:
        """Close without asking: what was typed is not wanted, or has gone elsewhere."""
        super().reject()

    def set_saving(self, saving: bool) -> None:
        """While a save runs nothing can be sent again; afterwards OK follows validity again."""
        self._busy = saving
        box = self.button_box()
        if box is not None:
            box.setEnabled(not saving)
        self._update_accept()

    def save(self, work: Callable[[], T], on_saved: Callable[[T], None] | None = None, *,
             problems_for: Callable[[ServiceError], Problems | None] | None = None,
             accept: bool = True, saying: str = "") -> None:
        """Run ``work`` (one service call) in the background while nothing can be sent again.

        On success: ``on_saved(result)`` (keep the result, emit the dialog's signal), then accept unless
        ``accept`` is False (a dialog with a second step). On failure the form stays as typed and the
        buttons come back; ``problems_for(error)`` may say where the error goes (and reload what it made
        stale), None leaves it to ``problems_of``. ``saying`` ("Saving…") shows in the message label
        meanwhile, and goes when the answer comes."""
        runner: Runner | None = getattr(self, "_runner", None)
        assert runner is not None, f"{type(self).__name__} saves without a task runner"
        self.set_saving(True)
        label = self._message_label
        if saying and label is not None:
            show_message(label, saying, role="info")

        def answered() -> None:
            self.set_saving(False)
            if saying and label is not None and label.text() == saying:
                show_message(label, "")

        def saved(result: T) -> None:
            answered()
            if on_saved is not None:
                on_saved(result)
            if accept:
                self.accept()
            else:
                self.mark_unchanged()  # what was typed is saved: closing now loses nothing

        def failed(error: ServiceError) -> None:
            answered()
            placed = problems_for(error) if problems_for is not None else None
            self.show_problems(placed if placed is not None else problems_of(error))

        runner.run(work, on_success=saved, on_failure=failed, owner=self)

    def can_submit(self) -> bool:
        """Whether the form may be sent at all, valid or not (a subclass adds its own waits)."""
        return not self._busy

    def is_valid(self) -> bool:
        return not self._problems

    def button_box(self) -> QDialogButtonBox | None:
        button = self._accept_button
        parent = button.parentWidget() if button is not None else None
        return parent if isinstance(parent, QDialogButtonBox) else None

    def try_accept(self) -> None:
        """OK, Enter and ``buttonBox.accepted`` all come here: submit a valid form, explain an invalid one."""
        if not self.can_submit() or self._on_submit is None:
            return
        self._problems = self.validate()
        if self._problems:
            self._attempted = True
            self._answered.clear()
            self.revalidate()
            self._focus_first(self._problems)
            return
        self._answered.clear()
        self._show({})
        self._on_submit()

    # --- internals ------------------------------------------------------------------------------------

    def _edited(self, key: str | None) -> None:
        if not self._person_acted:
            self.mark_unchanged()  # a load filling the form before the person touched it
        if key is not None:
            self._touched.add(key)
            self._answered.pop(key, None)
        self.revalidate()

    def _show(self, problems: Problems) -> None:
        label = self._message_label
        if label is None:
            return
        if problems and self._summary and (self._attempted or self._answered) \
                and all(key in self._fields for key in problems):
            problems = {**problems, "": self._summary}
        has_rest = any(key not in self._fields for key in problems)
        # The message label also carries what a subclass puts there ("Saved …"): it is cleared only when
        # it shows a problem this base put there.
        show_problems(problems, self._fields, label, keep_message=not (has_rest or self._showing_rest))
        self._showing_rest = has_rest

    def _focus_first(self, problems: Problems) -> None:
        first = next((self._fields[key][1] for key in self._fields if key in problems), None)
        if first is not None and first.isEnabled() and first.focusPolicy() != Qt.FocusPolicy.NoFocus:
            first.setFocus()

    def _update_accept(self) -> None:
        if self._accept_button is None:
            return
        self._accept_button.setEnabled(self.can_submit() and not self._problems)
        # A disabled button with no reason is a puzzle: its tooltip lists what is still missing.
        self._accept_button.setToolTip("\n".join(dict.fromkeys(self._problems.values())))

    def _size_key(self) -> str:
        return f"dialogs/{type(self).__name__}/size"

    # --- Qt events ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.escape_cancels:
                self.reject()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._on_submit is not None:
            # Reached only when the focused widget ignored Enter: a line edit, a combo, a spin box, or a
            # view that has just activated its row (which must not also accept the dialog).
            if not isinstance(self.focusWidget(), ENTER_STAYS_IN):
                self.try_accept()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the application while the dialog shows: the first key press, click or wheel turn
        # in this dialog (or a popup of one of its fields) ends "how the form opened".
        moving = isinstance(event, QKeyEvent) and event.key() in _NOT_TYPING
        if event.type() in _PERSON_ACTS and not moving and not self._person_acted and self._inside(watched):
            self._person_acted = True
            self._stop_watching_person()
        return False

    def _inside(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if node is self:
                return True
            if isinstance(node, QDialog):  # another dialog opened from this one
                return False
            node = node.parent()
        return False

    def _stop_watching_person(self) -> None:
        app = QApplication.instance()
        if self._watching_person and app is not None:
            app.removeEventFilter(self)
        self._watching_person = False

    def showEvent(self, event: QShowEvent) -> None:
        app = QApplication.instance()
        if not self._person_acted and not self._watching_person and app is not None:
            app.installEventFilter(self)
            self._watching_person = True
        if not self._size_restored:
            self._size_restored = True
            size = window_settings().value(self._size_key())
            if isinstance(size, QSize) and size.isValid():
                self.resize(size.expandedTo(self.minimumSize()))
            else:
                self._open_at_size_hint()
        super().showEvent(event)

    def _open_at_size_hint(self) -> None:
        """Qt opens a window at most 2/3 of the screen wide and high: a form whose page scrolls (scroll_body,
        issue 15.3) would open with scroll bars at 200 % though the screen has the room. Where Qt held it to
        2/3 of the width, it grows by what its page lacks, up to the screen's free area. It grows in height
        only on a screen under 720 px high (200 % on 1080p): on a taller one its height is Qt's, the page
        scrolling within it. Dialogs without such a page open as Qt sizes them."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry().size()
        missing = shortfall(self)
        if self.width() <= room.width() * 2 // 3 + 1 and missing.width():
            self.resize(QSize(min(room.width(), self.width() + missing.width()), self.height()))
            missing = shortfall(self)  # a wider form may need less height (New patient's columns side by side)
        if room.height() < SHORT_SCREEN and self.height() <= room.height() * 2 // 3 + 1 and missing.height():
            self.resize(QSize(self.width(), min(room.height(), self.height() + missing.height())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Spontaneous resizes come from the window system, i.e. the person; the layout's own are not.
        if event.spontaneous() and self.isVisible() and event.size() != event.oldSize():
            self._sized_by_person = True
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_watching_person()
        # accept, reject, Escape and the window's close button all hide the dialog: one place saves.
        if self._sized_by_person:
            window_settings().setValue(self._size_key(), self.size())
        super().hideEvent(event)
