"""How a lab flag looks everywhere: always a word ("Critical high"), and a colour that only repeats it.

Tree and table cells get the colour as a brush here (item colours are data, not a style sheet); labels get
the ``flag`` property, which resources/style.qss colours (``QLabel[flag="critical_high"]``).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidgetItem

from hms_desktop.domain.labs import Flag, flag_label, is_critical

FLAG_COLOURS = {
    Flag.NORMAL: "#2f6b2f",
    Flag.LOW: "#1f5fa8",
    Flag.HIGH: "#a35400",
    Flag.ABNORMAL: "#a35400",
    Flag.CRITICAL_LOW: "#b00020",
    Flag.CRITICAL_HIGH: "#b00020",
}
NO_RANGE_COLOUR = "#4a5568"


def flag_words(flag: str | None) -> str:
    """ "CRITICAL HIGH" in capitals for a critical flag, so it reads as one at a glance; else "High"."""
    text = flag_label(flag)
    return text.upper() if is_critical(flag) else text


def paint_flag(item: QTreeWidgetItem, column: int, flag: str | None) -> None:
    """The flag's word in ``column`` in its colour (bold when critical)."""
    item.setText(column, flag_words(flag))
    colour = FLAG_COLOURS.get(Flag(flag), NO_RANGE_COLOUR) if flag else NO_RANGE_COLOUR
    item.setForeground(column, QBrush(QColor(colour)))
    if is_critical(flag):
        font = QFont(item.font(column))
        font.setBold(True)
        item.setFont(column, font)
