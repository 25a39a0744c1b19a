"""Rooms & equipment: a day's bookings of every active room and device, a list per resource, live.

A booking held by an appointment shows its patient and doctor; one made on its own shows its purpose.
Reception and administrators book a room or device on its own (Book…) and cancel such a booking (after
a confirmation); doctors and billing only read. With ``live`` the page listens on "appointments" (the
database notifies there on every room booking too) and reloads, debounced, and again after a lost
connection comes back.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from hms_desktop.domain.scheduling import RESOURCE_KIND_LABELS
from hms_desktop.domain.staff import Group
from hms_desktop.domain.wording import plural
from hms_desktop.formats import format_day_month, format_time, format_weekday_date
from hms_desktop.services import doctors, scheduling
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import ServiceError
from hms_desktop.services.hospital_clock import HospitalClock, hospital_clock
from hms_desktop.ui.dialogs.resource_booking_dialog import booking_text, booking_times
from hms_desktop.ui.domain_words import domain_word
from hms_desktop.ui.forms.ui_resources_page import Ui_ResourcesPage
from hms_desktop.ui.locale_formats import localize_fields
from hms_desktop.ui.tasks import Runner
from hms_desktop.ui.widgets.feedback import show_message
from hms_desktop.ui.widgets.flow_layout import reflow
from hms_desktop.ui.widgets.live_screen import LiveScreen

log = logging.getLogger(__name__)

LIVE_CHANNEL = "appointments"
BOOKING_ROLE = Qt.ItemDataRole.UserRole
RESOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("procedure_room", "equipment", "consulting_room")


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for j in range(item.childCount()) if (child := item.child(j)) is not None]


class ResourcesPage(QWidget):
    loaded = Signal()

    def __init__(self, *, ctx: ServiceContext, runner: Runner, live: Any = None, date_bar: bool = True,
                 parent: QWidget | None = None) -> None:
        """``date_bar=False`` hides the page's own day navigation: the Scheduling tab's date drives it."""
        super().__init__(parent)
        self.setObjectName("resourcesPage")
        self._ctx = ctx
        self._runner = runner
        # The hospital's "now" and "today": its zone is read with the first reload, which opens on its today.
        self.clock = HospitalClock.unloaded(ctx)
        self._day_chosen = False
        self.day = self.clock.today()
        self.resources: tuple[Any, ...] = ()
        self.bookings: tuple[Any, ...] = ()
        self.active_dialog: QDialog | None = None
        self.active_confirm: QMessageBox | None = None
        self.can_book = ctx.user.has(Group.RECEPTION) or ctx.user.has(Group.ADMIN)
        self._build()
        self._date_bar = date_bar
        for widget in (self.ui.previousButton, self.ui.todayButton, self.ui.nextButton, self.ui.dateEdit):
            widget.setVisible(date_bar)
        self.live_screen = LiveScreen(self, live=live, channel=LIVE_CHANNEL, reload=self.reload)
        self.reload()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        """The widgets come from forms/resources_page.ui; here only what Designer cannot say."""
        self.ui = Ui_ResourcesPage()
        self.ui.setupUi(self)
        localize_fields(self)  # the form's dates and decimals in the workstation's way
        reflow(self.ui.barLayout)  # the filter, summary and buttons wrap at 200 % (960 px wide, issue 15.3)
        self.ui.kindCombo.addItem(self.tr("All rooms and equipment"), None)
        for kind in KINDS:
            self.ui.kindCombo.addItem(domain_word(RESOURCE_KIND_LABELS[kind]), kind)
        for button in (self.ui.bookButton, self.ui.cancelButton):
            button.setVisible(self.can_book)
        show_message(self.ui.messageLabel, "")
        header = self.ui.resourceTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.ui.previousButton.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.ui.nextButton.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.ui.todayButton.clicked.connect(lambda: self.show_day(self.clock.today()))
        self.ui.dateEdit.dateChanged.connect(lambda d: self.show_day(date(d.year(), d.month(), d.day())))
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._fill())
        self.ui.bookButton.clicked.connect(lambda _checked=False: self.open_book())
        self.ui.cancelButton.clicked.connect(lambda _checked=False: self.confirm_cancel())
        self.ui.resourceTree.itemSelectionChanged.connect(self._selection_changed)
        self.ui.resourceTree.itemActivated.connect(self._activated)
        self._set_date_edit()

    # --- loading ---------------------------------------------------------------------------------------

    def _set_date_edit(self) -> None:
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.ui.dateEdit.blockSignals(False)

    def show_day(self, day: date) -> None:
        self._day_chosen = True
        if day != self.day:
            self.day = day
            self._set_date_edit()
            self.reload()

    def reload(self) -> None:
        ctx, day = self._ctx, self.day
        first = not self.clock.loaded  # the zone is read until known; the first load opens on its today
        follow_today = not self._day_chosen

        def load() -> tuple[HospitalClock | None, date, tuple[Any, ...], tuple[Any, ...]]:
            # The first load reads the hospital's zone and shows the hospital's today.
            clock = hospital_clock(ctx) if first else None
            shown = clock.today() if clock is not None and follow_today else day
            resources = tuple(r for r in doctors.resources(ctx) if r.kind in KINDS)
            return clock, shown, resources, scheduling.resource_bookings(ctx, shown)

        self.live_screen.load(self._runner, load, on_success=lambda result: self._loaded(*result),
                              on_failure=self._failed)

    def _failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, self.tr("The bookings could not be loaded: %1").replace("%1", str(error)))

    def _loaded(self, clock: HospitalClock | None, day: date, resources: tuple[Any, ...],
                bookings: tuple[Any, ...]) -> None:
        if clock is not None:
            self.clock = clock
            if not self._day_chosen and day != self.day:
                self.day = day
                self._set_date_edit()
        if day != self.day:  # another day was chosen meanwhile: its own load follows
            return
        self.resources, self.bookings = resources, bookings
        self._fill()
        self.loaded.emit()

    def shown_resources(self) -> tuple[Any, ...]:
        kind = self.ui.kindCombo.currentData()
        return tuple(r for r in self.resources if kind is None or r.kind == kind)

    def _fill(self) -> None:
        keep = self.selected_booking()
        keep_id = keep.id if keep is not None else None
        tree = self.ui.resourceTree
        tree.blockSignals(True)
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        shown = self.shown_resources()
        count = 0
        for resource in shown:
            own = [b for b in self.bookings if b.resource_id == resource.id]
            count += len(own)
            heading = QTreeWidgetItem([resource.name, self._heading_note(len(own)),
                                       domain_word(RESOURCE_KIND_LABELS.get(resource.kind, resource.kind))])
            heading.setData(0, RESOURCE_ROLE, resource.id)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tree.addTopLevelItem(heading)
            for booking in own:
                kind = self.tr("Appointment") if booking.appointment_id is not None else self.tr("Booked on its own")
                item = QTreeWidgetItem(heading, ["    " + self._times(booking), booking_text(booking), kind])
                item.setData(0, BOOKING_ROLE, booking.id)
                item.setData(0, RESOURCE_ROLE, resource.id)
                item.setToolTip(1, booking_text(booking))
        tree.expandAll()
        if not shown:
            empty = QTreeWidgetItem([self.tr("No active rooms or equipment of this kind.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        tree.blockSignals(False)
        if keep_id is not None:
            self.select_booking(keep_id)
        self._selection_changed()
        self.ui.summaryLabel.setText(
            plural(len(shown), self.tr("%n room or device", "", len(shown)),
                   self.tr("%n rooms and devices", "", len(shown))) + " · "
            + plural(count, self.tr("%n booking", "", count), self.tr("%n bookings", "", count)) + " · "
            + self.tr("updated %1").replace("%1", self.clock.time_text()))

    def _heading_note(self, count: int) -> str:
        if count == 0:
            return self.tr("Free all day")
        return plural(count, self.tr("%n booking", "", count), self.tr("%n bookings", "", count))

    def _times(self, booking: Any) -> str:
        start, end = self.clock.local(booking.starts_at), self.clock.local(booking.ends_at)
        if start.date() != self.day or end.date() != self.day:  # runs over midnight
            return f"{format_day_month(start)} {format_time(start)}–{format_day_month(end)} {format_time(end)}"
        return booking_times(booking, self.clock)

    # --- what the tests and people look at -----------------------------------------------------------

    def texts_of(self, resource_id: int) -> list[str]:
        """The rows under a resource, "10:00–10:30 · Wound care" each."""
        for heading in self._headings():
            if heading.data(0, RESOURCE_ROLE) == resource_id:
                return [f"{child.text(0).strip()} · {child.text(1)}" for child in _children(heading)]
        return []

    def booking_ids(self) -> set[int]:
        ids: set[int] = set()
        for heading in self._headings():
            ids |= {int(child.data(0, BOOKING_ROLE)) for child in _children(heading)}
        return ids

    def select_booking(self, booking_id: int) -> bool:
        for heading in self._headings():
            for child in _children(heading):
                if child.data(0, BOOKING_ROLE) == booking_id:
                    self.ui.resourceTree.setCurrentItem(child)
                    return True
        return False

    def _headings(self) -> list[QTreeWidgetItem]:
        tree = self.ui.resourceTree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]

    def selected_booking(self) -> Any | None:
        item = self.ui.resourceTree.currentItem()
        if item is None or not item.isSelected() or item.data(0, BOOKING_ROLE) is None:
            return None
        return next((b for b in self.bookings if b.id == item.data(0, BOOKING_ROLE)), None)

    def _selected_resource_id(self) -> int | None:
        item = self.ui.resourceTree.currentItem()
        return item.data(0, RESOURCE_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        booking = self.selected_booking()
        own = booking is not None and booking.appointment_id is None
        self.ui.cancelButton.setEnabled(own)
        self.ui.cancelButton.setToolTip(
            "" if own or booking is None else
            self.tr("This room belongs to an appointment: cancel or move the appointment instead."))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.can_book and item.data(0, BOOKING_ROLE) is None and item.data(0, RESOURCE_ROLE) is not None:
            self.open_book(resource_id=item.data(0, RESOURCE_ROLE))

    # --- actions ---------------------------------------------------------------------------------------

    def open_book(self, *, resource_id: int | None = None) -> QDialog | None:
        from hms_desktop.ui.dialogs.resource_booking_dialog import ResourceBookingDialog

        if not self.can_book:
            return None
        dialog = ResourceBookingDialog(self._runner, self._ctx, self.shown_resources() or self.resources,
                                       resource_id=resource_id or self._selected_resource_id(), day=self.day,
                                       clock=self.clock, parent=self)
        dialog.booked.connect(self._booked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _booked(self, booking: Any) -> None:
        start = self.clock.local(booking.starts_at)
        show_message(self.ui.messageLabel, self.tr("Booked: %1 on %2, %3.")
                     .replace("%1", booking.resource).replace("%2", format_weekday_date(start))
                     .replace("%3", booking_times(booking, self.clock)), role="info")
        if start.date() != self.day and self._date_bar:  # embedded, the tab's date stays the one shown
            self.day = start.date()
            self._set_date_edit()
        self.reload()
        self.select_booking(booking.id)

    def confirm_cancel(self) -> QMessageBox | None:
        booking = self.selected_booking()
        if not self.can_book or booking is None or booking.appointment_id is not None:
            return None
        start = self.clock.local(booking.starts_at)
        text = self.tr("Cancel the booking of %1\non %2, %3\n(%4)?").replace("%1", booking.resource) \
            .replace("%2", format_weekday_date(start)).replace("%3", booking_times(booking, self.clock)) \
            .replace("%4", booking.purpose or "—")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel booking"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Cancel booking"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_confirm = box
        box.finished.connect(lambda result: self._cancel_answered(booking, result == QMessageBox.StandardButton.Yes))
        box.open()
        return box

    def _cancel_answered(self, booking: Any, yes: bool) -> None:
        self.active_confirm = None
        if not yes:
            return
        ctx = self._ctx
        self._runner.run(lambda: scheduling.cancel_resource_booking(ctx, booking.id),
                         on_success=self._cancelled, on_failure=self._action_failed, owner=self)

    def _cancelled(self, booking: Any) -> None:
        show_message(self.ui.messageLabel, self.tr("Cancelled: %1, %2.").replace("%1", booking.resource)
                     .replace("%2", booking_times(booking, self.clock)), role="info")
        self.reload()

    def _action_failed(self, error: ServiceError) -> None:
        show_message(self.ui.messageLabel, str(error))
        self.reload()
