"""Two-character search that does not grow with the library: lists for common bigrams.

A query of two CJK characters is one exact index token (``"xy"``), and ranking
it with bm25 reads every article holding it: about a microsecond an article, so
a bigram in 400,000 articles of a million takes hundreds of milliseconds while a
rare one is fast already.  The common bigrams therefore get the same
impact-ordered lists as the single characters (``db/onechar.py``), in the same
tables: a ``char_stats`` row keyed by the two characters (the exact article
count, ``df``) and up to ``TRIM_AT`` ``char_rank`` rows of its best articles.
Sharing the tables shares the upkeep, the trimming, the page ranking and the
check; a key's length says which FTS5 query it stands for
(``onechar.match_expr``).

Which bigrams: those with at least ``HOT_DF`` articles at the last *promotion*
(ranking fewer costs a few milliseconds).  ``onechar.record`` keeps every
listed bigram's count and list up as articles arrive, exactly as for
characters; a bigram that becomes common later is not listed until the next
promotion and takes the ordinary FTS5 path meanwhile (exact results either
way: only its speed waits).

Promotion (``refresh``): FTS5's vocabulary (``fts5vocab``, one pass over the
whole index) names the bigrams with ``df >= HOT_DF`` that have no list; each
one's list is FTS5's own ranking, ``ORDER BY rank, rowid LIMIT LIST_ROWS``,
with each article's length from ``articles_fts_docsize`` and its term
frequency recovered from the rank by inverting bm25 (the idf from the exact
count and the document count the lists keep).  An inversion that does not come
back to an integer that reproduces the rank leaves the bigram unlisted.  It
runs at the end of an import once the library has ``REFRESH_MIN`` articles and
``GROWTH`` times as many as at the last promotion (``due``), and in ``repair``.
The vocabulary pass is read-only and can be stopped (an SQLite progress
handler); the lists are written a few at a time in short transactions, the most
common bigram first, so a stopped promotion keeps what it finished and the next
import takes up the rest.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from db import onechar
from db.library import Library, Stopped, stopping_when

HOT_DF = 5_000  # a bigram in at least this many articles gets a list at the next promotion
REFRESH_MIN = 20_000  # no promotion below this many articles (every bigram ranks fast)
GROWTH = 2  # promote again once the library has grown this many times since the last
_META_DONE = "bigram_lists_docs"  # articles in the index at the last complete promotion
_CHUNK_SECONDS = 0.5  # lists written in one transaction, at most about this long
_VOCAB = "temp.duizhao_bigram_vocab"

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass
class RefreshReport:
    """What a promotion did."""

    candidates: int = 0  # bigrams at or over HOT_DF without a list
    promoted: int = 0
    unlisted: list[str] = field(default_factory=list)  # ranks that did not invert exactly
    stopped: bool = False
    seconds: float = 0.0


def last_refresh(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_DONE,)).fetchone()
    return int(row[0]) if row else 0


def due(conn: sqlite3.Connection) -> bool:
    """Whether an import should end with a promotion: lists built, at least
    REFRESH_MIN articles, and GROWTH times as many as at the last one."""
    if not onechar.ready(conn):
        return False
    docs = onechar.totals(conn)[0]
    return docs >= REFRESH_MIN and docs >= GROWTH * last_refresh(conn)


def tf_from_rank(rank: float, idf: float, dl: int, avgdl: float) -> int | None:
    """The term frequency that gives FTS5's bm25 ``rank`` for an article of ``dl``
    tokens, or None when no integer does (to 1e-12)."""
    s = -rank / idf
    lengths = onechar.K1 * (1 - onechar.B + onechar.B * dl / avgdl)
    if not 0.0 < s < onechar.K1 + 1:
        return None
    tf = round(s * lengths / (onechar.K1 + 1 - s))
    if tf < 1 or not math.isclose(onechar.bm25(tf, dl, idf, avgdl), rank, rel_tol=1e-12):
        return None
    return tf


def candidates(
    conn: sqlite3.Connection, least: int, cancelled: CancelFn | None = None
) -> list[tuple[str, int]] | None:
    """(bigram, articles) of every CJK bigram token in at least ``least`` articles,
    most common first; None when ``cancelled()`` stopped the pass over the index."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, 'articles_fts', 'row')"
    )
    try:
        with stopping_when(conn, cancelled) if cancelled is not None else nullcontext():
            rows = conn.execute(
                f"SELECT term, doc FROM {_VOCAB} WHERE length(term) = 2 AND doc >= ?", (least,)
            ).fetchall()
    except Stopped:
        return None
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_VOCAB}")
    found = [(term, int(doc)) for term, doc in rows if onechar.is_bigram(term)]
    return sorted(found, key=lambda r: (-r[1], r[0]))


