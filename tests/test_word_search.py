"""Search by pinyin (only the words offered are searched) and by regional vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.added_terms import regional_query, words_query
from db.articles import insert_article
from db.extraction import extract_library
from db.library import Library
from db.pinyin_words import PinyinWords
from db.search import search
from tests.helpers import seed_library
from tests.test_cli import run
from text.pinyin_search import index_words, typed_key
from text.regional import regional_terms

# An article with the Taiwan word only (資訊), and one with a homophone of 燕郊 (眼角).
TAIWAN = "數位資訊平台上線，民眾可以查詢各項服務。"
HOMOPHONE = "她的眼角有一道細紋，笑起來更明顯。"


@pytest.fixture(scope="module")
def seeds_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = seed_library(tmp_path_factory.mktemp("words"))
    extract_library(lib)
    with lib.transaction() as conn:
        insert_article(conn, title="資訊平台", text=TAIWAN, script="hant")
        insert_article(conn, title="眼角", text=HOMOPHONE, script="hant")
    path = lib.path
    lib.close()
    return path


@pytest.fixture(scope="module")
def lib(seeds_path: Path) -> Library:
    lib = Library.open(seeds_path)
    yield lib
    lib.close()


def test_typed_letters_read_as_pinyin() -> None:
    assert typed_key("yanjiao") == typed_key("Yan Jiao") == typed_key("yán'jiāo") == "yanjiao"
    assert typed_key("lüse") == "lvse"
    assert typed_key("燕郊") is None and typed_key("x1") is None
    index = index_words(["燕郊", "任睿杰", "中山"])
    assert index.find("yj") == ["燕郊"]
    assert index.find("zhsh") == index.find("zs") == ["中山"]
    assert index.find("yanjia") == []


@pytest.mark.parametrize("typed", ["yanjiao", "yan jiao", "yj"])
def test_pinyin_offers_the_library_name(lib: Library, typed: str) -> None:
    offered = PinyinWords(lib).offered(typed)
    assert offered[0] == "燕郊"


def test_pinyin_offers_only_words_that_occur(lib: Library) -> None:
    words = PinyinWords(lib)
    candidates = words.candidates("yanjiao")
    assert {"燕郊", "眼角", "言教"} <= set(candidates)
    offered = words.offered("yanjiao")
    # 言教 reads yanjiao too but is in no article; 眼角 is in one.
    assert "言教" not in offered
    assert "眼角" in offered


def test_common_words_are_tried_first(lib: Library) -> None:
    candidates = PinyinWords(lib).candidates("yj")
    assert candidates[0] == "燕郊"  # the library's names first
    # then the dictionary's words, the most common first (一价 comes first in the file)
    assert candidates.index("已经") < candidates.index("一价")
    assert "已经" in PinyinWords(lib).offered("yj")


def test_a_pinyin_search_searches_exactly_the_words_offered(lib: Library) -> None:
    expanded = words_query(["燕郊"])
    page = search(lib, expanded.query, limit=50)
    titles = {h.title for h in page.hits}
    assert page.total >= 1
    assert "眼角" not in titles  # the homophone's article: not offered, not found


def test_search_pinyin_json_says_what_it_searched(seeds_path: Path) -> None:
    r = run("search", "--pinyin", "yan jiao", "--format", "json", lib=seeds_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["pinyin"] == "yan jiao"
    assert out["searched"] == out["offered"]
    assert "燕郊" in out["searched"] and "言教" not in out["searched"]
    assert out["results"]
    for hit in out["results"]:
        assert any(w in s for s in hit["snippets"] for w in ("燕郊", "眼角"))
    r = run("search", "--pinyin", "燕郊", lib=seeds_path)
    assert r.returncode == 2 and "does not read as pinyin" in r.stderr


def test_regional_terms_from_openccs_tables() -> None:
    assert "資訊" in regional_terms("信息")
    assert "信息" in regional_terms("資訊")
    assert "軟體" in regional_terms("软件")
    assert "網路" in regional_terms("网络")
    assert regional_terms("创新") == []
    assert regional_terms("-信息 创新") == []  # an excluded word adds nothing


def test_regional_search_finds_the_article_with_the_taiwan_word_only(lib: Library) -> None:
    plain = search(lib, "信息")
    assert "資訊平台" not in {h.title for h in plain.hits}  # exact without the option
    expanded = regional_query("信息")
    assert expanded.added == ("資訊",)
    page = search(lib, expanded.query)
    assert "資訊平台" in {h.title for h in page.hits}
    r = run("search", "信息", "--regional", "--format", "json", lib=lib.path)
    out = json.loads(r.stdout)
    assert out["added"] == ["資訊"] and out["searched"] == ["信息", "資訊"]
    assert "資訊平台" in {h["title"] for h in out["results"]}
    r = run("search", "信息", lib=lib.path)
    assert "資訊平台" not in r.stdout and "regional" not in r.stdout
