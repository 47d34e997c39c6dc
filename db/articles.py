"""Articles in a library: adding, reading, listing."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from db import onechar
from db.article_warnings import warnings_of
from db.library import SQLITE_MAX_INT, Library
from text.fold import fold
from text.tokens import index_token_bytes


@dataclass(frozen=True)
class Article:
    id: int
    uid: str
    title: str
    byline: str
    date: str | None
    source: str | None
    path: str | None
    script: str
    text: str
    # what the import found missing from its file (db.article_warnings); read by
    # get_article only
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleRow:
    """What a result list shows of an article (no text)."""

    id: int
    uid: str
    title: str
    date: str | None
    source: str | None
    script: str


Tokens = str | bytes | bytearray
"""Index tokens as a string or as its UTF-8 encoding."""

_ARTICLE_COLS = "id, uid, title, byline, date, source, path, script, text"
# Only columns stored before ``text``: reading one after it (chars, imported_at)
# walks the text's overflow pages, ten times slower for a block of result rows.
_ROW_COLS = "id, uid, title, date, source, script"


def normalised_hash(text: str) -> str:
    """Hash of the text with all whitespace runs collapsed: equal articles, equal hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def find_by_hash(lib: Library, text_hash: str) -> int | None:
    row = lib.conn.execute("SELECT id FROM articles WHERE text_hash = ?", (text_hash,)).fetchone()
    return None if row is None else int(row[0])


def insert_article(
    conn: sqlite3.Connection,
    *,
    title: str,
    text: str,
    script: str,
    byline: str = "",
    bylines: Iterable[tuple[str, str]] = (),
    date: str | None = None,
    source: str | None = None,
    path: str | None = None,
    encoding: str | None = None,
    text_hash: str | None = None,
    tokens: Tokens | None = None,
    index: bool = True,
) -> int:
    """Insert one article and (unless ``index`` is false) its index tokens.

    The caller holds the transaction.  With ``index=False`` the caller adds the
    row to the search index itself (``index_article``), as the batch importer does.
    """
    text_hash = text_hash or normalised_hash(text)
    uid = text_hash[:16]
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    cur = conn.execute(
        "INSERT INTO articles (uid, title, byline, date, source, path, script, encoding, text,"
        " text_hash, chars, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)",
        # The text goes in as UTF-8 bytes made for this statement alone: bound as a
        # string, it would keep a UTF-8 copy of itself (one and a half times its own
        # size for Chinese) for as long as the caller holds it, the whole import.
        (
            uid,
            title,
            byline,
            date,
            source,
            path,
            script,
            encoding,
            text.encode("utf-8"),
            text_hash,
            len(text),
            now,
        ),
    )
    article_id = int(cur.lastrowid or 0)
    if index:
        index_articles(
            conn, [(article_id, tokens if tokens is not None else index_token_bytes(fold(text)))]
        )
    conn.executemany(
        "INSERT OR IGNORE INTO bylines (article_id, name, role) VALUES (?, ?, ?)",
        [(article_id, name, role) for name, role in bylines],
    )
    return article_id


_TAKE = "duizhao_index_tokens"  # the SQL function index_articles hands tokens over with
_handed: dict[tuple[int, int], Tokens] = {}  # (hand-over, article id) -> its tokens
_handovers = itertools.count()


def _take(handover: int, article_id: int) -> Tokens:
    return _handed.pop((handover, article_id))


def index_articles(conn: sqlite3.Connection, rows: list[tuple[int, Tokens]]) -> None:
    """Add (article id, index tokens) rows to the search index and to the
    one-character lists (db/onechar.py); ``rows`` is emptied.

    FTS5 holds all of a row's terms in memory until the row is done, and SQLite
    indexes a copy of the bound value.  So that this copy is the only one while
    FTS5 indexes a long article, the tokens are handed over row by row: SQLite
    asks for each row's tokens (``_TAKE``) as it inserts it and this side lets go
    of them at once.  A caller that keeps no reference of its own to the tokens
    (the importer) holds none of them from then on.  The tokens are best given as
    UTF-8 bytes (``text.tokens.index_token_bytes``).
    """
    onechar.record(conn, rows)  # counts from the tokens, in the same transaction
    handover = next(_handovers)
    ids = [(handover, article_id) for article_id, _ in rows]
    _handed.update(((handover, article_id), tokens) for article_id, tokens in rows)
    rows.clear()
    # The same function every time: SQLite refuses to replace it while a statement
    # of the connection is under way, and the one registered before then serves.
    with contextlib.suppress(sqlite3.OperationalError):
        conn.create_function(_TAKE, 2, _take)
    try:
        conn.executemany(
            f"INSERT INTO articles_fts (rowid, tokens) VALUES (?2, CAST({_TAKE}(?1, ?2) AS TEXT))",
            ids,
        )
    finally:
        for key in ids:  # what a failed insert did not take
            _handed.pop(key, None)


