"""An article's text in another script as the reader shows it: names kept as spelt.

The mentions of people, organisations, parks and documents keep their spelling
(``text.convert_names``), with the spellings the user gave them
(``db.curation.respell``); the reader, ``show`` and the CSV exports all convert
through here or through the same text function, so they agree.
"""

from __future__ import annotations

from db.articles import Article
from db.entities import article_mentions
from db.library import Library
from text.convert import default_config
from text.convert_marked import Marked
from text.convert_names import PROTECTED_TYPES, Name, reader_conversion

AUTO = "auto"  # the other script: t2s for a Traditional article, s2t otherwise


def article_names(lib: Library, article_id: int) -> list[Name]:
    """The protected names of an article (offsets into its text), with curated spellings."""
    return [
        Name(m.start, m.end, m.spelling_hans, m.spelling_hant)
        for m in article_mentions(lib, article_id)
        if m.type in PROTECTED_TYPES
    ]


def resolve_variant(article: Article, variant: str) -> str:
    """The conversion ``variant`` means for this article (``auto``: the other script)."""
    return default_config(article.script) if variant == AUTO else variant


def convert_article(lib: Library, article: Article, variant: str = AUTO) -> tuple[str, Marked]:
    """The conversion used and the converted text with its uncertain characters."""
    config = resolve_variant(article, variant)
    _, marked = reader_conversion(
        article.text, article.script, config, article_names(lib, article.id)
    )
    return config, marked
