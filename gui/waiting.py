"""Background jobs that wait their turn when another program is changing the library.

``open_for_job`` opens a worker's own connection whose writes wait for another
writer (an import from the command line, another window) instead of failing;
the wait is reported through the task's progress as a ``Waiting`` record and
ends when the task is cancelled.  ``show_waiting`` puts it in the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from db.library import Library
from db.waiting import Waiting, make_waiter
from gui.worker import Task


def open_for_job(path: Path, task: Task, activity: str) -> Library:
    lib = Library.open(path, create=False)  # this thread's own connection
    lib.activity = activity
    lib.waiter = make_waiter(lib, task.cancelled, task.progress)
    return lib


def waiting_text(w: Waiting) -> str:
    return QCoreApplication.translate(
        "Waiting", "Waiting for {0} to finish with the library ({1} s)…"
    ).format(w.holder, int(w.seconds))


def show_waiting(window: QMainWindow, value: object) -> bool:
    """Show a ``Waiting`` report in the window's status bar; False for other progress."""
    if not isinstance(value, Waiting):
        return False
    window.statusBar().showMessage(waiting_text(value), 2000)
    return True
