"""One entry point for the entities of an article: ``extract(text, ...)``.

It combines the statistical recogniser (persons, organizations, places, parks)
with the rules of this package: 《document titles》, figures, dates, aliases
defined with 以下简称, and the bylines found by the reader.  Every mention
carries offsets into the original text and a canonical display name in the
article's own script.

Overlaps are resolved so that no two mentions share a character:

1. a 《document》 title covers everything inside it (a person or a date in a
   title is part of the title, not a mention of its own);
2. byline persons come next: the reader found them, so they beat a
   recogniser span that crosses them;
3. everything else, longest first; on equal length the more specific reading
   wins: alias, date, figure, recogniser span, then a full name found only by
   the alias rule.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from text.aliases import find_alias_definitions, find_alias_uses
from text.dates import find_dates
from text.figures import Figure, find_figures
from text.fold import fold

log = logging.getLogger(__name__)

ENTITY_TYPES = ("person", "organization", "place", "park", "document", "figure", "date")
NER_TYPES = frozenset(("person", "organization", "place", "park"))


@dataclass(slots=True)  # a long article has millions: a third less memory each
class Mention:
    start: int
    end: int
    type: str
    text: str
    name: str
    role: str | None = None
    figure: Figure | None = None
    # The recogniser's confidence in the span (0 to 1); 1 for the rules of this package.
    confidence: float = 1.0


class _Recognizer(Protocol):
    def predict(self, text: str) -> Sequence[Any]: ...


_MAX_TITLE = 150
_TITLE_MARKS = re.compile(r"[《》\n]")


def find_documents(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every outermost 《title》; the span includes the brackets.

    Nested titles (《…〈…〉…》 or 《…《…》…》) stay inside the outer one; a title
    never runs across a line break.
    """
    out: list[tuple[int, int, str]] = []
    depth = 0
    open_at = -1
    for mark in _TITLE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "《":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "》" and depth > 0:
            depth -= 1
            if depth == 0:
                name = text[open_at + 1 : i].strip()
                if name and i - open_at <= _MAX_TITLE:
                    out.append((open_at, i + 1, name))
        elif ch == "\n":
            depth = 0
    return out


def _find_documents_fast(text: str) -> list[tuple[int, int, str]]:
    if "《" not in text:
        return []
    return find_documents(text)


_JUNK = re.compile(r"[\W\d_]+")
_SPACE = re.compile(r"\s+")


