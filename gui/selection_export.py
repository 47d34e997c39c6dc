"""Export Selection… (Ctrl+E): what is selected where the focus is, to a CSV file.

The window registers its *export sources*, one line each: the result list
(articles), the entity tree (entities, and mentions of the selected entities),
the figures table, the notes panel.  A source is a small object (``ExportSource``):
the ``widget`` whose focus selects it, a ``label()`` ("selected articles"), the
``selected_ids()`` and ``write(lib, path, ids)``, which calls the same ``db``
export the command line's ``export`` does (``db.export``, ``db.entity_export``,
so one CSV writer: BOM, formula cells neutralised by ``db.csvio``).

Ctrl+E exports through the source whose widget holds the focus (or the one that
held it last); the right-click menus of the result list, the tree and the figures
table offer each of their sources ("Export selected articles…").  The file is
written off the interface thread on a connection of its own, with a progress
dialog; the end is a status message naming the file and the rows written, and a
failure the user can act on (a folder that cannot be written, a full disk) is
said in words (``problem``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from db.changes import Change
from db.library import Library, LibraryError
from db.query import QueryError
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import action_text, progress_dialog
from gui.worker import Task, Worker

if TYPE_CHECKING:
    from gui.figures_view import FiguresView
    from gui.results_view import ResultsView

PROGRESS_DELAY_MS = 400  # a quick export shows no progress dialog


@runtime_checkable
class ExportSource(Protocol):
    """Something the window can export the selection of."""

    widget: QWidget  # focus on it (or inside it) makes Ctrl+E export this source

    def label(self) -> str:
        """What is exported, translated: "selected articles"."""
        ...

    def selected_ids(self) -> list[int]: ...

    def write(self, lib: Library, path: Path, ids: Sequence[int]) -> int:
        """Write the rows of ``ids`` to ``path`` (on a worker thread); return how many."""
        ...


class ArticlesSource:
    """The selected result rows (or the open article when none is selected): as search
    results with hits and snippets while a search text is shown (``db.export``)."""

    file_stem = "articles"

    def __init__(
        self,
        view: ResultsView,
        query: Callable[[], str] = lambda: "",
        fallback: Callable[[], int | None] = lambda: None,
    ) -> None:
        self.widget: QWidget = view
        self.view = view
        self.query = query
        self.fallback = fallback

    def label(self) -> str:
        return QCoreApplication.translate("SelectionExport", "selected articles")

    def selected_ids(self) -> list[int]:
        ids = self.view.selected_ids()
        if not ids and (current := self.fallback()) is not None:
            ids = [current]
        return ids

    def write(self, lib: Library, path: Path, ids: Sequence[int]) -> int:
        from db.export import export_articles, export_search

        query = self.query()
        if query:
            return export_search(lib, query, path, ids=list(ids))
        return export_articles(lib, path, list(ids))


class _EntityExport:
    """Entities, mentions or figures through ``db.entity_export.export``."""

    what = ""
    file_stem = ""

    def __init__(self, widget: QWidget, selected: Callable[[], list[int]]) -> None:
        self.widget = widget
        self._selected = selected

    def selected_ids(self) -> list[int]:
        return list(self._selected())

    def write(self, lib: Library, path: Path, ids: Sequence[int]) -> int:
        from db.entity_export import export

        return export(lib, self.what, path, ids=list(ids))


class EntitiesSource(_EntityExport):
    """The entities selected in the tree: both scripts' names, aliases, counts."""

    what = file_stem = "entities"

    def label(self) -> str:
        return QCoreApplication.translate("SelectionExport", "selected entities")


class MentionsSource(_EntityExport):
    """Every mention of the selected entities: article, offsets, sentence."""

    what = file_stem = "mentions"

    def label(self) -> str:
        return QCoreApplication.translate("SelectionExport", "mentions of selected entities")


class FiguresSource(_EntityExport):
    """The figures selected in the figures table."""

    what = file_stem = "figures"

    def __init__(self, view: FiguresView) -> None:
        super().__init__(view.table, view.selected_figure_ids)

    def label(self) -> str:
        return QCoreApplication.translate("SelectionExport", "selected figures")


class CallbackSource:
    """A source made of functions, for a panel with its own export (the notes panel)."""

    def __init__(
        self,
        widget: QWidget,
        label: Callable[[], str],
        selected: Callable[[], list[int]],
        write: Callable[[Library, Path, Sequence[int]], int],
        file_stem: str = "duizhao",
    ) -> None:
        self.widget = widget
        self._label, self._selected, self._write = label, selected, write
        self.file_stem = file_stem

    def label(self) -> str:
        return self._label()

    def selected_ids(self) -> list[int]:
        return list(self._selected())

    def write(self, lib: Library, path: Path, ids: Sequence[int]) -> int:
        return self._write(lib, path, ids)


