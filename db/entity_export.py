"""CSV exports of entities, mentions and figures (same CSV rules as articles)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from pathlib import Path

from db.csvio import write_csv
from db.entities import EntityRow, figures, list_entities
from db.library import Library
from text.sentences import split_sentences

ENTITY_COLUMNS = [
    "entity_id",
    "type",
    "name",
    "name_hans",
    "name_hant",
    "aliases",
    "mentions",
    "articles",
    "confidence",
]
MENTION_COLUMNS = [
    "mention_id",
    "entity_id",
    "type",
    "entity",
    "article_uid",
    "article_title",
    "date",
    "start",
    "end",
    "text",
    "role",
    "confidence",
    "sentence",  # the sentence of the article holding the mention (text.sentences)
]
FIGURE_COLUMNS = [
    "mention_id",
    "article_uid",
    "article_title",
    "date",
    "text",
    "value",
    "unit",
    "qualifier",
    "subject",
    "sentence",
    "start",
    "end",
]


def entity_row(e: EntityRow) -> list[object]:
    """One entity as the cells of ``ENTITY_COLUMNS``."""
    return [
        e.id,
        e.type,
        e.name,
        e.name_hans,
        e.name_hant,
        "; ".join(e.aliases),
        e.mentions,
        e.articles,
        e.confidence,
    ]


def _entity_rows(lib: Library, ids: Sequence[int] | None) -> Iterable[list[object]]:
    wanted = set(ids) if ids is not None else None
    for e in list_entities(lib, include_uncertain=True):
        if wanted is None or e.id in wanted:
            yield entity_row(e)


class _Sentences:
    """The sentence around an offset of one article at a time (mentions come by article)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.article_id: int | None = None
        self.text = ""
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []

    def around(self, article_id: int, start: int, end: int) -> str:
        if article_id != self.article_id:
            row = self.lib.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,))
            self.article_id, self.text = article_id, row.fetchone()[0]
            self.spans = split_sentences(self.text)
            self.starts = [a for a, _ in self.spans]
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and start < self.spans[i][1]:
            a, b = self.spans[i]
            return self.text[a : max(b, end)]
        return self.text[start:end]


def _mention_rows(lib: Library, ids: Sequence[int] | None) -> Iterable[list[object]]:
    sentences = _Sentences(lib)
    sql = (
        "SELECT m.id, e.id, e.type, e.name, a.uid, a.title, a.date, m.start, m.end, m.text, m.role,"
        " m.confidence, m.article_id"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " JOIN articles a ON a.id = m.article_id WHERE e.status = 0"
    )
    params: list[object] = []
    if ids is not None:
        sql += f" AND e.id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    sql += " ORDER BY a.id, m.start"
    for row in lib.conn.execute(sql, params):
        *cells, article_id = row
        yield [*cells, sentences.around(article_id, row[7], row[8])]


def _figure_rows(lib: Library, ids: Sequence[int] | None) -> Iterable[list[object]]:
    wanted = set(ids) if ids is not None else None
    uids = dict(lib.conn.execute("SELECT id, uid FROM articles"))
    for f in figures(lib):
        if wanted is None or f.id in wanted:
            yield [
                f.id,
                uids.get(f.article_id),
                f.article_title,
                f.date,
                f.text,
                f.value,
                f.unit,
                f.qualifier,
                f.subject,
                f.sentence,
                f.start,
                f.end,
            ]


def export(
    lib: Library,
    what: str,
    path: str | Path,
    *,
    bom: bool = True,
    ids: Sequence[int] | None = None,
) -> int:
    """Write entities / mentions (``ids``: entity ids) or figures (``ids``: mention ids)."""
    if what == "entities":
        return write_csv(path, ENTITY_COLUMNS, _entity_rows(lib, ids), bom=bom)
    if what == "mentions":
        return write_csv(path, MENTION_COLUMNS, _mention_rows(lib, ids), bom=bom)
    if what == "figures":
        return write_csv(path, FIGURE_COLUMNS, _figure_rows(lib, ids), bom=bom)
    raise ValueError(f"unknown export {what!r}")