def _ner_mentions(text: str, spans: Sequence[Any]) -> list[Mention]:
    out: list[Mention] = []
    for span in spans:
        span_type = getattr(span, "type", None)
        if span_type not in NER_TYPES:
            continue
        start, end = int(span.start), int(span.end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        surface = text[start:end]
        if not surface or _JUNK.fullmatch(surface):
            continue
        if span_type in ("person", "organization") and len(surface) < 2:
            continue
        # Layout can break a name across a space or line (联 盟): the name has none.
        name = _SPACE.sub("", surface)
        full = _full_name(name) if span_type == "organization" else None
        confidence = float(getattr(span, "confidence", 1.0))
        if full is not None:  # 北航 is a mention of 北京航空航天大学, and its alias
            out.append(
                Mention(start, end, span_type, surface, full, "abbreviation", None, confidence)
            )
        else:
            out.append(Mention(start, end, span_type, surface, name, None, None, confidence))
    return out


def _full_name(name: str) -> str | None:
    """The gazetteer's full name of an abbreviation (工信部 -> 工业和信息化部), in the
    abbreviation's script; None when ``name`` is not a known abbreviation."""
    from text.ner.gazetteer import expand_abbreviation
    from text.resolve import LEVELLED_BODIES

    if fold(name) in LEVELLED_BODIES:  # 发改委 of which level: the article tells (text.resolve)
        return None
    full = expand_abbreviation(name)
    if full is None or fold(full) == fold(name):
        return None
    if fold(name) != name:  # written in Traditional: give the full name in Traditional
        from text.convert import convert

        full = convert(full, "s2t")
    return full


def _byline_mentions(text: str, folded: str, bylines: Sequence[tuple[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    for name, role in bylines:
        key = fold(name.strip())
        if len(key) < 2:
            continue
        pos = folded.find(key)
        while pos >= 0:
            end = pos + len(key)
            surface = text[pos:end]
            out.append(Mention(pos, end, "person", surface, surface, role=role))
            pos = folded.find(key, end)
    return out


def _alias_mentions(
    text: str, folded: str, ner: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Uses of defined short forms, and full names that only the alias rule found.

    A short form defined again later (two stories in one text) belongs to the
    later definition from there on.
    """
    uses: list[Mention] = []
    fulls: list[Mention] = []
    if "简称" not in folded and "下称" not in folded:
        return uses, fulls
    definitions = find_alias_definitions(text, ner, folded=folded)
    for i, d in enumerate(definitions):
        key = fold(d.short)
        until = next((n.end for n in definitions[i + 1 :] if fold(n.short) == key), None)
        full_type = d.type if d.type in ENTITY_TYPES else "organization"
        if d.type is None:
            fulls.append(Mention(d.full_start, d.full_end, full_type, d.full, d.full))
        for start, end in find_alias_uses(text, d, until=until, folded=folded):
            uses.append(Mention(start, end, full_type, text[start:end], d.full, role="alias"))
    return uses, fulls


_default_failed = False


def _default_recognizer() -> _Recognizer | None:
    global _default_failed
    if _default_failed:
        return None
    try:
        from text.ner.recognizer import default_recognizer

        return default_recognizer()
    except (ImportError, OSError) as exc:
        _default_failed = True
        log.warning("entity recogniser unavailable, using rules only: %s", exc)
        return None


def _resolve(recognizer: _Recognizer | None | bool) -> _Recognizer | None:
    if recognizer is False:
        return None
    if recognizer is None or recognizer is True:
        return _default_recognizer()
    return recognizer


def recognize_many(
    texts: Sequence[str], recognizer: _Recognizer | None | bool = None
) -> list[Sequence[Any]] | None:
    """The recogniser's spans for each text (``recognizer`` as in ``extract``), all texts
    at once when it can (``predict_many`` decodes them together, which is faster); None
    when there is no recogniser."""
    rec = _resolve(recognizer)
    if rec is None:
        return None
    many = getattr(rec, "predict_many", None)
    if many is not None:
        return list(many(texts))
    return [rec.predict(text) for text in texts]


def extract(
    text: str,
    *,
    bylines: Sequence[tuple[str, str]] = (),
    article_date: str | None = None,
    recognizer: _Recognizer | None | bool = None,
    spans: Sequence[Any] | None = None,
) -> list[Mention]:
    """All entity mentions of ``text``, without overlaps, sorted by start.

    ``bylines`` are ``(name, role)`` pairs the reader found; every occurrence
    of each name becomes a person mention with that role.  ``article_date``
    (ISO, or any text starting with the year) resolves 今年 / 7月20日.
    ``recognizer=None`` uses the shipped recogniser (rules only, with a
    logged warning, when its model is missing); ``recognizer=False`` skips it.
    ``spans``, when given, are the recogniser's spans for ``text`` (``recognize_many``),
    and ``recognizer`` is not used.
    """
    folded = fold(text)
    if spans is None:
        rec = _resolve(recognizer)
        spans = rec.predict(text) if rec is not None else ()
    ner = _ner_mentions(text, spans)

    documents = [
        Mention(s, e, "document", text[s:e], name) for s, e, name in _find_documents_fast(text)
    ]
    byline = _byline_mentions(text, folded, bylines)
    alias_uses, alias_fulls = _alias_mentions(text, folded, ner)
    dates = [
        Mention(s, e, "date", text[s:e], iso)
        for s, e, iso in find_dates(text, article_date, folded=folded)
    ]
    figures = [
        Mention(s, e, "figure", text[s:e], text[s:e], figure=fig)
        for s, e, fig in find_figures(text, folded=folded)
    ]

    ranked: list[tuple[int, int, int, int, Mention]] = []
    for tier, rank, group in (
        (0, 0, documents),
        (1, 0, byline),
        (2, 0, alias_uses),
        (2, 1, dates),
        (2, 2, figures),
        (2, 3, ner),
        (2, 4, alias_fulls),
    ):
        for m in group:
            ranked.append((tier, -(m.end - m.start), rank, m.start, m))
    ranked.sort(key=lambda r: r[:4])

    taken = bytearray(len(text))
    kept: list[Mention] = []
    for *_, m in ranked:
        if m.end <= m.start or any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept
