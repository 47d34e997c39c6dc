"""The dictionary under the reader's pointer: CC-CEDICT entries and pypinyin's readings.

The data is ``resources/dictionary/cedict.tsv.gz`` (made by ``text.dictionary_build``
from CC-CEDICT, CC BY-SA 4.0, MDBG).  It is read on the first lookup, not at start-up.
Every entry of a headword is kept: 干 gives gān, Gān (surname), and gàn (幹), 行 both
háng and xíng.  Headwords are found in either script.

A word that is not in the dictionary (most names) gets pypinyin's reading, marked as
such (``Entry.in_dictionary`` is False): it is a reading of the characters, which may
be wrong for a name or a word with several readings.
"""

from __future__ import annotations

import re
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from text.packed import PackedMap
from text.resources import resource_path
from text.tokens import CJK_CHARS

DICTIONARY_FILE = ("dictionary", "cedict.tsv.gz")
_HAN = re.compile(f"[{CJK_CHARS}]")
MAX_WORD = 24  # longer headwords are not looked for


@dataclass(frozen=True)
class Entry:
    """One dictionary entry, or pypinyin's reading of a word that has none."""

    traditional: str
    simplified: str
    pinyin: str  # tone marks, syllables separated by spaces
    senses: tuple[str, ...] = ()
    in_dictionary: bool = True  # False: pypinyin's reading of a word CC-CEDICT lacks
    frequency: int = 0  # how common the word is (jieba's count; 0: not counted)

    @property
    def proper(self) -> bool:
        """A name (CC-CEDICT capitalises the pinyin of names: Běi jīng, Gān)."""
        return self.pinyin[:1].isupper()

    def to_json(self) -> dict[str, object]:
        return {
            "traditional": self.traditional,
            "simplified": self.simplified,
            "pinyin": self.pinyin,
            "senses": list(self.senses),
            "source": "CC-CEDICT" if self.in_dictionary else "pypinyin",
        }


def is_han(ch: str) -> bool:
    return bool(_HAN.fullmatch(ch))


