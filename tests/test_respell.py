"""Curated spellings of names: respell, undo, re-extraction, the reader's text, show and CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db import curation
from db.articles import get_article
from db.conversion import article_names, convert_article
from db.entities import article_mentions, find_entity, get_entity
from db.extraction import extract_library, reextract
from db.library import Library
from gui.reader import mentions_from
from tests.helpers import seed_library
from tests.test_cli import run

TRAD = 1  # the seed article in Traditional script, which writes 任睿杰 with 杰


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = seed_library(tmp_path_factory.mktemp("respell"))
    assert extract_library(lib) == 4
    path = lib.path
    lib.close()
    return Path(path)


@pytest.fixture()
def lib(extracted: Path, tmp_path: Path):
    shutil.copy(extracted, tmp_path / "lib.duizhao")
    lib = Library.open(tmp_path / "lib.duizhao")
    yield lib
    lib.close()


def _ren(lib: Library) -> int:
    entity = find_entity(lib, "任睿杰", "person")
    assert entity is not None
    return entity.id


def _reader_text(lib: Library, variant: str = "s2tw") -> str:
    article = get_article(lib, TRAD)
    assert article is not None and article.script == "hant"
    return convert_article(lib, article, variant)[1].text


def test_respell_writes_the_name_so_in_the_reader_unmarked(lib: Library) -> None:
    ren = _ren(lib)
    article = get_article(lib, TRAD)
    _, before = convert_article(lib, article, "s2tw")
    assert "任睿傑" in before.text and "任睿杰" not in before.text
    assert any(u.text == "傑" for u in before.uncertain)
    assert get_entity(lib, ren).name_hant == "任睿傑"

    label = curation.respell(lib, ren, "hant", "任睿杰")
    assert "任睿杰" in label and "Traditional" in label
    entity = get_entity(lib, ren)
    assert (entity.name_hans, entity.name_hant) == ("任睿杰", "任睿杰")
    rows = [m for m in article_mentions(lib, TRAD) if m.entity_id == ren]
    assert rows and all(m.spelling_hant == "任睿杰" and m.spelling_hans is None for m in rows)
    # the window hands article_mentions to the reader through mentions_from
    assert {m.hant for m in mentions_from(rows)} == {"任睿杰"}
    names = article_names(lib, TRAD)
    assert {n.hant for n in names if n.hant} == {"任睿杰"}
    config, after = convert_article(lib, article, "s2tw")
    assert config == "s2tw"
    assert "任睿傑" not in after.text and after.text.count("任睿杰") == len(rows)
    spots = [i for i in range(len(after.text)) if after.text.startswith("任睿杰", i)]
    assert not [u for u in after.uncertain if any(s <= u.start < s + 3 for s in spots)]
    # the Simplified spelling is not the Traditional one: t2s converts as before
    assert convert_article(lib, article, "t2s")[1].text.count("任睿杰") == len(rows)


def test_undo_and_redo_a_spelling(lib: Library) -> None:
    ren = _ren(lib)
    curation.respell(lib, ren, "hant", "任睿杰")
    assert curation.undo(lib).startswith("spell 任睿杰")
    assert get_entity(lib, ren).name_hant == "任睿傑"
    assert "任睿傑" in _reader_text(lib)
    assert all(m.spelling_hant is None for m in article_mentions(lib, TRAD))
    curation.redo(lib)
    assert get_entity(lib, ren).name_hant == "任睿杰"
    assert "任睿傑" not in _reader_text(lib)
    # an empty spelling goes back to the converted one
    curation.respell(lib, ren, "hant", "")
    assert get_entity(lib, ren).name_hant == "任睿傑"
    assert "任睿傑" in _reader_text(lib)


def test_a_spelling_survives_re_extraction(lib: Library) -> None:
    ren = _ren(lib)
    curation.respell(lib, ren, "hant", "任睿杰")
    assert reextract(lib) == 4
    ren_again = _ren(lib)
    assert get_entity(lib, ren_again).name_hant == "任睿杰"
    assert "任睿傑" not in _reader_text(lib)


def test_a_spelling_must_spell_the_same_name(lib: Library) -> None:
    ren = _ren(lib)
    with pytest.raises(curation.CurationError, match="not a spelling"):
        curation.respell(lib, ren, "hant", "張偉")
    with pytest.raises(curation.CurationError, match="unknown script"):
        curation.respell(lib, ren, "latin", "任睿杰")
    assert not curation.can_undo(lib)


def test_only_mentions_writing_the_name_take_its_spelling(lib: Library) -> None:
    company = find_entity(lib, "有研稀土高技术公司", "organization")
    assert company is not None
    curation.respell(lib, company.id, "hans", "有研稀土高技术公司")
    rows = [m for m in article_mentions(lib, TRAD) if m.entity_id == company.id]
    full = [m for m in rows if m.text == company.name]
    short = [m for m in rows if m.text != company.name]  # 有研稀土, 有研稀土公司
    assert full and short
    assert all(m.spelling_hans == "有研稀土高技术公司" for m in full)
    assert all(m.spelling_hans is None for m in short)


def test_cli_respell_undo_and_show(extracted: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    shutil.copy(extracted, path)
    with Library.open(path) as lib:
        ren = _ren(lib)
        uid = get_article(lib, TRAD).uid
    r = run("entities", "respell", str(ren), "--hant", "任睿杰", lib=path)
    assert r.returncode == 0, r.stderr
    assert "任睿杰" in r.stdout
    r = run("entities", "--type", "person", "--format", "json", lib=path)
    person = next(e for e in json.loads(r.stdout) if e["id"] == ren)
    assert person["name_hant"] == "任睿杰"
    shown = run("show", uid, "--variant", "s2tw", "--format", "json", lib=path)
    assert shown.returncode == 0, shown.stderr
    out = json.loads(shown.stdout)
    assert "任睿傑" not in out["text"] and "任睿杰" in out["text"]
    assert all(out["text"][u["start"] : u["end"]] == u["text"] for u in out["uncertain"])
    r = run("entities", "undo", lib=path)
    assert r.returncode == 0 and r.stdout.startswith("spell 任睿杰")
    assert "任睿傑" in run("show", uid, "--variant", "s2tw", lib=path).stdout
    r = run("entities", "respell", "任睿杰", "--hant", "任某", lib=path)
    assert r.returncode == 1 and "not a spelling" in r.stderr
