"""Title, bylines, date and source of a Chinese news article, read from its text.

Everything here works on plain text as written in a file: the header lines
(title, kicker labels, byline, date, source) and, for photographers, captions
such as ``……網絡。本報記者 潘之望攝`` inside paragraphs.  Patterns are matched
on the script-folded text (``text.fold.fold`` keeps offsets), so Traditional
and Simplified, full-width and half-width forms are handled alike, while every
value returned is sliced from the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from text.dates import iso_date
from text.fold import fold

__all__ = [
    "Byline",
    "Metadata",
    "extract_metadata",
    "find_date",
    "find_source",
    "normalize_date",
    "parse_byline_line",
]

# Dates of publication: a narrower range of years than dates in the text.
_iso = partial(iso_date, earliest=1800, latest=2200)


@dataclass(frozen=True)
class Byline:
    """One person credited in an article: ``role`` is reporter, photographer, ..."""

    name: str
    role: str


@dataclass
class Metadata:
    title: str = ""
    bylines: list[Byline] = field(default_factory=list)
    byline: str = ""
    date: str | None = None
    source: str | None = None


_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NAME_RE = re.compile(rf"[{_CJK}](?:[{_CJK}]|[·•・]){{1,4}}")
# Decoration in front of byline and heading lines (■ 本报记者 …, ▶ …).
_MARKERS = " \t\u3000\xa0■□▶▷►●○◆◇★☆▲△▼▽◎※•·*＊>#-—|｜"

# Role words on the folded (Simplified) text, longest first; value = role.
_ROLE_WORDS: dict[str, str] = {
    "摄影记者": "photographer",
    "特约通讯员": "correspondent",
    "特约记者": "correspondent",
    "见习记者": "reporter",
    "实习记者": "reporter",
    "责任编辑": "editor",
    "通讯员": "correspondent",
    "实习生": "intern",
    "记者": "reporter",
    "摄影": "photographer",
    "编辑": "editor",
    "责编": "editor",
    "撰稿": "author",
    "作者": "author",
    "撰文": "reporter",
}
# Single-character roles only count when followed by a slash or colon: 文/张三 图/李四.
_SHORT_ROLES: dict[str, str] = {"文": "reporter", "图": "photographer", "摄": "photographer"}

_ROLE_RE = re.compile(
    "(?P<word>"
    + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
    + r")\s*[:：/]?"
    + "|(?P<short>[文图摄](?:\\s*[/／、]\\s*[文图摄])*)\\s*[/／:：]"
)
# What may stand in front of a role word: 本报, 新华社, 人民日报, 本报驻天津, 央视 ...
_ORG_RE = re.compile(
    rf"(?:[{_CJK}]{{1,10}}(?:报|报社|社|台|网|刊|站|中心|杂志|频道|客户端|新闻)|本报|本刊|本台|本网)?(?:驻[{_CJK}]{{1,6}})?"
)
_NOT_NAMES = (
    "报道",
    "报导",
    "综合",
    "编译",
    "整理",
    "发自",
    "联合",
    "采写",
)
_PHOTO_SUFFIX = "摄"

# Labels that head a text but are not its title (compared folded).
_LABELS = frozenset(
    {
        "阅读提示",
        "编者按",
        "核心提示",
        "新闻提示",
        "内容提要",
        "提要",
        "导读",
        "导语",
        "摘要",
        "开栏的话",
        "编者的话",
        "相关资料图",
        "资料图",
        "图片新闻",
        "新闻链接",
        "链接",
        "背景",
    }
)

_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SOURCE_RE = re.compile(r"(?:来源|稿源|出处|转自|转载自|消息来源|source)\s*[:：]\s*", re.IGNORECASE)
_SOURCE_VALUE_RE = re.compile(r"[^\s|｜/、，,;；)）\]】]+")
_MASTHEAD_RE = re.compile(r"^《([^《》]{2,24})》")
_PAGE_RE = re.compile(r"第?\s*[0-9一二三四五六七八九十]+\s*版|[A-Za-z]?\d+版|版次\S*|星期.|周.")

_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "o": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN = "〇○零o一二三四五六七八九十"
_DATE_FULL_RES = (
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"),
    re.compile(r"(?<![\d.])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d])"),
    re.compile(rf"([{_CN}]{{4}})\s*年\s*([{_CN}]{{1,3}})\s*月\s*([{_CN}]{{1,3}})\s*[日号]"),
    re.compile(r"(?<!\d)(20\d{2}|19\d{2})(\d{2})(\d{2})(?!\d)"),
)
_DATE_MONTH_RES = (
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)"),
    re.compile(r"(?<![\d.])(\d{4})\s*[-/.]\s*(\d{1,2})(?![\d.\-/])"),
)
_DATE_YEAR_RE = re.compile(r"(?<!\d)(\d{4})\s*年?(?!\d)")
_DATE_LINE_LABEL_RE = re.compile(
    r"^(?:日期|时间|发布时间|发布日期|发表时间|出版日期|刊发时间|更新时间|date|published)\s*[:：]?\s*",
    re.IGNORECASE,
)
_DATE_ONLY_NOISE_RE = re.compile(r"[\s()（）\[\]【】,，.。:：]|星期.|周.|\d{1,2}:\d{2}(?::\d{2})?")

# Captions and sign-offs inside paragraphs: "……。本报记者 潘之望摄", "（记者 张三 摄）".
_CAPTION_RE = re.compile(
    rf"(?:^|(?<=[。！？!?…\s（(\]】”\"]))"
    rf"(?P<org>[{_CJK}]{{0,8}}?)(?P<word>摄影记者|记者|摄影|通讯员)\s*[:：]?\s*"
    rf"(?P<names>[{_CJK}]{{2,4}}?(?:\s*[、\s]\s*[{_CJK}]{{2,4}}?)*?)\s*(?P<photo>摄影?|摄)?"
    rf"\s*(?=[)）]|$)",
    re.MULTILINE,
)
_PAREN_CREDIT_RE = re.compile(
    rf"[（(]\s*(?P<org>[{_CJK}]{{0,8}}?)(?P<word>记者|通讯员|摄影)\s*[:：]?\s*"
    rf"(?P<names>[{_CJK}]{{2,4}}?(?:\s*[、\s,，]\s*[{_CJK}]{{2,4}}?)*?)\s*(?P<photo>摄)?\s*[）)]"
)

_INFO_LINE_RE = re.compile(r"(?:作者|编辑|发布|时间|日期|浏览|阅读|点击|字号|责编)\s*[:：]")
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_HEADER_LINES = 12
_BODY_MIN_LEN = 60


# --------------------------------------------------------------------------- dates


def _cn_number(s: str) -> int | None:
    """Chinese numerals of dates: 二〇二三 → 2023, 十二 → 12, 二十七 → 27."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        if t < 0 or o < 0 or len(tens) > 1 or len(ones) > 1:
            return None
        return t * 10 + o
    value = 0
    for ch in s:
        if ch not in _CN_DIGITS:
            return None
        value = value * 10 + _CN_DIGITS[ch]
    return value


