"""Script-insensitive full-text search over a library."""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field, replace

from db import onechar
from db.library import SQLITE_MAX_INT, Library
from db.query import Query, QueryError, Term, compile_query, parse_query, to_fts
from db.spec import Order, SearchSpec
from text.fold import fold
from text.tokens import SEPARATORS, units

__all__ = [
    "QueryError",
    "SearchHit",
    "SearchPage",
    "compile_query",
    "count_matches",
    "find_hits",
    "first_page",
    "search",
    "search_ids",
    "spec_articles",
    "spec_count",
    "spec_ids",
    "spec_ids_sql",
    "term_pattern",
]

# A search text with filters: the index's matches first, each checked against the
# filters by its article row.  CROSS JOIN fixes that order; left to itself SQLite
# walks the articles of a filter's index (a source: a quarter of the library) and
# asks the index about each, which at 100,000 articles took 250-850 ms for a query
# with a handful of matches (0-1 ms this way) and 470 ms for one character (70 ms).
_FTS_FIRST = "articles_fts f CROSS JOIN articles a ON a.id = f.rowid"

SNIPPET_CONTEXT = 18
MAX_SNIPPETS = 3
HIT_OPEN, HIT_CLOSE = "【", "】"


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    uid: str
    title: str
    date: str | None
    source: str | None
    hits: int
    snippets: list[str]
    score: float = 0.0


@dataclass
class SearchPage:
    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    elapsed_ms: float = 0.0

    @property
    def hit_count(self) -> int:
        return sum(h.hits for h in self.hits)


_SEP = SEPARATORS + "*?"


def term_pattern(term: Term) -> re.Pattern[str]:
    """A regex over folded text matching the term's units, with any separators between."""
    return re.compile(_SEP.join(re.escape(u.text) for u in units(term.folded)))


def find_hits(folded_text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Spans (start, end) of every occurrence of the terms in folded text, sorted."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        spans.extend(
            m.span() for m in term_pattern(term).finditer(folded_text) if m.end() > m.start()
        )
    spans.sort()
    return spans


def kwic(text: str, spans: list[tuple[int, int]], limit: int = MAX_SNIPPETS) -> list[str]:
    out = []
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue
        a = max(0, start - SNIPPET_CONTEXT)
        b = min(len(text), end + SNIPPET_CONTEXT)
        left = text[a:start]
        right = text[end:b]
        s = ("…" if a > 0 else "") + left + HIT_OPEN + text[start:end] + HIT_CLOSE + right
        s += "…" if b < len(text) else ""
        out.append(" ".join(s.split()))
        last_end = end
        if len(out) >= limit:
            break
    return out


def _filters(
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    spec: SearchSpec | None = None,
) -> tuple[str, list[object]]:
    """The article conditions of ``spec`` (its search text aside), with the single
    keyword filters added to it."""
    spec = spec or SearchSpec()
    spec = replace(
        spec,
        date_from=date_from or spec.date_from,
        date_to=date_to or spec.date_to,
        sources=(*spec.sources, source) if source else spec.sources,
    )
    return spec.filter_sql("a")


_ORDER_SQL = {
    "relevance": "score, a.id",
    "newest": "a.date IS NULL, a.date DESC, a.id DESC",
    "oldest": "a.date IS NULL, a.date ASC, a.id ASC",
}


_ROWS_SQL = "SELECT id, uid, title, date, source, text FROM articles WHERE id IN ({marks})"


def _run(lib: Library, sql: str, params: list[object]) -> list[tuple]:
    try:
        return lib.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # an expression FTS5 still refuses
        if "interrupt" in str(exc):  # stopped by its caller (Library.stopping_when)
            raise
        raise QueryError(f"cannot search for that: {exc}") from exc


