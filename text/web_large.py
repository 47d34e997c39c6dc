"""Text and metadata of a very large saved web page, read as a stream (memory).

Normal pages go through trafilatura (``text.web``). trafilatura needs the
page's whole tree and copies it while it works: a 55 MB page of news text
passed 1.5 GB in the importer's reading thread. A page longer than
``text.web.LARGE_PAGE`` characters of markup, or with more than
``text.web.LARGE_PAGE_TAGS`` tags, is read here instead: libxml2's
HTML parser hands its events to a small target, no tree is built, and what is
kept is the article's lines, the <head>'s meta tags and a few lines under the
headline, so memory follows the page's text, not its markup.

- Block elements (p, div, li, h1-h6, table rows, ...) and <br> end a line;
  cells of a row are separated by a space.
- script, style and the like give no text. nav, header, footer, aside, form
  and any element whose class or id names reader comments or navigation are
  held aside and dropped when they end, unless they hold an <article> or
  <main> or 200 Han characters of paragraphs (the rule ``text.web`` applies to
  comment blocks; a page wrapped whole in a <form> keeps its text).
- Title, date, author and source come from the <head> the way ``text.web``
  finds them (its functions): meta tags, the <title> without a site name glued
  to it, htmldate on the <head> (no search of the text), then the lines under
  the headline (``来源：`` labels, bylines).
- Nesting deeper than libxml2 reads for a normal page is refused the same way.
"""

from __future__ import annotations

import re

from text.metadata import find_date
from text.web import (
    _BLOCK_TAGS,
    _CJK_RE,
    _CLASS_SPLIT_RE,
    _COMMENT_WORDS,
    _NEWLINE_BETWEEN_CJK_RE,
    _SOURCE_CLASS_WORDS,
    _SPACE_RUN_RE,
    HtmlPage,
    PageUnreadable,
    _add_meta,
    _clean_title,
    _labelled_source,
    _meta_author,
    _meta_source,
    _near_headline,
    _with_title,
    _words,
)

__all__ = ["MAX_DEPTH", "extract_large_page"]

# libxml2 refuses deeper nesting when it builds a normal page's tree.
MAX_DEPTH = 256
_CHUNK = 1 << 20  # characters fed to the parser at a time
_HEAD_LIMIT = 1 << 20  # characters of the page's start given to htmldate
_NO_TEXT = _words("head script style noscript template svg math select textarea iframe object")
_HELD_TAGS = _words("nav header footer aside form")
_NAV_WORDS = _words("nav navbar navigation menu breadcrumb breadcrumbs sidebar")
_HELD_WORDS = _COMMENT_WORDS | _NAV_WORDS
_KEEP_INSIDE = _words("article main")
_KEEP_HELD_CJK = 200  # Han characters of paragraphs that keep a held block
_NEAR_LINES = 6
_SHORT_LINE = 200
_HEAD_END_RE = re.compile(r"</head\s*>", re.IGNORECASE)


class _Held:
    """An element held aside: its lines wait for its end to be kept or dropped."""

    __slots__ = ("depth", "lines", "cjk", "keep")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.lines: list[str] = []
        self.cjk = 0
        self.keep = False


