"""Shared test helpers: building real libraries in temporary folders."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from db.articles import insert_article
from db.importer import import_paths
from db.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_library(folder: Path, name: str = "lib.duizhao") -> Library:
    lib = Library.open(folder / name)
    report = import_paths(lib, [SEEDS])
    assert len(report.added) == 4, report.summary()
    return lib


def copy_seeds(folder: Path) -> Path:
    target = folder / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def seed_sentences() -> list[str]:
    """The seed articles' sentences (and lines), for generated articles."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return [s for s in re.split(r"(?<=[。！？\n])", text) if len(s.strip()) > 4]


def sentence_articles(rng: random.Random, n: int, sentences: tuple[int, int]) -> list[str]:
    """``n`` articles of a random number (within ``sentences``) of seed sentences each."""
    pool = seed_sentences()
    return ["".join(rng.choices(pool, k=rng.randint(*sentences))) for _ in range(n)]


def add_numbered(lib: Library, texts: list[str], start: int = 0) -> None:
    """Insert the texts as articles numbered from ``start`` (title and first line)."""
    with lib.transaction() as conn:
        for i, text in enumerate(texts, start):
            insert_article(conn, title=f"第{i}篇", text=f"{i}\n{text}", script="hans")
