"""Text of a PDF in reading order, page by page, through pypdf.

pypdf (BSD-3-Clause, pure Python, no dependencies) reads the text layer:
fonts' ToUnicode maps and the predefined Chinese CMaps (GBK, GB18030, UniGB,
Big5, UniCNS).  Its layout mode places the text of each page by position, so
a page reads top to bottom whatever order its drawing commands came in; it
writes each printed row as one line, so on a page of two columns the rows
hold both columns, and ``text.pdf_columns`` unfolds them: the left column,
then the right, a heading across both first.

Pages are kept: the text of each page is separated from the next by a form
feed (``\\f``, as ``pdftotext`` does), so an offset in the article tells its
page.  Lines a paragraph was wrapped into are joined again (a word split at a
line end must be found by search).  A PDF without any text layer, such as a
scan, is refused with that reason instead of being imported empty; a PDF
with some such pages (an image and no text) is read, and
``PdfText.scanned_pages`` lists them so the import can say what is missing.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from text.pdf_columns import split_columns

__all__ = ["PAGE_BREAK", "PdfText", "PdfUnreadable", "extract_pdf", "page_ranges"]

PAGE_BREAK = "\f"

# pypdf logs every repair of a damaged file as a warning; a file that cannot
# be read is reported through PdfUnreadable instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class PdfUnreadable(Exception):
    """The PDF holds no text that can be read; ``str(err)`` says why."""


@dataclass
class PdfText:
    text: str  # pages joined by PAGE_BREAK
    pages: int
    title: str | None
    author: str | None
    scanned_pages: list[int] = field(default_factory=list)  # 1-based: an image and no text

    @property
    def warnings(self) -> list[str]:
        """What the text lacks, in words (empty when every page had its text)."""
        if not self.scanned_pages:
            return []
        one = len(self.scanned_pages) == 1
        return [
            f"{'page' if one else 'pages'} {page_ranges(self.scanned_pages)} of {self.pages} "
            f"{'has' if one else 'have'} no text layer (scanned?); their text is missing"
        ]


def page_ranges(pages: Iterable[int]) -> str:
    """``[3, 5, 6, 7]`` as ``"3, 5–7"``."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][1] + 1:
            runs[-1][1] = page
        else:
            runs.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_WIDE_RE = re.compile(f"[{_WIDE}]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_INDENT = 4  # blanks of a paragraph's first-line indent counted in its width
# Titles that word processors write into a PDF's information, not the article's.
_TOOL_TITLE_RE = re.compile(r"^(microsoft (word|powerpoint)|untitled|文档\d*$|document\d*$)", re.I)


def extract_pdf(data: bytes) -> PdfText:
    """Text, page count, title and author of a PDF; ``PdfUnreadable`` when it has no text."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfUnreadable("the PDF is protected by a password")
        pages = list(reader.pages)
    except PdfUnreadable:
        raise
    except DependencyError:  # AES encryption without a cryptography package
        raise PdfUnreadable(
            "the PDF is encrypted with AES, which this installation cannot decrypt"
        ) from None
    except Exception as exc:  # pypdf's errors, and what damaged input makes of its parser
        raise PdfUnreadable(f"corrupt PDF: {_detail(exc)}") from None
    texts: list[str] = []
    scanned: list[int] = []
    for number, page in enumerate(pages, start=1):
        try:
            text = _page_text(page)
        except DependencyError:
            raise PdfUnreadable(
                "the PDF is encrypted with AES, which this installation cannot decrypt"
            ) from None
        except Exception as exc:
            raise PdfUnreadable(
                f"corrupt PDF: page {number} cannot be read ({_detail(exc)})"
            ) from None
        if not text.strip() and _has_image(page):
            scanned.append(number)
        texts.append(text)
    if not any(t.strip() for t in texts):
        if scanned:
            raise PdfUnreadable(
                f"scanned PDF without a text layer ({len(scanned)} of {len(pages)} pages are "
                "images); "
                "it needs text recognition (OCR) before it can be imported"
            )
        raise PdfUnreadable("no text in the PDF")
    title = author = None
    try:
        info = reader.metadata
        if info is not None:
            title = _clean(info.title)
            author = _clean(info.author)
    except Exception:  # damaged information dictionary: the text is what matters
        pass
    if title and _TOOL_TITLE_RE.match(title):
        title = None
    return PdfText(PAGE_BREAK.join(texts), len(pages), title, author, scanned)


def _detail(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _page_text(page: object) -> str:
    try:
        raw = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except Exception:
        return _tidy(page.extract_text() or "")  # type: ignore[attr-defined]
    rows = (raw or "").replace("\f", "\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = (_tidy("\n".join(block)) for block in split_columns(rows))
    return "\n\n".join(block for block in blocks if block)


def _has_image(page: object) -> bool:
    try:
        resources = page.get("/Resources") or {}  # type: ignore[attr-defined]
        xobjects = resources.get("/XObject") or {}
        return any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects)
    except Exception:
        return False


def _tidy(raw: str) -> str:
    """Lines of a page without layout padding; wrapped paragraph lines joined."""
    raw = raw.replace("\f", "\n").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in raw.split("\n")]
    # Layout mode indents every line by its distance from the left edge: remove
    # what all lines share, keep what marks a paragraph's first line.
    margins = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    common = min(margins, default=0)
    lines = [line[common:] for line in lines]
    longest = max((_width(line.strip()) for line in lines), default=0)
    out: list[str] = []
    joinable = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            out.append("")
            joinable = False
            continue
        indented = line.startswith((" ", "\u3000"))
        if joinable and out and not indented:
            prev = out[-1]
            glue = "" if _WIDE_RE.match(prev[-1]) or _WIDE_RE.match(stripped[0]) else " "
            out[-1] = prev + glue + stripped
        else:
            out.append(stripped if not indented else line.rstrip())
        # A line that fills the width goes on in the next one.
        joinable = longest > 20 and _filled(line) >= 0.85 * longest
    text = "\n".join(line.strip() for line in out)
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n")


def _filled(line: str) -> int:
    """How far a line reaches, counting a paragraph's first-line indent (so that line
    fills a narrow column too); 0 for a line set further in (centred, a heading)."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    return 0 if indent > _INDENT else _width(stripped.rstrip()) + indent


def _width(line: str) -> int:
    """Width in half-width columns: Chinese characters count two."""
    return len(line) + len(_WIDE_RE.findall(line))
