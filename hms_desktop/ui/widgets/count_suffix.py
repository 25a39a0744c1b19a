"""A spin box's unit in the plural form its number needs ("1 day", "5 days"; issue 15, item 4).

Designer gives a spin box one fixed suffix, " days", which reads "1 days" and in French "1 jours". ``follow_count``
replaces it as the value changes with the singular or plural word, each translated by the caller (``self.tr(" day")``,
``self.tr(" days")``), the way ``domain.wording.plural`` chooses between two translated sentences.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from hms_desktop.domain.wording import plural


def follow_count(spin: QSpinBox, one: str, many: str) -> None:
    """Keep ``spin``'s suffix ``one`` when it shows 1, ``many`` otherwise."""

    def update(value: int) -> None:
        spin.setSuffix(plural(value, one, many))

    spin.valueChanged.connect(update)
    update(spin.value())
