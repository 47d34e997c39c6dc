"""The user's edits to entities, kept as an undoable log that survives re-extraction.

Each edit is a row of ``curation`` naming the entity by its (type, key) at the
time of the edit.  Undo marks the newest active edit undone; redo brings back the
most recently undone one; a new edit forgets what could be redone.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from db.entities import ENTITY_TYPES, Pair, entity_key
from db.library import Library, LibraryError, friendly_error
from db.resolution import SPELLING_SCRIPTS, apply_attributes, raw_pairs_of, reresolve
from text.resolve import canonical_key


class CurationError(LibraryError):
    """An edit that cannot be made (unknown entity, merging into itself, ...)."""


def _pair(conn: sqlite3.Connection, entity_id: int) -> tuple[Pair, str]:
    row = conn.execute("SELECT type, key, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise CurationError(f"no entity {entity_id}")
    return (row[0], row[1]), row[2]


def _entity_of(conn: sqlite3.Connection, pair: Pair) -> int | None:
    row = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", pair).fetchone()
    return None if row is None else int(row[0])


def _refresh(conn: sqlite3.Connection, op: str, pair: Pair, arg: str | None) -> None:
    """Re-resolve and recompute everything an edit of ``pair`` can touch."""
    ids: set[int] = set()
    for p in _related_pairs(op, pair, arg):
        eid = _entity_of(conn, p)
        if eid is not None:
            ids.add(eid)
    raws = raw_pairs_of(conn, ids) | {pair}
    if op == "alias" and arg:
        raws |= {
            (r[0], r[1])
            for r in conn.execute(
                "SELECT DISTINCT raw_type, raw_key FROM mentions WHERE raw_key = ?",
                (entity_key(arg),),
            )
        }
    ids |= reresolve(conn, raws)
    apply_attributes(conn, ids)


def _related_pairs(op: str, pair: Pair, arg: str | None) -> list[Pair]:
    pairs = [pair]
    if op == "merge" and arg:
        t, _, k = arg.partition("\t")
        pairs.append((t, k))
    elif op == "retype" and arg:
        pairs.append((arg, pair[1]))
    elif op == "split" and arg:
        pairs.append((pair[0], entity_key(arg)))
    return pairs


def _record(lib: Library, entity_id: int, op: str, arg: str | None, label: str) -> str:
    try:
        with lib.transaction() as conn:
            pair, _ = _pair(conn, entity_id)
            conn.execute("DELETE FROM curation WHERE undone = 1")
            conn.execute(
                "INSERT INTO curation (op, type, key, arg, label, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (op, pair[0], pair[1], arg, label, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            _refresh(conn, op, pair, arg)
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc
    return label


def rename(lib: Library, entity_id: int, new_name: str) -> str:
    new_name = new_name.strip()
    if not new_name:
        raise CurationError("a name cannot be empty")
    _, old = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "rename", new_name, f"rename {old} → {new_name}")


def merge(lib: Library, source_id: int, target_id: int) -> str:
    if source_id == target_id:
        raise CurationError("cannot merge an entity into itself")
    _, src_name = _pair(lib.conn, source_id)
    target, dst_name = _pair(lib.conn, target_id)
    return _record(
        lib, source_id, "merge", f"{target[0]}\t{target[1]}", f"merge {src_name} into {dst_name}"
    )


def retype(lib: Library, entity_id: int, new_type: str) -> str:
    if new_type not in ENTITY_TYPES:
        raise CurationError(f"unknown type {new_type!r}")
    (old_type, _), name = _pair(lib.conn, entity_id)
    if new_type == old_type:
        raise CurationError(f"{name} is already of type {new_type}")
    return _record(lib, entity_id, "retype", new_type, f"change type of {name} to {new_type}")


def hide(lib: Library, entity_id: int) -> str:
    _, name = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "hide", None, f"hide {name}")


def unhide(lib: Library, entity_id: int) -> str:
    _, name = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "unhide", None, f"show {name}")


def confirm(lib: Library, entity_id: int) -> str:
    """Keep an uncertain entity in the tree: the user takes it for a real name."""
    _, name = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "confirm", None, f"keep {name}")


def delete(lib: Library, entity_id: int) -> str:
    _, name = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "delete", None, f"delete {name}")


def add_alias(lib: Library, entity_id: int, alias: str) -> str:
    alias = alias.strip()
    if not alias:
        raise CurationError("an alias cannot be empty")
    _, name = _pair(lib.conn, entity_id)
    return _record(lib, entity_id, "alias", alias, f"add alias {alias} to {name}")


def respell(lib: Library, entity_id: int, script: str, spelling: str) -> str:
    """Write the entity's name as ``spelling`` in ``script`` ("hans" or "hant").

    The reader and exports then write the mentions of that name so in a conversion
    to that script, instead of converting it (任睿杰 kept as 任睿杰 in Traditional).
    The spelling must read as the same name (it folds to the same key); an empty
    spelling goes back to the converted one.
    """
    if script not in SPELLING_SCRIPTS:
        raise CurationError(f"unknown script {script!r} (hans or hant)")
    spelling = spelling.strip()
    _, name = _pair(lib.conn, entity_id)
    if spelling and entity_key(spelling) != entity_key(name):
        raise CurationError(
            f"{spelling} is not a spelling of {name} (rename it or add an alias instead)"
        )
    where = "Simplified" if script == "hans" else "Traditional"
    label = (
        f"spell {name} as {spelling} in {where}" if spelling else f"convert {name} again in {where}"
    )
    return _record(lib, entity_id, "respell", f"{script}\t{spelling}", label)


def split(lib: Library, entity_id: int, name: str) -> str:
    """Make one of an entity's names an entity of its own again.

    For a name the automatic rules put there (京 in 北京, 中科谱光 in its company):
    the rules leave that name alone from now on, here and after re-extraction.
    """
    name = name.strip()
    key = entity_key(name)
    pair, entity_name = _pair(lib.conn, entity_id)
    if not key or key == pair[1]:
        raise CurationError(f"{name} is the entity's own name")
    found = lib.conn.execute(
        "SELECT 1 FROM mentions WHERE entity_id = ? AND raw_key = ? LIMIT 1", (entity_id, key)
    ).fetchone()
    if found is None:
        raise CurationError(f"{entity_name} has no mention named {name}")
    return _record(lib, entity_id, "split", name, f"split {name} off {entity_name}")


def split_candidates(lib: Library, entity_id: int) -> list[str]:
    """The names of an entity that the automatic rules put there (and ``split`` can take
    off): 北京 and 京 in 北京市, 中科谱光 in its company, as first written."""
    pair, _ = _pair(lib.conn, entity_id)
    out: dict[str, str] = {}
    for raw_type, raw_key, name, ref in lib.conn.execute(
        "SELECT raw_type, raw_key, name, ref_key FROM mentions WHERE entity_id = ? ORDER BY id",
        (entity_id,),
    ):
        if raw_key == pair[1] or raw_key in out:
            continue
        if ref is not None or canonical_key(raw_type, raw_key) != raw_key:
            out[raw_key] = name
    return list(out.values())


def _toggle(lib: Library, undo_it: bool) -> str | None:
    try:
        with lib.transaction() as conn:
            if undo_it:
                row = conn.execute(
                    "SELECT id, op, type, key, arg, label FROM curation WHERE undone = 0"
                    " ORDER BY id DESC LIMIT 1"
                ).fetchone()
            else:
                row = conn.execute(
                    "SELECT id, op, type, key, arg, label FROM curation WHERE undone = 1"
                    " ORDER BY id ASC LIMIT 1"
                ).fetchone()
            if row is None:
                return None
            op_id, op, type_, key, arg, label = row
            conn.execute("UPDATE curation SET undone = ? WHERE id = ?", (int(undo_it), op_id))
            _refresh(conn, op, (type_, key), arg)
    except sqlite3.Error as exc:
        raise friendly_error(exc, lib.path) from exc
    return label


def undo(lib: Library) -> str | None:
    """Undo the newest edit; its description, or None when there is nothing to undo."""
    return _toggle(lib, True)


def redo(lib: Library) -> str | None:
    return _toggle(lib, False)


def can_undo(lib: Library) -> bool:
    return (
        lib.conn.execute("SELECT 1 FROM curation WHERE undone = 0 LIMIT 1").fetchone() is not None
    )


def can_redo(lib: Library) -> bool:
    return (
        lib.conn.execute("SELECT 1 FROM curation WHERE undone = 1 LIMIT 1").fetchone() is not None
    )


def history(lib: Library) -> list[tuple[int, str, bool]]:
    return [
        (r[0], r[1], bool(r[2]))
        for r in lib.conn.execute("SELECT id, label, undone FROM curation ORDER BY id")
    ]
