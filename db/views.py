"""The data of the timeline and the co-occurrence network (Qt-free; the window's views and
the command line's ``timeline`` and ``network`` draw on it).

Timeline: mentions of the chosen entities per month or year of the articles' dates,
with how many articles hold them.  Network: the entities that appear in the same
articles (or sentences) as the chosen ones, sized by their mentions, with edges
weighted by the articles (or sentences) two entities share.  Hidden, deleted and
uncertain entities (below the tree's threshold) are left out of the network, as they
are out of the tree.

Both take an optional ``db.spec.SearchSpec``: only the articles it matches (its search
text and filters, compiled by ``db.search.spec_articles``) count.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from db.entities import STATUS_VISIBLE, TREE_THRESHOLD
from db.library import Library
from db.search import spec_articles
from db.spec import SearchSpec
from text.sentences import split_sentences

By = Literal["month", "year"]
Unit = Literal["article", "sentence"]
_PERIOD_CHARS = {"month": 7, "year": 4}
UNDATED = "undated"


@dataclass(frozen=True)
class Period:
    period: str  # 2024-03, 2024, or "undated"
    mentions: int
    articles: int


def _within(spec: SearchSpec | None, column: str) -> tuple[str, list[object]]:
    """`` AND column IN (the spec's articles)`` and its parameters ("" for no restriction)."""
    sub = spec_articles(spec)
    if sub is None:
        return "", []
    return f" AND {column} IN ({sub[0]})", sub[1]


def timeline(
    lib: Library,
    entity_ids: Sequence[int],
    by: By = "month",
    spec: SearchSpec | None = None,
) -> list[Period]:
    """Per period, oldest first (articles without a date last), over the articles
    ``spec`` matches (all articles without one).

    With entities: their mentions, and the articles holding them.  Without entities
    but with a spec that restricts the articles (a search text or a filter): the
    matching articles per period, counted as both ``mentions`` and ``articles`` (an
    article counts once, however many hits it has).  Otherwise nothing.
    """
    width = _PERIOD_CHARS[by]
    period = f"substr(a.date, 1, {width})"
    order = "GROUP BY p ORDER BY p IS NULL, p"
    if entity_ids:
        within, params = _within(spec, "a.id")
        marks = ", ".join("?" * len(entity_ids))
        rows = lib.conn.execute(
            f"SELECT {period} AS p, count(*), count(DISTINCT a.id)"
            " FROM mentions m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.entity_id IN ({marks}){within} {order}",
            [*entity_ids, *params],
        ).fetchall()
    else:
        sub = spec_articles(spec)
        if sub is None:
            return []
        rows = lib.conn.execute(
            f"SELECT {period} AS p, count(*), count(*) FROM articles a"
            f" WHERE a.id IN ({sub[0]}) {order}",
            sub[1],
        ).fetchall()
    return [Period(p if p and len(p) == width else UNDATED, n, k) for p, n, k in rows]


def period_range(period: str) -> tuple[str, str] | None:
    """The first and last day of a period (2024-02 -> 2024-02-01, 2024-02-29); None for
    "undated" or anything else that is no month or year."""
    try:
        if len(period) == 4:
            year = int(period)
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        if len(period) == 7 and period[4] == "-":
            year, month = int(period[:4]), int(period[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{period}-01", f"{period}-{last:02d}"
    except ValueError:
        return None
    return None


def period_slots(periods: Sequence[Period], by: By, limit: int = 600) -> list[str]:
    """Every month (or year) from the first dated period to the last, so that a chart
    keeps time evenly spaced, with "undated" last when there is one; only the periods
    themselves when the span would be longer than ``limit`` slots."""
    dated = [p.period for p in periods if p.period != UNDATED]
    tail = [UNDATED] if len(dated) < len(periods) else []
    if not dated:
        return tail
    try:
        if by == "year":
            first, last = int(dated[0]), int(dated[-1])
            span = [f"{y:04d}" for y in range(first, last + 1)] if last - first < limit else []
        else:
            a = int(dated[0][:4]) * 12 + int(dated[0][5:7]) - 1
            b = int(dated[-1][:4]) * 12 + int(dated[-1][5:7]) - 1
            span = (
                [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(a, b + 1)]
                if b - a < limit
                else []
            )
    except ValueError:
        span = []
    return (span or dated) + tail


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    type: str
    mentions: int


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    articles: int  # articles the two share (sentences, for a network by sentence)


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]
    left_out: int = 0  # entities that qualified but were beyond the limit


def _members(
    lib: Library, rows: Iterable[tuple[int, int, int]], unit: Unit
) -> dict[Hashable, set[int]]:
    """(article, entity, start) mentions as unit -> its entities, where a unit is an
    article, or a sentence of one (article, sentence number).  Units of one entity are
    left out: they join nothing."""
    if unit == "article":  # the entities of each article (the most common case: plain sets)
        entities: dict[int, set[int]] = defaultdict(set)
        for aid, eid, _start in rows:
            entities[aid].add(eid)
        return {aid: ents for aid, ents in entities.items() if len(ents) > 1}
    by_article: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for aid, eid, start in rows:
        by_article[aid][eid].append(start)
    shared = {aid: ents for aid, ents in by_article.items() if len(ents) > 1}
    out: dict[Hashable, set[int]] = defaultdict(set)
    for aid, text in _texts(lib, list(shared)):
        starts = [s for s, _ in split_sentences(text)]
        for eid, offsets in shared[aid].items():
            for offset in offsets:
                out[(aid, bisect_right(starts, offset) - 1)].add(eid)
    return {key: ents for key, ents in out.items() if len(ents) > 1}


def _texts(lib: Library, ids: list[int], chunk: int = 500) -> Iterable[tuple[int, str]]:
    for i in range(0, len(ids), chunk):
        part = ids[i : i + chunk]
        yield from lib.conn.execute(
            f"SELECT id, text FROM articles WHERE id IN ({', '.join('?' * len(part))})", part
        )


def network(
    lib: Library,
    entity_ids: Sequence[int],
    min_weight: int = 1,
    limit: int = 50,
    *,
    spec: SearchSpec | None = None,
    types: Sequence[str] = (),
    unit: Unit = "article",
) -> Network:
    """The chosen entities and up to ``limit`` others that share at least ``min_weight``
    articles (or sentences, ``unit="sentence"``) with one of them (the most shared
    first), and every edge of at least ``min_weight`` shared articles (sentences)
    between any two of these nodes.

    ``types`` restricts the others to entities of these types; ``spec`` restricts the
    articles that count, and then a node's ``mentions`` are its mentions in those
    articles (without a spec, all its mentions).  ``left_out`` says how many others
    qualified but were beyond the limit.
    """
    chosen = list(dict.fromkeys(entity_ids))
    if not chosen:
        return Network([], [])
    within, within_params = _within(spec, "m.article_id")
    marks = ", ".join("?" * len(chosen))
    typed, type_params = "", []
    if types:
        typed = f" AND e.type IN ({', '.join('?' * len(types))})"
        type_params = list(types)
    # by article, one row per (article, entity) is enough; by sentence, every mention
    select = (
        "SELECT DISTINCT m.article_id, m.entity_id, 0"
        if unit == "article"
        else ("SELECT m.article_id, m.entity_id, m.start")
    )
    rows = lib.conn.execute(
        f"{select} FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id IN"
        f" (SELECT article_id FROM mentions WHERE entity_id IN ({marks}))"
        f" AND (e.id IN ({marks}) OR (e.status = ? AND e.confidence >= ?{typed})){within}",
        [*chosen, *chosen, STATUS_VISIBLE, TREE_THRESHOLD, *type_params, *within_params],
    ).fetchall()
    chosen_set = set(chosen)
    # Units shared by each chosen entity and each other one: pairs with a chosen entity
    # only (an article's other entities among themselves do not decide who is in).
    with_chosen: Counter[tuple[int, int]] = Counter()
    for members in _members(lib, rows, unit).values():
        others_here = members - chosen_set
        for c in members & chosen_set:
            with_chosen.update((c, other) for other in others_here)
    best: dict[int, int] = {}  # other entity -> most units shared with a chosen one
    for (_, other), n in with_chosen.items():
        if n >= min_weight and n > best.get(other, 0):
            best[other] = n
    others = sorted(best, key=lambda e: (-best[e], e))[:limit]
    keep = chosen_set | set(others)
    marks = ", ".join("?" * len(keep))
    found = lib.conn.execute(
        f"SELECT id, name, type, mentions FROM entities WHERE id IN ({marks})", list(keep)
    ).fetchall()
    if within:
        counted = dict(
            lib.conn.execute(
                "SELECT m.entity_id, count(*) FROM mentions m"
                f" WHERE m.entity_id IN ({marks}){within} GROUP BY m.entity_id",
                [*keep, *within_params],
            ).fetchall()
        )
        found = [(i, name, t, counted.get(i, 0)) for i, name, t, _ in found]
    nodes = sorted(
        (Node(*r) for r in found), key=lambda n: (n.id not in chosen_set, -n.mentions, n.id)
    )
    # Edges between any two nodes count every unit they share, not only the chosen
    # entities' ones.
    shared: Counter[tuple[int, int]] = Counter()
    kept_rows = lib.conn.execute(
        f"{select} FROM mentions m WHERE m.entity_id IN ({marks}){within}",
        [*keep, *within_params],
    )
    for members in _members(lib, kept_rows, unit).values():
        shared.update(combinations(sorted(members), 2))
    edges = [
        Edge(a, b, n)
        for (a, b), n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= min_weight
    ]
    return Network(nodes, edges, len(best) - len(others))
