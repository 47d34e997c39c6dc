"""The views' data over the filtered articles (a search specification), by article and by
sentence, checked against direct SQL over a real library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from db.entities import find_entity
from db.library import Library
from db.search import count_matches, search_ids, spec_articles
from db.spec import SearchSpec
from db.views import UNDATED, network, timeline
from db.views_csv import (
    NETWORK_COLUMNS,
    TIMELINE_COLUMNS,
    network_rows,
    timeline_rows,
    write_network_csv,
    write_timeline_csv,
)
from tests.views_fixtures import dated_seed_library
from text.sentences import split_sentences


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(dated_seed_library(tmp_path_factory.mktemp("spec")), create=False)
    yield lib
    lib.close()


def _entity(lib: Library, name: str) -> int:
    found = find_entity(lib, name)
    assert found is not None
    return found.id


def _ids(lib: Library, spec: SearchSpec) -> set[int]:
    sub = spec_articles(spec)
    assert sub is not None
    return {r[0] for r in lib.conn.execute(sub[0], sub[1])}


def test_spec_articles_are_the_search_results(lib: Library) -> None:
    spec = SearchSpec(query="创新", sources=("人民日报",))
    assert _ids(lib, spec) == set(search_ids(lib, "创新", spec=spec))
    assert len(_ids(lib, spec)) == count_matches(lib, "创新", spec=spec) == 2
    dated = SearchSpec(date_from="2016-12", date_to="2016-12")
    assert _ids(lib, dated) == {
        r[0] for r in lib.conn.execute("SELECT id FROM articles WHERE date LIKE '2016-12-%'")
    }
    assert spec_articles(None) is None and spec_articles(SearchSpec()) is None


def _month_counts(lib: Library, sql: str, params: list[object]) -> dict[str, list[int]]:
    want: dict[str, list[int]] = {}
    for date, n in lib.conn.execute(sql, params):
        period = date[:7] if date else UNDATED
        want.setdefault(period, [0, 0])
        want[period][0] += n
        want[period][1] += 1
    return want


def test_timeline_of_entities_within_the_spec(lib: Library) -> None:
    beijing = _entity(lib, "北京")
    spec = SearchSpec(query="创新", date_to="2016-12")
    got = timeline(lib, [beijing], "month", spec)
    allowed = _ids(lib, spec)
    marks = ", ".join(str(i) for i in allowed)
    want = _month_counts(
        lib,
        "SELECT a.date, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.entity_id = ? AND a.id IN ({marks}) GROUP BY a.id",
        [beijing],
    )
    assert {p.period: [p.mentions, p.articles] for p in got} == want
    assert set(want) == {"2016-12"}
    # the spec left some of Beijing's mentions out
    assert sum(p.mentions for p in got) < sum(p.mentions for p in timeline(lib, [beijing]))


def test_timeline_without_entities_counts_the_matching_articles(lib: Library) -> None:
    spec = SearchSpec(query="创新")
    got = timeline(lib, [], "year", spec)
    want: dict[str, int] = {}
    for aid in search_ids(lib, "创新"):
        (date,) = lib.conn.execute("SELECT date FROM articles WHERE id = ?", (aid,)).fetchone()
        key = date[:4] if date else UNDATED
        want[key] = want.get(key, 0) + 1
    assert {p.period: p.articles for p in got} == want
    assert all(p.mentions == p.articles for p in got)
    assert [p.period for p in got][-1] == UNDATED
    assert timeline(lib, [], "month", SearchSpec()) == []
    assert timeline(lib, [], "month", None) == []


def _shared(lib: Library, a: int, b: int, allowed: set[int]) -> int:
    rows = lib.conn.execute(
        "SELECT article_id FROM mentions WHERE entity_id = ?"
        " INTERSECT SELECT article_id FROM mentions WHERE entity_id = ?",
        (a, b),
    ).fetchall()
    return len({r[0] for r in rows} & allowed)


def test_network_within_the_spec(lib: Library) -> None:
    hub = _entity(lib, "京津冀")
    spec = SearchSpec(sources=("人民日报",))
    allowed = _ids(lib, spec)
    assert 0 < len(allowed) < 4
    net = network(lib, [hub], min_weight=1, limit=500, spec=spec)
    whole = network(lib, [hub], min_weight=1, limit=500)
    assert len(net.nodes) < len(whole.nodes)
    for edge in net.edges:
        assert edge.articles == _shared(lib, edge.source, edge.target, allowed) >= 1
    marks = ", ".join(str(i) for i in allowed)
    for node in net.nodes:
        (n,) = lib.conn.execute(
            f"SELECT count(*) FROM mentions WHERE entity_id = ? AND article_id IN ({marks})",
            (node.id,),
        ).fetchone()
        assert node.mentions == n > 0
    # every other node shares an article of the spec with the chosen entity
    assert all(_shared(lib, hub, n.id, allowed) for n in net.nodes if n.id != hub)


def test_network_type_filter_and_limit(lib: Library) -> None:
    hub = _entity(lib, "京津冀")
    people = network(lib, [hub], limit=500, types=("person",))
    assert {n.type for n in people.nodes if n.id != hub} == {"person"}
    everyone = network(lib, [hub], limit=500)
    assert {n.id for n in people.nodes} == {hub} | {
        n.id for n in everyone.nodes if n.type == "person"
    }
    capped = network(lib, [hub], limit=10)
    assert len(capped.nodes) == 11 and capped.left_out == len(everyone.nodes) - 11
    assert everyone.left_out == 0


def test_network_by_sentence_counts_shared_sentences(lib: Library) -> None:
    hub = _entity(lib, "京津冀")
    net = network(lib, [hub], min_weight=2, limit=20, unit="sentence")
    assert net.edges and all(e.articles >= 2 for e in net.edges)
    texts = dict(lib.conn.execute("SELECT id, text FROM articles"))
    starts: dict[int, list[tuple[int, int]]] = {}
    for node in net.nodes:
        starts[node.id] = lib.conn.execute(
            "SELECT article_id, start FROM mentions WHERE entity_id = ?", (node.id,)
        ).fetchall()

    def sentences(eid: int) -> set[tuple[int, int]]:
        out = set()
        for aid, start in starts[eid]:
            for s, e in split_sentences(texts[aid]):
                if s <= start < e:
                    out.add((aid, s))
        return out

    for edge in net.edges:
        assert edge.articles == len(sentences(edge.source) & sentences(edge.target))
    by_article = network(lib, [hub], min_weight=2, limit=20)
    assert len(net.edges) < len(by_article.edges)


def test_views_csv_reads_back_with_pandas(lib: Library, tmp_path: Path) -> None:
    hub = _entity(lib, "京津冀")
    periods = timeline(lib, [hub], "month")
    path = tmp_path / "timeline.csv"
    assert write_timeline_csv(path, periods) == len(periods)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={"period": str})
    assert list(frame.columns) == TIMELINE_COLUMNS
    assert frame.values.tolist() == timeline_rows(periods)
    net = network(lib, [hub], min_weight=2, limit=15)
    path = tmp_path / "network.csv"
    assert write_network_csv(path, net) == len(net.edges)
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={"source": str, "target": str})
    assert list(frame.columns) == NETWORK_COLUMNS
    assert frame.values.tolist() == network_rows(net)
