"""Shared test helpers: building real libraries in temporary folders."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from db.articles import insert_article
from db.extraction import extract_library
from db.importer import import_paths
from db.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_library(folder: Path, name: str = "lib.duizhao") -> Library:
    lib = Library.open(folder / name)
    report = import_paths(lib, [SEEDS])
    assert len(report.added) == 4, report.summary()
    return lib


def extracted_seed_library(folder: Path, name: str = "lib.duizhao") -> Library:
    """The seed articles with their entities extracted (the shipped recogniser)."""
    lib = seed_library(folder, name)
    extract_library(lib)
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


def run_python_child(script: str, *args: str) -> dict:
    """Run ``script`` in a fresh interpreter (the project on its path; glibc's malloc
    arenas at two, so memory peaks are steadier) and return the JSON it prints.  Fails
    the test when the child exits with an error or prints a traceback."""
    env = dict(os.environ, MALLOC_ARENA_MAX="2", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=300,  # a guard against a hang, not a measure of speed
    )
    stderr = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0 and "Traceback" not in stderr, stderr[-4000:]
    return json.loads(r.stdout)
