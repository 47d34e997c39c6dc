"""Entities and their mentions: keys, rows and reading (resolving is ``db.resolution``).

An extracted mention keeps its *raw* key: (type, folded Simplified name) as the
extractor found it.  The name rules of ``text.resolve`` fold the raw keys of one
real thing into one entity key (北京市, 京 -> 北京), and a short name that stands for
a longer one of its article keeps that name's key in ``ref_key``.  The user's
curation log (``db.curation``) then maps keys to the entity they belong to (merge,
change of type, split off) and sets what the entity looks like (rename, hide,
delete, aliases).  Because the log is data and the raw keys
are kept, every edit survives re-import and re-extraction and can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from db.library import Library
from text.convert import convert
from text.fold import fold
from text.resolve import canonical_key, zone_place_key

ENTITY_TYPES = ("person", "organization", "place", "park", "document", "figure", "date")
STATUS_VISIBLE, STATUS_HIDDEN, STATUS_DELETED = 0, 1, 2
# Entities whose confidence (their most confident mention; db.schema migration 4) is below
# this are left out of the entity tree and the entity list unless asked for.  Chosen on
# the hand-checked seed list (tests/data/seed_tree_gold.json; bench/eval_ner.py prints the
# tree's precision and recall at several thresholds).
TREE_THRESHOLD = 0.75

Pair = tuple[str, str]  # (type, key)


@dataclass(frozen=True)
class EntityRow:
    id: int
    type: str
    name: str
    name_hans: str
    name_hant: str
    aliases: list[str]
    mentions: int
    articles: int
    hidden: bool
    confidence: float = 1.0
    # Entities joined to this one without being it: a zone and the place it is named
    # after (雄安新区 / 雄安), as (id, type, name).
    linked: tuple[tuple[int, str, str], ...] = ()

    @property
    def uncertain(self) -> bool:
        """Below the tree's threshold: listed only when uncertain entities are asked for."""
        return self.confidence < TREE_THRESHOLD


@dataclass(frozen=True)
class MentionRow:
    id: int
    entity_id: int
    type: str
    start: int
    end: int
    text: str
    name: str
    role: str | None
    # The spellings the user gave the entity's name (db.curation.respell), when this
    # mention writes that name: the reader and exports write them in the other script.
    spelling_hans: str | None = None
    spelling_hant: str | None = None


@dataclass(frozen=True)
class FigureRow:
    id: int
    article_id: int
    article_title: str
    date: str | None
    text: str
    value: float | None
    unit: str
    qualifier: str | None
    subject: str | None
    sentence: str
    start: int
    end: int


@lru_cache(maxsize=1 << 16)
def entity_key(name: str) -> str:
    """The identity of a name across scripts: folded, whitespace removed."""
    return "".join(fold(name).split())


@lru_cache(maxsize=65536)
def script_names(name: str) -> tuple[str, str]:
    """(Simplified, Traditional) forms of a name; Traditional in Taiwan's standard forms."""
    hans = convert(name, "t2s")
    return hans, convert(hans, "s2tw")


# -- reading -----------------------------------------------------------------


