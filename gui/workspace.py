"""The analyst's tools around the search, composed once for the main window.

Notes, highlights and saved searches (``Keeping``), the timeline and network
views, the dictionary look-up, pinyin completion and regional words: each is a
feature of its own module; this puts them in their places (tabs, a dock, the
search bar, menus) and connects them to the window's search state, so the main
window only calls :func:`compose`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from db.notes_export import export_notes
from gui import facets_and_exports
from gui.citation import interface_words
from gui.keeping import Keeping
from gui.notes_panel import NotesPanel
from gui.pinyin_completion import PinyinCompletion
from gui.regional_toggle import RegionalToggle
from gui.selection_export import CallbackSource
from gui.views_panel import ViewsPanel

if TYPE_CHECKING:
    from db.library import Library
    from gui.mainwindow import MainWindow

VIEWS_SHORTCUT = "Ctrl+Shift+T"


def notes_source(panel: NotesPanel, owner: QObject) -> CallbackSource:
    """Ctrl+E in the Notes panel: the selected notes, with citations in the interface
    language (the words are taken on the interface thread)."""

    def write(lib: Library, path: Path, ids: Sequence[int]) -> int:
        return export_notes(lib, path, ids=ids, words=words[0])

    words = [interface_words()]

    def selected() -> list[int]:
        words[0] = interface_words()
        return [n.id for n in panel.selected_notes()]

    return CallbackSource(
        panel.tree, lambda: owner.tr("selected notes"), selected, write, "duizhao-notes"
    )


class Workspace(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = window
        self.keeping = Keeping(
            w.hub,
            w.worker,
            w.reader,
            open_article=w.open_article,
            run_spec=w.state.set_spec,
            current_spec=w.state.spec,
            show_message=lambda m: w.statusBar().showMessage(m, 5000),
            parent=w,
        )
        k = self.keeping
        w.add_view(k.notes_panel, lambda: self.tr("Notes"), register=False)
        w.add_view(k.saved_panel, lambda: self.tr("Saved Searches"), register=False)
        w.edit_menu.addSeparator()
        w.edit_menu.addActions(k.actions())

        self.views = ViewsPanel(w, worker=w.worker)
        w.hub.register(self.views)
        dock = self.views.dock(w)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()  # shown from the View menu; the window remembers it
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(VIEWS_SHORTCUT))
        w.view_menu.addSeparator()
        w.view_menu.addAction(toggle)
        w.view_menu.addAction(w.reader.dictionary_popup.lookup_action)
        w.state.changed.connect(self.views.set_spec)
        self.views.periodChosen.connect(w.state.set_dates)
        self.views.entityChosen.connect(w.entity_panel.select_entity)

        self.pinyin = w.hub.register(PinyinCompletion(w.search_bar.edit, w))
        self.pinyin.busy = w.ops.writing  # its warm-up waits for imports and extraction
        self.regional = RegionalToggle(w)
        w.hub.register(self.regional)
        w.search_bar.layout().insertWidget(2, self.regional)
        w.runner.expand = self.regional.expand  # the search runs with the added words
        self.regional.toggled.connect(lambda _on: w.runner.run())

        self.facets, self.selection_export = facets_and_exports.install(w)
        w.middle.tabBar().moveTab(w.middle.indexOf(self.facets), 1)  # beside the results
        w.facets, w.selection_export = self.facets, self.selection_export
        self.selection_export.add(notes_source(k.notes_panel, self))
