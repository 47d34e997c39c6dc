"""Run a plain function off the GUI thread; deliver its result or error on the GUI thread.

``Worker.run(fn, on_done, on_error, on_progress)`` calls ``fn(task)`` on a
``QThreadPool``.  ``task.progress(value)`` reports progress (delivered to
``on_progress`` on the GUI thread) and ``task.cancelled()`` tells the function
to stop early.  Functions that need the library open their own connection in
the worker thread (``lib.reopen()``): a connection is never shared between
threads.  With ``sync=True`` (tests, screenshots) the function runs at once on
the calling thread and the callbacks are called before ``run`` returns.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)


class Task:
    """What a running job sees: a progress reporter and a cancel flag."""

    def __init__(self, report: Callable[[object], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    def progress(self, value: object) -> None:
        if self._report is not None and not self._cancel.is_set():
            self._report(value)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the pool are queued to it."""

    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], task: Task, relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.task = task
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn(self.task)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.done.emit(result)


DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException, str], None]
ProgressFn = Callable[[Any], None]


class Worker(QObject):
    """One helper for all background work of a window."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sync: bool = False,
        pool: QThreadPool | None = None,
        on_unhandled: ErrorFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.pool = pool or QThreadPool.globalInstance()
        self.on_unhandled = on_unhandled
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[Task], Any],
        on_done: DoneFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
    ) -> Task:
        error = on_error or self.on_unhandled
        if self.sync:
            task = Task(on_progress)
            try:
                result = fn(task)
            except Exception as exc:
                if error is None:
                    raise
                error(exc, traceback.format_exc())
            else:
                if on_done is not None:
                    on_done(result)
            return task
        relay = _Relay(self)
        self._relays.add(relay)
        task = Task(relay.progressed.emit)
        if on_progress is not None:
            relay.progressed.connect(on_progress)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        def done(result: object) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            finish()
            if error is not None:
                error(exc, details)
            else:
                raise exc

        relay.done.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Job(fn, task, relay))
        return task

    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued jobs have finished (used when closing)."""
        return self.pool.waitForDone(msecs)
