"""Notes and highlights: what a reader keeps of an article, with a citation to quote.

A note belongs to an article (by its uid, which is a digest of the text, so the
note survives re-extraction and a re-import of the same text) and, for a
highlight, to a passage of it (offsets into the text, end exclusive) with a
colour.  ``list_notes`` gives each with the citation a reader can use: the whole
title, the source, the date, the byline, the paragraph and the article's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from db.library import Library, LibraryError

COLOURS = ("yellow", "green", "blue", "pink")


@dataclass(frozen=True)
class NoteRow:
    id: int
    article_uid: str
    start: int | None
    end: int | None
    colour: str | None
    text: str
    created_at: str
    title: str | None  # None when the article is no longer in the library
    byline: str | None
    date: str | None
    source: str | None
    quote: str  # the highlighted passage ("" for a note on the whole article)
    paragraph: str  # the paragraph around the passage

    @property
    def citation(self) -> str:
        return citation(self.title, self.byline, self.date, self.source, self.article_uid)


def citation(
    title: str | None, byline: str | None, date: str | None, source: str | None, uid: str
) -> str:
    """《whole title》, byline, date, source (Duizhao article UID): what a reader cites."""
    parts = [f"《{title}》" if title else "(article no longer in the library)"]
    parts += [p for p in (byline, date, source) if p]
    return ", ".join(parts) + f" (Duizhao article {uid})"


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph (between line breaks) holding [start, end), whole."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : len(text) if b < 0 else b].strip()


def add_note(
    lib: Library,
    article_id: int,
    text: str,
    *,
    start: int | None = None,
    end: int | None = None,
    colour: str | None = None,
) -> int:
    """Keep a note on an article, or a highlight of [start, end) of its text."""
    row = lib.conn.execute("SELECT uid, length(text) FROM articles WHERE id = ?", (article_id,))
    found = row.fetchone()
    if found is None:
        raise LibraryError(f"no article {article_id}")
    uid, length = found
    if (start is None) != (end is None):
        raise LibraryError("a highlight needs both its start and its end")
    if start is not None and end is not None and not 0 <= start < end <= length:
        raise LibraryError(f"a passage from {start} to {end} is not in the article (0–{length})")
    if colour is not None and colour not in COLOURS:
        raise LibraryError(f"unknown colour {colour!r} (one of {', '.join(COLOURS)})")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with lib.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO notes (article_uid, start, end, colour, text, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (uid, start, end, colour, text, now),
        )
        return int(cur.lastrowid or 0)


def delete_note(lib: Library, note_id: int) -> None:
    with lib.transaction() as conn:
        conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def list_notes(lib: Library, search: str | None = None) -> list[NoteRow]:
    """Every note, newest first; with ``search``, those whose note, passage or article
    title holds it (in either script)."""
    from text.fold import fold

    rows = lib.conn.execute(
        "SELECT n.id, n.article_uid, n.start, n.end, n.colour, n.text, n.created_at,"
        " a.title, a.byline, a.date, a.source, a.text"
        " FROM notes n LEFT JOIN articles a ON a.uid = n.article_uid"
        " ORDER BY n.created_at DESC, n.id DESC"
    ).fetchall()
    out = []
    for nid, uid, start, end, colour, note, created, title, byline, date, source, body in rows:
        quote = paragraph = ""
        if body is not None and start is not None and end is not None:
            quote, paragraph = body[start:end], paragraph_around(body, start, end)
        row = NoteRow(
            nid,
            uid,
            start,
            end,
            colour,
            note,
            created,
            title,
            byline or None,
            date,
            source,
            quote,
            paragraph,
        )
        if search and fold(search) not in fold(" ".join((note, quote, title or ""))):
            continue
        out.append(row)
    return out
