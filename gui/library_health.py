"""Looking after the library from the window: a quick check when a library opens (in the
background), with an offer to repair what it finds, and File ▸ Back Up Library….

The work is ``db.health`` and ``db.backup`` run through ``gui.operations``, each
job on its own connection; this module only asks and tells.  A repair announces
that the whole library changed, and every panel reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from db.backup import backup_library
from db.changes import LIBRARY_REPLACED, Change
from db.health import CheckReport, RepairReport, check_library, repair_library
from db.library import Library
from gui.operations import Operations
from gui.plain import message_box
from gui.worker import Task


class LibraryHealth(QObject):
    """Feature: the quick check when a library opens, repair, and File ▸ Back Up Library…"""

    def __init__(self, window: QMainWindow, ops: Operations) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.lib_path: Path | None = None
        self.read_only = False
        self.report: CheckReport | None = None
        self.offer: QMessageBox | None = None
        self.backup_action = QAction(window)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.backup_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back Up Library…"))

    def on_change(self, change: Change) -> None:
        if change.library and self.ops.lib is not None:
            self.set_library(self.ops.lib)  # repaired: checked again

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _problem(self, text: str) -> None:
        box = message_box(self.window, "Duizhao", text)
        box.open()
        self.offer = box

    # -- the quick check on open ----------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib_path = None if lib is None else lib.path
        self.read_only = lib is not None and lib.read_only
        self.report = None
        self.backup_action.setEnabled(lib is not None)
        if lib is None:
            return
        path = lib.path

        def job(own: Library, task: Task) -> CheckReport:
            return check_library(own, quick=True, cancelled=task.cancelled)

        self.ops.read(job, lambda r: self._checked(path, r), on_error=lambda exc: None)

    def _checked(self, path: Path, report: CheckReport) -> None:
        if path != self.lib_path:
            return  # another library was opened meanwhile
        self.report = report
        if report.ok:
            return
        text = self.tr("A quick check of {0} found:\n\n{1}").format(
            path.name, "\n".join(f"• {p}" for p in report.problems)
        )
        buttons = QMessageBox.StandardButton.Close
        if report.file_problems:
            text += "\n\n" + self.tr(
                "The damage is in the file itself: restore a backup of the library."
            )
        if report.repairable and not self.read_only:
            text += "\n\n" + self.tr(
                "Repair rebuilds the search index and the counts from the stored texts, "
                "after copying the library."
            )
            buttons |= QMessageBox.StandardButton.Yes
        box = message_box(self.window, self.tr("Library check"), text)
        box.setStandardButtons(buttons)
        box.setObjectName("healthOffer")
        repair = box.button(QMessageBox.StandardButton.Yes)
        if repair is not None:
            repair.setText(self.tr("Repair"))
            repair.clicked.connect(self.repair)
        self.offer = box
        box.open()

    # -- repair ----------------------------------------------------------------------
    def repair(self) -> None:
        path = self.lib_path
        if path is None:
            return

        def job(own: Library, task: Task) -> RepairReport:
            return repair_library(
                own, progress=lambda d, t: task.progress((d, t)), cancelled=task.cancelled
            )

        self._status(self.tr("Repairing the library…"))
        self.ops.write(
            job,
            self._repaired,
            change=LIBRARY_REPLACED,
            on_error=self._failed,
            activity=self.tr("a repair in the Duizhao window"),
        )

    def _repaired(self, done: RepairReport) -> None:
        self.report = None
        self._status(
            self.tr("Search index rebuilt from {0} articles; a copy was kept as {1}").format(
                done.indexed, done.backup.name
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self._problem(self.tr("The library could not be changed: {0}").format(exc))

    # -- backup ----------------------------------------------------------------------
    def backup_dialog(self) -> None:
        if self.lib_path is None:
            return
        suggested = self.lib_path.with_name(self.lib_path.stem + "-backup.duizhao")
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up library"),
            str(suggested),
            "Duizhao library (*.duizhao);;All files (*)",
        )
        if out:
            self.backup_to(Path(out))

    def backup_to(self, out: Path) -> None:
        path = self.lib_path
        if path is None:
            return

        def job(own: Library, _task: Task) -> Path:
            return backup_library(own, out)

        self._status(self.tr("Backing up the library…"))
        self.ops.read(
            job,
            lambda p: self._status(self.tr("The library was copied to {0}").format(p)),
            on_error=self._failed,
        )
