"""The mentions export gives each mention's sentence, and offsets that point at it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from db.entities import find_entity
from db.entity_export import MENTION_COLUMNS, export
from db.extraction import extract_library
from tests.helpers import seed_library
from text.sentences import split_sentences


def test_each_mention_comes_with_its_sentence(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    try:
        assert extract_library(lib) == 4
        ren = find_entity(lib, "任睿杰", "person")
        beijing = find_entity(lib, "北京", "place")
        assert ren and beijing
        out = tmp_path / "m.csv"
        n = export(lib, "mentions", out, ids=[ren.id, beijing.id])
        frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
        assert list(frame.columns) == MENTION_COLUMNS and len(frame) == n > 3
        assert set(frame["entity_id"]) == {ren.id, beijing.id}
        texts = dict(lib.conn.execute("SELECT uid, text FROM articles"))
        for row in frame.itertuples():
            text = texts[row.article_uid]
            assert text[row.start : row.end] == row.text
            spans = split_sentences(text)
            holding = [text[a:b] for a, b in spans if a <= row.start < b]
            assert [row.sentence] == holding, (row.text, row.sentence)
            assert len(row.sentence) < len(text)
    finally:
        lib.close()
