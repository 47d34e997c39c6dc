"""Two-character search from the lists of common bigrams (db/bigrams.py): promotion
lists exactly the bigrams at or over the threshold with FTS5's own ranking, the
lists are kept up as articles arrive, and search answers from them with the same
first page and total as the full bm25 ranking; check and repair know them."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from db import bigrams, onechar
from db.health import check_library, repair_library
from db.importer import ImportProgress, import_paths
from db.library import Library
from db.query import parse_query
from db.search import count_matches, search, search_ids
from tests.helpers import SEEDS, add_numbered, sentence_articles
from text.fold import fold
from text.tokens import index_tokens

PAGE = 10
_RUN = re.compile("[\u4e00-\u9fff]+")


@pytest.fixture()
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists of 20 (trimmed past 30), pages to depth 10, promotion from 40 articles:
    a library of a few hundred articles behaves as a million-article one does."""
    monkeypatch.setattr(onechar, "LIST_ROWS", 20)
    monkeypatch.setattr(onechar, "TRIM_AT", 30)
    monkeypatch.setattr(onechar, "PAGE_DEPTH", 10)
    monkeypatch.setattr(bigrams, "HOT_DF", 40)
    monkeypatch.setattr(bigrams, "REFRESH_MIN", 100)


def _bigram_df(lib: Library) -> Counter[str]:
    """Articles holding each CJK bigram, by a scan of the folded texts."""
    df: Counter[str] = Counter()
    for (text,) in lib.conn.execute("SELECT text FROM articles"):
        found = set()
        for run in _RUN.findall(fold(text)):
            found.update(run[i : i + 2] for i in range(len(run) - 1))
        df.update(found)
    return df


def _ranking(lib: Library, key: str) -> list[tuple[int, float]]:
    return lib.conn.execute(
        "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid",
        (f'"{key}"',),
    ).fetchall()


def _check_listed(lib: Library, keys: list[str]) -> None:
    """Each bigram answered from its list: the first page, its scores and the total
    equal FTS5's full ranking."""
    for key in keys:
        assert onechar.listed_key(lib.conn, parse_query(key)) == key
        full = _ranking(lib, key)
        listed = onechar.page(lib.conn, key, PAGE)
        assert listed is not None
        assert [aid for aid, _ in listed] == [aid for aid, _ in full[:PAGE]], key
        ranks = dict(full)
        assert all(score == pytest.approx(ranks[aid], rel=1e-12) for aid, score in listed)
        assert search_ids(lib, key, limit=PAGE) == [aid for aid, _ in full[:PAGE]]
        assert count_matches(lib, key) == len(full) == onechar.count(lib.conn, key), key


def _library(tmp_path: Path, seed: int = 7, n: int = 200) -> Library:
    lib = Library.open(tmp_path / "lib.duizhao")
    add_numbered(lib, sentence_articles(random.Random(seed), n, (1, 4)))
    return lib


def test_promotion_lists_exactly_the_bigrams_at_or_over_the_threshold(
    tmp_path: Path, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path)
    df = _bigram_df(lib)
    # a threshold that some bigram meets exactly
    threshold = sorted(set(df.values()), reverse=True)[12]
    monkeypatch.setattr(bigrams, "HOT_DF", threshold)
    hot = {b for b, n in df.items() if n >= threshold}
    assert any(df[b] == threshold for b in hot) and len(hot) > 10
    report = bigrams.refresh(lib)
    assert report.promoted == len(hot) and not report.unlisted and not report.stopped
    assert onechar.listed_bigrams(lib.conn) == hot
    for key in hot:
        # each list is the full ranking's best LIST_ROWS, with the true frequencies
        rows = lib.conn.execute(
            "SELECT article_id, tf, dl FROM char_rank WHERE ch = ?", (key,)
        ).fetchall()
        best = [aid for aid, _ in _ranking(lib, key)[: onechar.LIST_ROWS]]
        assert sorted(aid for aid, _, _ in rows) == sorted(best)
        for aid, tf, dl in rows:
            (text,) = lib.conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()
            tokens = index_tokens(fold(text)).split()
            assert (tf, dl) == (tokens.count(key), len(tokens)), key
    _check_listed(lib, sorted(hot))
    assert bigrams.last_refresh(lib.conn) == 200
    assert bigrams.refresh(lib).candidates == 0  # nothing left to promote
    assert not bigrams.due(lib.conn)
    add_numbered(lib, sentence_articles(random.Random(1), 199, (1, 2)), start=200)
    assert not bigrams.due(lib.conn)
    add_numbered(lib, ["京津冀"], start=399)
    assert bigrams.due(lib.conn)  # twice as many articles as at the promotion


