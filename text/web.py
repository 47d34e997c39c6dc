"""Main text and metadata of a saved web page, through trafilatura.

trafilatura (Apache-2.0) finds the article in the page and reads its title,
date (htmldate) and author.  It runs with ``favor_precision``, which drops the
sidebar list people_paging kept and lost no paragraph of the saved pages.
What stays here is what it does not do for Chinese news pages, each checked on
the saved pages of ``tests/data/web`` (scored by ``python -m bench.web_extract``):

- the page is parsed here, so that a page libxml2 cannot read whole (nesting
  beyond its limit) is refused instead of being stored cut short;
- a line break between two Han characters in the source is no space in
  Chinese, so it is removed before extraction (trafilatura makes it a space);
- blocks whose class or id names them reader comments in English or pinyin
  (``tie``, ``liuyan``, ``fb_comments``) are removed first: trafilatura keeps
  the comments of netease, blog_pinyin and ltn_big5;
- a table that holds paragraphs or line breaks lays out the page and is read
  as blocks: trafilatura reads it as a data table, menu row and all (gov_gbk);
- the title loses a site name glued to it (``-新华网``, ``| 產經 | 中央社 CNA``),
  which trafilatura keeps on xinhua_pinyin and cna_tw;
- the source comes from meta tags and Chinese labels (``来源：``) that
  trafilatura does not read (it names the source of 4 pages in 13); the author
  is trafilatura's when it finds one, else the meta tag or a credit line under
  the headline (``本报记者 张三``), and ``text.reader`` prefers a byline in the
  article's own text to any of them;
- the date comes from the page's markup (htmldate without its search of the
  text, which picked a wrong date on blog_pinyin and thepaper), else from the
  line under the headline;
- pictures inline as data: URIs are cut before parsing.

A page of more than ``LARGE_PAGE`` characters of markup or ``LARGE_PAGE_TAGS``
tags (a saved compilation, never a news page) is not given to trafilatura, whose
copies of the page's tree take gigabytes there: ``text.web_large`` reads it as
a stream within bounded memory, with the same metadata rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from text.metadata import find_date, find_source, parse_byline_line

__all__ = ["HtmlPage", "PageUnreadable", "extract_page"]


class PageUnreadable(Exception):
    """An HTML page whose text cannot be read; ``str(err)`` is the reason."""


@dataclass
class HtmlPage:
    """What ``extract_page`` finds in a page (values as written, not normalised)."""

    text: str
    title: str | None
    date: str | None
    source: str | None
    author: str | None


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Class and id words of reader comments that trafilatura's own patterns (a class
# or id starting with "comment") miss: a word anywhere in the name, in English
# or pinyin (tie 跟贴 on netease, liuyan 留言 on blog_pinyin, fb_comments on
# ltn_big5, pinglun 评论). Each other word of the hand-written extractor's list
# (nav, share, related, tuijian, ...) changed no page of the bench once
# trafilatura did the rest, so they are left to it.
_COMMENT_WORDS = _words("comment comments pinglun liuyan tie")
_CLASS_SPLIT_RE = re.compile(r"[\s_\-]+")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
_NEWLINE_BETWEEN_CJK_RE = re.compile(
    f"(?<=[{_CJK_PUNCT}{_CJK}])[ \\t\\r\\f\\v]*\\n\\s*(?=[{_CJK_PUNCT}{_CJK}])"
)
_SPACE_RUN_RE = re.compile("[ \t\r\n\f\v\xa0]+")
_LAYOUT_CELL_XPATH = "./tr/td | ./tbody/tr/td | ./thead/tr/td | ./tr/th | ./tbody/tr/th"
_LAYOUT_INSIDE = _words("p div table ul ol br h1 h2 h3 h4 h5 h6 blockquote")
_BLOCK_TAGS = _words(
    "p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr "
    "table tbody thead tfoot blockquote pre figure figcaption hr address center caption body"
)

_SOURCE_META_KEYS = (
    "og:site_name",
    "source",
    "contentsource",
    "sitename",
    "site_name",
    "dc.publisher",
    "publisher",
    "article:publisher",
)
_AUTHOR_META_KEYS = ("author", "article:author", "dc.creator", "byl")
_TITLE_SPLIT_RE = re.compile(r"\s+[-–—|｜]\s+|\s*[_｜|]\s*")
# "标题-新华网": a site name glued to the title by a dash.
_TITLE_SITE_RE = re.compile(
    r"\s*[-－–—]\s*[\u4e00-\u9fffA-Za-z·]{2,12}(?:网|报|社|台|新闻|在线|频道|门户网站)$"
)
# Elements that name the source by class: <span class="source">, class="laiyuan".
_SOURCE_CLASS_WORDS = frozenset({"source", "laiyuan", "media", "media-name"})
_SEGMENT_SPLIT_RE = re.compile(r"[\u3000|｜]|\s{2,}")


def _tag(el: object) -> str | None:
    tag = getattr(el, "tag", None)
    return tag.lower() if isinstance(tag, str) else None


def _cjk(text: str | None) -> int:
    return len(_CJK_RE.findall(text)) if text else 0


# ------------------------------------------------------------------ parsing


# A page saved whole by a browser (SingleFile, "Web page, single file") holds
# its pictures and fonts inline as data: URIs. One over 10 MB stops libxml2
# ("Buffer size limit exceeded"), and each is copied by every pass over the tree;
# the article never needs them.
_DATA_URI_RE = re.compile(r"data:[\w.+/-]*(?:;[\w.+/=-]+)*;base64,[A-Za-z0-9+/=\s]{64,}")


def _prepare(text: str) -> str:
    """The page without an XML declaration and with inline data: URIs cut."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return _DATA_URI_RE.sub("data:,", text)


