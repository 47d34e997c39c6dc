"""Entities and their mentions: reading, and resolving extracted names through curation.

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

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
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


def _aliases(lib: Library, entity_id: int | None = None) -> dict[int, list[str]]:
    """Aliases per entity: of every entity, or only of ``entity_id``."""
    sql = "SELECT entity_id, alias FROM entity_aliases"
    params: tuple[int, ...] = ()
    if entity_id is not None:
        sql += " WHERE entity_id = ?"
        params = (entity_id,)
    out: dict[int, list[str]] = {}
    for eid, alias in lib.conn.execute(sql + " ORDER BY origin DESC, alias", params):
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
    aliases = _aliases(lib)
    linked = _linked(lib)
    return [
        _entity_row(r, aliases.get(r[0], []), linked.get(r[0], ()))
        for r in lib.conn.execute(sql, params)
    ]


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
    return _entity_row(r, _aliases(lib, r[0]).get(r[0], []), linked)


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


# -- resolving raw keys through the curation log ------------------------------


@dataclass
class Resolution:
    """The active curation log and the automatic name rules, folded into lookups.

    A raw name goes, in order: to the entity a user alias gives it; else to the
    longer name it stands for in its article (``ref``); then through the name rules
    of ``text.resolve`` (北京市 -> 北京); then along the user's merges and changes of
    type.  A name the user split off, or one the log names as an entity of its own,
    skips the automatic steps: curation wins.
    """

    forward: dict[Pair, Pair]
    alias_of: dict[str, Pair]  # alias key -> entity pair (any type)
    detached: set[str] = field(default_factory=set)  # keys the automatic rules leave alone
    curated: set[Pair] = field(default_factory=set)  # pairs the log names as entities

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> Resolution:
        forward: dict[Pair, Pair] = {}
        alias_of: dict[str, Pair] = {}
        detached: set[str] = set()
        curated: set[Pair] = set()
        for op, type_, key, arg in conn.execute(
            "SELECT op, type, key, arg FROM curation WHERE undone = 0 ORDER BY id"
        ):
            pair = (type_, key)
            curated.add(pair)
            if op == "merge" and arg:
                t, _, k = arg.partition("\t")
                forward[pair] = (t, k)
                curated.add((t, k))
            elif op == "retype" and arg:
                forward[pair] = (arg, key)
            elif op == "alias" and arg:
                alias_of[entity_key(arg)] = pair
            elif op == "split" and arg:
                detached.add(entity_key(arg))
        # A pair the rules would now fold into another (an edit made before the rules
        # existed, or on a split name) names that name's own entity.
        for type_, key in curated:
            if canonical_key(type_, key) != key:
                detached.add(key)
        return cls(forward, alias_of, detached, curated)

    def auto(self, pair: Pair) -> Pair:
        """The pair the automatic name rules give ``pair`` (itself when detached)."""
        if pair[1] in self.detached:
            return pair
        return (pair[0], canonical_key(pair[0], pair[1]))

    def resolve(self, pair: Pair, ref: str | None = None) -> Pair:
        target = self.alias_of.get(pair[1])
        if target is not None and target != pair:
            pair = target
        else:
            if ref and pair[1] not in self.detached:
                pair = (pair[0], ref)
            pair = self.auto(pair)
        seen = {pair}
        while pair in self.forward:
            pair = self.forward[pair]
            if pair in seen:  # a cycle made by undo/redo in odd orders: stop
                break
            seen.add(pair)
        return pair


def ensure_entity(conn: sqlite3.Connection, pair: Pair, name: str) -> int:
    row = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", pair).fetchone()
    if row is not None:
        return int(row[0])
    hans, hant = script_names(name)
    cur = conn.execute(
        "INSERT INTO entities (type, key, name, name_hans, name_hant) VALUES (?, ?, ?, ?, ?)",
        (pair[0], pair[1], name, hans, hant),
    )
    return int(cur.lastrowid or 0)


_ATTRIBUTE_OPS = ("rename", "hide", "unhide", "delete", "alias", "confirm", "respell")
# Edits that say the user takes the entity for a real name: it is certain from then on.
_CONFIRMING_OPS = frozenset({"rename", "unhide", "alias", "confirm", "respell"})
SPELLING_SCRIPTS = ("hans", "hant")


def _retypes(conn: sqlite3.Connection) -> dict[Pair, Pair]:
    """Active changes of type, old (type, key) -> new (type, key)."""
    return {
        (type_, key): (arg, key)
        for type_, key, arg in conn.execute(
            "SELECT type, key, arg FROM curation WHERE undone = 0 AND op = 'retype' ORDER BY id"
        )
    }


def _follow(p: Pair, retyped: dict[Pair, Pair]) -> Pair:
    """Where a sequence of changes of type took ``p`` (a cycle stops where it closes)."""
    seen = {p}
    while p in retyped and retyped[p] not in seen:
        p = retyped[p]
        seen.add(p)
    return p


_ATTRIBUTE_OPS_SQL = (
    "SELECT op, type, key, arg FROM curation WHERE undone = 0"
    f" AND op IN ({','.join('?' * len(_ATTRIBUTE_OPS))})"
)


def _attribute_ops(
    conn: sqlite3.Connection, pair: Pair, retyped: dict[Pair, Pair]
) -> list[tuple[str, str | None]]:
    """Active edits of an entity's look, including those made before a change of its type."""
    return [
        (op, arg)
        for op, type_, key, arg in conn.execute(
            _ATTRIBUTE_OPS_SQL + " AND key = ? ORDER BY id", (*_ATTRIBUTE_OPS, pair[1])
        )
        if _follow((type_, key), retyped) == pair
    ]


