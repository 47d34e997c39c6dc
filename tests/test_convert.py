"""Script conversion and the character map between original and converted text."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import jieba
import pytest

from text.convert import (
    CONFIGS,
    Converted,
    UnknownConversion,
    convert,
    convert_with_map,
    default_config,
    target_script,
)
from text.fold import detect_script

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# Simplified phrases that s2twp turns into Taiwan phrases of another length.
LONGER = ["互联网", "程序员", "U盘", "的士", "借记卡", "蹦极", "刷新", "卸载", "城域网"]
SHORTER = ["航天飞机", "土库曼斯坦", "写保护", "滚动条"]
# Phrases and characters whose conversion keeps the length.
SAME = ["软件", "鼠标", "出租车", "计算机", "北京", "发展", "创新", "数据库", "信息"]
FILLER = ["我们", "和", "在", "abc", " ", "123", "“引号”", "京津冀", "协同"]
SEPARATORS = ["，", "。", "\n", "；", "、", "\r\n", "！"]


def seed_texts() -> list[str]:
    assert len(SEEDS) >= 4
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def assert_consistent(conv: Converted) -> None:
    """Every single-character span maps to a non-empty span that maps back over it."""
    n, m = len(conv.original), len(conv.text)
    prev = (0, 0)
    for i in range(n):
        a, b = conv.to_converted(i, i + 1)
        assert 0 <= a < b <= m, (i, conv.original[i], a, b)
        assert a >= prev[0] and b >= prev[1]  # monotone
        prev = (a, b)
        oa, ob = conv.to_original(a, b)
        assert oa <= i and ob >= i + 1
    prev = (0, 0)
    for j in range(m):
        a, b = conv.to_original(j, j + 1)
        assert 0 <= a < b <= n, (j, conv.text[j], a, b)
        assert a >= prev[0] and b >= prev[1]
        prev = (a, b)
        ca, cb = conv.to_converted(a, b)
        assert ca <= j and cb >= j + 1
    assert conv.to_converted(0, n) == (0, m)
    assert conv.to_original(0, m) == (0, n)


def test_phrases_in_lists_really_change_length() -> None:
    for phrase in LONGER:
        assert len(convert(phrase, "s2twp")) > len(phrase), phrase
    for phrase in SHORTER:
        assert len(convert(phrase, "s2twp")) < len(phrase), phrase


def test_identity_when_lengths_agree() -> None:
    text = "软件开发和信息技术\n京津冀协同发展"
    conv = convert_with_map(text, "s2t")
    assert len(conv.text) == len(text)
    assert conv.is_identity
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert conv.to_converted(start, end) == (start, end)
            assert conv.to_original(start, end) == (start, end)


def test_identity_for_traditional_seed() -> None:
    text = seed_texts()[0]
    assert detect_script(text) == "hant"
    conv = convert_with_map(text, "t2s")
    assert detect_script(conv.text) == "hans"
    assert len(conv.text) == len(text) and conv.is_identity
    start = text.index("聯泰集群")
    a, b = conv.to_converted(start, start + 4)
    assert (a, b) == (start, start + 4) and conv.text[a:b] == "联泰集群"


@pytest.mark.parametrize(
    ("source", "config"),
    [("写保护", "s2twp"), ("航天飞机", "s2twp"), ("互联网", "s2twp"), ("網際網路", "tw2sp")],
)
def test_length_changing_phrase_maps_both_directions(source: str, config: str) -> None:
    before, after = "我们的", "很重要。"
    text = before + source + after
    target = convert(source, config)
    assert len(target) != len(source)
    conv = convert_with_map(text, config)
    assert conv.text == convert(before, config) + target + convert(after, config)
    start = len(convert(before, config))
    span = (start, start + len(target))
    assert conv.text[span[0] : span[1]] == target
    # Every character of the phrase maps to the whole converted phrase, and back.
    for i in range(len(before), len(before) + len(source)):
        assert conv.to_converted(i, i + 1) == span
    for j in range(*span):
        assert conv.to_original(j, j + 1) == (len(before), len(before) + len(source))
    # Characters outside the phrase map one to one.
    assert conv.to_converted(1, 2) == (1, 2)
    tail = len(before) + len(source)
    assert conv.to_converted(tail, tail + 2) == (span[1], span[1] + 2)
    assert_consistent(conv)


def test_jisuanji_maps_as_a_unit() -> None:
    # s2twp turns 计算机 into 電腦 with some OpenCC dictionaries and into 計算機 with
    # others; either way the word must map onto the whole converted word and back.
    text = "这台计算机很快"
    conv = convert_with_map(text, "s2twp")
    target = convert("计算机", "s2twp")
    start = conv.text.index(target)
    a, b = conv.to_converted(2, 5)
    assert (a, b) == (start, start + len(target))
    assert conv.to_original(a, b) == (2, 5)
    assert_consistent(conv)


def test_longer_and_shorter_phrase_in_one_sentence() -> None:
    # The lengths cancel out, so equal length must not be taken for an identity map.
    text = "航天飞机和的士"
    conv = convert_with_map(text, "s2twp")
    first, second = convert("航天飞机", "s2twp"), convert("的士", "s2twp")
    assert conv.text == first + "和" + second
    assert len(conv.text) == len(text)
    assert not conv.is_identity
    assert conv.to_converted(0, 4) == (0, len(first))
    assert conv.to_converted(4, 5) == (len(first), len(first) + 1)
    assert conv.to_converted(5, 6) == (len(first) + 1, len(conv.text))
    assert conv.to_original(len(first) + 1, len(first) + 2) == (5, 7)


def test_adjacent_phrases_are_mapped_separately() -> None:
    text = "U盘的士"
    conv = convert_with_map(text, "s2twp")
    first = convert("U盘", "s2twp")
    assert conv.text == first + convert("的士", "s2twp")
    assert conv.to_converted(0, 1) == (0, len(first))
    assert conv.to_converted(2, 3) == (len(first), len(conv.text))
    assert conv.to_original(len(first), len(first) + 1) == (2, 4)


@pytest.mark.parametrize("config", ["s2twp", "s2t", "s2hk"])
def test_highlights_round_trip_over_seeds(config: str) -> None:
    for text in seed_texts()[1:]:
        conv = convert_with_map(text, config)
        assert detect_script(conv.text) == "hant"
        for _word, start, end in jieba.tokenize(text):
            a, b = conv.to_converted(start, end)
            assert a < b
            oa, ob = conv.to_original(a, b)
            assert oa <= start and ob >= end


def test_round_trip_over_seeds_with_phrases_inserted() -> None:
    rng = random.Random(7)
    for text in seed_texts()[1:]:
        parts = text.split("。")
        mixed = "。".join(p + rng.choice(LONGER + SHORTER) for p in parts)
        conv = convert_with_map(mixed, "s2twp")
        assert not conv.is_identity
        assert conv.text.count("\n") == mixed.count("\n")
        # each inserted phrase lands on its own conversion
        for phrase in LONGER + SHORTER:
            at = mixed.find(phrase)
            if at >= 0:
                a, b = conv.to_converted(at, at + len(phrase))
                assert conv.text[a:b] == convert(phrase, "s2twp"), phrase
        assert_consistent(conv)
        back = convert_with_map(conv.text, "tw2sp")
        assert_consistent(back)


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_listed_config_converts(config: str) -> None:
    text = seed_texts()[1][:400] + "\n\n" + seed_texts()[0][:400]
    out = convert(text, config)
    assert out
    assert out.count("\n") == text.count("\n")
    if target_script(config) == "hans":
        assert detect_script(out) in ("hans", "none")
    conv = convert_with_map(text, config)
    assert_consistent(conv)
    # the blank line between the two articles is found where it was
    gap = text.index("\n\n")
    a, b = conv.to_converted(gap, gap + 2)
    assert conv.text[a:b] == "\n\n" and conv.text[:a].count("\n") == text[:gap].count("\n")


def test_script_of_configs() -> None:
    assert convert("發展", "t2s") == "发展"
    assert convert("发展", "s2t") == "發展"
    assert target_script("s2twp") == "hant"
    assert target_script("tw2sp") == "hans"
    assert target_script("t2hk") == "hant"
    assert target_script("hk2s") == "hans"
    assert default_config("hant") == "t2s"
    assert default_config("hans") == "s2t"
    assert default_config("mixed") == "s2t"
    assert default_config("none") == "s2t"  # an article without Chinese characters
    with pytest.raises(ValueError, match="unknown script 'latin'"):
        default_config("latin")


def test_unknown_config_raises() -> None:
    for name in ("nope", "s2x", "", "s2t.json", "../s2t"):
        with pytest.raises(UnknownConversion):
            convert("发展", name)
        with pytest.raises(UnknownConversion):
            convert_with_map("发展", name)
        with pytest.raises(UnknownConversion):
            target_script(name)
    with pytest.raises(UnknownConversion):
        convert("", "nope")
    assert issubclass(UnknownConversion, ValueError)
    # the message names what was asked for and what there is to choose from
    with pytest.raises(UnknownConversion) as raised:
        convert("发展", "s2x")
    assert str(raised.value) == f"unknown conversion 's2x' (known: {', '.join(CONFIGS)})"


def test_out_of_range_span_raises() -> None:
    conv = convert_with_map("互联网", "s2twp")
    with pytest.raises(ValueError, match=r"span \(0, 4\) outside text of length 3"):
        conv.to_converted(0, 4)
    with pytest.raises(ValueError, match=r"span \(2, 1\) outside text of length 4"):
        conv.to_original(2, 1)
    assert conv.to_converted(3, 3) == (4, 4)
    assert conv.to_converted(0, 0) == (0, 0)
    # an empty span (a caret) at the end of either text is at the end of the other
    assert conv.to_original(4, 4) == (3, 3)
    assert conv.to_original(0, 0) == (0, 0)


def test_empty_text() -> None:
    conv = convert_with_map("", "s2twp")
    assert conv.text == ""
    assert conv.to_converted(0, 0) == (0, 0)


def test_newlines_preserved() -> None:
    text = "互联网\n\n程序员\r\n航天飞机\r的士\n"
    for config in ("s2twp", "s2t", "s2hk"):
        conv = convert_with_map(text, config)
        for sep in ("\n", "\r\n", "\r"):
            assert conv.text.count(sep) == text.count(sep)
        # Each line maps onto the same line of the converted text.
        o_lines = text.splitlines(keepends=True)
        c_lines = conv.text.splitlines(keepends=True)
        assert len(o_lines) == len(c_lines)
        pos_o = pos_c = 0
        for o_line, c_line in zip(o_lines, c_lines, strict=True):
            assert conv.to_converted(pos_o, pos_o + len(o_line)) == (pos_c, pos_c + len(c_line))
            pos_o += len(o_line)
            pos_c += len(c_line)


def _words(config: str) -> list[str]:
    words = LONGER + SHORTER + SAME + FILLER
    if target_script(config) == "hans":
        words = [convert(w, "s2twp") for w in words]
    return words


@pytest.mark.parametrize("config", ["s2twp", "tw2sp", "s2hk", "t2s"])
def test_random_mixtures_of_phrases(config: str) -> None:
    rng = random.Random(sum(map(ord, config)))
    words = _words(config)
    for _ in range(80):
        chunks: list[str] = []
        for _ in range(rng.randint(1, 12)):
            chunks.append(rng.choice(words))
            if rng.random() < 0.4:
                chunks.append(rng.choice(SEPARATORS))
        text = "".join(chunks)
        conv = convert_with_map(text, config)
        assert conv.text.count("\n") == text.count("\n")
        assert_consistent(conv)


@pytest.mark.parametrize("config", ["s2twp", "tw2sp"])
def test_random_separated_phrases_land_on_their_conversion(config: str) -> None:
    rng = random.Random(sum(map(ord, config)) + 1)
    words = _words(config)
    for _ in range(40):
        chunks: list[str] = []
        for _ in range(rng.randint(1, 10)):
            chunks += [rng.choice(words), rng.choice(SEPARATORS)]
        text = "".join(chunks)
        conv = convert_with_map(text, config)
        outs = [convert(c, config) for c in chunks]
        assert conv.text == "".join(outs)
        pos_o = pos_c = 0
        for chunk, out in zip(chunks, outs, strict=True):
            span = conv.to_converted(pos_o, pos_o + len(chunk))
            assert span == (pos_c, pos_c + len(out)), (chunk, out)
            assert conv.to_original(*span) == (pos_o, pos_o + len(chunk))
            pos_o += len(chunk)
            pos_c += len(out)


def test_threads_share_nothing_unsafe() -> None:
    text = "".join(seed_texts()[1:]) + "互联网程序员"
    expected = convert(text, "s2twp")
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(convert_with_map(text, "s2twp").text)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert results == [expected] * 12


def test_phrases_with_one_unchanged_character_between_map_separately() -> None:
    from text.convert import convert_with_map

    c = convert_with_map("程序员和互联网", "s2twp")
    assert c.text == "程式設計師和網際網路"
    assert c.text[slice(*c.to_converted(4, 7))] == "網際網路"
    assert c.text[slice(*c.to_converted(0, 3))] == "程式設計師"
    assert c.text[slice(*c.to_converted(3, 4))] == "和"
    assert c.to_original(*c.to_converted(4, 7)) == (4, 7)


def test_a_character_that_alone_becomes_two_maps_onto_both() -> None:
    # tw2sp turns 埠 into 端口 even on its own: no character-by-character conversion
    # gives this text, so the map cannot be the identity
    for text in ("埠", "這個埠"):
        conv = convert_with_map(text, "tw2sp")
        at = text.index("埠")
        assert conv.text == text[:at].replace("這個", "这个") + "端口"
        assert not conv.is_identity
        assert conv.to_converted(at, at + 1) == (at, at + 2)
        assert conv.to_original(at, at + 2) == (at, at + 1)
        assert conv.to_original(at + 1, at + 2) == (at, at + 1)
        assert_consistent(conv)


def test_characters_after_a_phrase_inside_a_piece_map_back_one_to_one() -> None:
    # no punctuation: one piece, phrases in its middle (程序员 → 程式設計師, 互联网 → 網際網路)
    text = "我们的程序员和互联网很重要"
    conv = convert_with_map(text, "s2twp")
    assert conv.text == "我們的程式設計師和網際網路很重要"
    expected_back = (
        [(0, 1), (1, 2), (2, 3)] + [(3, 6)] * 5 + [(6, 7)] + [(7, 10)] * 4 + [(10, 11)]
    ) + [(11, 12), (12, 13)]
    assert [conv.to_original(j, j + 1) for j in range(len(conv.text))] == expected_back
    assert conv.to_converted(6, 7) == (8, 9)
    assert conv.to_converted(10, 13) == (13, 16)


@pytest.mark.parametrize("config", ["s2twp", "tw2sp"])
def test_random_phrases_inside_one_piece_land_on_their_conversion(config: str) -> None:
    """As above with no separator between the words, so that phrases sit inside pieces."""
    rng = random.Random(sum(map(ord, config)) + 2)
    words = [w for w in _words(config) if w.strip()]
    checked = 0
    for _ in range(60):
        chunks = [rng.choice(words) for _ in range(rng.randint(2, 8))]
        outs = [convert(c, config) for c in chunks]
        text = "".join(chunks)
        conv = convert_with_map(text, config)
        if conv.text != "".join(outs):
            continue  # two words made a phrase of their own: no chunk-by-chunk answer
        checked += 1
        pos_o = pos_c = 0
        for chunk, out in zip(chunks, outs, strict=True):
            span = conv.to_converted(pos_o, pos_o + len(chunk))
            assert span == (pos_c, pos_c + len(out)), (text, chunk, out)
            for j in range(pos_c, pos_c + len(out)):
                a, b = conv.to_original(j, j + 1)
                assert pos_o <= a < b <= pos_o + len(chunk), (text, chunk, j)
            pos_o += len(chunk)
            pos_c += len(out)
    assert checked >= 40