def test_tf_recovered_from_the_rank_round_trips() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        docs = rng.randint(1, 2_000_000)
        hits = rng.randint(1, docs)
        tf, dl = rng.randint(1, 5000), rng.randint(1, 200_000)
        dl = max(dl, tf)
        avgdl = rng.uniform(5.0, 3000.0)
        idf = onechar.idf(docs, hits)
        rank = onechar.bm25(tf, dl, idf, avgdl)
        assert bigrams.tf_from_rank(rank, idf, dl, avgdl) == tf
    idf, avgdl = onechar.idf(1000, 10), 300.0
    halfway = (onechar.bm25(3, 250, idf, avgdl) + onechar.bm25(4, 250, idf, avgdl)) / 2
    assert bigrams.tf_from_rank(halfway, idf, 250, avgdl) is None  # no integer gives it


def test_lists_kept_up_as_the_library_grows_and_on_reimport(tmp_path: Path, small: None) -> None:
    rng = random.Random(11)
    lib = _library(tmp_path, seed=11, n=150)
    assert bigrams.refresh(lib).promoted > 10
    listed = sorted(onechar.listed_bigrams(lib.conn))
    # then articles four times as long: the lists trim as the average length drifts
    add_numbered(lib, sentence_articles(rng, 150, (6, 14)), start=150)
    assert max(onechar.count(lib.conn, k) for k in listed) > onechar.TRIM_AT
    _check_listed(lib, listed)
    before = onechar.count(lib.conn, "京津")
    assert "京津" in listed
    first = import_paths(lib, [SEEDS])
    again = import_paths(lib, [SEEDS])  # the same files: nothing new is counted
    assert len(first.added) == 4 and not again.added
    seeds = sum("京津" in fold(p.read_text("utf-8")) for p in SEEDS.glob("*.txt"))
    assert onechar.count(lib.conn, "京津") == before + seeds > before
    _check_listed(lib, listed)


def test_an_unlisted_bigram_takes_the_index_with_the_same_results(
    tmp_path: Path, small: None
) -> None:
    lib = _library(tmp_path)
    bigrams.refresh(lib)
    df = _bigram_df(lib)
    rare = sorted(b for b, n in df.items() if 5 < n < bigrams.HOT_DF)[0]
    assert onechar.listed_key(lib.conn, parse_query(rare)) is None
    full = [aid for aid, _ in _ranking(lib, rare)]
    assert search_ids(lib, rare, limit=PAGE) == full[:PAGE]
    assert count_matches(lib, rare) == len(full) == df[rare]
    page = search(lib, rare, limit=3)
    assert [h.article_id for h in page.hits] == full[:3] and page.total == len(full)


def test_a_search_page_from_a_list_carries_scores_and_snippets(tmp_path: Path, small: None) -> None:
    lib = _library(tmp_path)
    bigrams.refresh(lib)
    key = sorted(onechar.listed_bigrams(lib.conn))[0]
    full = _ranking(lib, key)
    page = search(lib, key, limit=5, offset=2)
    assert [h.article_id for h in page.hits] == [aid for aid, _ in full[2:7]]
    assert [h.score for h in page.hits] == pytest.approx([r for _, r in full[2:7]], rel=1e-12)
    assert page.total == len(full)
    assert all(h.hits >= 1 and key in fold("".join(h.snippets)) for h in page.hits)


