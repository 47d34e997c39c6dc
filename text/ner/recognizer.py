"""Statistical recogniser of persons, organizations, places and parks.

A character CRF (python-crfsuite, BIOES labels over the MSRA types PER / LOC /
ORG) runs on folded text, so Traditional and Simplified input give the same
result and offsets are those of the original text (folding keeps length).
On top of the CRF output, the domain gazetteer adds or corrects known names and
parks are derived by rule: a place or organization ending in a park word
(高新区, 科技园, 新区 ...) or followed directly by one is a park.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from text.fold import fold
from text.gcpause import cyclic_gc_paused
from text.ner.clusters import Clusters, clusters_path
from text.ner.clusters import load as load_clusters
from text.ner.decoder import LinearCRF, weights_path
from text.ner.dictionary import DictionaryNames, dictionary_path
from text.ner.dictionary import load as load_dictionary
from text.ner.features import (
    DEFAULT_GROUPS,
    GUIDE_COLUMNS,
    ORG_WORD_SUFFIXES,
    load_groups,
    sentence_columns,
)
from text.ner.gazetteer import (
    ORG_SUFFIXES,
    PARK_WORDS,
    PLACE_SUFFIXES,
    Gazetteer,
    default_gazetteer,
)
from text.ner.guide import guide_columns, guide_path
from text.ner.lexicon import lexicon_path
from text.ner.lexicon import load as load_lexicon
from text.ner.segmenter import Segmenter, default_segmenter
from text.resources import resource_path

NER_TYPES = ("person", "organization", "place", "park")
DEFAULT_MODEL_PATH = resource_path("ner", "model.crfsuite")

# Confidences of spans the rules make (a CRF span's is a probability; _span_confidences).
KNOWN_NAME_CONFIDENCE = 1.0  # a name of the domain gazetteer on word boundaries
BYLINE_CONFIDENCE = 1.0  # a reporter's name after 记者 and a space, starting with a surname
UNKNOWN_NAME_CONFIDENCE = 0.5  # an unknown word the segmenter reads as a personal name
RULE_CONFIDENCE = 1.0  # any other rule
_NAME_TYPES = frozenset(NER_TYPES)
_FROM_MSRA = {"PER": "person", "LOC": "place", "ORG": "organization"}
_TO_MSRA = {"person": "PER", "place": "LOC", "park": "LOC", "organization": "ORG"}
_SENTENCE_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』)]?|\n|$)")
_PARK_WORDS = tuple(sorted(PARK_WORDS, key=len, reverse=True))
_LONG_ORG_WORDS = tuple(w for w in ORG_WORD_SUFFIXES if len(w) >= 2)
_MAX_CHUNK = 400
# Characters decoded in one batch (state scores take 104 bytes a character).
_BATCH_CHARS = 50_000
# Characters of text taken at once by predict_many (their words and spans are held).
_GROUP_CHARS = 200_000
_BYLINE = re.compile(
    r"(?:记者|通讯员|摄影|漫画|照片|编辑)[ \t\u3000]+([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
)
_NAME_ENDINGS = (
    tuple(ORG_SUFFIXES)
    + tuple(PARK_WORDS)
    + tuple(PLACE_SUFFIXES)
    + ("团", "台", "报", "军", "党", "人大", "政府", "常委会", "杂志", "厂", "站", "馆", "行", "处")
)
# Titles and forms of address after a personal name; the name is scored without them
# (李鹏总理 -> 李鹏, 王先生 -> 王), as in the MSRA / People's Daily annotation.
_TITLES = (
    "先生",
    "女士",
    "小姐",
    "大娘",
    "大爷",
    "大妈",
    "大伯",
    "大叔",
    "大嫂",
    "教授",
    "医生",
    "博士",
    "老师",
    "师傅",
    "同志",
    "总理",
    "总统",
    "主席",
    "部长",
    "书记",
)
# One-character endings (王家, 李氏, 刘某) removed only when a surname is left.
_SURNAME_ENDINGS = ("家", "氏", "某")
# Organization words that are not names on their own.
_GENERIC_ORGS = frozenset(
    {"管委会", "党工委", "党组", "联盟", "中心", "研究院", "科研院所", "院所", "工作站", "服务部"}
    | {"创新中心", "技术创新中心", "研发中心", "研究中心", "服务中心", "技术研究院", "研发平台"}
    | set(ORG_SUFFIXES)
)


# Organization words that make a name of a known name before them (_composed).
_HEADS = tuple(
    sorted(
        {w for w in _GENERIC_ORGS | set(ORG_WORD_SUFFIXES) if len(w) >= 2}, key=len, reverse=True
    )
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str
    # How sure the recogniser is that this is a name of this type, 0 to 1 (see
    # ``_span_confidences`` and ``_confidences``); not part of a span's identity.
    confidence: float = field(default=1.0, compare=False)


class _Found(NamedTuple):
    """What the CRF pass found in one folded text."""

    spans: list[tuple[int, int, str]]  # CRF spans (start, end, PER / LOC / ORG)
    words: list[tuple[int, str, str]]  # the segmenter's (offset, word, tag)
    matches: list[tuple[int, int, str]]  # gazetteer longest matches, sentence by sentence
    confidence: dict[tuple[int, int], float]  # (start, end) of a CRF span -> its confidence


def to_msra(span_type: str) -> str | None:
    """person -> PER, place and park -> LOC, organization -> ORG; anything else None."""
    return _TO_MSRA.get(span_type)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences ending in 。！？ or a newline; long ones cut at commas."""
    out: list[tuple[int, int]] = []
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        if end <= start:
            continue
        while end - start > _MAX_CHUNK:
            cut = max(text.rfind(p, start, start + _MAX_CHUNK) for p in "，,；;")
            cut = cut + 1 if cut > start else start + _MAX_CHUNK
            out.append((start, cut))
            start = cut
        if text[start:end].strip():
            out.append((start, end))
    return out