def _parse(text: str) -> object:
    from lxml import etree
    from lxml import html as lhtml

    parser = lhtml.HTMLParser()
    try:
        tree = lhtml.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise PageUnreadable(f"cannot parse HTML: {exc}") from None
    fatal = next((e for e in parser.error_log if e.level_name == "FATAL"), None)
    if fatal is not None:
        # libxml2 stops at a limit (such as 256 nested elements) and keeps what
        # it had: the rest of the page would be lost without a word.
        raise PageUnreadable(f"the HTML page could not be read whole: {fatal.message}")
    return tree


# ------------------------------------------------------- before trafilatura


def _join_cjk_lines(tree: object) -> None:
    for el in tree.iter():  # type: ignore[attr-defined]
        if el.text and "\n" in el.text:
            el.text = _NEWLINE_BETWEEN_CJK_RE.sub("", el.text)
        if el.tail and "\n" in el.tail:
            el.tail = _NEWLINE_BETWEEN_CJK_RE.sub("", el.tail)


def _is_comment_block(el: object) -> bool:
    """A block named as reader comments by class or id, unless it holds an
    <article> or real paragraphs of text."""
    get = el.get  # type: ignore[attr-defined]
    words = set(_CLASS_SPLIT_RE.split(f"{get('class') or ''} {get('id') or ''}".lower()))
    if not words & _COMMENT_WORDS:
        return False
    if next(el.iter("article"), None) is not None:  # type: ignore[attr-defined]
        return False
    return sum(_cjk(p.text_content()) for p in el.iter("p")) < 200  # type: ignore[attr-defined]


def _remove_comments(body: object) -> None:
    doomed = [
        el
        for el in body.iter()  # type: ignore[attr-defined]
        if _tag(el) not in (None, "body", "html", "article", "main") and _is_comment_block(el)
    ]
    marked = set(doomed)
    for el in doomed:
        if any(a in marked for a in el.iterancestors()):
            continue
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps the tail text


def _unwrap_layout_tables(body: object) -> None:
    """Tables whose cells hold paragraphs or line breaks become blocks."""
    for table in reversed(list(body.iter("table"))):  # type: ignore[attr-defined]
        cells = table.xpath(_LAYOUT_CELL_XPATH)
        if not any(_tag(d) in _LAYOUT_INSIDE for cell in cells for d in cell.iterdescendants()):
            continue
        for el in table.iter():
            if el is not table and _tag(el) in ("tbody", "thead", "tfoot", "tr", "td", "th"):
                el.tag = "div"
        table.tag = "div"