def get_article(lib: Library, article_id: int) -> Article | None:
    row = lib.conn.execute(
        f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    return Article(*row, warnings=warnings_of(lib.conn, article_id))


def article_head(lib: Library, article_id: int, limit: int) -> tuple[str, bool] | None:
    """The first ``limit`` characters of an article's text, and whether it is longer.

    For work that need not read a very long article whole (counting a result
    row's hits); None when there is no such article.
    """
    # SQLite's substr gives '' for a length beyond a 32-bit integer
    length = min(limit + 1, 2**31 - 1)
    row = lib.conn.execute(
        "SELECT substr(text, 1, ?) FROM articles WHERE id = ?", (length, article_id)
    ).fetchone()
    if row is None:
        return None
    text = str(row[0])
    return text[:limit], len(text) > limit


def resolve_article_id(lib: Library, ref: str) -> int | None:
    """An article from its numeric id or its stable uid."""
    ref = ref.strip()
    if ref.isdigit() and int(ref) <= SQLITE_MAX_INT:
        row = lib.conn.execute("SELECT id FROM articles WHERE id = ?", (int(ref),)).fetchone()
        if row:
            return int(row[0])
    row = lib.conn.execute("SELECT id FROM articles WHERE uid = ?", (ref,)).fetchone()
    return None if row is None else int(row[0])


def article_rows(lib: Library, ids: Sequence[int]) -> dict[int, ArticleRow]:
    """Result-list rows for the given ids (any number; fetched in chunks)."""
    out: dict[int, ArticleRow] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in lib.conn.execute(
            f"SELECT {_ROW_COLS} FROM articles WHERE id IN ({marks})", chunk
        ):
            out[row[0]] = ArticleRow(*row)
    return out


ORDERS = {
    "newest": "date IS NULL, date DESC, id DESC",
    "oldest": "date IS NULL, date ASC, id ASC",
    "title": "title COLLATE NOCASE, id",
    "id": "id",
}


def all_article_ids(lib: Library, order: str = "newest", limit: int | None = None) -> list[int]:
    """Every article's id in ``order`` (the first ``limit`` of them)."""
    tail, params = ("", []) if limit is None else (" LIMIT ?", [limit])
    clause = ORDERS.get(order, ORDERS["newest"])
    if clause not in (ORDERS["newest"], ORDERS["oldest"]):
        sql = f"SELECT id FROM articles ORDER BY {clause}"
        return [r[0] for r in lib.conn.execute(sql + tail, params)]
    # Dated articles by the date index (walked in order: no sort of a million rows),
    # then the undated ones: 0.24 s at a million articles against 0.6 s for one
    # ORDER BY date IS NULL, and the first rows at once.
    way = "DESC" if clause == ORDERS["newest"] else "ASC"
    ids = [
        r[0]
        for r in lib.conn.execute(
            f"SELECT id FROM articles WHERE date IS NOT NULL ORDER BY date {way}, id {way}" + tail,
            params,
        )
    ]
    if limit is not None and len(ids) >= limit:
        return ids
    rest = [] if limit is None else [limit - len(ids)]
    ids.extend(
        r[0]
        for r in lib.conn.execute(
            f"SELECT id FROM articles WHERE date IS NULL ORDER BY id {way}" + tail, rest
        )
    )
    return ids


def list_sources(lib: Library) -> list[tuple[str, int]]:
    """Every source articles name, with how many articles it holds, most first."""
    sql = (
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL AND source != ''"
        " GROUP BY source ORDER BY count(*) DESC, source"
    )
    return [(r[0], int(r[1])) for r in lib.conn.execute(sql)]


def article_count(lib: Library) -> int:
    return int(lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def iter_articles(lib: Library, ids: Sequence[int] | None = None) -> Iterable[Article]:
    if ids is None:
        cur = lib.conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY id")
        for row in cur:
            yield Article(*row)
        return
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        rows = {
            r[0]: Article(*r)
            for r in lib.conn.execute(
                f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk
            )
        }
        for aid in chunk:
            if aid in rows:
                yield rows[aid]


def bylines_of(lib: Library, article_id: int) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in lib.conn.execute(
            "SELECT name, role FROM bylines WHERE article_id = ? ORDER BY rowid", (article_id,)
        )
    ]