# Blanks between two Han characters, with at most two line breaks among them: Chinese
# puts no space between words, so they are the layout of a column or a page breaking a
# sentence (唐山高 新区党工委, 燕郊\n\n高新区), unless _layout_breaks keeps them.
_BLANKS = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u3000]*(?:\r?\n[ \t\u3000]*){0,2}(?=[\u4e00-\u9fff])"
)
# A credit and the name after it (本报记者 张伟, 本版漫画 王宇 本版照片): their blanks stay.
_CREDIT = re.compile(
    r"(?:记者|通讯员|摄影|漫画|照片|编辑)[ \t\u3000]+[\u4e00-\u9fff]{2,3}[ \t\u3000]*"
)
# A line shorter than this before a line break is a heading or a byline, not a column.
_COLUMN_LINE = 12


def _layout_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the blanks ``_BLANKS`` finds that the layout made: not in a credit,
    and, for those with a line break, after a line of ``_COLUMN_LINE`` characters or
    more (so a heading or a byline line stays apart from the text after it)."""
    out = []
    credits: list[tuple[int, int]] | None = None
    for m in _BLANKS.finditer(text):
        a, b = m.span()
        if a == b:
            continue
        if "\n" in text[a:b] and a - (text.rfind("\n", 0, a) + 1) < _COLUMN_LINE:
            continue
        if credits is None:
            credits = [c.span() for c in _CREDIT.finditer(text)]
        if any(c0 < b and a < c1 for c0, c1 in credits):
            continue
        out.append((a, b))
    return out


@dataclass(frozen=True)
class _LayoutJoin:
    """A text with its layout breaks taken out (``_layout_breaks``), so that names and
    sentences the layout broke are read whole, and the way back to the text's offsets."""

    text: str
    original: str
    kept: np.ndarray | None  # original offset of each character of ``text``; None: same

    @classmethod
    def of(cls, text: str) -> _LayoutJoin:
        breaks = _layout_breaks(text)
        if not breaks:
            return cls(text, text, None)
        keep = np.ones(len(text), dtype=bool)
        for a, b in breaks:
            keep[a:b] = False
        kept = np.flatnonzero(keep)
        return cls("".join(text[a:b] for a, b in _runs(breaks, len(text))), text, kept)

    def restore(self, spans: list[Span]) -> list[Span]:
        """Spans of ``text`` as spans of the original text (a name the layout broke keeps
        the break inside: 唐山高\n新区党工委)."""
        if self.kept is None or not spans:
            return spans
        kept = self.kept
        out = []
        for span in spans:
            s, e = int(kept[span.start]), int(kept[span.end - 1]) + 1
            out.append(Span(s, e, span.type, self.original[s:e], span.confidence))
        return out


