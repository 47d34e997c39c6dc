"""Embedding-cluster features: the table, its columns, and the model that needs it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from text.ner.clusters import Clusters, clusters_path
from text.ner.features import sentence_features
from text.ner.gazetteer import default_gazetteer
from text.ner.recognizer import DEFAULT_MODEL_PATH, Recognizer
from text.ner.segmenter import default_segmenter


def test_characters_and_words_get_their_clusters_and_unknown_ones_share_one() -> None:
    table = Clusters.from_pairs({"c:王": "7", "c:李": "7", "c:京": "3", "w:北京": "12"})
    codes = table.char_codes("王李京x")
    names = [table.names[c] for c in codes]
    assert names == ["^", "7", "7", "3", "-", "$"]
    assert table.word("北京") == "12" and table.word("天津") == "-"


def test_cluster_columns_reach_the_features() -> None:
    table = Clusters.from_pairs({"c:王": "7", "c:京": "3", "w:北京": "12"})
    rows = sentence_features(
        "王在北京",
        default_segmenter(),
        default_gazetteer(),
        groups=frozenset({"clus"}),
        clusters=table,
    )
    assert "q=7" in rows[0] and "qr=7|-" in rows[0]  # 王, then 在 (unknown)
    assert "ql=-|3" in rows[3]  # 京 after 北 (unknown)
    assert "wq=12" in rows[2] and "wq=12" in rows[3]  # both characters of 北京
    without = sentence_features(
        "王在北京", default_segmenter(), default_gazetteer(), groups=frozenset()
    )
    assert not any(f.startswith(("q=", "wq=")) for row in without for f in row)


def test_a_model_trained_with_clusters_needs_its_table(tmp_path: Path) -> None:
    for p in DEFAULT_MODEL_PATH.parent.glob("model.*"):
        shutil.copy(p, tmp_path / p.name)
    model = tmp_path / DEFAULT_MODEL_PATH.name
    assert Recognizer.load(model).predict("李鹏在北京")
    clusters_path(model).unlink()
    with pytest.raises(FileNotFoundError, match="cluster"):
        Recognizer.load(model)
