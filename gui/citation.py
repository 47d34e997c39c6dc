"""The citation in the interface language, and what "Copy with citation" copies.

The words come from the translations (context "Citation"); the citation itself
is built by ``db.citation`` for the window, the notes export and the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.articles import Article
from db.citation import CitationWords, cite, paragraph_around, quotation


def interface_words() -> CitationWords:
    """The citation's words in the interface language."""
    return CitationWords(
        separator=QCoreApplication.translate("Citation", ", "),
        article=QCoreApplication.translate("Citation", " (Duizhao article {uid})"),
        missing=QCoreApplication.translate("Citation", "(article no longer in the library)"),
    )


def article_citation(article: Article) -> str:
    """《whole title》, source, date, byline (Duizhao article UID), in the interface language."""
    a = article
    return cite(a.title, a.source, a.date, a.byline, a.uid, interface_words())


def copied_text(article: Article, shown: str, start: int, end: int) -> str:
    """The passage ``shown[start:end]`` of a pane, its whole paragraph (as that pane shows
    it) and the article's citation: what goes on the clipboard."""
    words = interface_words()
    paragraph = paragraph_around(shown, start, end)
    return quotation(shown[start:end], paragraph, article_citation(article), words)