def promote(conn: sqlite3.Connection, key: str) -> bool:
    """Give one bigram its count and list from FTS5's own ranking (the caller holds
    the transaction); False when a rank did not invert to an integer frequency."""
    docs, tokens = onechar.totals(conn)
    expr = onechar.match_expr(key)
    df = conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)
    ).fetchone()[0]
    if not df or not docs or not tokens:
        return False
    ranked = conn.execute(
        "SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?"
        " ORDER BY rank, rowid LIMIT ?",
        (expr, onechar.LIST_ROWS),
    ).fetchall()
    marks = ",".join("?" * len(ranked))
    sizes = dict(
        conn.execute(
            f"SELECT id, sz FROM articles_fts_docsize WHERE id IN ({marks})",
            [aid for aid, _ in ranked],
        )
    )
    idf, avgdl = onechar.idf(docs, df), tokens / docs
    rows: list[tuple[str, int, int, int]] = []
    for aid, rank in ranked:
        dl = onechar.docsize_tokens(sizes[aid])
        tf = tf_from_rank(rank, idf, dl, avgdl)
        if tf is None:
            return False
        rows.append((key, aid, tf, dl))
    floor = min(onechar.impact(tf, dl, avgdl) for _, _, tf, dl in rows) if df > len(rows) else None
    conn.execute(
        "INSERT OR REPLACE INTO char_stats (ch, df, listed, floor) VALUES (?, ?, ?, ?)",
        (key, df, len(rows), floor),
    )
    conn.execute("DELETE FROM char_rank WHERE ch = ?", (key,))
    conn.executemany("INSERT INTO char_rank (ch, article_id, tf, dl) VALUES (?, ?, ?, ?)", rows)
    return True


def _consistent(conn: sqlite3.Connection) -> bool:
    """The lists' document count is the index's (bm25's idf depends on it)."""
    indexed = conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
    return onechar.ready(conn) and onechar.totals(conn)[0] == indexed


def _refresh(
    conn: sqlite3.Connection,
    transaction: Callable[[], AbstractContextManager[object]],
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> RefreshReport:
    started = time.monotonic()
    report = RefreshReport()
    if not _consistent(conn):
        return report
    docs = onechar.totals(conn)[0]
    found = candidates(conn, HOT_DF, cancelled)
    if found is None:
        report.stopped = True
        return report
    listed = onechar.listed_bigrams(conn)
    todo = [key for key, _ in found if key not in listed]
    report.candidates = len(todo)
    done = 0
    if progress is not None:
        progress(0, len(todo))
    while done < len(todo):
        if cancelled is not None and cancelled():
            report.stopped = True
            break
        with transaction():
            chunk_start = time.monotonic()
            while True:
                key = todo[done]
                done += 1
                if onechar.is_listed(conn, key):
                    pass  # promoted meanwhile by another writer
                elif promote(conn, key):
                    report.promoted += 1
                else:
                    report.unlisted.append(key)
                if done == len(todo) or time.monotonic() - chunk_start >= _CHUNK_SECONDS:
                    break
        if progress is not None:
            progress(done, len(todo))
    if not report.stopped:
        with transaction():
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_META_DONE, str(docs)),
            )
    report.seconds = time.monotonic() - started
    return report


def refresh(
    lib: Library, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> RefreshReport:
    """Promote every bigram in at least HOT_DF articles that has no list, a few
    lists a transaction (what an import ends with when ``due``)."""
    return _refresh(lib.conn, lib.transaction, progress, cancelled)


def refresh_within(
    conn: sqlite3.Connection,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> RefreshReport:
    """``refresh`` inside the transaction the caller holds (``repair``)."""
    return _refresh(conn, lambda: nullcontext(conn), progress, cancelled)
