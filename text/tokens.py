"""Index tokens for script-insensitive substring search.

Text is folded first (``text.fold.fold``).  Every CJK character position emits
one token: the bigram starting there, or the character alone at the end of a
run.  Runs of other letters and digits emit one token each.  A CJK query of
``n >= 2`` characters becomes the phrase of its ``n - 1`` bigrams, which matches
exactly the texts that contain it as a substring; a query of one character
becomes the prefix query ``c*``, which matches every bigram starting with it and
the character alone at the end of a run.  Nothing is missed and nothing extra
is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CJK_CHARS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
"""The characters indexed one by one (as a regex character-class body)."""
_UNIT_RE = re.compile(f"([{CJK_CHARS}]+)|([^\\W{CJK_CHARS}_]+)")
# What lies between units (the complement of _UNIT_RE): punctuation, spaces, "_".
SEPARATORS = r"[\W_]"


_BLOCK = 65536  # tokens joined at a time: a list of every token of a long text is
# about 66 bytes a token (1.2 GB for an article of 18 million characters)


def _token_blocks(folded: str) -> Iterator[str]:
    """The index tokens of already folded text, about ``_BLOCK`` of them a string
    (space-separated within a block)."""
    out: list[str] = []
    append = out.append
    extend = out.extend
    for m in _UNIT_RE.finditer(folded):
        run = m.group(1)
        if run is None:
            append(m.group(2))
        else:
            last = len(run) - 1
            for start in range(0, last, _BLOCK):
                extend([run[i : i + 2] for i in range(start, min(start + _BLOCK, last))])
                if len(out) >= _BLOCK:
                    yield " ".join(out)
                    out.clear()
            append(run[-1])
        if len(out) >= _BLOCK:
            yield " ".join(out)
            out.clear()
    if out:
        yield " ".join(out)


def index_tokens(folded: str) -> str:
    """Space-separated index tokens of already folded text."""
    return " ".join(_token_blocks(folded))


def index_token_bytes(folded: str) -> bytearray:
    """``index_tokens(folded)`` encoded in UTF-8, built a block at a time: what the
    search index is given for an article (``db.articles.index_articles``).

    For a long article this is the smallest form of its tokens: no string of them
    exists (two bytes a character, and SQLite's binding keeps a UTF-8 copy beside
    it for as long as the string lives) and no list of blocks is joined at the end.
    """
    out = bytearray()
    for block in _token_blocks(folded):
        if out:
            out += b" "
        out += block.encode("utf-8")
    return out


@dataclass(frozen=True)
class Unit:
    text: str
    cjk: bool


def units(folded: str) -> list[Unit]:
    """The runs of CJK characters and of other letters/digits in folded text."""
    result: list[Unit] = []
    for m in _UNIT_RE.finditer(folded):
        if m.group(1) is not None:
            result.append(Unit(m.group(1), True))
        else:
            result.append(Unit(m.group(2), False))
    return result


@dataclass(frozen=True)
class QueryToken:
    text: str
    prefix: bool = False


def phrase_tokens(folded: str) -> list[QueryToken]:
    """Index tokens that must appear consecutively for ``folded`` to be a substring.

    The last run of the phrase is left open (prefix) so that it matches inside a
    longer run of text; runs followed by another unit must end where the text's
    run ends.
    """
    us = units(folded)
    tokens: list[QueryToken] = []
    for i, u in enumerate(us):
        last = i == len(us) - 1
        if u.cjk:
            run = u.text
            tokens.extend(QueryToken(run[j : j + 2]) for j in range(len(run) - 1))
            if not last:
                tokens.append(QueryToken(run[-1]))
            elif len(run) == 1:
                tokens.append(QueryToken(run, prefix=True))
        else:
            tokens.append(QueryToken(u.text, prefix=last))
    return tokens
