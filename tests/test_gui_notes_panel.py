"""The Notes panel against a real library: it lists and filters what list_notes gives,
opens the article at the passage, deletes after asking, exports with citations and
reloads when a change reaches it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.changes import NOTES_CHANGED
from db.csvio import read_csv
from db.library import Library
from db.notes import add_note, list_notes
from db.notes_export import NOTE_COLUMNS
from gui.feature import Feature, FeatureHub
from gui.notes_panel import COL_ARTICLE, COL_NOTE, COL_PASSAGE, NotesPanel
from gui.worker import Worker
from tests.gui_fixtures import build_seed_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(build_seed_library(tmp_path / "lib.duizhao"), create=False)
    yield library
    library.close()


def highlight(lib: Library, word: str, note: str, colour: str = "yellow") -> tuple[int, int, int]:
    aid, text = lib.conn.execute(
        "SELECT id, text FROM articles WHERE instr(text, ?) > 0 ORDER BY id", (word,)
    ).fetchone()
    start = text.index(word)
    nid = add_note(lib, aid, note, start=start, end=start + len(word), colour=colour)
    return nid, aid, start


def shown(panel: NotesPanel) -> list[tuple[str, str]]:
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    return [(i.text(COL_PASSAGE), i.text(COL_NOTE)) for i in items]


@pytest.fixture
def panel(qtbot) -> NotesPanel:
    p = NotesPanel(Worker(sync=True))
    qtbot.addWidget(p)
    p.resize(700, 400)
    p.show()
    return p


def test_lists_and_filters_what_list_notes_gives(panel: NotesPanel, lib: Library, qtbot) -> None:
    highlight(lib, "任睿杰", "通勤的人", "pink")
    highlight(lib, "潮白河", "一条河", "blue")
    aid = lib.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    add_note(lib, aid, "整篇再读")
    assert isinstance(panel, Feature)
    panel.set_library(lib)
    expected = [(n.quote or "(whole article)", n.text) for n in list_notes(lib)]
    assert shown(panel) == expected and len(expected) == 3
    assert "3" in panel.count_label.text()
    for row, note in enumerate(list_notes(lib)):  # a swatch for each highlight's colour
        item = panel.tree.topLevelItem(row)
        assert item.text(COL_ARTICLE) == note.title
        assert item.icon(COL_PASSAGE).isNull() == (note.colour is None)
    # a search in the other script finds the passage; typing waits, then applies
    panel.filter_edit.setText("任睿傑")
    qtbot.waitUntil(lambda: shown(panel) == [("任睿杰", "通勤的人")], timeout=2000)
    panel.filter_edit.setText("再读")
    panel.reload()
    assert shown(panel) == [(n.quote or "(whole article)", n.text) for n in list_notes(lib, "再读")]
    assert shown(panel) == [("(whole article)", "整篇再读")]


def test_double_click_opens_the_article_at_the_passage(
    panel: NotesPanel, lib: Library, qtbot
) -> None:
    nid, aid, start = highlight(lib, "潮白河", "河")
    whole = add_note(lib, aid, "整篇")
    panel.set_library(lib)
    with qtbot.waitSignal(panel.articleChosen) as got:
        panel.tree.itemActivated.emit(panel.item_of(nid), 0)
    assert got.args == [aid, start, start + 3]
    with qtbot.waitSignal(panel.articleChosen) as got:
        panel.tree.itemActivated.emit(panel.item_of(whole), 0)
    assert got.args == [aid, -1, -1]
    # the article has left the library: a message, not an article
    with lib.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
    panel.reload()
    with qtbot.waitSignal(panel.statusMessage):
        panel.tree.itemActivated.emit(panel.item_of(nid), 0)


def test_delete_asks_first_and_announces_the_change(panel: NotesPanel, lib: Library, qtbot) -> None:
    keep, _aid, _s = highlight(lib, "任睿杰", "留着")
    gone, _aid, _s = highlight(lib, "潮白河", "删掉")
    panel.set_library(lib)
    panel.tree.setFocus()
    panel.item_of(gone).setSelected(True)
    box = panel.delete_selected()
    assert box is not None and "潮白河" in box.text() and "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # asked, and nothing happens
    assert {n.id for n in list_notes(lib)} == {keep, gone}
    hub, seen = FeatureHub(), []
    panel.changed.connect(hub.announce)
    hub.changed.connect(seen.append)
    box = panel.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [n.id for n in list_notes(lib)] == [keep]
    assert [t for _p, t in shown(panel)] == ["留着"] and seen == [NOTES_CHANGED]
    # nothing selected: nothing asked
    panel.tree.clearSelection()
    assert panel.delete_selected() is None


def test_export_writes_the_listed_notes_with_citations(
    panel: NotesPanel, lib: Library, tmp_path: Path
) -> None:
    highlight(lib, "任睿杰", "人")
    highlight(lib, "潮白河", "河")
    panel.set_library(lib)
    panel.filter_edit.setText("潮白")
    panel.reload()
    out = tmp_path / "notes.csv"
    panel.export_to(out)
    header, rows = read_csv(out)
    assert header == NOTE_COLUMNS and len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    note = list_notes(lib, "潮白")[0]
    assert row["quote"] == "潮白河" and row["citation"] == note.citation
    assert row["paragraph"] == note.paragraph and row["article_id"] == note.article_uid


def test_a_change_from_elsewhere_reloads_it_and_loading_runs_on_the_pool(
    lib: Library, qtbot
) -> None:
    panel = NotesPanel(Worker())  # the real thread pool
    qtbot.addWidget(panel)
    hub = FeatureHub()
    hub.register(panel)
    hub.set_library(lib)
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    assert shown(panel) == []
    highlight(lib, "任睿杰", "别处记下的")
    hub.announce(NOTES_CHANGED)
    assert panel.loading  # the list is read off the interface thread
    qtbot.waitUntil(lambda: shown(panel) == [("任睿杰", "别处记下的")], timeout=5000)
    panel.worker.wait()
