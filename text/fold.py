"""Script folding for search and entity keys.

``fold(text)`` returns a string of exactly the same length as ``text`` in which
Traditional (including Taiwan and Hong Kong variant) characters are replaced by
their Simplified form, full-width forms by half-width ones and Latin letters by
lower case.  Because the length never changes, an offset into the folded text is
also an offset into the original text.
"""

from __future__ import annotations

import threading
from typing import Literal

import opencc

_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
_lock = threading.Lock()
_table: dict[int, str] | None = None
_t2s_pairs: dict[str, str] | None = None

Script = Literal["hant", "hans", "mixed", "none"]


def _build_table() -> dict[int, str]:
    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
    joined = "\n".join(chars)
    folded = joined
    for config in ("hk2s", "tw2s", "t2s"):
        folded = opencc.OpenCC(config).convert(folded)
    table: dict[int, str] = {}
    pairs: dict[str, str] = {}
    for src, dst in zip(chars, folded.split("\n"), strict=True):
        if src != dst and len(dst) == 1:
            table[ord(src)] = dst
            pairs[src] = dst
    # Full-width ASCII, ideographic space and other compatibility forms.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    for code in range(0x41, 0x5B):
        table[code] = chr(code + 32)
    for code in range(0xFF21, 0xFF3B):
        table[code] = chr(code - 0xFEE0 + 32)
    global _t2s_pairs
    _t2s_pairs = pairs
    return table


def table() -> dict[int, str]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _build_table()
    return _table


def fold(text: str) -> str:
    """Fold ``text`` to Simplified, half-width, lower case; same length as ``text``."""
    return text.translate(table())


_trad_only: frozenset[str] | None = None
_simp_only: frozenset[str] | None = None
_keep_trad: dict[int, None] | None = None  # translate tables that delete one script's chars
_keep_simp: dict[int, None] | None = None


def traditional_only_chars() -> frozenset[str]:
    """Characters that exist only in Traditional script (they fold to another character)."""
    global _trad_only
    if _trad_only is None:
        table()
        assert _t2s_pairs is not None
        _trad_only = frozenset(_t2s_pairs)
    return _trad_only


def simplified_only_chars() -> frozenset[str]:
    """Characters that s2t changes and t2s leaves alone: written only in Simplified."""
    global _simp_only
    if _simp_only is None:
        trad = traditional_only_chars()
        chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
        converted = opencc.OpenCC("s2t").convert("\n".join(chars)).split("\n")
        _simp_only = frozenset(
            src for src, dst in zip(chars, converted, strict=True) if src != dst and src not in trad
        )
    return _simp_only


def detect_script(text: str, sample: int = 20000) -> Script:
    """Say whether ``text`` is written in Traditional, Simplified or mixed script.

    Counts characters that belong to one script only; ``none`` when the text has
    no such characters at all (for example pure Latin or only shared characters).
    """
    global _keep_trad, _keep_simp
    if _keep_trad is None or _keep_simp is None:
        _keep_trad = dict.fromkeys(map(ord, traditional_only_chars()))
        _keep_simp = dict.fromkeys(map(ord, simplified_only_chars()))
    chunk = text[:sample]
    n_trad = len(chunk) - len(chunk.translate(_keep_trad))
    n_simp = len(chunk) - len(chunk.translate(_keep_simp))
    total = n_trad + n_simp
    if total == 0:
        return "none"
    if n_trad / total >= 0.9:
        return "hant"
    if n_simp / total >= 0.9:
        return "hans"
    return "mixed"