def _runs(breaks: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The stretches of ``range(n)`` between ``breaks`` (sorted, not overlapping)."""
    out, pos = [], 0
    for a, b in breaks:
        out.append((pos, a))
        pos = b
    out.append((pos, n))
    return out


class Recognizer:
    def __init__(
        self,
        model: LinearCRF,
        segmenter: Segmenter,
        gazetteer: Gazetteer,
        lexicon: Gazetteer | None = None,
        groups: frozenset[str] = DEFAULT_GROUPS,
        dictionary: DictionaryNames | None = None,
        guide: LinearCRF | None = None,
        clusters: Clusters | None = None,
    ) -> None:
        self._model = model
        self._clusters = clusters
        self._guide = guide
        self._dictionary = dictionary
        self._groups = groups
        self._segmenter = segmenter
        self._gazetteer = gazetteer
        self._lexicon = lexicon

    @classmethod
    def load(
        cls, model_path: Path | None = None, groups: frozenset[str] | None = None
    ) -> Recognizer:
        path = Path(model_path) if model_path is not None else DEFAULT_MODEL_PATH
        if not path.is_file() and not weights_path(path).is_file():
            raise FileNotFoundError(f"entity model not found: {path}")
        groups = load_groups(path) if groups is None else groups
        guide = None
        if "guide" in groups:
            if not guide_path(path).is_file() and not weights_path(guide_path(path)).is_file():
                raise FileNotFoundError(f"guide model not found: {guide_path(path)}")
            guide = LinearCRF.load(guide_path(path))
        clusters = None
        if "clus" in groups:
            clusters = load_clusters(clusters_path(path))
            if clusters is None:
                raise FileNotFoundError(f"cluster table not found: {clusters_path(path)}")
        return cls(
            LinearCRF.load(path),
            default_segmenter(),
            default_gazetteer(),
            load_lexicon(lexicon_path(path)),
            groups,
            load_dictionary(dictionary_path(path)) if "dict" in groups else None,
            guide,
            clusters,
        )

    # -- CRF core -------------------------------------------------------------

    def _tag(
        self,
        sentences: list[str],
        segmented: list[list[tuple[str, str]]],
        known: list[list[tuple[int, int, str]]],
    ) -> tuple[list[list[tuple[int, int, str]]], list[list[float]]]:
        """Raw CRF spans of folded sentences with their segmentations and gazetteer
        matches, and the confidence of each span (``_span_confidences``), decoded together
        in batches of about ``_BATCH_CHARS`` characters (memory stays bounded)."""
        out: list[list[tuple[int, int, str]]] = []
        confidences: list[list[float]] = []
        i = 0
        while i < len(sentences):
            j, size = i + 1, len(sentences[i])
            while j < len(sentences) and size + len(sentences[j]) <= _BATCH_CHARS:
                size += len(sentences[j])
                j += 1
            spans, conf = self._tag_batch(sentences[i:j], segmented[i:j], known[i:j])
            out.extend(spans)
            confidences.extend(conf)
            i = j
        return out, confidences

    def _tag_batch(
        self,
        sentences: list[str],
        segmented: list[list[tuple[str, str]]],
        known: list[list[tuple[int, int, str]]],
    ) -> tuple[list[list[tuple[int, int, str]]], list[list[float]]]:
        batch = []
        for folded, pairs, names in zip(sentences, segmented, known, strict=True):
            columns, extra = sentence_columns(
                folded,
                self._segmenter,
                self._gazetteer,
                self._lexicon,
                self._groups,
                self._dictionary,
                pairs,
                names,
                self._clusters,
            )
            batch.append((columns, extra, len(folded)))
        lengths = [n for _, _, n in batch]
        if self._guide is not None:
            guide = self._guide
            codes = guide.label_codes(
                guide.decode([(c[:GUIDE_COLUMNS], {}, n) for c, _, n in batch])
            )
            names = guide.code_names
            pos = 0
            for cols, _, n in batch:
                cols.extend(guide_columns(codes[pos : pos + n], names))
                pos += n
        model = self._model
        scores = model.state_scores(batch)
        best = model.viterbi(scores, lengths)
        spans = model.spans(best, lengths)
        return spans, _span_confidences(model, scores, best, lengths, spans)

    def predict_msra(self, text: str) -> list[tuple[int, int, str]]:
        """CRF spans in MSRA types for a whole text (no gazetteer or park rules)."""
        return self._crf([fold(text)])[0].spans

    def _crf(self, texts: list[str]) -> list[_Found]:
        """For each folded text, its CRF spans, its words as (offset, word, tag) and its
        gazetteer matches: each sentence is segmented and matched once, for the features
        and the rules, and all sentences are decoded together."""
        bounds = [split_sentences(folded) for folded in texts]
        sentences = [folded[s:e] for folded, b in zip(texts, bounds, strict=True) for s, e in b]
        segmented = [self._segmenter.tag_exact(sentence) for sentence in sentences]
        known = [self._gazetteer.longest_matches(sentence) for sentence in sentences]
        tagged, confidences = self._tag(sentences, segmented, known)
        found = iter(zip(segmented, known, tagged, confidences, strict=True))
        out = []
        for text_bounds in bounds:
            spans: list[tuple[int, int, str]] = []
            words: list[tuple[int, str, str]] = []
            matches: list[tuple[int, int, str]] = []
            confidence: dict[tuple[int, int], float] = {}
            for start, _ in text_bounds:
                pairs, names, sentence_spans, sentence_conf = next(found)
                for (s, e, t), c in zip(sentence_spans, sentence_conf, strict=True):
                    spans.append((start + s, start + e, t))
                    confidence[(start + s, start + e)] = c
                for s, e, t in names:
                    matches.append((start + s, start + e, t))
                pos = start
                for word, tag in pairs:
                    words.append((pos, word, tag))
                    pos += len(word)
            out.append(_Found(spans, words, matches, confidence))
        return out

    # -- public API -------------------------------------------------------------

    def predict(self, text: str) -> list[Span]:
        """Entities in ``text`` (either script); offsets index the original text."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """``predict`` for several texts; faster than one by one, since the CRF decodes
        the sentences of many together.  Texts are taken in groups of about
        ``_GROUP_CHARS`` characters, so memory stays bounded however many are given."""
        out: list[list[Span]] = []
        start = 0
        while start < len(texts):
            end, size = start + 1, len(texts[start])
            while end < len(texts) and size + len(texts[end]) <= _GROUP_CHARS:
                size += len(texts[end])
                end += 1
            joins = [_LayoutJoin.of(text) for text in texts[start:end]]
            folded = [fold(j.text) for j in joins]
            with cyclic_gc_paused():
                out += [
                    j.restore(self._finish(j.text, f, found))
                    for j, f, found in zip(joins, folded, self._crf(folded), strict=True)
                ]
            start = end
        return out

    def _finish(
        self,
        text: str,
        folded: str,
        found: _Found,
    ) -> list[Span]:
        """The rules after the CRF: gazetteer, bylines, unknown names, trimming, parks."""
        words = found.words
        spans = [(s, e, _FROM_MSRA[t]) for s, e, t in found.spans]
        edges = {0, len(folded)}
        for pos, word, _ in words:
            edges.add(pos)
            edges.add(pos + len(word))
        spans = self._apply_gazetteer(folded, spans, edges, found.matches)
        before = set(spans)
        spans = self._bylines(folded, spans)
        bylines = set(spans) - before
        before = set(spans)
        spans = self._unknown_names(spans, words)
        unknown = set(spans) - before
        spans = _trim_titles(folded, spans, self._gazetteer.surnames)
        known = self._gazetteer.entries
        spans = _retype_places(folded, spans, known)
        spans = _trim_organizations(spans, words, known)
        spans = _derive_parks(folded, spans, known)
        rule = {(s, e): BYLINE_CONFIDENCE for s, e, _ in bylines}
        rule |= {(s, e): UNKNOWN_NAME_CONFIDENCE for s, e, _ in unknown}
        rule |= {(s, e): KNOWN_NAME_CONFIDENCE for s, e, _ in found.matches}
        spans = sorted(spans)
        confidence = _confidences(spans, found.confidence, rule)
        doubts = _doubts(folded, spans, words, known)
        out = []
        surnames = self._gazetteer.surnames
        for (s, e, t), c, d in zip(spans, confidence, doubts, strict=True):
            if t == "organization" and _composed(folded[s:e], known):
                c = max(c, COMPOSED_NAME_CONFIDENCE)
            elif t == "person":
                c = _person_confidence(folded, s, e, c, surnames)
            c = round(c * d, 4)
            name = folded[s:e]
            if not any(ch.isalnum() for ch in name):
                continue
            if t == "organization" and name in _GENERIC_ORGS:
                continue
            if name in PARK_WORDS:  # 高新区 on its own (京津冀9家高新区) names no zone
                continue
            if t == "person" and (known.get(name, "person") != "person" or _has_park_word(name)):
                continue
            out.append(Span(s, e, t, text[s:e], c))
        return out

    def _bylines(
        self, folded: str, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Reporter names set off by a space (本报记者 曹政), which the CRF rarely saw."""
        taken = {i for s, e, _ in spans for i in range(s, e)}
        surnames = self._gazetteer.surnames
        out = list(spans)
        for match in _BYLINE.finditer(folded):
            s, e = match.span(1)
            name = match.group(1)
            if (name[0] in surnames or name[:2] in surnames) and not taken.intersection(
                range(s, e)
            ):
                out.append((s, e, "person"))
        return out

    def _unknown_names(
        self, spans: list[tuple[int, int, str]], words: list[tuple[int, str, str]]
    ) -> list[tuple[int, int, str]]:
        """Out-of-dictionary words the segmenter tags as a personal name and that begin with a
        surname (任睿杰) are persons when the CRF left them alone."""
        taken = {i for s, e, _ in spans for i in range(s, e)}
        surnames = self._gazetteer.surnames
        out = list(spans)
        for pos, word, tag in words:
            end = pos + len(word)
            if (
                tag.startswith("nr")
                and 2 <= len(word) <= 3
                and (word[0] in surnames or word[:2] in surnames)
                and not taken.intersection(range(pos, end))
                and not self._segmenter.has_word(word)
            ):
                out.append((pos, end, "person"))
        return out

    def _not_crossing(
        self,
        folded: str,
        matches: list[tuple[int, int, str]],
        spans: list[tuple[int, int, str]],
    ) -> list[tuple[int, int, str]]:
        """Leave out known names that the CRF did not find and whose last character makes
        a word with the next one (科技部|门 is 科技|部门: the user dictionary's 科技部 split
        the word).  A known name the CRF also found stays, whatever follows it."""
        if not matches:
            return matches
        covered = bytearray(len(folded))
        for s, e, _ in spans:
            covered[s:e] = b"\x01" * (e - s)
        has_word = self._segmenter.has_word
        out = []
        for m in matches:
            s, e, _ = m
            if (
                e < len(folded)
                and _is_han(folded[e])
                and not any(covered[s:e])
                and has_word(folded[e - 1 : e + 1])
            ):
                continue
            out.append(m)
        return out

    def _apply_gazetteer(
        self,
        folded: str,
        spans: list[tuple[int, int, str]],
        edges: set[int],
        matches: list[tuple[int, int, str]],
    ) -> list[tuple[int, int, str]]:
        """Known names on word boundaries win over CRF spans they contain or cross.

        A CRF span that contains a known name stays when it ends like a name
        itself (中国代表团, 京津冀国家技术创新中心燕郊中心) or, for a place, when
        the place is not at its start (今日美国); otherwise the known name
        replaces it (联泰集群正 -> 联泰集群, 京津冀协同创新 -> 京津冀).  A CRF span equal to a known
        country keeps the CRF type (美国 the team is an organization).
        ``edges`` are the offsets where the segmenter's words start or end, ``matches``
        the gazetteer's longest matches in the text.
        """
        if not matches:
            return spans
        spans = _split_tiled(sorted(spans), {m[0]: m for m in matches}, folded)
        # Not inside a longer word (中国 in 发展中国家), unless known names tile the word
        # (武清区|高村科技创新园, one word for the segmenter).
        edges = edges | _tiling_edges(matches, edges)
        matches = [m for m in matches if m[0] in edges and m[1] in edges]
        matches = self._not_crossing(folded, matches, spans)
        weak = self._gazetteer.weak
        out: list[tuple[int, int, str]] = []
        k = 0  # next CRF span not yet emitted
        n = len(spans)
        for gs, ge, gt in matches:
            while k < n and spans[k][1] <= gs:
                out.append(spans[k])
                k += 1
            # CRF spans overlapping [gs, ge)
            j = k
            container = False
            while j < n and spans[j][0] < ge:
                s, e, t = spans[j]
                if (s, e) == (gs, ge):
                    if folded[gs:ge] in weak:
                        gt = t
                elif (
                    s <= gs
                    and e >= ge
                    and (folded[s:e].endswith(_NAME_ENDINGS) or (gt == "place" and s < gs))
                ):
                    container = True
                j += 1
            if container:
                continue
            out.append((gs, ge, gt))
            k = j
        out.extend(spans[k:])
        return out


# Words that end a transport line's name: a name right before one (京唐城际铁路, also in a
# list: 京唐、京滨城际铁路) is part of the line's name, not a place or organization of its own.
_LINE_WORDS = ("城际铁路", "铁路", "城际", "高铁", "高速公路", "高速", "地铁", "快速路", "号线")
_LINE_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,4})*(?:" + "|".join(_LINE_WORDS) + ")")
# Classifiers: a count (首个, 三家, 一批) inside a span makes it a description, not a name.
_CLASSIFIERS = frozenset("个家项批位名类座条种届")
# What a doubtful span keeps of its confidence (below the tree's threshold from 1).
DOUBT_FACTOR = 0.5
# The least confidence of an organization made of a known name and an organization word.
COMPOSED_NAME_CONFIDENCE = 0.9
_COMPOSABLE = frozenset({"place", "park", "organization"})


