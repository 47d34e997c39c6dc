"""The windowed results model and the result table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from db.articles import all_article_ids
from db.library import Library
from db.query import parse_query
from db.search import search_ids
from gui.mainwindow import MainWindow
from gui.results_model import (
    BLOCK,
    COL_CONTEXT,
    COL_DATE,
    COL_HITS,
    COL_TITLE,
    MAX_BLOCKS,
    ResultsModel,
)
from gui.results_view import ResultsView
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import add_articles, build_seed_library, build_tiny_library, copy_library

TINY = 20_000


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seed_library(tmp_path_factory.mktemp("seed") / "seed.duizhao")


@pytest.fixture(scope="module")
def tiny_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_library(tmp_path_factory.mktemp("tiny") / "tiny.duizhao", TINY)


@pytest.fixture
def seed_lib(seed_file: Path, tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(copy_library(seed_file, tmp_path))
    yield lib
    lib.close()


def test_model_passes_modeltester_browsing_and_searching(qtmodeltester, seed_lib: Library) -> None:
    model = ResultsModel(lambda: seed_lib)
    model.set_ids(all_article_ids(seed_lib))
    qtmodeltester.check(model)
    q = parse_query("创新")
    model.set_ids(search_ids(seed_lib, q), q.positive_terms)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    model.set_ids([])
    qtmodeltester.check(model)


def test_search_rows_show_hits_and_keyword_in_context(seed_lib: Library) -> None:
    model = ResultsModel(lambda: seed_lib)
    q = parse_query("燕郊")
    ids = search_ids(seed_lib, q)
    model.set_ids(ids, q.positive_terms)
    assert model.rowCount() == len(ids) >= 1
    hits = model.data(model.index(0, COL_HITS))
    context = model.data(model.index(0, COL_CONTEXT))
    from db.articles import get_article
    from text.fold import fold

    assert hits == fold(get_article(seed_lib, ids[0]).text).count("燕郊") >= 1
    assert "【燕郊】" in context
    # browsing (no query): no hits and no context
    model.set_ids(ids)
    assert model.data(model.index(0, COL_HITS)) is None


def test_only_a_window_of_rows_is_fetched(qtbot, tiny_file: Path) -> None:
    lib = Library.open(tiny_file, create=False)
    try:
        model = ResultsModel(lambda: lib)
        view = ResultsView(model)
        host = QMainWindow()
        host.setCentralWidget(view)
        qtbot.addWidget(host)
        host.resize(800, 500)
        ids = all_article_ids(lib, "id")
        model.set_ids(ids)
        host.show()
        qtbot.waitExposed(host)
        assert model.rowCount() == TINY
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.fetches > 0)
        last = model.data(model.index(TINY - 1, COL_TITLE))
        assert last == f"Article {TINY - 1:05d}"
        # the first screen and the last: a few blocks, never the whole list
        assert model.rows_fetched <= 3 * BLOCK
        assert model.cached_rows() <= MAX_BLOCKS * BLOCK
        for row in range(0, TINY, BLOCK):  # touching every block keeps the cache bounded
            model.data(model.index(row, COL_TITLE))
        assert model.cached_rows() <= MAX_BLOCKS * BLOCK
        assert model.data(model.index(12_345, COL_TITLE)) == "Article 12345"
    finally:
        lib.close()


@pytest.fixture
def sorted_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "dated.duizhao"
    add_articles(
        path,
        [
            ("乙 创新报告", "创新 创新 创新", "2021-03-01"),
            ("甲 创新新闻", "创新", "2023-07-15"),
            ("丙 其他", "天津 创新", "2019-01-01"),
        ],
    )
    window = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    qtbot.addWidget(window)
    window.set_library(Library.open(path, create=False))
    yield window
    window.close()


def titles(window: MainWindow) -> list[str]:
    m = window.results_model
    return [m.data(m.index(r, COL_TITLE)) for r in range(m.rowCount())]


def test_sorting_by_date_title_and_relevance(sorted_window: MainWindow) -> None:
    w = sorted_window
    w.search_bar.set_text("创新", emit=True)
    assert titles(w)[0] == "乙 创新报告"  # three hits: most relevant
    w.results.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert titles(w) == ["甲 创新新闻", "乙 创新报告", "丙 其他"]
    w.results.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert titles(w) == ["丙 其他", "乙 创新报告", "甲 创新新闻"]
    w.search_bar.order.setCurrentIndex(w.search_bar.order.findData("title"))
    assert titles(w) == sorted(titles(w), key=str.casefold)
    assert w.settings.search_order == "title"
    w.search_bar.set_text("", emit=True)  # browsing keeps its own order
    w.set_order("oldest")
    assert titles(w) == ["丙 其他", "乙 创新报告", "甲 创新新闻"]
    assert w.settings.browse_order == "oldest"


def test_enter_opens_and_selection_is_multiple(qtbot, sorted_window: MainWindow) -> None:
    w = sorted_window
    view = w.results
    view.setFocus()
    view.selectAll()
    assert len(view.selected_ids()) == 3
    view.select_row(2)
    expected = w.results_model.article_id(2)
    with qtbot.waitSignal(view.articleActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    assert w.reader.article is not None and w.reader.article.id == expected


def test_listed_ids_are_packed_and_the_rest_appended(qtbot) -> None:
    """100,000 listed ids hold 8 bytes each (a list of Python ints held 36), and a
    longer list whose head is shown is recognised as such."""
    import gc
    import tracemalloc

    model = ResultsModel(lambda: None)
    tracemalloc.start()
    try:
        ids = list(range(10**6, 10**6 + 100_000))
        model.set_ids(ids)
        del ids
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert model.rowCount() == 100_000 and model.article_id(99_999) == 10**6 + 99_999
    assert held < 1.2 * 2**20, held
    head = [7, 3, 9]
    model.set_ids(head)
    assert model.is_head_of([7, 3, 9, 1]) and not model.is_head_of([7, 3, 8, 1])
    assert not model.is_head_of(head)  # not longer: nothing to append
    model.append_ids([1, 2])
    assert model.ids == [7, 3, 9, 1, 2] and model.row_of(9) == 2 and model.row_of(5) == -1


def test_search_job_hands_over_packed_ids(tiny_file: Path) -> None:
    """The whole list leaves the worker as 8-byte ids, in the order searched."""
    from array import array

    from db.spec import SearchSpec
    from gui.search_job import search_job
    from gui.worker import Task

    lib = Library.open(tiny_file, create=False)
    try:
        result = search_job(SearchSpec(), None, "oldest")(lib, Task())
        assert isinstance(result.ids, array) and result.ids.itemsize == 8
        assert list(result.ids) == all_article_ids(lib, "oldest") and result.total == TINY
        model = ResultsModel(lambda: lib)
        model.set_ids(result.ids)
        assert model.id_count() == TINY and model.ids == list(result.ids)
    finally:
        lib.close()


def test_a_superseded_search_stops_inside_its_ranking(tiny_file: Path) -> None:
    """A search cancelled while it lists the whole result (a newer keystroke) gives the
    worker back at once: its statement stops within a few thousand SQLite steps rather
    than ranking every match (at a million articles the next search waited up to 0.6 s
    for that), and the connection serves the next search."""
    from db.spec import SearchSpec
    from gui.search_job import search_job
    from gui.worker import Task

    lib = Library.open(tiny_file, create=False)
    try:
        spec = SearchSpec(query="创新")
        query = parse_query("创新")
        whole = search_job(spec, query, "relevance")(lib, Task())
        assert whole.total == TINY and len(whole.ids) == TINY

        class LateCancel(Task):
            """Cancelled while the whole list is being ranked, after the first page is
            out and the job has looked at its flag once, as a keystroke then would."""

            def __init__(self) -> None:
                super().__init__()
                self.looks = -1  # looks at the flag since the first page went out

            def progress(self, value: object) -> None:
                super().progress(value)
                self.looks = 0

            def cancelled(self) -> bool:
                if self.looks >= 0:
                    self.looks += 1
                    if self.looks == 2:
                        self.cancel()
                return super().cancelled()

        stopped = LateCancel()
        result = search_job(spec, query, "relevance")(lib, stopped)
        assert stopped.looks >= 2  # the ranking looked at the flag while it ran
        assert len(result.ids) < TINY and result.total < TINY
        again = search_job(spec, query, "relevance")(lib, Task())
        assert list(again.ids) == list(whole.ids)
    finally:
        lib.close()


def test_the_whole_library_is_shown_from_its_first_rows_while_the_rest_is_read(
    tiny_file: Path,
) -> None:
    """Browsing without a search reports its first page (and the library's size) before
    reading every id: at a million articles the window's first list waited 2 s for it."""
    from db.spec import SearchSpec
    from gui.search_job import FIRST_PAGE, search_job
    from gui.worker import Task

    reported: list[object] = []
    lib = Library.open(tiny_file, create=False)
    try:
        result = search_job(SearchSpec(), None, "newest")(lib, Task(reported.append))
        whole = all_article_ids(lib, "newest")
        [first] = reported
        assert list(first.ids) == whole[:FIRST_PAGE] and first.total == TINY and first.partial
        assert list(result.ids) == whole and result.total == TINY and not result.partial
    finally:
        lib.close()