def _attribute_ops_by_key(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, str | None]]]:
    """Every active edit of an entity's look as (op, type, arg), per key, in log order:
    ``_attribute_ops`` for many entities in one read."""
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for op, type_, key, arg in conn.execute(_ATTRIBUTE_OPS_SQL + " ORDER BY id", _ATTRIBUTE_OPS):
        out.setdefault(key, []).append((op, type_, arg))
    return out


def _spellings(ops: Iterable[tuple[str, str | None]], name: str) -> dict[str, str]:
    """The spellings the user gave ``name`` per script ("hans", "hant"), from the
    entity's active edits: the latest of each script that spells this name (an
    empty one goes back to the converted spelling)."""
    key = entity_key(name)
    out: dict[str, str] = {}
    for op, arg in ops:
        if op != "respell" or not arg:
            continue
        script, _, spelling = arg.partition("\t")
        if not spelling:
            out.pop(script, None)
        elif entity_key(spelling) == key:
            out[script] = spelling
    return out


def curated_spellings(
    conn: sqlite3.Connection, entity_ids: Iterable[int]
) -> dict[int, dict[str, str]]:
    """Entity id -> the spellings the user gave its name ({"hans": ..., "hant": ...})."""
    found = conn.execute(
        "SELECT 1 FROM curation WHERE undone = 0 AND op = 'respell' LIMIT 1"
    ).fetchone()
    if found is None:
        return {}
    retyped = _retypes(conn)
    out: dict[int, dict[str, str]] = {}
    for eid in set(entity_ids):
        row = conn.execute("SELECT type, key, name FROM entities WHERE id = ?", (eid,)).fetchone()
        if row is None:
            continue
        spelt = _spellings(_attribute_ops(conn, (row[0], row[1]), retyped), row[2])
        if spelt:
            out[eid] = spelt
    return out


# One row per written form of an entity's own mentions (not those standing for a longer
# name of their article), in a fixed order: the first form of a key names the alias.
_NAME_FORMS_SQL = (
    "SELECT entity_id, raw_type, raw_key, name, text, role, count(*), min(id) FROM mentions"
    " WHERE entity_id IN ({marks}) AND ref_key IS NULL"
    " GROUP BY entity_id, raw_type, raw_key, name, text, role"
    " ORDER BY entity_id, raw_type, raw_key, name, text, role"
)
NameForm = tuple[
    str, str, str, str, str | None, int, int
]  # raw type, key, name, text, role, n, first


def _names_of(
    forms: Iterable[NameForm], pair: Pair, res: Resolution
) -> tuple[str | None, list[str]]:
    """The fullest of an entity's own names, and its other names (its automatic aliases).

    Its own names are those the name rules give its key (北京市 and 北京 for 北京);
    names merged in by the user are aliases, never the display name.  Short forms
    that stand for the entity inside one article (以下简称, a company's short name)
    are not aliases anywhere else.
    """
    own: list[tuple[bool, int, int, int, str]] = []
    others: dict[str, str] = {}
    for raw_type, raw_key, name, text, role, count, first in forms:
        if res.auto((raw_type, raw_key))[1] == pair[1]:
            # the fullest written form of the key (北京市 over 北京), before a nickname (津门)
            written = entity_key(name)
            own.append((pair[1] in written, len(written), count, -first, name))
        others.setdefault(entity_key(name), name)
        if role == "abbreviation":
            others.setdefault(entity_key(text), text)
    best = max(own)[-1] if own else None
    if best is not None:
        others.pop(entity_key(best), None)
    return best, sorted(others.values(), key=lambda n: (len(n), n))


_ATTRIBUTE_CHUNK = 500  # entities whose mentions are read in one statement


