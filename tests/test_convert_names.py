"""Names keep their spelling inside a conversion: protected spans, marks and the span map."""

from __future__ import annotations

import pytest

from text.convert import convert, convert_with_map
from text.convert_names import (
    ChainedConversion,
    Name,
    convert_names,
    protected_spans,
    reader_conversion,
)


def _name(text: str, name: str, **spellings: str) -> Name:
    start = text.index(name)
    return Name(start, start + len(name), **spellings)


def test_regional_vocabulary_stays_out_of_names_under_s2twp() -> None:
    text = "联泰集群与人工智能研究院合作，集群效应明显。"
    names = [_name(text, "联泰集群"), _name(text, "人工智能研究院")]
    conv, marked = convert_names(text, "s2twp", names)
    assert conv.text.startswith("聯泰集群與人工智能研究院合作")
    # outside the names the Taiwan phrases still apply
    assert "叢集效應" in conv.text
    assert marked.text == conv.text
    # the same text without names takes the vocabulary everywhere
    plain = convert(text, "s2twp")
    assert plain.startswith("聯泰叢集與人工智慧研究院")


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2twp"])
def test_uncertain_characters_inside_a_name_are_marked(config: str) -> None:
    text = "据悉，任睿杰住在北京。"
    conv, marked = convert_names(text, config, [_name(text, "任睿杰")])
    start = conv.text.index("任睿傑")
    jie = [u for u in marked.uncertain if u.text == "傑"]
    assert [(u.start, u.end) for u in jie] == [(start + 2, start + 3)]
    assert set(jie[0].alternatives) >= {"傑", "杰"}
    assert all(marked.text[u.start : u.end] == u.text for u in marked.uncertain)


def test_phrases_inside_a_name_still_settle_its_characters() -> None:
    # a bare character table writes 於敏 and 範冰冰; the surname phrases do not
    text = "于敏和范冰冰"
    names = [_name(text, "于敏"), _name(text, "范冰冰")]
    conv, marked = convert_names(text, "s2tw", names)
    assert conv.text == "于敏和范冰冰"
    assert marked.uncertain == ()


def test_traditional_to_simplified_keeps_names_and_marks_them() -> None:
    text = "資訊工業策進會與人工智慧研究院，資訊公開。"
    names = [_name(text, "資訊工業策進會"), _name(text, "人工智慧研究院")]
    conv, _ = convert_names(text, "tw2sp", names)
    assert conv.text.startswith("资讯工业策进会与人工智慧研究院")
    assert "信息公开" in conv.text  # mainland phrases outside the names
    assert convert(text, "tw2sp").startswith("信息工业策进会与人工智能研究院")
    # t2s: 鍾 of a surname has two Simplified forms, and the mark says so
    text = "鍾南山說"
    conv, marked = convert_names(text, "t2s", [Name(0, 3)])
    assert conv.text == "钟南山说"
    assert [(u.start, u.text) for u in marked.uncertain] == [(0, "钟")]
    assert "锺" in marked.uncertain[0].alternatives


def test_offsets_after_a_name_map_both_ways() -> None:
    # a name whose neighbours change length (互联网 → 網際網路) and a curated spelling
    # longer than the name
    text = "王小明用互联网写程序，联泰集群的软件很好。"
    names = [_name(text, "王小明", hant="王曉明先生"), _name(text, "联泰集群")]
    conv, _ = convert_names(text, "s2twp", names)
    assert conv.text == "王曉明先生用網際網路寫程式，聯泰集群的軟體很好。"
    pairs = (("互联网", "網際網路"), ("软件", "軟體"), ("很好", "很好"), ("联泰集群", "聯泰集群"))
    for word, written in pairs:
        s = text.index(word)
        cs, ce = conv.to_converted(s, s + len(word))
        assert conv.text[cs:ce] == written
        assert conv.to_original(cs, ce) == (s, s + len(word))
    # a character selected inside the curated spelling maps back to the whole name
    assert conv.to_original(1, 2) == (0, 3)
    assert conv.to_converted(0, 3) == (0, 5)
    for j in range(len(conv.text)):  # every converted character has a source
        a, b = conv.to_original(j, j + 1)
        assert 0 <= a < b <= len(text)


def test_a_curated_spelling_replaces_the_name_unmarked() -> None:
    text = "任睿杰说，任睿杰在燕郊。"
    names = [Name(0, 3, hant="任睿杰"), Name(5, 8)]
    conv, marked = convert_names(text, "s2tw", names)
    assert conv.text == "任睿杰說，任睿傑在燕郊。"
    assert [u.start for u in marked.uncertain if u.text in "傑杰"] == [7]
    # a spelling for the other script is not used
    conv, _ = convert_names(text, "s2tw", [Name(0, 3, hans="任锐杰")])
    assert conv.text.startswith("任睿傑")
    conv, _ = convert_names("任睿傑說", "t2s", [Name(0, 3, hant="任瑞傑")])
    assert conv.text == "任睿杰说"
    conv, _ = convert_names("任睿傑說", "t2s", [Name(0, 3, hans="任瑞杰", hant="任瑞傑")])
    assert conv.text == "任瑞杰说"


def test_a_curated_spelling_keeps_the_line_break_of_a_broken_name() -> None:
    text = "京津冀高新区联\n\n盟成立。\n下一段"
    conv, _ = convert_names(text, "s2t", [Name(0, 10, hant="京津冀高新區聯盟")])
    assert conv.text == "京津冀高新區聯\n\n盟成立。\n下一段"
    assert conv.text.count("\n") == text.count("\n")
    assert conv.to_converted(9, 10) == (9, 10)


def test_chained_conversion_keeps_names_through_both_steps() -> None:
    text = "聯泰集群的任睿杰用電腦。"
    names = [_name(text, "聯泰集群"), _name(text, "任睿杰", hant="任睿杰")]
    conv, marked = reader_conversion(text, "hant", "s2twp", names)
    assert isinstance(conv, ChainedConversion)
    assert conv.text == "聯泰集群的任睿杰用電腦。"
    assert marked.text == conv.text
    s = text.index("用電腦")
    assert conv.to_converted(s, s + 3) == (s, s + 3)
    conv, marked = reader_conversion(text, "hant", "s2twp", [_name(text, "任睿杰")])
    assert "聯泰叢集" in conv.text and "任睿傑" in conv.text
    assert any(u.text == "傑" for u in marked.uncertain)


def test_without_names_the_conversion_is_the_plain_one() -> None:
    text = "程序员用互联网，联泰集群。"
    conv, marked = convert_names(text, "s2twp")
    plain = convert_with_map(text, "s2twp")
    assert conv.text == plain.text == marked.text
    assert [conv.to_converted(i, i + 1) for i in range(len(text))] == [
        plain.to_converted(i, i + 1) for i in range(len(text))
    ]


def test_protected_spans_nested_and_overlapping() -> None:
    names = [Name(5, 9), Name(0, 4, hant="甲"), Name(1, 3), Name(7, 12), Name(20, 30)]
    assert protected_spans(names, 15) == [Name(0, 4, hant="甲"), Name(5, 12)]
    assert protected_spans([Name(3, 3), Name(-1, 2)], 10) == [Name(0, 2)]
    assert protected_spans([Name(12, 14)], 10) == []
