"""Short forms defined in a text (以下简称): which full name each stands for, and its uses."""

from __future__ import annotations

import pytest

from text.aliases import find_alias_definitions, find_alias_uses, find_aliases


def _definition(text: str) -> tuple[str, str, str | None]:
    (d,) = find_alias_definitions(text)
    assert text[d.full_start : d.full_end] == d.full
    return d.short, d.full, d.type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in 《》 is a document, at the start of the text too
        (
            "国务院印发《京津冀协同发展规划纲要》（以下简称纲要）。",
            ("纲要", "京津冀协同发展规划纲要", "document"),
        ),
        (
            "《京津冀协同发展规划纲要》（以下简称纲要）。",
            ("纲要", "京津冀协同发展规划纲要", "document"),
        ),
        # a quoted name is a name of no known type, in curly or straight quotes, of odd or
        # even length, of two characters at least
        ("印发“京津冀交通规划”（以下简称规划）", ("规划", "京津冀交通规划", None)),
        ('印发"京津冀规划"（以下简称"规划"）。', ("规划", "京津冀规划", None)),
        ("“雄安”（以下简称“雄”）", ("雄", "雄安", None)),
        # by rule: the name starts after the last linking word, and keeps one that
        # leaves a single character after it (中关村在线 is a name)
        ("企业位于雄安（以下简称雄）", ("雄", "雄安", None)),
        ("中关村在线（以下简称在线）发布", ("在线", "中关村在线", None)),
        # blanks between the name and the parenthesis
        ("京津冀国家技术创新中心 （以下简称中心）揭牌", ("中心", "京津冀国家技术创新中心", None)),
        ("京津冀国家技术创新中心\t（以下简称中心）揭牌", ("中心", "京津冀国家技术创新中心", None)),
    ],
)
def test_the_full_name_before_the_parenthesis(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert _definition(text) == expected


@pytest.mark.parametrize(
    "text",
    ["“雄”（以下简称“x”）", "，京（以下简称北京）", "（以下简称中心）成立"],
)
def test_one_character_or_nothing_before_the_parenthesis_defines_nothing(text: str) -> None:
    assert find_alias_definitions(text) == []


def test_a_definition_without_a_name_does_not_hide_the_next_one() -> None:
    for first in ("。（以下简称甲）", "中心（以下简称中心）"):
        text = first + "后来，京津冀协同创新联盟（以下简称联盟）成立"
        assert find_aliases(text) == [("联盟", "京津冀协同创新联盟")], first


def test_the_longest_recognised_name_ending_at_the_parenthesis_is_the_full_name() -> None:
    text = "今年成立的北京协同创新研究院（以下简称研究院）发布报告。"
    start = text.index("北京")
    whole, tail = (start, start + 9), (start + 2, start + 9)  # 北京协同创新研究院, 协同创新研究院
    for spans in ([(*tail, "organization"), (*whole, "organization")], [tail, whole]):
        assert find_aliases(text, spans) == [("研究院", "北京协同创新研究院")]
    # spans as (start, end) pairs carry no type
    (d,) = find_alias_definitions(text, [tail, whole])
    assert (d.full, d.type) == ("北京协同创新研究院", None)
    # a span decides where the name starts, against the rule's own guess
    assert find_aliases(text, [(*tail, "organization")]) == [("研究院", "协同创新研究院")]


@pytest.mark.parametrize(
    ("text", "full", "uses"),
    [
        # a later mention of the full name holds the short form: no use (at the start of
        # the full name, and after the hyphen inside it)
        (
            "中关村管委会（以下简称中关村）成立。中关村管委会表示，中关村发展迅速。",
            "中关村管委会",
            ["，中关村"],
        ),
        (
            "中国-东盟博览会（以下简称东盟博览会）开幕。中国-东盟博览会期间，东盟博览会签约。",
            "中国-东盟博览会",
            ["，东盟博览会"],
        ),
    ],
)
def test_the_full_name_written_again_is_no_use_of_the_short_form(
    text: str, full: str, uses: list[str]
) -> None:
    (d,) = find_alias_definitions(text)
    assert d.full == full
    assert [text[s - 1 : e] for s, e in find_alias_uses(text, d)] == uses


def test_uses_stop_where_asked() -> None:
    text = "京津冀国家技术创新中心（以下简称中心）揭牌。中心主任表示，推动中心建设。"
    (d,) = find_alias_definitions(text)
    assert [text[s - 1 : e] for s, e in find_alias_uses(text, d)] == ["。中心", "动中心"]
    until = text.index("，")
    assert [text[s - 1 : e] for s, e in find_alias_uses(text, d, until=until)] == ["。中心"]
    assert find_alias_uses(text, d, until=d.end) == []


@pytest.mark.parametrize("before", ["㐀", "鿿", "新"])
def test_a_short_form_after_any_han_character_is_part_of_a_longer_word(before: str) -> None:
    # the first and last characters of the range held for Han (U+3400 to U+9FFF)
    text = f"京津冀国家技术创新中心（以下简称中心）揭牌。{before}中心，中心。"
    (d,) = find_alias_definitions(text)
    assert [text[s - 1 : e] for s, e in find_alias_uses(text, d)] == ["，中心"]
