"""Sentence splitting for Chinese news text.

``split_sentences`` returns ``(start, end)`` spans into the original text.  A
sentence ends at 。！？!?；; or an ellipsis (…… / ...), and always at a line
break; closing quotes and brackets right after the terminator stay with the
sentence.  Leading and trailing white space is left out of each span, and
empty spans are dropped.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(
    r"(?:[。！？!?；;]+|…+|\.{3,})[”’\"'」』）)\]】》]*|\n+",
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)``, end exclusive."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() if match.group().startswith("\n") else match.end()
        _append(text, pos, end, spans)
        pos = match.end()
    _append(text, pos, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