def _full_date(folded: str) -> tuple[str, int, int] | None:
    """The first complete date in ``folded``: (iso, start, end)."""
    best: tuple[str, int, int] | None = None
    for i, rx in enumerate(_DATE_FULL_RES):
        for m in rx.finditer(folded):
            if i == 1:
                y, mo, d = m.group(1), m.group(3), m.group(4)
                iso = _iso(int(y), int(mo), int(d))
            elif i == 2:
                ny, nm, nd = (_cn_number(g) for g in m.groups())
                iso = _iso(ny, nm, nd) if ny and nm and nd else None
            else:
                iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


def normalize_date(value: str) -> str | None:
    """ISO form of a date written in common ways, or None.

    ``2023-02-27T08:00:00+08:00``, ``2023/2/27``, ``2023年2月27日``,
    ``二〇二三年二月二十七日`` give ``2023-02-27``; ``2023年2月`` gives
    ``2023-02`` and ``2023年`` gives ``2023``.
    """
    folded = fold(value.strip())
    full = _full_date(folded)
    if full:
        return full[0]
    for rx in _DATE_MONTH_RES:
        m = rx.search(folded)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)))
    m = _DATE_YEAR_RE.fullmatch(_DATE_ONLY_NOISE_RE.sub("", folded))
    if m:
        return _iso(int(m.group(1)))
    return None


