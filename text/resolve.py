"""One entity per real thing: the name rules that map several names to one entity.

Everything here works on *keys*: folded (Simplified, half-width) names without
whitespace, as ``db.entities.entity_key`` makes them.  Two kinds of rule:

Global rules (``canonical_key``) depend on the name alone, so they give the same
answer in every article and an entity keeps its key whatever else the library
holds:

- places: an administrative suffix is dropped (北京市 -> 北京, 河北省 -> 河北,
  广西壮族自治区 -> 广西, 宝坻区 -> 宝坻), but never when what is left is one
  character (津市) or a province-level name other than the four municipalities
  (吉林市 is a city, not the province 吉林); a one-character province
  abbreviation standing alone (京, 沪, 粤) is its province.  Abbreviations that
  are also common words (云, 新, 台, 港 ...) are resolved only inside an article
  that names the province in full (``local_referents``).  Two- and
  three-character regions (京津, 京津冀) are names of their own.  A few
  well-known city nicknames are their city (津门 -> 天津, 鹏城 -> 深圳).
- organizations: a company's legal form and a trade word after it are dropped
  (华为技术有限公司 / 华为公司 -> 华为), never leaving a place name or a single
  character, and never for branches (分公司, 分行); a parenthesised place inside a
  name is ignored (博宇(天津)半导体材料); a body abbreviated with its level
  (国家发改委, 北京市发改委) is the full body of that level.  A bare 发改委 or
  市发改委, whose place only the article can tell, is left to ``local_referents``.
  The gazetteer's abbreviations are their full names, also heading a unit's name
  (工信部规划司 = 工业和信息化部规划司).
- parks: the long and short forms of a zone word are one (燕郊高新技术产业开发区
  = 燕郊高新区 = 燕郊国家高新区), a leading province name is dropped when a
  named zone is left (天津滨海高新区 = 滨海高新区), and the gazetteer's park
  abbreviations are their parks (滨海—中关村).

In-article rules (``local_referents``) say which longer name of the same article
a shorter organization name stands for: its short name after a registered
company name (中科谱光 in 天津中科谱光信息技术有限公司), the tail of a unit's name
(燕郊中心 after 京津冀国家技术创新中心燕郊中心), a bare level-less body (发改委
in an article about 国家发改委), unless the article joins the two names as
different things (A与B, A、B).  They never make a global alias.

``zone_place_key`` gives the place a zone is named after (浦东新区 -> 浦东), for
linking the two entities without merging them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# -- places ----------------------------------------------------------------------

# The 34 province-level divisions: name -> one-character abbreviations (the second
# one where two are in official use).
PROVINCES: dict[str, tuple[str, ...]] = {
    "北京": ("京",),
    "天津": ("津",),
    "河北": ("冀",),
    "山西": ("晋",),
    "内蒙古": ("蒙",),
    "辽宁": ("辽",),
    "吉林": ("吉",),
    "黑龙江": ("黑",),
    "上海": ("沪",),
    "江苏": ("苏",),
    "浙江": ("浙",),
    "安徽": ("皖",),
    "福建": ("闽",),
    "江西": ("赣",),
    "山东": ("鲁",),
    "河南": ("豫",),
    "湖北": ("鄂",),
    "湖南": ("湘",),
    "广东": ("粤",),
    "广西": ("桂",),
    "海南": ("琼",),
    "重庆": ("渝",),
    "四川": ("川", "蜀"),
    "贵州": ("黔", "贵"),
    "云南": ("滇", "云"),
    "西藏": ("藏",),
    "陕西": ("陕", "秦"),
    "甘肃": ("甘", "陇"),
    "青海": ("青",),
    "宁夏": ("宁",),
    "新疆": ("新",),
    "台湾": ("台",),
    "香港": ("港",),
    "澳门": ("澳",),
}
MUNICIPALITIES = frozenset(("北京", "天津", "上海", "重庆"))
# Abbreviations that are also everyday words or other places' short names (宁 is
# also Nanjing, 新 means new): a province only where the article names it in full.
AMBIGUOUS_ABBREVIATIONS = frozenset("吉黑川蜀贵云藏秦甘青宁新台港澳苏")
ABBREVIATION_OF: dict[str, str] = {a: name for name, abbrs in PROVINCES.items() for a in abbrs}

_FULL_PROVINCES = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
# Well-known other names of cities: 津门 is Tianjin as 鹏城 is Shenzhen.
PLACE_NICKNAMES: dict[str, str] = {
    "津门": "天津",
    "津沽": "天津",
    "京城": "北京",
    "申城": "上海",
    "鹏城": "深圳",
    "羊城": "广州",
    "蓉城": "成都",
    "泉城": "济南",
    "榕城": "福州",
    "星城": "长沙",
}
# Characters before 区 that make a common noun or a zone, not a district (新区, 园区, 景区).
_NOT_DISTRICT = frozenset("新园景片港矿林特地山社校街小辖作验税发范聚行展")


@lru_cache(maxsize=65536)
def place_key(key: str) -> str:
    """The canonical key of a place name: 北京市 -> 北京, 京 -> 北京, 吉林市 stays."""
    if len(key) == 1:
        full = ABBREVIATION_OF.get(key)
        return full if full is not None and key not in AMBIGUOUS_ABBREVIATIONS else key
    if key in _FULL_PROVINCES:
        return _FULL_PROVINCES[key]
    if key in PLACE_NICKNAMES:
        return PLACE_NICKNAMES[key]
    for suffix in ("特别行政区", "自治区", "省"):
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 2:
            return _FULL_PROVINCES.get(key, stem)
    if key[-1] in "市区县":
        stem = key[:-1]
        if len(stem) < 2:
            return key
        if stem in PROVINCES and stem not in MUNICIPALITIES:
            return key  # 吉林市, 海南区: not the province
        if key[-1] == "区" and stem[-1] in _NOT_DISTRICT:
            return key
        return stem
    return key


# What a bare abbreviation's mention keeps of its confidence (below the tree's threshold).
BARE_ABBREVIATION_FACTOR = 0.5


def bare_abbreviation(type_: str, key: str) -> bool:
    """A place that resolution left as one character: 云 of 云计算 in an article that never
    names 云南, 新 of 新业态, 美 of 中美.  A reader cannot use it as a name on its own, so
    its mentions keep ``BARE_ABBREVIATION_FACTOR`` of their confidence and the tree lists
    it among the uncertain entities (京 alone, which is Beijing, is resolved before)."""
    return type_ == "place" and len(key) == 1


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Place names of the gazetteer and the provinces, as canonical keys."""
    names = set(PROVINCES)
    try:
        from text.ner.gazetteer import default_gazetteer

        gaz = default_gazetteer()
        names.update(place_key(k) for k, t in gaz.entries.items() if t == "place")
    except OSError:
        pass
    return frozenset(names)


