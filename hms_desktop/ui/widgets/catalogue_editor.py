"""The one catalogue editor (issue 10, item 2): a list of entries and a form for the selected or new one,
driven by a small spec. Lab tests, specialties, rooms and equipment and the inventory's item catalogue are
each a spec (~40 lines) around this widget, never a copy of it.

What a person gets
------------------
* A table of the entries with a text **filter** (every column's text, case-blind) and **Show retired**; a
  retired entry is listed in grey with "(retired)" after its first column.
* A **form** for the selected entry (or a **New** one) built from the spec's fields; **Save** (enabled once
  something changed), **Undo changes**, **Retire** / **Reactivate** (never delete). Moving to another entry
  with unsaved changes asks first ("Discard" / "Keep editing").
* Problems in the user's words **next to their field**: a number that is not a number is said at once; the
  rest comes from the service's ``ValidationFailed.problems`` (keys = field keys; a key with no field shows
  under the form).
* **Optimistic locking**: each entry has a ``version``; the service refuses a save or retire made from an
  older version (``Conflict``). The editor then reloads the list and, if the entry did change, opens the
  comparison dialog (``FieldConflictDialog`` of ``widgets/field_conflict.py``: yours and theirs per field,
  who changed it and when); "Keep theirs" loads the saved entry into the form, "Save mine over theirs"
  saves again on the new version, "Back to my changes" leaves the form as typed (the next Save compares
  again).
* Data is loaded the first time the editor is shown (``activate()``), on the task runner, as every save is:
  the GUI thread never touches the database. F5 or Reload reloads.
* Keyboard: Tab leaves the table; Enter in a one-line field saves; Alt+F filter, Alt+T show retired, Alt+N
  new, Alt+V save, Alt+U undo, Alt+R retire/reactivate (a page embedding the editor must not use these
  letters, nor S and H of the menus).
  Every field has its label as buddy and accessible name; strings go through ``tr()``.

The spec
--------
``CatalogueSpec`` (frozen dataclass)::

    CatalogueSpec(
        title="Lab tests",                 # accessible name of the table, heading of the page
        noun="lab test", plural="lab tests",   # "New lab test", "12 of 40 lab tests shown"
        hint="…",                          # one line above the list (optional)
        columns=(Column("Code", "code"), Column("Name", "name", stretch=True), …),
        fields=(Field("code", "Code", FieldKind.CODE, max_length=20, fixed_once_saved=True), …),
        load=lambda: service.list_x(ctx, include_retired=True),   # every entry, retired ones too
        save=lambda entry_id, version, values: service.save_x(ctx, entry_id, version, Draft(**values)),
        set_active=lambda entry_id, version, active: service.set_x_active(ctx, entry_id, version, active),
        choices=lambda: {"department_id": ((1, "Surgery"), …)},  # optional: choice lists from the database
        zone=lambda: hospital_clock(ctx).zone,    # optional: the hospital's zone for "changed at 10:42"
        describe=lambda row: f"{row.code} {row.name}",             # optional: the form's heading
        defaults={"result_kind": "numeric"},      # optional: a new entry's values
        editable=Group.ADMIN in ctx.user.groups,  # False: read only (no New/Save/Retire)
    )

``load``, ``save``, ``set_active``, ``choices`` and ``zone`` run on the task runner (one service call, one
transaction each). An entry (``row``) is any object with ``id``, ``version``, ``active`` and an attribute per
field key (a frozen DTO); ``changed_at``/``changed_by`` when present name who saved it last. ``values`` given
to ``save`` has one item per field: ``str`` for TEXT, CODE (upper case) and MULTILINE, ``int | None`` for
INTEGER, ``Decimal | None`` for DECIMAL, ``bool`` for YES_NO, the chosen value (``None`` for "—") for
CHOICE. A field with ``fixed_once_saved`` can only be set on a new entry (the database grants no UPDATE of
it); ``save`` still receives its stored value.

``Field(key, label, kind, *, max_length=None, choices=(), required=False, fixed_once_saved=False,
placeholder="", tooltip="", applies=None)``: ``applies(values)`` says from the form's raw values whether
the field applies (disabled and sent empty when not); ``choices`` are ``(value, label)`` pairs (static; the
spec's ``choices`` callable adds or replaces them per key); ``required`` only adds no "—" to a choice list
and a "*" hint — validation is the service's, except a number that is not one and text longer than
``max_length`` (said beside the field at once; no Qt maxLength, which would cut a paste silently).
``Column(title, value, *, stretch=False, right=False)``: ``value`` is a field key or a function of the row;
None shows empty, booleans "Yes"/"No", a choice field's key its choice's label.

Public interface: ``CatalogueEditor(spec, runner=…, parent=None)``; ``activate()``; ``reload(select=id)``;
``new_entry()``; ``save()``; ``toggle_active()``; ``selected()`` (the row shown in the form, or None for a new
one); ``field_widget(key)``; ``values()``; ``has_unsaved_changes()``; ``rows`` (all loaded); signals
``loaded()`` (after every load) and ``saved(row)`` (after a save, retire or reactivate); ``active_dialog``
(the conflict dialog or discard question showing, for tests). A page that needs more (a "Stock…" button)
subclasses the editor and adds its widgets to ``ui.toolbarRow`` or ``ui.buttonRow`` (the form's layout),
reading ``selected()``; it keeps the letters above free.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.wording import author_words
from hms_desktop.formats import format_time
from hms_desktop.services.errors import Conflict, NotFound, ServiceError, ValidationFailed
from hms_desktop.services.hospital_clock import to_hospital
from hms_desktop.ui import colours
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_catalogue_editor import Ui_CatalogueEditor
from hms_desktop.ui.models.patient_search import format_date
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message, show_problems
from hms_desktop.ui.widgets.field_conflict import ConflictChoice, FieldConflictDialog
from hms_desktop.ui.widgets.select_row import select_row

ID_ROLE = Qt.ItemDataRole.UserRole
RETIRED = QColor(colours.DIMMED_TEXT)  # with "(retired)" after the name: not by colour alone
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FORM_WIDTH = 370
Row = Any  # a frozen DTO with id, version, active and one attribute per field key


def _words(text: str) -> str:
    """A catalogue spec's words (marked QT_TRANSLATE_NOOP("Catalogues", ...) in ui/tabs/catalogue_pages.py and
    stock_items.py) in the workstation's language."""
    return QCoreApplication.translate("Catalogues", text)


