"""The benchmark's library preparation (bench/gui_library.py) on a small real library
of generated articles: sources by id, synthetic entities whose mentions lie exactly
on the words in the original text (either script), consistent counts."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from bench.corpus import iter_pairs, load_pool
from bench.gui_library import SOURCES, frequent_words, prepare, source_of
from db.counts import wrong_counts
from db.entities import entity_key
from db.extraction import EXTRACTOR_VERSION
from db.importer import import_paths
from db.library import Library
from text.fold import fold

ARTICLES = 40


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gui-library")
    texts = folder / "texts"
    texts.mkdir()
    for i, (_title, text) in enumerate(iter_pairs(ARTICLES, seed=5, pool=load_pool(sample=True))):
        (texts / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    path = folder / "lib.duizhao"
    lib = Library.open(path)
    try:
        assert len(import_paths(lib, [texts]).added) == ARTICLES
    finally:
        lib.close()
    prepare(path, words=8, sample=ARTICLES)
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    lib = Library.open(path, create=False)
    try:
        return lib.conn.execute(sql).fetchall()
    finally:
        lib.close()


def test_sources_are_given_by_id(library: Path) -> None:
    rows = _rows(library, "SELECT id, source FROM articles")
    assert len(rows) == ARTICLES
    assert all(source == source_of(aid) for aid, source in rows)
    assert len({source for _, source in rows}) >= 3
    assert {source_of(i) for i in range(1, 2000)} == set(SOURCES)


def test_mentions_lie_on_every_occurrence_of_the_words(library: Path) -> None:
    entities = dict(_rows(library, "SELECT key, id FROM entities"))
    assert len(entities) == 8
    texts = dict(_rows(library, "SELECT id, text FROM articles"))
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    surfaces = set()
    for aid, eid, key, start, end, text, name in _rows(
        library, "SELECT article_id, entity_id, raw_key, start, end, text, name FROM mentions"
    ):
        assert texts[aid][start:end] == text == name
        assert entity_key(text) == key and entities[key] == eid
        spans[aid].append((start, end, eid))
        surfaces.add(text)
    assert surfaces - set(entities)  # some mentions are in Traditional script
    for aid, text in texts.items():
        found = sorted(spans[aid])
        for (_, end, _), (start, _, _) in zip(found, found[1:], strict=False):
            assert end <= start  # no two mentions overlap
        folded = fold(text)
        for key, eid in entities.items():
            for m in re.finditer(re.escape(key), folded):
                # each occurrence is its word's mention, or lies on another word's
                assert any(
                    (s, e, i) == (m.start(), m.end(), eid) or (s < m.end() and m.start() < e)
                    for s, e, i in found
                ), (aid, key, m.start())


def test_counts_and_extraction_state_agree(library: Path) -> None:
    lib = Library.open(library, create=False)
    try:
        assert wrong_counts(lib.conn) == []
        busiest = lib.conn.execute("SELECT max(mentions) FROM entities").fetchone()[0]
        assert busiest > ARTICLES  # an entity with many mentions, for the views
        versions = lib.conn.execute(
            "SELECT count(*), min(version), max(version) FROM extraction_state"
        ).fetchone()
        assert versions == (ARTICLES, EXTRACTOR_VERSION, EXTRACTOR_VERSION)
    finally:
        lib.close()


def test_preparing_again_gives_the_same_and_real_entities_are_kept(
    library: Path, tmp_path: Path
) -> None:
    query = "SELECT e.key, count(m.id) FROM entities e JOIN mentions m ON m.entity_id = e.id"
    query += " GROUP BY e.key ORDER BY e.key"
    before = _rows(library, query)
    prepare(library, words=8, sample=ARTICLES)
    assert _rows(library, query) == before
    other = tmp_path / "own.duizhao"
    lib = Library.open(other)
    lib.conn.execute(
        "INSERT INTO entities (type, key, name, name_hans, name_hant)"
        " VALUES ('person', '任睿杰', '任睿杰', '任睿杰', '任睿傑')"
    )
    lib.close()
    with pytest.raises(ValueError, match="entities of its own"):
        prepare(other)


def test_frequent_words_skip_fragments_and_overlaps() -> None:
    texts = ["本报记者王明月报道。明月照人，明月几时有，明月何处。"] * 5 + ["春风春风春风明月"]
    words = frequent_words(texts, 4)
    assert "明月" in words
    assert not any(w in ("本报记", "报记者") for w in words)  # fragments of 本报记者
    for a in words:
        assert not any(a != b and a in b for b in words)


def test_the_network_over_it_counts_every_shared_article(library: Path) -> None:
    from db.views import network

    lib = Library.open(library, create=False)
    try:
        top = lib.conn.execute("SELECT id FROM entities ORDER BY mentions DESC LIMIT 1").fetchone()
        # the others of one type only: some articles hold the chosen one and one other
        net = network(lib, [top[0]], limit=100, types=("person",))
        nodes = [n.id for n in net.nodes]
        persons = {r[0] for r in lib.conn.execute("SELECT id FROM entities WHERE type = 'person'")}
        assert len(nodes) > 2 and set(nodes) <= persons | {top[0]}
        pairs = {}
        sizes = []
        for (aid,) in lib.conn.execute("SELECT id FROM articles"):
            here = {
                r[0]
                for r in lib.conn.execute(
                    "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?", (aid,)
                )
            } & (persons | {top[0]})
            if top[0] in here:
                sizes.append(len(here))
            for a in here:
                for b in here:
                    if a < b and a in nodes and b in nodes:
                        pairs[(a, b)] = pairs.get((a, b), 0) + 1
        assert 2 in sizes and max(sizes) > 2  # articles of two entities and of more
        assert {(e.source, e.target): e.articles for e in net.edges} == pairs
    finally:
        lib.close()
