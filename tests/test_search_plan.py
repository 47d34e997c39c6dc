"""A search text with filters is answered from the index's matches outwards: every
statement joining the index to the articles loops over the index first (SQLite's
own choice walked a filter's articles and asked the index about each, hundreds of
times slower at 100,000 articles).  Checked on the query plans of the statements
the search functions run on a real library, and the results against the filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.library import Library
from db.search import (
    count_matches,
    first_page,
    search,
    search_ids,
    spec_articles,
    spec_count,
    spec_ids,
    spec_ids_sql,
)
from db.spec import SearchSpec
from tests.views_fixtures import dated_seed_library

QUERY = "创新"


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(dated_seed_library(tmp_path), create=False)
    yield lib
    lib.close()


def _index_first(lib: Library, sql: str, params: list[object]) -> bool:
    plan = [row[3] for row in lib.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    index = next(i for i, step in enumerate(plan) if step.startswith("SCAN f VIRTUAL TABLE"))
    articles = next(i for i, step in enumerate(plan) if " a " in f" {step} ")
    return index < articles


@pytest.mark.parametrize(
    "spec",
    [
        SearchSpec(query=QUERY, sources=("人民日报",)),
        SearchSpec(query=QUERY, date_from="2016-12-01", date_to="2016-12-31"),
        SearchSpec(query=QUERY, date_from="2016-01", date_to="2017-12", sources=("人民日报",)),
    ],
)
def test_filtered_searches_loop_over_the_index_first(lib: Library, spec: SearchSpec) -> None:
    statements: list[str] = []
    lib.conn.set_trace_callback(statements.append)
    try:
        page = search(lib, QUERY, spec=spec)
        ids = search_ids(lib, QUERY, spec=spec)
        newest = search_ids(lib, QUERY, spec=spec, order="newest")
        count = count_matches(lib, QUERY, spec=spec)
        listed = spec_ids(lib, spec)
        counted = spec_count(lib, spec)
        page_ids, page_total = first_page(lib, QUERY, limit=1, spec=spec)
    finally:
        lib.conn.set_trace_callback(None)
    joined = [s for s in statements if "MATCH" in s and "articles a" in s]
    assert len(joined) >= 5  # the two pages, the two id lists and the count
    for sql in joined:
        assert _index_first(lib, sql, []), sql
    for sql, params in (spec_ids_sql(spec), spec_articles(spec)):
        assert _index_first(lib, sql, params), sql
    # and the answers are the articles matching the text that the filters let through
    everything = set(search_ids(lib, QUERY))
    where, params = spec.filter_sql("a")
    allowed = {
        r[0] for r in lib.conn.execute(f"SELECT a.id FROM articles a WHERE 1{where}", params)
    }
    expected = everything & allowed
    assert expected and expected != everything  # the filter narrows, and leaves some
    assert set(ids) == set(newest) == set(listed) == {h.article_id for h in page.hits} == expected
    assert count == counted == page.total == page_total == len(expected)
    assert page_ids == ids[:1]


@pytest.mark.parametrize("order", ["relevance", "newest", "oldest"])
@pytest.mark.parametrize(
    "spec",
    [
        SearchSpec(query=QUERY),
        SearchSpec(query=QUERY, sources=("人民日报",)),
        SearchSpec(query=QUERY, date_from="2016-01", date_to="2017-12"),
    ],
)
def test_first_page_is_the_head_of_the_list_and_the_count(
    lib: Library, spec: SearchSpec, order: str
) -> None:
    every = search_ids(lib, QUERY, order=order, spec=spec)  # type: ignore[arg-type]
    assert len(every) >= 2
    for limit in (1, len(every) - 1, len(every), len(every) + 5):
        ids, total = first_page(lib, QUERY, order=order, limit=limit, spec=spec)  # type: ignore[arg-type]
        assert ids == every[:limit]
        assert total == len(every) == count_matches(lib, QUERY, spec=spec)
    assert first_page(lib, "没有这样的词语", limit=5, spec=spec) == ([], 0)