def _aliases(lib: Library, entity_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    """Aliases per entity: of every entity, or only of ``entity_ids``."""
    sql = "SELECT entity_id, alias FROM entity_aliases"
    order = " ORDER BY origin DESC, alias"
    out: dict[int, list[str]] = {}
    if entity_ids is None:
        for eid, alias in lib.conn.execute(sql + order):
            out.setdefault(eid, []).append(alias)
        return out
    for i in range(0, len(entity_ids), 500):
        chunk = entity_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for eid, alias in lib.conn.execute(f"{sql} WHERE entity_id IN ({marks}){order}", chunk):
            out.setdefault(eid, []).append(alias)
    return out


_ENTITY_COLUMNS = "id, type, name, name_hans, name_hant, mentions, articles, status, confidence"


def _entity_row(
    r: Sequence, aliases: list[str], linked: tuple[tuple[int, str, str], ...] = ()
) -> EntityRow:
    return EntityRow(r[0], r[1], r[2], r[3], r[4], aliases, r[5], r[6], r[7] == 1, r[8], linked)


def _listed(
    type: str | None, include_hidden: bool, threshold: float | None, table: str = ""
) -> tuple[str, list[object]]:
    """The WHERE clause of the entities listed, and its parameters; ``table`` is the
    prefix of the entities' columns ("e." in a join)."""
    e = table
    sql = f" WHERE {e}mentions > 0 AND {e}status != ?"
    params: list[object] = [STATUS_DELETED]
    if not include_hidden:
        sql += f" AND {e}status = ?"
        params.append(STATUS_VISIBLE)
    if type:
        sql += f" AND {e}type = ?"
        params.append(type)
    if threshold is not None:
        sql += f" AND {e}confidence >= ?"
        params.append(threshold)
    return sql, params


# A name contains the folded text (names in either script, the name as written, or an
# alias; ``lower`` folds Latin letters).
_NAMED_SQL = (
    " AND (instr(name_hans, ?) > 0 OR instr(lower(name), ?) > 0 OR instr(lower(name_hant), ?) > 0"
    " OR id IN (SELECT entity_id FROM entity_aliases WHERE instr(lower(alias), ?) > 0))"
)


def list_entities(
    lib: Library,
    type: str | None = None,
    include_hidden: bool = False,
    include_uncertain: bool = False,
    threshold: float = TREE_THRESHOLD,
    *,
    per_type: int | None = None,
    named: str | None = None,
) -> list[EntityRow]:
    """Entities with at least one mention, most mentioned first; deleted ones never, and
    those with a confidence below ``threshold`` only with ``include_uncertain``.
    ``per_type``: at most that many of each type (the most mentioned); ``named``: only
    those with a name or alias containing that folded text (``text.fold``)."""
    where, params = _listed(type, include_hidden, None if include_uncertain else threshold)
    if named:
        where += _NAMED_SQL
        params += [named] * 4
    sql = f"SELECT {_ENTITY_COLUMNS} FROM entities{where}"
    if per_type is not None:
        sql = (
            f"SELECT {_ENTITY_COLUMNS} FROM (SELECT {_ENTITY_COLUMNS}, row_number() OVER"
            f" (PARTITION BY type ORDER BY mentions DESC, name) AS nth FROM entities{where})"
            " WHERE nth <= ?"
        )
        params.append(per_type)
    sql += " ORDER BY mentions DESC, name"
    rows = lib.conn.execute(sql, params).fetchall()
    # a limited list (the most mentioned, or those named) reads only its own aliases
    limited = per_type is not None or bool(named)
    aliases = _aliases(lib, [r[0] for r in rows] if limited else None)
    linked = _linked(lib)
    return [_entity_row(r, aliases.get(r[0], []), linked.get(r[0], ())) for r in rows]


def type_counts(
    lib: Library,
    include_hidden: bool = False,
    include_uncertain: bool = False,
    threshold: float = TREE_THRESHOLD,
) -> dict[str, int]:
    """How many entities of each type ``list_entities`` gives without a limit."""
    where, params = _listed(None, include_hidden, None if include_uncertain else threshold)
    sql = f"SELECT type, count(*) FROM entities{where} GROUP BY type"
    return {str(t): int(n) for t, n in lib.conn.execute(sql, params)}


def uncertain_count(
    lib: Library,
    type: str | None = None,
    include_hidden: bool = False,
    threshold: float = TREE_THRESHOLD,
) -> int:
    """How many entities ``list_entities`` leaves out for their low confidence."""
    where, params = _listed(type, include_hidden, None)
    sql = f"SELECT count(*) FROM entities{where} AND confidence < ?"
    return int(lib.conn.execute(sql, [*params, threshold]).fetchone()[0])


def _linked(lib: Library) -> dict[int, tuple[tuple[int, str, str], ...]]:
    links = zone_links(lib)
    ids = sorted({i for targets in links.values() for i in targets})
    marks = ",".join("?" * len(ids))
    about = {
        r[0]: (r[0], r[1], r[2])
        for r in lib.conn.execute(f"SELECT id, type, name FROM entities WHERE id IN ({marks})", ids)
    }
    return {eid: tuple(about[t] for t in targets) for eid, targets in links.items()}


def get_entity(lib: Library, entity_id: int) -> EntityRow | None:
    r = lib.conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if r is None:
        return None
    linked = _linked(lib).get(r[0], ()) if r[1] in ("place", "park") else ()
    return _entity_row(r, _aliases(lib, [r[0]]).get(r[0], []), linked)


def entity_counts(lib: Library, entity_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Library-wide (mentions, articles) of each of the entities, in one query."""
    ids = list(dict.fromkeys(entity_ids))
    out: dict[int, tuple[int, int]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, mentions, articles FROM entities WHERE id IN ({marks})"
        for eid, mentions, articles in lib.conn.execute(sql, chunk):
            out[eid] = (int(mentions), int(articles))
    return out


def article_entities(lib: Library, threshold: float | None = None) -> dict[int, list[EntityRow]]:
    """The entities each article mentions that the tree lists (visible; confidence at least
    ``threshold``, when given), article id -> rows."""
    where, params = _listed(None, False, threshold, "e.")
    sql = (
        "SELECT DISTINCT m.article_id, e.id, e.type, e.name, e.name_hans, e.name_hant,"
        " e.mentions, e.articles, e.status, e.confidence"
        f" FROM mentions m JOIN entities e ON e.id = m.entity_id{where}"
        " ORDER BY m.article_id, e.id"
    )
    aliases = _aliases(lib)
    out: dict[int, list[EntityRow]] = {}
    for r in lib.conn.execute(sql, params):
        out.setdefault(r[0], []).append(_entity_row(r[1:], aliases.get(r[1], [])))
    return out


def find_entity(lib: Library, name: str, type: str | None = None) -> EntityRow | None:
    """The entity a name (either script) or alias now stands for; the most mentioned if several.

    A name merged into another entity finds the entity it was merged into; a name the
    library does not hold finds the entity the name rules give it (北京市 finds 北京).
    """
    key = entity_key(name)
    t_sql = " AND e.type = ?" if type else ""
    t_par: list[object] = [type] if type else []
    queries = [
        ("SELECT e.id FROM entities e WHERE e.key = ? AND e.mentions > 0", [key]),
        (
            "SELECT e.id FROM entities e WHERE e.id IN"
            " (SELECT DISTINCT entity_id FROM mentions WHERE raw_key = ?)",
            [key],
        ),
        (
            "SELECT e.id FROM entities e WHERE e.mentions > 0 AND e.id IN"
            " (SELECT entity_id FROM entity_aliases WHERE key = ?)",
            [key],
        ),
    ]
    for t in (type,) if type else ("place", "organization", "park"):
        canonical = canonical_key(t, key)
        if canonical != key:
            queries.append(
                ("SELECT e.id FROM entities e WHERE e.key = ? AND e.mentions > 0", [canonical])
            )
    for sql, params in queries:
        row = lib.conn.execute(
            sql + f" AND e.status != ?{t_sql} ORDER BY e.mentions DESC LIMIT 1",
            [*params, STATUS_DELETED, *t_par],
        ).fetchone()
        if row is not None:
            return get_entity(lib, row[0])
    return None


def zone_links(lib: Library) -> dict[int, list[int]]:
    """Zones and the places they are named after, both ways: entity id -> linked ids.

    浦东新区 (a park) and 浦东 (a place) stay two entities; this relation joins them.
    Computed from the entities' keys, so it follows every edit of the library.
    """
    places: dict[str, int] = {}
    zones: list[tuple[int, str]] = []
    for eid, type_, key in lib.conn.execute(
        "SELECT id, type, key FROM entities WHERE mentions > 0 AND status != ?"
        " AND type IN ('place', 'park')",
        (STATUS_DELETED,),
    ):
        if type_ == "place":
            places.setdefault(key, eid)
        place = zone_place_key(key)
        if place is not None and place != key:
            zones.append((eid, place))
    links: dict[int, list[int]] = {}
    for zone, place in zones:
        pid = places.get(place)
        if pid is not None and pid != zone:
            links.setdefault(zone, []).append(pid)
            links.setdefault(pid, []).append(zone)
    return links


def entity_articles(lib: Library, entity_ids: Sequence[int]) -> list[int]:
    """Articles that mention every one of the entities, newest first."""
    ids = list(dict.fromkeys(entity_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM mentions"
        f" WHERE entity_id IN ({marks}) GROUP BY article_id"
        " HAVING count(DISTINCT entity_id) = ?)"
        " ORDER BY a.date IS NULL, a.date DESC, a.id DESC"
    )
    return [r[0] for r in lib.conn.execute(sql, [*ids, len(ids)])]


_COUNT_CHUNK = 500  # article ids per statement (well under SQLite's parameter limit)


def mention_counts(
    lib: Library, entity_ids: Sequence[int], article_ids: Sequence[int]
) -> dict[int, int]:
    """How many mentions of the entities each article holds (articles without any: absent).

    Only visible entities count, as in ``article_mentions`` (what the reader marks).
    One grouped statement per 500 articles, so the result list asks once for the
    rows it shows rather than once per row.
    """
    entities = list(dict.fromkeys(entity_ids))
    articles = list(dict.fromkeys(article_ids))
    out: dict[int, int] = {}
    if not entities or not articles:
        return out
    entity_marks = ",".join("?" * len(entities))
    for i in range(0, len(articles), _COUNT_CHUNK):
        chunk = articles[i : i + _COUNT_CHUNK]
        sql = (
            "SELECT article_id, count(*) FROM mentions WHERE entity_id IN"
            f" (SELECT id FROM entities WHERE id IN ({entity_marks}) AND status = ?)"
            f" AND article_id IN ({','.join('?' * len(chunk))}) GROUP BY article_id"
        )
        params = [*entities, STATUS_VISIBLE, *chunk]
        out.update(lib.conn.execute(sql, params).fetchall())
    return out


def article_mentions(lib: Library, article_id: int) -> list[MentionRow]:
    """Mentions of visible entities in an article, in text order, with the spellings
    the user gave the names they write."""
    sql = (
        "SELECT m.id, m.entity_id, e.type, m.start, m.end, m.text, e.name, m.role"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? AND e.status = ? ORDER BY m.start, m.end DESC"
    )
    from db.resolution import curated_spellings  # (db.resolution imports this module)

    rows = [MentionRow(*r) for r in lib.conn.execute(sql, (article_id, STATUS_VISIBLE))]
    spellings = curated_spellings(lib.conn, {r.entity_id for r in rows})
    if not spellings:
        return rows
    out = []
    for r in rows:
        spelt = spellings.get(r.entity_id)
        if spelt and entity_key(r.text) == entity_key(r.name):
            r = replace(r, spelling_hans=spelt.get("hans"), spelling_hant=spelt.get("hant"))
        out.append(r)
    return out


# CROSS JOIN: from the figures to their mentions, never the other way (left to itself
# SQLite walked every mention: 0.5 s at 6.5 million with no figure at all).
_FIGURES_FROM = (
    " FROM figures f CROSS JOIN mentions m ON m.id = f.mention_id"
    " JOIN articles a ON a.id = m.article_id"
    " JOIN entities e ON e.id = m.entity_id WHERE e.status = 0"
)


def figures(
    lib: Library, article_ids: Sequence[int] | None = None, *, last_found: int | None = None
) -> list[FigureRow]:
    """The figures of the library (or of ``article_ids``), newest articles first; with
    ``last_found``, only that many: the ones extracted last (a whole library of a
    million articles holds millions)."""
    sql = (
        "SELECT m.id, m.article_id, a.title, a.date, m.text, f.value, f.unit, f.qualifier,"
        " f.subject, f.sentence, m.start, m.end" + _FIGURES_FROM
    )
    params: list[object] = []
    if article_ids is not None:
        ids = list(article_ids)
        if not ids:
            return []
        sql += f" AND m.article_id IN ({','.join('?' * len(ids))})"
        params.extend(ids)
    if last_found is not None:  # walks the figures' key backwards: no sort of them all
        sql = f"SELECT * FROM ({sql} ORDER BY f.mention_id DESC LIMIT ?)"
        params.append(last_found)
        sql += " ORDER BY date IS NULL, date DESC, article_id, start"
        return [FigureRow(*r) for r in lib.conn.execute(sql, params)]
    sql += " ORDER BY a.date IS NULL, a.date DESC, m.article_id, m.start"
    return [FigureRow(*r) for r in lib.conn.execute(sql, params)]


def figure_count(lib: Library) -> int:
    """How many figures ``figures(lib)`` gives."""
    return int(lib.conn.execute("SELECT count(*)" + _FIGURES_FROM).fetchone()[0])