class SelectionExporter(QObject):
    """Ctrl+E and the export entries of the context menus, for every registered source."""

    statusMessage = Signal(str)
    problem = Signal(str)  # an export failed for a reason the user can act on
    exported = Signal(str, int)  # path, rows written

    def __init__(self, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.parent_widget = parent
        self.sources: list[ExportSource] = []
        self._lib: Library | None = None
        self._last: ExportSource | None = None
        # asks where to write: (dialog title, suggested path) -> path or None
        self.choose_path: Callable[[str, str], str | None] = self._ask_path
        self.action = QAction(parent)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.triggered.connect(lambda _checked=False: self.export_current())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    # -- Feature -------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self._lib = lib

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Export Selection…"))
        self.action.setToolTip(self.tr("Export what is selected where the focus is, to CSV"))

    # -- sources -------------------------------------------------------------
    def add(self, source: ExportSource) -> ExportSource:
        self.sources.append(source)
        return source

    def source_for(self, widget: QWidget | None) -> ExportSource | None:
        """The first source whose widget is ``widget`` or holds it."""
        while widget is not None:
            for source in self.sources:
                if source.widget is widget:
                    return source
            widget = widget.parentWidget()
        return None

    def current_source(self) -> ExportSource | None:
        """The source of the focused widget, else the one focused last, else the first."""
        source = self.source_for(QApplication.focusWidget())
        if source is None and self._last in self.sources:
            source = self._last
        if source is None and self.sources:
            source = self.sources[0]
        return source

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        source = self.source_for(new)
        if source is not None:
            self._last = source

    # -- menus ---------------------------------------------------------------
    def menu_text(self, source: ExportSource) -> str:
        return action_text(self.tr("Export %s…") % source.label())

    def add_menu_actions(self, menu: QMenu, sources: Sequence[ExportSource]) -> list[QAction]:
        """Add "Export selected …" entries for ``sources`` to ``menu`` (disabled when
        nothing of theirs is selected).  The entity panel's owner calls this from its
        own context menu."""
        if not menu.isEmpty() and sources:
            menu.addSeparator()
        added = []
        for source in sources:
            action = menu.addAction(self.menu_text(source))
            action.triggered.connect(lambda _checked=False, s=source: self.export_source(s))
            action.setEnabled(bool(source.selected_ids()))
            added.append(action)
        return added

    def build_menu(self, sources: Sequence[ExportSource]) -> QMenu:
        menu = QMenu(self.parent_widget)
        self.add_menu_actions(menu, sources)
        return menu

    def install_menu(self, widget: QWidget, sources: Sequence[ExportSource]) -> None:
        """Give ``widget`` (a view without a menu of its own) a context menu of ``sources``."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        target = widget.viewport() if hasattr(widget, "viewport") else widget

        def show(pos: QPoint) -> None:
            menu = self.build_menu(sources)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(target.mapToGlobal(pos))

        widget.customContextMenuRequested.connect(show)

    # -- exporting -----------------------------------------------------------
    def export_current(self) -> None:
        """Ctrl+E: the selection of the source where the focus is."""
        source = self.current_source()
        if source is None:
            self.statusMessage.emit(self.tr("Nothing selected to export"))
            return
        self.export_source(source)

    def export_source(self, source: ExportSource) -> None:
        """Ask for a file and export the selection of ``source`` to it."""
        ids = source.selected_ids()
        if self._lib is None or not ids:
            self.statusMessage.emit(self.tr("Nothing selected to export"))
            return
        stem = getattr(source, "file_stem", "duizhao")
        path = self.choose_path(self.menu_text(source).replace("&&", "&"), f"{stem}.csv")
        if path:
            self.export(source, path, ids)

    def _ask_path(self, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(Path.home() / suggested), "CSV (*.csv)"
        )
        return path or None

    def export(self, source: ExportSource, path: str | Path, ids: Sequence[int]) -> None:
        """Write ``ids`` of ``source`` to ``path`` off the interface thread."""
        if self._lib is None:
            return
        lib_path, target, ids = self._lib.path, Path(path), list(ids)

        def job(_task: Task) -> int:
            lib = Library.open(lib_path, create=False)
            try:
                return source.write(lib, target, ids)
            finally:
                lib.close()

        progress = progress_dialog(self.parent_widget)
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setLabelText(self.tr("Writing %s…") % target.name)
        progress.setCancelButton(None)  # the file appears whole or not at all
        progress.setRange(0, 0)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.statusMessage.emit(self.tr("Exporting %s…") % source.label())

        def done(rows: int) -> None:
            progress.reset()
            progress.deleteLater()
            if rows == 1:
                text = self.tr("Exported 1 row to %s") % target.name
            else:
                text = self.tr("Exported %s rows to %s") % (f"{rows:,}", target.name)
            self.statusMessage.emit(text)
            self.exported.emit(str(target), rows)

        def failed(exc: BaseException, details: str) -> None:
            progress.reset()
            progress.deleteLater()
            if isinstance(exc, LibraryError | OSError | QueryError):
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                message = self.tr("Could not export to %s: %s") % (target.name, reason)
                self.statusMessage.emit(message)
                self.problem.emit(message)
            elif self.worker.on_unhandled is not None:
                self.worker.on_unhandled(exc, details)
            else:
                raise exc

        self.worker.run(job, done, failed)


__all__ = [
    "ArticlesSource",
    "CallbackSource",
    "EntitiesSource",
    "ExportSource",
    "FiguresSource",
    "MentionsSource",
    "SelectionExporter",
]
