"""Importing from the window: File ▸ Import Files… / Import Folder…

Each import is an ``ImportJob`` (progress dialog, summary) run as a write
through ``gui.operations``; one runs at a time.  When it ends it announces the
new articles, and the result list, the counts and the extraction follow from
that announcement.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from db.changes import Change
from gui.import_dialog import IMPORT_FILTER, ImportJob

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.library import Library
    from gui.operations import Operations


class ImportFeature(QObject):
    def __init__(self, ops: Operations, parent: QWidget, max_mb: Callable[[], int]) -> None:
        super().__init__(parent)
        self.ops = ops
        self.parent_widget = parent
        self.max_mb = max_mb
        self.lib: Library | None = None
        self.job: ImportJob | None = None
        self.files_action = QAction(parent)
        self.files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.files_action.triggered.connect(lambda _c=False: self.import_files_dialog())
        self.folder_action = QAction(parent)
        self.folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.folder_action.triggered.connect(lambda _c=False: self.import_folder_dialog())
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.files_action, self.folder_action]

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        for action in self.actions():
            action.setEnabled(lib is not None and not lib.read_only)

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        self.files_action.setText(self.tr("&Import Files…"))
        self.folder_action.setText(self.tr("Import &Folder…"))

    # -- importing -----------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import files"), str(Path.home()), IMPORT_FILTER
        )
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Import folder"), str(Path.home())
        )
        if path:
            self.import_paths([path])

    def import_paths(self, paths: list[str] | list[Path]) -> ImportJob | None:
        if self.lib is None:
            return None
        if self.job is not None:
            self.ops.problem.emit(self.tr("An import is already running."))
            return None
        job = ImportJob(self.ops, paths, self.parent_widget, max_mb=self.max_mb())
        self.job = job
        job.finished.connect(self._ended)
        job.failed.connect(self._failed)
        if not job.start():
            self.job = None
            return None
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.stop.set()

    def _ended(self, _report: object) -> None:
        self.job = None

    def _failed(self, message: str) -> None:
        self.job = None
        self.ops.problem.emit(message)