def _doubts(
    folded: str,
    spans: list[tuple[int, int, str]],
    words: list[tuple[int, str, str]],
    known: dict[str, str],
) -> list[float]:
    """A factor on each span's confidence: ``DOUBT_FACTOR`` where the span reads as
    something other than a name, 1 elsewhere.  Doubtful are a span with a count in it
    (国家首个综合类技术创新中心 is a description), one right before the name of a
    railway, road or metro line (京唐、京滨城际铁路), and an organization the gazetteer
    does not know made of just two common words (国内外|大学, 人工智能|中心: a kind of
    body, not one), and a one-character place cut out of a longer word whose other
    characters are not places too (巴 of 快巴 in 定制快巴 is a character of a word, where
    中美 or 中巴 are two places).  A doubt lowers one mention's confidence only; an entity is as
    confident as its best mention, so a real name that is also found elsewhere stays in
    the tree, and a doubtful one is still listed among the uncertain entities."""
    counts = sorted(
        pos
        for pos, word, tag in words
        if tag == "m" and len(word) >= 2 and word[-1] in _CLASSIFIERS
    )
    starts = {pos: (word, tag) for pos, word, tag in words}
    word_starts = [pos for pos, _, _ in words]
    in_places = {i for s, e, t in spans if t == "place" for i in range(s, e)}
    out = []
    for s, e, t in spans:
        doubt = t in ("place", "organization", "park") and bool(_LINE_AFTER.match(folded, e))
        if not doubt and counts:
            k = bisect.bisect_left(counts, s)
            doubt = k < len(counts) and counts[k] < e
        if not doubt and t == "organization" and folded[s:e] not in known:
            doubt = _two_common_words(s, e, starts)
        if not doubt and t == "place" and e - s == 1:
            doubt = _inside_a_word(s, word_starts, words, in_places)
        out.append(DOUBT_FACTOR if doubt else 1.0)
    return out


# Segmenter tags of common words (nouns, nominal verbs, locatives, idioms, adjectives ...).
_COMMON_TAGS = frozenset({"n", "vn", "v", "s", "l", "i", "a", "an", "b", "f"})
_GENERIC_MAX_CHARS = 6


# Job titles and forms of address before a personal name (副主任马义民, 记者张伟).
_TITLES_BEFORE = tuple(
    sorted(
        set(_TITLES)
        | {"主任", "经理", "总经理", "董事长", "院长", "局长", "市长", "省长", "县长", "区长"}
        | {"所长", "校长", "厂长", "处长", "科长", "秘书长", "记者", "委员", "主委", "会长"},
        key=len,
        reverse=True,
    )
)
# The least confidence of a personal name with a surname right after a job title.
TITLED_NAME_CONFIDENCE = 0.9


def _person_confidence(folded: str, s: int, e: int, c: float, surnames: frozenset[str]) -> float:
    """A personal name's confidence: at least ``TITLED_NAME_CONFIDENCE`` when it starts with
    a surname right after a job title (副主任马义民: a blank between them is allowed); a
    doubtful one (``DOUBT_FACTOR``) when it is one character twice (强强 of 强强联手 is a
    word made by repeating, not a name)."""
    name = folded[s:e]
    if e - s == 2 and name[0] == name[1]:
        return c * DOUBT_FACTOR
    before = folded[max(0, s - 4) : s].rstrip()
    if (name[0] in surnames or name[:2] in surnames) and before.endswith(_TITLES_BEFORE):
        return max(c, TITLED_NAME_CONFIDENCE)
    return c


def _inside_a_word(
    i: int, word_starts: list[int], words: list[tuple[int, str, str]], in_places: set[int]
) -> bool:
    """Whether character ``i`` belongs to a word of two characters or more with a character
    that is in no place span."""
    k = bisect.bisect_right(word_starts, i) - 1
    if k < 0:
        return False
    pos, word, _ = words[k]
    if len(word) < 2 or not pos <= i < pos + len(word):
        return False
    return any(j not in in_places for j in range(pos, pos + len(word)))


def _two_common_words(s: int, e: int, starts: dict[int, tuple[str, str]]) -> bool:
    """Whether [s, e) is exactly two words of two characters or more, both common words
    by their tags, and no longer than ``_GENERIC_MAX_CHARS``."""
    if e - s > _GENERIC_MAX_CHARS or s not in starts:
        return False
    first, tag1 = starts[s]
    middle = s + len(first)
    if middle >= e or middle not in starts:
        return False
    second, tag2 = starts[middle]
    return (
        middle + len(second) == e
        and len(first) >= 2
        and len(second) >= 2
        and tag1 in _COMMON_TAGS
        and tag2 in _COMMON_TAGS
    )


def _composed(name: str, known: dict[str, str]) -> bool:
    """An organization made of a known place, park or organization and an organization
    word (石家庄高新区|党工委, 北京|市委): a name by its make, however sure the CRF is of
    its ends."""
    return any(
        len(name) > len(head)
        and name.endswith(head)
        and known.get(name[: -len(head)]) in _COMPOSABLE
        for head in _HEADS
    )


def _retype_places(
    folded: str, spans: list[tuple[int, int, str]], known: dict[str, str]
) -> list[tuple[int, int, str]]:
    """A place the gazetteer does not know that ends in an organization word of two
    characters or more (研究中心, 图书馆 ... not 台 as in 烟台) is an organization."""
    out = []
    for s, e, t in spans:
        if t == "place":
            name = folded[s:e]
            if (
                name not in known
                and name.endswith(_LONG_ORG_WORDS)
                and not name.endswith(_PARK_WORDS)
            ):
                t = "organization"
        out.append((s, e, t))
    return out


def _span_confidences(
    model: LinearCRF,
    scores: np.ndarray,
    best: np.ndarray,
    lengths: list[int],
    spans: list[list[tuple[int, int, str]]],
) -> list[list[float]]:
    """The confidence of each CRF span: the probability under the model that the span's
    characters carry exactly the labels Viterbi gave them (B-ORG I-ORG E-ORG ...).

    That is the model's own belief in both the type and the two boundaries at once: a
    span whose start or end the model hesitates over (a verb phrase in front of a name,
    a common noun after it) loses probability at that character, and so does one whose
    type is in doubt; the minimum of the per-character marginals would be an upper bound
    that misses doubts shared along the span.  Forward-backward runs only on the
    sentences that have a span, all of them together (``LinearCRF.path_probabilities``).
    """
    has = np.array([bool(found) for found in spans])
    if not has.any():
        return [[] for _ in spans]
    size = np.asarray(lengths, dtype=np.intp)
    rows = np.repeat(has, size)
    kept = size[has]
    offsets = np.concatenate(([0], np.cumsum(kept)[:-1]))
    ranges = [
        (int(offset) + s, int(offset) + e)
        for offset, found in zip(offsets, (f for f in spans if f), strict=True)
        for s, e, _ in found
    ]
    probs = model.path_probabilities(scores[rows], kept.tolist(), best[rows], ranges)
    values = iter(np.round(probs, 4).tolist())
    return [[next(values) for _ in found] for found in spans]


def _confidences(
    spans: list[tuple[int, int, str]],
    crf: dict[tuple[int, int], float],
    rule: dict[tuple[int, int], float],
) -> list[float]:
    """The confidence of each final span (sorted): a rule's own where a rule made the span
    (known names, bylines, unknown personal names), else the highest of the CRF spans it
    overlaps (a span the rules trimmed, extended or retyped keeps the confidence of the
    CRF span it came from), else ``RULE_CONFIDENCE``."""
    crf_spans = sorted(crf)
    ends = [e for _, e in crf_spans]
    out = []
    for s, e, _ in spans:
        value = rule.get((s, e))
        if value is None:
            found = []
            k = bisect.bisect_right(ends, s)
            while k < len(crf_spans) and crf_spans[k][0] < e:
                found.append(crf[crf_spans[k]])
                k += 1
            value = max(found) if found else RULE_CONFIDENCE
        out.append(value)
    return out


def _trim_titles(
    folded: str, spans: list[tuple[int, int, str]], surnames: frozenset[str]
) -> list[tuple[int, int, str]]:
    """Persons ending in a title (李鹏总理) or, after a bare surname, in 家 / 氏 / 某 lose it."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if t == "person":
            name = folded[s:e]
            for title in _TITLES:
                if name.endswith(title) and 1 <= len(name) - len(title) <= 3:
                    e -= len(title)
                    break
            else:
                if name.endswith(_SURNAME_ENDINGS) and name[:-1] in surnames:
                    e -= 1
        out.append((s, e, t))
    return out


# Words that never stand inside an organization's name when the segmenter reads them as a
# verb, preposition or conjunction: 聯泰集群是京津冀國家技術創新中心 is two names.
_ORG_BREAKS = frozenset({"是", "为", "在", "将", "把", "被", "对", "从", "向"})
_BREAK_TAGS = frozenset({"v", "p", "c"})
_VERB_TAGS = frozenset({"v", "vn"})
# Words ending like an organization word that are not one.
_NOT_ORG_WORDS = frozenset({"布局", "格局", "大局", "全局", "结局", "开局", "时局"})


def _trim_organizations(
    spans: list[tuple[int, int, str]],
    words: list[tuple[int, str, str]],
    known: dict[str, str] | None = None,
) -> list[tuple[int, int, str]]:
    """An organization that runs across a copula or preposition keeps its last part
    (the name the span ends with), and one that starts with a verb of its own before
    two more words, or before one word the segmenter knows as an organization, loses
    it (建设|京津冀国家高新区联盟 -> 京津冀国家高新区联盟); plain nouns after an
    organization word the segmenter knows, or after a name of ``known`` (the
    gazetteer's names and types), are cut off.

    ``words`` are the segmenter's (offset, word, tag) for the text.  On the saved
    cross-validation predictions of four configurations it made 2 spans right and 1
    wrong in all (MSRA names rarely cross such words); it is for news like the seed
    articles, where it removes 建设京津冀国家高新区联盟 and the like.  The cut of plain
    nouns changed 0 to 2 spans in each of those four sets: 3 made right, none wrong.
    """
    starts = {pos: (word, tag) for pos, word, tag in words}
    known = known or {}
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if t == "organization":
            inside: list[tuple[int, str, str]] = []
            pos = s
            while pos < e and pos in starts:
                word, tag = starts[pos]
                inside.append((pos, word, tag))
                pos += len(word)
            if pos == e and inside:  # the span is made of whole words
                for k in range(len(inside) - 1, -1, -1):
                    pos, word, tag = inside[k]
                    if word in _ORG_BREAKS and tag in _BREAK_TAGS:
                        inside = inside[k + 1 :]
                        break
                if inside[0][2] in _VERB_TAGS and (
                    len(inside) >= 3 or (len(inside) == 2 and inside[1][2] == "nt")
                ):
                    inside = inside[1:]
                if not inside or e - inside[0][0] < 2:
                    continue
                s = inside[0][0]
                # Common nouns after a name the segmenter knows, none an organization
                # word, are not part of it (燕郊中心|重点|布局 -> 燕郊中心).
                k = len(inside) - 1
                while k > 0 and inside[k][2] == "n" and not _is_org_word(inside[k][1]):
                    k -= 1
                if k < len(inside) - 1 and inside[k][2] == "nt":
                    e = inside[k][0] + len(inside[k][1])
                elif k == 0 < len(inside) - 1 and known.get(inside[0][1]) in _NAME_TYPES:
                    # ... and after a known name (雄安新区|布局 -> 雄安新区, a park)
                    e = inside[0][0] + len(inside[0][1])
                    t = known[inside[0][1]]
                elif k == len(inside) - 1:
                    s = _after_description(inside, s)
        out.append((s, e, t))
    return out


# Segmenter tags of proper nouns: a word with one is part of a name, not a description.
_PROPER_TAGS = ("ns", "nr", "nt", "nz")


def _after_description(inside: list[tuple[int, str, str]], s: int) -> int:
    """Where an organization starts once a description before a complete name the
    segmenter knows is cut off: two or more words of four characters or more, none a
    proper noun, before a last word that is an organization name ending in an
    organization word (央企|二级|总部|通用技术集团机床有限公司 -> the company)."""
    pos, word, tag = inside[-1]
    lead = inside[:-1]
    if (
        tag == "nt"
        and word.endswith(ORG_WORD_SUFFIXES)
        and len(lead) >= 2
        and pos - s >= 4
        and not any(t.startswith(_PROPER_TAGS) for _, _, t in lead)
    ):
        return pos
    return s


def _is_org_word(word: str) -> bool:
    """An organization word (局, 学部) or a word ending in one (工信局); not 布局 or 格局."""
    return word not in _NOT_ORG_WORDS and word.endswith(ORG_WORD_SUFFIXES)


def _tiling_edges(matches: list[tuple[int, int, str]], edges: set[int]) -> set[int]:
    """The inner boundaries of runs of adjacent matches that start and end on ``edges``."""
    out: set[int] = set()
    run: list[int] = []  # boundaries of the current run of adjacent matches
    for start, end, _ in [*matches, (-1, -1, "")]:
        if run and start == run[-1]:
            run.append(end)
            continue
        if len(run) > 2 and run[0] in edges and run[-1] in edges:
            out.update(run[1:-1])
        run = [start, end]
    return out


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _has_park_word(name: str) -> bool:
    return any(word in name for word in _PARK_WORDS)


def _complete(piece: tuple[int, int, str], names: dict[int, str]) -> bool:
    """A known organization whose name ends in an organization word (中关村管委会,
    北京市科委; not 联想, which may begin a longer name)."""
    return names[piece[0]].endswith(ORG_WORD_SUFFIXES)


def _split_tiled(
    spans: list[tuple[int, int, str]],
    by_start: dict[int, tuple[int, int, str]],
    folded: str,
) -> list[tuple[int, int, str]]:
    """A CRF span made exactly of known places and parks, or exactly of known complete
    organizations, becomes those (武清区|高村科技创新园, 北京市科委|中关村管委会); a place
    before an organization qualifies it (中国|全国人大) and stays one span."""
    names = {start: folded[start : m[1]] for start, m in by_start.items()}
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        pieces = []
        p = s
        while p < e and p in by_start:
            pieces.append(by_start[p])
            p = by_start[p][1]
        orgs = [piece for piece in pieces if piece[2] == "organization"]
        if (
            p == e
            and len(pieces) >= 2
            and (not orgs or (len(orgs) == len(pieces) and all(_complete(o, names) for o in orgs)))
        ):
            out.extend(pieces)
        else:
            out.append((s, e, t))
    return out


def _derive_parks(
    folded: str, spans: list[tuple[int, int, str]], known: dict[str, str]
) -> list[tuple[int, int, str]]:
    """Places and organizations ending in, or directly followed by, a park word are parks.

    Names in ``known`` (the gazetteer) keep their listed type: 滨海新区 is a district.
    """
    spans = sorted(spans)
    starts = {s for s, _, _ in spans}
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if t in ("place", "organization"):
            name = folded[s:e]
            if name.endswith(_PARK_WORDS):
                if name not in _PARK_WORDS and known.get(name, "park") == "park":
                    t = "park"
            elif t == "place" and e not in starts:
                for word in _PARK_WORDS:
                    if folded.startswith(word, e):
                        e += len(word)
                        t = "park"
                        break
        out.append((s, e, t))
    # An extension may now overlap the next span: keep the longer one.
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    merged: list[tuple[int, int, str]] = []
    for span in out:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


_default_lock = threading.Lock()
_default: Recognizer | None = None


def default_recognizer() -> Recognizer:
    """The shipped recogniser, loaded on first use and cached (thread-safe)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Recognizer.load()
    return _default
