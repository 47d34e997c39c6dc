"""check finds a damaged search index in words, repair rebuilds it from the texts after a
copy, and backup copies a library consistently while another connection writes to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli.main import run
from db.articles import article_count
from db.backup import backup_library
from db.health import check_library, repair_library
from db.library import Library, LibraryError
from db.search import search
from tests.helpers import seed_library


def _unindex(lib: Library, article_id: int) -> None:
    """Take an article out of the search index, as a lost index write would."""
    from db.articles import get_article
    from text.fold import fold
    from text.tokens import index_tokens

    art = get_article(lib, article_id)
    assert art is not None
    with lib.transaction() as conn:
        conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, tokens) VALUES ('delete', ?, ?)",
            (article_id, index_tokens(fold(art.text))),
        )


def test_a_sound_library_checks_clean(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    report = check_library(lib)
    assert report.ok and report.articles == 4, report.problems
    assert check_library(lib, quick=True).ok
    lib.close()


def test_an_article_missing_from_the_index_is_found_and_repaired(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    _unindex(lib, 2)
    assert search(lib, "创新").total == 3
    report = check_library(lib, quick=True)
    assert not report.ok and report.repairable and not report.file_problems
    assert any("missing from the search index" in p for p in report.problems), report.problems
    done = repair_library(lib)
    assert done.backup.exists() and done.indexed == 4
    assert check_library(lib).ok
    assert search(lib, "创新").total == 4
    with Library.open(done.backup) as copy:  # the copy is the library before the repair
        assert search(copy, "创新").total == 3
    lib.close()


def test_a_damaged_index_is_reported_in_words_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    seed_library(tmp_path).close()
    with sqlite3.connect(path) as conn:  # lose the index's pages
        conn.execute("DELETE FROM articles_fts_data WHERE id > 10")
    r = run(["--library", str(path), "check"])
    assert r == 1
    with Library.open(path) as lib:
        report = check_library(lib)
        assert any("search index" in p for p in report.index_problems), report.problems
    assert run(["--library", str(path), "repair"]) == 0
    with Library.open(path) as lib:
        assert check_library(lib).ok
        assert search(lib, "协同").total == search(lib, "協同").total > 0
        assert len(list(tmp_path.glob("lib.duizhao.repair-*.bak"))) == 1


def test_wrong_entity_counts_are_reported_and_recounted(tmp_path: Path) -> None:
    from db.extraction import extract_library

    lib = seed_library(tmp_path)
    extract_library(lib)
    with lib.transaction() as conn:
        conn.execute(
            "UPDATE entities SET mentions = 0 WHERE id IN (SELECT id FROM entities LIMIT 5)"
        )
    report = check_library(lib, quick=True)
    assert report.count_problems and report.repairable
    assert repair_library(lib).recounted == 5
    assert check_library(lib, quick=True).ok
    lib.close()


def test_backup_is_a_consistent_copy_while_another_connection_writes(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    writer = lib.reopen()
    with writer.transaction() as conn:  # a change in progress, not committed
        conn.execute("DELETE FROM articles WHERE id = 1")
        out = backup_library(lib, tmp_path / "copy.duizhao")
    with Library.open(out) as copy:
        assert article_count(copy) == 4  # the snapshot, not the half-done change
        assert check_library(copy).ok
    assert not list(tmp_path.glob(".copy.duizhao.partial"))
    with pytest.raises(LibraryError, match="over the library itself"):
        backup_library(lib, lib.path)
    writer.close()
    lib.close()


def test_backup_command(tmp_path: Path) -> None:
    seed_library(tmp_path).close()
    out = tmp_path / "out"
    out.mkdir()
    assert run(["--library", str(tmp_path / "lib.duizhao"), "backup", str(out / "b.duizhao")]) == 0
    with Library.open(out / "b.duizhao") as copy:
        assert article_count(copy) == 4
