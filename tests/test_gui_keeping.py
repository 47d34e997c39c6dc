"""Keeping composed as the window will: a note chosen in the Notes panel opens its article at
the passage, a saved search runs through the window's callback, and a highlight made in
the reader reaches the Notes panel through the hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow

from db.articles import get_article
from db.library import Library
from db.notes import add_note
from db.saved import save_search
from db.spec import SearchSpec
from gui.feature import FeatureHub
from gui.keeping import Keeping
from gui.reader import Reader
from gui.worker import Worker
from tests.gui_fixtures import build_seed_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(build_seed_library(tmp_path / "lib.duizhao"), create=False)
    yield library
    library.close()


def test_keeping_wires_notes_saved_searches_and_highlights(lib: Library, qtbot) -> None:
    host = QMainWindow()
    reader = Reader()
    host.setCentralWidget(reader)
    qtbot.addWidget(host)
    host.show()
    hub = FeatureHub()
    opened: list[int] = []
    ran: list[SearchSpec] = []
    said: list[str] = []
    later: list[int] = []

    def open_article(article_id: int) -> None:  # the window opens articles a moment later
        opened.append(article_id)
        later.append(article_id)

    keeping = Keeping(
        hub,
        Worker(sync=True),
        reader,
        open_article=open_article,
        run_spec=ran.append,
        current_spec=lambda: SearchSpec("燕郊"),
        show_message=said.append,
    )
    aid, text = lib.conn.execute(
        "SELECT id, text FROM articles WHERE instr(text, '潮白河') > 0"
    ).fetchone()
    start = text.rindex("潮白河")  # far down the article
    nid = add_note(lib, aid, "河", start=start, end=start + 3, colour="green")
    save_search(lib, "燕郊", SearchSpec("燕郊"))
    hub.set_library(lib)
    assert keeping.highlights.lib is lib and keeping.notes_panel.notes[0].id == nid
    # a note chosen: the window is asked to open its article; once it shows, the passage
    keeping.notes_panel.tree.itemActivated.emit(keeping.notes_panel.item_of(nid), 0)
    assert opened == [aid]
    reader.set_article(get_article(lib, later.pop()))
    qtbot.waitUntil(
        lambda: reader.original_pane.textCursor().selectedText() == "潮白河", timeout=3000
    )
    # a saved search clicked: the window runs its spec
    keeping.saved_panel.tree.itemClicked.emit(keeping.saved_panel.item_of("燕郊"), 0)
    assert ran == [SearchSpec("燕郊")]
    # a highlight made in the reader: the Notes panel lists it, the status bar says so
    first = text.index("燕郊")
    pane = reader.original_pane
    cursor = pane.textCursor()
    cursor.setPosition(first)
    cursor.setPosition(first + 2, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    dialog = keeping.highlights.highlight_selection()
    assert dialog is not None
    dialog.accept()
    assert [n.quote for n in keeping.notes_panel.notes] == ["燕郊", "潮白河"]
    assert said and said[-1] == "Highlight kept"
    assert [a.text() for a in keeping.actions()] == [
        "Highlight…",
        "Note on Article…",
        "Save Current Search…",
    ]