def is_place_name(key: str) -> bool:
    return len(key) >= 2 and place_key(key) in _known_places()


# -- organizations ----------------------------------------------------------------

_LEGAL_FORMS = (
    "集团股份有限公司",
    "集团有限责任公司",
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "集团公司",
    "股份公司",
    "有限公司",
    "总公司",
    "公司",
    "集团",
)
_TRADE_WORDS = (
    "信息技术",
    "信息科技",
    "智能科技",
    "网络科技",
    "网络技术",
    "电子科技",
    "生物科技",
    "高新技术",
    "高技术",
    "高科技",
    "科技",
    "技术",
)
_BRANCHES = ("分公司", "子公司", "分行", "支行", "办事处", "分院", "分中心")
# Words that are no name on their own: a short form must be more than one of these.
_GENERIC = frozenset(
    ("中心", "公司", "集团", "研究院", "研究所", "大学", "学院", "协会", "联盟", "银行")
    + ("医院", "委员会", "管委会", "办公室", "实验室", "工作站", "平台", "基地", "企业")
    + ("机构", "部门", "政府", "国家技术创新中心", "创新中心", "技术中心", "党工委", "党委")
)
# How the name of a parent ends, when a unit's name is the parent's name and its own
# (京津冀国家技术创新中心 + 燕郊中心): a short name must begin after such a parent.
_PARENT_ENDS = (
    "中心",
    "院",
    "所",
    "大学",
    "学院",
    "集团",
    "公司",
    "委员会",
    "委",
    "部",
    "局",
    "厅",
) + ("办", "会", "省", "市", "区", "县", "联盟", "协会")
# Bodies abbreviated together with their level: abbreviation -> the body's name.
LEVELLED_BODIES: dict[str, str] = {
    "发改委": "发展和改革委员会",
    "科委": "科学技术委员会",
    "经信委": "经济和信息化委员会",
    "工信委": "工业和信息化委员会",
    "卫健委": "卫生健康委员会",
    "住建委": "住房和城乡建设委员会",
    "教委": "教育委员会",
    "工信局": "工业和信息化局",
    "人社局": "人力资源和社会保障局",
    "发改局": "发展和改革局",
}
_NATIONAL_LEVELS = ("国家", "国务院")
_BARE_LEVELS = frozenset(("", "省", "市", "区", "县", "州", "自治区", "自治州"))
_PAREN = re.compile(r"\([^()]{1,12}\)")


