"""Keeping, composed once: the reader's highlights, the Notes panel and the Saved searches
panel, registered with the window's feature hub and wired to what the window does.

The window gives what only it knows (how to open an article, how to run a search
specification, what the current one is, where messages go) and adds the two
panels and the actions to its layout and menus; everything else is here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from db.spec import SearchSpec
from gui.feature import FeatureHub
from gui.notes_panel import NotesPanel
from gui.reader import Reader
from gui.saved_panel import SavedPanel
from gui.worker import Worker

PASSAGE_TRIES = 60  # times 50 ms: how long a passage waits for its article to open


class Keeping(QObject):
    def __init__(
        self,
        hub: FeatureHub,
        worker: Worker,
        reader: Reader,
        *,
        open_article: Callable[[int], None],
        run_spec: Callable[[SearchSpec], None],
        current_spec: Callable[[], SearchSpec | None],
        show_message: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.open_article = open_article
        self.highlights = reader.highlights
        self.highlights.worker = worker
        self.notes_panel = NotesPanel(worker)
        self.saved_panel = SavedPanel(worker, current_spec=current_spec)
        for feature in (self.highlights, self.notes_panel, self.saved_panel):
            hub.register(feature)
            feature.changed.connect(hub.announce)
        self.highlights.message.connect(show_message)
        self.notes_panel.statusMessage.connect(show_message)
        self.saved_panel.statusMessage.connect(show_message)
        self.notes_panel.articleChosen.connect(self.open_note)
        self.saved_panel.specChosen.connect(run_spec)
        self._passage: tuple[int, int, int] | None = None  # (article, start, end) to show
        self._tries = 0

    def actions(self) -> list[QAction]:
        """For the Edit menu: Highlight…, Note on Article…, Save Current Search…."""
        h = self.highlights
        return [h.highlight_action, h.note_action, self.saved_panel.save_action]

    def open_note(self, article_id: int, start: int, end: int) -> None:
        """Open the article of a note and, for a highlight, go to its passage (once the
        reader shows the article, should the window open it later)."""
        self._passage = (article_id, start, end) if start >= 0 else None
        self._tries = 0
        self.open_article(article_id)
        self._show_passage()

    def _show_passage(self) -> None:
        if self._passage is None:
            return
        article = self.reader.article
        if article is None or article.id != self._passage[0]:
            self._tries += 1
            if self._tries <= PASSAGE_TRIES:  # not open yet: look again shortly
                QTimer.singleShot(50, self._show_passage)
            else:
                self._passage = None
            return
        _aid, start, end = self._passage
        self._passage = None
        self.highlights.show_passage(start, end)
