"""Figures (amounts with a unit) in Chinese news text.

``find_figures(text)`` returns ``(start, end, Figure)`` triples with offsets
into the original text.  A figure is a number, Arabic (``1,200``, ``3949.1``,
full-width digits) or Chinese (``三千``, ``两万``), optionally with the
multipliers 万/亿 and an approximation 余/多 inside it, followed by a unit:
``110亿元``, ``2425台套``, ``22.64%``, ``三千余家``, ``百分之二十``,
``4000多平方米``, ``1个亿``.  Matching runs on the folded text, so both scripts
and full-width forms are handled alike.

Not figures: dates and years (``2023年``), durations (``3年``, ``两个月``,
``40分钟``), ordinals (``第一``), bare numbers without a unit, vague amounts
(``数千家``, ``上万人``), and a single Chinese digit before a measure word
(``一家``, ``三个``), which in news prose is nearly always a word rather than a
reported figure.

The span covers the number, any 余/多 and the unit; a qualifier written
before (约, 超过, 近, 累计 ...) or after (以上, 左右) is reported in
``Figure.qualifier`` but left outside the span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from text.fold import fold
from text.sentences import split_sentences


@dataclass
class Figure:
    value: float
    unit: str
    qualifier: str | None
    sentence: str
    subject: str | None


# ---------------------------------------------------------------- numbers

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_NUMBER_CHARS = str.maketrans(
    {"萬": "万", "億": "亿", "兩": "两", "貳": "贰", "陸": "陆", "點": "点"}
)


def parse_number(s: str) -> float | None:
    """Value of a written number, or None when ``s`` is not one.

    Arabic with thousands commas and a decimal point (full-width too), Chinese
    numerals (``三千五百``, ``两万``, ``一百二十三``, ``十二``, ``二十五点五``,
    ``二〇二三`` digit by digit), and mixtures (``1.2万``, ``3亿5千万``).
    Arithmetic is decimal, so ``83.1亿`` is exactly ``8310000000.0``.
    """
    s = fold(s.strip()).translate(_NUMBER_CHARS).replace(",", "").replace(" ", "")
    if not s:
        return None
    value = _parse_big(s)
    return None if value is None else float(value)


def _parse_big(s: str) -> Decimal | None:
    """Split at the largest multiplier (亿, then 万) and combine the parts."""
    for mark, factor in (("亿", Decimal(10**8)), ("万", Decimal(10**4))):
        idx = s.rfind(mark)
        if idx >= 0:
            head, tail = s[:idx], s[idx + 1 :]
            head_val = _parse_big(head) if head else Decimal(1)
            if head_val is None:
                return None
            tail_val = Decimal(0)
            if tail:
                parsed_tail = _parse_big(tail)
                if parsed_tail is None:
                    return None
                tail_val = parsed_tail
                # 两万五 = 25000: a lone digit after the multiplier is the next place down.
                if len(tail) == 1 and tail in _CN_DIGITS:
                    tail_val *= factor / 10
            return head_val * factor + tail_val
    return _parse_small(s)


def _parse_small(s: str) -> Decimal | None:
    """A number below 10,000: Arabic, Chinese with 十百千, or a mixture such as 5千."""
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = _parse_small(whole) if whole else Decimal(0)
        if w is None or not frac or any(ch not in _CN_DIGITS for ch in frac):
            return None
        return Decimal(f"{int(w)}." + "".join(str(_CN_DIGITS[ch]) for ch in frac))
    if all(ch in _CN_DIGITS for ch in s):
        return Decimal("".join(str(_CN_DIGITS[ch]) for ch in s))
    total = Decimal(0)
    pending: Decimal | None = None
    last_unit = 1
    pos = 0
    while pos < len(s):
        ch = s[pos]
        m = _ARABIC.match(s, pos)
        if m:
            if pending is not None:
                return None
            pending = Decimal(m.group())
            pos = m.end()
            continue
        if ch in _CN_DIGITS:
            if pending is not None and _CN_DIGITS[ch] != 0:
                return None
            pending = None if _CN_DIGITS[ch] == 0 else Decimal(_CN_DIGITS[ch])
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            total += (pending if pending is not None else Decimal(1)) * unit
            pending = None
            last_unit = unit
        else:
            return None
        pos += 1
    if pending is not None:
        # 三千五 = 3500: a trailing digit right after a unit is the next place down.
        if last_unit > 10 and s[-2] in _CN_SMALL_UNITS:
            pending *= Decimal(last_unit) / 10
        total += pending
    return total


# ---------------------------------------------------------------- units

# Base units, longest first so that 平方公里 wins over 公里 and 台套 over 台.
_UNITS = [
    "平方公里",
    "平方千米",
    "个百分点",
    "立方米",
    "平方米",
    "千瓦时",
    "标准箱",
    "百分点",
    "人民币",
    "美元",
    "欧元",
    "港元",
    "日元",
    "英镑",
    "台套",
    "家次",
    "人次",
    "架次",
    "公里",
    "千米",
    "公顷",
    "千克",
    "公斤",
    "千瓦",
    "兆瓦",
    "元",
    "%",
    "‰",
    "项",
    "家",
    "个",
    "人",
    "件",
    "次",
    "座",
    "条",
    "场",
    "架",
    "所",
    "名",
    "位",
    "台",
    "套",
    "辆",
    "艘",
    "株",
    "种",
    "份",
    "户",
    "款",
    "篇",
    "部",
    "张",
    "只",
    "栋",
    "间",
    "处",
    "枚",
    "亩",
    "吨",
    "米",
    "倍",
]
_UNIT_ALT = "|".join(re.escape(u) for u in _UNITS)
# Units that would read a following word wrongly: 个月 / 个小时 are durations,
# 人工 / 人民 / 元素 / 名单 ... are words.
_UNIT_GUARD = (
    r"(?<!个(?=[月小]))(?<!人(?=[工民才]))(?<!元(?=[素旦宵]))(?<!名(?=[单称字]))(?<!次(?=[日年]))"
)

_AR = r"[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"
_CN = r"[零〇○一二两三四五六七八九十百千万亿点]+"
_MULT = r"(?:[十百千万亿]+(?:[0-9]+[十百千万亿]+)*)"

_PRE_QUALIFIERS = [
    "超过",
    "超出",
    "将近",
    "接近",
    "不足",
    "不到",
    "多达",
    "高达",
    "突破",
    "累计",
    "达到",
    "大约",
    "总计",
    "合计",
    "约",
    "超",
    "近",
    "逾",
    "达",
    "过",
    "共",
]
# A one-character qualifier must not be the end of another word (签约, 最近, 到达, 经过).
_PRE_QUAL_RE = re.compile(
    r"(?:"
    + "|".join(_PRE_QUALIFIERS)
    + r")(?<!签约)(?<!合约)(?<!节约)(?<!制约)(?<!预约)(?<!赶超)(?<!最近)(?<!附近)(?<!临近)"
    r"(?<!到达)(?<!抵达)(?<!下达)(?<!表达)(?<!发达)(?<!直达)(?<!传达)(?<!经过)(?<!通过)"
    r"(?<!不过)(?<!公共)\s?$"
)

_FIGURE_RE = re.compile(
    rf"""
    (?<![0-9.a-z第])
    (?:
        (?P<pct>百分之(?P<pctnum>[零〇一二两三四五六七八九十百点]+))
      | (?P<geyi>(?P<genum>{_AR}|[一二两三四五六七八九十]+)个(?P<geduo>多)?亿(?P<geyuan>元)?)
      | (?:
            (?:(?P<ar>{_AR}{_MULT}?)|(?<![数几上好成])(?P<cn>{_CN}))
            (?P<approx>余|多)?
            \s?
            (?P<mult>[万亿]{{1,2}}(?=\s?(?:{_UNIT_ALT})))?
            \s?
            (?P<unit>{_UNIT_ALT}){_UNIT_GUARD}
        )
    )
    (?P<post>以上|左右|以下|以内)?
    """,
    re.VERBOSE,
)


def find_figures(text: str, *, folded: str | None = None) -> list[tuple[int, int, Figure]]:
    """Find amounts with a unit in ``text``; return ``(start, end, Figure)`` by start.

    ``folded`` may pass ``fold(text)`` when the caller already has it.
    """
    if folded is None:
        folded = fold(text)
    sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    out: list[tuple[int, int, Figure]] = []
    for m in _FIGURE_RE.finditer(folded):
        parsed = _figure_value(m)
        if parsed is None:
            continue
        value, unit, inner_qual = parsed
        start = m.start()
        end = m.end("post") if m.group("post") else m.end()
        if m.group("post"):
            end = m.start("post")
        while end > start and folded[end - 1].isspace():
            end -= 1
        qualifier = inner_qual or m.group("post")
        pre = _PRE_QUAL_RE.search(folded, max(0, start - 3), start)
        if pre and qualifier is None:
            qualifier = pre.group().strip()
        i = bisect.bisect_right(starts, start) - 1
        s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
        if not s_start <= start < s_end:
            s_start, s_end = start, end
        subject = _subject(text, folded, s_start, start, end, unit)
        figure = Figure(
            value=value,
            unit=unit,
            qualifier=qualifier,
            sentence=text[s_start:s_end],
            subject=subject,
        )
        out.append((start, end, figure))
    return out


def _figure_value(m: re.Match[str]) -> tuple[float, str, str | None] | None:
    if m.group("pct"):
        value = parse_number(m.group("pctnum"))
        return None if value is None else (value, "%", None)
    if m.group("geyi"):
        value = parse_number(m.group("genum"))
        if value is None:
            return None
        return value * 1e8, "元", "多" if m.group("geduo") else None
    unit = m.group("unit")
    approx = m.group("approx")
    mult = m.group("mult") or ""
    if m.group("ar") is not None:
        number = m.group("ar")
    else:
        number = m.group("cn")
        # A lone Chinese digit before a measure word is a word (一家, 三个), not a figure.
        # Several digits without 十百千万亿 (唯一一个) are words too.
        if all(ch in _CN_DIGITS for ch in number):
            return None
        if number.endswith("点"):
            return None
    value = parse_number(number + mult)
    if value is None:
        return None
    if unit == "人民币":
        unit = "元"
    return value, unit, approx


# ---------------------------------------------------------------- subjects

_CLAUSE_DELIMS = re.compile(r"[,，;；:：、。!?！？\n()（）“”\"'‘’「」『』《》【】\[\]—]")
# Words that end a noun phrase on its left: verbs and prepositions that link a
# subject to its amount.  The subject is what comes after the last of them.
_LINK_WORDS = [
    "增长到",
    "增加到",
    "提高到",
    "提升到",
    "下降到",
    "减少到",
    "达到",
    "超过",
    "突破",
    "增至",
    "降至",
    "增长",
    "增加",
    "提高",
    "提升",
    "下降",
    "减少",
    "投资",
    "投入",
    "实现",
    "支持",
    "培育",
    "汇集",
    "发布",
    "组织",
    "引进",
    "引入",
    "招引",
    "签约",
    "签订",
    "新增",
    "共建",
    "完成",
    "促成",
    "举办",
    "推动",
    "推出",
    "上线",
    "吸引",
    "带动",
    "设立",
    "服务",
    "产生",
    "孵化",
    "挖掘",
    "创建",
    "形成",
    "拥有",
    "获得",
    "接到",
    "容纳",
    "达",
    "为",
    "是",
    "有",
    "已经",
    "在",
    "到",
    "至",
    "于",
    "将",
    "了",
    "的",
    "超",
    "约",
    "近",
    "逾",
    "过",
    "和",
    "与",
    "及",
    "就",
    "已",
    "等",
    "建成",
    "建设",
    "引导",
    "展示",
    "开展",
    "包括",
    "实施",
    "承载",
    "可以",
]
_LINK_RE = re.compile("|".join(_LINK_WORDS))
_LEADING = re.compile(
    r"^(?:其中|目前|如今|同时|此外|截至|截止|另外|最终|预计|其|并|而|还|也|已经|已|均|都|共计|累计|总计|合计|全年|每年)+"
)
_TRAILING = re.compile(r"(?:目前|预计|将|已经|已|共计|累计|总计|均|都)+$")
_FROM_TO = re.compile(
    r"[从由][^从由]*?(?:增长|增加|提高|提升|下降|减少|上升|扩大|发展)?(?:到|至|为)$|[从由]$"
)
_FOLLOW_STOP = re.compile(
    r"[的了在和与及将已是为被以等中共获均都也向到从对把正就]|实现|服务|落地|注册|累计|增|降|达|超|突破|提供|开展|参与|投资|进入|成为|用于|入驻|落户|签约|获得|完成|科技项目提供"
)
_NOUN_CHARS = re.compile(r"[\u3400-\u9fff]+")
_COUNT_UNITS = frozenset("项家个人件次座条场架所名位台套辆艘株种份户款篇部张只栋间处枚") | {
    "台套",
    "家次",
    "人次",
}
_MAX_SUBJECT = 12


def _subject(text: str, folded: str, s_start: int, start: int, end: int, unit: str) -> str | None:
    """The noun phrase a figure quantifies, from its clause; None when unclear."""
    clause_start = s_start
    for d in _CLAUSE_DELIMS.finditer(folded, s_start, start):
        clause_start = d.end()
    prefix = folded[clause_start:start].rstrip()
    prefix = _PRE_QUAL_RE.sub("", prefix).rstrip()
    prefix = _TRAILING.sub("", prefix)
    # Drop a date or another number in the prefix: keep what follows it.
    digits = list(re.finditer(r"[0-9零〇一二两三四五六七八九十百千万亿]+[年月日底末初]*", prefix))
    offset = clause_start
    if digits and digits[-1].end() == len(prefix):
        prefix = prefix[: digits[-1].start()]
    ft = _FROM_TO.search(prefix)
    if ft:
        prefix = prefix[: ft.start()]
    last_link = None
    for lm in _LINK_RE.finditer(prefix):
        last_link = lm
    if last_link is not None:
        offset += last_link.end()
        prefix = prefix[last_link.end() :]
    lead = _LEADING.match(prefix)
    if lead:
        offset += lead.end()
        prefix = prefix[lead.end() :]
    if re.search(r"[0-9]", prefix):
        return None
    nouns = _NOUN_CHARS.fullmatch(prefix)
    if nouns and 2 <= len(prefix) <= _MAX_SUBJECT:
        return text[offset : offset + len(prefix)]
    if prefix:
        return None
    if unit in _COUNT_UNITS or unit.endswith("元"):
        return _following_noun(text, folded, end)
    return None


# Between a count and the noun it counts: an approximation after it and "的"
# (80家左右的初创企业, 200家以上的企业).
_BEFORE_NOUN = re.compile(r"(?:以上|左右|以下|以内|之多)?的?")


def _following_noun(text: str, folded: str, end: int) -> str | None:
    start = _BEFORE_NOUN.match(folded, end).end()  # type: ignore[union-attr]
    m = _NOUN_CHARS.match(folded, start)
    if not m:
        return None
    phrase = m.group()[:8]
    stop = _FOLLOW_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    if 2 <= len(phrase) <= 6:
        return text[start : start + len(phrase)]
    return None