def _expand_levelled(key: str) -> tuple[str, str] | None:
    """(level, body) of 北京市发改委 / 北京市发展和改革委员会 / 发改委 (level '')."""
    for abbr, body in LEVELLED_BODIES.items():
        for form in (abbr, body):
            if key.endswith(form):
                return key[: -len(form)], body
    return None


@lru_cache(maxsize=65536)
def expanded_key(key: str) -> str:
    """An organization key with its levelled abbreviation written out and parentheses
    dropped: what in-article containment compares (北京市发改委 -> 北京市发展和改革委员会)."""
    key = _PAREN.sub("", key) or key
    levelled = _expand_levelled(key)
    if levelled is not None:
        return levelled[0] + levelled[1]
    return key


@lru_cache(maxsize=4)
def _gazetteer_abbreviations(type_: str) -> dict[str, str]:
    """The gazetteer's abbreviations of names of one type (工信部, 北航; 滨海—中关村) ->
    the full name as a key; for organizations, a bare levelled body (发改委) is not one:
    its level is the article's to tell."""
    try:
        from text.fold import fold
        from text.ner.gazetteer import default_gazetteer

        gaz = default_gazetteer()
    except OSError:
        return {}
    return {
        abbr: "".join(fold(full).split())
        for abbr, full in gaz.abbreviations.items()
        if gaz.entries.get(abbr) == type_ and abbr not in LEVELLED_BODIES
    }


def _known_abbreviations() -> dict[str, str]:
    return _gazetteer_abbreviations("organization")


def _expand_prefix(key: str) -> str:
    """工信部规划司 -> 工业和信息化部规划司: a known abbreviation as the whole name or
    heading a unit's name (three characters or more: 北大 heads 北大荒)."""
    known = _known_abbreviations()
    if key in known:
        return known[key]
    for n in range(min(len(key) - 2, 6), 2, -1):
        full = known.get(key[:n])
        if full is not None:
            return full + key[n:]
    return key


@lru_cache(maxsize=65536)
def organization_key(key: str) -> str:
    """The canonical key of an organization name: 华为技术有限公司 -> 华为."""
    original = key
    key = _expand_prefix(_PAREN.sub("", key) or key)
    levelled = _expand_levelled(key)
    if levelled is not None:
        level, body = levelled
        if level in _BARE_LEVELS:
            return original  # 发改委, 市发改委 of which place: only the article can tell
        if level in _NATIONAL_LEVELS:
            return "国家" + body
        if is_place_name(level):
            return place_key(level) + body
        return level + body
    if key.endswith(_BRANCHES):
        return key
    for form in _LEGAL_FORMS:
        stem = key[: -len(form)]
        if key.endswith(form) and len(stem) >= 2 and not is_place_name(stem):
            key = stem
            break
    for word in _TRADE_WORDS:
        stem = key[: -len(word)]
        if key.endswith(word) and len(stem) >= 2 and not is_place_name(stem):
            key = stem
            break
    if key in _GENERIC:
        return original
    return key


