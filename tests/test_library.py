"""The library file: schema versions, migrations, refusing newer files, locks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.library import APP_ID, Library, LibraryError, _statements
from db.schema import LATEST, MIGRATIONS
from tests.helpers import seed_library


def test_new_library_has_latest_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "new.duizhao")
    assert lib.version == LATEST
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert lib.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert lib.conn.execute("PRAGMA application_id").fetchone()[0] == APP_ID
    lib.close()


def _make_v1(path: Path) -> None:
    """A library as version 1 of the schema wrote it, with one article in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for stmt in _statements(MIGRATIONS[0]):
        conn.execute(stmt)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APP_ID}")
    conn.execute(
        "INSERT INTO articles (uid, title, script, text, text_hash, chars, imported_at)"
        " VALUES ('u1', '标题', 'hans', '正文创新', 'h1', 4, '2024-01-01T00:00:00Z')"
    )
    conn.execute("INSERT INTO articles_fts (rowid, tokens) VALUES (1, '正文 文创 创新 新')")
    conn.close()


def test_migrating_an_old_file_keeps_data_and_makes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.duizhao"
    _make_v1(path)
    lib = Library.open(path)
    assert lib.version == LATEST
    assert lib.conn.execute("SELECT title FROM articles").fetchone()[0] == "标题"
    # the entity tables of migration 2 exist
    assert lib.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    # the index settings of migration 3 are stored with the index
    # mentions carry the name they stand for in their article (migration 5)
    columns = {r[1] for r in lib.conn.execute("PRAGMA table_info(mentions)")}
    assert "ref_key" in columns
    config = dict(lib.conn.execute("SELECT k, v FROM articles_fts_config"))
    assert config["automerge"] == 8 and config["hashsize"] == 32 * 1024 * 1024
    # and the index still answers
    assert lib.conn.execute(
        'SELECT rowid FROM articles_fts WHERE articles_fts MATCH \'"文创" "创新"\''
    ).fetchall() == [(1,)]
    backups = list(tmp_path.glob("old.duizhao.v1-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    lib.close()


def test_a_newer_library_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.duizhao"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(LibraryError, match="newer version of Duizhao"):
        Library.open(path)


def test_files_that_are_not_libraries_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duizhao"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError, match="not a Duizhao library"):
        Library.open(junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(LibraryError, match="not a Duizhao library"):
        Library.open(other)
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


def test_a_locked_library_gives_a_user_message_not_a_traceback(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    other = Library.open(lib.path)
    other.conn.execute("PRAGMA busy_timeout = 50")
    lib.conn.execute("BEGIN EXCLUSIVE")
    try:
        from db.importer import add_document
        from text.reader import document_from_text

        with pytest.raises(LibraryError, match=r"being changed by Duizhao \(process"):
            add_document(other, document_from_text("新的文章内容，独一无二。"))
    finally:
        lib.conn.execute("ROLLBACK")
    count = other.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == 4
    other.close()
    lib.close()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    with pytest.raises(RuntimeError), lib.transaction() as conn:
        conn.execute("DELETE FROM articles")
        raise RuntimeError("boom")
    assert lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    lib.close()


def test_migration_4_gives_old_mentions_and_entities_full_confidence(tmp_path: Path) -> None:
    """A library of schema 3 with an extracted entity: after migration 4 the mention and
    the entity have confidence 1, so nothing extracted before leaves the tree."""
    path = tmp_path / "v3.duizhao"
    _make_v1(path)
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[1:3]:
        for stmt in _statements(script):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO entities (id, type, key, name, name_hans, name_hant, mentions, articles)"
        " VALUES (1, 'place', '正文', '正文', '正文', '正文', 1, 1)"
    )
    conn.execute(
        "INSERT INTO mentions (article_id, entity_id, raw_type, raw_key, start, end, text, name)"
        " VALUES (1, 1, 'place', '正文', 0, 2, '正文', '正文')"
    )
    conn.close()
    lib = Library.open(path)
    assert lib.version == LATEST >= 4
    assert lib.conn.execute("SELECT confidence FROM mentions").fetchall() == [(1.0,)]
    assert lib.conn.execute("SELECT confidence FROM entities").fetchall() == [(1.0,)]
    from db.entities import list_entities

    assert [e.name for e in list_entities(lib)] == ["正文"]
    lib.close()
