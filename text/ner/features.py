"""Character features for the CRF.

Input is *folded* text (Simplified, half-width, lower case), so the features are
the same for a sentence in either script.  Every character gets a list of
string attributes: the character and its neighbours (window ±2), bigrams, the
character class, its position in the jieba word and the word's POS tag, the
word itself, gazetteer and lexicon matches, surname and name-suffix cues.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from text.ner.clusters import Clusters
from text.ner.dictionary import DictionaryNames
from text.ner.gazetteer import ORG_SUFFIXES, PARK_WORDS, PLACE_SUFFIXES, Gazetteer
from text.ner.segmenter import Segmenter

_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!\"'()[]<>-~/\\|@#$%^&*_+=")
_CN_DIGITS = set("〇零一二三四五六七八九十百千万亿两")
_GAZ_CODE = {"person": "P", "organization": "O", "place": "L", "park": "K"}
_LEX_CODE = {"PER": "P", "ORG": "O", "LOC": "L"}
_ORG_SUFFIXES = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
_PARK_WORDS = tuple(sorted(PARK_WORDS, key=len, reverse=True))
_PLACE_SUFFIXES = frozenset(PLACE_SUFFIXES)

# Optional feature groups (see ``sentence_features``); the shipped set is DEFAULT_GROUPS.
#  org    word-level organization cues: the word ends in an organization word, and a run
#         of nouns / places / proper nouns ending in such a word ("ORG-like phrase")
#  shape  length of the current word and of the words either side
#  cpos   the dictionary part of speech of the character on its own (a cheap character
#         cluster), for the character and its neighbours
#  abbr   one-character abbreviations of countries and provinces (中, 美, 湘) and whether
#         the neighbour on either side (across a 、) is one too: 中美, 英、法, 中坦合资
#  ngram  the bigrams two characters away (C-2C-1, C+1C+2) and the trigrams ending or
#         starting at the character (C-2C-1C0, C0C+1C+2)
#  dict   the character's role in the longest personal / place / organization name of each
#         type from the segmenter's general dictionary that covers it (text.ner.dictionary)
#  kinds  the character class of the character (k) and of its neighbours (kk), and the
#         character's position in its word (wp); wt has the position with the word's tag
#  clus   the embedding cluster (text.ner.clusters) of the character and its neighbours
#         (pairs) and of the word and the words either side
#  guide  the labels a CRF trained on CLUENER2020 in its own types gives the character and its
#         neighbours (text.ner.guide; added by the caller after sentence_features)
# The leading columns of every row (the character, its neighbours, the word tag with the
# character's place in the word, and the bigram ending at the character): all the guide
# model reads, so it tags a slice of each row.
GUIDE_COLUMNS = 5
FEATURE_GROUPS = ("org", "shape", "cpos", "abbr", "dict", "ngram", "guide", "kinds", "clus")
DEFAULT_GROUPS: frozenset[str] = frozenset({"org", "cpos", "abbr", "dict", "guide"})


def groups_path(model_path: Path) -> Path:
    return model_path.with_suffix(".features.txt")


def save_groups(groups: frozenset[str], model_path: Path) -> None:
    """Record the feature groups a model was trained with, beside it."""
    groups_path(model_path).write_text("".join(g + "\n" for g in sorted(groups)), "utf-8")


def load_groups(model_path: Path) -> frozenset[str]:
    """The feature groups recorded beside a model (DEFAULT_GROUPS when there is no record)."""
    path = groups_path(model_path)
    if not path.is_file():
        return DEFAULT_GROUPS
    groups = frozenset(line.strip() for line in path.read_text("utf-8").splitlines())
    return groups - {""}


# Words that end organization names, for the word-level cues (longest first).
ORG_WORD_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        set(ORG_SUFFIXES)
        | {
            "党",
            "军",
            "政府",
            "法院",
            "检察院",
            "组织",
            "联合会",
            "常委会",
            "人大",
            "代表团",
            "报",
            "台",
            "厂",
            "团",
            "处",
            "馆",
            "站",
            "党委",
            "市委",
            "省委",
            "县委",
            "总局",
            "小组",
            "俱乐部",
            "基金会",
            "学校",
            "中学",
            "小学",
            "电视台",
            "通讯社",
            "日报",
            "议会",
            "政协",
            "中央",
            "机构",
            "联合体",
            "组",
            "联",
            "协",
            "盟",
            "系",
            "科",
            "室",
            "办",
            "内阁",
            "证券",
            "酒店",
            "宾馆",
            "商店",
            "出版社",
            "杂志",
        },
        key=len,
        reverse=True,
    )
)
# The suffix lists as sets, with their lengths (longest first), for the suffix checks.
_PARK_SET = frozenset(PARK_WORDS)
_PARK_LENGTHS = tuple(sorted({len(w) for w in PARK_WORDS}, reverse=True))
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)
_ORG_SUFFIX_LENGTHS = tuple(sorted({len(w) for w in ORG_SUFFIXES}, reverse=True))
_ORG_WORD_SET = frozenset(ORG_WORD_SUFFIXES)
_ORG_WORD_LENGTHS = tuple(sorted({len(w) for w in ORG_WORD_SUFFIXES}, reverse=True))
# Word tags that may precede the organization word inside an organization name.
_ORG_BODY_TAGS = frozenset(
    {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "vn", "an", "l", "eng", "b", "i", "ng", "s"}
)
_ORG_MAX_WORDS = 6

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


_suffix_cache: dict[str, str] = {}  # word -> _word_suffix(word)
_SUFFIX_CACHE_SIZE = 200_000


def _word_suffix(word: str) -> str:
    """Suffix cue of a multi-character word: 'K' park word, 'O' org suffix, 'L' place char."""
    size = len(word)
    if size < 2:
        return ""
    if any(word[-k:] in _PARK_SET for k in _PARK_LENGTHS if k <= size):
        return "K"
    if any(word[-k:] in _ORG_SUFFIX_SET for k in _ORG_SUFFIX_LENGTHS if k < size):
        return "O"
    if word[-1] in _PLACE_SUFFIXES:
        return "L"
    return ""


@lru_cache(maxsize=200_000)
def _org_word(word: str) -> str:
    """'W' the word is an organization word itself (局, 委员会), 'E' it ends in one, else ''."""
    size = len(word)
    for k in _ORG_WORD_LENGTHS:  # longest first
        if k <= size and word[-k:] in _ORG_WORD_SET:
            return "W" if k == size else "E"
    return ""


def _org_columns(pairs: list[tuple[str, str]], extra: dict[int, list[str]]) -> None:
    """Organization cues at word level, appended to ``extra`` (character index -> features)."""
    starts = []
    offset = 0
    for word, _ in pairs:
        starts.append(offset)
        offset += len(word)
    cues = [_org_word(w) for w, _ in pairs]
    for k, (word, _) in enumerate(pairs):
        cue = cues[k]
        if cue:
            for i in range(starts[k], starts[k] + len(word)):
                extra.setdefault(i, []).append("ow=" + cue)
    # ORG-like phrases: the longest run of body words directly before an organization word.
    for k, cue in enumerate(cues):
        if not cue:
            continue
        j = k
        while j > 0 and k - j < _ORG_MAX_WORDS and pairs[j - 1][1] in _ORG_BODY_TAGS:
            j -= 1
        if j == k and cue == "W":
            continue
        s, e = starts[j], starts[k] + len(pairs[k][0])
        for m in range(j, k + 1):
            dist = k - m
            tag = "od=" + (str(dist) if dist < 3 else "3")
            for i in range(starts[m], starts[m] + len(pairs[m][0])):
                extra.setdefault(i, []).append(tag)
        extra.setdefault(s, []).append("op=B")
        extra.setdefault(e - 1, []).append("op=E")


# One-character abbreviations of countries, regions and Chinese provinces.
ABBREVIATION_CHARS = frozenset(
    "中美英法德日俄苏意印韩朝越泰菲加澳新巴埃以伊叙黎约土希荷比瑞丹挪芬波捷匈罗保"
    "南阿古墨秘智委哥蒙缅老柬马欧亚非港台"
    "京津沪渝冀晋辽吉黑浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇陕秦甘陇青藏宁"
)


_ABBREVIATION = re.compile("[" + "".join(sorted(ABBREVIATION_CHARS)) + "]")


def _abbreviation_column(folded: str) -> dict[int, str]:
    """'ab=LR' for each abbreviation character (by index): L / R is 1 when the left / right
    neighbour (skipping one 、) is an abbreviation too."""
    chars = ABBREVIATION_CHARS
    n = len(folded)
    out: dict[int, str] = {}
    for match in _ABBREVIATION.finditer(folded):
        i = match.start()
        left = i > 0 and (
            folded[i - 1] in chars or (folded[i - 1] == "、" and i > 1 and folded[i - 2] in chars)
        )
        right = i + 1 < n and (
            folded[i + 1] in chars
            or (folded[i + 1] == "、" and i + 2 < n and folded[i + 2] in chars)
        )
        out[i] = "ab=" + ("1" if left else "0") + ("1" if right else "0")
    return out


# The character tags as one code character each (private-use characters, numbered as
# tags are first seen), so a sentence's tags are one string made by str.translate.
_CPOS_NAMES: dict[str, str] = {}  # code -> tag
_cpos_codes: dict[str, str] = {}  # tag -> code
_cpos_translate: dict[int, str] = {}  # character -> code of its tag
_cpos_seen: set[str] = set()  # the characters in _cpos_translate
_cpos_lock = threading.Lock()


def _cpos_code(tag: str) -> str:
    code = _cpos_codes.get(tag)
    if code is None:
        with _cpos_lock:  # two threads must not number two tags alike
            code = _cpos_codes.get(tag)
            if code is None:
                code = chr(0xE000 + len(_cpos_codes))
                _CPOS_NAMES[code] = tag
                _cpos_codes[tag] = code
    return code


def _cpos_string(folded: str, segmenter: Segmenter) -> str:
    """The code of each character's tag, with the codes of ^ and $ either side."""
    table = _cpos_translate
    if not _cpos_seen.issuperset(folded):
        for ch in set(folded) - _cpos_seen:
            table[ord(ch)] = _cpos_code(_char_pos(ch, segmenter))
            _cpos_seen.add(ch)
    return _cpos_code("^") + folded.translate(table) + _cpos_code("$")