@lru_cache(maxsize=65536)
def _is_parent(prefix: str) -> bool:
    """Whether a name can be cut into ``prefix`` + a unit's short name: the prefix is a
    level or place (国家, 北京市) or a body (…创新中心), never a word cut in two (唐山高|新区)."""
    return prefix in _NATIONAL_LEVELS or is_place_name(prefix) or prefix.endswith(_PARENT_ENDS)


def is_company(key: str) -> bool:
    key = _PAREN.sub("", key) or key
    return key.endswith(_LEGAL_FORMS) and not key.endswith(_BRANCHES)


# -- parks --------------------------------------------------------------------------

# Zone words, long form -> the short form a key uses.
_ZONE_FORMS = (
    ("国家高新技术产业开发区", "高新区"),
    ("高新技术产业开发区", "高新区"),
    ("国家高新区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("国家级新区", "新区"),
    ("自由贸易试验区", "自贸区"),
    ("自贸试验区", "自贸区"),
    ("科技园区", "科技园"),
)
ZONE_WORDS = (
    "高新区",
    "经开区",
    "开发区",
    "自贸区",
    "保税区",
    "综合保税区",
    "新区",
    "科技园",
    "科创园",
    "产业园",
    "科技城",
    "科学城",
    "园区",
)


def _park_abbreviations() -> dict[str, str]:
    return _gazetteer_abbreviations("park")


@lru_cache(maxsize=65536)
def park_key(key: str) -> str:
    """The canonical key of a park: one zone word for its long and short forms, and no
    leading province when a named zone is left (天津滨海高新区 -> 滨海高新区); a known
    abbreviation is its full name (滨海—中关村 = 天津滨海—中关村科技园)."""
    key = _park_abbreviations().get(key, key)
    for long, short in _ZONE_FORMS:
        if key.endswith(long) and len(key) > len(long):
            key = key[: -len(long)] + short
            break
    for name in PROVINCES:
        rest = key[len(name) :]
        if key.startswith(name) and len(zone_stem(rest) or "") >= 2:
            return rest
    return key


def zone_stem(key: str) -> str | None:
    """What a zone's name says before its zone word (雄安新区 -> 雄安); None if no zone word."""
    for word in sorted(ZONE_WORDS, key=len, reverse=True):
        if key.endswith(word) and len(key) > len(word):
            return key[: -len(word)]
    return None


def zone_place_key(key: str) -> str | None:
    """The canonical place key a zone is named after (浦东新区 -> 浦东), or None."""
    stem = zone_stem(park_key(key))
    if stem is None or len(stem) < 2:
        return None
    return place_key(stem)


# -- all types ------------------------------------------------------------------------


def canonical_key(type_: str, key: str) -> str:
    """The key of the entity a name of this type stands for, by the global rules."""
    if not key:
        return key
    if type_ == "place":
        return place_key(key)
    if type_ == "organization":
        return organization_key(key)
    if type_ == "park":
        return park_key(key)
    return key


# -- in-article rules ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameUse:
    """A mention as the in-article rules see it."""

    type: str
    key: str
    start: int
    local: bool = False  # settled by the article (以下简称, a byline): never a short name
    end: int | None = None  # where the use ends in the text, when the text is given


# What joins two names of different things: 华为与华为技术有限公司 says they are two.
_COORDINATORS = frozenset(("与", "和", "及", "以及", "、", "同", "跟", "或", "还是"))


def _said_apart(uses: Sequence[NameUse], text: str | None) -> set[frozenset[str]]:
    """Pairs of keys the article joins as two things (A与B, A、B), from uses next to each other."""
    apart: set[frozenset[str]] = set()
    if text is None:
        return apart
    ordered = sorted((u for u in uses if u.end is not None), key=lambda u: u.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end is not None and text[a.end : b.start].strip() in _COORDINATORS:
            apart.add(frozenset((a.key, b.key)))
    return apart


class _LongerNames:
    """For an organization's key, the keys of the same article whose names are longer
    and can contain it: its tail after a parent's name (国家|发改委), or a part of a
    registered company's name.  Keys come in the order given (first use first)."""

    def __init__(self, starts: dict[str, list[int]]) -> None:
        self._order = {key: n for n, key in enumerate(starts)}
        self._expanded = {key: expanded_key(key) for key in starts}
        self._own = {key: organization_key(key) for key in starts}
        self._tails: dict[str, list[str]] = {}
        self._parts: dict[str, set[str]] = {}
        for key, long in self._expanded.items():
            for cut in range(1, len(long)):
                self._tails.setdefault(long[cut:], []).append(key)
            if is_company(key):
                for a in range(len(long)):
                    for b in range(a + 2, len(long) + 1):
                        if b - a < len(long):
                            self._parts.setdefault(long[a:b], set()).add(key)
        self._found: dict[str, list[str]] = {}

    def of(self, key: str) -> list[str]:
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._longer(key)
        return found

    def _longer(self, key: str) -> list[str]:
        short = self._expanded[key]
        if len(short) < 2 or short in _GENERIC or is_place_name(short):
            return []
        own = self._own[key]
        out = {
            other
            for other in self._tails.get(short, ())
            if _is_parent(self._expanded[other][: -len(short)])
        }
        out.update(self._parts.get(short, ()))
        return sorted(
            (other for other in out if self._own[other] != own),
            key=self._order.__getitem__,
        )


def local_referents(uses: Sequence[NameUse], text: str | None = None) -> list[str | None]:
    """For each use, the key of the longer name of the same article it stands for, or None.

    Organizations: a shorter name stands for a longer one when it is the longer
    one's tail after a parent's name (燕郊中心 / 京津冀国家技术创新中心燕郊中心, 发改委 /
    国家发改委; not 新区党工委 / 唐山高新区党工委), or when
    the longer one is a registered company name that contains it (中科谱光 /
    天津中科谱光信息技术有限公司).  Places: an ambiguous province abbreviation (云)
    stands for its province when the article names the province.  When several
    longer names qualify, the nearest one before the use wins; with none before it,
    the use is left alone.  Unless the text says otherwise: a short and a longer
    name joined as two things (中科谱光与天津中科谱光信息技术有限公司, given ``text``
    and the uses' ends) stay apart.
    """
    out: list[str | None] = [None] * len(uses)
    apart = _said_apart(uses, text)
    # Each organization's key and where it is used, in the order keys first appear
    # (settled uses are names too).  What a short name may stand for depends on the
    # keys alone, so it is worked out once per key, through an index of the longer
    # names' tails and (for companies) inner parts: an article of a whole corpus,
    # tens of thousands of names, would otherwise compare every use with every use.
    starts: dict[str, list[int]] = {}
    for u in uses:
        if u.type == "organization":
            starts.setdefault(u.key, []).append(u.start)
    for positions in starts.values():
        positions.sort()
    longer = _LongerNames(starts)
    place_keys = {place_key(u.key) for u in uses if u.type == "place"}
    for i, use in enumerate(uses):
        if use.local:
            continue
        if use.type == "place" and use.key in AMBIGUOUS_ABBREVIATIONS:
            province = ABBREVIATION_OF.get(use.key)
            if province is not None and province in place_keys:
                out[i] = province
            continue
        if use.type != "organization":
            continue
        candidates: dict[str, int] = {}  # longer key -> start of its nearest use before
        for other in longer.of(use.key):
            if frozenset((use.key, other)) in apart:
                continue
            positions = starts[other]
            j = bisect_left(positions, use.start)
            candidates[other] = positions[j - 1] if j else -1
        if not candidates:
            continue
        by_target: dict[str, tuple[int, str]] = {}
        for key, before in candidates.items():
            target = organization_key(key)
            if target not in by_target or before > by_target[target][0]:
                by_target[target] = (before, key)
        if len(by_target) == 1:
            out[i] = next(iter(by_target.values()))[1]
        else:
            before, key = max(by_target.values())
            if before >= 0:
                out[i] = key
    return out
