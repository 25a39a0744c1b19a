"""A page's form in a scroll area, its buttons left below it (issue 15, item 3).

At 200 % scaling a 1920 × 1080 screen is 520 logical pixels high once the taskbar has its share: a settings
page of three group boxes is taller than that, and a window cannot be smaller than its layout's minimum, so
Save would fall off the bottom of the screen. ``scroll_body`` moves everything of a page's vertical layout but
the rows named in ``keep`` (the buttons) into a scroll area taking their place: on a large screen it shows
everything without a scroll bar; on a small one the form scrolls and the buttons stay in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for the room its page needs: QScrollArea's own hint stops at 36 × 24 lines,
    which would open a form with scroll bars on a screen that has the room for all of it.

    ``sideways=False`` (a column beside a wider neighbour, the report builder's choices): the page only
    scrolls up and down, and the area is never narrower than the page's minimum plus a vertical scroll bar.
    A QScrollArea's own minimum is a few lines wide, so beside a stretching neighbour the layout would squeeze
    the column below what its combo boxes and labels need, and pay for the scroll bar out of their width."""

    def __init__(self, parent: QWidget | None = None, *, sideways: bool = True) -> None:
        super().__init__(parent)
        self.sideways = sideways
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def event(self, event: QEvent) -> bool:
        # The page's layout changed (a combo box filled with longer names): the hints above follow the page, so
        # the layout around this area must ask again; QScrollArea only updates its scroll bars.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if self.sideways or page is None:
            return hint
        need = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
        return QSize(max(hint.width(), need + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()),
                     hint.height())

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        hint = page.minimumSizeHint().expandedTo(page.minimumSize())
        if not self.sideways:  # a column: as wide as its page would be without the scroll area, where there is room
            hint.setWidth(max(hint.width(), page.sizeHint().width()))
        return hint + QSize(frame + bar, frame)


class _PageLayout(QVBoxLayout):
    """The scrolled page's layout. It says it has no height-for-width (a word-wrapped label makes it so):
    QScrollArea would then size the page to its preferred height, not to the viewport, and show a scroll
    bar on a screen that has the room; without, the page fills the viewport down to its minimum height."""

    def hasHeightForWidth(self) -> bool:
        return False


def scroll_body(layout: QBoxLayout, *, keep: tuple[QLayout | QWidget, ...] = (), sideways: bool = True,
                name: str = "") -> FittingScrollArea:
    """``sideways=False``: scroll up and down only, never narrower than the page (FittingScrollArea); ``name``:
    the stem of the area's and page's object names, when ``layout`` is not its widget's own layout."""
    owner = layout.parentWidget()
    name = name or (owner.objectName() if owner is not None else "") or "page"
    area = FittingScrollArea(owner, sideways=sideways)
    area.setObjectName(f"{name}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Not a Tab stop of its own: Tab goes to the fields inside, and QScrollArea scrolls to the one focused.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(area)
    body.setObjectName(f"{name}Body")
    body_layout = _PageLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.setSpacing(layout.spacing())
    index = 0
    while index < layout.count():
        item = layout.itemAt(index)
        if item is None or item.layout() in keep or item.widget() in keep:
            index += 1
            continue
        taken = layout.takeAt(index)
        if taken is None:
            break
        child, inner = taken.widget(), taken.layout()
        if child is not None:
            body_layout.addWidget(child)
        elif inner is not None:
            inner.setParent(None)
            body_layout.addLayout(inner)
        else:
            body_layout.addItem(taken)
    area.setWidget(body)
    # The page's colour shows through: the scroll area is a way of fitting, not a frame of its own.
    area.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    layout.insertWidget(0, area, 1)
    return area


def shortfall(window: QWidget) -> QSize:
    """How much larger ``window`` must be for the pages of its FittingScrollAreas to show without scrolling."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    missing = QSize(0, 0)
    for area in window.findChildren(FittingScrollArea):
        page = area.widget()
        if page is None or not area.isVisibleTo(window):
            continue
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        have = area.viewport().size()
        missing = missing.expandedTo(QSize(max(0, need.width() - have.width()), max(0, need.height() - have.height())))
    return missing
