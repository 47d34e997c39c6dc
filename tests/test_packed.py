"""Packed tables: the same answers as a dict of lists, in a fraction of the memory.

``PackedMap`` against a ``dict[str, list[int]]`` of the same pairs; the dictionary's
readings against a ``PinyinIndex`` made the plain way; and the bundled dictionary
with its readings loaded within a memory bound (they took 96 MB as Python lists).
"""

from __future__ import annotations

import gzip
import random
import tracemalloc
from pathlib import Path

from text.dictionary import Dictionary
from text.dictionary_build import parse
from text.packed import PackedMap
from text.pinyin_search import DictionaryReadings, PinyinIndex, plain_syllables

SAMPLE = """\
#! date=2023-11-07T06:42:16Z
乾 干 [Gan1] /surname Gan/
乾 干 [gan1] /dry/dried food/
幹 干 [gan4] /tree trunk/to do/
北京 北京 [Bei3 jing1] /Beijing/
背景 背景 [bei4 jing3] /background/
背景 背景 [bei4 jing3] /backdrop/
京津冀 京津冀 [Jing1 Jin1 Ji4] /Jing-Jin-Ji/
京津 京津 [Jing1 Jin1] /Beijing and Tianjin/
協同 协同 [xie2 tong2] /to cooperate/
𠮷野 𠮷野 [ji2 ye3] /Yoshino (name)/
"""


def test_packed_map_answers_as_a_dict_of_lists() -> None:
    rng = random.Random(7)
    alphabet = "ab京津冀𠮷z"
    pairs = [
        ("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))), rng.randrange(10**6))
        for _ in range(3000)
    ]
    expected: dict[str, list[int]] = {}
    for key, value in pairs:
        expected.setdefault(key, []).append(value)
    packed = PackedMap(pairs)
    assert len(packed) == len(expected)
    assert packed.keys() == sorted(expected)
    for key, values in expected.items():
        assert key in packed
        assert packed.get(key) == tuple(values)  # in the order given
    for missing in ("", "c", "京京京京京", "a" * 5, "\uffff"):
        assert missing not in packed
        assert packed.get(missing) == ()
    assert PackedMap([]).get("a") == ()
    for _ in range(300):  # the longest key at a position, against trying every length
        text = "".join(rng.choice(alphabet) for _ in range(8))
        pos = rng.randrange(len(text))
        lengths = range(1, min(4, len(text) - pos) + 1)
        want = max((n for n in lengths if text[pos : pos + n] in expected), default=0)
        assert packed.longest_key_at(text, pos, 4) == want, (text, pos)
        assert packed.longest_key_at(text, pos, 1) == (1 if text[pos] in expected else 0)


def _small(tmp_path: Path) -> Dictionary:
    _header, entries = parse(SAMPLE.splitlines())
    counts = {"背景": "900", "北京": "40"}  # jieba's counts, as the builder adds them
    lines = ["\t".join([*e, counts.get(e[1], "0")]) for e in entries]
    body = "# test\n" + "\n".join(lines) + "\n"
    path = tmp_path / "cedict.tsv.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    return Dictionary(path)


def _plain_readings(dictionary: Dictionary) -> PinyinIndex:
    """The readings made with a dict of lists, most common word first."""
    index = PinyinIndex()
    counts: dict[str, int] = {}
    for entry in dictionary.entries():
        if len(entry.simplified) > 1:
            index.add(entry.simplified, plain_syllables(entry.pinyin))
            counts[entry.simplified] = max(entry.frequency, counts.get(entry.simplified, 0))
    for words in index.keys.values():
        words.sort(key=lambda w: -counts.get(w, 0))
    return index


def test_readings_find_what_a_plain_index_finds(tmp_path: Path) -> None:
    dictionary = _small(tmp_path)
    plain = _plain_readings(dictionary)
    packed = DictionaryReadings(dictionary)
    assert sorted(plain.keys) == packed.map.keys()
    for key, words in plain.keys.items():
        assert packed.find(key) == words, key
    assert packed.find("beijing") == ["背景", "北京"]  # the commoner first, each once
    assert packed.find("bj") == ["背景", "北京"]
    assert packed.find("Jing Jin") == ["京津"]
    assert packed.find("gan") == []  # single characters are not offered
    assert packed.find("北京") == []


def test_entries_read_back_from_the_packed_lines(tmp_path: Path) -> None:
    dictionary = _small(tmp_path)
    assert len(dictionary) == 10
    assert [e.senses for e in dictionary.lookup("背景")] == [("background",), ("backdrop",)]
    assert dictionary.lookup("𠮷野")[0].pinyin == "jí yě"
    assert dictionary.entry(len(dictionary) - 1).simplified == "𠮷野"  # the last line whole
    assert dictionary.longest_at("京津冀协同", 0) == 3
    assert dictionary.source.startswith("test")


def test_bundled_dictionary_and_readings_stay_small() -> None:
    """Loaded, the bundled CC-CEDICT and its readings hold under 24 MB of Python
    memory (a list of lines and dicts of lists held 96 MB), and making them never
    needs more than 60 MB at once."""
    dictionary = Dictionary()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        size = len(dictionary)
        readings = DictionaryReadings(dictionary)
        held, peak = tracemalloc.get_traced_memory()
        held -= before
    finally:
        tracemalloc.stop()
    assert size > 100_000
    assert readings.find("beijing")[0] == "北京"
    assert held < 24 * 2**20, held / 2**20
    assert peak < 60 * 2**20, peak / 2**20  # while made: 85 MB with a tuple per pair
