"""From the result list to the reader: which article is open, with its hits and mentions.

Moving through the results opens the current article once the keys stop (a
zero timer): the list never waits for a conversion to finish.  The article, its
mentions and the library-wide counts of their entities are read in three
queries; after a change of the entities the open article's marks are read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from db.articles import get_article
from db.changes import Change
from db.entities import article_mentions, entity_counts
from gui.reader import Mention, Reader, mentions_from

if TYPE_CHECKING:
    from db.library import Library
    from gui.results_view import ResultsView
    from gui.search_runner import SearchRunner


class Reading(QObject):
    """Feature: opens the chosen result in the reader."""

    def __init__(
        self, runner: SearchRunner, results: ResultsView, reader: Reader, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.runner, self.results, self.reader = runner, results, reader
        self.lib: Library | None = None
        self.pending: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.open_pending_article)
        results.currentArticleChanged.connect(self.schedule_article)
        results.articleActivated.connect(self.activate_article)
        runner.emptied.connect(lambda: self.reader.set_article(None))

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        self.timer.stop()
        self.pending = None
        self.reader.set_article(None)

    def on_change(self, change: Change) -> None:
        article = self.reader.article
        if article is None or self.lib is None:
            return
        if change.touches_entities():
            mentions = self.mentions(article.id)
            self.reader.library_counts = self.counts(mentions)
            self.reader.set_mentions(mentions)

    def retranslate(self) -> None:
        pass

    # -- opening -------------------------------------------------------------------
    def schedule_article(self, article_id: int) -> None:
        self.pending = article_id
        self.timer.start()

    def open_pending_article(self) -> None:
        self.timer.stop()
        if self.pending is not None:
            article_id, self.pending = self.pending, None
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        self.pending = None
        if self.lib is None:
            return
        article = get_article(self.lib, article_id)
        query = self.runner.query
        terms = query.positive_terms if query is not None else []
        mentions = self.mentions(article_id)
        self.reader.set_article(article, terms, mentions, self.counts(mentions))
        self.reader.set_emphasised_entities(self.runner.entity_ids)

    def activate_article(self, article_id: int) -> None:
        self.open_article(article_id)
        self.reader.left_pane().setFocus(Qt.FocusReason.OtherFocusReason)

    def open_from_elsewhere(self, article_id: int) -> None:
        """Open an article chosen in another view (figures), selecting its row if listed."""
        row = self.results.results_model.row_of(article_id)
        if row >= 0:
            self.results.select_row(row)
        self.open_article(article_id)

    def mentions(self, article_id: int) -> list[Mention]:
        if self.lib is None:
            return []
        return mentions_from(article_mentions(self.lib, article_id))

    def counts(self, mentions: list[Mention]) -> dict[int, tuple[int, int]]:
        """Library-wide mention and article counts of the entities in an article."""
        if self.lib is None or not mentions:
            return {}
        return entity_counts(self.lib, {m.entity_id for m in mentions})
