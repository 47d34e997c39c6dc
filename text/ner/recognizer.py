"""Statistical recogniser of persons, organizations, places and parks.

A character CRF (python-crfsuite, BIOES labels over the MSRA types PER / LOC /
ORG) runs on folded text, so Traditional and Simplified input give the same
result and offsets are those of the original text (folding keeps length).
On top of the CRF output, the domain gazetteer adds or corrects known names and
parks are derived by rule: a place or organization ending in a park word
(高新区, 科技园, 新区 ...) or followed directly by one is a park.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from text.fold import fold
from text.ner.data import decode_bioes
from text.ner.features import sentence_features
from text.ner.gazetteer import PARK_WORDS, Gazetteer, default_gazetteer
from text.ner.segmenter import Segmenter, default_segmenter

NER_TYPES = ("person", "organization", "place", "park")
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "ner" / "model.crfsuite"

_FROM_MSRA = {"PER": "person", "LOC": "place", "ORG": "organization"}
_TO_MSRA = {"person": "PER", "place": "LOC", "park": "LOC", "organization": "ORG"}
_SENTENCE_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』)]?|\n|$)")
_PARK_WORDS = tuple(sorted(PARK_WORDS, key=len, reverse=True))
_MAX_CHUNK = 400


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str


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


class Recognizer:
    def __init__(self, tagger: Any, segmenter: Segmenter, gazetteer: Gazetteer) -> None:
        self._tagger = tagger
        self._segmenter = segmenter
        self._gazetteer = gazetteer
        self._lock = threading.Lock()

    @classmethod
    def load(cls, model_path: Path | None = None) -> Recognizer:
        import pycrfsuite

        path = Path(model_path) if model_path is not None else DEFAULT_MODEL_PATH
        if not path.is_file():
            raise FileNotFoundError(f"entity model not found: {path}")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        return cls(tagger, default_segmenter(), default_gazetteer())

    # -- CRF core -------------------------------------------------------------

    def tag_msra(self, folded: str) -> list[tuple[int, int, str]]:
        """Raw CRF spans (start, end, PER/LOC/ORG) of one folded sentence."""
        feats = sentence_features(folded, self._segmenter, self._gazetteer)
        if not feats:
            return []
        with self._lock:
            labels = self._tagger.tag(feats)
        return decode_bioes(labels)

    def predict_msra(self, text: str) -> list[tuple[int, int, str]]:
        """CRF spans in MSRA types for a whole text (no gazetteer or park rules)."""
        folded = fold(text)
        out: list[tuple[int, int, str]] = []
        for start, end in split_sentences(folded):
            for s, e, t in self.tag_msra(folded[start:end]):
                out.append((start + s, start + e, t))
        return out

    # -- public API -------------------------------------------------------------

    def predict(self, text: str) -> list[Span]:
        """Entities in ``text`` (either script); offsets index the original text."""
        folded = fold(text)
        spans = [(s, e, _FROM_MSRA[t]) for s, e, t in self.predict_msra(text)]
        spans = self._apply_gazetteer(folded, spans)
        spans = _derive_parks(folded, spans)
        return [
            Span(s, e, t, text[s:e])
            for s, e, t in sorted(spans)
            if any(ch.isalnum() for ch in folded[s:e])
        ]

    def _apply_gazetteer(
        self, folded: str, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Known names win over CRF spans they contain or cross; CRF spans that contain them stay."""
        result = list(spans)
        for gs, ge, gt in self._gazetteer.longest_matches(folded):
            inside_crf = False
            keep: list[tuple[int, int, str]] = []
            for s, e, t in result:
                if e <= gs or s >= ge:
                    keep.append((s, e, t))
                elif s <= gs and e >= ge and (s, e) != (gs, ge):
                    inside_crf = True
                    keep.append((s, e, t))
            if inside_crf:
                continue
            keep.append((gs, ge, gt))
            result = keep
        return result


def _derive_parks(folded: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = sorted(spans)
    starts = {s for s, _, _ in spans}
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if t in ("place", "organization"):
            name = folded[s:e]
            if name.endswith(_PARK_WORDS) and name not in _PARK_WORDS:
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
