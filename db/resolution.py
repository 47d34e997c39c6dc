"""Resolving extracted names through the name rules and the user's curation.

A mention keeps the raw key its extractor gave it (``db.entities``); ``Resolution``
folds the curation log (``db.curation``) and the name rules of ``text.resolve``
into lookups that take a raw key to its entity, and ``apply_attributes`` gives an
entity what the log says it looks like (its name, spellings, aliases, status).
``reresolve`` points stored mentions at the entities the log now says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from db.entities import (
    STATUS_DELETED,
    STATUS_HIDDEN,
    STATUS_VISIBLE,
    Pair,
    entity_key,
    script_names,
)
from text.resolve import canonical_key

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
