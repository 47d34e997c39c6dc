"""Script conversion with OpenCC, and a character map between the two versions.

``convert(text, config)`` converts with one of the OpenCC configurations listed
in ``CONFIGS``.  Phrase conversions can change length (s2twp: 互联网 → 網際網路,
程序员 → 程式設計師, 航天飞机 → 太空梭; tw2sp the other way), so highlights that must land
on both sides use ``convert_with_map``, which returns a ``Converted`` object that
maps spans (Python string indices, end exclusive) in either direction.

How the map is built: the text is cut into pieces at line ends and at
punctuation that no OpenCC phrase contains (so converting the pieces one by one
gives the same result as converting the whole text).  Each piece is converted
as a whole and also character by character (a per-character conversion never
changes length).  Where the two agree the map is the identity; elsewhere the
piece is cut into the phrases OpenCC replaced and the characters it converted
one by one (``_align``): a character maps to a character, and a character
inside a replaced phrase maps to the whole converted phrase (程序员 → 程式設計師).
Every segment has characters on both sides, so a non-empty span always maps to
a non-empty span.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import opencc

CONFIGS: dict[str, str] = {
    "s2t": "Simplified → Traditional",
    "s2tw": "Simplified → Traditional (Taiwan)",
    "s2twp": "Simplified → Traditional (Taiwan, with Taiwan phrases)",
    "s2hk": "Simplified → Traditional (Hong Kong)",
    "t2s": "Traditional → Simplified",
    "tw2s": "Traditional (Taiwan) → Simplified",
    "tw2sp": "Traditional (Taiwan) → Simplified (with mainland phrases)",
    "hk2s": "Traditional (Hong Kong) → Simplified",
    "t2tw": "Traditional → Taiwan standard",
    "t2hk": "Traditional → Hong Kong standard",
    "tw2t": "Taiwan standard → Traditional",
    "hk2t": "Hong Kong standard → Traditional",
}

_TARGET_SCRIPT: dict[str, str] = {
    name: ("hans" if name.endswith(("2s", "2sp")) else "hant") for name in CONFIGS
}

# Code point ranges whose single-character conversions are tabulated.
_TABLE_RANGES = ((0x00A0, 0xD800), (0xF900, 0xFB00), (0xFE30, 0xFF70), (0x20000, 0x323B0))

# A piece ends after white space or punctuation that no OpenCC phrase contains
# (the phrase dictionaries of OpenCC 1.1-1.4 hold only "·" and "-" as punctuation).
_DELIMITERS = "\\s。！？；，、：!?;,（）()“”‘’「」『』《》〈〉【】…"
_PIECE_END = re.compile(f"[^{_DELIMITERS}]*(?:[{_DELIMITERS}]|$)")


class UnknownConversion(ValueError):
    """Raised for a conversion configuration name that is not in ``CONFIGS``."""


_local = threading.local()
_table_lock = threading.Lock()
_tables: dict[str, dict[int, str]] = {}


def _check(config: str) -> None:
    if config not in CONFIGS:
        known = ", ".join(CONFIGS)
        raise UnknownConversion(f"unknown conversion {config!r} (known: {known})")


def _converter(config: str) -> opencc.OpenCC:
    """Return this thread's OpenCC converter for ``config`` (created on first use)."""
    _check(config)
    cache: dict[str, opencc.OpenCC] | None = getattr(_local, "converters", None)
    if cache is None:
        cache = {}
        _local.converters = cache
    conv = cache.get(config)
    if conv is None:
        conv = opencc.OpenCC(config)
        cache[config] = conv
    return conv


def convert(text: str, config: str) -> str:
    """Convert ``text`` with the OpenCC configuration ``config`` (a key of ``CONFIGS``).

    Converters are created once per thread and configuration, so concurrent
    calls from worker threads never share one converter object.
    """
    if not text:
        _check(config)
        return text
    return _converter(config).convert(text)


