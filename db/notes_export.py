"""Notes and highlights as a table with their citations: one table for the command line
(``notes --format csv|json``) and the window's export (a CSV file through
``db.csvio``)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from db.citation import ENGLISH, CitationWords
from db.csvio import neutralise, write_csv
from db.library import Library
from db.notes import NoteRow, list_notes

NOTE_COLUMNS = [
    "note_id",
    "article_id",
    "title",
    "byline",
    "date",
    "source",
    "start",
    "end",
    "colour",
    "quote",
    "paragraph",
    "note",
    "citation",
    "created_at",
]


def note_table(notes: Sequence[NoteRow], words: CitationWords = ENGLISH) -> list[list[object]]:
    """One row per note, in ``NOTE_COLUMNS`` order (``article_id`` is the stable uid)."""
    return [
        [
            n.id,
            n.article_uid,
            n.title or "",
            n.byline or "",
            n.date or "",
            n.source or "",
            n.start,
            n.end,
            n.colour or "",
            n.quote,
            n.paragraph,
            n.text,
            n.cite(words),
            n.created_at,
        ]
        for n in notes
    ]


def note_records(notes: Sequence[NoteRow], words: CitationWords = ENGLISH) -> list[dict]:
    """The table as one mapping per note (for JSON)."""
    return [dict(zip(NOTE_COLUMNS, row, strict=True)) for row in note_table(notes, words)]


def write_notes(handle: TextIO, notes: Sequence[NoteRow], words: CitationWords = ENGLISH) -> None:
    """The table as CSV on an open stream (standard output), formula cells neutralised."""
    w = csv.writer(handle, lineterminator="\n")
    w.writerow(NOTE_COLUMNS)
    w.writerows(
        [neutralise(c) if c is not None else "" for c in row] for row in note_table(notes, words)
    )


def export_notes(
    lib: Library,
    path: Path | str,
    *,
    search: str | None = None,
    ids: Sequence[int] | None = None,
    words: CitationWords = ENGLISH,
    bom: bool = True,
) -> int:
    """Write the notes (those matching ``search``, and only ``ids`` when given) to a
    CSV file; return how many."""
    notes = list_notes(lib, search)
    if ids is not None:
        wanted = set(ids)
        notes = [n for n in notes if n.id in wanted]
    return write_csv(path, NOTE_COLUMNS, note_table(notes, words), bom=bom)