# ------------------------------------------------------------- rendering


def _iter_lines(root: object, block_tags: frozenset[str], breaks: frozenset[str]) -> Iterator[str]:
    """Text of ``root`` as lines, one per block, whitespace collapsed; read as it goes."""
    from lxml import etree

    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = _tag(el)
        boundary = False
        if event == "start":
            if tag is None:
                continue
            boundary = tag in block_tags or tag in breaks
            if boundary and parts:
                line = _SPACE_RUN_RE.sub(" ", "".join(parts)).strip(" \u3000")
                parts.clear()
                if line:
                    yield line
            elif tag == "cell":
                parts.append(" ")
            if el.text:
                parts.append(el.text)
        else:
            if tag in block_tags and parts:
                line = _SPACE_RUN_RE.sub(" ", "".join(parts)).strip(" \u3000")
                parts.clear()
                if line:
                    yield line
            if el is not root and el.tail:
                parts.append(el.tail)
    line = _SPACE_RUN_RE.sub(" ", "".join(parts)).strip(" \u3000")
    if line:
        yield line


def _lines(root: object, block_tags: frozenset[str], breaks: frozenset[str]) -> list[str]:
    return list(_iter_lines(root, block_tags, breaks))


# trafilatura's output tree: <p>, <head>, <list><item>, <table><row><cell>,
# <quote>, <code>, <lb/> for a line break.
_OUTPUT_BLOCKS = _words("body doc main p head list item table row quote code graphic")


def _page_lines(root: object) -> list[str]:
    from lxml import etree

    for el in root.iter(etree.Comment):  # type: ignore[attr-defined]
        el.text = ""
    return _lines(root, _BLOCK_TAGS, frozenset({"br"}))


def _short_page_lines(root: object, longest: int = 200) -> list[str]:
    """The page's lines with each line longer than ``longest`` left empty: the
    lines under the headline are looked at for a date, a source and a byline,
    and a long page's paragraphs need not be held twice for that."""
    from lxml import etree

    for el in root.iter(etree.Comment):  # type: ignore[attr-defined]
        el.text = ""
    lines = _iter_lines(root, _BLOCK_TAGS, frozenset({"br"}))
    return [line if len(line) <= longest else "" for line in lines]


# -------------------------------------------------------------- metadata


def _clean_title(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    parts = [p for p in _TITLE_SPLIT_RE.split(value) if p.strip()]
    if len(parts) > 1:
        first = parts[0].strip()
        value = first if len(first) >= 4 else max(parts, key=len).strip()
    trimmed = _TITLE_SITE_RE.sub("", value)
    if len(trimmed) >= 4:
        value = trimmed
    return value or None


def _labelled_source(value: str) -> str:
    """``来源：人民网-人民日报`` → ``人民网-人民日报``; a bare name stays as it is."""
    return find_source(value) or value


def _metas(tree: object) -> dict[str, str]:
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):  # type: ignore[attr-defined]
        _add_meta(metas, m.attrib)
    return metas


def _add_meta(metas: dict[str, str], attrib: Mapping[str, str]) -> None:
    """Keep the first ``content`` of a <meta> by its property, name or itemprop."""
    key = (attrib.get("property") or attrib.get("name") or attrib.get("itemprop") or "").strip()
    content = (attrib.get("content") or "").strip()
    if key and content and key.lower() not in metas:
        metas[key.lower()] = content


def _meta_source(metas: Mapping[str, str]) -> str | None:
    return next(
        (
            _labelled_source(metas[k])
            for k in _SOURCE_META_KEYS
            if k in metas and "://" not in metas[k]
        ),
        None,
    )


def _meta_author(metas: Mapping[str, str]) -> str | None:
    return next((metas[k] for k in _AUTHOR_META_KEYS if k in metas and "://" not in metas[k]), None)