def _char_table(config: str) -> dict[int, str]:
    """Single-character conversions of ``config`` that change the character.

    Only one-character results are kept (tw2sp turns 埠 into 端口 even alone); a
    character missing from the table converts to itself, so translating with this
    table never changes the length of a string.
    """
    table = _tables.get(config)
    if table is not None:
        return table
    with _table_lock:
        table = _tables.get(config)
        if table is None:
            chars = [chr(c) for lo, hi in _TABLE_RANGES for c in range(lo, hi)]
            out = _converter(config).convert("\n".join(chars)).split("\n")
            table = {}
            if len(out) == len(chars):
                for src, dst in zip(chars, out, strict=True):
                    if dst != src and len(dst) == 1:
                        table[ord(src)] = dst
            _tables[config] = table
    return table


def target_script(config: str) -> str:
    """Script produced by ``config``: ``'hans'`` (Simplified) or ``'hant'`` (Traditional)."""
    _check(config)
    return _TARGET_SCRIPT[config]


def default_config(script: str) -> str:
    """Configuration that converts an article written in ``script`` to the other script.

    ``'hant'`` → ``'t2s'``; ``'hans'``, ``'mixed'`` and ``'none'`` → ``'s2t'`` (a mixed
    article is shown with a fully Traditional counterpart, since the Simplified
    characters in it are the ones that need converting to read it either way).
    """
    if script == "hant":
        return "t2s"
    if script in ("hans", "mixed", "none"):
        return "s2t"
    raise ValueError(f"unknown script {script!r}")


