"""Giving memory freed after a large read back to the system.

glibc keeps what a worker thread freed in that thread's heap: after ranking a
million matches (SQLite's sorter, the ids as Python ints) the window's resident
size stayed about 15–20 MB higher than what it holds.  ``malloc_trim`` returns
the free pages; elsewhere (macOS, Windows) the system allocator does this itself
and ``release_freed`` does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        _trim = None


def release_freed() -> None:
    """Return freed heap pages to the system (a few milliseconds; any thread)."""
    if _trim is not None:
        _trim(0)
