"""The prescribing knowledge base as the use cases see it: loaded once per process, from ``resources/clinical``
(or the folder ``HMS_CLINICAL_DIR`` names), and never a silent pass when it is missing or invalid.

Loading reads and validates two JSON files (about 15 ms); it happens on the first prescribing call, on the
task runner, never at import. ``use_knowledge_folder`` points the loader elsewhere (tests point it at a
broken folder to see the banner).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from hms_desktop.domain.prescribing import KnowledgeBase, KnowledgeBaseProblem, load_knowledge_base

_lock = threading.Lock()
_folder: Path | None = None
_loaded: KnowledgeBase | KnowledgeBaseProblem | None = None


def default_folder() -> Path:
    """``resources/clinical`` in the bundle or the checkout (as ``app.resources_dir``), unless
    ``HMS_CLINICAL_DIR`` says otherwise."""
    named = os.environ.get("HMS_CLINICAL_DIR")
    if named:
        return Path(named)
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources" / "clinical"


def use_knowledge_folder(folder: Path | str | None) -> None:
    """Load from ``folder`` from now on (None: the default); the next call reloads."""
    global _folder, _loaded
    with _lock:
        _folder = Path(folder) if folder is not None else None
        _loaded = None


def knowledge_source() -> KnowledgeBase | KnowledgeBaseProblem:
    """The knowledge base, or why it is unusable (the checks then report themselves off)."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = load_knowledge_base(_folder or default_folder())
        return _loaded