def find_date(line: str) -> str | None:
    """A date stated by a header line: any full date; a month or year only on a date line."""
    folded = fold(line.strip())
    full = _full_date(folded)
    if full:
        return full[0]
    rest = _DATE_LINE_LABEL_RE.sub("", folded)
    rest = _DATE_ONLY_NOISE_RE.sub("", rest)
    for rx in _DATE_MONTH_RES:
        m = rx.fullmatch(rest)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})年", rest)
    if m:
        return _iso(int(m.group(1)))
    return None


def _is_date_line(line: str) -> bool:
    """True when a line says nothing but a date (and perhaps a weekday, time, label)."""
    folded = fold(line.strip())
    full = _full_date(folded)
    rest = folded[: full[1]] + folded[full[2] :] if full else folded
    rest = _DATE_LINE_LABEL_RE.sub("", rest.strip())
    rest = _DATE_ONLY_NOISE_RE.sub("", rest)
    if full:
        return rest == ""
    return find_date(line) is not None


# ------------------------------------------------------------------------ bylines


def _strip_markers(line: str) -> tuple[str, int]:
    """Line without leading/trailing decoration, and the offset of what is left."""
    start = 0
    while start < len(line) and line[start] in _MARKERS:
        start += 1
    return line[start:].rstrip(_MARKERS), start


def _names_in(segment: str, folded: str) -> tuple[list[str], bool] | None:
    """Names in a segment after a role word, and whether 摄 (photo) ends it.

    Returns None when the segment holds something other than names.
    """
    names: list[str] = []
    photo = False
    for m in re.finditer(r"[^\s、，,;；]+", folded):
        tok_f = m.group()
        tok = segment[m.start() : m.end()]
        if tok_f in (_PHOTO_SUFFIX, "摄影", "摄/"):
            photo = True
            continue
        if (
            tok_f.startswith(_NOT_NAMES)
            or tok_f.endswith(_NOT_NAMES)
            or tok_f in ("等", "文", "图")
        ):
            continue
        if tok_f.endswith("等") and len(tok_f) >= 3:
            tok, tok_f = tok[:-1], tok_f[:-1]
        if tok_f.endswith(_PHOTO_SUFFIX) and len(tok_f) >= 3:
            photo = True
            tok, tok_f = tok[:-1], tok_f[:-1]
        if not _NAME_RE.fullmatch(tok_f) or len(tok_f) > 5:
            return None
        names.append(tok)
    return names, photo


