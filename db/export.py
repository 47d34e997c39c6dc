"""CSV exports of articles and search results (through ``db.csvio``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from db.articles import Article, iter_articles
from db.csvio import write_csv
from db.library import Library
from db.query import parse_query
from db.search import find_hits, kwic, search_ids
from text.convert import convert
from text.fold import fold

ARTICLE_COLUMNS = [
    "article_uid",
    "article_id",
    "title",
    "date",
    "source",
    "byline",
    "script",
    "path",
    "text_original",
    "text_hans",
    "text_hant",
]


def _scripts(article: Article) -> tuple[str, str]:
    """(Simplified, Traditional) versions of the article's text."""
    if article.script == "hant":
        return convert(article.text, "t2s"), article.text
    if article.script == "hans":
        return article.text, convert(article.text, "s2t")
    return convert(article.text, "t2s"), convert(article.text, "s2t")


def _article_row(a: Article) -> list[object]:
    hans, hant = _scripts(a)
    return [a.uid, a.id, a.title, a.date, a.source, a.byline, a.script, a.path, a.text, hans, hant]


def export_articles(
    lib: Library, path: str | Path, ids: Sequence[int] | None = None, *, bom: bool = True
) -> int:
    rows: Iterable[list[object]] = (_article_row(a) for a in iter_articles(lib, ids))
    return write_csv(path, ARTICLE_COLUMNS, rows, bom=bom)


SEARCH_COLUMNS = ["rank", "query", "hits", "snippets", *ARTICLE_COLUMNS]


def export_search(
    lib: Library,
    query: str,
    path: str | Path,
    *,
    ids: Sequence[int] | None = None,
    bom: bool = True,
    **filters: object,
) -> int:
    """Every article matching ``query`` (or the given subset of them), best first."""
    q = parse_query(query)
    if ids is None:
        ids = search_ids(lib, q, **filters)  # type: ignore[arg-type]
    terms = q.positive_terms

    def rows() -> Iterable[list[object]]:
        for rank, a in enumerate(iter_articles(lib, ids), start=1):
            spans = find_hits(fold(a.text), terms)
            yield [rank, query, len(spans), "\n".join(kwic(a.text, spans)), *_article_row(a)]

    return write_csv(path, SEARCH_COLUMNS, rows(), bom=bom)
