"""One mechanism for every message people read, whichever layer words it (issue 15, item 4).

Widgets use Qt's own ``self.tr(...)``. The layers below the UI (domain, services, printing) must not import
Qt (tests/unit/test_layers.py), yet their messages are shown on screen and printed on paper, so they word them
through this module:

    from hms_desktop.i18n import translate
    raise ValidationFailed(translate("services", "Say why the bed is out of service."))
    translate("services", "{count} beds added.").format(count=n)      # the text, then its values
    translate("services", "%n beds added.", n=n)                       # a plural: the language's own forms

``translate`` has the same shape as ``QCoreApplication.translate`` (context, source text, disambiguation, n),
so ``pyside6-lupdate`` extracts these calls with the widgets' ``tr`` calls into one ``.ts`` file per language
(``make translations``, build/translations.py). Messages kept in module constants (evaluated at import, before
a language is chosen) are marked with ``QT_TRANSLATE_NOOP(context, text)`` and passed through ``translate``
where they are shown.

Until the UI installs Qt's translator (``install``; ui/language.py does at start-up) the source text is
returned, with ``%n`` replaced by the number: the command line and the tests read English.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


_lock = threading.Lock()
_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (the UI's ``QCoreApplication.translate``); None for none."""
    global _translator
    with _lock:
        _translator = translator or _untranslated


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the workstation's language. ``n`` >= 0 picks the plural form and fills ``%n``.

    Safe from any thread: QCoreApplication.translate is reentrant, and the services run on worker threads."""
    return _translator(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks ``source`` for extraction without translating it now (a constant); ``translate`` it when shown."""
    return source
