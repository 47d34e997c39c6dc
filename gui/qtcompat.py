"""A guard against a reference-count defect of some PySide6 builds on Python 3.11.

With PySide6 6.12 on CPython 3.11, every call of a Qt method that returns
nothing (``QLabel.setText``, ``QTextCharFormat.setBackground``, ...) hands back
``None`` without taking a reference to it, so ``None``'s reference count falls
by one per call.  After some thousands of calls (a few searches in the reader)
CPython aborts with "none_dealloc: deallocating None".  From Python 3.12 on,
``None`` is immortal (PEP 683) and the defect is harmless.

``protect_none()`` checks for the defect and, only when it is present, raises
the reference count of ``None`` far out of reach, which is what Python 3.12
does for every interpreter.  It is called once when the GUI modules load.
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 40


def void_calls_leak_none() -> bool:
    """True if calling a void Qt method lowers the reference count of None."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtGui import QColor

    colour = QColor(0, 0, 0)
    before = sys.getrefcount(None)
    for _ in range(16):
        colour.setAlpha(10)
    return sys.getrefcount(None) < before - 8


def protect_none() -> bool:
    """Make ``None`` effectively immortal when the defect is present; True if it was."""
    if not void_calls_leak_none():
        return False
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _RESERVE:
        refcount.value += _RESERVE
    return True


PROTECTED = protect_none()
