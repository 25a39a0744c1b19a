"""Counted words as people write them: "1 appointment", "13 appointments", never a bracketed s.

Qt's ``tr(text, "", n)`` picks a plural form only from a loaded translation, and the app ships none for
English, so the bracketed plural of a bare "%n appointment" reached the screen. ``plural`` takes both
sentences, each already translated (``self.tr("%n bed")``, ``self.tr("%n beds")``), and puts the number
for ``%n``.

Below the UI (services, domain rules, printouts) each form is a plural message of its own, translated with the
count: ``plural(n, translate(ctx, "%n day", None, n), translate(ctx, "%n days", None, n))``. With a translation
both give the language's right form for ``n`` (translators fill both alike); without one, the English singular
or plural is picked here, so the command line and the tests never read "1 days".
"""

from __future__ import annotations

from hms_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Who saved a record when no staff member did (the database owner: migrations, the demo loader), as the
# repositories and services name it; shown through ``author_words``.
SYSTEM_AUTHOR = QT_TRANSLATE_NOOP("domain", "the system")


def author_words(name: str) -> str:
    """Who saved last, as a sentence names them: a colleague's full name as it is, "the system" translated."""
    return translate("domain", SYSTEM_AUTHOR) if name == SYSTEM_AUTHOR else name


def plural(count: int, one: str, many: str) -> str:
    """``one`` when ``count`` is 1, else ``many``; ``%n`` in either becomes the count."""
    return (one if count == 1 else many).replace("%n", str(count))


def field_named(label: str) -> str:
    """A field's name (already translated, "family name") to open a message about it: "Family name: required."

    Messages about a field named in a placeholder start with the name and a colon, so that no article or
    adjective has to agree with it: "Enter the {label}." cannot be right in French for both "le nom" and
    "la zone", "{label}: required." is ("Nom de famille : obligatoire.")."""
    return label[:1].upper() + label[1:]
