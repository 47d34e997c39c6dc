"""The library as the window shows it: File ▸ New / Open / Open Recent, the window
title, the article count in the status bar and the search bar's name completions
(read off the interface thread).

A feature like the panels: after a change of the articles the count follows,
after a change of the entities the completions do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from db.articles import article_count
from db.changes import Change
from db.entities import list_entities
from gui import plain

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations
    from gui.search_bar import SearchBar
    from gui.settings import Settings
    from gui.worker import Task

LIBRARY_FILTER = "Duizhao library (*.duizhao);;All files (*)"

COMPLETED_PER_TYPE = 10_000  # entities of a type whose names the search box completes


class LibraryMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        search_bar: SearchBar,
        open_path: Callable[[str], bool],
        ops: Operations,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.search_bar = window, settings, search_bar
        self.ops = ops
        self.open_path = open_path
        self.lib: Library | None = None
        self.count_label = plain.label("", window)
        self.new_action = QAction(window)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(lambda _c=False: self.new_library())
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(lambda _c=False: self.open_library_dialog())
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        if lib is not None:
            self.settings.add_recent_library(lib.path)
        self._load_completions()
        self.retranslate()

    def on_change(self, change: Change) -> None:
        if change.touches_articles():
            self._update_count()
        if change.touches_entities():
            self._load_completions()

    def retranslate(self) -> None:
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.new_action.setText(self.tr("&New Library…"))
        self.open_action.setText(self.tr("&Open Library…"))
        name = self.lib.path.name if self.lib is not None else self.tr("no library")
        self.window.setWindowTitle(plain.window_title(self.tr("{0} — Duizhao").format(name)))
        self._update_count()

    # -- what the window shows -------------------------------------------------------
    def _update_count(self) -> None:
        n = article_count(self.lib) if self.lib is not None else 0
        self.count_label.setText(self.tr("{0} articles in the library").format(f"{n:,}"))

    def _load_completions(self) -> None:
        """The entities' names in both scripts and their aliases, read off the interface
        thread; of the ``COMPLETED_PER_TYPE`` most mentioned of each type (a library of a
        million articles names millions of things)."""
        if self.lib is None:
            self.search_bar.set_completions([])
            return

        def job(lib: Library, _task: Task) -> list[str]:
            names: list[str] = []
            for e in list_entities(lib, per_type=COMPLETED_PER_TYPE):
                names += [e.name_hans, e.name_hant, *e.aliases]
            return [n for n in names if n]

        self.ops.read(job, self.search_bar.set_completions, on_error=lambda _exc: None)

    # -- choosing a library -----------------------------------------------------------
    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New library"),
            str(Path.home() / "library.duizhao"),
            LIBRARY_FILTER,
        )
        if path:
            if not path.endswith(".duizhao"):
                path += ".duizhao"
            self.open_path(path)

    def open_library_dialog(self) -> None:
        start = str(self.lib.path.parent) if self.lib is not None else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open library"), start, LIBRARY_FILTER
        )
        if path:
            self.open_path(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_libraries
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(plain.action_text(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_library(path)
            self.problem(self.tr("The library {0} no longer exists.").format(path))
            return
        self.open_path(path)

    def problem(self, text: str) -> None:
        show = getattr(self.window, "show_problem", None)
        if show is not None:
            show(text)
