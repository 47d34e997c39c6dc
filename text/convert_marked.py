"""Conversion with its uncertain characters marked.

Where a character has several forms in the target script (后 → 後/后, 发 → 發/髮,
干 → 幹/乾/干/榦) OpenCC writes the first one its character table lists unless a
phrase of the conversion's dictionaries covers the character and so settles the
choice.  ``convert_marked(text, config)`` repeats OpenCC's conversion chain over
OpenCC's own dictionaries (``resources/convert/opencc_tables.json.gz``, built by
``text.convert_tables_build``) and reports each converted character that came from
a character table entry with more than one form, with those forms as alternatives
(mapped through the later steps of the chain, so s2tw alternatives are Taiwan
forms).  The forms of a character are those its table lists, the keys of the other
direction's table that convert to it (为 ← 爲, 為) and their regional variants, less
rare forms (see ``text.convert_tables_build``).  A phrase entry with more than one
value marks the characters where the values differ.  s2t, which writes OpenCC's own
standard rather than a region's, also marks characters that regional standards
write differently (爲 / 為, 麪 / 麵) even inside a phrase, with the other forms of the
character they came from (和面 → 和麪: 麵 and 面); such a mark, whose alternatives
are all regional forms of its text, has ``regional`` set.

How OpenCC converts (and how it is modelled here):

1. normalization: a character map (CJK compatibility ideographs → unified ones);
2. segmentation: maximum forward matching over the segmentation dictionary: at
   each position the longest phrase that starts there is a segment; characters
   where no phrase starts join into one segment;
3. each conversion step converts each segment on its own, again by maximum
   forward matching over its dictionaries tried in turn (the first dictionary
   with a match at a position wins).  Without a segmentation step the text is one
   segment.

The converted text is checked against OpenCC's own output; a piece of text where
the two differ (not expected) takes OpenCC's text and carries no marks, and is
counted in ``Marked.unmodelled``.  Offsets are Python string indices into the
converted text, end exclusive.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass, field

from text.convert import _check, _pieces, convert
from text.resources import resource_path

TABLES = ("convert", "opencc_tables.json.gz")


@dataclass(frozen=True)
class Uncertain:
    """A converted span whose form the conversion chose without a phrase to settle it."""

    start: int
    end: int
    text: str
    alternatives: tuple[str, ...]
    # True when every alternative is a regional form of the text (s2t: 爲 / 為): the
    # character is settled but regional standards write it differently.
    regional: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "alternatives": list(self.alternatives),
        }


@dataclass(frozen=True)
class Marked:
    """A converted text and its uncertain spans (in text order)."""

    text: str
    uncertain: tuple[Uncertain, ...] = ()
    # False for a conversion this module does not model (no marks can be given).
    modelled: bool = True
    # Pieces of text where the model's text differed from OpenCC's (left unmarked).
    unmodelled: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "uncertain": [u.as_json() for u in self.uncertain]}


class _Dict:
    """One OpenCC dictionary: key → values, and the longest key per first character."""

    __slots__ = ("entries", "longest")

    def __init__(self, raw: dict[str, str]) -> None:
        self.entries: dict[str, tuple[str, ...]] = {k: tuple(v.split(" ")) for k, v in raw.items()}
        self.longest: dict[str, int] = {}
        for k in self.entries:
            if len(k) > self.longest.get(k[0], 0):
                self.longest[k[0]] = len(k)

    def match(self, s: str, i: int, end: int) -> tuple[int, tuple[str, ...]] | None:
        top = self.longest.get(s[i])
        if top is None:
            return None
        entries = self.entries
        for n in range(min(top, end - i), 0, -1):
            v = entries.get(s[i : i + n])
            if v is not None:
                return n, v
        return None


@dataclass
class _Stage:
    dicts: list[_Dict]
    # Every target form of a character converted by this step's character table.
    alternatives: dict[str, tuple[str, ...]]


@dataclass
class _Chain:
    normalization: list[_Dict]
    segmentation: _Dict | None
    stages: list[_Stage]
    # Regional forms of Traditional characters, marked even inside phrases (s2t only).
    regional: dict[str, tuple[str, ...]]
    # Regional forms of Traditional characters (every chain: to tell a mark's kind).
    variants: dict[str, tuple[str, ...]]


_lock = threading.Lock()
_chains: dict[str, _Chain] | None = None


def _load() -> dict[str, _Chain]:
    global _chains
    if _chains is not None:
        return _chains
    with _lock:
        if _chains is None:
            raw = json.loads(gzip.decompress(resource_path(*TABLES).read_bytes()))
            dicts = {name: _Dict(d) for name, d in raw["dicts"].items()}
            alts = {
                name: {k: tuple(v.split(" ")) for k, v in table.items()}
                for name, table in raw["alternatives"].items()
            }
            chains: dict[str, _Chain] = {}
            for variant, c in raw["chains"].items():
                seg = c["segmentation"]
                chains[variant] = _Chain(
                    normalization=[dicts[n] for n in c["normalization"]],
                    segmentation=dicts[seg[0]] if seg else None,
                    stages=[
                        _Stage([dicts[n] for n in stage], alts[a] if a else {})
                        for stage, a in zip(c["stages"], c["alternatives"], strict=True)
                    ],
                    regional=alts["regional"] if c["mark_regional"] else {},
                    variants=alts["regional"],
                )
            _chains = chains
    return _chains


def modelled_configs() -> tuple[str, ...]:
    """Conversions whose uncertain characters can be marked."""
    return tuple(_load())


def _dedup(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# A cell is one converted character: [char, alternatives or None, group id or None],
# and for a character of a phrase that keeps its length, the character it came from.
# Cells with the same group id form one uncertain span (a multi-valued phrase whose
# values differ in length); a character-table cell has its own group.
_Cell = list


def _lookup_all(stage: _Stage, ch: str) -> tuple[str, ...]:
    for d in stage.dicts:
        v = d.entries.get(ch)
        if v is not None:
            return v
    return (ch,)


def _run_stage(stage: _Stage, cells: list[_Cell], next_group: list[int]) -> list[_Cell]:
    s = "".join(c[0] for c in cells)
    n = len(s)
    out: list[_Cell] = []
    i = 0
    while i < n:
        hit = None
        for d in stage.dicts:
            hit = d.match(s, i, n)
            if hit is not None:
                break
        if hit is None or (hit[0] == 1 and all(len(v) == 1 for v in hit[1])):
            cell = cells[i]
            values = hit[1] if hit is not None else (cell[0],)
            if cell[1] is not None and any(len(a) != 1 for a in cell[1]):
                # Part of a multi-valued phrase of an earlier step: the span and its
                # whole-phrase alternatives stay, converted character by character.
                phrases = tuple("".join(_lookup_all(stage, c)[0] for c in a) for a in cell[1])
                out.append([values[0], _dedup(list(phrases)), cell[2]])
                i += 1
                continue
            if cell[1] is not None:
                alts = [v for a in cell[1] for v in _lookup_all(stage, a)]
            elif stage.alternatives:
                # The step's character table: its prepared forms (values filtered, plus
                # the backward table's and regional forms).
                alts = [values[0], *stage.alternatives.get(cell[0], ())]
            else:
                alts = list(values)
            # The chosen form stays first.
            alts = _dedup([values[0], *alts])
            if len(alts) > 1:
                next_group[0] += 1
                out.append([values[0], alts, next_group[0]])
            else:
                out.append([values[0], None, None])
            i += 1
            continue
        length, values = hit
        chosen = values[0]
        if len(values) > 1 and len({len(v) for v in values}) == 1:
            for k, ch in enumerate(chosen):
                alts = _dedup([v[k] for v in values])
                if len(alts) > 1:
                    next_group[0] += 1
                    out.append([ch, alts, next_group[0]])
                else:
                    out.append([ch, None, None])
        elif len(values) > 1:
            next_group[0] += 1
            g = next_group[0]
            out.extend([ch, values, g] for ch in chosen)
        elif len(chosen) == length:
            # A phrase that keeps its length: each cell remembers the character it
            # came from (for the forms of a regional mark, below).
            out.extend([ch, None, None, s[i + k]] for k, ch in enumerate(chosen))
        else:
            out.extend([ch, None, None] for ch in chosen)
        i += length
    return out


def _segments(chain: _Chain, s: str) -> list[str]:
    seg = chain.segmentation
    if seg is None:
        return [s]
    out: list[str] = []
    run_start = 0
    i = 0
    n = len(s)
    while i < n:
        hit = seg.match(s, i, n)
        if hit is None:
            i += 1
            continue
        if run_start < i:
            out.append(s[run_start:i])
        out.append(s[i : i + hit[0]])
        i += hit[0]
        run_start = i
    if run_start < n:
        out.append(s[run_start:])
    return out


def _normalize(chain: _Chain, s: str) -> str:
    for d in chain.normalization:
        s = "".join(d.entries.get(ch, (ch,))[0] for ch in s)
    return s


_Span = tuple[int, int, tuple[str, ...], bool]


def _model(chain: _Chain, text: str) -> tuple[str, list[_Span]]:
    """The model's converted text and uncertain spans ``(start, end, alternatives, regional)``."""
    s = _normalize(chain, text)
    out: list[str] = []
    spans: list[_Span] = []
    pos = 0
    counter = [0]
    for segment in _segments(chain, s):
        cells: list[_Cell] = [[ch, None, None] for ch in segment]
        for stage in chain.stages:
            cells = _run_stage(stage, cells, counter)
        if chain.regional:
            for cell in cells:
                forms = chain.regional.get(cell[0])
                if forms is not None and cell[1] is None:
                    # The regional forms, and the other forms of the character it came
                    # from (和面 → 和麪: 麵 and also 面).
                    source = cell[3] if len(cell) > 3 else ""
                    table = chain.stages[0].alternatives.get(source, ())
                    counter[0] += 1
                    cell[1], cell[2] = _dedup([*forms, *table]), counter[0]
        k = 0
        while k < len(cells):
            cell = cells[k]
            if cell[2] is None:
                k += 1
                continue
            j = k + 1
            while j < len(cells) and cells[j][2] == cell[2]:
                j += 1
            alts = cell[1]
            regional = set(alts) <= set(chain.variants.get(alts[0], ()))
            spans.append((pos + k, pos + j, alts, regional))
            k = j
        out.append("".join(c[0] for c in cells))
        pos += len(cells)
    return "".join(out), spans


