"""Duplicate detection on import: one article per text, whatever its file, encoding or layout.

A text is a duplicate of an article when the two are equal once every run of
whitespace is one space; the article's uid (what a citation and a note name) is
the first 16 hex digits of the SHA-256 of that text, so it is the same in every
library built from the same file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import db.importer
from db.articles import article_count, bylines_of, get_article
from db.importer import add_document, import_paths
from db.library import Library
from db.search import search_ids
from text.files import stored_path
from text.reader import document_from_text, read_document

BODY = "北京中关村科技园区今年新增企业三千余家，营业收入超过1800亿元。\n本报记者 张璐\n"


def _uid(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def test_the_same_text_twice_in_one_import_is_one_article(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("标题\n" + BODY, encoding="utf-8")
    # the same words, laid out with other line ends and blanks, in another encoding
    (src / "b.txt").write_bytes(("标题\r\n\r\n" + BODY.replace("\n", " \t\r\n")).encode("gb18030"))
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert [p.name for p, _ in report.added] == ["a.txt"]
    assert [p.name for p, _ in report.duplicates] == ["b.txt"]
    assert report.duplicates[0][1] == report.added[0][1]
    assert report.summary() == "2 found: 1 imported, 1 duplicate(s), 0 failed"
    assert article_count(lib) == 1
    # the one article is found once, and holds the text of the file imported first
    assert search_ids(lib, "中关村") == [report.added[0][1]]
    assert get_article(lib, report.added[0][1]).text == "标题\n" + BODY  # type: ignore[union-attr]
    lib.close()


def test_texts_that_differ_in_a_character_or_a_space_inside_a_line_are_two_articles(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("标题\n" + BODY, encoding="utf-8")
    (src / "b.txt").write_text("标题\n" + BODY.replace("三千", "四千"), encoding="utf-8")
    (src / "c.txt").write_text("标题\n" + BODY.replace("1800亿元", "1800 亿元"), encoding="utf-8")
    lib = Library.open(tmp_path / "lib.duizhao")
    report = import_paths(lib, [src])
    assert sorted(p.name for p, _ in report.added) == ["a.txt", "b.txt", "c.txt"]
    assert not report.duplicates
    assert len({aid for _, aid in report.added}) == 3
    assert article_count(lib) == 3
    lib.close()


def test_the_uid_is_the_digest_of_the_text_and_the_same_in_every_library(tmp_path: Path) -> None:
    text = "标题\n\n  " + BODY.replace("\n", "\r\n")
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8", newline="")
    uids = []
    for name in ("one.duizhao", "two.duizhao"):
        lib = Library.open(tmp_path / name)
        (path, aid), *_ = import_paths(lib, [src]).added
        article = get_article(lib, aid)
        assert article is not None and path == src
        uids.append(article.uid)
        lib.close()
    assert uids == [_uid(text)] * 2
    assert uids[0] == _uid("标题 " + BODY)  # blanks and line ends do not count


def test_a_reimport_into_a_library_reopened_finds_every_duplicate(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(f"第{i}篇\n{BODY}", encoding="utf-8")
    path = tmp_path / "lib.duizhao"
    lib = Library.open(path)
    first = import_paths(lib, [src])
    lib.close()
    lib = Library.open(path)
    again = import_paths(lib, [src])
    assert not again.added and again.ok
    assert sorted(again.duplicates) == sorted(first.added)
    assert again.summary() == "3 found: 0 imported, 3 duplicate(s), 0 failed"
    assert article_count(lib) == 3
    lib.close()


def test_add_document_adds_a_searchable_article_once(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    doc = document_from_text("标题\n" + BODY)
    aid, new = add_document(lib, doc, source="新华社")
    assert new
    assert search_ids(lib, "营业收入") == [aid]
    again = document_from_text("标题 \n\n" + BODY.replace("\n", "\r\n"))
    assert add_document(lib, again, source="人民日报") == (aid, False)
    assert article_count(lib) == 1
    article = get_article(lib, aid)
    assert article is not None
    assert (article.source, article.path, article.title) == ("新华社", None, "标题")  # the first
    lib.close()


def test_an_imported_article_keeps_what_was_read_from_its_file(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds"
    src = next(iter(sorted(seed.glob("000_*.txt"))))
    lib = Library.open(tmp_path / "lib.duizhao")
    (path, aid), *_ = import_paths(lib, [src]).added
    doc = read_document(src)
    assert doc.title and doc.byline and len(doc.bylines) == 2  # the seed has all of them
    article = get_article(lib, aid)
    assert article is not None
    assert (article.title, article.byline, article.script) == (doc.title, doc.byline, "hant")
    assert article.path == stored_path(src)
    assert article.source is None and article.date is None
    assert bylines_of(lib, aid) == [("曹政", "reporter"), ("潘之望", "photographer")]
    lib.close()


def test_the_source_given_to_the_import_replaces_the_one_the_file_names(tmp_path: Path) -> None:
    for name, given, expected in [("a", "新华社", "新华社"), ("b", None, "人民日报")]:
        src = tmp_path / f"{name}.txt"
        src.write_text(f"标题{name}\n来源：人民日报\n2024年3月5日\n{BODY}", encoding="utf-8")
        lib = Library.open(tmp_path / f"{name}.duizhao")
        (_, aid), *_ = import_paths(lib, [src], source=given).added
        article = get_article(lib, aid)
        assert article is not None
        assert (article.source, article.date) == (expected, "2024-03-05")
        lib.close()


def test_a_file_whose_save_failed_is_no_duplicate_when_imported_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        (src / f"{i}.txt").write_text(f"第{i}篇\n{BODY}", encoding="utf-8")
    real_insert = db.importer.insert_article

    def insert_then_fail(conn, **kw):  # type: ignore[no-untyped-def]
        article_id = real_insert(conn, **kw)  # the row is written, then the save fails
        if kw["title"] == "第2篇":
            raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
        return article_id

    lib = Library.open(tmp_path / "lib.duizhao")
    with monkeypatch.context() as m:
        m.setattr(db.importer, "insert_article", insert_then_fail)
        report = import_paths(lib, [src])
    assert [p.name for p, _ in report.failed] == ["2.txt"]
    assert article_count(lib) == 3
    again = import_paths(lib, [src])
    assert [p.name for p, _ in again.added] == ["2.txt"]
    assert sorted(p.name for p, _ in again.duplicates) == ["0.txt", "1.txt", "3.txt"]
    assert article_count(lib) == 4
    assert len(search_ids(lib, "中关村")) == 4
    lib.close()