def parse_byline_line(line: str) -> list[Byline] | None:
    """Credits of a byline line, or None when the line is not a byline.

    Handles ``本报记者 曹政``, ``■ 本报记者 张璐``, ``本報記者 潘之望攝``,
    ``本报记者 王昊男 通讯员 李某``, ``新华社记者 张三、李四``, ``文/张三 图/李四``.
    A byline line consists only of role words (with an optional organisation
    in front), names of two to four characters, and perhaps a date.
    """
    body, _ = _strip_markers(line)
    if not body or len(body) > 80:
        return None
    folded = fold(body)
    full = _full_date(folded)
    if full:  # "本报记者 张三 2023年2月27日": ignore the date part
        folded = folded[: full[1]] + " " * (full[2] - full[1]) + folded[full[2] :]
    folded = _TIME_RE.sub(lambda m: " " * len(m.group()), folded)
    roles = list(_ROLE_RE.finditer(folded))
    if not roles:
        return None
    result: list[Byline] = []
    prev_end = 0
    pending: list[tuple[str, int, int]] = []  # (roles, org start, role end)
    for m in roles:
        # The organisation is glued to the role word: back up to the last separator.
        org_start = m.start()
        while org_start > prev_end and folded[org_start - 1] not in " \t\u3000、，,/":
            org_start -= 1
        org = folded[org_start : m.start()]
        if org and not _ORG_RE.fullmatch(org):
            return None
        pending.append((_role_of(m, org), org_start, m.end()))
        prev_end = m.end()
    if pending[0][1] != 0 and folded[: pending[0][1]].strip():
        return None
    for i, (role_names, _org_start, role_end) in enumerate(pending):
        seg_end = pending[i + 1][1] if i + 1 < len(pending) else len(folded)
        parsed = _names_in(body[role_end:seg_end], folded[role_end:seg_end])
        if parsed is None:
            return None
        names, photo = parsed
        for name in names:
            for role in ["photographer"] if photo else role_names:
                byline = Byline(name, role)
                if byline not in result:
                    result.append(byline)
    return result or None


def _role_of(m: re.Match[str], org: str) -> list[str]:
    if m.group("word"):
        role = _ROLE_WORDS[m.group("word")]
        if role == "reporter" and "驻" in org:
            role = "correspondent"
        return [role]
    letters = [ch for ch in m.group("short") if ch in _SHORT_ROLES]
    out: list[str] = []
    for ch in letters:
        if _SHORT_ROLES[ch] not in out:
            out.append(_SHORT_ROLES[ch])
    return out


_KEYWORD_RE = re.compile(
    "记者|記者|通讯员|通訊員|摄|攝|实习生|實習生|编辑|編輯|责编|責編|撰稿|撰文|作者|[文图圖]\\s*[/／:：]"
)


