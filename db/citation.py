"""The citation a reader can quote: one function for the notes export, the command line
and the window's "Copy with citation".

A citation names the article whole (《title》), then its source, date and byline,
and ends with the article's stable id.  The words around it are passed in
(``CitationWords``), so the window can give them in the interface language and
the command line in English; nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CitationWords:
    separator: str = ", "
    article: str = " (Duizhao article {uid})"  # holds {uid}; closes the citation
    missing: str = "(article no longer in the library)"  # stands for the title
    lead: str = "—— "  # before the citation when it follows a quotation


ENGLISH = CitationWords()


def cite(
    title: str | None,
    source: str | None,
    date: str | None,
    byline: str | None,
    uid: str,
    words: CitationWords = ENGLISH,
) -> str:
    """《whole title》, source, date, byline (Duizhao article UID), in ``words``."""
    parts = [f"《{title}》" if title else words.missing]
    parts += [p.strip() for p in (source, date, byline) if p and p.strip()]
    return words.separator.join(parts) + words.article.format(uid=uid)


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph (between line breaks) holding [start, end), whole; several
    paragraphs when the passage runs over a line break."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", max(start, end - 1) if end > start else end)
    return text[a : len(text) if b < 0 else b].strip()


def quotation(passage: str, paragraph: str, citation: str, words: CitationWords = ENGLISH) -> str:
    """What "Copy with citation" puts on the clipboard: the passage (in 「」, when it is only
    part of its paragraph), the whole paragraph, and the citation on a line of its own."""
    passage, paragraph = passage.strip(), paragraph.strip()
    lines = [f"「{passage}」"] if passage and passage != paragraph else []
    lines.append(paragraph or passage)
    lines.append(words.lead + citation)
    return "\n".join(lines)