def test_only_whole_queries_of_two_characters_have_a_bigram_key() -> None:
    assert onechar.query_key(parse_query("京津")) == "京津"
    assert onechar.query_key(parse_query('"京津"')) == "京津"
    assert onechar.query_key(parse_query("臺灣")) == fold("臺灣")
    assert onechar.query_key(parse_query("京")) == "京"
    assert onechar.query_key(parse_query("京津冀")) is None
    assert onechar.query_key(parse_query("京津 -冀")) is None
    assert onechar.query_key(parse_query("京津 OR 协同")) is None
    assert onechar.query_key(parse_query("ab")) is None
    assert onechar.query_key(parse_query("京a")) is None


def test_an_import_ends_with_a_promotion_once_the_library_has_doubled(
    tmp_path: Path, small: None
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for i, text in enumerate(sentence_articles(random.Random(5), 260, (1, 4))):
        (folder / f"{i:03}.txt").write_text(f"第{i}篇\n\n{text}", encoding="utf-8")
    lib = Library.open(tmp_path / "lib.duizhao")
    events: list[ImportProgress] = []
    small_batch = [folder / f"{i:03}.txt" for i in range(60)]
    assert import_paths(lib, small_batch).lists is None  # below REFRESH_MIN
    report = import_paths(lib, [folder], progress=events.append)
    assert len(report.added) == 200 and report.lists is not None
    hot = {b for b, n in _bigram_df(lib).items() if n >= bigrams.HOT_DF}
    assert report.lists.promoted == len(hot) > 0
    assert onechar.listed_bigrams(lib.conn) == hot
    phases = [e for e in events if e.phase == "lists"]
    assert phases and phases[-1].done == phases[-1].total == len(hot)
    assert bigrams.last_refresh(lib.conn) == 260
    _check_listed(lib, sorted(hot))
    (folder / "more.txt").write_text("京津冀协同发展。", encoding="utf-8")
    assert import_paths(lib, [folder]).lists is None  # not twice as large yet


def test_a_stopped_promotion_keeps_what_it_finished_and_the_next_takes_the_rest(
    tmp_path: Path, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path)
    hot = {b for b, n in _bigram_df(lib).items() if n >= bigrams.HOT_DF}
    report = bigrams.refresh(lib, cancelled=lambda: True)  # stopped in the vocabulary pass
    assert report.stopped and report.candidates == 0 and not onechar.listed_bigrams(lib.conn)
    monkeypatch.setattr(bigrams, "_CHUNK_SECONDS", 0.0)  # one list a transaction
    seen: list[int] = []
    report = bigrams.refresh(
        lib,
        progress=lambda done, _: seen.append(done),
        cancelled=lambda: bool(seen) and seen[-1] >= 3,
    )
    assert report.stopped and report.promoted == 3 and report.candidates == len(hot)
    df = _bigram_df(lib)
    most = sorted(hot, key=lambda b: (-df[b], b))[:3]
    assert onechar.listed_bigrams(lib.conn) == set(most)  # the most common first
    assert bigrams.due(lib.conn) and bigrams.last_refresh(lib.conn) == 0
    report = bigrams.refresh(lib)
    assert report.promoted == len(hot) - 3 and not report.stopped
    assert onechar.listed_bigrams(lib.conn) == hot and not bigrams.due(lib.conn)
    _check_listed(lib, sorted(hot))


def test_a_list_shorter_than_list_rows_takes_every_article_that_arrives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bigrams, "HOT_DF", 40)  # lists of 300: none is full
    lib = _library(tmp_path, n=150)
    bigrams.refresh(lib)
    listed = onechar.listed_bigrams(lib.conn)
    assert listed
    add_numbered(lib, sentence_articles(random.Random(23), 100, (1, 12)), start=150)
    for key in listed:
        held = lib.conn.execute("SELECT count(*) FROM char_rank WHERE ch = ?", (key,))
        assert held.fetchone()[0] == onechar.count(lib.conn, key) == len(_ranking(lib, key))