def search_ids(
    lib: Library,
    query: str | Query,
    *,
    order: Order = "relevance",
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    limit: int | None = None,
    spec: SearchSpec | None = None,
) -> list[int]:
    """The matching article ids in the requested order: all of them, or the first ``limit``.

    With a limit SQLite keeps only the best rows while ranking (no full sort),
    so the first page of a query matching most of the library comes back in a
    fraction of the time the whole list takes.
    """
    q = parse_query(query) if isinstance(query, str) else query
    where, params = _filters(date_from, date_to, source, spec)
    tail, tail_params = ("", []) if limit is None else (" LIMIT ?", [limit])
    if order == "relevance" and not where:
        key = onechar.listed_key(lib.conn, q) if limit is not None else None
        if key is not None and limit is not None:
            listed = onechar.page(lib.conn, key, limit)
            if listed is not None:
                return [aid for aid, _ in listed]
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid" + tail
        )
        return [r[0] for r in _run(lib, sql, [to_fts(q), *tail_params])]
    score = "f.rank" if order == "relevance" else "0.0"
    sql = (
        f"SELECT a.id, {score} AS score FROM {_FTS_FIRST}"
        f" WHERE articles_fts MATCH ?{where} ORDER BY {_ORDER_SQL[order]}{tail}"
    )
    return [r[0] for r in _run(lib, sql, [to_fts(q), *params, *tail_params])]


def first_page(
    lib: Library,
    query: str | Query,
    *,
    order: Order = "relevance",
    limit: int,
    spec: SearchSpec | None = None,
) -> tuple[list[int], int]:
    """The first ``limit`` matching ids in ``order`` and how many articles match in all
    (``search_ids`` with a limit and ``count_matches``, in fewer passes).  With filters
    both come from one pass: SQLite reads every filtered match to rank the page anyway,
    so counting them there costs nothing (a separate count was a second pass over the
    index: at 100,000 articles 40-70 ms of 80-145 for one character with a date range
    and a source).  Without filters the page is ranked with a limit (or read from the
    lists of db/onechar.py) and the total counted only when the page is full."""
    q = parse_query(query) if isinstance(query, str) else query
    where, params = _filters(None, None, None, spec)
    if not where:
        head = search_ids(lib, q, order=order, limit=limit, spec=spec)
        total = len(head) if len(head) < limit else count_matches(lib, q, spec=spec)
        return head, total
    score = "f.rank" if order == "relevance" else "0.0"
    sql = (
        f"SELECT a.id, {score} AS score, count(*) OVER () FROM {_FTS_FIRST}"
        f" WHERE articles_fts MATCH ?{where} ORDER BY {_ORDER_SQL[order]} LIMIT ?"
    )
    rows = _run(lib, sql, [to_fts(q), *params, limit])
    return [r[0] for r in rows], (int(rows[0][2]) if rows else 0)


def spec_articles(spec: SearchSpec | None) -> tuple[str, list[object]] | None:
    """The ids of the articles ``spec`` matches (its search text and filters; its order
    aside) as a subquery and its parameters, for ``... IN (subquery)``; None when the
    specification restricts nothing (every article counts)."""
    if spec is None or not (spec.query.strip() or spec.filter_sql("a")[0]):
        return None
    return spec_ids_sql(spec)


def spec_ids(
    lib: Library,
    spec: SearchSpec,
    *,
    order: Order | None = None,
    limit: int | None = None,
) -> list[int]:
    """The ids of the articles ``spec`` matches, with or without a search text.

    With a search text this is :func:`search_ids`; without one, the articles its
    filters leave (all of them when there are none), newest or oldest first
    (relevance, which needs a text, lists the newest first).
    """
    by = order or spec.order
    if spec.query.strip():
        return search_ids(lib, spec.query, order=by, limit=limit, spec=spec)
    where, params = spec.filter_sql("a")
    clause = _ORDER_SQL["oldest" if by == "oldest" else "newest"]
    tail, tail_params = ("", []) if limit is None else (" LIMIT ?", [limit])
    sql = f"SELECT a.id FROM articles a WHERE 1 = 1{where} ORDER BY {clause}{tail}"
    return [r[0] for r in lib.conn.execute(sql, [*params, *tail_params])]


