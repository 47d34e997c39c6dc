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

from db.citation import ENGLISH, CitationWords, cite, paragraph_around
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
    article_id: int | None = None  # the article's row now (None when it is gone)

    @property
    def citation(self) -> str:
        return self.cite()

    def cite(self, words: CitationWords = ENGLISH) -> str:
        """The citation in ``words`` (the window's interface language; English by default)."""
        return cite(self.title, self.source, self.date, self.byline, self.article_uid, words)


def citation(
    title: str | None,
    byline: str | None,
    date: str | None,
    source: str | None,
    uid: str,
    words: CitationWords = ENGLISH,
) -> str:
    """《whole title》, source, date, byline (Duizhao article UID): ``db.citation.cite``."""
    return cite(title, source, date, byline, uid, words)


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


def list_notes(
    lib: Library, search: str | None = None, *, article_uid: str | None = None
) -> list[NoteRow]:
    """Every note, newest first; with ``search``, those whose note, passage or article
    title holds it (in either script); with ``article_uid``, those of one article."""
    from text.fold import fold

    where, params = ("WHERE n.article_uid = ?", [article_uid]) if article_uid else ("", [])
    rows = lib.conn.execute(
        "SELECT n.id, n.article_uid, n.start, n.end, n.colour, n.text, n.created_at,"
        " a.title, a.byline, a.date, a.source, a.id"
        " FROM notes n LEFT JOIN articles a ON a.uid = n.article_uid"
        f" {where} ORDER BY n.created_at DESC, n.id DESC",
        params,
    ).fetchall()
    # Each article's text is read once, however many of its passages are kept.
    texts: dict[str, str] = {}
    for uid in {r[1] for r in rows if r[2] is not None and r[11] is not None}:
        found = lib.conn.execute("SELECT text FROM articles WHERE uid = ?", (uid,)).fetchone()
        if found is not None:
            texts[uid] = found[0]
    out = []
    for row in rows:
        nid, uid, start, end, colour, note, created, title, byline, date, source, aid = row
        body = texts.get(uid)
        quote = paragraph = ""
        if body is not None and start is not None and end is not None:
            quote, paragraph = body[start:end], paragraph_around(body, start, end)
        if search and fold(search) not in fold(" ".join((note, quote, title or ""))):
            continue
        out.append(
            NoteRow(
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
                aid,
            )
        )
    return out
