"""Names from the segmenter's general dictionary, for the ``dict`` feature group.

jieba's ``dict.txt`` tags some of its words as personal names (nr, nrt, nrfg),
place names (ns) and organization names (nt).  Words of two characters or more
with those tags and a dictionary frequency of at least ``MIN_FREQ`` (below that
the tags are mostly guesses: 一劳永逸 nr) are written beside the model when it
is trained (``model.dictionary.tsv``), so the recogniser does not depend on
where, or in which version, jieba keeps its data.  Matching finds every such
word in a sentence, overlapping ones included, which the segmenter's single
best segmentation does not show.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from text.fold import fold
from text.ner.data import read_pairs

MIN_FREQ = 5
_CODES = {"nr": "P", "nrt": "P", "nrfg": "P", "ns": "L", "nt": "O"}


class DictionaryNames:
    """Word -> type code (P, L, O), with a prefix set for matching at every position."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words
        self._prefixes = {w[:k] for w in words for k in range(2, len(w) + 1)}

    def matches(self, folded: str) -> list[tuple[int, int, str]]:
        """Every dictionary name in ``folded`` as (start, end, code), overlaps included."""
        out: list[tuple[int, int, str]] = []
        prefixes = self._prefixes
        words = self.words
        n = len(folded)
        for i in range(n - 1):
            j = i + 2
            while j <= n:
                piece = folded[i:j]
                if piece not in prefixes:
                    break
                code = words.get(piece)
                if code is not None:
                    out.append((i, j, code))
                j += 1
        return out

    def char_features(self, folded: str) -> dict[int, list[str]]:
        """Per character, for each type, its role (B/M/E) in the longest covering name."""
        best: dict[tuple[int, str], tuple[int, str]] = {}
        for start, end, code in self.matches(folded):
            size = end - start
            for i in range(start, end):
                key = (i, code)
                if key not in best or best[key][0] < size:
                    role = "B" if i == start else "E" if i == end - 1 else "M"
                    best[key] = (size, role)
        out: dict[int, list[str]] = {}
        for (i, code), (_, role) in best.items():
            out.setdefault(i, []).append("d" + code + "=" + role)
        return out


def jieba_dict_path() -> Path:
    """The general dictionary of the installed jieba package (found, not imported:
    importing jieba loads its whole dictionary, and the app does not ship it)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the jieba package is not installed (needed for training)")
    return Path(spec.origin).with_name("dict.txt")


def read_jieba_dict(path: Path, min_freq: int = MIN_FREQ) -> dict[str, str]:
    """Name words of a jieba dictionary (``word freq tag`` a line), folded."""
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3 or parts[2] not in _CODES:
                continue
            word, freq, tag = parts
            if len(word) >= 2 and int(freq) >= min_freq:
                out[fold(word)] = _CODES[tag]
    return out


def dictionary_path(model_path: Path) -> Path:
    return model_path.with_suffix(".dictionary.tsv")


def load(path: Path) -> DictionaryNames | None:
    words = read_pairs(path)
    return None if words is None else DictionaryNames(words)
