"""Reloads that run off the interface thread and keep only the newest answer.

A panel that reloads what it shows when the library changes (the entity tree, the
figures table) reads it through the window's operations (``gui.operations``): the
query and the Python work of preparing the rows run on the worker, and only the
newest read's answer is applied, on the interface thread.  A load made meanwhile on
the interface thread (``supersede``) makes every older read's answer stale.
Without operations (a panel used alone) the caller loads at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations
    from gui.worker import Task


class LatestRead:
    """One panel's reloads; see the module."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner  # the panel: an answer that comes after it was deleted is dropped
        self.ops: Operations | None = None
        self._latest = 0  # the number of the newest read asked for
        self._waiting = 0  # reads asked for whose answers have not come

    def run(self, read: Callable[[Library], Any], apply: Callable[[Any], None]) -> bool:
        """Read ``read(lib)`` on the worker and ``apply`` its answer if it is still the
        newest; False when there are no operations (or no library): load now."""
        if self.ops is None:
            return False
        self._latest += 1
        number = self._latest

        def done(result: Any) -> None:
            self._waiting -= 1
            if number == self._latest and shiboken6.isValid(self.owner):
                apply(result)

        def failed(exc: BaseException) -> None:
            self._waiting -= 1
            if number == self._latest and self.ops is not None and shiboken6.isValid(self.owner):
                self.ops.problem.emit(str(exc))

        def job(lib: Library, _task: Task) -> Any:
            return read(lib)

        self._waiting += 1  # before: a synchronous worker answers inside ``read``
        if self.ops.read(job, done, on_error=failed) is None:
            self._waiting -= 1
            return False
        return True

    def supersede(self) -> None:
        """A load was made now: the answers of reads still running are stale."""
        self._latest += 1

    def pending(self) -> bool:
        """Whether a read's answer is still to come (tests wait for it)."""
        return self._waiting > 0
