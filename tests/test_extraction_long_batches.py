"""A batch of many long articles holds one long text at a time, in process and with
worker processes: each is read again when its turn to be recognised and stored
comes, instead of all of them being read first (a folder of large files in one
import would add up)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import db.extraction
from db.articles import insert_article
from db.extraction import extract_library, pending_articles
from db.library import Library
from tests.helpers import SEEDS, seed_library
from tests.test_extraction_processes import stored

PIECE = 20_000  # articles longer than this are recognised in pieces
LONG = 10


class Tracked(str):
    """A long article's text that counts how many such texts are alive at once."""

    alive = 0
    most = 0

    def __new__(cls, value: str) -> Tracked:
        out = super().__new__(cls, value)
        Tracked.alive += 1
        Tracked.most = max(Tracked.most, Tracked.alive)
        return out

    def __del__(self) -> None:
        Tracked.alive -= 1


@pytest.fixture
def tracked(monkeypatch: pytest.MonkeyPatch) -> type[Tracked]:
    monkeypatch.setattr(db.extraction, "PIECE", PIECE)
    real = db.extraction.article_texts

    def texts(lib: Library, ids):  # noqa: ANN001, ANN202
        for a in real(lib, ids):
            yield replace(a, text=Tracked(a.text)) if len(a.text) > PIECE else a

    monkeypatch.setattr(db.extraction, "article_texts", texts)
    Tracked.alive = Tracked.most = 0
    return Tracked


def library(folder: Path) -> Library:
    """The seed articles and ten long ones (each about three times the seeds, three
    pieces)."""
    lib = seed_library(folder)
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    with lib.transaction() as conn:
        for i in range(LONG):
            text = f"第{i}篇长文\n" + "\n".join([seeds] * 3)
            assert len(text) > PIECE
            insert_article(conn, title=f"长文{i}", text=text, script="hans")
    return lib


def reference(folder: Path) -> dict[str, list[tuple]]:
    lib = library(folder)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(db.extraction, "PIECE", PIECE)
        extract_library(lib, recognizer=False, jobs=1)
    out = stored(lib.conn)
    lib.close()
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_long_text_at_a_time(tmp_path: Path, tracked: type[Tracked], jobs: int) -> None:
    lib = library(tmp_path / "lib")
    assert len(pending_articles(lib)) == 4 + LONG
    assert extract_library(lib, recognizer=False, jobs=jobs) == 4 + LONG
    assert tracked.most >= 1  # the long articles went through the counted texts
    # In process: the one being stored, and at most the one read just before it is let
    # go.  With workers: those whose pieces are in flight (a few tasks are read ahead:
    # six for two workers, here three articles of three pieces), and the next one read.
    bound = 2 if jobs == 1 else 4
    assert tracked.most <= bound, f"{tracked.most} long texts alive at once"
    got = stored(lib.conn)
    lib.close()
    tracked.most = 0
    assert got == reference(tmp_path / "ref")  # and the same rows as before
