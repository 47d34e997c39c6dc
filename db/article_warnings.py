"""Warnings an import gave an article: what its file holds that the text lacks.

A PDF whose pages have no text layer (scanned pages) is imported with the text
of the other pages; the warning ("pages 3, 5–7 of 9 have no text layer
(scanned?); their text is missing") is kept with the article, so the reader
and ``show`` say it whenever the article is read, not only in the import's
summary.  Importing the same text again adds the file's warnings once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def save_warnings(conn: sqlite3.Connection, article_id: int, warnings: Iterable[str]) -> None:
    """Keep ``warnings`` for the article (inside the caller's transaction)."""
    conn.executemany(
        "INSERT OR IGNORE INTO article_warnings (article_id, warning) VALUES (?, ?)",
        [(article_id, warning) for warning in warnings],
    )


def warnings_of(conn: sqlite3.Connection, article_id: int) -> tuple[str, ...]:
    """The article's warnings, in the order they were kept."""
    rows = conn.execute(
        "SELECT warning FROM article_warnings WHERE article_id = ? ORDER BY rowid",
        (article_id,),
    ).fetchall()
    return tuple(str(row[0]) for row in rows)
