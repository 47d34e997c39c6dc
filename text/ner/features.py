"""Character features for the CRF.

Input is *folded* text (Simplified, half-width, lower case), so the features are
the same for a sentence in either script.  Every character gets a list of
string attributes: the character and its neighbours (window ±2), bigrams, the
character class, its position in the jieba word and the word's POS tag, the
word itself, gazetteer and lexicon matches, surname and name-suffix cues.
"""

from __future__ import annotations

from functools import lru_cache

from text.ner.gazetteer import ORG_SUFFIXES, PARK_WORDS, PLACE_SUFFIXES, Gazetteer
from text.ner.segmenter import Segmenter

_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]<>-~/\\|@#$%^&*_+=")
_CN_DIGITS = set("〇零一二三四五六七八九十百千万亿两")
_GAZ_CODE = {"person": "P", "organization": "O", "place": "L", "park": "K"}
_LEX_CODE = {"PER": "P", "ORG": "O", "LOC": "L"}
_ORG_SUFFIXES = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
_PARK_WORDS = tuple(sorted(PARK_WORDS, key=len, reverse=True))
_PLACE_SUFFIXES = frozenset(PLACE_SUFFIXES)

_class_cache: dict[str, str] = {}


def char_class(ch: str) -> str:
    """D digit, N Chinese numeral, A Latin, P punctuation, S space, H Han, X other."""
    k = _class_cache.get(ch)
    if k is None:
        if ch.isdigit():
            k = "D"
        elif ch in _CN_DIGITS:
            k = "N"
        elif ch.isascii() and ch.isalpha():
            k = "A"
        elif ch.isspace():
            k = "S"
        elif ch in _PUNCT or (not ch.isalnum()):
            k = "P"
        elif "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            k = "H"
        else:
            k = "X"
        _class_cache[ch] = k
    return k


@lru_cache(maxsize=200_000)
def _word_suffix(word: str) -> str:
    """Suffix cue of a multi-character word: 'K' park word, 'O' org suffix, 'L' place char."""
    if len(word) < 2:
        return ""
    for suffix in _PARK_WORDS:
        if word.endswith(suffix):
            return "K"
    for suffix in _ORG_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return "O"
    if word[-1] in _PLACE_SUFFIXES:
        return "L"
    return ""


def sentence_features(
    folded: str, segmenter: Segmenter, gazetteer: Gazetteer, lexicon: Gazetteer | None = None
) -> list[list[str]]:
    """Feature lists, one per character of ``folded``.

    Built column by column (list comprehensions and slices of padded strings)
    because this runs for every character of every text.
    """
    n = len(folded)
    if n == 0:
        return []
    pairs = segmenter.tag(folded)
    if sum(len(w) for w, _ in pairs) != n:  # segmenter dropped or added characters
        pairs = [(ch, "x") for ch in folded]

    # Word-level columns: position in word, POS, word, neighbouring words and tags.
    wp_col: list[str] = []
    t_col: list[str] = []
    wt_col: list[str] = []
    pt_col: list[str] = []
    nt_col: list[str] = []
    pw_col: list[str] = []
    nw_col: list[str] = []
    extra: dict[int, list[str]] = {}
    short = [w if len(w) <= 4 else "~" for w, _ in pairs]
    last = len(pairs) - 1
    offset = 0
    for k, (word, pos) in enumerate(pairs):
        size = len(word)
        prev_tag = pairs[k - 1][1] if k else "^"
        next_tag = pairs[k + 1][1] if k < last else "$"
        t_col.extend(["t=" + pos] * size)
        pt_col.extend(["pt=" + prev_tag + "|" + pos] * size)
        nt_col.extend(["nt=" + pos + "|" + next_tag] * size)
        pw_col.extend(["pw=" + (short[k - 1] if k else "^")] * size)
        nw_col.extend(["nw=" + (short[k + 1] if k < last else "$")] * size)
        if size == 1:
            wp_col.append("wp=S")
            wt_col.append("wt=S" + pos)
        else:
            wp_col.append("wp=B")
            wp_col.extend(["wp=M"] * (size - 2))
            wp_col.append("wp=E")
            wt_col.append("wt=B" + pos)
            wt_col.extend(["wt=M" + pos] * (size - 2))
            wt_col.append("wt=E" + pos)
        end = offset + size - 1
        if size <= 6:
            for i in range(offset, end + 1):
                extra[i] = ["w=" + word]
        cue = _word_suffix(word)
        if cue:
            extra.setdefault(end, []).append("sf=" + cue)
        first = word[0]
        if first in gazetteer.surnames:
            extra.setdefault(offset, []).append("sn=" + ("S" if size == 1 else "B") + pos)
        offset += size

    for start, end, type_ in gazetteer.longest_matches(folded):
        code = _GAZ_CODE[type_]
        for i in range(start, end):
            if end - start == 1:
                tag = "S" + code
            elif i == start:
                tag = "B" + code
            elif i == end - 1:
                tag = "E" + code
            else:
                tag = "M" + code
            extra.setdefault(i, []).extend(("g=" + tag, "gc=" + code))

    if lexicon is not None:
        for start, end, type_ in lexicon.longest_matches(folded):
            code = _LEX_CODE[type_]
            for i in range(start, end):
                if i == start:
                    tag = "B" + code
                elif i == end - 1:
                    tag = "E" + code
                else:
                    tag = "M" + code
                extra.setdefault(i, []).extend(("x=" + tag, "xc=" + code))

    padded = "^^" + folded + "$$"
    cache = _class_cache
    classes = "".join([cache.get(c) or char_class(c) for c in folded])
    kpad = "^^" + classes + "$$"
    rng = range(n)
    columns = (
        ["c=" + x for x in folded],
        ["l1=" + x for x in padded[1 : n + 1]],
        ["r1=" + x for x in padded[3 : n + 3]],
        ["l2=" + x for x in padded[:n]],
        ["r2=" + x for x in padded[4 : n + 4]],
        ["bl=" + padded[i + 1 : i + 3] for i in rng],
        ["br=" + padded[i + 2 : i + 4] for i in rng],
        ["bm=" + padded[i + 1] + padded[i + 3] for i in rng],
        ["k=" + x for x in classes],
        ["kk=" + kpad[i + 1 : i + 4] for i in rng],
        wp_col,
        t_col,
        wt_col,
        pt_col,
        nt_col,
        ["tri=" + padded[i + 1 : i + 4] for i in rng],
        pw_col,
        nw_col,
    )
    rows = list(map(list, zip(*columns, strict=True)))
    for i, feats in extra.items():
        rows[i].extend(feats)
    return rows
