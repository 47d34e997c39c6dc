"""Dates: ISO forms, Chinese numerals, relative years and year resolution."""

from __future__ import annotations

import pytest

from text.dates import find_dates


def isos(text: str, article_date: str | None = None) -> list[tuple[str, str]]:
    return [(text[s:e], iso) for s, e, iso in find_dates(text, article_date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020年12月，中心揭牌。", [("2020年12月", "2020-12")]),
        ("2017年4月1日，雄安新区设立。", [("2017年4月1日", "2017-04-01")]),
        ("2014年，京津冀协同发展上升为国家战略。", [("2014年", "2014")]),
        ("二〇二三年十二月三十一日发布。", [("二〇二三年十二月三十一日", "2023-12-31")]),
        ("二〇二三年是关键之年。", [("二〇二三年", "2023")]),
        ("２０２２年９月啟動。", [("２０２２年９月", "2022-09")]),
        (
            "于2024-05-06公布，2024/5/7实施。",
            [("2024-05-06", "2024-05-06"), ("2024/5/7", "2024-05-07")],
        ),
        ("联盟 2024 年年会", [("2024 年", "2024")]),
        ("方案(2024-2027年)", [("2024", "2024"), ("2027年", "2027")]),
        ("2013年到2020年，指数增长。", [("2013年", "2013"), ("2020年", "2020")]),
        ("2018年11月28日，总部落户雄安。", [("2018年11月28日", "2018-11-28")]),
    ],
)
def test_absolute_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "已经走了3年。",
        "9周年特别报道",
        "两个月后开工。",
        "落地6年的感受。",
        "注册企业4392家。",
        "2023年13月",  # the year stands, the month is invalid
    ],
)
def test_not_dates(text: str) -> None:
    found = isos(text)
    assert all(iso == "2023" for _, iso in found), found


def test_month_day_uses_article_year() -> None:
    text = "7月20日，京津冀协同发展联合工作办公室在京正式揭牌。"
    assert isos(text, "2023-07-21") == [("7月20日", "2023-07-20")]
    assert isos(text, "2023") == [("7月20日", "2023-07-20")]


def test_month_day_without_year_is_skipped() -> None:
    assert isos("7月20日，联合工作办公室揭牌。") == []


def test_month_day_takes_nearest_preceding_full_date() -> None:
    text = "2017年4月1日，雄安新区设立。2018年11月28日总部落户。12月3日再签约。"
    assert isos(text)[-1] == ("12月3日", "2018-12-03")
    # A year alone is not a full date: it does not give 7月20日 its year.
    assert isos("截至2022年，已有139项。7月20日揭牌。") == [("2022年", "2022")]


def test_article_year_wins_over_earlier_dates() -> None:
    text = "2017年4月1日，雄安新区设立。7月20日揭牌。"
    assert isos(text, "2023-07-21")[-1] == ("7月20日", "2023-07-20")


def test_relative_years() -> None:
    text = "今年3月，首台设备下线。去年，中心落地燕郊。前年开始筹备，明年建成。"
    assert isos(text, "2023-08-01") == [
        ("今年3月", "2023-03"),
        ("去年", "2022"),
        ("前年", "2021"),
        ("明年", "2024"),
    ]
    assert isos(text) == []


def test_traditional_relative_and_that_year() -> None:
    text = "2014年，研究院也在當年成立。今年2月簽約。"
    assert isos(text, "2023年5月") == [("2014年", "2014"), ("當年", "2014"), ("今年2月", "2023-02")]


def test_that_year_with_month() -> None:
    text = "这个2022年4月签约、当年6月即取得批复的项目"
    assert isos(text) == [("2022年4月", "2022-04"), ("当年6月", "2022-06")]


def test_offsets_point_into_original_text() -> None:
    text = "　２０２２年９月，中心啟動。"
    ((start, end, iso),) = find_dates(text)
    assert text[start:end] == "２０２２年９月"
    assert iso == "2022-09"
