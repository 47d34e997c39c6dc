"""One-character search from the per-character lists (db/onechar.py): the same
first page and the same total as the full bm25 ranking, kept up on insert,
re-import and index rebuild."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from db import onechar
from db.health import check_library, repair_library
from db.importer import import_paths
from db.library import Library
from db.query import parse_query
from db.search import count_matches, search, search_ids
from tests.helpers import SEEDS, add_numbered, sentence_articles
from text.fold import fold
from text.tokens import index_tokens

PAGE = 10


@pytest.fixture()
def small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists of 20 (trimmed at 40) and pages to depth 10, so that a library of a few
    hundred articles exercises trimming as a million-article one does."""
    monkeypatch.setattr(onechar, "LIST_ROWS", 20)
    monkeypatch.setattr(onechar, "TRIM_AT", 30)
    monkeypatch.setattr(onechar, "PAGE_DEPTH", 10)


def _full_ranking(lib: Library, ch: str) -> list[int]:
    return [
        r[0]
        for r in lib.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid",
            (f'"{ch}" *',),
        )
    ]


def _common_chars(lib: Library, least: int) -> list[str]:
    df: Counter[str] = Counter()
    for (text,) in lib.conn.execute("SELECT text FROM articles"):
        df.update({c for c in fold(text) if "\u4e00" <= c <= "\u9fff"})
    return [c for c, n in df.items() if n >= least]


def _check_first_pages(lib: Library, chars: list[str]) -> None:
    assert onechar.ready(lib.conn)
    for ch in chars:
        full = _full_ranking(lib, ch)
        listed = onechar.page(lib.conn, ch, PAGE)
        assert listed is not None
        assert [aid for aid, _ in listed] == full[:PAGE], ch
        ranks = dict(
            lib.conn.execute(
                "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?", (f'"{ch}" *',)
            )
        )
        assert all(score == pytest.approx(ranks[aid], rel=1e-12) for aid, score in listed)
        assert search_ids(lib, ch, limit=PAGE) == full[:PAGE], ch
        assert count_matches(lib, ch) == len(full), ch


def test_first_page_and_total_equal_full_bm25_as_average_length_grows(
    tmp_path: Path, small_lists: None
) -> None:
    rng = random.Random(7)
    lib = Library.open(tmp_path / "lib.duizhao")
    # short articles first, then ones four times as long: the average length that
    # decided each trim drifts far from today's
    add_numbered(lib, sentence_articles(rng, 150, (1, 3)))
    add_numbered(lib, sentence_articles(rng, 150, (8, 14)), start=150)
    chars = _common_chars(lib, 60)
    assert len(chars) > 30
    assert max(onechar.count(lib.conn, c) for c in chars) > onechar.TRIM_AT  # lists trimmed
    stored = lib.conn.execute("SELECT max(n) FROM (SELECT count(*) n FROM char_rank GROUP BY ch)")
    assert stored.fetchone()[0] <= onechar.TRIM_AT
    _check_first_pages(lib, chars)


def test_page_of_the_search_carries_scores_and_snippets(tmp_path: Path, small_lists: None) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(random.Random(3), 120, (2, 6)))
    ch = _common_chars(lib, 60)[0]
    page = search(lib, ch, limit=5, offset=2)
    full = _full_ranking(lib, ch)
    assert [h.article_id for h in page.hits] == full[2:7]
    assert page.total == len(full)
    assert all(h.hits >= 1 and ch in fold("".join(h.snippets)) for h in page.hits)
    scores = [h.score for h in page.hits]
    assert scores == sorted(scores) and scores[0] < 0  # bm25 ranks: best (lowest) first


def test_deep_pages_take_the_ordinary_path(tmp_path: Path, small_lists: None) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(random.Random(5), 200, (2, 6)))
    ch = max(_common_chars(lib, 100), key=lambda c: onechar.count(lib.conn, c))
    assert onechar.page(lib.conn, ch, PAGE, offset=PAGE) is None
    full = _full_ranking(lib, ch)
    assert [h.article_id for h in search(lib, ch, limit=30, offset=20).hits] == full[20:50]
    assert search_ids(lib, ch, limit=40) == full[:40]


def test_lists_kept_up_as_articles_arrive_and_on_reimport(
    tmp_path: Path, small_lists: None
) -> None:
    rng = random.Random(11)
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(rng, 80, (2, 5)))
    chars = _common_chars(lib, 30)
    _check_first_pages(lib, chars)  # asked before the next articles arrive
    add_numbered(lib, sentence_articles(rng, 120, (1, 9)), start=80)
    _check_first_pages(lib, _common_chars(lib, 60))
    before = dict(lib.conn.execute("SELECT ch, df FROM char_stats"))
    first = import_paths(lib, [SEEDS])
    again = import_paths(lib, [SEEDS])  # the same files: nothing new is counted
    assert len(first.added) == 4 and not again.added
    after = dict(lib.conn.execute("SELECT ch, df FROM char_stats"))
    seeds = Counter(c for p in SEEDS.glob("*.txt") for c in set(fold(p.read_text("utf-8"))))
    assert after["冀"] == before.get("冀", 0) + seeds["冀"] > 0
    _check_first_pages(lib, ["冀", "津", *chars[:10]])


def test_a_library_from_before_keeps_the_ordinary_path_until_repaired(
    tmp_path: Path, small_lists: None
) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(random.Random(13), 150, (2, 6)))
    with lib.transaction() as conn:  # as a library migrated with articles in it is
        onechar.clear(conn)
        conn.execute("DELETE FROM meta WHERE key = 'char_lists'")
    chars = _common_chars(lib, 60)
    ch = chars[0]
    assert not onechar.ready(lib.conn)
    assert onechar.page(lib.conn, ch, PAGE) is None
    assert search_ids(lib, ch, limit=PAGE) == _full_ranking(lib, ch)[:PAGE]
    assert count_matches(lib, ch) == len(_full_ranking(lib, ch))
    repair_library(lib)
    _check_first_pages(lib, chars)


def test_only_whole_one_character_queries_use_the_lists() -> None:
    assert onechar.single_character(parse_query("京")) == "京"
    assert onechar.single_character(parse_query("京 -津")) is None
    assert onechar.single_character(parse_query("京 OR 津")) is None
    assert onechar.single_character(parse_query("京津")) is None
    assert onechar.single_character(parse_query("a")) is None
    assert onechar.single_character(parse_query("臺")) == fold("臺")  # folded like the index


def test_token_stats_counts_what_fts5_counts(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    text = "京津冀协同，京津共建。GDP增长京"
    add_numbered(lib, [text])
    counts, dl = onechar.token_stats(index_tokens(fold(f"0\n{text}")))
    assert counts["京"] == 3 and counts["津"] == 2 and "g" not in counts
    size = lib.conn.execute("SELECT sz FROM articles_fts_docsize").fetchone()[0]
    assert dl == size[0]  # FTS5's own token count (one column: one varint < 128)


def test_check_reports_lists_that_disagree_with_the_index_and_repair_mends_them(
    tmp_path: Path,
) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(random.Random(17), 60, (2, 4)))
    assert check_library(lib).ok
    with lib.transaction() as conn:
        conn.execute("UPDATE char_stats SET df = df + 1 WHERE ch = '的'")
    report = check_library(lib)
    assert report.repairable and any("的" in p for p in report.index_problems)
    repair_library(lib)
    assert check_library(lib).ok and count_matches(lib, "的") == len(_full_ranking(lib, "的"))
    with lib.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'char_lists'")
    assert check_library(lib).ok
    assert any("repair" in note for note in check_library(lib).notes)