def _source_by_class(tree: object) -> str | None:
    for el in tree.iter():  # type: ignore[attr-defined]
        cls = el.get("class") if isinstance(el.tag, str) else None
        if not cls or not set(_CLASS_SPLIT_RE.split(cls.lower())) & _SOURCE_CLASS_WORDS:
            continue
        value = " ".join(el.text_content().split())
        if value and len(value) <= 30 and not find_date(value):
            return _labelled_source(value)
    return None


def _byline_near_title(lines: Iterable[str]) -> str | None:
    """A credit line under the headline (``澎湃新闻记者 陈斯斯``, ``作者：孙晓雯　2024年…``)."""
    for line in lines:
        if len(line) > 80:
            continue
        for segment in (line, *_SEGMENT_SPLIT_RE.split(line)):
            segment = segment.strip()
            if segment and parse_byline_line(segment):
                return segment
    return None


def _headline(body: object) -> str | None:
    h1 = next((h for h in body.iter("h1") if h.text_content().strip()), None)  # type: ignore[attr-defined]
    return " ".join(h1.text_content().split()) if h1 is not None else None


# ----------------------------------------------------------------- the page

# trafilatura falls back to the whole page when what it found is shorter than
# MIN_EXTRACTED_SIZE characters (250 by default, set for alphabetic text); a
# Chinese character carries about what a word does, so a short news brief of
# 80 characters is already an article.
_MIN_EXTRACTED_SIZE = 20
# A page longer than this (characters of markup, once inline data: URIs are cut)
# or with more tags than that is read by ``text.web_large`` as a stream, without
# trafilatura: trafilatura builds and copies the page's tree, and a 55 MB page of
# text passed 1.5 GB (a 30 MB one peaked at 1.2 GB); a page of 4 million
# characters in 440,000 short paragraphs ran over 5 minutes. Real news pages are
# well under 2 MB, with a few thousand tags.
LARGE_PAGE = 2_000_000
LARGE_PAGE_TAGS = 50_000
_CONFIG: object | None = None


def _config() -> object:
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_MIN_EXTRACTED_SIZE))
        _CONFIG = config
    return _CONFIG


def extract_page(text: str) -> HtmlPage:
    """Article text, title, date, source and author of the HTML page ``text``."""
    text = _prepare(text)
    if len(text) > LARGE_PAGE or text.count("<") > LARGE_PAGE_TAGS:
        from text.web_large import extract_large_page

        return extract_large_page(text)
    import trafilatura

    tree = _parse(text)
    del text
    metas = _metas(tree)
    body = tree.find("body")
    if body is None:
        body = tree
    source = _meta_source(metas) or _source_by_class(body)
    author = _meta_author(metas)
    _join_cjk_lines(tree)
    _remove_comments(body)
    _unwrap_layout_tables(body)
    headline = _headline(body)
    page_lines = _short_page_lines(body)

    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    lines: list[str] = []
    date = title = None
    if doc is not None:
        if doc.body is not None:
            lines = _lines(doc.body, _OUTPUT_BLOCKS, frozenset({"lb"}))
        date = doc.date
        title = _clean_title(doc.title)
        author = doc.author or author
    title = title or headline
    _with_title(lines, title)
    date, source, author = _near_headline(page_lines, title, date, source, author)
    return HtmlPage("\n".join(lines), title, date, source, author)


def _with_title(lines: list[str], title: str | None) -> None:
    """Put the title first unless one of the first three lines is it."""
    if title and title.split() not in [line.split() for line in lines[:3]]:
        lines.insert(0, title)


def _near_headline(
    page_lines: list[str],
    title: str | None,
    date: str | None,
    source: str | None,
    author: str | None,
) -> tuple[str | None, str | None, str | None]:
    """Date, source and author completed from the lines under the headline."""
    if date is None or source is None or author is None:
        # The lines under the headline often read "2023-02-27 08:30 来源：人民网"
        # and "本报记者 张三".
        start = next((i for i, ln in enumerate(page_lines) if title and title in ln), 0)
        near = page_lines[start : start + 6]
        for line in near:
            if len(line) > 80:
                continue
            date = date or find_date(line)
            source = source or find_source(line)
        author = author or _byline_near_title(near[1:])
    return date, source, author
