"""One helper for every library operation of the window.

``Operations.read(fn, on_done)`` and ``Operations.write(fn, on_done, change=...)``
run ``fn(lib, task)`` on the worker with the job's own connection to the open
library (never the window's), so the interface never waits for SQLite.  Writes
go one at a time: a write asked for while another runs waits in a queue.  A
write's connection waits for another program that is changing the library, and
the wait is shown in the status bar (``status``).

Errors have one policy.  The user's situation (``LibraryError``, ``OSError``,
a refused query (``QueryError``):
a locked, read-only or vanished library, a full disk, a refused edit) goes to
``on_error`` when given, else becomes a clear message (``problem``); anything
else is a bug and goes to the crash handler.  After a write succeeds, the
``db.changes.Change`` it declares (``change=``, a function of its result, or a
``Change`` the job returned) is announced to the ``FeatureHub``, and every
feature reloads what it shows from its ``on_change``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from db.changes import Change
from db.library import Library, LibraryError
from db.query import QueryError
from db.waiting import Waiting
from gui.feature import FeatureHub
from gui.memory import release_freed
from gui.waiting import open_for_job, waiting_text
from gui.worker import Task, Worker

Job = Callable[[Library, Task], Any]
DoneFn = Callable[[Any], None]
UserErrorFn = Callable[[BaseException], None]
ChangeOf = Change | Callable[[Any], Change] | None


@dataclass
class _Write:
    fn: Job
    on_done: DoneFn | None
    on_error: UserErrorFn | None
    on_progress: Callable[[Any], None] | None
    change: ChangeOf
    activity: str
    failure: str
    path: Path  # the library it was asked for, even if another is opened meanwhile
    task: Task | None = None


class Operations(QObject):
    """Runs library operations off the interface thread; see the module."""

    problem = Signal(str)  # a user's situation, as a message to show
    status = Signal(str)  # a passing note for the status bar (waiting for a writer)

    def __init__(
        self,
        worker: Worker,
        hub: FeatureHub | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.hub = hub
        self.lib: Library | None = None
        self._writes: deque[_Write] = deque()
        self._writing: _Write | None = None

    # -- Feature interface ---------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        pass

    # -- reading ---------------------------------------------------------------------
    def read(
        self,
        fn: Job,
        on_done: DoneFn | None = None,
        *,
        on_error: UserErrorFn | None = None,
        on_progress: Callable[[Any], None] | None = None,
        failure: str = "",
    ) -> Task | None:
        """Run ``fn(lib, task)`` on a connection of its own; ``on_done(result)`` after."""
        if self.lib is None:
            return None
        source = self.lib

        def job(task: Task) -> Any:
            lib = source.reopen()
            try:
                return fn(lib, task)
            finally:
                lib.close()
                release_freed()  # what a large read freed goes back to the system

        return self.worker.run(
            job,
            on_done,
            lambda exc, details: self._failed(exc, details, on_error, failure),
            on_progress,
        )

    # -- writing ---------------------------------------------------------------------
    def write(
        self,
        fn: Job,
        on_done: DoneFn | None = None,
        *,
        change: ChangeOf = None,
        on_error: UserErrorFn | None = None,
        on_progress: Callable[[Any], None] | None = None,
        activity: str = "the Duizhao window",
        failure: str = "",
    ) -> bool:
        """Queue a write; False (and a message) when no library is open or it is read-only."""
        if self.lib is None:
            return False
        if self.lib.read_only:
            error = LibraryError(self.tr("the library is read-only: nothing can be changed"))
            self._failed(error, "", on_error, failure)
            return False
        self._writes.append(
            _Write(fn, on_done, on_error, on_progress, change, activity, failure, self.lib.path)
        )
        self._next_write()
        return True

    def writing(self) -> bool:
        return self._writing is not None or bool(self._writes)

    def busy(self) -> bool:
        return self.writing() or self.worker.busy()

    def cancel_writes(self) -> None:
        """Drop the queued writes and ask the running one to stop (closing the window)."""
        self._writes.clear()
        if self._writing is not None and self._writing.task is not None:
            self._writing.task.cancel()

    def _next_write(self) -> None:
        if self._writing is not None or not self._writes:
            return
        op = self._writing = self._writes.popleft()
        path = op.path

        def job(task: Task) -> Any:
            lib = open_for_job(path, task, op.activity)
            try:
                return op.fn(lib, task)
            finally:
                lib.close()

        def done(result: Any) -> None:
            self._finish_write()
            try:
                if op.on_done is not None:
                    op.on_done(result)
            finally:
                self._announce(op.change, result)
                self._next_write()

        def failed(exc: BaseException, details: str) -> None:
            self._finish_write()
            try:
                self._failed(exc, details, op.on_error, op.failure)
            finally:
                self._next_write()

        def progress(value: Any) -> None:
            if isinstance(value, Waiting):
                self.status.emit(waiting_text(value))
            if op.on_progress is not None:
                op.on_progress(value)  # a Waiting record too (a dialog may show it)

        op.task = self.worker.run(job, done, failed, progress)

    def _finish_write(self) -> None:
        self._writing = None

    def announce(self, change: Change) -> None:
        """Tell every feature what a write changed (also after a write that stopped halfway)."""
        if self.hub is not None:
            self.hub.announce(change)

    def _announce(self, change: ChangeOf, result: Any) -> None:
        if callable(change):
            change = change(result)
        elif change is None and isinstance(result, Change):
            change = result
        if change is not None:
            self.announce(change)

    # -- errors ----------------------------------------------------------------------
    def _failed(
        self, exc: BaseException, details: str, on_error: UserErrorFn | None, failure: str
    ) -> None:
        if isinstance(exc, LibraryError | OSError | QueryError):
            if on_error is not None:
                on_error(exc)
            else:
                self.problem.emit(failure.format(exc) if failure else str(exc))
            return
        if self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc
