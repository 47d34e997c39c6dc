"""Conversion that keeps names as they are spelt: protected spans of the original.

Inside a mention of a person, an organisation, a park or zone, or a document
title (《…》), the conversion changes the script of the characters and nothing
else: no regional vocabulary (s2twp leaves 联泰集群 as 聯泰集群, not 聯泰叢集, and
人工智能研究院 as 人工智能研究院) and no phrase that reaches across the edge of
the name.  A name is converted on its own, with the conversion's script step
only (s2twp's names with s2tw, tw2sp's with tw2s); phrases that lie wholly
inside the name still settle its characters, because they hold the readings
of surnames and given names that a bare character table gets wrong (于敏 stays
于敏, not 於敏; 范冰冰 stays 范冰冰, not 範冰冰; 周杰伦 → 周杰倫, not 周傑倫).
Characters no phrase settles are marked like any other (任睿杰 → 任睿傑, 杰
marked: 傑 / 杰).  A name with a curated spelling in the target script (see
``db.curation.respell``) is written with it, unmarked.

Places are not protected: a place's name in a regional vocabulary is the name
readers of that region use (s2twp: 新西兰 → 紐西蘭, 意大利 → 義大利), and the
script of a Chinese place name (台北 → 臺北) is a character choice that the
character conversion makes anyway.  Figures and dates are not names.

The text between names is converted as usual, each stretch on its own, and the
pieces' span maps are joined (``text.convert.concat``), so offsets map between
the original and the converted text across names of any length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from text.convert import Converted, concat, convert_with_map, replaced, target_script
from text.convert_marked import Marked, Uncertain, convert_marked

# Entity types (db.entities.ENTITY_TYPES) whose mentions keep their spelling.
PROTECTED_TYPES = frozenset({"person", "organization", "park", "document"})

# Names take the conversion's script step without its regional vocabulary.
_NAME_CONFIG = {"s2twp": "s2tw", "tw2sp": "tw2s"}


@dataclass(frozen=True)
class Name:
    """A protected span of the original text (end exclusive), with curated spellings."""

    start: int
    end: int
    hans: str | None = None  # the Simplified spelling the user gave, if any
    hant: str | None = None  # the Traditional spelling the user gave, if any

    def spelling(self, script: str) -> str | None:
        return self.hans if script == "hans" else self.hant


def name_config(config: str) -> str:
    """The conversion a name takes inside a text converted with ``config``."""
    return _NAME_CONFIG.get(config, config)


def protected_spans(names: Iterable[Name], length: int) -> list[Name]:
    """The names in text order, inside ``[0, length)``, none overlapping another.

    A name inside another is left to the outer one; two that overlap become one
    span (without a curated spelling, which belongs to one name only).
    """
    out: list[Name] = []
    for n in sorted(names, key=lambda n: (n.start, -n.end)):
        start, end = max(0, n.start), min(length, n.end)
        if start >= end:
            continue
        if out and start < out[-1].end:
            last = out[-1]
            if end > last.end:
                out[-1] = Name(last.start, end)
            continue
        out.append(n if (start, end) == (n.start, n.end) else Name(start, end))
    return out


def as_written(written: str, spelling: str) -> str:
    """``spelling`` with the blanks and line breaks of the name as written kept in place
    (a name the layout broke, 京津冀国家高新区联\n\n盟, keeps its line break, so both
    panes keep the same paragraphs); the spelling itself when the two do not line up."""
    if not any(ch.isspace() for ch in written) or any(ch.isspace() for ch in spelling):
        return spelling
    if sum(not ch.isspace() for ch in written) != len(spelling):
        return spelling
    letters = iter(spelling)
    return "".join(ch if ch.isspace() else next(letters) for ch in written)


@lru_cache(maxsize=4096)
def _convert_name(text: str, config: str) -> tuple[Converted, Marked]:
    return convert_with_map(text, config), convert_marked(text, config)


def _convert_piece(text: str, config: str) -> tuple[Converted, Marked]:
    return convert_with_map(text, config), convert_marked(text, config)


def convert_names(text: str, config: str, names: Iterable[Name] = ()) -> tuple[Converted, Marked]:
    """Convert ``text`` with ``config``, keeping the spelling of the ``names``.

    Returns the span map (original ↔ converted) and the converted text with its
    uncertain characters (offsets into the converted text).  Without names this
    is ``convert_with_map`` and ``convert_marked`` of the whole text.
    """
    target = target_script(config)
    spans = protected_spans(names, len(text))
    if not spans:
        return _convert_piece(text, config)
    maps: list[Converted] = []
    marks: list[Uncertain] = []
    modelled = True
    unmodelled = 0
    pos = 0
    out = 0

    def add(conv: Converted, marked: Marked | None) -> None:
        nonlocal out, modelled, unmodelled
        maps.append(conv)
        if marked is not None and marked.text == conv.text:
            marks.extend(replace(u, start=u.start + out, end=u.end + out) for u in marked.uncertain)
            modelled = modelled and marked.modelled
            unmodelled += marked.unmodelled
        out += len(conv.text)

    for name in spans:
        if pos < name.start:
            add(*_convert_piece(text[pos : name.start], config))
        written = text[name.start : name.end]
        spelling = name.spelling(target)
        if spelling:
            add(replaced(written, as_written(written, spelling)), None)
        else:
            add(*_convert_name(written, name_config(config)))
        pos = name.end
    if pos < len(text):
        add(*_convert_piece(text[pos:], config))
    joined = concat(maps)
    return joined, Marked(joined.text, tuple(marks), modelled, unmodelled)


class ChainedConversion:
    """Two conversions one after the other (t2s, then s2twp), with the composed span map."""

    def __init__(self, first: Converted, second: Converted) -> None:
        self.first = first
        self.second = second
        self.original = first.original
        self.text = second.text

    def to_converted(self, start: int, end: int) -> tuple[int, int]:
        return self.second.to_converted(*self.first.to_converted(start, end))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.first.to_original(*self.second.to_original(start, end))


def reader_conversion(
    original: str, script: str, config: str, names: Sequence[Name] = ()
) -> tuple[Converted | ChainedConversion, Marked]:
    """The text the reader shows beside ``original`` (written in ``script``) for ``config``.

    A Simplified target converts the original directly.  A Traditional target for
    a Traditional original converts the Simplified form of the text (t2s first), so
    that the variant's own characters and phrases appear; the names are kept
    through both steps, and the marks are those of the last one.
    """
    if target_script(config) == "hant" and script == "hant":
        first, _ = convert_names(original, "t2s", names)
        moved = [
            Name(*first.to_converted(n.start, n.end), n.hans, n.hant)
            for n in protected_spans(names, len(original))
        ]
        second, marked = convert_names(first.text, config, moved)
        return ChainedConversion(first, second), marked
    return convert_names(original, config, names)