def apply_attributes(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> None:
    """Recompute name, status, aliases and counts of entities from mentions and the log.

    The entities are read and written a few hundred per statement: after an
    extraction batch this runs for every entity its articles mention, thousands."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    retyped = _retypes(conn)
    res = Resolution.load(conn)
    edits = _attribute_ops_by_key(conn)
    for i in range(0, len(ids), _ATTRIBUTE_CHUNK):
        chunk = ids[i : i + _ATTRIBUTE_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, type, key, name FROM entities WHERE id IN ({marks})", chunk
        ).fetchall()
        forms: dict[int, list[NameForm]] = {}
        for eid, *form in conn.execute(_NAME_FORMS_SQL.format(marks=marks), chunk):
            forms.setdefault(eid, []).append(tuple(form))  # type: ignore[arg-type]
        counts = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT entity_id, count(*), count(DISTINCT article_id), max(confidence)"
                f" FROM mentions WHERE entity_id IN ({marks}) GROUP BY entity_id",
                chunk,
            )
        }
        updates: list[tuple] = []
        aliases: list[tuple[int, str, str, str]] = []
        for eid, type_, key, current in rows:
            pair = (type_, key)
            ops = [
                (op, arg)
                for op, op_type, arg in edits.get(key, ())
                if _follow((op_type, key), retyped) == pair
            ]
            name, status, own_aliases, confirmed = _edited(ops)
            fullest, other_names = _names_of(forms.get(eid, ()), pair, res)
            if name is None:
                name = fullest or current
            hans, hant = script_names(name)
            spelt = _spellings(ops, name)
            hans, hant = spelt.get("hans", hans), spelt.get("hant", hant)
            n_mentions, n_articles, confidence = counts.get(eid, (0, 0, None))
            if confirmed or confidence is None:
                confidence = 1.0
            updates.append((name, hans, hant, status, n_mentions, n_articles, confidence, eid))
            shown = entity_key(name)
            aliases.extend((eid, a, entity_key(a), "user") for a in own_aliases)
            aliases.extend(
                (eid, a, entity_key(a), "name") for a in other_names if entity_key(a) != shown
            )
        conn.executemany(
            "UPDATE entities SET name = ?, name_hans = ?, name_hant = ?, status = ?,"
            " mentions = ?, articles = ?, confidence = ? WHERE id = ?",
            updates,
        )
        conn.executemany("DELETE FROM entity_aliases WHERE entity_id = ?", [(r[0],) for r in rows])
        conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, origin)"
            " VALUES (?, ?, ?, ?)",
            aliases,
        )


def _edited(ops: Iterable[tuple[str, str | None]]) -> tuple[str | None, int, list[str], bool]:
    """(name, status, aliases, confirmed) that an entity's active edits give it."""
    name = None
    status = STATUS_VISIBLE
    aliases: list[str] = []
    confirmed = False
    for op, arg in ops:
        confirmed = confirmed or op in _CONFIRMING_OPS
        if op == "rename":
            name = arg
        elif op == "hide":
            status = STATUS_HIDDEN
        elif op == "unhide":
            status = STATUS_VISIBLE
        elif op == "delete":
            status = STATUS_DELETED
        elif op == "alias" and arg:
            aliases.append(arg)
    return name, status, aliases, confirmed


def reresolve(conn: sqlite3.Connection, pairs: Iterable[Pair]) -> set[int]:
    """Point the mentions of these raw keys at the entity the log now says; return touched ids."""
    res = Resolution.load(conn)
    touched: set[int] = set()
    for raw in set(pairs):
        groups: dict[str | None, set[int]] = {}
        for eid, ref in conn.execute(
            "SELECT DISTINCT entity_id, ref_key FROM mentions WHERE raw_type = ? AND raw_key = ?",
            raw,
        ):
            groups.setdefault(ref, set()).add(eid)
        for ref, old in groups.items():
            final = res.resolve(raw, ref)
            sample = conn.execute(
                "SELECT name FROM mentions WHERE raw_type = ? AND raw_key = ? AND ref_key IS ?"
                " LIMIT 1",
                (*raw, ref),
            ).fetchone()
            eid = ensure_entity(conn, final, sample[0] if sample else final[1])
            conn.execute(
                "UPDATE mentions SET entity_id = ? WHERE raw_type = ? AND raw_key = ?"
                " AND ref_key IS ?",
                (eid, *raw, ref),
            )
            touched |= old | {eid}
    return touched


def raw_pairs_of(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> set[Pair]:
    out: set[Pair] = set()
    for eid in set(entity_ids):
        out.update(
            (r[0], r[1])
            for r in conn.execute(
                "SELECT DISTINCT raw_type, raw_key FROM mentions WHERE entity_id = ?", (eid,)
            )
        )
    return out
