"""Notes, highlights and saved searches, kept in a real library across re-extraction and
re-import."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from db.extraction import extract_library, reextract
from db.importer import import_paths
from db.library import Library, LibraryError
from db.notes import add_note, delete_note, list_notes
from db.saved import delete_saved, open_saved, save_search, saved_searches
from db.spec import SearchSpec
from tests.helpers import SEEDS, seed_library
from tests.test_cli import run


def _article(lib: Library, word: str) -> tuple[int, str]:
    aid, text = lib.conn.execute(
        "SELECT id, text FROM articles WHERE instr(text, ?) > 0 ORDER BY id", (word,)
    ).fetchone()
    return aid, text


def test_a_highlight_carries_its_passage_paragraph_and_a_citation(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    aid, text = _article(lib, "任睿杰")
    start = text.index("任睿杰")
    nid = add_note(lib, aid, "通勤的例子", start=start, end=start + 3, colour="yellow")
    whole = add_note(lib, aid, "整篇")
    notes = {n.id: n for n in list_notes(lib)}
    note = notes[nid]
    assert note.quote == "任睿杰" and note.colour == "yellow"
    assert "任睿杰" in note.paragraph and "\n" not in note.paragraph
    assert note.paragraph in text
    title = lib.conn.execute("SELECT title, uid FROM articles WHERE id = ?", (aid,)).fetchone()
    assert note.citation.startswith(f"《{title[0]}》")
    assert note.citation.endswith(f"(Duizhao article {title[1]})")
    assert notes[whole].quote == "" and notes[whole].start is None
    # searching: the note text, the passage or the title, in either script
    assert {n.id for n in list_notes(lib, "通勤")} == {nid}
    assert {n.id for n in list_notes(lib, "任睿傑")} == {nid}
    delete_note(lib, whole)
    assert [n.id for n in list_notes(lib)] == [nid]
    lib.close()


def test_a_passage_outside_the_text_or_an_unknown_colour_is_refused(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    aid, text = _article(lib, "任睿杰")
    for kwargs in (
        {"start": 5, "end": 5},
        {"start": 0, "end": len(text) + 1},
        {"start": 3},
        {"start": 0, "end": 2, "colour": "purple"},
    ):
        with pytest.raises(LibraryError):
            add_note(lib, aid, "x", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(LibraryError):
        add_note(lib, 999_999, "x")
    assert list_notes(lib) == []
    lib.close()


def test_notes_survive_reextraction_and_the_article_imported_again(tmp_path: Path) -> None:
    lib = seed_library(tmp_path)
    extract_library(lib)
    aid, text = _article(lib, "任睿杰")
    start = text.index("潮白河")
    nid = add_note(lib, aid, "河", start=start, end=start + 3, colour="green")
    reextract(lib)
    assert list_notes(lib)[0].quote == "潮白河"
    # the article leaves the library and comes back from its file: a new row, the
    # same uid, and the note finds it again
    lib.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
    lib.conn.commit()
    orphan = list_notes(lib)[0]
    assert orphan.title is None and "no longer in the library" in orphan.citation
    folder = tmp_path / "again"
    shutil.copytree(SEEDS, folder)
    import_paths(lib, [folder])
    back = list_notes(lib)[0]
    assert back.id == nid and back.quote == "潮白河" and back.title
    lib.close()


def test_saved_searches_count_the_articles_added_since_they_were_opened(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.duizhao")
    first = tmp_path / "first"
    first.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2]:
        shutil.copy(SEEDS / name, first / name)
    import_paths(lib, [first])
    spec = SearchSpec("创新", sources=(), order="newest")
    save_search(lib, "创新", spec)
    save_search(lib, "燕郊", SearchSpec("燕郊"))
    found = {s.name: s for s in saved_searches(lib)}
    assert found["创新"].spec == spec and found["创新"].opened_at is None
    assert found["创新"].new == 2  # never opened: every match is new
    assert open_saved(lib, "创新") == spec
    assert {s.name: s.new for s in saved_searches(lib)}["创新"] == 0
    import_paths(lib, [SEEDS])  # the two others arrive
    counts = {s.name: s.new for s in saved_searches(lib)}
    assert counts["创新"] == 2
    yanjiao = lib.conn.execute(
        "SELECT count(*) FROM articles WHERE instr(text, '燕郊') > 0"
    ).fetchone()[0]
    assert counts["燕郊"] == yanjiao  # never opened
    save_search(lib, "创新", SearchSpec("协同"))  # the same name: replaced
    assert {s.name: s.spec.query for s in saved_searches(lib)}["创新"] == "协同"
    delete_saved(lib, "燕郊")
    with pytest.raises(LibraryError):
        open_saved(lib, "燕郊")
    lib.close()


def test_command_line_notes_with_citations(tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    assert run("import", "--no-extract", str(SEEDS), lib=path).returncode == 0
    r = run("search", "任睿杰", "--format", "json", lib=path)
    uid = json.loads(r.stdout)[0]["article_id"]
    r = run("note", uid, "记下", "--start", "0", "--end", "4", "--colour", "blue", lib=path)
    assert r.returncode == 0, r.stderr
    r = run("note", uid, "--start", "4", lib=path)
    assert r.returncode == 1 and "start and its end" in r.stderr
    r = run("notes", "--format", "csv", lib=path)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 1 and rows[0]["article_id"] == uid and rows[0]["colour"] == "blue"
    assert rows[0]["note"] == "记下" and rows[0]["citation"].endswith(f"(Duizhao article {uid})")
    data = json.loads(run("notes", "--format", "json", lib=path).stdout)
    assert data[0]["quote"] == rows[0]["quote"] and len(data[0]["quote"]) == 4