def _credit_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the lines that contain a credit keyword, in order."""
    done = 0
    for m in _KEYWORD_RE.finditer(text):
        if m.start() < done:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        done = end = len(text) if end < 0 else end
        yield start, text[start:end].rstrip("\r")


def _credits_in_text(text: str) -> tuple[list[Byline], str]:
    """Byline lines anywhere, captions ending in 摄, and sign-offs like （记者 张三）.

    Also returns the first byline line (markers stripped), '' if none.
    """
    found: list[tuple[int, Byline]] = []
    first_line = ""
    for offset, line in _credit_lines(text):
        folded = fold(line)
        if len(line) <= 80:
            parsed = parse_byline_line(line)
            if parsed:
                found.extend((offset, b) for b in parsed)
                first_line = first_line or _strip_markers(line)[0]
                continue
        for rx in (_CAPTION_RE, _PAREN_CREDIT_RE):
            for m in rx.finditer(folded):
                org = m.group("org")
                if org and not _ORG_RE.fullmatch(org):
                    continue
                role = _ROLE_WORDS[m.group("word")]
                if m.group("photo"):
                    role = "photographer"
                elif rx is _CAPTION_RE and role != "photographer":
                    # A sign-off after a finished sentence: "……成型。 本报记者 曹政".
                    before = folded[: m.start()].rstrip()
                    if not before.endswith(("。", "!", "?", "！", "？", "”", '"', "…")):
                        continue
                start, end = m.span("names")
                for nm in re.finditer(r"[^\s、，,]+", folded[start:end]):
                    name_f = nm.group()
                    if _NAME_RE.fullmatch(name_f) and not name_f.startswith(_NOT_NAMES):
                        name = line[start + nm.start() : start + nm.end()]
                        found.append((offset + start, Byline(name, role)))
    found.sort(key=lambda item: item[0])
    out: list[Byline] = []
    for _, b in found:
        if b not in out:
            out.append(b)
    return out, first_line


# ------------------------------------------------------------------------- source


def find_source(line: str) -> str | None:
    """The publication named by a line such as ``来源：人民日报`` or ``《北京日报》``."""
    return _source_in(line) or _masthead_in(line)


def _source_in(line: str) -> str | None:
    folded = fold(line)
    m = _SOURCE_RE.search(folded)
    if not m:
        return None
    v = _SOURCE_VALUE_RE.match(folded, m.end())
    if not v:
        return None
    value = line[v.start() : v.end()].strip("《》\"“”'")
    return value or None


def _masthead_in(line: str) -> str | None:
    stripped = line.strip(_MARKERS)
    m = _MASTHEAD_RE.match(stripped)
    if not m:
        return None
    rest = fold(stripped[m.end() :])
    full = _full_date(rest)
    if full:
        rest = rest[: full[1]] + rest[full[2] :]
    rest = _PAGE_RE.sub("", rest)
    rest = re.sub(r"[\s,，|｜/·•()（）\-—:：]", "", rest)
    return m.group(1).strip() if rest == "" else None


# ------------------------------------------------------------------------- header


def _is_body_line(stripped: str) -> bool:
    if len(stripped) >= _BODY_MIN_LEN:
        return True
    return len(stripped) > 24 and stripped.endswith(("。", "！", "？", "…", ".", "；"))


def _snippet(line: str, limit: int = 30) -> str:
    line = line.strip()
    m = re.search(r"[。！？!?；;]", line)
    if m and m.start() > 0:
        line = line[: m.start()]
    if len(line) > limit:
        cut = max(line.rfind(ch, 0, limit) for ch in ",，、 ")
        line = (line[:cut] if cut >= limit // 2 else line[:limit]).rstrip(",，、 ") + "…"
    return line


def extract_metadata(text: str) -> Metadata:
    """Title, bylines, byline line(s), date and source stated in ``text``."""
    meta = Metadata()
    lines = text.splitlines()
    header: list[str] = []  # non-empty lines before the body starts
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            continue
        if _is_body_line(stripped) or len(header) >= _HEADER_LINES:
            break
        header.append(stripped)

    byline_lines: list[str] = []
    title_candidates: list[str] = []
    headings: list[str] = []
    for line in header:
        md = _MD_HEADING_RE.match(line)
        if md:
            if md.group(2):
                headings.append(md.group(2))
            continue
        if parse_byline_line(line):
            byline_lines.append(_strip_markers(line)[0])
            if meta.date is None:
                meta.date = find_date(line)
            continue
        source = _source_in(line) or _masthead_in(line)
        if source:
            meta.source = meta.source or source
            meta.date = meta.date or find_date(line)
            continue
        if _is_date_line(line):
            meta.date = meta.date or find_date(line)
            continue
        label = _strip_markers(line)[0]
        if fold(label).rstrip(":：") in _LABELS or label.startswith(("—", "-", "（", "(")):
            continue
        if _INFO_LINE_RE.search(fold(line)) and _full_date(fold(line)):
            # "2023-02-27 08:30 作者：张三 编辑：李四": an information line.
            meta.date = meta.date or find_date(line)
            continue
        title_candidates.append(label)

    if headings:
        meta.title = headings[0]
    elif title_candidates:
        meta.title = title_candidates[0]
    else:
        meta.title = _fallback_title(lines)

    meta.bylines, first_byline = _credits_in_text(text)
    meta.byline = "\n".join(byline_lines) if byline_lines else first_byline

    if meta.source is None:
        for line in lines[-6:]:
            found = _source_in(line)
            if found:
                meta.source = found
                break
    return meta


def _fallback_title(lines: list[str]) -> str:
    """No title line: the opening words of the first paragraph, cut short."""
    for raw in lines:
        line = raw.strip()
        if not line or fold(_strip_markers(line)[0]).rstrip(":：") in _LABELS:
            continue
        if parse_byline_line(line) or _is_date_line(line):
            continue
        md = _MD_HEADING_RE.match(line)
        return md.group(2) if md else _snippet(line)
    return ""
