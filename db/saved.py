"""Saved searches: a named search specification, re-run in one step, with how many
matching articles were added since it was last opened."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from db.library import Library, LibraryError
from db.spec import SearchSpec


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    spec: SearchSpec
    opened_at: str | None
    new: int  # matching articles added since it was last opened (all, never opened)


def count(lib: Library, spec: SearchSpec) -> int:
    """How many articles the specification matches (a search text is not required)."""
    from db.search import spec_count

    return spec_count(lib, spec)


def save_search(lib: Library, name: str, spec: SearchSpec) -> int:
    """Keep ``spec`` under ``name`` (replacing a search of that name)."""
    name = name.strip()
    if not name:
        raise LibraryError("a saved search needs a name")
    with lib.transaction() as conn:
        conn.execute(
            "INSERT INTO saved_searches (name, spec) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET spec = excluded.spec",
            (name, replace(spec, added_after=0).to_json()),
        )
        return int(
            conn.execute("SELECT id FROM saved_searches WHERE name = ?", (name,)).fetchone()[0]
        )


def saved_searches(lib: Library) -> list[SavedSearch]:
    out = []
    for sid, name, text, opened, seen in lib.conn.execute(
        "SELECT id, name, spec, opened_at, seen_max_id FROM saved_searches ORDER BY name"
    ).fetchall():
        spec = SearchSpec.from_json(text)
        out.append(
            SavedSearch(sid, name, spec, opened, count(lib, replace(spec, added_after=seen)))
        )
    return out


def open_saved(lib: Library, name: str) -> SearchSpec:
    """The saved specification, marked as opened now: its count of new articles starts
    again from the articles the library holds."""
    row = lib.conn.execute("SELECT id, spec FROM saved_searches WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise LibraryError(f"no saved search named {name!r}")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with lib.transaction() as conn:
        newest = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        conn.execute(
            "UPDATE saved_searches SET opened_at = ?, seen_max_id = ? WHERE id = ?",
            (now, newest, row[0]),
        )
    return SearchSpec.from_json(row[1])


def delete_saved(lib: Library, name: str) -> None:
    with lib.transaction() as conn:
        conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))


def rename_saved(lib: Library, name: str, new_name: str) -> None:
    """Give a saved search another name (refused when another search has that name)."""
    new_name = new_name.strip()
    if not new_name:
        raise LibraryError("a saved search needs a name")
    if new_name == name:
        return
    with lib.transaction() as conn:
        if conn.execute("SELECT 1 FROM saved_searches WHERE name = ?", (new_name,)).fetchone():
            raise LibraryError(f"there is already a saved search named {new_name!r}")
        cur = conn.execute("UPDATE saved_searches SET name = ? WHERE name = ?", (new_name, name))
        if cur.rowcount == 0:
            raise LibraryError(f"no saved search named {name!r}")
