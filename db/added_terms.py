"""Searches that add words to what was typed: regional equivalents, words read from pinyin.

Both say which words they searched: ``Expanded.query`` is the search text actually
run (in the search box language of ``db.query``, every word quoted), ``added`` the
words that were not typed.  Nothing is added that the caller did not choose: the
regional words come from OpenCC's tables (``text.regional``), the pinyin words are
the ones offered for the reading (``db.pinyin_words``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from db.query import Query, Term, parse_query
from text.regional import RegionalTable, default_table

_QUOTE_PAIRS = (('"', '"'), ("「", "」"), ("『", "』"), ("“", "”"))


@dataclass(frozen=True)
class Expanded:
    query: str  # the search text run
    searched: tuple[str, ...]  # every word looked for (typed and added), in order
    added: tuple[str, ...]  # the words added to what was typed


def quote(word: str) -> str | None:
    """``word`` as one quoted term of the search language (None: it cannot be quoted)."""
    for left, right in _QUOTE_PAIRS:
        if right not in word and (left == right or left not in word):
            return f"{left}{word}{right}"
    return None


def _term(term: Term) -> str:
    return quote(term.text) or term.text


def render(query: Query) -> str:
    """The search text of a parsed query (every term quoted)."""
    parts = [" OR ".join(_term(t) for t in clause) for clause in query.clauses]
    parts += ["-" + _term(t) for t in query.excluded]
    return " ".join(parts)


def with_alternatives(query: str, alternatives: Callable[[str], Sequence[str]]) -> Expanded:
    """``query`` with each word's ``alternatives`` as OR-alternatives of that word."""
    parsed = parse_query(query)
    clauses: list[str] = []
    searched: list[str] = []
    added: list[str] = []
    for clause in parsed.clauses:
        words = [t.text for t in clause]
        for term in clause:
            for alt in alternatives(term.text):
                if alt not in words and quote(alt) is not None:
                    words.append(alt)
                    added.append(alt)
        searched += words
        clauses.append(" OR ".join(q for w in words if (q := quote(w))))
    clauses += ["-" + _term(t) for t in parsed.excluded]
    return Expanded(" ".join(clauses), tuple(dict.fromkeys(searched)), tuple(dict.fromkeys(added)))


def regional_query(query: str, table: RegionalTable | None = None) -> Expanded:
    """``query`` that also finds each word's regional equivalents (信息 → 信息 OR 資訊)."""
    table = table or default_table()
    return with_alternatives(query, table.equivalents)


def words_query(words: Sequence[str], query: str = "") -> Expanded:
    """A search for any of ``words`` (and for ``query`` too, when one is given)."""
    quoted = [(w, q) for w in dict.fromkeys(words) if (q := quote(w))]
    if not quoted:
        raise ValueError("no word to search for")
    either = " OR ".join(q for _w, q in quoted)
    base = render(parse_query(query)) if query.strip() else ""
    typed = [t.text for t in parse_query(query).positive_terms] if base else []
    chosen = tuple(w for w, _q in quoted)
    return Expanded(f"{base} {either}".strip(), (*typed, *chosen), chosen)
