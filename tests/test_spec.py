"""The search specification: filters combine (AND) and match direct SQL over a real library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.entities import find_entity
from db.extraction import extract_library
from db.library import Library
from db.search import count_matches, search, search_ids
from db.spec import SearchSpec
from tests.helpers import ROOT, seed_library
from tests.test_cli import run


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("spec"))
    extract_library(lib)
    # dates and sources, so the date and source filters have something to tell apart
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")]
    for aid, date, source in zip(
        ids,
        ("2016-12-31", "2017-01-02", "2016-12-05", None),
        ("北京日报", "天津日报", "北京日报", None),
        strict=True,
    ):
        lib.conn.execute(
            "UPDATE articles SET date = ?, source = ? WHERE id = ?", (date, source, aid)
        )
    lib.conn.commit()
    yield lib
    lib.close()


def _direct(lib: Library, query: str, where: str, params: list[object]) -> set[int]:
    """The articles matching ``query`` (by substring of the folded text) and ``where``."""
    from text.fold import fold

    rows = lib.conn.execute(f"SELECT id, text FROM articles a WHERE 1 = 1{where}", params)
    return {aid for aid, text in rows if fold(query) in fold(text)}


def _mentioning(eid: int) -> str:
    return f" AND a.id IN (SELECT article_id FROM mentions WHERE entity_id = {int(eid)})"


def test_entities_types_dates_and_sources_combine_like_direct_sql(lib: Library) -> None:
    ren = find_entity(lib, "任睿杰")
    beijing = find_entity(lib, "北京")
    zhang = find_entity(lib, "张士硕")  # in another article than 任睿杰
    assert ren is not None and beijing is not None and zhang is not None
    cases = [
        (SearchSpec("创新"), ""),
        (SearchSpec("创新", entities=(ren.id,)), _mentioning(ren.id)),
        (
            SearchSpec("创新", entities=(ren.id, beijing.id)),
            _mentioning(ren.id) + _mentioning(beijing.id),
        ),
        (
            SearchSpec("创新", entities=(zhang.id, ren.id)),
            _mentioning(zhang.id) + _mentioning(ren.id),
        ),
        (SearchSpec("创新", date_from="2016-12", date_to="2016-12"), " AND a.date LIKE '2016-12%'"),
        (SearchSpec("创新", date_to="2016"), " AND a.date < '2017'"),
        (SearchSpec("创新", sources=("北京日报", "天津日报")), " AND a.source IS NOT NULL"),
        (SearchSpec("创新", sources=("天津日报",)), " AND a.source = '天津日报'"),
        (
            SearchSpec("创新", types=("park",), sources=("北京日报",)),
            " AND a.source = '北京日报' AND a.id IN (SELECT m.article_id FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE e.type = 'park')",
        ),
    ]
    seen = set()
    for spec, where in cases:
        want = _direct(lib, spec.query, where, [])
        got = set(search_ids(lib, spec.query, spec=spec))
        assert got == want, spec.describe()
        assert count_matches(lib, spec.query, spec=spec) == len(want)
        assert search(lib, spec.query, spec=spec).total == len(want)
        seen.add(len(want))
    assert len(seen) >= 4  # the filters really narrow, differently
    assert 0 in seen  # two entities of different articles: none mentions both


def test_a_filter_keeps_the_relevance_order_of_the_unfiltered_search(lib: Library) -> None:
    everything = search_ids(lib, "创新")
    spec = SearchSpec("创新", sources=("北京日报",))
    narrowed = search_ids(lib, "创新", spec=spec)
    assert len(narrowed) == 2 and narrowed == [a for a in everything if a in narrowed]
    newest = search_ids(lib, "创新", order="newest", spec=spec)
    dates = [
        lib.conn.execute("SELECT date FROM articles WHERE id = ?", (a,)).fetchone()[0]
        for a in newest
    ]
    assert dates == sorted(dates, reverse=True)


def test_the_spec_is_kept_as_json_and_stated_in_one_line() -> None:
    spec = SearchSpec(
        "燕郊",
        entities=(7,),
        types=("person",),
        date_from="2023",
        date_to="2024",
        sources=("人民日报",),
        order="newest",
        entity_names=("任睿杰",),
    )
    again = SearchSpec.from_json(spec.to_json())
    assert again == spec and again.entity_names == ("任睿杰",)
    assert json.loads(spec.to_json())["entities"] == [7]
    assert (
        spec.describe()
        == "燕郊 · mentions 任睿杰 · a person · 2023–2024 · from 人民日报 · newest first"
    )
    assert SearchSpec("燕郊").describe() == "燕郊" and not SearchSpec("燕郊").filtered
    assert spec.filtered
    with pytest.raises(ValueError):
        SearchSpec("x", order="random")  # type: ignore[arg-type]


def test_user_text_never_reaches_the_sql(lib: Library) -> None:
    spec = SearchSpec("创新", sources=("x' OR 1=1 --",), types=("person') OR ('1'='1",))
    assert search_ids(lib, "创新", spec=spec) == []
    assert count_matches(lib, "创新", spec=spec) == 0


def test_command_line_search_combines_an_entity_by_any_name_with_the_text(tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    assert run("import", str(ROOT / "seeds"), lib=path).returncode == 0
    plain = json.loads(run("search", "创新", "--format", "json", lib=path).stdout)
    # 任睿杰 in Traditional; 北京 by its abbreviation alone
    r = run("search", "创新", "--entity", "任睿傑", "--entity", "京", "--format", "json", lib=path)
    assert r.returncode == 0, r.stderr
    narrowed = json.loads(r.stdout)
    assert 1 <= len(narrowed) < len(plain)
    assert all("燕郊" in row["title"] for row in narrowed)
    table = run("search", "创新", "--entity", "任睿杰", "--type", "park", lib=path)
    assert table.stdout.startswith("创新 · mentions 任睿杰 · a park · 1 article(s) match")
    missing = run("search", "创新", "--entity", "不存在的名字", lib=path)
    assert missing.returncode == 1 and "no entity named" in missing.stderr
