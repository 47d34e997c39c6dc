"""One-character search that does not grow with the library: impact-ordered lists.

A query of one CJK character is the FTS5 prefix query ``c*``: it matches every
article holding the character, and ranking them with bm25 reads the position
list of every one of them, so its cost grows with the library (at 100,000
articles a common character takes ~150 ms).  For a single term, bm25 orders
articles by ``tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl))`` alone (the idf is the
same for all of them), so the best articles for each character can be kept
aside as they arrive:

- ``char_stats`` holds, for every character ever indexed, how many articles hold
  it (``df``: the exact total a one-character query reports).
- ``char_rank`` holds, for each character, the ``LIST_ROWS`` articles with the
  highest impact (their ``tf`` and length ``dl``), among all articles ever
  indexed.  A rarer character's list is simply every article holding it.

The same tables hold lists for the common bigrams (a key of two characters: the
exact token ``"xy"`` instead of the prefix ``c*``, see ``match_expr``), which
``db/bigrams.py`` promotes; from then on they are kept up here exactly as the
characters are (``token_stats`` counts the listed bigrams' whole tokens too).

A one-character query reads the character's list (at most ``TRIM_AT`` rows),
computes FTS5's own bm25 for each from the stored frequencies, the exact
article count and the index's average length, and returns the page in FTS5's
order (rank, then rowid).  Its cost depends on ``TRIM_AT``, not on the library.
(Asking FTS5 to rank just those rows with ``rowid IN (...)`` was tried: FTS5
walks the whole prefix list once per row, 200 ms at 10,000 articles.)

Upkeep happens where every article enters the index (``db.articles.index_articles``):
one pass over the new articles' tokens, counted in memory, then one upsert per
character (and listed bigram) per batch; an article joins a list only when it
beats the list's weakest member (or the list is not full), and a list that
grows past ``TRIM_AT`` is trimmed back to ``LIST_ROWS`` by impact at the
library's average length at that time.  Rebuilding the search index (``repair``) rebuilds the
lists with it, the listed bigrams' included.

The bound: the lists are exact for a page that ends within ``PAGE_DEPTH``
(``LIST_ROWS`` / 2) — deeper pages, queries with filters or another order take
the ordinary FTS5 path.  Trimming decides by the average length at the time, so
as the average drifts an article just outside a list could overtake one inside;
the margin of ``LIST_ROWS`` - ``PAGE_DEPTH`` rows absorbs that (tests grow a
library whose average length changes fourfold and compare with full bm25).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from operator import itemgetter

from db.query import Query
from text.tokens import CJK_CHARS

LIST_ROWS = 300  # articles kept per character (or listed bigram)
TRIM_AT = 450  # a list is trimmed back to LIST_ROWS when it grows past this
PAGE_DEPTH = (
    200  # a page ending deeper than this takes the ordinary path (the window's first page is 200)
)
K1, B = 1.2, 0.75  # FTS5's bm25 constants
_META_READY = "char_lists"  # meta key: "ready" once every article is in the lists

_CJK = re.compile(f"[{CJK_CHARS}]")
_PIECE = 1_000_000  # characters of tokens counted at a time (a list of ~330,000 tokens)


def token_stats(
    tokens: str | bytes | bytearray, listed: AbstractSet[str] = frozenset()
) -> tuple[Counter[str], int]:
    """(term frequency of each key, number of tokens): each CJK character as a
    token start, and each bigram of ``listed`` as a whole token.

    Every CJK position of the folded text starts one token (a bigram, or the
    character alone at the end of a run), so a character's count is the term
    frequency FTS5 sees for the prefix query ``c*``, and a bigram's count the
    one it sees for the exact token ``"xy"``.  A very long text is counted a
    piece at a time (a list of every token of it would not fit); tokens given
    as UTF-8 bytes are decoded a piece at a time.
    """
    counts: Counter[str] = Counter()
    n = 0
    start, size = 0, len(tokens)
    space = " " if isinstance(tokens, str) else b" "
    while start < size:
        end = size if size - start <= _PIECE else tokens.find(space, start + _PIECE)  # type: ignore[arg-type]
        end = size if end < 0 else end
        piece = tokens[start:end]
        pieces = (piece if isinstance(piece, str) else piece.decode("utf-8")).split()
        counts.update(map(itemgetter(0), pieces))
        if listed:  # one set lookup a token, in C
            counts.update(filter(listed.__contains__, pieces))
        n += len(pieces)
        start = end + 1
    for ch in [c for c in counts if not "\u4e00" <= c[0] <= "\u9fff" and not _CJK.match(c)]:
        del counts[ch]
    return counts, n


def impact(tf: int, dl: int, avgdl: float) -> float:
    """The part of bm25 that differs between articles for one term."""
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))


def ready(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_READY,)).fetchone()
    return row is not None and row[0] == "ready"


def totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """(articles, tokens) in the index, as FTS5 counts them for bm25."""
    values = dict(
        conn.execute(
            "SELECT key, CAST(value AS INTEGER) FROM meta"
            " WHERE key IN ('char_lists_docs', 'char_lists_tokens')"
        )
    )
    return values.get("char_lists_docs", 0), values.get("char_lists_tokens", 0)


def _average_length(conn: sqlite3.Connection) -> float:
    docs, tokens = totals(conn)
    return tokens / docs if docs and tokens else 1.0


def _add_totals(conn: sqlite3.Connection, docs: int, tokens: int) -> None:
    for key, value in (("char_lists_docs", docs), ("char_lists_tokens", tokens)):
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
            " DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value",
            (key, str(value)),
        )


def record(conn: sqlite3.Connection, rows: Iterable[tuple[int, str | bytes | bytearray]]) -> None:
    """Add newly indexed (article id, index tokens) rows to the lists (the caller
    holds the transaction in which the rows go into FTS5)."""
    listed = listed_bigrams(conn)
    counted: list[tuple[int, Counter[str], int]] = []
    df: Counter[str] = Counter()
    total = 0
    for article_id, tokens in rows:
        counts, dl = token_stats(tokens, listed)
        counted.append((article_id, counts, dl))
        df.update(counts.keys())
        total += dl
    if not counted:
        return
    _add_totals(conn, len(counted), total)
    conn.executemany(
        "INSERT INTO char_stats (ch, df) VALUES (?, ?)"
        " ON CONFLICT(ch) DO UPDATE SET df = df + excluded.df",
        df.items(),
    )
    avgdl = _average_length(conn)
    floors = dict(conn.execute("SELECT ch, floor FROM char_stats WHERE floor IS NOT NULL"))
    joining: dict[str, list[tuple[str, int, int, int]]] = {}
    for article_id, counts, dl in counted:
        # impact(tf, dl, avgdl) > floor, its operations written out (one call fewer
        # for each key of each article: the hot loop of an import)
        norm = K1 * (1 - B + B * dl / avgdl)
        for key, tf in counts.items():
            floor = floors.get(key)
            if floor is None or tf * (K1 + 1) / (tf + norm) > floor:
                joining.setdefault(key, []).append((key, article_id, tf, dl))
    conn.executemany(
        "INSERT OR REPLACE INTO char_rank (ch, article_id, tf, dl) VALUES (?, ?, ?, ?)",
        [row for rows_of_key in joining.values() for row in rows_of_key],
    )
    conn.executemany(
        "UPDATE char_stats SET listed = listed + ? WHERE ch = ?",
        [(len(rows_of_key), key) for key, rows_of_key in joining.items()],
    )
    for (ch,) in conn.execute("SELECT ch FROM char_stats WHERE listed > ?", (TRIM_AT,)).fetchall():
        _trim(conn, ch, avgdl)


_IMPACT_SQL = f"tf * ({K1} + 1) / (tf + {K1} * (1 - {B} + {B} * dl / ?))"


def _trim(conn: sqlite3.Connection, ch: str, avgdl: float) -> None:
    """Keep the LIST_ROWS best of the character's list; the weakest kept is the
    floor a new article must beat to join."""
    order = f"{_IMPACT_SQL} DESC, article_id"
    conn.execute(
        "DELETE FROM char_rank WHERE ch = ? AND article_id IN (SELECT article_id FROM char_rank"
        f" WHERE ch = ? ORDER BY {order} LIMIT -1 OFFSET ?)",
        (ch, ch, avgdl, LIST_ROWS),
    )
    floor = conn.execute(
        f"SELECT min({_IMPACT_SQL}), count(*) FROM char_rank WHERE ch = ?", (avgdl, ch)
    ).fetchone()
    conn.execute(
        "UPDATE char_stats SET listed = ?, floor = ? WHERE ch = ?", (floor[1], floor[0], ch)
    )


def clear(conn: sqlite3.Connection) -> None:
    """Empty the lists (the search index is about to be rebuilt from the texts)."""
    conn.execute("DELETE FROM char_rank")
    conn.execute("DELETE FROM char_stats")
    conn.execute("DELETE FROM meta WHERE key IN ('char_lists_docs', 'char_lists_tokens')")


def mark_ready(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, 'ready')"
        " ON CONFLICT(key) DO UPDATE SET value = 'ready'",
        (_META_READY,),
    )


def listed_bigrams(conn: sqlite3.Connection) -> set[str]:
    """The bigrams that have lists (db/bigrams.py promotes them)."""
    return {r[0] for r in conn.execute("SELECT ch FROM char_stats WHERE length(ch) = 2")}


def seed_bigrams(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Give bigrams empty lists, to be filled as articles are indexed (a rebuild of
    the index keeps the bigrams that were listed before it)."""
    conn.executemany(
        "INSERT OR IGNORE INTO char_stats (ch, df) VALUES (?, 0)",
        [(k,) for k in keys if is_bigram(k)],
    )