def convert_marked(text: str, config: str) -> Marked:
    """Convert ``text`` with ``config`` and mark the characters no phrase settled.

    The text is OpenCC's output exactly (``text.convert.convert``).  For a
    conversion that is not modelled (``modelled_configs()``) nothing is marked and
    ``modelled`` is False.
    """
    _check(config)
    whole = convert(text, config)
    chain = _load().get(config)
    if chain is None:
        return Marked(whole, modelled=False)
    model_text, spans = _model(chain, text)
    unmodelled = 0
    if model_text != whole:
        # Not expected: redo piece by piece and keep only the pieces that agree.
        spans = []
        parts: list[str] = []
        pos = 0
        for piece in _pieces(text):
            real = convert(piece, config)
            mine, piece_spans = _model(chain, piece)
            if mine == real:
                spans.extend((pos + a, pos + b, alts, reg) for a, b, alts, reg in piece_spans)
            else:
                unmodelled += 1
            parts.append(real)
            pos += len(real)
        whole = "".join(parts)
    marks = tuple(Uncertain(a, b, whole[a:b], alts, reg) for a, b, alts, reg in spans)
    return Marked(whole, marks, True, unmodelled)


def reader_marks(original: str, script: str, config: str) -> Marked:
    """The marks of the text the reader shows beside ``original`` for ``config``.

    Mirrors the reader's conversion: a Traditional target for a Traditional
    original converts the Simplified form of the text (t2s first); the marks are
    those of the last conversion.
    """
    _check(config)
    target_hant = not config.endswith(("2s", "2sp"))
    if target_hant and script == "hant":
        return convert_marked(convert(original, "t2s"), config)
    return convert_marked(original, config)