def _char_pos(ch: str, segmenter: Segmenter) -> str:
    """The dictionary tag of a character on its own ('-' for none); _cpos_string keeps it."""
    pairs = segmenter.tag(ch) if char_class(ch) == "H" else []
    return pairs[0][1] if len(pairs) == 1 else "-"


def _mark_names(
    extra: dict[int, list[str]],
    matches: list[tuple[int, int, str]],
    codes: dict[str, str],
    prefix: str,
) -> None:
    """For each character of a matched name, its role in the name with the name's type
    code and the code alone: with prefix ``g``, ``g=BO`` and ``gc=O``."""
    for start, end, type_ in matches:
        code = codes[type_]
        last = end - 1
        for i in range(start, end):
            role = "S" if start == last else "B" if i == start else "E" if i == last else "M"
            extra.setdefault(i, []).extend((prefix + "=" + role + code, prefix + "c=" + code))


class Chars:
    """Column values made of aligned character strings: value i is
    ``parts[0][i] + parts[1][i] + ...`` (the bigram ending at each character is the
    sentence shifted by one and the sentence itself).  With ``names``, each character is
    a code standing for a name, and value i is the names joined by ``sep`` (required with
    names and several parts).  The decoder
    looks these up by character codes, without making the strings."""

    __slots__ = ("parts", "names", "sep")

    def __init__(self, *parts: str, names: dict[str, str] | None = None, sep: str = "") -> None:
        self.parts = parts
        self.names = names
        self.sep = sep

    def values(self) -> Sequence[str]:
        names = self.names
        if names is None:
            if len(self.parts) == 1:
                return self.parts[0]
            return [self.sep.join(chars) for chars in zip(*self.parts, strict=True)]
        if len(self.parts) == 1:
            return [names[ch] for ch in self.parts[0]]
        return [
            self.sep.join([names[ch] for ch in chars]) for chars in zip(*self.parts, strict=True)
        ]


