"""The benchmark corpus generator, on its built-in sample (no network)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from bench.corpus import (
    MAX_BYTES,
    MIN_BYTES,
    article_path,
    corpus_files,
    iter_articles,
    iter_pairs,
    load_pool,
    write_corpus,
)
from text.fold import fold


@pytest.fixture(scope="module")
def sample_articles() -> list:
    return list(iter_articles(200, seed=7, pool=load_pool(sample=True)))


def test_deterministic_for_a_seed() -> None:
    pool = load_pool(sample=True)
    first = list(iter_pairs(30, seed=3, pool=pool))
    again = list(iter_pairs(30, seed=3, pool=pool))
    other = list(iter_pairs(30, seed=4, pool=pool))
    assert first == again
    assert first != other
    assert len({text for _, text in first}) == 30


def test_sizes_titles_and_dates(sample_articles: list) -> None:
    for art in sample_articles:
        size = len(art.text.encode("utf-8"))
        assert MIN_BYTES <= size <= MAX_BYTES, (art.index, size)
        lines = art.text.split("\n")
        assert lines[0] == art.title and art.title
        body = [line for line in lines[1:] if line and line != art.date]
        assert len(body) >= 3  # several paragraphs
        if art.date:
            assert lines[1] == art.date and art.date.endswith("日")
    dated = sum(a.date is not None for a in sample_articles)
    assert 0 < dated < len(sample_articles)


def test_both_scripts_roughly_one_to_three(sample_articles: list) -> None:
    hant = [a for a in sample_articles if a.script == "hant"]
    hans = [a for a in sample_articles if a.script == "hans"]
    assert 0.1 < len(hant) / len(sample_articles) < 0.4
    t2s = opencc.OpenCC("t2s")
    assert all(t2s.convert(a.text) == a.text for a in hans[:20])
    assert all(t2s.convert(a.text) != a.text for a in hant[:20])
    # Folding makes both scripts searchable alike.
    assert all(fold(a.text) == fold(t2s.convert(a.text)) for a in hant[:20])


def test_write_corpus_files(tmp_path: Path) -> None:
    pool = load_pool(sample=True)
    info = write_corpus(25, seed=2, data_dir=tmp_path, pool=pool)
    files = corpus_files(info.path)
    assert len(files) == 25 and not info.reused
    assert info.bytes == sum(f.stat().st_size for f in files)
    texts = [t for _, t in iter_pairs(25, seed=2, pool=pool)]
    assert article_path(info.path, 24).read_text(encoding="utf-8") == texts[24]
    assert write_corpus(25, seed=2, data_dir=tmp_path, pool=pool).reused
