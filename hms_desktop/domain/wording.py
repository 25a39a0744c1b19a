"""Counted words as people write them: "1 appointment", "13 appointments", never a bracketed s.

Qt's ``tr(text, "", n)`` picks a plural form only from a loaded translation, and the app ships none for
English, so the bracketed plural of a bare "%n appointment" reached the screen. ``plural`` takes both
sentences, each already translated (``self.tr("%n bed")``, ``self.tr("%n beds")``), and puts the number
for ``%n``.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """``one`` when ``count`` is 1, else ``many``; ``%n`` in either becomes the count."""
    return (one if count == 1 else many).replace("%n", str(count))