class Words:
    """Column values that are the same for every character of a word: one value per word
    and the words' lengths.  The decoder looks each up once per word."""

    __slots__ = ("words", "sizes")

    def __init__(self, words: list[str], sizes: list[int]) -> None:
        self.words = words
        self.sizes = sizes

    def values(self) -> Sequence[str]:
        out: list[str] = []
        for value, size in zip(self.words, self.sizes, strict=True):
            out.extend([value] * size)
        return out


# A feature column: a prefix and one value per character; the character's attribute is
# prefix + value (("c=", "北京") gives c=北 and c=京).  Values are what the decoder looks up
# (text.ner.decoder); a string of single characters or ``Chars`` costs no string building
# there.
Column = tuple[str, "Sequence[str] | Chars | Words"]


_wt_cache: dict[tuple[int, str], list[str]] = {}


def _word_roles(size: int, pos: str) -> list[str]:
    """The wt values of a word's characters: place in the word (B M E, S alone) and tag."""
    if size == 1:
        return ["S" + pos]
    return ["B" + pos, *["M" + pos] * (size - 2), "E" + pos]


def sentence_features(
    folded: str,
    segmenter: Segmenter,
    gazetteer: Gazetteer,
    lexicon: Gazetteer | None = None,
    groups: frozenset[str] = DEFAULT_GROUPS,
    dictionary: DictionaryNames | None = None,
    pairs: list[tuple[str, str]] | None = None,
    clusters: Clusters | None = None,
) -> list[list[str]]:
    """Feature lists, one per character of ``folded`` (the rows of ``sentence_columns``).

    ``dictionary`` serves the ``dict`` group (no features without it); ``pairs`` is
    ``segmenter.tag_exact(folded)`` when the caller already has it.
    """
    columns, extra = sentence_columns(
        folded, segmenter, gazetteer, lexicon, groups, dictionary, pairs, clusters=clusters
    )
    return feature_rows(columns, extra, len(folded))