class Dictionary:
    """Headword (either script) → entries; loaded on first use, safe across threads.

    The file's lines are kept as one block of UTF-8 with their offsets, and the
    headwords in a ``PackedMap`` (headword → line numbers): about 13 MB for the
    bundled CC-CEDICT, where a list of line strings and a dict of lists took 65 MB.
    An entry is parsed from its line when looked up.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or resource_path(*DICTIONARY_FILE)
        self._lock = threading.Lock()
        self._index: PackedMap | None = None
        self._data = b""  # the entries' lines, UTF-8, each ended by a newline
        self._starts = array("I", [0])  # where each line starts in ``_data`` (and the end)
        self.source = ""  # the file's first note: CC-CEDICT's date and entry count
        self.max_len = 1

    # -- loading -------------------------------------------------------------------
    def _load(self) -> PackedMap:
        index = self._index
        if index is not None:
            return index
        with self._lock:
            if self._index is None:
                self._index = self._read()
            return self._index

    def _read(self) -> PackedMap:
        """Headword → line numbers; the lines are made entries only when looked up."""
        import gzip

        lines = gzip.decompress(self.path.read_bytes()).splitlines()
        notes = [line.decode("utf-8") for line in lines[:8] if line.startswith(b"#")]
        self.source = notes[0].lstrip("# ") if notes else ""
        lines = lines[len(notes) :]
        starts = array("I", [0])
        longest = 1

        def headwords() -> Iterator[tuple[str, int]]:  # made as read: no list of pairs
            nonlocal longest
            for i, line in enumerate(lines):
                trad_b, simp_b, _rest = line.split(b"\t", 2)
                trad = trad_b.decode("utf-8")
                yield trad, i
                if simp_b != trad_b:
                    simp = simp_b.decode("utf-8")
                    yield simp, i
                    longest = max(longest, len(simp))
                longest = max(longest, len(trad))
                starts.append(starts[-1] + len(line) + 1)

        index = PackedMap(headwords())
        self._data = b"\n".join(lines) + b"\n" if lines else b""
        self._starts = starts
        self.max_len = min(longest, MAX_WORD)
        return index

    def _line(self, i: int) -> str:
        return self._data[self._starts[i] : self._starts[i + 1] - 1].decode("utf-8")

    def entry(self, i: int) -> Entry:
        """The dictionary's ``i``-th entry (in the file's order)."""
        self._load()
        return self._entry(i)

    def _entry(self, i: int) -> Entry:
        trad, simp, pinyin, senses, *count = self._line(i).split("\t")
        frequency = int(count[0]) if count and count[0].isdigit() else 0
        return Entry(
            trad, simp, pinyin, tuple(senses.split("/")) if senses else (), True, frequency
        )

    def nbytes(self) -> int:
        """Bytes held by the loaded dictionary (0 before it is read)."""
        index = self._index
        if index is None:
            return 0
        return index.nbytes() + sys.getsizeof(self._data) + sys.getsizeof(self._starts)

    @property
    def loaded(self) -> bool:
        return self._index is not None

    def entries(self) -> Iterator[Entry]:
        """Every entry, in the dictionary's order."""
        self._load()
        return (self._entry(i) for i in range(len(self)))

    def __len__(self) -> int:
        self._load()
        return len(self._starts) - 1

    # -- lookups -----------------------------------------------------------------
    def lookup(self, word: str) -> list[Entry]:
        """Every entry whose headword (either script) is ``word`` (none: an empty list)."""
        found = [self._entry(i) for i in self._load().get(word)]
        # Common words before names (干 gān before Gān, the surname); otherwise the
        # dictionary's order.
        return sorted(found, key=lambda e: e.proper)

    def __contains__(self, word: str) -> bool:
        return word in self._load()

    def longest_at(self, text: str, pos: int) -> int:
        """The length of the longest headword that ``text`` holds at ``pos`` (0: none)."""
        return self._load().longest_key_at(text, pos, self.max_len)

    def define(self, word: str) -> list[Entry]:
        """The entries of ``word``, or pypinyin's reading (marked) when it has none."""
        found = self.lookup(word)
        return found if found else [reading(word)]

    def entries_at(
        self, text: str, pos: int, names: Iterable[tuple[int, int]] = ()
    ) -> tuple[int, int, list[Entry]]:
        """The word of ``text`` at ``pos`` and its entries: ``(start, end, entries)``.

        The word is the longest headword starting at ``pos`` (as readers of Chinese
        look words up), unless ``pos`` lies inside one of ``names`` (spans of names,
        such as the entity mentions the reader marks): then the word is the whole
        name, with its dictionary entries or, for a name the dictionary lacks,
        pypinyin's reading.  A Han character that starts no headword gets its
        reading; anything else (punctuation, Latin letters) gives ``(pos, pos, [])``.
        """
        if not 0 <= pos < len(text) or not is_han(text[pos]):
            return pos, pos, []
        for start, end in names:
            if start <= pos < end and end - start > 1:
                name = text[start:end]
                return start, end, self.define(name)
        length = self.longest_at(text, pos)
        if length:
            return pos, pos + length, self.lookup(text[pos : pos + length])
        return pos, pos + 1, [reading(text[pos])]


def reading(word: str) -> Entry:
    """pypinyin's reading of ``word`` (tone marks), marked as not from the dictionary."""
    from pypinyin import Style, pinyin  # about a second to import: only when needed

    from text.convert import convert

    syllables = [s[0] for s in pinyin(word, style=Style.TONE, heteronym=False, errors="default")]
    simplified = convert(word, "t2s")
    traditional = convert(simplified, "s2t")
    return Entry(traditional, simplified, " ".join(syllables), (), in_dictionary=False)


@lru_cache(maxsize=1)
def default_dictionary() -> Dictionary:
    """The bundled dictionary (read from disk on its first lookup)."""
    return Dictionary()