def test_repair_keeps_every_listed_bigram(
    tmp_path: Path, small: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path, n=120)
    bigrams.refresh(lib)
    listed = onechar.listed_bigrams(lib.conn)
    monkeypatch.setattr(bigrams, "HOT_DF", 10**6)  # none would be promoted now
    repair_library(lib)
    assert onechar.listed_bigrams(lib.conn) == listed
    _check_listed(lib, sorted(listed))


def test_check_finds_a_wrong_bigram_count_and_repair_rebuilds_and_extends_the_lists(
    tmp_path: Path, small: None
) -> None:
    lib = _library(tmp_path, n=120)
    assert any("two-character" in note for note in check_library(lib).notes)  # not yet
    bigrams.refresh(lib)
    listed = onechar.listed_bigrams(lib.conn)
    key = sorted(listed)[len(listed) // 2]
    after = check_library(lib)
    assert after.ok and not any("two-character" in note for note in after.notes)
    with lib.transaction() as conn:
        conn.execute("UPDATE char_stats SET df = df - 1 WHERE ch = ?", (key,))
    report = check_library(lib)
    assert report.repairable and any(key in p for p in report.index_problems)
    quick = check_library(lib, quick=True)
    assert quick.ok or any(key in p for p in quick.index_problems)
    # articles arrive and more bigrams become common, none promoted yet
    add_numbered(lib, sentence_articles(random.Random(19), 120, (1, 4)), start=120)
    hot = {b for b, n in _bigram_df(lib).items() if n >= bigrams.HOT_DF}
    assert hot > listed
    with lib.transaction() as conn:  # a damaged list
        conn.execute("DELETE FROM char_rank WHERE ch = ?", (key,))
    assert repair_library(lib).bigram_lists == len(hot)
    assert check_library(lib).ok
    assert onechar.listed_bigrams(lib.conn) == hot
    _check_listed(lib, sorted(hot))


def test_the_command_line_import_says_how_many_words_it_listed(
    tmp_path: Path, small: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import run

    folder = tmp_path / "files"
    folder.mkdir()
    for i, text in enumerate(sentence_articles(random.Random(29), 150, (1, 4))):
        (folder / f"{i:03}.txt").write_text(f"第{i}篇\n\n{text}", encoding="utf-8")
    path = tmp_path / "lib.duizhao"
    assert run(["--library", str(path), "import", "--no-extract", str(folder)]) == 0
    out = capsys.readouterr()
    lib = Library.open(path)
    listed = len(onechar.listed_bigrams(lib.conn))
    assert listed > 0 and f"{listed} common two-character word(s) listed" in out.out
    assert "listing common two-character words" in out.err


def test_a_repair_stopped_while_listing_bigrams_leaves_the_library_as_it_was(
    tmp_path: Path, small: None
) -> None:
    from db.health import RepairStopped

    lib = _library(tmp_path, n=120)
    bigrams.refresh(lib)
    add_numbered(lib, sentence_articles(random.Random(31), 120, (1, 4)), start=120)
    before = lib.conn.execute("SELECT ch, df, listed FROM char_stats ORDER BY ch").fetchall()
    rebuilt: list[bool] = []

    def progress(done: int, total: int) -> None:
        rebuilt.append(done == total)

    with pytest.raises(RepairStopped):  # stopped once every article is indexed again
        repair_library(lib, progress=progress, cancelled=lambda: bool(rebuilt) and rebuilt[-1])
    assert rebuilt[-1]
    assert (
        lib.conn.execute("SELECT ch, df, listed FROM char_stats ORDER BY ch").fetchall() == before
    )
    assert check_library(lib).ok
