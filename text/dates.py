"""Dates written in Chinese news text, resolved to ISO strings.

``find_dates(text, article_date)`` returns ``(start, end, iso)`` triples with
offsets into the original text.  Matching runs on the folded text, so
Traditional and Simplified, full-width and half-width digits are all found.

What is recognised:

- ``2017年4月1日`` -> ``2017-04-01``, ``2020年12月`` -> ``2020-12``,
  ``2014年`` -> ``2014``; ``二〇二三年`` and Chinese-numeral months and days
  (``二〇二三年十二月三十一日``); ``2024-05-06`` / ``2024/5/6`` / ``2024.5.6``.
- ``2024-2027年``: both ends of the range are dates.
- ``今年`` / ``去年`` / ``前年`` / ``明年`` (also with a month and day) are
  resolved from the year of ``article_date``; without an article date they are
  skipped.
- ``当年`` / ``同年`` ("that year") take the year of the nearest preceding
  date in the text that has a year; skipped when there is none.
- A month and day without a year (``7月20日``) take the year of
  ``article_date`` when it is given; otherwise the year of the nearest
  preceding full date (year, month and day) in the text; otherwise they are
  skipped.  The article date wins because a news report's ``7月20日`` is
  normally in its own year, while an earlier date in the text may be history.
- A month without a day and without a year (``5月以来``) is skipped: it is too
  often a recurring month rather than a date.

Durations (``3年``, ``9周年``, ``两个月``) are not dates.
"""

from __future__ import annotations

import datetime as _dt
import re

from text.fold import fold

_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "o": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

_YEAR_AR = r"(?<![0-9.])[12][0-9]{3}(?![0-9])"
_YEAR_CN = r"[〇零○o一二三四五六七八九]{4}"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_REL = r"今年|去年|前年|明年|本年|当年|同年"

_DATE_RE = re.compile(
    rf"""
    (?P<numeric>(?P<ny>{_YEAR_AR})(?P<sep>[-/.])(?P<nm>1[0-2]|0?[1-9])(?P=sep)(?P<nd>3[01]|[12][0-9]|0?[1-9])(?![0-9]))
    | (?P<range>(?P<ry>{_YEAR_AR})\s?(?:-|—|–|~|至|到)\s?(?=[12][0-9]{{3}}\s?年))
    | (?:(?P<year>{_YEAR_AR}|{_YEAR_CN})\s?年
        (?:(?P<month>{_MONTH})\s?月(?:(?P<day>{_DAY})\s?[日号])?)?)
    | (?:(?P<rel>{_REL})(?:(?P<rmonth>{_MONTH})月(?:(?P<rday>{_DAY})[日号])?)?)
    | (?:(?<![0-9年第个])(?P<month2>{_MONTH})月(?P<day2>{_DAY})[日号])
    """,
    re.VERBOSE,
)

_REL_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}


def cn_small_number(s: str) -> int | None:
    """Value of an Arabic or Chinese number below 100 (months, days) or a 4-digit year."""
    if s.isdigit() and s.isascii():
        return int(s)
    if all(ch in _CN_DIGIT for ch in s) and len(s) == 4:
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGIT.get(tens) if tens else 1
        o = _CN_DIGIT.get(ones) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


def _article_year(article_date: str | None) -> int | None:
    if not article_date:
        return None
    m = re.match(r"\s*([12][0-9]{3})", fold(article_date))
    return int(m.group(1)) if m else None


def iso_date(
    year: int,
    month: int | None = None,
    day: int | None = None,
    *,
    earliest: int = 1000,
    latest: int = 2199,
) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None for a year out of range or no such day."""
    if not earliest <= year <= latest:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _num(s: str | None) -> int | None:
    return None if s is None else cn_small_number(s)


def find_dates(
    text: str, article_date: str | None = None, *, folded: str | None = None
) -> list[tuple[int, int, str]]:
    """Find dates in ``text``; return ``(start, end, iso)`` sorted by start.

    ``folded`` may pass ``fold(text)`` when the caller already has it.
    """
    if folded is None:
        folded = fold(text)
    art_year = _article_year(article_date)
    last_year: int | None = None  # year of the nearest preceding date with a year
    last_full_year: int | None = None  # year of the nearest preceding full date
    out: list[tuple[int, int, str]] = []
    for m in _DATE_RE.finditer(folded):
        start, end = m.span()
        iso: str | None = None
        full = False
        if m.group("numeric"):
            iso = iso_date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
            full = True
        elif m.group("range"):
            end = m.start("ry") + 4
            iso = iso_date(int(m.group("ry")))
        elif m.group("year"):
            year = _num(m.group("year"))
            month = _num(m.group("month"))
            day = _num(m.group("day"))
            if year is not None:
                iso = iso_date(year, month, day)
                full = day is not None
        elif m.group("rel"):
            rel = m.group("rel")
            base = last_year if rel in ("当年", "同年") else art_year
            if base is not None:
                year = base + _REL_OFFSET.get(rel, 0)
                iso = iso_date(year, _num(m.group("rmonth")), _num(m.group("rday")))
                full = m.group("rday") is not None
        else:
            base = art_year if art_year is not None else last_full_year
            if base is not None:
                iso = iso_date(base, _num(m.group("month2")), _num(m.group("day2")))
        if iso is None:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end, iso))
        last_year = int(iso[:4])
        if full:
            last_full_year = last_year
    return out
