"""The library's words with a pinyin reading: what a search by pinyin offers and searches.

Typed letters that read as pinyin (``yanjiao``, ``yan jiao``, ``yj``) give candidate
words from two sources: the library's entity names (display names in both scripts
and aliases), then the dictionary's headwords.  Each candidate is kept only if the
library's search index finds it (a count over the index, as ``db.search`` does);
at most ``checks`` candidates are tried and ``limit`` kept.  A search by pinyin then
searches exactly the words offered (``db.added_terms.words_query``): no homophone
that was not shown is ever searched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.added_terms import quote
from db.entities import list_entities
from db.library import Library
from db.search import count_matches
from text.dictionary import Dictionary
from text.fold import fold
from text.pinyin_search import PinyinIndex, dictionary_index, index_words, typed_key

LIMIT = 20  # words offered at most
CHECKS = 80  # candidates looked up in the index at most
# Entities of a type whose names are offered: the most mentioned (each name's reading
# takes about 30 µs, and a library of a million articles names millions of things).
NAMED_PER_TYPE = 2_000


def entity_names(lib: Library, per_type: int | None = None) -> list[str]:
    """The names an entity of the library is known by: display name, both scripts,
    aliases (most mentioned entities first; the ``per_type`` most mentioned of each
    type, by default ``NAMED_PER_TYPE``)."""
    names: list[str] = []
    for e in list_entities(lib, per_type=NAMED_PER_TYPE if per_type is None else per_type):
        names += [e.name, e.name_hans, e.name_hant, *e.aliases]
    return list(dict.fromkeys(n for n in names if n and len(n) > 1))


@dataclass
class PinyinWords:
    """The words of one library by pinyin; the entity names' index is kept until
    ``invalidate`` (call it when the entities change)."""

    lib: Library
    dictionary: Dictionary | None = None
    limit: int = LIMIT
    checks: int = CHECKS
    _names: PinyinIndex | None = field(default=None, repr=False)

    def invalidate(self) -> None:
        self._names = None

    def names_index(self) -> PinyinIndex:
        if self._names is None:
            self._names = index_words(entity_names(self.lib), self.dictionary)
        return self._names

    def candidates(self, typed: str, *, headwords: bool = True) -> list[str]:
        """Words read as ``typed``, names first, one per folded form (unchecked);
        without ``headwords``, the entity names only."""
        if typed_key(typed) is None:
            return []
        found = self.names_index().find(typed)
        if headwords:
            found += dictionary_index(self.dictionary).find(typed)
        seen: set[str] = set()
        out = []
        for word in found:
            key = fold(word)
            if key not in seen and quote(word) is not None:
                seen.add(key)
                out.append(word)
        return out

    def offered(self, typed: str, *, headwords: bool = True) -> list[str]:
        """The candidates that occur in the library (checked in the search index)."""
        out: list[str] = []
        for word in self.candidates(typed, headwords=headwords)[: self.checks]:
            if count_matches(self.lib, quote(word) or word) > 0:
                out.append(word)
                if len(out) >= self.limit:
                    break
        return out


def pinyin_words(lib: Library, typed: str, dictionary: Dictionary | None = None) -> list[str]:
    """The library's words that read as ``typed`` (see the module)."""
    return PinyinWords(lib, dictionary).offered(typed)
