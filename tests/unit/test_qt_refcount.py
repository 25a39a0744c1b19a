"""Guard against a Qt binding that loses references on void calls (issue 14).

PySide6 6.12.0 on Python 3.11 lowers ``sys.getrefcount(None)`` by one on every call that returns
nothing (``setText``, ``setFocus``, ...); after a few thousand such calls the interpreter aborts with
"none_dealloc: deallocating None". A live bed board makes about 500 of them per refresh. This test
fails on such a binding long before it could abort, so an upgrade that brings the bug back is caught.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

CALLS = 5000
# Where None is immortal (Python 3.12+, PEP 683) its count is a fixed sentinel and Py_DECREF never frees it.
NONE_IS_IMMORTAL = sys.version_info >= (3, 12)


def void_calls(label: QLabel, edit: QLineEdit) -> None:
    for number in range(CALLS):
        label.setText("bed 12")
        label.setToolTip("occupied")
        edit.setFocus()
        edit.setText(str(number))
        label.setVisible(True)


@pytest.mark.skipif(NONE_IS_IMMORTAL, reason="None is immortal on Python 3.12+ (PEP 683): its reference count "
                    "does not move, so a binding that drops references to it cannot abort the interpreter")
def test_void_qt_calls_keep_the_references_to_none(qapp) -> None:
    label, edit = QLabel(), QLineEdit()
    void_calls(label, edit)  # warm-up: first calls may cache method wrappers that hold references
    before = sys.getrefcount(None)
    void_calls(label, edit)
    after = sys.getrefcount(None)
    # A sound binding moves the count by a handful at most; the broken one by one per call (25,000 here).
    assert after >= before - 10, (
        f"{5 * CALLS} void Qt calls took the references to None from {before} to {after}: this Qt binding "
        "loses a reference per call and will abort the app (pin PySide6 to a release without the bug)")