def is_bigram(key: str) -> bool:
    return len(key) == 2 and _CJK.match(key[0]) is not None and _CJK.match(key[1]) is not None


def match_expr(key: str) -> str:
    """The FTS5 expression a key's list stands for: ``"c" *`` for a character,
    the exact token ``"xy"`` for a bigram."""
    return f'"{key}" *' if len(key) == 1 else f'"{key}"'


def query_key(query: Query) -> str | None:
    """The key a list would answer when the whole query (no OR, no exclusion) is
    one CJK character (the prefix token ``c*``) or two (the one token ``xy``)."""
    if len(query.clauses) != 1 or len(query.clauses[0]) != 1 or query.excluded:
        return None
    tokens = query.clauses[0][0].tokens
    if len(tokens) != 1:
        return None
    text, prefix = tokens[0].text, tokens[0].prefix
    if prefix and len(text) == 1 and _CJK.match(text):
        return text
    return text if not prefix and is_bigram(text) else None


def single_character(query: Query) -> str | None:
    """The character when the whole query is one CJK character, else None."""
    key = query_key(query)
    return key if key is not None and len(key) == 1 else None


def listed_key(conn: sqlite3.Connection, query: Query) -> str | None:
    """The key of the list that answers the query, or None when the lists cannot:
    not one or two CJK characters, lists not built, or a bigram not listed (it had
    fewer than db.bigrams.HOT_DF articles at the last promotion)."""
    key = query_key(query)
    if key is None or not ready(conn):
        return None
    return key if len(key) == 1 or is_listed(conn, key) else None


