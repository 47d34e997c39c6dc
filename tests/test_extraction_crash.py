"""A crash or a full disk during extraction leaves counts that match the stored mentions,
and the next run takes up the articles that were not finished."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import db.extraction
from cli.main import run
from db.entities import list_entities
from db.extraction import extract_library, pending_articles
from db.library import Library, LibraryError
from tests.helpers import SEEDS, seed_library


def miscounted(conn: sqlite3.Connection) -> list[tuple]:
    """Entities whose stored counts differ from a count of their mentions."""
    return conn.execute(
        "SELECT e.id, e.name, e.mentions, count(m.id) FROM entities e"
        " LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id"
        " HAVING e.mentions != count(m.id)"
        " OR e.articles != count(DISTINCT m.article_id)"
    ).fetchall()


class PowerCut(Exception):
    pass


def test_a_crash_between_batches_leaves_counts_in_step_and_extraction_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.extraction, "BATCH", 1)
    lib = seed_library(tmp_path)

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise PowerCut

    with pytest.raises(PowerCut):
        extract_library(lib, progress=progress)
    assert miscounted(lib.conn) == []
    stored = lib.conn.execute("SELECT count(DISTINCT entity_id) FROM mentions").fetchone()[0]
    assert stored > 0
    listed = list_entities(lib, include_hidden=True, include_uncertain=True)
    assert len(listed) == stored  # none vanished
    assert pending_articles(lib) == [3, 4]
    assert extract_library(lib) == 2
    assert pending_articles(lib) == []
    assert miscounted(lib.conn) == []
    lib.close()


def test_a_full_disk_during_extraction_leaves_counts_in_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.extraction, "BATCH", 1)
    lib = seed_library(tmp_path)
    pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
    lib.conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # room for a batch or two
    with pytest.raises(LibraryError, match="full"):
        extract_library(lib)
    assert 0 < len(pending_articles(lib)) < 4
    assert miscounted(lib.conn) == []
    lib.conn.execute("PRAGMA max_page_count = 1073741823")
    extract_library(lib)
    assert pending_articles(lib) == [] and miscounted(lib.conn) == []
    lib.close()


def test_importing_again_resumes_an_unfinished_extraction(tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    assert run(["--library", str(path), "import", "--no-extract", str(SEEDS)]) == 0
    assert run(["--library", str(path), "import", str(SEEDS)]) == 0  # all duplicates
    with Library.open(path) as lib:
        assert pending_articles(lib) == []
        assert list_entities(lib)


def test_a_library_left_miscounted_is_recounted_when_opened(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    extract_library(lib)
    with lib.transaction() as conn:  # as an interrupted extraction used to leave it
        conn.execute("UPDATE entities SET mentions = 0, articles = 0")
        conn.execute("DELETE FROM meta")
    lib.close()
    with Library.open(tmp_path / "lib.duizhao") as lib:
        assert miscounted(lib.conn) == []
        assert list_entities(lib)