class FieldKind(Enum):
    TEXT = "text"
    CODE = "code"            # one line, upper case, no spaces (HGB, LAB-HGB)
    INTEGER = "integer"      # empty: None
    DECIMAL = "decimal"      # empty: None
    YES_NO = "yes_no"
    CHOICE = "choice"
    MULTILINE = "multiline"


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    max_length: int | None = None
    choices: tuple[tuple[Any, str], ...] = ()
    required: bool = False
    fixed_once_saved: bool = False
    placeholder: str = ""
    tooltip: str = ""
    # Whether the field applies, from the form's other values (a lab test's unit only for a numeric result);
    # a field that does not apply is disabled and sends its empty value.
    applies: Callable[[Mapping[str, Any]], bool] | None = None


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    value: str | Callable[[Row], object]
    stretch: bool = False
    right: bool = False


@dataclass(frozen=True, slots=True)
class CatalogueSpec:
    title: str
    noun: str
    plural: str
    columns: tuple[Column, ...]
    fields: tuple[Field, ...]
    load: Callable[[], Sequence[Row]]
    save: Callable[[int | None, int | None, dict[str, Any]], Row]
    set_active: Callable[[int, int, bool], Row]
    choices: Callable[[], Mapping[str, Sequence[tuple[Any, str]]]] | None = None
    zone: Callable[[], tzinfo | None] | None = None
    describe: Callable[[Row], str] | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    hint: str = ""
    editable: bool = True


@dataclass(frozen=True, slots=True)
class _Loaded:
    rows: tuple[Row, ...]
    choices: Mapping[str, Sequence[tuple[Any, str]]]
    zone: tzinfo | None
    zone_read: bool


class _NotANumber(ValueError):
    pass


# What a field that does not apply sends (Field.applies).
_EMPTY: dict[FieldKind, Any] = {FieldKind.TEXT: "", FieldKind.CODE: "", FieldKind.MULTILINE: "",
                                FieldKind.INTEGER: None, FieldKind.DECIMAL: None, FieldKind.YES_NO: False,
                                FieldKind.CHOICE: None}


