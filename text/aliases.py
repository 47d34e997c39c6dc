"""Short forms defined in the text: ``京津冀国家技术创新中心(以下简称中心)``.

A definition is a parenthesis right after a name that says 以下简称 / 简称 /
下称 / 以下称 (Traditional 以下簡稱 and so on: matching runs on folded text)
followed by the short form, quoted or not.  The full name is, in order of
preference:

1. an entity span (from the recogniser) that ends right before the
   parenthesis — the longest such span;
2. a quoted or 《》 title right before the parenthesis;
3. the run of name characters before the parenthesis, cut after the last
   linking word (在, 由, 成立, 成为 ...) and never past punctuation or digits.

``find_alias_definitions`` also returns where the definition is, so callers can
mark later uses of the short form; ``find_aliases`` gives just the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from text.fold import fold


@dataclass(frozen=True)
class AliasDefinition:
    short: str  # the short form as written
    full: str  # the full name as written
    full_start: int
    full_end: int
    end: int  # end of the parenthesis: uses of the short form count from here
    type: str | None  # the entity type of the full name when a span supplied it


_OPEN = r"[(（]"
_CLOSE = r"[)）]"
_QUOTES_OPEN = "\"“‘'「『"
_QUOTES_CLOSE = "\"”’'」』"
_DEFINITION_RE = re.compile(
    rf"{_OPEN}\s*(?:以下简称|以下称|以下称为|下称|简称)\s*[:：]?\s*"
    rf"[{_QUOTES_OPEN}]?(?P<short>[^{_QUOTES_CLOSE}()（）,，、;；。\s]{{1,20}})[{_QUOTES_CLOSE}]?\s*"
    rf"(?:[,，、;；][^()（）]{{0,30}})?{_CLOSE}"
)
_NAME_RUN = re.compile(r"[\u3400-\u9fffa-z·&\-]+$")
# Words after which a name starts when the full name is found by rule.
_LINK_RE = re.compile(
    r"(?:成立了?|成为|组建|设立|建立|依托|通过|推动|支持|加入|联合|位于|"
    r"在|于|由|从|向|把|对|被|让|将|是|与|及|的|了)"
)


def _span_bounds(span: Any) -> tuple[int, int, str | None]:
    if isinstance(span, tuple):
        return int(span[0]), int(span[1]), (str(span[2]) if len(span) > 2 else None)
    return int(span.start), int(span.end), getattr(span, "type", None)


def find_alias_definitions(
    text: str, entity_spans: Iterable[Any] = (), *, folded: str | None = None
) -> list[AliasDefinition]:
    """All alias definitions in ``text``, in order.

    ``entity_spans`` are recogniser spans (objects with ``start``, ``end`` and
    ``type``, or ``(start, end[, type])`` tuples) in the same text; ``folded``
    may pass ``fold(text)`` when the caller already has it.
    """
    if folded is None:
        folded = fold(text)
    by_end: dict[int, tuple[int, str | None]] = {}
    for span in entity_spans:
        s, e, t = _span_bounds(span)
        if e not in by_end or s < by_end[e][0]:
            by_end[e] = (s, t)
    out: list[AliasDefinition] = []
    for m in _DEFINITION_RE.finditer(folded):
        paren = m.start()
        name_end = paren
        while name_end > 0 and folded[name_end - 1] in " \t":
            name_end -= 1
        full = _full_name(folded, name_end, by_end)
        if full is None:
            continue
        full_start, full_end, full_type = full
        short_start, short_end = m.span("short")
        short = text[short_start:short_end]
        if fold(short) == folded[full_start:full_end]:
            continue
        out.append(
            AliasDefinition(
                short=short,
                full=text[full_start:full_end],
                full_start=full_start,
                full_end=full_end,
                end=m.end(),
                type=full_type,
            )
        )
    return out


def _full_name(
    folded: str, end: int, by_end: dict[int, tuple[int, str | None]]
) -> tuple[int, int, str | None] | None:
    if end in by_end:
        start, span_type = by_end[end]
        return start, end, span_type
    if end > 0 and folded[end - 1] in _QUOTES_CLOSE + "》":
        closer = folded[end - 1]
        opener = "《" if closer == "》" else None
        for i in range(end - 2, max(-1, end - 60), -1):
            ch = folded[i]
            if (opener and ch == opener) or (not opener and ch in _QUOTES_OPEN):
                if end - 1 - (i + 1) >= 2:
                    return i + 1, end - 1, "document" if opener else None
                break
    m = _NAME_RUN.search(folded, max(0, end - 40), end)
    if not m:
        return None
    start = m.start()
    last = None
    for lm in _LINK_RE.finditer(folded, start, end):
        if lm.end() < end - 1:
            last = lm
    if last is not None:
        start = last.end()
    if end - start < 2:
        return None
    return start, end, None


def find_aliases(text: str, entity_spans: Iterable[Any] = ()) -> list[tuple[str, str]]:
    """``(short, full)`` pairs defined in ``text`` by 以下简称 and the like, in order."""
    return [(d.short, d.full) for d in find_alias_definitions(text, entity_spans)]


# Characters right before a use of the short form that show it is a word of its
# own (a preposition, a verb, a punctuation mark) rather than the tail of a
# longer name such as 技术创新中心 for the short form 中心.
_USE_BEFORE_WORDS = re.compile(
    r"(?:推动|承接|支持|希望|完善|加入|带领|组织好|依托|通过|成立|促进|联合|鼓励|引导|"
    r"发挥|参与|指导|牵头|认为|表示|介绍|发布|举办|建设|服务|作为|同时|目前|今年|去年|"
    r"[在于由与和及对把向从将是为到了以让被给跟同即并而但且也还都就])$"
)


def find_alias_uses(
    text: str,
    definition: AliasDefinition,
    *,
    until: int | None = None,
    folded: str | None = None,
) -> list[tuple[int, int]]:
    """Spans where ``definition.short`` is used after its definition (and before ``until``).

    A use counts when it stands on its own: at the start of a line or clause,
    after punctuation or space, or after a preposition or common verb; an
    occurrence that ends a longer word (国际科技创新中心 for 中心) does not.
    """
    if folded is None:
        folded = fold(text)
    limit = len(folded) if until is None else until
    short = fold(definition.short)
    if not short:
        return []
    full = fold(definition.full)
    out: list[tuple[int, int]] = []
    pos = folded.find(short, definition.end, limit)
    while pos >= 0:
        end = pos + len(short)
        if _is_free_use(folded, pos, end, full):
            out.append((pos, end))
        pos = folded.find(short, end, limit)
    return out


def _is_free_use(folded: str, start: int, end: int, full: str) -> bool:
    # Part of a later mention of the full name itself.
    short = folded[start:end]
    offset = full.find(short)
    while offset >= 0:
        if start - offset >= 0 and folded.startswith(full, start - offset):
            return False
        offset = full.find(short, offset + 1)
    if start == 0:
        return True
    before = folded[start - 1]
    if not ("\u3400" <= before <= "\u9fff"):
        return True
    return _USE_BEFORE_WORDS.search(folded, max(0, start - 4), start) is not None
