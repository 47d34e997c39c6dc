"""Runs the window's search from the one search specification and shows its results.

Every change of the ``SearchState`` starts a search through ``gui.operations``
(off the interface thread, on its own connection).  Each search carries a
sequence number and a result that arrives after a newer search started is
dropped.  A query that cannot be searched says so in the status line and
clears the stale results: the list never shows the answer to another question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.changes import Change
from db.query import Query, QueryError, parse_query
from db.spec import SearchSpec
from gui import spec_text
from gui.search_job import HIT_COUNT_LIMIT, SearchResult, search_job

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations
    from gui.results_model import ResultsModel
    from gui.results_view import ResultsView
    from gui.search_state import SearchState
    from gui.worker import Task


class SearchRunner(QObject):
    """Feature: the result list follows the search state (and the library's changes)."""

    message = Signal(str)  # the whole search and its counts, for the status bar
    emptied = Signal()  # the list was cleared (no results, or a query that cannot run)
    shown = Signal(object)  # SearchSpec whose results are now listed

    def __init__(
        self,
        state: SearchState,
        ops: Operations,
        model: ResultsModel,
        view: ResultsView,
        browse_order: Callable[[], str],
    ) -> None:
        super().__init__(view)
        self.state, self.ops, self.model, self.view = state, ops, model, view
        self.browse_order = browse_order
        self.lib: Library | None = None
        self.spec = SearchSpec()
        self.query: Query | None = None
        self.query_text = ""
        self.entity_ids: list[int] = []
        self.seq = 0
        self.shown_seq = 0
        self.task: Task | None = None
        self.last: SearchResult | None = None
        self._order = "relevance"
        # what the search text becomes before it runs (the regional words' toggle)
        self.expand: Callable[[str], str] = lambda text: text
        state.changed.connect(lambda _spec: self.run())

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        self.model.set_ids([])

    def on_change(self, change: Change) -> None:
        spec = self.state.spec()
        if change.touches_articles() or (change.touches_entities() and spec.filtered):
            self.run()  # new articles, or the mentions the entity filters read
        elif change.touches_entities():
            self.model.refresh()

    def retranslate(self) -> None:
        if self.last is not None:
            self._show_status(self.last)

    # -- searching -----------------------------------------------------------------
    def run(self) -> None:
        """Search with the current specification; stale results are dropped."""
        if self.lib is None:
            return
        self.seq += 1
        seq = self.seq
        spec = self.state.spec()
        if spec.query and (expanded := self.expand(spec.query)) != spec.query:
            spec = replace(spec, query=expanded)
        order = self.state.order()
        if spec.query:
            try:
                query: Query | None = parse_query(spec.query)
            except QueryError as exc:
                self._cannot_search(spec, exc)
                return
        else:
            query = None
            if order == "relevance":
                order = self.browse_order()
        if self.task is not None:
            self.task.cancel()  # a search still listing its full result is stale

        def done(result: SearchResult) -> None:
            self._done(seq, spec, query, order, result)

        def failed(exc: BaseException) -> None:
            if seq == self.seq:
                self._cannot_search(spec, exc)

        self.task = self.ops.read(
            search_job(spec, query, order), done, on_error=failed, on_progress=done
        )

    def _cannot_search(self, spec: SearchSpec, exc: BaseException) -> None:
        self.spec, self.query, self.query_text = spec, None, spec.query
        self.entity_ids = list(spec.entities)
        self.last = None
        self.model.set_ids([])
        if isinstance(exc, QueryError):
            self.message.emit(self.tr("Cannot search: {0}").format(exc))
        else:
            self.message.emit(self.tr("The library cannot be read: {0}").format(exc))
        self.emptied.emit()

    def _done(
        self, seq: int, spec: SearchSpec, query: Query | None, order: str, result: SearchResult
    ) -> None:
        """Show a search's results: its first page, or the whole list.

        The whole list after a first page keeps the rows already shown (they are
        its head), so the selection, the scroll position and the open article stay.
        """
        if seq != self.seq:
            return  # a newer search has started
        ids = result.ids
        self.last = replace(
            result, ids=[]
        )  # the counts for the status line; the model holds the ids
        self._order = order
        if self.shown_seq == seq and self.model.is_head_of(ids):
            self.model.append_ids(ids[self.model.id_count() :])
            self._show_status(result)
            return
        self.shown_seq = seq
        self.spec, self.query, self.query_text = spec, query, spec.query
        self.entity_ids = list(spec.entities)
        terms = query.positive_terms if query is not None else []
        self.model.set_ids(ids, terms, self.entity_ids)
        self.view.show_order(order)
        self._show_status(result)
        self.shown.emit(spec)
        if ids:
            self.view.select_row(0)
        else:
            self.emptied.emit()

    def _show_status(self, result: SearchResult) -> None:
        spec = self.spec
        head = spec_text.describe(spec, order=self._order)
        if self.query is None:
            counts = spec_text.articles_part(result.total)
        else:
            if result.hits < 0:
                shown = "…"  # counted once the whole list is made
            elif result.total <= HIT_COUNT_LIMIT:
                shown = str(result.hits)
            else:
                shown = f"{result.hits}+"
            hits = self.tr("1 hit") if shown == "1" else self.tr("{0} hits").format(shown)
            counts = self.tr("{0}, {1}").format(spec_text.articles_part(result.total), hits)
        line = " · ".join(p for p in (head, counts) if p)
        self.message.emit(f"{line} · {result.ms:.0f} ms")
