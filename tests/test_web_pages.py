"""Saved Chinese news pages (tests/data/web): the article and its metadata, none of the rest.

The pages carry navigation, share bars, related links, comments and sidebars;
each has a JSON of gold (see bench/web_extract.py, which also scores other
extractors on them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.web_extract import Result, score
from tests.helpers import ROOT
from text.reader import read_document

PAGES = sorted((ROOT / "tests" / "data" / "web").glob("*.html"))
# What the reader is known to miss; a fix or a new miss both show up here.
KNOWN_MISSES = {("blog_pinyin", "source")}
# Pages whose kept text is known to hold some of the page around the article:
# ltn_big5 keeps the site's in-text app advertisement (a <p> among the paragraphs).
PRECISION_FLOOR = {"ltn_big5": 0.85}


def _result(page: Path) -> Result:
    doc = read_document(page)
    return Result(doc.text, doc.title, doc.date, [b.name for b in doc.bylines], doc.source)


def test_there_are_pages_to_read() -> None:
    assert len(PAGES) >= 13


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_article_text_is_whole_and_the_page_around_it_is_gone(page: Path) -> None:
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    doc = read_document(page)
    lines = doc.text.split("\n")
    for paragraph in gold["body"]:
        assert paragraph in lines
    s = score(_result(page), gold)
    assert s["recall"] == 1.0
    assert s["precision"] >= PRECISION_FLOOR.get(page.stem, 0.95), doc.text


def test_title_date_author_and_source() -> None:
    misses = set()
    for page in PAGES:
        gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        s = score(_result(page), gold)
        misses |= {(page.stem, key) for key in ("title", "date", "author", "source") if not s[key]}
    assert misses == KNOWN_MISSES


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_byline_text_names_the_author(page: Path) -> None:
    """The article's byline (the CSV's byline column) holds the author the reader found,
    whether it came from the text under the headline or from the page's markup."""
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    doc = read_document(page)
    authors = gold["author"] if isinstance(gold["author"], list) else [gold["author"]]
    for author in filter(None, authors):
        assert author in doc.byline, (doc.byline, doc.bylines)


def test_a_block_named_for_comments_that_holds_the_article_is_kept(tmp_path: Path) -> None:
    paragraph = "京津冀协同创新共同体建设提速，三地科技部门不断完善协同创新机制，开展联合攻关。"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>协同创新</title></head><body>"
        '<div class="article has-comments"><h1>协同创新</h1>'
        + "".join(f"<p>{i}{paragraph}</p>" for i in range(6))
        + '</div><div class="comment-list"><p>网友：说得好，希望早日落地。</p></div>'
        "</body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert all(f"{i}{paragraph}" in doc.text.split("\n") for i in range(6))
    assert "网友" not in doc.text


def test_a_page_saved_whole_with_its_pictures_inline_is_read(tmp_path: Path) -> None:
    """SingleFile and "Web page, single file" keep pictures as data: URIs; one
    over 10 MB is past what libxml2 reads in one attribute."""
    picture = "data:image/jpeg;base64," + "QUJD" * 2_750_000  # 11 MB
    paragraphs = [f"第{i}段：京津冀协同创新共同体建设提速，三地开展联合攻关。" for i in range(4)]
    page = tmp_path / "saved.html"
    page.write_text(
        "<html><head><title>协同创新</title></head><body><article><h1>协同创新</h1>"
        + f'<p>{paragraphs[0]}</p><figure><img src="{picture}"></figure>'
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.text.split("\n") == ["协同创新", *paragraphs]
