"""The result list's Hits column with entities selected: mention counts per article from one
grouped query per block of rows, hits + mentions with a search too, and hits of a very long
article counted in its head only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.articles import all_article_ids, article_head, get_article
from db.entities import entity_articles, find_entity, mention_counts
from db.extraction import extract_library
from db.library import Library
from db.query import parse_query
from db.search import search_ids
from gui import results_model
from gui.results_model import COL_HITS, ResultsModel
from tests.gui_fixtures import add_articles, build_seed_library
from text.fold import fold


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_seed_library(tmp_path_factory.mktemp("counts") / "seed.duizhao")
    lib = Library.open(path)
    extract_library(lib)
    lib.close()
    return path


@pytest.fixture
def lib(seed_file: Path, tmp_path: Path) -> Iterator[Library]:
    path = tmp_path / seed_file.name
    shutil.copy2(seed_file, path)
    library = Library.open(path)
    yield library
    library.close()


def entity_id(lib: Library, name: str) -> int:
    row = find_entity(lib, name)
    assert row is not None, f"the seeds should yield {name}"
    return row.id


def counted_one_by_one(lib: Library, entity_ids: list[int], article_id: int) -> int:
    return sum(
        lib.conn.execute(
            "SELECT count(*) FROM mentions WHERE entity_id = ? AND article_id = ?",
            (eid, article_id),
        ).fetchone()[0]
        for eid in entity_ids
    )


def test_mention_counts_match_a_count_per_article(lib: Library) -> None:
    entities = [entity_id(lib, "天津市"), entity_id(lib, "北京市")]
    articles = all_article_ids(lib)
    counts = mention_counts(lib, entities, articles)
    expected = {a: n for a in articles if (n := counted_one_by_one(lib, entities, a))}
    assert counts == expected
    assert len(expected) >= 2 and len(set(expected.values())) >= 2
    assert mention_counts(lib, [], articles) == {} == mention_counts(lib, entities, [])


def test_hidden_entities_are_not_counted(lib: Library) -> None:
    from db import curation

    place = entity_id(lib, "天津市")
    articles = all_article_ids(lib)
    assert mention_counts(lib, [place], articles)
    curation.hide(lib, place)
    assert mention_counts(lib, [place], articles) == {}


def test_hits_column_shows_mentions_of_the_selected_entities(lib: Library, qtmodeltester) -> None:
    entities = [entity_id(lib, "北京市")]
    ids = entity_articles(lib, entities)
    model = ResultsModel(lambda: lib)
    model.set_ids(ids, entity_ids=entities)
    qtmodeltester.check(model)
    header = model.headerData(COL_HITS, Qt.Orientation.Horizontal)
    assert header == "Mentions"
    shown = [model.data(model.index(r, COL_HITS)) for r in range(model.rowCount())]
    assert shown == [counted_one_by_one(lib, entities, a) for a in ids]
    assert len(set(shown)) >= 2 and all(n > 0 for n in shown)
    tip = model.data(model.index(0, COL_HITS), Qt.ItemDataRole.ToolTipRole)
    assert f"{shown[0]} mention(s) of the selected entities" in tip


def test_mentions_are_counted_once_per_block_of_rows(lib: Library) -> None:
    entities = [entity_id(lib, "天津市")]
    ids = all_article_ids(lib)
    model = ResultsModel(lambda: lib)
    model.set_ids(ids, entity_ids=entities)
    statements: list[str] = []
    lib.conn.set_trace_callback(statements.append)
    try:
        shown = [model.data(model.index(r, COL_HITS)) for r in range(model.rowCount())]
        shown += [model.data(model.index(r, COL_HITS)) for r in range(model.rowCount())]
    finally:
        lib.conn.set_trace_callback(None)
    counting = [s for s in statements if "FROM mentions" in s]
    assert len(counting) == 1  # four rows, shown twice: one grouped query
    assert shown[:4] == [counted_one_by_one(lib, entities, a) for a in ids]
    assert 0 in shown  # an article without the entity shows 0, not an empty cell


def test_search_and_entities_show_hits_plus_mentions(lib: Library) -> None:
    entities = [entity_id(lib, "任睿杰")]
    q = parse_query("燕郊")
    ids = [a for a in search_ids(lib, q) if a in set(entity_articles(lib, entities))]
    assert ids
    model = ResultsModel(lambda: lib)
    model.set_ids(ids, q.positive_terms, entities)
    assert model.headerData(COL_HITS, Qt.Orientation.Horizontal) == "Hits + mentions"
    article = get_article(lib, ids[0])
    assert article is not None
    hits = fold(article.text).count("燕郊")
    mentions = counted_one_by_one(lib, entities, ids[0])
    assert model.data(model.index(0, COL_HITS)) == f"{hits} + {mentions}"
    tip = model.data(model.index(0, COL_HITS), Qt.ItemDataRole.ToolTipRole)
    assert f"{hits} search hit(s)" in tip and f"{mentions} mention(s)" in tip
    # the search alone: hits as before
    model.set_ids(ids, q.positive_terms)
    assert model.headerData(COL_HITS, Qt.Orientation.Horizontal) == "Hits"
    assert model.data(model.index(0, COL_HITS)) == hits


def test_hits_of_a_very_long_article_are_counted_in_its_head(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib.close()
    paragraph = "雄安新区的创新。" * 10 + "\n"
    [long_id] = add_articles(lib.path, [("长文", paragraph * 50, "2024-01-01")])
    lib2 = Library.open(lib.path)
    try:
        monkeypatch.setattr(results_model, "HIT_TEXT_LIMIT", len(paragraph) * 3)
        q = parse_query("创新")
        model = ResultsModel(lambda: lib2)
        model.set_ids([long_id], q.positive_terms)
        assert model.data(model.index(0, COL_HITS)) == "≥30"  # three paragraphs of ten
        assert model.hits_capped(0)
        tip = model.data(model.index(0, COL_HITS), Qt.ItemDataRole.ToolTipRole)
        assert "at least 30" in tip
        head = article_head(lib2, long_id, 5)
        assert head == ("雄安新区的", True)
        whole = paragraph * 50
        assert article_head(lib2, long_id, len(whole)) == (whole, False)  # exactly whole
        assert article_head(lib2, long_id, len(whole) - 1) == (whole[:-1], True)
        assert article_head(lib2, long_id, 2**40) == (whole, False)
    finally:
        lib2.close()
