"""Entity counts derived from the stored mentions: checking and recounting.

Extraction updates the counts in the transaction that stores the mentions, so
they cannot drift.  Libraries written before that could be left with entities
counted 0 whose mentions were stored (they vanished from the tree); such a file
is recounted once when it is first opened for writing.
"""

from __future__ import annotations

import sqlite3

# meta key recording that the counts of this file were recounted from its mentions
COUNTS_CHECKED = "entity_counts_checked"

_ACTUAL = (
    "SELECT e.id, e.mentions, e.articles, count(m.id), count(DISTINCT m.article_id)"
    " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id"
)


def wrong_counts(conn: sqlite3.Connection) -> list[tuple[int, int, int, int, int]]:
    """Entities whose stored counts differ from their mentions:
    (id, stored mentions, stored articles, actual mentions, actual articles)."""
    return [r for r in conn.execute(_ACTUAL) if (r[1], r[2]) != (r[3], r[4])]


def recount_all(conn: sqlite3.Connection) -> int:
    """Set every entity's counts from its mentions (the caller holds the transaction).
    Returns how many entities were wrong."""
    wrong = wrong_counts(conn)
    conn.executemany(
        "UPDATE entities SET mentions = ?, articles = ? WHERE id = ?",
        [(r[3], r[4], r[0]) for r in wrong],
    )
    return len(wrong)


def needs_recount(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (COUNTS_CHECKED,)).fetchone()
    return row is None


def mark_recounted(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (COUNTS_CHECKED,))
