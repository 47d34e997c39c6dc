"""Pages of a very long text: where each page begins and ends, and which page holds an offset.

The reader shows a long article a page at a time, so that converting and laying
out 19 million characters does not happen at once.  A text of at most ``size``
characters is one page (it is shown exactly as before).  A longer text is cut
into pages of at most ``size`` characters, each at the last line end in the
second half of its window; without a line end there, after the last sentence
end (。！？ …), then after the last space or other punctuation; only a text with
none of these is cut at ``size`` exactly.  A line end that separates two pages
belongs to neither (a page does not begin or end with an empty line); every
other character of the text is on exactly one page.

Cutting where OpenCC never looks across (line ends and the punctuation that no
conversion phrase contains) means converting a page gives the same text as
converting the whole article and taking that part.  Offsets are Python string
indices into the whole text; ``local`` and ``clip`` turn them into offsets in a
page.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

PAGE_SIZE = 200_000

_SENTENCE_END = "。！？!?；;…"
_SOFT_END = " \t\u3000，、：,:）)」』”’》〉】"


@dataclass(frozen=True)
class Pages:
    """The pages of one text: ``starts[i]`` to ``ends[i]`` (end exclusive) is page ``i``."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.starts)

    @property
    def length(self) -> int:
        return self.ends[-1]

    def span(self, page: int) -> tuple[int, int]:
        return self.starts[page], self.ends[page]

    def page_of(self, offset: int) -> int:
        """The page holding ``offset`` (a line end between two pages counts to the first)."""
        page = bisect.bisect_right(self.starts, offset) - 1
        return max(0, min(page, self.count - 1))

    def local(self, page: int, offset: int) -> int:
        """``offset`` as an index into the page's text (clamped to the page)."""
        start, end = self.span(page)
        return max(0, min(offset, end) - start)

    def clip(self, page: int, start: int, end: int) -> tuple[int, int] | None:
        """The part of the span ``start:end`` on ``page``, in page offsets; None if none."""
        p_start, p_end = self.span(page)
        s, e = max(start, p_start), min(end, p_end)
        if e <= s:
            return None
        return s - p_start, e - p_start


def _cut(text: str, start: int, size: int) -> tuple[int, int]:
    """Where the page that begins at ``start`` ends, and where the next one begins."""
    limit = start + size
    floor = start + size // 2
    newline = text.rfind("\n", floor, limit)
    if newline >= 0:
        end = newline
        if end - 1 > start and text[end - 1] == "\r":  # never an empty page
            end -= 1
        return end, newline + 1
    for marks in (_SENTENCE_END, _SOFT_END):
        last = max(text.rfind(mark, floor, limit) for mark in marks)
        if last >= 0:
            return last + 1, last + 1
    return limit, limit


def paginate(text: str, size: int = PAGE_SIZE) -> Pages:
    """Cut ``text`` into pages of at most ``size`` characters (one page if it fits)."""
    if size < 2:
        raise ValueError("a page holds at least two characters")
    starts, ends = [0], []
    start = 0
    while len(text) - start > size:
        end, start = _cut(text, start, size)
        ends.append(end)
        starts.append(start)
    ends.append(len(text))
    return Pages(tuple(starts), tuple(ends))