class _Reader:
    """Parser target: the page's lines and what the metadata needs, no tree."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.tags: list[str] = []
        self.no_text = 0
        self.held: list[_Held] = []
        self.p_depth = 0
        self.p_cjk = 0
        self.h1_depth = 0
        self.metas: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.page_title: str | None = None
        self.headline: str | None = None
        self.first: list[str] = []
        self.near: list[str] | None = None
        self.source_depth = 0
        self.source_parts: list[str] = []
        self.class_source: str | None = None
        self._title: str | None = None
        self._title_known = False

    # -------------------------------------------------------- parser events

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        tag = tag.lower()
        self.tags.append(tag)
        depth = len(self.tags)
        if depth > MAX_DEPTH:
            raise PageUnreadable(
                f"the HTML page could not be read whole: elements nested deeper than {MAX_DEPTH}"
            )
        if tag == "meta":
            _add_meta(self.metas, attrib)
            self._title_known = False
        elif tag == "title" and self.page_title is None and self.title_parts is None:
            self.title_parts = []
        if self.no_text or tag in _NO_TEXT:
            self.no_text += 1
            return
        if tag in _BLOCK_TAGS or tag == "br":
            self._flush()
        elif tag in ("td", "th"):
            self.parts.append(" ")
        words = _class_words(attrib)
        if tag in _KEEP_INSIDE:
            for held in self.held:
                held.keep = True
        if tag in _HELD_TAGS or words & _HELD_WORDS:
            self._flush()
            self.held.append(_Held(depth))
        if tag == "p":
            self.p_depth += 1
        elif tag == "h1":
            self.h1_depth += 1
        if self.class_source is None and not self.source_depth and words & _SOURCE_CLASS_WORDS:
            self.source_depth = depth

    def end(self, tag: str) -> None:
        depth = len(self.tags)
        tag = self.tags.pop() if self.tags else tag.lower()
        if tag == "title" and self.title_parts is not None:
            self.page_title = "".join(self.title_parts)
            self.title_parts = None
            self._title_known = False
        if self.no_text:
            self.no_text -= 1
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "p" and self.p_depth:
            self.p_depth -= 1
            if not self.p_depth:
                for held in self.held:
                    held.cjk += self.p_cjk
                self.p_cjk = 0
        elif tag == "h1" and self.h1_depth:
            self._flush()
            self.h1_depth -= 1
        if self.source_depth == depth:
            self._end_source()
        if self.held and self.held[-1].depth == depth:
            self._flush()
            held = self.held.pop()
            if held.keep or held.cjk >= _KEEP_HELD_CJK:
                (self.held[-1].lines if self.held else self.lines).extend(held.lines)

    def data(self, text: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(text)
        if self.no_text:
            return
        self.parts.append(text)
        if self.p_depth and self.held:
            self.p_cjk += len(_CJK_RE.findall(text))
        if self.source_depth:
            self.source_parts.append(text)

    def close(self) -> None:
        self._flush()
        while self.held:  # a page cut short: its open blocks end here
            held = self.held.pop()
            if held.keep or held.cjk >= _KEEP_HELD_CJK:
                (self.held[-1].lines if self.held else self.lines).extend(held.lines)

    # ---------------------------------------------------------------- lines

    def _flush(self) -> None:
        if not self.parts:
            return
        line = _NEWLINE_BETWEEN_CJK_RE.sub("", "".join(self.parts))
        self.parts.clear()
        line = _SPACE_RUN_RE.sub(" ", line).strip(" \u3000")
        if not line:
            return
        if self.h1_depth and self.headline is None:
            self.headline = line
            self._title_known = False
        self._note_near(line)
        (self.held[-1].lines if self.held else self.lines).append(line)

    def _note_near(self, line: str) -> None:
        """Keep the first lines and those from the title's line on (short ones only)."""
        short = line if len(line) <= _SHORT_LINE else ""
        if self.near is not None:
            if len(self.near) < _NEAR_LINES:
                self.near.append(short)
            return
        if len(self.first) < _NEAR_LINES:
            self.first.append(short)
        title = self.title()
        if title and title in line:
            self.near = [short]

    def _end_source(self) -> None:
        value = " ".join("".join(self.source_parts).split())
        self.source_parts.clear()
        self.source_depth = 0
        if value and len(value) <= 30 and not find_date(value):
            self.class_source = _labelled_source(value)

    def title(self) -> str | None:
        if not self._title_known:
            title = _clean_title(self.metas.get("og:title") or self.page_title)
            self._title = title or self.headline
            self._title_known = True
        return self._title


def _class_words(attrib: dict[str, str]) -> set[str]:
    names = f"{attrib.get('class') or ''} {attrib.get('id') or ''}".lower()
    return set(_CLASS_SPLIT_RE.split(names)) if names.strip() else set()


def _head_date(text: str) -> str | None:
    """The date in the page's <head> as htmldate reads it (no search of the text)."""
    from htmldate import find_date as htmldate_find_date

    m = _HEAD_END_RE.search(text, 0, _HEAD_LIMIT)
    head = text[: m.end() if m else _HEAD_LIMIT]
    try:
        return htmldate_find_date(head, extensive_search=False, original_date=True)
    except ValueError:
        return None


def extract_large_page(text: str, chunk: int = _CHUNK) -> HtmlPage:
    """Article text, title, date, source and author of a very large HTML page."""
    from lxml import etree

    reader = _Reader()
    parser = etree.HTMLParser(target=reader)
    try:
        for start in range(0, len(text), chunk):
            parser.feed(text[start : start + chunk])
        parser.close()
    except etree.ParserError as exc:
        raise PageUnreadable(f"cannot parse HTML: {exc}") from None
    lines = reader.lines
    title = reader.title()
    _with_title(lines, title)
    date = _head_date(text)
    source = _meta_source(reader.metas) or reader.class_source
    author = _meta_author(reader.metas)
    page_lines = reader.near if reader.near is not None else reader.first
    date, source, author = _near_headline(page_lines, title, date, source, author)
    return HtmlPage("\n".join(lines), title, date, source, author)
