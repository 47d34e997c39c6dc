"""The search a window runs on its worker: ids in order, first page early, totals.

No Qt here beyond the worker's ``Task``; the job opens its own connection.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.articles import all_article_ids, article_rows, iter_articles
from db.library import Library
from db.query import Query
from db.search import count_matches, find_hits, search_ids
from gui.worker import Task
from text.fold import fold

HIT_COUNT_LIMIT = 100  # hits are counted exactly in this many results, shown as "N+" beyond
FIRST_PAGE = 200  # a long result list is shown from its first rows while the rest is listed


@dataclass(frozen=True)
class SearchResult:
    """What a search job reports: the ids found so far, in order, and the totals."""

    ids: list[int]
    total: int  # articles matching; more than ``len(ids)`` while the list is partial
    hits: int  # hits in the first ``HIT_COUNT_LIMIT`` articles; -1 while not counted
    ms: float  # from the start of the job to the first results reported

    @property
    def partial(self) -> bool:
        return len(self.ids) < self.total


def search_job(lib_path: Path, query: Query | None, order: str) -> Callable[[Task], SearchResult]:
    """A job listing the ids of a search (or of the whole library) on its own connection.

    When a query matches more than ``FIRST_PAGE`` articles in an order SQLite can
    rank with a limit, the first rows are reported (``task.progress``) with the
    total count before the whole list is made, so the window shows results in
    the time of a page rather than of the full ranking.
    """

    def job(task: Task) -> SearchResult:
        t0 = time.perf_counter()
        lib = Library.open(lib_path, create=False)

        def ms() -> float:
            return (time.perf_counter() - t0) * 1000

        try:
            if query is None:
                ids = all_article_ids(lib, order)
                return SearchResult(ids, len(ids), 0, ms())
            by = order if order in ("relevance", "newest", "oldest") else "relevance"
            terms = query.positive_terms

            def count_hits(ids: list[int]) -> int:
                return sum(
                    len(find_hits(fold(a.text), terms))
                    for a in iter_articles(lib, ids[:HIT_COUNT_LIMIT])
                )

            first_ms = -1.0
            if order == by:
                head = search_ids(lib, query, order=by, limit=FIRST_PAGE)  # type: ignore[arg-type]
                if len(head) < FIRST_PAGE:
                    return SearchResult(head, len(head), count_hits(head), ms())
                # the first rows go out before their hits are counted (-1: not yet)
                total = count_matches(lib, query)
                first_ms = ms()
                task.progress(SearchResult(head, total, -1, first_ms))
                if task.cancelled():
                    return SearchResult(head, len(head), -1, first_ms)
            ids = search_ids(lib, query, order=by)  # type: ignore[arg-type]
            if order == "title":
                rows = article_rows(lib, ids)
                ids.sort(key=lambda i: (rows[i].title.casefold(), i))
            hits = count_hits(ids)
            return SearchResult(ids, len(ids), hits, first_ms if first_ms >= 0 else ms())
        finally:
            lib.close()

    return job
