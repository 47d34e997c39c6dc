"""The dictionary under the pointer: every entry of a headword, longest match, tone marks,
pypinyin's reading for words it lacks, and ``define`` on the command line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.test_cli import run
from text.dictionary import Dictionary, default_dictionary
from text.dictionary_build import parse, tone_marks

SAMPLE = """\
#! date=2023-11-07T06:42:16Z
乾 干 [Gan1] /surname Gan/
乾 干 [gan1] /dry/dried food/
干 干 [gan1] /(bound form) to have to do with/
幹 干 [gan4] /tree trunk/to do/
綠 绿 [lu:4] /green/
京津冀 京津冀 [Jing1 Jin1 Ji4] /Jing-Jin-Ji/
京津 京津 [Jing1 Jin1] /Beijing and Tianjin/
協同 协同 [xie2 tong2] /to cooperate/
"""


@pytest.fixture()
def small(tmp_path: Path) -> Dictionary:
    """A dictionary file made by the builder's own parser from a few CC-CEDICT lines."""
    _header, entries = parse(SAMPLE.splitlines())
    body = "# test\n" + "\n".join("\t".join(e) for e in entries) + "\n"
    path = tmp_path / "cedict.tsv.gz"
    path.write_bytes(gzip.compress(body.encode("utf-8")))
    return Dictionary(path)


def test_tone_marks_go_on_the_right_vowel() -> None:
    assert tone_marks("xie2 tong2") == "xié tóng"
    assert tone_marks("lu:4 mao4 zi5") == "lǜ mào zi"
    assert tone_marks("gui4 liu2 zhou1") == "guì liú zhōu"  # iu/ui: the last vowel
    assert tone_marks("Er4 qi1 Qu1") == "Èr qī Qū"  # a capital keeps its mark
    assert tone_marks("A B") == "A B"


def test_every_entry_of_a_headword_is_kept(small: Dictionary) -> None:
    readings = sorted((e.traditional, e.pinyin) for e in small.lookup("干"))
    assert readings == sorted([("乾", "Gān"), ("乾", "gān"), ("幹", "gàn"), ("干", "gān")])
    # Traditional headwords find their own entries only.
    assert [e.pinyin for e in small.lookup("幹")] == ["gàn"]
    # Common words before names.
    assert small.lookup("干")[-1].pinyin == "Gān"


def test_longest_match_from_a_position_in_either_script(small: Dictionary) -> None:
    text = "京津冀協同发展"
    start, end, entries = small.entries_at(text, 0)
    assert (start, end) == (0, 3)
    assert [e.senses for e in entries] == [("Jing-Jin-Ji",)]
    start, end, entries = small.entries_at(text, 3)
    assert (start, end, entries[0].simplified) == (3, 5, "协同")
    # Not a Han character: nothing.
    assert small.entries_at("A，", 1) == (1, 1, [])


def test_a_name_not_in_the_dictionary_gets_the_pypinyin_reading_marked(
    small: Dictionary,
) -> None:
    text = "任睿杰住在北京"
    start, end, entries = small.entries_at(text, 1, names=[(0, 3)])
    assert (start, end) == (0, 3)
    (entry,) = entries
    assert not entry.in_dictionary
    assert entry.pinyin == "rèn ruì jié"
    assert entry.to_json()["source"] == "pypinyin"
    # A character that starts no headword is read alone, marked too.
    start, end, entries = small.entries_at(text, 5)
    assert (start, end) == (5, 6)
    assert entries[0].pinyin == "běi" and not entries[0].in_dictionary


def test_the_bundled_dictionary_has_every_reading_of_common_words() -> None:
    d = default_dictionary()
    assert {"gān", "gàn"} <= {e.pinyin for e in d.lookup("干")}
    assert {"háng", "xíng"} <= {e.pinyin for e in d.lookup("行")}
    assert {"cháng", "zhǎng"} <= {e.pinyin for e in d.lookup("長")}
    assert {"cháng", "zhǎng"} <= {e.pinyin for e in d.lookup("长")}
    assert "CC-CEDICT" in d.source


def test_define_json_and_text() -> None:
    r = run("define", "行", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["found"] is True
    assert {"háng", "xíng"} <= {e["pinyin"] for e in out["entries"]}
    assert all(e["source"] == "CC-CEDICT" and e["senses"] for e in out["entries"])
    r = run("define", "任睿杰", "--format", "json")
    out = json.loads(r.stdout)
    assert out["found"] is False
    assert out["entries"][0]["pinyin"] == "rèn ruì jié"
    assert out["entries"][0]["source"] == "pypinyin"
    r = run("define", "长")
    assert "长 / 長  [cháng]" in r.stdout and "[zhǎng]" in r.stdout


def test_the_data_files_are_bundled_and_credited() -> None:
    import build_support
    from gui.credits import about_text
    from text.dictionary import DICTIONARY_FILE
    from text.regional import TABLE_FILE

    for parts in (DICTIONARY_FILE, TABLE_FILE):
        rel = "resources/" + "/".join(parts)
        assert rel in build_support.declared_files()
        assert rel in build_support.runtime_files()
    text = about_text()
    assert "CC-CEDICT" in text and "Attribution-ShareAlike 4.0" in text and "MDBG" in text
