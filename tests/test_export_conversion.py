"""CSV exports carry the reader's conversion, names kept, and its uncertain spans (pandas)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from db import curation
from db.articles import get_article, insert_article
from db.conversion import convert_article
from db.entities import find_entity
from db.export import ARTICLE_COLUMNS, SEARCH_COLUMNS, export_articles, export_search
from db.extraction import extract_library
from db.library import Library
from tests.helpers import seed_library
from tests.test_cli import run


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("export-conversion"))
    assert extract_library(lib) == 4
    ren = find_entity(lib, "任睿杰", "person")
    curation.respell(lib, ren.id, "hant", "任睿杰")
    with lib.transaction() as conn:  # a text a spreadsheet would take for a formula
        insert_article(conn, title="formula", text="=1+1 干", script="hans")
    yield lib
    lib.close()


def _frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def _check_spans(frame: pd.DataFrame) -> int:
    """Every uncertain span reads back as its text in text_converted; their count."""
    n = 0
    for converted, cell in zip(frame["text_converted"], frame["uncertain"], strict=True):
        text = converted[1:] if converted.startswith("'=") else converted
        for u in json.loads(cell):
            assert set(u) == {"start", "end", "text", "alternatives"}
            assert text[u["start"] : u["end"]] == u["text"]
            assert u["text"] in u["alternatives"] and len(u["alternatives"]) > 1
            n += 1
    return n


def test_articles_carry_the_chosen_conversion_with_names_kept(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert export_articles(lib, out, variant="s2twp") == 5
    frame = _frame(out)
    assert list(frame.columns) == ARTICLE_COLUMNS
    assert set(frame["conversion"]) == {"s2twp"}
    assert _check_spans(frame) > 0
    trad = frame[frame["script"] == "hant"].iloc[0]
    assert "聯泰集群" in trad["text_converted"] and "聯泰叢集" not in trad["text_converted"]
    assert "任睿杰" in trad["text_converted"] and "任睿傑" not in trad["text_converted"]
    for _, row in frame.iterrows():
        article = get_article(lib, int(row["article_id"]))
        expected = convert_article(lib, article, "s2twp")[1]
        spans = [[u.start, u.end, u.text] for u in expected.uncertain]
        assert [[u["start"], u["end"], u["text"]] for u in json.loads(row["uncertain"])] == spans
    formula = frame[frame["title"] == "formula"].iloc[0]
    assert formula["text_converted"] == "'=1+1 幹"  # Excel safety as for every cell
    assert json.loads(formula["uncertain"])[0]["text"] == "幹"


def test_auto_converts_each_article_to_its_other_script(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    export_articles(lib, out)
    frame = _frame(out)
    by_script = dict(zip(frame["script"], frame["conversion"], strict=False))
    assert by_script == {"hant": "t2s", "hans": "s2t"}
    trad = frame[frame["script"] == "hant"].iloc[0]
    assert trad["text_converted"] == trad["text_hans"]  # t2s of a Traditional article
    _check_spans(frame)


def test_search_export_and_the_command_line_carry_the_columns(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    assert export_search(lib, "任睿杰", out, variant="s2tw") == 1
    frame = _frame(out)
    assert list(frame.columns) == SEARCH_COLUMNS
    row = frame.iloc[0]
    assert row["conversion"] == "s2tw" and "任睿杰" in row["text_converted"]
    _check_spans(frame)
    cli_out = tmp_path / "c.csv"
    r = run("export", "articles", "-o", str(cli_out), "--variant", "s2hk", lib=Path(lib.path))
    assert r.returncode == 0, r.stderr
    assert set(_frame(cli_out)["conversion"]) == {"s2hk"}
