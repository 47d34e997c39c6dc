"""The search a window runs on its worker: ids in order, first page early, totals.

No Qt here beyond the worker's ``Task``; the job is given its own connection.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from db.articles import all_article_ids, article_count, article_rows, iter_articles
from db.library import Library, Stopped
from db.query import Query
from db.search import find_hits, first_page, search_ids, spec_ids
from db.spec import ORDERS, Order, SearchSpec
from gui.worker import Task
from text.fold import fold

HIT_COUNT_LIMIT = 100  # hits are counted exactly in this many results, shown as "N+" beyond
FIRST_PAGE = 200  # a long result list is shown from its first rows while the rest is listed


@dataclass(frozen=True)
class SearchResult:
    """What a search job reports: the ids found so far, in order, and the totals.

    The ids are packed (``array('q')``, 8 bytes each) on the worker, so the
    interface thread copies a block of memory rather than a million Python ints.
    """

    ids: Sequence[int]
    total: int  # articles matching; more than ``len(ids)`` while the list is partial
    hits: int  # hits in the first ``HIT_COUNT_LIMIT`` articles; -1 while not counted
    ms: float  # from the start of the job to the first results reported

    def __post_init__(self) -> None:
        if not isinstance(self.ids, array):
            object.__setattr__(self, "ids", array("q", self.ids))

    @property
    def partial(self) -> bool:
        return len(self.ids) < self.total


def search_job(
    spec: SearchSpec, query: Query | None, order: str
) -> Callable[[Library, Task], SearchResult]:
    """A job listing the ids of ``spec`` (or of the whole library) in ``order``.

    ``query`` is ``spec.query`` parsed (None without a search text); the other
    filters of the specification narrow it (AND).  When a query matches more
    than ``FIRST_PAGE`` articles in an order SQLite can rank with a limit, the
    first rows are reported (``task.progress``) with the total count before the
    whole list is made, so the window shows results in the time of a page
    rather than of the full ranking.  The job runs on a connection of its own
    (``gui.operations``).
    """
    by: Order = order if order in ORDERS else "relevance"  # type: ignore[assignment]

    def job(lib: Library, task: Task) -> SearchResult:
        t0 = time.perf_counter()
        try:
            with lib.stopping_when(task.cancelled):
                return listing(lib, task, t0)
        except Stopped:  # a newer search replaced this one: nobody reads the result
            return SearchResult([], 0, -1, (time.perf_counter() - t0) * 1000)

    def listing(lib: Library, task: Task, t0: float) -> SearchResult:

        def ms() -> float:
            return (time.perf_counter() - t0) * 1000

        if query is None:
            if spec.filtered:
                ids = spec_ids(lib, spec, order="oldest" if order == "oldest" else "newest")
                if order == "title":
                    ids = _by_title(lib, ids)
            else:
                head = all_article_ids(lib, order, limit=FIRST_PAGE)
                if len(head) < FIRST_PAGE:
                    return SearchResult(head, len(head), 0, ms())
                first_ms = ms()  # the first rows go out before the whole list is read
                task.progress(SearchResult(head, article_count(lib), 0, first_ms))
                if task.cancelled():
                    return SearchResult(head, len(head), 0, first_ms)
                ids = all_article_ids(lib, order)
                return SearchResult(ids, len(ids), 0, first_ms)
            return SearchResult(ids, len(ids), 0, ms())
        terms = query.positive_terms

        def count_hits(ids: list[int]) -> int:
            return sum(
                len(find_hits(fold(a.text), terms))
                for a in iter_articles(lib, ids[:HIT_COUNT_LIMIT])
            )

        first_ms = -1.0
        if order == by:
            head, total = first_page(lib, query, order=by, limit=FIRST_PAGE, spec=spec)
            if len(head) < FIRST_PAGE:
                return SearchResult(head, len(head), count_hits(head), ms())
            # the first rows go out before their hits are counted (-1: not yet)
            first_ms = ms()
            task.progress(SearchResult(head, total, -1, first_ms))
            if task.cancelled():
                return SearchResult(head, len(head), -1, first_ms)
        ids = search_ids(lib, query, order=by, spec=spec)
        if order == "title":
            ids = _by_title(lib, ids)
        hits = count_hits(ids)
        return SearchResult(ids, len(ids), hits, first_ms if first_ms >= 0 else ms())

    return job


def _by_title(lib: Library, ids: list[int]) -> list[int]:
    rows = article_rows(lib, ids)
    return sorted(ids, key=lambda i: (rows[i].title.casefold(), i))
