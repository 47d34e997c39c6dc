"""Character features for the CRF.

Input is *folded* text (Simplified, half-width, lower case), so the features are
the same for a sentence in either script.  Every character gets a list of
string attributes: the character and its neighbours (window ±2), bigrams, the
character class, its position in the jieba word and the word's POS tag, the
word itself, gazetteer matches, surname and name-suffix cues.
"""

from __future__ import annotations

from text.ner.gazetteer import ORG_SUFFIXES, PARK_WORDS, PLACE_SUFFIXES, Gazetteer
from text.ner.segmenter import Segmenter

_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]<>-~/\\|@#$%^&*_+=")
_CN_DIGITS = set("〇零一二三四五六七八九十百千万亿两")
_GAZ_CODE = {"person": "P", "organization": "O", "place": "L", "park": "K"}
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


def sentence_features(folded: str, segmenter: Segmenter, gazetteer: Gazetteer) -> list[list[str]]:
    """Feature lists, one per character of ``folded``."""
    n = len(folded)
    if n == 0:
        return []
    positions, tags, words = segmenter.char_arrays(folded)
    if len(positions) != n:  # segmenter dropped or added characters: fall back to chars
        positions, tags, words = ["S"] * n, ["x"] * n, list(folded)

    gaz = [""] * n
    for start, end, type_ in gazetteer.longest_matches(folded):
        code = _GAZ_CODE[type_]
        if end - start == 1:
            gaz[start] = "S" + code
        else:
            gaz[start] = "B" + code
            for k in range(start + 1, end - 1):
                gaz[k] = "M" + code
            gaz[end - 1] = "E" + code

    padded = "^^" + folded + "$$"
    classes = [char_class(c) for c in folded]
    kpad = ["^", "^", *classes, "$", "$"]
    surnames = gazetteer.surnames

    # Per-word cues, computed once per word.
    suffix_cue: dict[str, str] = {}
    out: list[list[str]] = []
    prev_tag = "^"
    next_tags = _next_word_tags(positions, tags)
    for i in range(n):
        j = i + 2
        c = padded[j]
        l1 = padded[j - 1]
        r1 = padded[j + 1]
        wp = positions[i]
        pos = tags[i]
        word = words[i]
        feats = [
            "c=" + c,
            "l1=" + l1,
            "r1=" + r1,
            "l2=" + padded[j - 2],
            "r2=" + padded[j + 2],
            "bl=" + l1 + c,
            "br=" + c + r1,
            "bm=" + l1 + r1,
            "k=" + classes[i],
            "kk=" + kpad[j - 1] + classes[i] + kpad[j + 1],
            "wp=" + wp,
            "t=" + pos,
            "wt=" + wp + pos,
            "pt=" + prev_tag + "|" + pos,
            "nt=" + pos + "|" + next_tags[i],
        ]
        if len(word) <= 6:
            feats.append("w=" + word)
        g = gaz[i]
        if g:
            feats.append("g=" + g)
            feats.append("gc=" + g[1])
        if c in surnames and wp in ("B", "S"):
            feats.append("sn=" + wp + pos)
        if wp == "E" or wp == "S":
            cue = suffix_cue.get(word)
            if cue is None:
                cue = _word_suffix(word)
                suffix_cue[word] = cue
            if cue:
                feats.append("sf=" + cue)
            if i + 1 < n:
                prev_tag = pos
        out.append(feats)
    return out


def _next_word_tags(positions: list[str], tags: list[str]) -> list[str]:
    """For each character, the POS of the following word ('$' at the end)."""
    n = len(tags)
    out = ["$"] * n
    following = "$"
    i = n - 1
    while i >= 0:
        # walk back over one word
        end = i
        while i > 0 and positions[i] not in ("B", "S"):
            i -= 1
        for k in range(i, end + 1):
            out[k] = following
        following = tags[i]
        i -= 1
    return out