def is_listed(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM char_stats WHERE ch = ?", (key,)).fetchone() is not None


def docsize_tokens(blob: bytes) -> int:
    """The first FTS5 varint of an ``articles_fts_docsize`` record: the row's token
    count (the index has one column)."""
    value = 0
    for i, byte in enumerate(blob[:9]):
        if i == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value
    return value


def count(conn: sqlite3.Connection, ch: str) -> int:
    row = conn.execute("SELECT df FROM char_stats WHERE ch = ?", (ch,)).fetchone()
    return int(row[0]) if row else 0


def page(
    conn: sqlite3.Connection, ch: str, limit: int, offset: int = 0
) -> list[tuple[int, float]] | None:
    """(article id, bm25 rank) of one page of the key's results in FTS5's order
    (rank, then id), or None when the lists cannot answer it exactly (not built,
    or a page ending deeper than PAGE_DEPTH); ``ch`` is a character or a listed
    bigram (``listed_key``).

    The rank is FTS5's bm25 for ``match_expr(ch)``, computed the way FTS5 computes
    it (same constants, same order of operations, the same document count and
    average length), from the list's stored term frequencies and lengths.
    """
    if offset + limit > PAGE_DEPTH or not ready(conn):
        return None
    docs, tokens = totals(conn)
    hits = count(conn, ch)
    if not docs or not hits:
        return []
    weight, avgdl = idf(docs, hits), tokens / docs
    scored = sorted(
        (bm25(tf, dl, weight, avgdl), aid)
        for aid, tf, dl in conn.execute(
            "SELECT article_id, tf, dl FROM char_rank WHERE ch = ?", (ch,)
        )
    )
    return [(aid, score) for score, aid in scored[offset : offset + limit]]


def idf(docs: int, hits: int) -> float:
    """FTS5's idf of a term in ``hits`` of ``docs`` rows (never below 1e-6)."""
    value = math.log((docs - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


def bm25(tf: int, dl: int, idf: float, avgdl: float) -> float:
    """FTS5's rank of one article for one term, with its operations in FTS5's order."""
    return -1.0 * (0.0 + idf * ((tf * (K1 + 1.0)) / (tf + K1 * (1 - B + B * dl / avgdl))))
