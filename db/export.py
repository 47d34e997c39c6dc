"""CSV exports of articles and search results (through ``db.csvio``).

Besides the original text and both scripts, each row carries the conversion the
reader chose (``conversion``: the OpenCC configuration, ``auto`` resolved per
article), the text converted with it and the article's names kept as spelt
(``text_converted``, as the reader's converted pane shows it), and the uncertain
characters of that text (``uncertain``: a JSON list of ``{"start", "end", "text",
"alternatives"}``, offsets into ``text_converted``, end exclusive, as ``convert
--format json`` writes them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from db.articles import Article, iter_articles
from db.conversion import AUTO, convert_article
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
    "conversion",
    "text_converted",
    "uncertain",
]


def _scripts(article: Article) -> tuple[str, str]:
    """(Simplified, Traditional) versions of the article's text."""
    if article.script == "hant":
        return convert(article.text, "t2s"), article.text
    if article.script == "hans":
        return article.text, convert(article.text, "s2t")
    return convert(article.text, "t2s"), convert(article.text, "s2t")


def _article_row(lib: Library, a: Article, variant: str) -> list[object]:
    hans, hant = _scripts(a)
    config, marked = convert_article(lib, a, variant)
    marks = json.dumps([u.as_json() for u in marked.uncertain], ensure_ascii=False)
    row: list[object] = [a.uid, a.id, a.title, a.date, a.source, a.byline, a.script, a.path]
    return [*row, a.text, hans, hant, config, marked.text, marks]


def export_articles(
    lib: Library,
    path: str | Path,
    ids: Sequence[int] | None = None,
    *,
    bom: bool = True,
    variant: str = AUTO,
) -> int:
    """The articles (all, or ``ids`` in that order); ``variant`` is the reader's conversion."""
    rows: Iterable[list[object]] = (_article_row(lib, a, variant) for a in iter_articles(lib, ids))
    return write_csv(path, ARTICLE_COLUMNS, rows, bom=bom)


SEARCH_COLUMNS = ["rank", "query", "hits", "snippets", *ARTICLE_COLUMNS]


def export_search(
    lib: Library,
    query: str,
    path: str | Path,
    *,
    ids: Sequence[int] | None = None,
    bom: bool = True,
    variant: str = AUTO,
    **filters: object,
) -> int:
    """Every article matching ``query`` (or the given subset of them), best first;
    ``variant`` is the reader's conversion."""
    q = parse_query(query)
    if ids is None:
        ids = search_ids(lib, q, **filters)  # type: ignore[arg-type]
    terms = q.positive_terms

    def rows() -> Iterable[list[object]]:
        for rank, a in enumerate(iter_articles(lib, ids), start=1):
            spans = find_hits(fold(a.text), terms)
            snippets = "\n".join(kwic(a.text, spans))
            yield [rank, query, len(spans), snippets, *_article_row(lib, a, variant)]

    return write_csv(path, SEARCH_COLUMNS, rows(), bom=bom)
