"""Facet counts against direct SQL over real libraries (the seed library, and one built
from the seed texts with several sources and dates)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from db.entities import STATUS_VISIBLE, TREE_THRESHOLD
from db.extraction import extract_library
from db.facets import Facets, facets, narrow_spec
from db.library import Library
from db.query import QueryError
from db.search import search_ids
from db.spec import SearchSpec
from tests.facet_fixtures import MIXED, build_mixed_library


@pytest.fixture(scope="module")
def mixed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mixed_library(tmp_path_factory.mktemp("facets") / "mixed.duizhao")


@pytest.fixture()
def lib(mixed_path: Path, tmp_path: Path) -> Iterator[Library]:
    target = tmp_path / mixed_path.name
    shutil.copy2(mixed_path, target)
    lib = Library.open(target)
    yield lib
    lib.close()


def _ids(lib: Library, spec: SearchSpec) -> list[int]:
    """The articles of ``spec`` the way the result list finds them."""
    if spec.query:
        return search_ids(lib, spec.query, spec=spec)
    where, params = spec.filter_sql("a")
    return [r[0] for r in lib.conn.execute(f"SELECT a.id FROM articles a WHERE 1{where}", params)]


def _in(ids: list[int]) -> str:
    return f"({', '.join(str(i) for i in ids)})" if ids else "(NULL)"


def _check(lib: Library, spec: SearchSpec, got: Facets) -> None:
    """Every count of ``got`` equals a direct query over the articles of ``spec``."""
    ids = _ids(lib, spec)
    assert got.total == len(ids) > 0
    scope = _in(ids)
    sql = lib.conn.execute
    type_counts = dict(
        sql(
            "SELECT e.type, count(DISTINCT m.article_id) FROM mentions m"
            f" JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN {scope}"
            " GROUP BY e.type"
        ).fetchall()
    )
    assert {t.value: t.count for t in got.types} == type_counts
    assert [t.count for t in got.types] == sorted(type_counts.values(), reverse=True)
    for type_, entries in got.entities.items():
        listed = sql(
            "SELECT e.id, count(DISTINCT m.article_id) FROM mentions m"
            f" JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN {scope}"
            " AND e.type = ? AND e.status = ? AND e.confidence >= ? GROUP BY e.id",
            (type_, STATUS_VISIBLE, TREE_THRESHOLD),
        ).fetchall()
        counts = dict(listed)
        assert entries and len(entries) == min(10, len(counts))
        for entry in entries:
            assert entry.count == counts[entry.value]
            name = sql("SELECT name FROM entities WHERE id = ?", (entry.value,)).fetchone()[0]
            assert entry.label == name
        # the top ones: nothing left out has more articles than the last one listed
        shown = {e.value for e in entries}
        assert max((n for i, n in counts.items() if i not in shown), default=0) <= min(
            e.count for e in entries
        )
    sources = dict(
        sql(f"SELECT source, count(*) FROM articles WHERE id IN {scope} GROUP BY source")
    )
    assert {s.value: s.count for s in got.sources} == sources
    years = dict(
        sql(
            "SELECT substr(date, 1, 4), count(*) FROM articles"
            f" WHERE id IN {scope} GROUP BY substr(date, 1, 4)"
        )
    )
    assert {y.value: y.count for y in got.years} == years


def _narrowed(lib: Library, spec: SearchSpec) -> int:
    return len(_ids(lib, spec))


def test_facets_of_the_whole_library_equal_direct_counts(lib: Library) -> None:
    got = facets(lib, SearchSpec())
    assert got is not None
    _check(lib, SearchSpec(), got)
    assert got.total == len(MIXED)
    # most articles first, then by name, articles without a source last among equals
    assert [(s.value, s.count) for s in got.sources] == [
        ("天津日报", 4),
        ("北京日报", 2),
        ("人民日报", 1),
        (None, 1),
    ]
    assert [(y.value, y.count) for y in got.years] == [
        ("2024", 3),
        ("2023", 2),
        ("2022", 2),
        (None, 1),
    ]


@pytest.mark.parametrize(
    "spec",
    [
        SearchSpec(query="燕郊"),
        SearchSpec(query="创新", sources=("天津日报",)),
        SearchSpec(date_from="2023", date_to="2024"),
        SearchSpec(query="京津冀", types=("document",)),
    ],
    ids=["query", "query+source", "dates", "query+type"],
)
def test_facets_of_a_search_equal_direct_counts(lib: Library, spec: SearchSpec) -> None:
    got = facets(lib, spec)
    assert got is not None
    _check(lib, spec, got)
    assert got.total < len(MIXED)
    # read from the results outwards or by a scan of every mention: the same counts
    assert facets(lib, spec, from_results=True) == got == facets(lib, spec, from_results=False)


def test_narrowing_by_a_facet_leaves_as_many_articles_as_it_counts(lib: Library) -> None:
    for spec in (
        SearchSpec(query="创新"),
        SearchSpec(date_from="2022-06", date_to="2024-03", sources=("天津日报", "北京日报")),
    ):
        got = facets(lib, spec)
        assert got is not None
        entries = [("type", e) for e in got.types] + [("source", e) for e in got.sources]
        entries += [("year", e) for e in got.years]
        entries += [("entity", e) for es in got.entities.values() for e in es[:3]]
        for kind, entry in entries:
            if entry.value is None:
                continue
            narrowed = narrow_spec(spec, kind, entry.value, entry.label)
            assert narrowed != spec or kind == "source"
            assert _narrowed(lib, narrowed) == entry.count, (kind, entry)
            if kind == "entity":
                assert f"mentions {entry.label}" in narrowed.describe()


def test_narrowing_keeps_the_rest_of_the_spec() -> None:
    spec = SearchSpec(query="创新", entities=(4,), entity_names=("天津",), date_to="2023-03")
    year = narrow_spec(spec, "year", "2023")
    assert (year.date_from, year.date_to) == ("2023", "2023-03")  # the narrower end kept
    year = narrow_spec(SearchSpec(date_from="2023-06"), "year", "2023")
    assert (year.date_from, year.date_to) == ("2023-06", "2023")
    entity = narrow_spec(spec, "entity", 9, "任睿杰")
    assert entity.entities == (4, 9) and entity.entity_names == ("天津", "任睿杰")
    assert entity.query == "创新" and entity.date_to == "2023-03"
    assert narrow_spec(entity, "entity", 9) == entity
    assert narrow_spec(replace(spec, types=("person",)), "type", "park").types == ("park",)
    with pytest.raises(ValueError):
        narrow_spec(spec, "colour", "red")


def test_top_and_source_caps(lib: Library) -> None:
    got = facets(lib, SearchSpec(), top=2, max_sources=2)
    assert got is not None
    assert all(len(entries) <= 2 for entries in got.entities.values())
    assert [s.value for s in got.sources] == ["天津日报", "北京日报"]
    assert got.more_sources == 2


def test_hidden_entities_are_not_listed(lib: Library) -> None:
    from db import curation

    got = facets(lib, SearchSpec())
    assert got is not None
    first = got.entities["place"][0]
    curation.hide(lib, first.value)  # type: ignore[arg-type]
    again = facets(lib, SearchSpec())
    assert again is not None
    assert first.value not in {e.value for e in again.entities["place"]}


@pytest.mark.parametrize("stop_at", [1, 2, 3, None])
def test_a_cancelled_run_stops_and_leaves_nothing_behind(lib: Library, stop_at: int | None) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == stop_at

    got = facets(lib, SearchSpec(query="创新"), cancelled=cancelled)
    # asked after each of the three passes, and stopped at the first yes
    assert len(asked) == (stop_at or 3)
    assert (got is None) == (stop_at is not None)
    temp = lib.conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0]
    assert temp == 0 and not lib.conn.in_transaction


def test_an_invalid_query_raises(lib: Library) -> None:
    with pytest.raises(QueryError):
        facets(lib, SearchSpec(query="-燕郊"))
    assert not lib.conn.in_transaction


def test_seed_library_facets(tmp_path: Path) -> None:
    from tests.helpers import seed_library

    lib = seed_library(tmp_path)
    try:
        assert extract_library(lib) == 4
        spec = SearchSpec(query="京津冀")
        got = facets(lib, spec)
        assert got is not None
        _check(lib, spec, got)
        assert [(s.value, s.count) for s in got.sources] == [(None, 4)]
        assert [(y.value, y.count) for y in got.years] == [(None, 4)]
    finally:
        lib.close()