@dataclass(frozen=True)
class Converted:
    """An original text, its conversion, and the span map between the two."""

    original: str
    text: str
    # Per original character: start and end of its span in the converted text;
    # per converted character: start and end of its span in the original.
    # ``None`` means the map is the identity (every character converts on its own).
    _o_start: list[int] | None = field(default=None, repr=False, compare=False)
    _o_end: list[int] | None = field(default=None, repr=False, compare=False)
    _c_start: list[int] | None = field(default=None, repr=False, compare=False)
    _c_end: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def is_identity(self) -> bool:
        """True when every character maps to the character at the same index."""
        return self._o_start is None

    def to_converted(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``original[start:end]`` to a span of ``text``."""
        return _map(start, end, len(self.original), len(self.text), self._o_start, self._o_end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to a span of ``original``."""
        return _map(start, end, len(self.text), len(self.original), self._c_start, self._c_end)


def _map(
    start: int,
    end: int,
    n_src: int,
    n_dst: int,
    starts: list[int] | None,
    ends: list[int] | None,
) -> tuple[int, int]:
    if not 0 <= start <= end <= n_src:
        raise ValueError(f"span ({start}, {end}) outside text of length {n_src}")
    if starts is None or ends is None:
        return start, end
    if start == end:
        pos = n_dst if start == n_src else starts[start]
        return pos, pos
    return starts[start], ends[end - 1]


def _pieces(text: str) -> list[str]:
    return [m.group() for m in _PIECE_END.finditer(text) if m.group()]


def _align(piece: str, conv: str, converter: opencc.OpenCC) -> list[list[int]]:
    """Blocks ``[i1, i2, j1, j2, equal]`` aligning ``piece`` with its conversion ``conv``.

    The piece is cut, left to right, at the first point where the part before
    converts to a prefix of ``conv`` and the part after converts to the rest:
    the segments are then the phrases OpenCC itself replaced (程序员 → 程式設計師)
    and the characters it left to the character table.  A segment of equal
    length maps character by character; another maps span to span.  A cut
    always exists: the rest of the piece converts to the rest of ``conv`` (the
    whole piece does, and every cut keeps it so), so at worst the last segment
    runs to the end of the piece.
    """
    blocks: list[list[int]] = []
    i = j = 0
    n = len(piece)
    while i < n:
        for k in range(i + 1, n):
            left = converter.convert(piece[i:k])
            if conv.startswith(left, j) and converter.convert(piece[k:]) == conv[j + len(left) :]:
                break
        else:
            k, left = n, conv[j:]
        m = len(left)
        blocks.append([i, k, j, j + m, int(k - i == m)])
        i, j = k, j + m
    return blocks


def convert_with_map(text: str, config: str) -> Converted:
    """Convert ``text`` with ``config`` and keep the span map between the two versions.

    Fast path: when the whole conversion equals the per-character one the map is
    the identity and no alignment is done.  Otherwise only the pieces where the two
    differ are aligned; equal length alone is not trusted, since a longer and a
    shorter phrase in one piece cancel out (航天飞机…的士 → 太空梭…計程車).
    """
    whole = convert(text, config)
    chars = text.translate(_char_table(config))
    if whole == chars:
        return Converted(text, whole)
    pieces = _pieces(text)
    converter = _converter(config)
    converted = [converter.convert(p) for p in pieces]
    if "".join(converted) != whole:
        # Never expected: some phrase crossed a piece boundary.  Align the whole text.
        pieces, converted = [text], [whole]
    o_start: list[int] = []
    o_end: list[int] = []
    c_start: list[int] = []
    c_end: list[int] = []
    oi = ci = 0
    for piece, conv in zip(pieces, converted, strict=True):
        n, m = len(piece), len(conv)
        if conv == chars[oi : oi + n]:
            o_start.extend(range(ci, ci + n))
            o_end.extend(range(ci + 1, ci + n + 1))
            c_start.extend(range(oi, oi + m))
            c_end.extend(range(oi + 1, oi + m + 1))
        else:
            for i1, i2, j1, j2, equal in _align(piece, conv, converter):
                if equal:
                    o_start.extend(range(ci + j1, ci + j2))
                    o_end.extend(range(ci + j1 + 1, ci + j2 + 1))
                    c_start.extend(range(oi + i1, oi + i2))
                    c_end.extend(range(oi + i1 + 1, oi + i2 + 1))
                else:
                    o_start.extend([ci + j1] * (i2 - i1))
                    o_end.extend([ci + j2] * (i2 - i1))
                    c_start.extend([oi + i1] * (j2 - j1))
                    c_end.extend([oi + i2] * (j2 - j1))
        oi += n
        ci += m
    return Converted(text, whole, o_start, o_end, c_start, c_end)


def replaced(original: str, text: str) -> Converted:
    """``original`` written as ``text`` (a curated spelling): character by character when
    the two have the same length, otherwise as one span mapped to the other."""
    n, m = len(original), len(text)
    if n == m:
        return Converted(original, text)
    if n == 0 or m == 0:
        raise ValueError("a non-empty text cannot map to an empty one")
    return Converted(original, text, [0] * n, [m] * n, [0] * m, [n] * m)


def concat(parts: list[Converted]) -> Converted:
    """The conversions of consecutive pieces of one text, joined with one span map."""
    original = "".join(p.original for p in parts)
    text = "".join(p.text for p in parts)
    if all(p.is_identity for p in parts):
        return Converted(original, text)
    o_start: list[int] = []
    o_end: list[int] = []
    c_start: list[int] = []
    c_end: list[int] = []
    oi = ci = 0
    for p in parts:
        n, m = len(p.original), len(p.text)
        if p.is_identity:
            o_start.extend(range(ci, ci + n))
            o_end.extend(range(ci + 1, ci + n + 1))
            c_start.extend(range(oi, oi + m))
            c_end.extend(range(oi + 1, oi + m + 1))
        else:
            assert p._o_start is not None and p._o_end is not None
            assert p._c_start is not None and p._c_end is not None
            o_start.extend(ci + k for k in p._o_start)
            o_end.extend(ci + k for k in p._o_end)
            c_start.extend(oi + k for k in p._c_start)
            c_end.extend(oi + k for k in p._c_end)
        oi += n
        ci += m
    return Converted(original, text, o_start, o_end, c_start, c_end)
