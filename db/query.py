"""The search box language, parsed into clauses and compiled to an FTS5 expression.

    创新 协同          both terms (AND)
    "京津冀 协同"      a phrase
    北京 OR 天津       either (OR binds tighter than AND)
    -河北             exclude

User text never reaches FTS5 unescaped: every token is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.fold import fold
from text.tokens import CJK_CHARS, QueryToken, phrase_tokens

MAX_QUERY_CHARS = 2000
MAX_TERMS = 64


class QueryError(ValueError):
    """The query cannot be searched; ``str(err)`` is a one-line message for the user."""


@dataclass(frozen=True)
class Term:
    text: str  # as typed, without quotes or leading '-'
    folded: str
    tokens: tuple[QueryToken, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    clauses: tuple[tuple[Term, ...], ...]  # AND of ORs of positive terms
    excluded: tuple[Term, ...]

    @property
    def positive_terms(self) -> list[Term]:
        return [t for clause in self.clauses for t in clause]


_CJK_GAP = re.compile(f"(?<=[{CJK_CHARS}])\\s+(?=[{CJK_CHARS}])")
_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}


def _lex(text: str) -> list[tuple[str, bool, bool]]:
    """(raw term, negated, quoted) in order; 'OR' comes back as ('OR', False, False)."""
    out: list[tuple[str, bool, bool]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        neg = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            neg = True
            i += 1
            ch = text[i]
        if ch in _OPEN_QUOTES:
            close = _OPEN_QUOTES[ch]
            j = text.find(close, i + 1)
            if j < 0:  # unbalanced: the rest is the phrase
                j = n
            out.append((text[i + 1 : j], neg, True))
            i = j + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in _OPEN_QUOTES:
            j += 1
        out.append((text[i:j], neg, False))
        i = j
    return out


def parse_query(text: str) -> Query:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})"
        )
    items = _lex(text)
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for raw, neg, quoted in items:
        if raw == "OR" and not quoted and not neg:
            join_next = bool(clauses)
            continue
        if quoted:  # Chinese is written without spaces: "京津冀 协同" means 京津冀协同
            raw = _CJK_GAP.sub("", raw)
        folded = fold(raw)
        tokens = tuple(phrase_tokens(folded))
        if not tokens:
            join_next = False
            continue
        term = Term(raw, folded, tokens, neg)
        if neg:
            excluded.append(term)
            join_next = False
            continue
        if join_next and clauses:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    if len(clauses) + len(excluded) > MAX_TERMS:
        raise QueryError(f"too many search terms (at most {MAX_TERMS})")
    if not clauses:
        if excluded:
            raise QueryError("add a word to search for; '-' only excludes words from results")
        raise QueryError("nothing to search for: type Chinese characters, letters or digits")
    return Query(tuple(tuple(c) for c in clauses), tuple(excluded))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def term_fts(term: Term) -> str:
    parts = []
    for tok in term.tokens:
        parts.append(_quote(tok.text) + (" *" if tok.prefix else ""))
    return " + ".join(parts) if len(parts) > 1 else parts[0]


def to_fts(query: Query) -> str:
    ands = []
    for clause in query.clauses:
        if len(clause) == 1:
            ands.append(f"({term_fts(clause[0])})")
        else:
            ands.append("(" + " OR ".join(f"({term_fts(t)})" for t in clause) + ")")
    expr = " AND ".join(ands)
    for term in query.excluded:
        expr = f"({expr}) NOT ({term_fts(term)})"
    return expr


def compile_query(text: str) -> str:
    """The FTS5 MATCH expression for what the user typed (raises QueryError)."""
    return to_fts(parse_query(text))
