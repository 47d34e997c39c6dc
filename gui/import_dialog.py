"""Importing files into the library: a cancellable progress dialog, then a summary.

The import is a write through ``gui.operations`` (its own connection, one write
at a time); the window stays responsive.  Broken files are listed in the summary with the
reason, and files imported with a warning (a PDF whose scanned pages have no
text) with the warning; a problem with the library itself (locked, disk full) ends the import
with a clear message, and whatever was imported before stays imported.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.changes import Change
from db.importer import ImportProgress, ImportReport, import_paths
from db.library import Library
from db.waiting import Waiting
from gui.plain import label, progress_dialog, tooltip
from gui.waiting import waiting_text
from gui.worker import Task
from text.files import DEFAULT_MAX_BYTES, display_path
from text.reader import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from gui.operations import Operations

IMPORT_FILTER = f"Articles ({' '.join('*' + s for s in SUPPORTED_SUFFIXES)});;All files (*)"


class ImportSummary(QDialog):
    """What an import did, with every failed file and why, and every file's warnings."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import finished"))
        self.report = report
        lines = [
            self.tr("Files found: {0}").format(report.found),
            self.tr("Imported: {0}").format(len(report.added)),
            self.tr("Already in the library: {0}").format(len(report.duplicates)),
            self.tr("Failed: {0}").format(len(report.failed)),
        ]
        if report.warnings:
            lines.append(self.tr("Imported with warnings: {0}").format(report.warned_files))
        if report.not_reached:
            lines.append(self.tr("Not reached: {0}").format(report.not_reached))
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; the files before it stay imported."))
        self.label = label("\n".join(lines))
        self.failures = self._file_list("failures", self.tr("Problem"), report.failed)
        self.warnings = self._file_list("warnings", self.tr("Warning"), report.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.failures, 1)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(buttons)
        if report.failed or report.warnings:
            self.resize(720, 360)

    def _file_list(self, name: str, heading: str, rows: Sequence[tuple[Path, str]]) -> QTreeWidget:
        """Files with what is said of each (a failure's reason, a warning), hidden when none."""
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels([self.tr("File"), heading])
        tree.setRootIsDecorated(False)
        for path, words in rows:
            shown = display_path(path)
            item = QTreeWidgetItem([shown, words])
            item.setToolTip(0, tooltip(shown))
            item.setToolTip(1, tooltip(words))
            tree.addTopLevelItem(item)
        tree.resizeColumnToContents(0)
        tree.setVisible(bool(rows))
        return tree

    def failed_rows(self) -> list[tuple[str, str]]:
        return _rows(self.failures)

    def warning_rows(self) -> list[tuple[str, str]]:
        return _rows(self.warnings)


def _rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


class ImportJob(QObject):
    """One import: progress dialog while it runs, summary dialog when done."""

    finished = Signal(object)  # ImportReport
    failed = Signal(str)  # a message for the user

    def __init__(
        self,
        ops: Operations,
        paths: Sequence[Path | str],
        parent: QWidget,
        *,
        max_mb: int = DEFAULT_MAX_BYTES >> 20,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.max_bytes = max_mb << 20  # files larger than this are reported, not read
        self.paths = [Path(p) for p in paths]
        self.parent_widget = parent
        self.report: ImportReport | None = None
        self.summary: ImportSummary | None = None
        self.progress = progress_dialog(parent)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Importing"))
        self.progress.setLabelText(self.tr("Looking for files…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setRange(0, 0)
        self.task: Task | None = None
        self.stop = threading.Event()

    def start(self) -> bool:
        """Queue the import as a write; False when the library cannot take it."""
        self.progress.show() if self.ops.worker.sync else self.progress.open()
        self.progress.canceled.connect(self._cancel)
        paths, max_bytes, stop = self.paths, self.max_bytes, self.stop

        def job(lib: Library, task: Task) -> ImportReport:
            self.task = task
            return import_paths(
                lib,
                paths,
                progress=task.progress,
                cancelled=lambda: stop.is_set() or task.cancelled(),
                max_bytes=max_bytes,
            )

        return self.ops.write(
            job,
            self._done,
            change=lambda r: Change(articles=True, article_ids=frozenset(i for _, i in r.added)),
            on_error=self._error,
            on_progress=self._progress,
            activity="an import in the Duizhao window",
        )

    def _cancel(self) -> None:
        self.stop.set()
        self.progress.setLabelText(self.tr("Cancelling…"))

    def _progress(self, p: ImportProgress | Waiting) -> None:
        if isinstance(p, Waiting):
            self.progress.setLabelText(waiting_text(p))
            return
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(p.done)
        if p.phase == "lists":
            self.progress.setLabelText(
                self.tr("Preparing fast search for common two-character words: {0} of {1}").format(
                    p.done, p.total
                )
            )
            return
        name = display_path(p.path.name) if p.path else ""
        self.progress.setLabelText(self.tr("{0} of {1} files · {2}").format(p.done, p.total, name))

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self._cancel)
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()

    def _done(self, report: ImportReport) -> None:
        self._close_progress()
        self.report = report
        self.summary = ImportSummary(report, self.parent_widget)
        self.summary.open()
        self.finished.emit(report)

    def _error(self, exc: BaseException) -> None:
        self._close_progress()
        self.failed.emit(
            self.tr("The import stopped: {0}\nArticles imported before stay imported.").format(exc)
        )
        self.ops.announce(Change(articles=True))  # what was imported before stays
