"""The data of the timeline and the co-occurrence network (Qt-free; the window's views and
the command line's ``timeline`` and ``network`` draw on it).

Timeline: mentions of the chosen entities per month or year of the articles' dates,
with how many articles hold them.  Network: the entities that appear in the same
articles as the chosen ones, sized by their mentions, with edges weighted by the
articles two entities share.  Hidden, deleted and uncertain entities (below the
tree's threshold) are left out of the network, as they are out of the tree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from db.entities import STATUS_VISIBLE, TREE_THRESHOLD
from db.library import Library

By = Literal["month", "year"]
_PERIOD_CHARS = {"month": 7, "year": 4}
UNDATED = "undated"


@dataclass(frozen=True)
class Period:
    period: str  # 2024-03, 2024, or "undated"
    mentions: int
    articles: int


def timeline(lib: Library, entity_ids: Sequence[int], by: By = "month") -> list[Period]:
    """Mentions of the entities per period, oldest first; articles without a date last."""
    if not entity_ids:
        return []
    width = _PERIOD_CHARS[by]
    marks = ", ".join("?" * len(entity_ids))
    rows = lib.conn.execute(
        f"SELECT substr(a.date, 1, {width}) AS p, count(*), count(DISTINCT a.id)"
        " FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.entity_id IN ({marks}) GROUP BY p ORDER BY p IS NULL, p",
        list(entity_ids),
    ).fetchall()
    return [Period(p if p and len(p) == width else UNDATED, n, k) for p, n, k in rows]


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
    articles: int


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]


def _members(pairs: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    """(article, entity) pairs as article -> its entities."""
    out: dict[int, set[int]] = defaultdict(set)
    for aid, eid in pairs:
        out[aid].add(eid)
    return out


def network(
    lib: Library, entity_ids: Sequence[int], min_weight: int = 1, limit: int = 50
) -> Network:
    """The chosen entities and up to ``limit`` others that share at least ``min_weight``
    articles with one of them (the most shared first), and every edge of at least
    ``min_weight`` shared articles between any two of these nodes."""
    chosen = list(dict.fromkeys(entity_ids))
    if not chosen:
        return Network([], [])
    marks = ", ".join("?" * len(chosen))
    pairs = lib.conn.execute(
        "SELECT DISTINCT m.article_id, m.entity_id FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id IN"
        f" (SELECT article_id FROM mentions WHERE entity_id IN ({marks}))"
        f" AND (e.id IN ({marks}) OR (e.status = ? AND e.confidence >= ?))",
        [*chosen, *chosen, STATUS_VISIBLE, TREE_THRESHOLD],
    ).fetchall()
    chosen_set = set(chosen)
    # Articles shared by each chosen entity and each other one: pairs with a chosen
    # entity only (an article's other entities among themselves do not decide who is in).
    with_chosen: Counter[tuple[int, int]] = Counter()
    for members in _members(pairs).values():
        others_here = members - chosen_set
        for c in members & chosen_set:
            with_chosen.update((c, other) for other in others_here)
    best: dict[int, int] = {}  # other entity -> most articles shared with a chosen one
    for (_, other), n in with_chosen.items():
        if n >= min_weight and n > best.get(other, 0):
            best[other] = n
    others = sorted(best, key=lambda e: (-best[e], e))[:limit]
    keep = chosen_set | set(others)
    marks = ", ".join("?" * len(keep))
    rows = lib.conn.execute(
        f"SELECT id, name, type, mentions FROM entities WHERE id IN ({marks})", list(keep)
    ).fetchall()
    nodes = sorted(
        (Node(*r) for r in rows), key=lambda n: (n.id not in chosen_set, -n.mentions, n.id)
    )
    # Edges between any two nodes count every article they share, not only the chosen
    # entities' articles.
    shared: Counter[tuple[int, int]] = Counter()
    kept_pairs = lib.conn.execute(
        f"SELECT DISTINCT article_id, entity_id FROM mentions WHERE entity_id IN ({marks})",
        list(keep),
    )
    for members in _members(kept_pairs).values():
        shared.update(combinations(sorted(members), 2))
    edges = [
        Edge(a, b, n)
        for (a, b), n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= min_weight
    ]
    return Network(nodes, edges)