def spec_count(lib: Library, spec: SearchSpec) -> int:
    """How many articles ``spec`` matches (a search text is not required)."""
    if spec.query.strip():
        return count_matches(lib, spec.query, spec=spec)
    sql, params = spec_ids_sql(spec)
    return int(lib.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def count_matches(
    lib: Library,
    query: str | Query,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    spec: SearchSpec | None = None,
) -> int:
    """How many articles match: a pass over the index without ranking (milliseconds)."""
    q = parse_query(query) if isinstance(query, str) else query
    where, params = _filters(date_from, date_to, source, spec)
    if not where:
        key = onechar.listed_key(lib.conn, q)
        if key is not None:
            return onechar.count(lib.conn, key)
        sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
        return int(_run(lib, sql, [to_fts(q)])[0][0])
    sql = f"SELECT count(*) FROM {_FTS_FIRST} WHERE articles_fts MATCH ?{where}"
    return int(_run(lib, sql, [to_fts(q), *params])[0][0])


def search(
    lib: Library,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    order: Order = "relevance",
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    snippets: bool = True,
    spec: SearchSpec | None = None,
) -> SearchPage:
    """One page of results with key-word-in-context snippets; ``total`` counts all matches."""
    for name, value in (("limit", limit), ("offset", offset)):
        if not 0 <= value <= SQLITE_MAX_INT:
            raise QueryError(f"{name} {value} is out of range (from 0 to {SQLITE_MAX_INT})")
    t0 = time.perf_counter()
    q = parse_query(query)
    fts = to_fts(q)
    where, params = _filters(date_from, date_to, source, spec)
    # The page is ranked with a LIMIT (SQLite keeps only the best rows) and the
    # total is a separate unranked count: a window count over the page query
    # would make SQLite rank and keep every match before returning the first.
    key = onechar.listed_key(lib.conn, q) if order == "relevance" and not where else None
    listed = onechar.page(lib.conn, key, limit, offset) if key is not None else None
    if listed is not None:
        scores = dict(listed)
        found = {
            r[0]: r
            for r in _run(lib, _ROWS_SQL.format(marks=",".join("?" * len(scores))), list(scores))
        }
        rows = [(*found[aid], scores[aid]) for aid, _ in listed if aid in found]
    elif order == "relevance" and not where:
        page_sql = (
            "SELECT a.id, a.uid, a.title, a.date, a.source, a.text, m.score FROM"
            " (SELECT rowid AS id, rank AS score FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) m"
            " JOIN articles a ON a.id = m.id ORDER BY m.score, a.id"
        )
        rows = _run(lib, page_sql, [fts, limit, offset])
    else:
        score = "f.rank" if order == "relevance" else "0.0"
        page_sql = (
            f"SELECT a.id, a.uid, a.title, a.date, a.source, a.text, {score} AS score"
            f" FROM {_FTS_FIRST}"
            f" WHERE articles_fts MATCH ?{where} ORDER BY {_ORDER_SQL[order]} LIMIT ? OFFSET ?"
        )
        rows = _run(lib, page_sql, [fts, *params, limit, offset])
    if offset == 0 and len(rows) < limit:
        total = len(rows)
    else:
        total = count_matches(
            lib, q, date_from=date_from, date_to=date_to, source=source, spec=spec
        )
    terms = q.positive_terms
    hits = []
    for aid, uid, title, date, src, text, score in rows:
        spans = find_hits(fold(text), terms)
        hits.append(
            SearchHit(
                aid,
                uid,
                title,
                date,
                src,
                len(spans),
                kwic(text, spans) if snippets else [],
                float(score or 0.0),
            )
        )
    return SearchPage(query, total, hits, (time.perf_counter() - t0) * 1000)


def spec_ids_sql(spec: SearchSpec) -> tuple[str, list[object]]:
    """``SELECT a.id ...`` of every article ``spec`` matches (its order aside), and the
    parameters: the search text through the index, the filters through
    ``SearchSpec.filter_sql``.  No search text means every article the filters let
    through.  Raises ``QueryError`` for search text that cannot be searched for."""
    where, params = spec.filter_sql("a")
    if not spec.query.strip():
        return f"SELECT a.id FROM articles a WHERE 1{where}", params
    fts = to_fts(parse_query(spec.query))
    if not where:
        return "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?", [fts]
    sql = f"SELECT a.id FROM {_FTS_FIRST} WHERE articles_fts MATCH ?{where}"
    return sql, [fts, *params]
