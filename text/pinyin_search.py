"""Latin letters read as pinyin: ``yanjiao``, ``yan jiao``, ``yánjiāo`` or the initials ``yj``.

A word's reading is its syllables without tones (燕郊 → yan jiao); typed letters
match it when they spell the whole reading (``yanjiao``, spaces and apostrophes
ignored, ``v`` or ``u`` for ü), or its initials (``yj``; ``zh``, ``ch`` and ``sh``
may be typed whole).  ``PinyinIndex`` finds the words of a list with a reading;
the dictionary's headwords have one ready (``dictionary_index``).  Which of them
occur in a library is the database's question (``db.pinyin_words``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from text.dictionary import Dictionary, default_dictionary
from text.packed import PackedMap

_TYPED = re.compile(r"^[a-zü' ]+$")
_DIGRAPHS = ("zh", "ch", "sh")
MAX_INITIALS = 8


def plain_syllables(pinyin: str) -> tuple[str, ...]:
    """``Yàn jiāo`` → ``("yan", "jiao")``: lower case, no tones, ü as v; non-letters dropped."""
    out = []
    for syllable in pinyin.lower().translate(_PLAIN).split():
        if not syllable.isascii() or not syllable.isalpha():
            syllable = "".join(ch for ch in syllable if "a" <= ch <= "z")
        if syllable:
            out.append(syllable)
    return tuple(out)


def _plain_table() -> dict[int, str]:
    marked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüḿńňǹ"
    table = {}
    for ch in marked:
        base = unicodedata.normalize("NFD", ch)[0]
        table[ord(ch)] = "v" if base == "u" and ch in "ǖǘǚǜü" else base
    return table


_PLAIN = _plain_table()


def typed_key(text: str) -> str | None:
    """What was typed as pinyin, compact (``Yan Jiao`` → ``yanjiao``); None for anything
    else (Chinese characters, digits, punctuation)."""
    low = unicodedata.normalize("NFC", text.strip().lower())
    low = "".join(
        ch if ch in "ü" else "".join(c for c in unicodedata.normalize("NFD", ch) if c.isascii())
        for ch in low
    )
    if not low or not _TYPED.match(low):
        return None
    key = low.replace("'", "").replace(" ", "").replace("ü", "v")
    return key or None


def reading_keys(syllables: tuple[str, ...]) -> set[str]:
    """The compact forms that match a reading: the whole of it (with ``u`` for ``v``
    too) and its initials (first letters; with zh/ch/sh whole)."""
    if not syllables:
        return set()
    whole = "".join(syllables)
    keys = {whole, whole.replace("v", "u")}
    if len(syllables) <= MAX_INITIALS:
        keys.add("".join(s[0] for s in syllables))
        keys.add("".join(s[:2] if s[:2] in _DIGRAPHS else s[0] for s in syllables))
    return keys


@dataclass
class PinyinIndex:
    """Compact key → words with that reading, in the order they were added."""

    keys: dict[str, list[str]] = field(default_factory=dict)

    def add(self, word: str, syllables: tuple[str, ...]) -> None:
        for key in reading_keys(syllables):
            words = self.keys.setdefault(key, [])
            if word not in words:
                words.append(word)

    def find(self, typed: str) -> list[str]:
        key = typed_key(typed)
        return list(self.keys.get(key, ())) if key else []


def reads_as_pinyin(typed: str) -> bool:
    """Whether ``typed`` could be pinyin (Latin letters only, spaces and ' allowed)."""
    return typed_key(typed) is not None


def word_syllables(word: str, dictionary: Dictionary | None = None) -> list[tuple[str, ...]]:
    """The readings of ``word``: every dictionary reading, else pypinyin's."""
    dictionary = dictionary or default_dictionary()
    readings = [plain_syllables(e.pinyin) for e in dictionary.lookup(word)]
    if not readings:
        from pypinyin import Style, lazy_pinyin  # about a second to import: only when needed

        readings = [tuple(s.replace("ü", "v") for s in lazy_pinyin(word, style=Style.NORMAL))]
    return list(dict.fromkeys(r for r in readings if r))


def index_words(words: Iterable[str], dictionary: Dictionary | None = None) -> PinyinIndex:
    index = PinyinIndex()
    for word in words:
        for syllables in word_syllables(word, dictionary):
            index.add(word, syllables)
    return index


class DictionaryReadings:
    """The dictionary's headwords (Simplified, two characters or more) by reading.

    Key → line numbers of the dictionary in a ``PackedMap``, each key's lines the
    most common word first; a word is read from its line when found.  About 3 MB
    for the bundled dictionary, where a ``PinyinIndex`` of it took 30 MB.
    """

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        # made with one small array per reading rather than a tuple per (reading, line):
        # the building peaks at about 30 MB instead of 70
        counts: dict[str, int] = {}
        words: list[str] = []  # each line's word ("": not offered)
        groups: dict[str, array] = {}  # reading -> lines, in the file's order
        for i in range(len(dictionary)):
            entry = dictionary.entry(i)
            word = entry.simplified if len(entry.simplified) > 1 else ""  # no single characters
            words.append(word)
            if word:
                counts[word] = max(entry.frequency, counts.get(word, 0))
                for key in reading_keys(plain_syllables(entry.pinyin)):
                    group = groups.get(key)
                    if group is None:
                        group = groups[key] = array("I")
                    group.append(i)
        for key, group in groups.items():  # the most common word first (stable: then the file's)
            groups[key] = array("I", sorted(group, key=lambda i: -counts[words[i]]))
        self.map = PackedMap.from_groups(groups)

    def find(self, typed: str) -> list[str]:
        key = typed_key(typed)
        if not key:
            return []
        words = (self.dictionary.entry(i).simplified for i in self.map.get(key))
        return list(dict.fromkeys(words))


_LOCK = threading.Lock()
_DICTIONARY_INDEX: dict[int, DictionaryReadings] = {}


def dictionary_index_ready(dictionary: Dictionary | None = None) -> bool:
    """Whether ``dictionary_index`` answers at once (it takes a second or two to make)."""
    return id(dictionary or default_dictionary()) in _DICTIONARY_INDEX


def dictionary_index(dictionary: Dictionary | None = None) -> DictionaryReadings:
    """The dictionary's headwords (Simplified) by reading, the most common first; made
    once, on first use."""
    dictionary = dictionary or default_dictionary()
    with _LOCK:
        index = _DICTIONARY_INDEX.get(id(dictionary))
        if index is None:
            index = DictionaryReadings(dictionary)
            _DICTIONARY_INDEX[id(dictionary)] = index
        return index
