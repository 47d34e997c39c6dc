"""Timeline and co-occurrence network data, checked against direct SQL over a real library."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from db.entities import TREE_THRESHOLD, find_entity
from db.extraction import extract_library
from db.library import Library
from db.views import UNDATED, network, timeline
from tests.helpers import seed_library
from tests.test_cli import run

DATES = ("2016-12-31", "2017-01-02", "2016-12-05", None)


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("views")
    lib = seed_library(folder)
    extract_library(lib)
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")]
    for aid, date in zip(ids, DATES, strict=True):
        lib.conn.execute("UPDATE articles SET date = ? WHERE id = ?", (date, aid))
    lib.conn.commit()
    lib.close()
    return folder / "lib.duizhao"


@pytest.fixture()
def lib(lib_path: Path) -> Library:
    lib = Library.open(lib_path, create=False)
    yield lib
    lib.close()


def test_timeline_counts_mentions_and_articles_per_period(lib: Library) -> None:
    beijing = find_entity(lib, "北京")
    assert beijing is not None
    by_month = timeline(lib, [beijing.id], "month")
    direct = lib.conn.execute(
        "SELECT a.date, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.entity_id = ? GROUP BY a.id",
        (beijing.id,),
    ).fetchall()
    want: dict[str, list[int]] = {}
    for date, n in direct:
        period = date[:7] if date else UNDATED
        want.setdefault(period, [0, 0])
        want[period][0] += n
        want[period][1] += 1
    assert {p.period: [p.mentions, p.articles] for p in by_month} == want
    assert [p.period for p in by_month] == sorted(want, key=lambda p: (p == UNDATED, p))
    by_year = {p.period: p for p in timeline(lib, [beijing.id], "year")}
    months_2016 = [p for p in by_month if p.period.startswith("2016")]
    assert by_year["2016"].mentions == sum(p.mentions for p in months_2016)
    assert sum(p.mentions for p in by_month) == beijing.mentions
    assert timeline(lib, []) == []


def test_network_edges_are_the_articles_two_entities_share(lib: Library) -> None:
    ren = find_entity(lib, "任睿杰")
    assert ren is not None
    net = network(lib, [ren.id], min_weight=1, limit=200)
    ids = {n.id for n in net.nodes}
    assert ren.id in ids and len(ids) > 5
    for edge in net.edges:
        both = lib.conn.execute(
            "SELECT count(*) FROM (SELECT article_id FROM mentions WHERE entity_id = ?"
            " INTERSECT SELECT article_id FROM mentions WHERE entity_id = ?)",
            (edge.source, edge.target),
        ).fetchone()[0]
        assert edge.articles == both
    # the nodes are visible, sure entities sharing an article with 任睿杰
    rows = lib.conn.execute(
        "SELECT id, mentions, confidence FROM entities WHERE id IN"
        f" ({', '.join(str(i) for i in ids)})"
    ).fetchall()
    assert all(c >= TREE_THRESHOLD for i, _, c in rows if i != ren.id)
    assert {n.id: n.mentions for n in net.nodes} == {i: m for i, m, _ in rows}
    uncertain = lib.conn.execute(
        "SELECT DISTINCT e.id FROM entities e JOIN mentions m ON m.entity_id = e.id"
        " WHERE e.confidence < ? AND m.article_id IN"
        " (SELECT article_id FROM mentions WHERE entity_id = ?)",
        (TREE_THRESHOLD, ren.id),
    ).fetchall()
    assert not {u[0] for u in uncertain} & ids


def test_network_min_weight_and_limit(lib: Library) -> None:
    beijing = find_entity(lib, "北京")
    assert beijing is not None
    loose = network(lib, [beijing.id], min_weight=1, limit=500)
    strict = network(lib, [beijing.id], min_weight=2, limit=500)
    assert strict.edges and all(e.articles >= 2 for e in strict.edges)
    assert len(strict.nodes) < len(loose.nodes)
    few = network(lib, [beijing.id], min_weight=1, limit=3)
    assert len(few.nodes) == 4  # 北京 and the three sharing most


def test_command_line_timeline_and_network(lib_path: Path) -> None:
    r = run("timeline", "北京市", "--by", "year", "--format", "json", lib=lib_path)
    assert r.returncode == 0, r.stderr
    years = {row["period"]: row for row in json.loads(r.stdout)}
    lib = Library.open(lib_path, create=False)
    beijing = find_entity(lib, "北京")
    assert beijing is not None
    want = {p.period: p.mentions for p in timeline(lib, [beijing.id], "year")}
    lib.close()
    assert {"2016", "2017"} <= set(years)
    assert {p: row["mentions"] for p, row in years.items()} == want
    r = run("timeline", "北京", "--format", "csv", lib=lib_path)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["period"] for row in rows} >= {"2016-12", "2017-01"}
    r = run("network", "任睿傑", "--min-weight", "1", "--format", "json", lib=lib_path)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    names = {n["name"] for n in data["nodes"]}
    assert "任睿杰" in names and "燕郊" in names
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    r = run("network", "没有这个", lib=lib_path)
    assert r.returncode == 1 and "no entity named" in r.stderr
