"""Word segmentation and part-of-speech tags for the recogniser (rjieba, Rust jieba).

The process-wide ``rjieba`` instance is used (building a second one costs as
much as importing rjieba again) and ``resources/userdict.txt`` is added to it,
so other rjieba users in the program segment the field's names the same way.
Nothing is loaded at import time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from text.ner.gazetteer import USERDICT_PATH, read_userdict


class Segmenter:
    """Segments folded (Simplified) text into (word, POS) pairs."""

    def __init__(self, userdict: Path | None = USERDICT_PATH, *, shared: bool = True) -> None:
        import rjieba

        self._jieba: Any = rjieba._DEFAULT_JIEBA if shared else rjieba.Jieba()
        if userdict is not None:
            for word, freq, tag in read_userdict(userdict):
                self._jieba.add_word(word, freq, tag)

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._jieba.tag(text, hmm=True)

    def tag_exact(self, text: str) -> list[tuple[str, str]]:
        """``tag``, or one (character, 'x') pair per character when the segmenter's words
        do not add up to ``text`` (it dropped or added characters)."""
        pairs = self.tag(text)
        if sum(len(w) for w, _ in pairs) != len(text):
            pairs = [(ch, "x") for ch in text]
        return pairs

    def has_word(self, word: str) -> bool:
        return self._jieba.has_word(word)


_lock = threading.Lock()
_default: Segmenter | None = None


def default_segmenter() -> Segmenter:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Segmenter()
    return _default
