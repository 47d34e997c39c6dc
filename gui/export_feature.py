"""Exporting from the window: File ▸ Export Selection… (Ctrl+E) / Export All Results…

The CSV is written by ``db.export`` as a read through ``gui.operations`` (its
own connection, off the interface thread): the selected result rows (or the
open article), or every result, as search results with hits and snippets when
a search text is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from db.changes import Change

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations
    from gui.reader import Reader
    from gui.results_view import ResultsView
    from gui.search_runner import SearchRunner
    from gui.worker import Task


class ExportFeature(QObject):
    message = Signal(str)

    def __init__(
        self,
        ops: Operations,
        parent: QWidget,
        results: ResultsView,
        reader: Reader,
        runner: SearchRunner,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.parent_widget = parent
        self.results, self.reader, self.runner = results, reader, runner
        self.lib: Library | None = None
        self.selection_action = QAction(parent)
        self.selection_action.setShortcut(QKeySequence("Ctrl+E"))
        self.selection_action.triggered.connect(lambda _c=False: self.export_dialog(False))
        self.all_action = QAction(parent)
        self.all_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.all_action.triggered.connect(lambda _c=False: self.export_dialog(True))
        self.retranslate()

    def actions(self) -> list[QAction]:
        return [self.selection_action, self.all_action]

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        self.selection_action.setText(self.tr("&Export Selection…"))
        self.all_action.setText(self.tr("Export &All Results…"))

    # -- exporting -----------------------------------------------------------------
    def export_dialog(self, all_results: bool) -> None:
        ids = list(self.results.results_model().ids) if all_results else self.selected_ids()
        if self.lib is None or not ids:
            self.message.emit(self.tr("Nothing selected to export"))
            return
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export to CSV"),
            str(Path.home() / "duizhao.csv"),
            "CSV (*.csv)",
        )
        if path:
            self.export_to(path, ids)

    def selected_ids(self) -> list[int]:
        """The selected result rows, or the open article when no row is selected."""
        ids = self.results.selected_ids()
        if not ids and self.reader.article is not None:
            ids = [self.reader.article.id]
        return ids

    def export_to(self, path: str | Path, ids: list[int]) -> None:
        """Write ``ids`` (as search results when a search is shown) to a CSV file."""
        query = self.runner.query_text if self.runner.query is not None else ""
        variant = self.reader.current_conversion()  # the conversion the reader shows

        def job(lib: Library, _task: Task) -> int:
            from db.export import export_articles, export_search

            if query:
                return export_search(lib, query, path, ids=ids, variant=variant)
            return export_articles(lib, path, ids, variant=variant)

        self.message.emit(self.tr("Exporting {0} articles…").format(len(ids)))
        self.ops.read(
            job,
            lambda n: self.message.emit(self.tr("Exported {0} articles to {1}").format(n, path)),
            failure=self.tr("The export failed: {0}"),
        )
