"""CSV exports of articles and search results, read back from the files written."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.articles import get_article, insert_article
from db.csvio import read_csv
from db.export import ARTICLE_COLUMNS, SEARCH_COLUMNS, export_articles, export_search
from db.library import Library
from db.search import search, search_ids
from tests.helpers import seed_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("export"))
    with lib.transaction() as conn:  # an article in neither script: both columns converted
        insert_article(conn, title="mixed", text="电腦 and 創新", script="mixed", date="2020-01-02")
        # Simplified with a Traditional name quoted: the Simplified column keeps it as written
        insert_article(conn, title="quoted", text="创新报道：「臺灣」一词照录。", script="hans")
    yield lib
    lib.close()


def _rows(path: Path) -> list[dict[str, str]]:
    header, rows = read_csv(path)
    return [dict(zip(header, r, strict=True)) for r in rows]


def test_every_article_in_both_scripts(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert export_articles(lib, out) == 6
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header, _ = read_csv(out)
    assert header == ARTICLE_COLUMNS
    rows = _rows(out)
    assert [int(r["article_id"]) for r in rows] == [1, 2, 3, 4, 5, 6]
    for r in rows:
        a = get_article(lib, int(r["article_id"]))
        assert r["article_uid"] == a.uid and r["title"] == a.title
        assert r["text_original"] == a.text and r["script"] == a.script
        assert r["date"] == (a.date or "") and r["source"] == (a.source or "")
        assert r["byline"] == a.byline and r["path"] == (a.path or "")
    trad = next(r for r in rows if r["script"] == "hant")
    assert trad["text_hant"] == trad["text_original"]
    assert "联泰集群" in trad["text_hans"] and "聯泰集群" not in trad["text_hans"]
    simp = next(r for r in rows if r["script"] == "hans")
    assert simp["text_hans"] == simp["text_original"]
    assert len(simp["text_hant"]) == len(simp["text_hans"]) and "創新" in simp["text_hant"]
    mixed, quoted = rows[-2:]
    assert mixed["text_hans"] == "电脑 and 创新" and mixed["text_hant"] == "電腦 and 創新"
    assert quoted["text_hans"] == "创新报道：「臺灣」一词照录。"
    assert quoted["text_hant"] == "創新報道：「臺灣」一詞照錄。"


def test_chosen_articles_in_the_order_given_without_bom(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert export_articles(lib, out, [3, 1], bom=False) == 2
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [int(r["article_id"]) for r in _rows(out)] == [3, 1]


def test_search_results_best_first_with_hits_and_snippets(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    n = export_search(lib, "燕郊 OR 滨海", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header, _ = read_csv(out)
    assert header == SEARCH_COLUMNS
    rows = _rows(out)
    want = search_ids(lib, "燕郊 OR 滨海")
    assert n == len(want) == len(rows) > 1
    assert [int(r["article_id"]) for r in rows] == want
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, n + 1)]
    page = {h.article_id: h for h in search(lib, "燕郊 OR 滨海", limit=50).hits}
    for r in rows:
        hit = page[int(r["article_id"])]
        assert r["query"] == "燕郊 OR 滨海" and int(r["hits"]) == hit.hits > 0
        assert r["snippets"].split("\n") == hit.snippets
        assert "【" in r["snippets"]


def test_search_export_takes_filters_and_a_chosen_subset(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    dated = search_ids(lib, "创新", date_from="2020-01-01", date_to="2020-01")
    assert dated == [5]
    assert export_search(lib, "创新", out, date_from="2020-01-01", date_to="2020-01") == 1
    (row,) = _rows(out)
    assert (
        row["article_id"] == "5" and row["hits"] == "1" and row["snippets"] == "电腦 and 【創新】"
    )
    assert export_search(lib, "创新", out, ids=[2, 1], bom=False) == 2
    rows = _rows(out)
    assert [r["article_id"] for r in rows] == ["2", "1"] and [r["rank"] for r in rows] == ["1", "2"]
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
