"""The domain's words for people (statuses, kinds, groups, categories...) in the workstation's language.

The domain and the services keep these labels in module constants, beside the rules that use them
(domain/scheduling.py's STATUS_LABELS, domain/staff.py's GROUP_LABELS, services/admissions.py's bed labels...),
and they cannot import Qt. Each layer marks its constants in its own context, the one its messages use:
``QT_TRANSLATE_NOOP("domain", "...")`` or ``QT_TRANSLATE_NOOP("services", "...")``, so that lupdate extracts
them; the UI shows them through ``domain_word`` below, which looks in both. Until a constant is marked, its
words read in English in every language (lupdate cannot see them), never wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from hms_desktop.domain.staff import GROUP_LABELS, Group

DOMAIN_CONTEXT = "domain"


# The services mark their own label tables (bed types and statuses, ...) in their context, "services".
LOWER_CONTEXTS = (DOMAIN_CONTEXT, "services")


def domain_word(text: str) -> str:
    """``text``, a label kept in a domain or services constant, in the workstation's language."""
    if not text:
        return text
    for context in LOWER_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def domain_label(labels: Mapping[str, str], key: str) -> str:
    """The label of ``key`` in ``labels`` translated, or ``key`` itself (a value the labels do not know)."""
    return domain_word(labels[key]) if key in labels else key


def group_names(groups: Iterable[Group], *, owner: bool = False) -> str:
    """The groups a person belongs to, as the main window's corner says them: "Doctor, Billing"."""
    if owner:
        return QCoreApplication.translate("DomainWords", "Database owner")
    chosen = set(groups)
    return ", ".join(domain_word(GROUP_LABELS[group]) for group in Group if group in chosen)
