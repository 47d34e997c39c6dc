"""Entity extraction from the window: Entities ▸ Extract Entities / Stop Extraction.

The extraction is a write through ``gui.operations`` (its own connection,
waiting for another writer, one write at a time); a progress bar in the status
bar follows it.  When it ends it announces that the entities changed, and the
panels reload from that.  ``extract_if_pending`` starts it for articles not yet
processed (a new library, an import, a run that was interrupted).  Unless the job
is tiny, it runs in a process of its own (``db.extraction_child``) that recognises
in worker processes on every core (``db.extraction_processes``) and stores their
results; the operation's thread only relays its progress, Stop Extraction ends it.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QWidget

from db.changes import Change
from db.extraction import extract_library, has_pending, pending_articles
from db.extraction_child import extract_in_child
from db.extraction_processes import auto_jobs
from gui.worker import Task

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations


# Characters of pending text below which the window extracts in its worker thread: more
# would hold the interpreter lock long enough for keys to wait (a process starts in
# about a second and answers the rest of the time).
IN_PROCESS_BELOW = 30_000
SWITCH_SECONDS = 0.001  # the interpreter's thread switch interval while extraction runs


class ExtractionFeature(QObject):
    message = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.lib: Library | None = None
        self.auto = True  # find entities in newly imported articles
        # Recognition processes: None uses every core unless the job is tiny.
        self.jobs: int | None = None
        self.stop = threading.Event()
        self.running = False
        self.extract_action = QAction(parent)
        self.extract_action.triggered.connect(lambda _c=False: self.start())
        self.cancel_action = QAction(parent)
        self.cancel_action.triggered.connect(lambda _c=False: self.cancel())
        self.cancel_action.setEnabled(False)
        self.progress_bar = QProgressBar(parent)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setVisible(False)
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.extract_action, self.cancel_action]

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib

    def on_change(self, change: Change) -> None:
        if change.articles and not change.entities:
            self.extract_if_pending()  # an import (or one that stopped halfway)

    def retranslate(self) -> None:
        self.extract_action.setText(self.tr("&Extract Entities"))
        self.cancel_action.setText(self.tr("&Stop Extraction"))
        self.progress_bar.setFormat(self.tr("Entities %v/%m"))

    # -- running -------------------------------------------------------------------
    def extract_if_pending(self) -> None:
        """Find entities in articles not yet processed (e.g. a new default library)."""
        if self.lib is None or not self.auto or self.lib.read_only:
            return

        def found(pending: bool) -> None:
            if pending:
                QTimer.singleShot(300, self.start)

        # off the interface thread: with nothing pending the check reads every
        # article's state (0.66 s at a million articles, on every start)
        self.ops.read(lambda lib, task: has_pending(lib), found, on_error=lambda exc: None)

    def start(self) -> None:
        if self.lib is None or self.running:
            return

        stop = self.stop = threading.Event()
        jobs = self.jobs

        def job(lib: Library, task: Task) -> int:
            ids = pending_articles(lib)
            n = jobs if jobs is not None else auto_jobs(lib, ids, IN_PROCESS_BELOW)
            cancelled = lambda: stop.is_set() or task.cancelled()  # noqa: E731
            if n > 1:
                # Reading, recognising and storing all run in a process of their own:
                # this thread only waits on a pipe, and the interpreter lock stays free
                # for the interface's keys.
                return extract_in_child(
                    lib.path,
                    ids,
                    jobs=n,
                    progress=lambda done, total: task.progress((done, total)),
                    waiting=task.progress,
                    cancelled=cancelled,
                    activity=lib.activity,
                )
            # A small job, here: meanwhile the interface thread waits for the interpreter
            # lock at most 1 ms (instead of 5) at each step of a key's handling.
            previous = sys.getswitchinterval()
            sys.setswitchinterval(min(previous, SWITCH_SECONDS))
            try:
                return extract_library(
                    lib,
                    ids,
                    progress=lambda done, total: task.progress((done, total)),
                    cancelled=cancelled,
                    jobs=1,
                )
            finally:
                sys.setswitchinterval(previous)

        self.running = True
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.cancel_action.setEnabled(True)
        self.extract_action.setEnabled(False)
        queued = self.ops.write(
            job,
            self._done,
            change=Change(entities=True),
            on_error=self._failed,
            on_progress=self._progress,
            activity=self.tr("entity extraction in the Duizhao window"),
        )
        if not queued:
            self._ended()

    def cancel(self) -> None:
        self.stop.set()

    def _progress(self, value: object) -> None:
        if not isinstance(value, tuple):
            return  # waiting for another writer: the status bar says so
        done, total = value
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _ended(self) -> None:
        self.running = False
        self.progress_bar.setVisible(False)
        self.cancel_action.setEnabled(False)
        self.extract_action.setEnabled(True)

    def _done(self, count: int) -> None:
        self._ended()
        self.message.emit(self.tr("Entities extracted from {0} articles").format(count))

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.ops.problem.emit(self.tr("Entity extraction stopped: {0}").format(exc))
        self.ops.announce(Change(entities=True))  # the batches before the error are kept
