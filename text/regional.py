"""Regional vocabulary: the Taiwan and Hong Kong words for a mainland word, and back.

Search folds Traditional characters to Simplified, so 資訊 and 资讯 find each other;
but the mainland word for it is another word, 信息, and so are 软件 / 軟體 and
网络 / 網路.  ``regional_terms`` gives the words a search adds for that, from
``resources/convert/regional_terms.tsv`` (OpenCC's regional phrase tables, made by
``text.regional_build``).  The table is read on first use.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from text.fold import fold
from text.resources import resource_path

TABLE_FILE = ("convert", "regional_terms.tsv")
_QUOTES = '"“”「」『』'


@dataclass(frozen=True)
class Pair:
    mainland: str  # Simplified
    regional: str  # as the region writes it
    region: str  # "tw" or "hk"


class RegionalTable:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or resource_path(*TABLE_FILE)
        self._lock = threading.Lock()
        self._by_folded: dict[str, list[Pair]] | None = None

    def _load(self) -> dict[str, list[Pair]]:
        table = self._by_folded
        if table is not None:
            return table
        with self._lock:
            if self._by_folded is None:
                by: dict[str, list[Pair]] = {}
                for line in self.path.read_text(encoding="utf-8").splitlines():
                    parts = line.split("\t")
                    if line.startswith("#") or len(parts) != 3:
                        continue
                    pair = Pair(*parts)
                    by.setdefault(fold(pair.mainland), []).append(pair)
                    by.setdefault(fold(pair.regional), []).append(pair)
                self._by_folded = by
            return self._by_folded

    def equivalents(self, word: str) -> list[str]:
        """The other words for ``word`` (either script): its regional words for a
        mainland word, the mainland word and the other regions' words for a regional
        one.  Words that fold to ``word`` are left out (search finds them already)."""
        key = fold(word.strip())
        if not key:
            return []
        out: list[str] = []
        seen = {key}
        for pair in self._load().get(key, ()):
            mainland = fold(pair.mainland)
            siblings = self._load().get(mainland, ()) if fold(pair.regional) == key else ()
            candidates = [pair.regional, pair.mainland, *(p.regional for p in siblings)]
            for candidate in candidates:
                folded = fold(candidate)
                if folded not in seen:
                    seen.add(folded)
                    out.append(candidate)
        return out


@lru_cache(maxsize=1)
def default_table() -> RegionalTable:
    return RegionalTable()


def query_words(query: str) -> list[str]:
    """The words a search looks for in ``query``: what is not OR, not excluded (-word),
    without quotes."""
    words = []
    for raw in query.split():
        if raw == "OR" or raw.startswith("-"):
            continue
        word = raw.strip(_QUOTES)
        if word:
            words.append(word)
    return words


def regional_terms(query: str, table: RegionalTable | None = None) -> list[str]:
    """The regional equivalents a search for ``query`` adds (信息 → 資訊), in order."""
    table = table or default_table()
    out: list[str] = []
    for word in query_words(query):
        out += [w for w in table.equivalents(word) if w not in out]
    return out