def _shown(value: object, yes: str, no: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    return str(value)


class CatalogueEditor(QWidget):
    loaded = Signal()
    saved = Signal(object)  # the row as saved (after a save, retire or reactivate)

    def __init__(self, spec: CatalogueSpec, *, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CatalogueEditor()
        self.ui.setupUi(self)
        self.spec = spec
        self._runner = runner
        self._loaded_once = False
        self._loading = False
        self.rows: tuple[Row, ...] = ()
        self._choices: dict[str, tuple[tuple[Any, str], ...]] = {f.key: f.choices for f in spec.fields}
        self._zone: tzinfo | None = None
        self._zone_read = False
        self._current: Row | None = None   # the entry in the form; None: a new one (or nothing yet)
        self._editing_version: int | None = None
        self._new = False
        self._opened_with: dict[str, Any] = {}
        self._filling = False
        self._busy = False
        self.active_dialog: QDialog | QMessageBox | None = None
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}

        ui = self.ui
        if spec.hint:
            ui.hintLabel.setText(_words(spec.hint))
        else:
            ui.hintLabel.hide()
        ui.filterEdit.setPlaceholderText(self.tr("Filter %1…").replace("%1", _words(spec.plural)))
        ui.filterEdit.setAccessibleName(self.tr("Filter %1").replace("%1", _words(spec.plural)))
        ui.showRetiredCheck.setAccessibleName(self.tr("Show retired %1").replace("%1", _words(spec.plural)))
        ui.newButton.setText(self.tr("&New %1").replace("%1", _words(spec.noun)))
        ui.newButton.setAccessibleName(self.tr("New %1").replace("%1", _words(spec.noun)))
        ui.table.setAccessibleName(_words(spec.title))
        ui.refreshButton.setAccessibleName(self.tr("Reload"))
        ui.saveButton.setAccessibleName(self.tr("Save"))
        ui.undoButton.setAccessibleName(self.tr("Undo changes"))
        table = ui.table
        table.setColumnCount(len(spec.columns))
        table.setHorizontalHeaderLabels([_words(c.title) for c in spec.columns])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for index, column in enumerate(spec.columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        # The form keeps a readable width; every other pixel goes to the list (its names must not be cut at
        # 1280 px: tests/gui/test_fit_720.py).
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([800, FORM_WIDTH])
        self._build_fields()
        for widget in (ui.newButton, ui.saveButton, ui.undoButton, ui.retireButton):
            widget.setVisible(spec.editable)
        show_message(ui.messageLabel, "")
        show_message(ui.stateLabel, "")

        ui.filterEdit.textChanged.connect(lambda _t: self._fill())
        ui.showRetiredCheck.toggled.connect(lambda _c: self._fill())
        table.itemSelectionChanged.connect(self._selection_changed)
        ui.newButton.clicked.connect(self.new_entry)
        ui.saveButton.clicked.connect(self.save)
        ui.undoButton.clicked.connect(self.undo)
        ui.retireButton.clicked.connect(self.toggle_active)
        ui.refreshButton.clicked.connect(self._reload_now)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self._reload_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_entry(None)

    # --- building the form ------------------------------------------------------------------------------

    def _build_fields(self) -> None:
        layout = self.ui.fieldsLayout
        previous: QWidget = self.ui.table
        for spec_field in self.spec.fields:
            label_text = _words(spec_field.label) + (" *" if spec_field.required else "")
            widget = self._make_widget(spec_field)
            widget.setAccessibleName(_words(spec_field.label))
            if spec_field.tooltip:
                widget.setToolTip(_words(spec_field.tooltip))
            error = QLabel(self.ui.fieldsHost)
            error.setWordWrap(True)
            show_message(error, "")
            cell = QWidget(self.ui.fieldsHost)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            if spec_field.kind is FieldKind.YES_NO:
                label = QLabel("", self.ui.fieldsHost)  # the check box carries its own text
            else:
                label = QLabel(label_text, self.ui.fieldsHost)
                label.setBuddy(widget)
            layout.addRow(label, cell)
            self._widgets[spec_field.key] = widget
            self._errors[spec_field.key] = error
            self._labels[spec_field.key] = label
            self.setTabOrder(previous, widget)
            previous = widget
            self._edited_signal(widget).connect(lambda *_a, key=spec_field.key: self._edited(key))
        self.setTabOrder(previous, self.ui.saveButton)

    def _make_widget(self, spec_field: Field) -> QWidget:
        host = self.ui.fieldsHost
        kind = spec_field.kind
        if kind is FieldKind.MULTILINE:
            text = QPlainTextEdit(host)
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            if spec_field.placeholder:
                text.setPlaceholderText(_words(spec_field.placeholder))
            return text
        if kind is FieldKind.YES_NO:
            return QCheckBox(_words(spec_field.label), host)
        if kind is FieldKind.CHOICE:
            return QComboBox(host)
        # No maxLength: it would cut a paste silently. Too long is said beside the field (_local_problems).
        line = QLineEdit(host)
        if spec_field.placeholder:
            line.setPlaceholderText(_words(spec_field.placeholder))
        if kind is FieldKind.CODE:
            # Codes are stored in capitals: typing shows them so at once.
            line.textEdited.connect(lambda text, edit=line: self._upper(edit, text))
        if kind in (FieldKind.INTEGER, FieldKind.DECIMAL):
            line.setAlignment(RIGHT)
            line.setMaximumWidth(160)
        line.returnPressed.connect(self._enter)  # Enter in a one-line field saves, as in a form dialog
        return line

    @staticmethod
    def _upper(edit: QLineEdit, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = edit.cursorPosition()
            edit.setText(upper)
            edit.setCursorPosition(position)

    @staticmethod
    def _edited_signal(widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            return widget.textChanged
        if isinstance(widget, QCheckBox):
            return widget.toggled
        assert isinstance(widget, QComboBox)
        return widget.currentIndexChanged

    def _fill_choices(self, spec_field: Field) -> None:
        combo = self._widgets[spec_field.key]
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        if not spec_field.required:
            combo.addItem("—", None)
        for value, label in self._choices.get(spec_field.key, ()):
            combo.addItem(domain_word(label), value)
        combo.blockSignals(False)

    # --- loading ------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.activate()

    def activate(self) -> None:
        """Load the entries (the first time the editor is shown, or when asked)."""
        self._loaded_once = True
        self.reload()

    def _reload_now(self) -> None:
        self.reload()

    def reload(self, select: int | None = None, *, then: Callable[[], None] | None = None) -> None:
        """Load every entry again (and the choice lists); keep the entry in the form, or show ``select``."""
        spec = self.spec
        read_zone = spec.zone is not None and not self._zone_read
        self._loading = True
        self.ui.summaryLabel.setText(self.tr("Loading…"))

        def work() -> _Loaded:
            rows = tuple(spec.load())
            choices = dict(spec.choices()) if spec.choices is not None else {}
            zone = spec.zone() if read_zone and spec.zone is not None else None
            return _Loaded(rows=rows, choices=choices, zone=zone, zone_read=read_zone)

        def done(result: _Loaded) -> None:
            self._loading = False
            if result.zone_read:
                self._zone, self._zone_read = result.zone, True
            self.rows = result.rows
            if result.choices:
                self._choices.update({key: tuple(value) for key, value in result.choices.items()})
                for spec_field in spec.fields:
                    if spec_field.kind is FieldKind.CHOICE and spec_field.key in result.choices:
                        kept = self._raw_values().get(spec_field.key)
                        self._fill_choices(spec_field)
                        self._set_value(spec_field, kept)
            self._after_load(select)
            if then is not None:
                then()
            self.loaded.emit()

        def failed(error: ServiceError) -> None:
            self._loading = False
            self.ui.summaryLabel.setText(str(error))
            show_message(self.ui.messageLabel, str(error))

        self._runner.run(work, on_success=done, on_failure=failed, owner=self)

    def _after_load(self, select: int | None) -> None:
        if select is not None:
            row = self.row(select)
            if row is not None and not self.has_unsaved_changes():
                self._show_entry(row)
        elif self._current is not None and not self.has_unsaved_changes():
            self._show_entry(self.row(self._current.id))  # as saved now (or gone)
        self._fill()
        if self._current is None and not self._new and self.visible_rows():
            select_row(self.ui.table, 0)

    def row(self, entry_id: int) -> Row | None:
        return next((row for row in self.rows if row.id == entry_id), None)

    # --- the table ----------------------------------------------------------------------------------------

    def _cell(self, row: Row, column: Column) -> str:
        value = column.value(row) if callable(column.value) else getattr(row, column.value)
        if isinstance(column.value, str):
            choices = dict(self._choices.get(column.value, ()))
            if value in choices:
                return domain_word(choices[value])
        return _shown(value, self.tr("Yes"), self.tr("No"))

    def visible_rows(self) -> list[Row]:
        words = self.ui.filterEdit.text().strip().lower()
        retired = self.ui.showRetiredCheck.isChecked()
        return [row for row in self.rows
                if (retired or row.active)
                and (not words or any(words in self._cell(row, column).lower() for column in self.spec.columns))]

    def _fill(self) -> None:
        table = self.ui.table
        shown = self.visible_rows()
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            for column_index, column in enumerate(self.spec.columns):
                text = self._cell(row, column)
                if column_index == 0 and not row.active:
                    text = self.tr("%1 (retired)").replace("%1", text)
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                if column.right:
                    item.setTextAlignment(RIGHT)
                if not row.active:
                    item.setForeground(QBrush(RETIRED))
                table.setItem(index, column_index, item)
        table.clearSelection()
        if self._current is not None:
            self._select_in_table(self._current.id)
        table.blockSignals(False)
        retired = sum(1 for row in self.rows if not row.active)
        summary = (self.tr("%1 of %2 %3 shown.").replace("%1", str(len(shown))).replace("%2", str(len(self.rows)))
                   .replace("%3", _words(self.spec.plural)))
        if retired and not self.ui.showRetiredCheck.isChecked():
            summary += " " + self.tr("%1 retired not listed (Show retired).").replace("%1", str(retired))
        self.ui.summaryLabel.setText(summary)

    def _select_in_table(self, entry_id: int) -> bool:
        table = self.ui.table
        for index in range(table.rowCount()):
            item = table.item(index, 0)
            if item is not None and item.data(ID_ROLE) == entry_id:
                select_row(table, index)
                table.scrollToItem(item)
                return True
        return False

    def selected_id(self) -> int | None:
        model = self.ui.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        item = self.ui.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(ID_ROLE))

    def select(self, entry_id: int) -> None:
        """Select an entry in the table (showing it in the form, after asking about unsaved changes)."""
        self._select_in_table(entry_id)

    def _selection_changed(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None or (self._current is not None and self._current.id == entry_id and not self._new):
            return
        target = self.row(entry_id)
        self._leave_form(lambda: self._show_entry(target), self._restore_selection)

    def _restore_selection(self) -> None:
        table = self.ui.table
        table.blockSignals(True)
        table.clearSelection()
        if self._current is not None and not self._new:
            self._select_in_table(self._current.id)
        table.blockSignals(False)

    def _leave_form(self, go: Callable[[], None], stay: Callable[[], None]) -> None:
        """Leave the entry in the form: at once, or after "Discard your changes?" when something was typed."""
        if not self.has_unsaved_changes():
            go()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Discard your changes to %1?").replace("%1", self._heading()),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = box

        def answered() -> None:
            self.active_dialog = None
            if box.clickedButton() is discard:
                go()
            else:
                stay()

        box.finished.connect(answered)
        box.open()

    # --- the form -----------------------------------------------------------------------------------------

    def selected(self) -> Row | None:
        """The saved entry shown in the form; None while the form holds a new one (or nothing)."""
        return None if self._new else self._current

    def field_widget(self, key: str) -> QWidget:
        return self._widgets[key]

    def _heading(self) -> str:
        if self._new or self._current is None:
            return self.tr("a new %1").replace("%1", _words(self.spec.noun))
        describe = self.spec.describe
        return describe(self._current) if describe is not None else str(getattr(self._current, "name", ""))

    def new_entry(self) -> None:
        """An empty form (the spec's defaults) for a new entry; the first field gets the focus."""
        if not self.spec.editable:
            return

        def go() -> None:
            self.ui.table.blockSignals(True)
            self.ui.table.clearSelection()
            self.ui.table.blockSignals(False)
            self._show_entry(None, new=True)
            first = next(iter(self._widgets.values()), None)
            if first is not None:
                first.setFocus()

        self._leave_form(go, lambda: None)

    def _show_entry(self, row: Row | None, *, new: bool = False) -> None:
        """Fill the form from ``row`` (a saved entry), or for a new one, or empty and disabled."""
        self._current = row
        self._new = new
        self._editing_version = None if row is None else row.version
        self._filling = True
        for spec_field in self.spec.fields:
            if spec_field.kind is FieldKind.CHOICE:
                self._fill_choices(spec_field)
            value = getattr(row, spec_field.key) if row is not None else self.spec.defaults.get(spec_field.key)
            self._set_value(spec_field, value)
        self._filling = False
        self._opened_with = self._raw_values()
        self._show_problems({})
        box = self.ui.formBox
        if new:
            box.setTitle(self.tr("New %1").replace("%1", _words(self.spec.noun)))
        elif row is None:
            box.setTitle(self.tr("Select a %1, or add a new one").replace("%1", _words(self.spec.noun)))
        else:
            box.setTitle(self._heading())
        self._show_state()
        self._update()

    def _set_value(self, spec_field: Field, value: Any) -> None:
        widget = self._widgets[spec_field.key]
        blocked = widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value is not None:
                # A value no longer offered (a retired department): shown, so saving keeps it.
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        widget.blockSignals(blocked)

    def _raw_values(self) -> dict[str, Any]:
        """What each field holds as typed (text for numbers), to tell whether anything changed."""
        raw: dict[str, Any] = {}
        for key, widget in self._widgets.items():
            if isinstance(widget, QCheckBox):
                raw[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                raw[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                raw[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                raw[key] = widget.text().strip()
        return raw

    def has_unsaved_changes(self) -> bool:
        return (self._new or self._current is not None) and self._raw_values() != self._opened_with

    def _parse(self, spec_field: Field, raw: Any) -> Any:
        if spec_field.kind is FieldKind.INTEGER:
            if not raw:
                return None
            try:
                return int(raw)
            except ValueError as error:
                raise _NotANumber(self.tr("Enter a whole number, or leave it empty.")) from error
        if spec_field.kind is FieldKind.DECIMAL:
            if not raw:
                return None
            try:
                number = Decimal(str(raw).replace(",", "."))
            except InvalidOperation as error:
                raise _NotANumber(self.tr("Enter a number (such as 12.5), or leave it empty.")) from error
            if not number.is_finite():
                raise _NotANumber(self.tr("Enter a number (such as 12.5), or leave it empty."))
            return number
        if spec_field.kind is FieldKind.CODE:
            return str(raw).upper()
        return raw

    def _local_problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        raw = self._raw_values()
        for spec_field in self.spec.fields:
            if not self._applies(spec_field, raw):
                continue
            value = raw[spec_field.key]
            limit = spec_field.max_length
            if limit is not None and isinstance(value, str) and len(value) > limit:
                problems[spec_field.key] = (self.tr("This is too long: at most %1 characters (now %2).")
                                            .replace("%1", str(limit)).replace("%2", str(len(value))))
                continue
            try:
                self._parse(spec_field, value)
            except _NotANumber as error:
                problems[spec_field.key] = str(error)
        return problems

    def _applies(self, spec_field: Field, raw: Mapping[str, Any]) -> bool:
        return spec_field.applies is None or spec_field.applies(raw)

    def values(self) -> dict[str, Any]:
        """The form's values as ``save`` receives them (a field fixed once saved keeps the stored value; one
        that does not apply sends its empty value)."""
        raw = self._raw_values()
        values = {f.key: self._parse(f, raw[f.key]) if self._applies(f, raw) else _EMPTY[f.kind]
                  for f in self.spec.fields}
        if self._current is not None and not self._new:
            for spec_field in self.spec.fields:
                if spec_field.fixed_once_saved:
                    values[spec_field.key] = getattr(self._current, spec_field.key)
        return values

    def _edited(self, key: str) -> None:
        if self._filling:
            return
        local = self._local_problems()
        # Only this field's message changes: the others keep what the service said until they are edited.
        self._set_problem(key, local.get(key, ""))
        show_message(self.ui.messageLabel, "")
        self._update()

    def _set_problem(self, key: str, message: str) -> None:
        show_problems({key: message} if message else {}, {key: (self._errors[key], self._widgets[key])},
                      self.ui.messageLabel, keep_message=True)

    def _show_problems(self, problems: Mapping[str, str]) -> None:
        fields = {key: (self._errors[key], self._widgets[key]) for key in self._widgets}
        first = show_problems(dict(problems), fields, self.ui.messageLabel)
        if first is not None and first.isEnabled():
            first.setFocus()

    def _show_state(self) -> None:
        row = None if self._new else self._current
        if row is None:
            show_message(self.ui.stateLabel, "")
            return
        parts = []
        if not row.active:
            parts.append(self.tr("Retired: not offered for anything new. What already uses it keeps it."))
        changed_at = getattr(row, "changed_at", None)
        changed_by = author_words(getattr(row, "changed_by", None) or "")
        if changed_at is not None and changed_by:
            parts.append(self.tr("Last changed by %1 on %2.").replace("%1", changed_by)
                         .replace("%2", self._when(changed_at)))
        show_message(self.ui.stateLabel, " ".join(parts), role="hint")

    def _when(self, at: Any) -> str:
        local = to_hospital(at, self._zone)
        return self.tr("%1 at %2").replace("%1", format_date(local.date())).replace("%2", format_time(local))

    def _update(self) -> None:
        editing = self._new or self._current is not None
        editable = self.spec.editable and editing and not self._busy
        raw = self._raw_values()
        for spec_field in self.spec.fields:
            widget = self._widgets[spec_field.key]
            fixed = spec_field.fixed_once_saved and not self._new
            applies = self._applies(spec_field, raw)
            widget.setEnabled(editing and applies and not (fixed and self._current is not None))
            self._labels[spec_field.key].setEnabled(applies)
            if not applies:
                self._set_problem(spec_field.key, "")
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not self.spec.editable)
            if fixed and self._current is not None:
                widget.setToolTip(self.tr("Set when the entry is created; it cannot change afterwards."))
        changed = self.has_unsaved_changes()
        local = self._local_problems()
        self.ui.saveButton.setEnabled(editable and changed and not local)
        self.ui.saveButton.setToolTip("\n".join(local.values()) if local else
                                      "" if changed else self.tr("Nothing has changed yet."))
        self.ui.undoButton.setEnabled(editable and changed)
        row = None if self._new else self._current
        self.ui.retireButton.setEnabled(editable and row is not None and not changed)
        self.ui.retireButton.setToolTip(self.tr("Save or undo your changes first.") if changed and row is not None
                                        else "")
        if row is not None and not row.active:
            self.ui.retireButton.setText(self.tr("&Reactivate"))
            self.ui.retireButton.setAccessibleName(self.tr("Reactivate"))
        else:
            self.ui.retireButton.setText(self.tr("&Retire"))
            self.ui.retireButton.setAccessibleName(self.tr("Retire"))
        self.ui.newButton.setEnabled(self.spec.editable and not self._busy)

    def _enter(self) -> None:
        if self.ui.saveButton.isEnabled():
            self.save()

    def undo(self) -> None:
        if self._new:
            self._show_entry(None, new=True)
        else:
            self._show_entry(self._current)

    # --- saving -------------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def save(self) -> None:
        """Send the form (one service call on the task runner)."""
        if not self.spec.editable or self._busy or not (self._new or self._current is not None):
            return
        local = self._local_problems()
        if local:
            self._show_problems(local)
            return
        self._send(self.values(), None if self._new else self._current, self._editing_version)

    def _send(self, values: dict[str, Any], row: Row | None, version: int | None) -> None:
        spec = self.spec
        entry_id = None if row is None else row.id
        self._set_busy(True)
        show_message(self.ui.messageLabel, self.tr("Saving…"), role="info")

        def done(saved: Row) -> None:
            self._set_busy(False)
            self._replace(saved)
            self._show_entry(saved)
            self._fill()
            show_message(self.ui.messageLabel, self.tr("Saved."), role="info")
            self.saved.emit(saved)

        def failed(error: ServiceError) -> None:
            self._set_busy(False)
            if isinstance(error, ValidationFailed):
                show_message(self.ui.messageLabel, "")
                self._show_problems(error.problems)
            elif isinstance(error, Conflict | NotFound) and entry_id is not None:
                self._stale(entry_id, values, error)
            else:
                show_message(self.ui.messageLabel, str(error))

        self._runner.run(lambda: spec.save(entry_id, version, values), on_success=done, on_failure=failed,
                         owner=self)

    def _replace(self, saved: Row) -> None:
        others = tuple(row for row in self.rows if row.id != saved.id)
        self.rows = (*others, saved) if len(others) == len(self.rows) else tuple(
            saved if row.id == saved.id else row for row in self.rows)

    def _stale(self, entry_id: int, mine: dict[str, Any], error: ServiceError) -> None:
        """A save refused: reload; if the entry changed meanwhile, compare (else say what the service said)."""
        version = self._editing_version

        def compare() -> None:
            theirs = self.row(entry_id)
            if theirs is None:
                show_message(self.ui.messageLabel, self.tr("This %1 no longer exists.")
                             .replace("%1", _words(self.spec.noun)))
                return
            if theirs.version == version:
                show_message(self.ui.messageLabel, str(error))  # a rule of the database, not a race
                return
            self._conflict(theirs, mine)

        self.reload(then=compare)

    def _conflict(self, theirs: Row, mine: dict[str, Any]) -> None:
        """Compare what was sent (``mine``) with the entry as saved now; the form keeps what was typed."""
        rows = []
        for spec_field in self.spec.fields:
            yours = self._display(spec_field, mine.get(spec_field.key))
            saved = self._display(spec_field, getattr(theirs, spec_field.key))
            if yours or saved:
                rows.append((spec_field.key, _words(spec_field.label), yours, saved))
        if theirs.active != (self._current.active if self._current is not None else True):
            rows.append(("active", self.tr("Status"), self._status(self._current), self._status(theirs)))
        who = author_words(getattr(theirs, "changed_by", None) or "") or self.tr("someone else")
        who = who[:1].upper() + who[1:]  # "The system" starts the sentence too
        at = getattr(theirs, "changed_at", None)
        message = (self.tr("%1 changed this %2 on %3 while you were editing.").replace("%3", self._when(at))
                   if at is not None else self.tr("%1 changed this %2 while you were editing."))
        message = message.replace("%1", who).replace("%2", _words(self.spec.noun))
        dialog = FieldConflictDialog(rows=rows, message=message, parent=self,
                                     title=self.tr("Someone else changed this %1").replace("%1",
                                                                                          _words(self.spec.noun)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog

        def decided(choice: ConflictChoice) -> None:
            self.active_dialog = None
            if choice is ConflictChoice.KEEP_THEIRS:
                self._show_entry(theirs)
                self._fill()
                show_message(self.ui.messageLabel, self.tr("Showing the saved %1; your changes were dropped.")
                             .replace("%1", _words(self.spec.noun)), role="info")
            elif choice is ConflictChoice.SAVE_MINE:
                self._current = theirs
                self._editing_version = theirs.version
                self._send(mine, theirs, theirs.version)
            else:
                # Back to the form as typed, at the version it was opened from: the next Save compares again,
                # so only "Save mine over theirs" ever overwrites (as the patient form does).
                show_message(self.ui.messageLabel, self.tr("Nothing was saved. Your changes are still in the "
                                                           "form."), role="info")

        dialog.decided.connect(decided)
        dialog.open()

    def _status(self, row: Row | None) -> str:
        return self.tr("Active") if row is None or row.active else self.tr("Retired")

    def _display(self, spec_field: Field, value: Any) -> str:
        if spec_field.kind is FieldKind.CHOICE:
            return domain_word(dict(self._choices.get(spec_field.key, ())).get(value, "" if value is None
                                                                          else str(value)))
        return _shown(value, self.tr("Yes"), self.tr("No"))

    def toggle_active(self) -> None:
        """Retire the entry in the form, or reactivate a retired one (at the version shown)."""
        row = None if self._new else self._current
        if row is None or not self.spec.editable or self._busy or self.has_unsaved_changes():
            return
        spec = self.spec
        active = not row.active
        version = self._editing_version if self._editing_version is not None else row.version
        self._set_busy(True)

        def done(saved: Row) -> None:
            self._set_busy(False)
            self._replace(saved)
            self._show_entry(saved)
            self._fill()
            show_message(self.ui.messageLabel,
                         self.tr("Reactivated.") if saved.active else
                         self.tr("Retired: no longer offered for anything new; Reactivate brings it back."),
                         role="info")
            self.saved.emit(saved)

        def failed(error: ServiceError) -> None:
            self._set_busy(False)
            if isinstance(error, Conflict | NotFound):
                # Someone else saved it first: show it as it is now and say so.
                self.reload(then=lambda: show_message(
                    self.ui.messageLabel,
                    self.tr("Someone else changed this %1 meanwhile; it is shown as saved now. Look at it, then "
                            "try again.").replace("%1", _words(spec.noun))
                    if self.row(row.id) is not None else str(error)))
            else:
                show_message(self.ui.messageLabel, str(error))

        self._runner.run(lambda: spec.set_active(row.id, version, active), on_success=done, on_failure=failed,
                         owner=self)