def feature_rows(columns: list[Column], extra: dict[int, list[str]], n: int) -> list[list[str]]:
    """Attribute lists, one per character, from columns and the sparse extra attributes."""
    if n == 0:
        return []
    strings = [
        [prefix + v for v in (vals if isinstance(vals, str | list) else vals.values())]
        for prefix, vals in columns
    ]
    rows = list(map(list, zip(*strings, strict=True)))
    for i, feats in extra.items():
        rows[i].extend(feats)
    return rows


def sentence_columns(
    folded: str,
    segmenter: Segmenter,
    gazetteer: Gazetteer,
    lexicon: Gazetteer | None = None,
    groups: frozenset[str] = DEFAULT_GROUPS,
    dictionary: DictionaryNames | None = None,
    pairs: list[tuple[str, str]] | None = None,
    known: list[tuple[int, int, str]] | None = None,
    clusters: Clusters | None = None,
) -> tuple[list[Column], dict[int, list[str]]]:
    """The features of ``folded`` as columns (one value per character each) and sparse
    extra attributes (character index -> attributes): gazetteer, lexicon and dictionary
    names, organization, surname, suffix and abbreviation cues.

    ``known`` is ``gazetteer.longest_matches(folded)`` when the caller already has it.

    Built column by column (list comprehensions and slices of padded strings)
    because this runs for every character of every text.
    """
    n = len(folded)
    if n == 0:
        return [], {}
    if pairs is None:
        pairs = segmenter.tag_exact(folded)

    # Word-level columns: POS, word, neighbouring words and tags.
    sizes = [len(w) for w, _ in pairs]
    tags = [t for _, t in pairs]
    short = [w if len(w) <= 4 else "~" for w, _ in pairs]
    ptags = ["^", *tags, "$"]
    pshort = ["^", *short, "$"]
    m = len(pairs)
    words_t = Words(tags, sizes)
    words_pt = Words([ptags[k] + "|" + ptags[k + 1] for k in range(m)], sizes)
    words_nt = Words([ptags[k + 1] + "|" + ptags[k + 2] for k in range(m)], sizes)
    words_pw = Words(pshort[:m], sizes)
    words_nw = Words(pshort[2:], sizes)
    # The word itself; "w~" (no "=": never a word feature) stands for a long word.
    words_w = Words(["=" + w if len(w) <= 6 else "~" for w, _ in pairs], sizes)
    wt_col: list[str] = []
    extra: dict[int, list[str]] = {}
    last = len(pairs) - 1
    offset = 0
    for word, pos in pairs:
        size = len(word)
        roles = _wt_cache.get((size, pos))
        if roles is None:
            roles = _wt_cache[(size, pos)] = _word_roles(size, pos)
        wt_col += roles
        end = offset + size - 1
        cue = _suffix_cache.get(word)
        if cue is None:
            if len(_suffix_cache) >= _SUFFIX_CACHE_SIZE:
                _suffix_cache.clear()  # bounded over a large corpus
            cue = _suffix_cache[word] = _word_suffix(word)
        if cue:
            extra.setdefault(end, []).append("sf=" + cue)
        first = word[0]
        if first in gazetteer.surnames:
            extra.setdefault(offset, []).append("sn=" + ("S" if size == 1 else "B") + pos)
        offset += size

    if known is None:
        known = gazetteer.longest_matches(folded)
    _mark_names(extra, known, _GAZ_CODE, "g")
    if lexicon is not None:
        _mark_names(extra, lexicon.longest_matches(folded), _LEX_CODE, "x")

    if "org" in groups:
        _org_columns(pairs, extra)
    if "abbr" in groups:
        for i, feat in _abbreviation_column(folded).items():
            extra.setdefault(i, []).append(feat)
    if "dict" in groups and dictionary is not None:
        for i, feats in dictionary.char_features(folded).items():
            extra.setdefault(i, []).extend(feats)
    more: list[Column] = []
    if "shape" in groups:
        lens = [str(min(len(w), 5)) for w, _ in pairs]
        wl: list[str] = []
        for k, (word, _) in enumerate(pairs):
            prev = lens[k - 1] if k else "^"
            nxt = lens[k + 1] if k < last else "$"
            wl.extend([prev + lens[k] + nxt] * len(word))
        more.append(("wl=", wl))
    if "cpos" in groups:
        cpad = _cpos_string(folded, segmenter)
        names = _CPOS_NAMES
        more.append(("cp=", Chars(cpad[1 : n + 1], names=names)))
        more.append(("cpl=", Chars(cpad[:n], cpad[1 : n + 1], names=names, sep="|")))
        more.append(("cpr=", Chars(cpad[1 : n + 1], cpad[2 : n + 2], names=names, sep="|")))

    if "clus" in groups and clusters is not None:
        qpad = clusters.char_codes(folded)
        qnames = clusters.names
        more.append(("q=", Chars(qpad[1 : n + 1], names=qnames)))
        more.append(("ql=", Chars(qpad[:n], qpad[1 : n + 1], names=qnames, sep="|")))
        more.append(("qr=", Chars(qpad[1 : n + 1], qpad[2 : n + 2], names=qnames, sep="|")))
        wq = ["^", *[clusters.word(w) for w, _ in pairs], "$"]
        more.append(("wq=", Words(wq[1 : m + 1], sizes)))
        more.append(("pq=", Words([wq[k] + "|" + wq[k + 1] for k in range(m)], sizes)))
        more.append(("nq=", Words([wq[k + 1] + "|" + wq[k + 2] for k in range(m)], sizes)))

    padded = "^^" + folded + "$$"
    if "ngram" in groups:
        more.append(("b2l=", Chars(padded[:n], padded[1 : n + 1])))
        more.append(("b2r=", Chars(padded[3 : n + 3], padded[4 : n + 4])))
        more.append(("t3l=", Chars(padded[:n], padded[1 : n + 1], padded[2 : n + 2])))
        more.append(("t3r=", Chars(padded[2 : n + 2], padded[3 : n + 3], padded[4 : n + 4])))
    if "kinds" in groups:
        cache = _class_cache
        classes = "".join([cache.get(c) or char_class(c) for c in folded])
        kpad = "^^" + classes + "$$"
        more.append(("k=", classes))
        more.append(("kk=", Chars(kpad[1 : n + 1], kpad[2 : n + 2], kpad[3 : n + 3])))
        wp: list[str] = []
        for word, _ in pairs:
            wp.extend(("S",) if len(word) == 1 else ("B", *("M" * (len(word) - 2)), "E"))
        more.append(("wp=", wp))
    # The first GUIDE_COLUMNS columns are what the guide model reads (text.ner.guide).
    columns: list[Column] = [
        ("c=", folded),
        ("l1=", padded[1 : n + 1]),
        ("r1=", padded[3 : n + 3]),
        ("wt=", wt_col),
        ("bl=", Chars(padded[1 : n + 1], padded[2 : n + 2])),
        ("br=", Chars(padded[2 : n + 2], padded[3 : n + 3])),
        ("pt=", words_pt),
        ("nt=", words_nt),
        ("l2=", padded[:n]),
        ("r2=", padded[4 : n + 4]),
        ("bm=", Chars(padded[1 : n + 1], padded[3 : n + 3])),
        ("t=", words_t),
        ("tri=", Chars(padded[1 : n + 1], padded[2 : n + 2], padded[3 : n + 3])),
        ("pw=", words_pw),
        ("nw=", words_nw),
        ("w", words_w),
        *more,
    ]
    return columns, extra
