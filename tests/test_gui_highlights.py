"""Highlights in the reader, against a real library: kept at offsets into the original text
(whichever pane was selected, on whichever page), shown in both panes in their colour,
and still there after re-extraction and a re-import."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMainWindow, QMessageBox

from db.articles import get_article
from db.changes import NOTES_CHANGED
from db.extraction import extract_library, reextract
from db.importer import import_paths
from db.library import Library
from db.notes import list_notes
from gui.feature import Feature, FeatureHub
from gui.highlight_dialog import HIGHLIGHT_HEX, HighlightDialog
from gui.reader import Reader
from gui.reader_pane import ReaderPane
from gui.worker import Worker
from tests.gui_fixtures import SEEDS, add_articles, build_seed_library
from text.convert import convert

TEXT = "第一段没有什么。\n我们的计算机很快，互联网也快。\n第三段。"


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()
    r = Reader()
    host.setCentralWidget(r)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    r.highlights.worker = Worker(sync=True)
    yield r
    if r.highlights.lib is not None:
        r.highlights.lib.close()


def open_in(reader: Reader, path: Path, article_id: int) -> Library:
    lib = Library.open(path, create=False)
    reader.highlights.set_library(lib)
    reader.set_article(get_article(lib, article_id))
    return lib


def select(pane: ReaderPane, start: int, end: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()


def kept_texts(pane: ReaderPane) -> list[str]:
    """The text under each highlight as drawn (the pane's extra selection), with its colour."""
    spans = {(m.start, m.end): m.colour for m in pane.marks() if m.kind == "highlight"}
    out = []
    for sel in pane.extraSelections():
        c = sel.cursor
        colour = spans.get((c.selectionStart(), c.selectionEnd()))
        if colour is not None and sel.format.background().color().name() == colour:
            out.append(c.selectedText())
    return out


def accept(dialog: HighlightDialog | None, colour: str | None, comment: str) -> None:
    assert dialog is not None and dialog.isVisible()
    if colour is not None:
        dialog.set_colour(colour)
    dialog.comment.setPlainText(comment)
    dialog.accept()


def test_a_selection_in_the_converted_pane_is_kept_at_the_original_phrase(
    reader: Reader, tmp_path: Path
) -> None:
    path = tmp_path / "lib.duizhao"
    Library.open(path).close()
    (aid,) = add_articles(path, [("计算机", TEXT, "2024-05-01")])
    reader.set_conversion("s2twp")  # 计算机 → 電腦, 互联网 → 網際網路: lengths change
    lib = open_in(reader, path, aid)
    right = reader.converted_pane.text()
    start = right.index("網際網路")
    select(reader.converted_pane, start, start + 4)
    accept(reader.highlights.highlight_selection(), "green", "比较速度")
    (note,) = list_notes(lib)
    assert (note.start, note.end) == (TEXT.index("互联网"), TEXT.index("互联网") + 3)
    assert note.quote == "互联网" and note.colour == "green" and note.text == "比较速度"
    # drawn in both panes, on the right characters, in green
    assert kept_texts(reader.original_pane) == ["互联网"]
    assert kept_texts(reader.converted_pane) == ["網際網路"]
    mark = next(m for m in reader.converted_pane.marks() if m.kind == "highlight")
    assert mark.colour == HIGHLIGHT_HEX["green"] and "比较速度" in mark.tooltip
    # a selection in the original pane, blanks around it left out
    s = TEXT.index("我们")
    select(reader.original_pane, s - 1, s + 6)  # from the line break before it
    accept(reader.highlights.highlight_selection(), None, "")
    quotes = {n.quote: n.colour for n in list_notes(lib)}
    assert quotes == {"互联网": "green", "我们的计算机": "yellow"}
    expected = ["網際網路", convert("我们的计算机", "s2twp")]
    assert sorted(kept_texts(reader.converted_pane)) == sorted(expected)


def test_highlights_on_a_later_page_keep_whole_article_offsets(
    reader: Reader, tmp_path: Path
) -> None:
    path = tmp_path / "lib.duizhao"
    Library.open(path).close()
    text = "\n".join(f"第{i}段，协同创新的第{i}个例子。" for i in range(40))
    (aid,) = add_articles(path, [("长文", text, None)])
    reader.page_size = 200
    lib = open_in(reader, path, aid)
    assert reader.pages.count > 1
    target = text.index("第30段")
    reader.show_page(reader.pages.page_of(target))
    local = reader.original_pane.text().index("第30段")
    select(reader.converted_pane, local, local + 4)
    accept(reader.highlights.highlight_selection(), "pink", "")
    (note,) = list_notes(lib)
    assert (note.start, note.end, note.quote) == (target, target + 4, "第30段")
    assert kept_texts(reader.original_pane) == ["第30段"]
    # from the first page, going to the passage turns to its page and selects it
    reader.show_page(0)
    assert kept_texts(reader.original_pane) == []
    reader.highlights.show_passage(note.start, note.end)
    assert reader.page == reader.pages.page_of(target)
    assert reader.original_pane.textCursor().selectedText() == "第30段"


def test_a_note_on_the_article_and_the_change_reaches_other_features(
    reader: Reader, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "lib.duizhao"
    Library.open(path).close()
    (aid,) = add_articles(path, [("计算机", TEXT, None)])
    lib = open_in(reader, path, aid)
    hub = FeatureHub()
    assert isinstance(reader.highlights, Feature)
    seen = []
    reader.highlights.changed.connect(hub.announce)
    hub.changed.connect(seen.append)
    dialog = reader.highlights.note_on_article()
    assert dialog is not None and not dialog.buttons["yellow"].isVisible()
    accept(dialog, None, "整篇都值得再读")
    (note,) = list_notes(lib)
    assert note.start is None and note.colour is None and note.text == "整篇都值得再读"
    assert seen == [NOTES_CHANGED]
    assert kept_texts(reader.original_pane) == []  # nothing to draw for a whole article
    # nothing selected: no dialog, a message instead
    reader.original_pane.setTextCursor(QTextCursor(reader.original_pane.document()))
    with qtbot.waitSignal(reader.highlights.message):
        assert reader.highlights.highlight_selection() is None


def test_a_highlight_survives_reextraction_and_reimport(reader: Reader, tmp_path: Path) -> None:
    path = build_seed_library(tmp_path / "lib.duizhao")
    setup = Library.open(path, create=False)
    extract_library(setup)
    aid, text = setup.conn.execute(
        "SELECT id, text FROM articles WHERE instr(text, '潮白河') > 0"
    ).fetchone()
    setup.close()
    lib = open_in(reader, path, aid)
    start = text.index("潮白河")
    select(reader.original_pane, start, start + 3)
    accept(reader.highlights.highlight_selection(), "blue", "河")
    reextract(lib)
    assert [(n.quote, n.start) for n in list_notes(lib)] == [("潮白河", start)]
    # the article leaves the library and is imported again: a new row, the same uid
    with lib.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
    again = tmp_path / "again"
    shutil.copytree(SEEDS, again)
    import_paths(lib, [again])
    (note,) = list_notes(lib)
    assert note.quote == "潮白河" and note.start == start and note.article_id != aid
    reader.set_article(get_article(lib, note.article_id))
    assert kept_texts(reader.original_pane) == ["潮白河"]
    assert len(kept_texts(reader.converted_pane)) == 1
    # another article shows none of it
    other = lib.conn.execute("SELECT id FROM articles WHERE id != ?", (note.article_id,)).fetchone()
    reader.set_article(get_article(lib, other[0]))
    assert kept_texts(reader.original_pane) == [] and reader.highlights.notes == []


def test_a_read_only_library_offers_no_highlighting(reader: Reader, tmp_path: Path) -> None:
    path = tmp_path / "lib.duizhao"
    Library.open(path).close()
    (aid,) = add_articles(path, [("计算机", TEXT, None)])
    lib = open_in(reader, path, aid)
    assert reader.highlights.highlight_action.isEnabled()
    lib.read_only = True  # as a library on read-only media opens
    reader.highlights.set_library(lib)
    assert not reader.highlights.highlight_action.isEnabled()
    assert not reader.highlights.note_action.isEnabled()


def test_the_panes_menu_offers_highlighting_and_deleting_the_highlight_under_it(
    reader: Reader, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "lib.duizhao"
    Library.open(path).close()
    (aid,) = add_articles(path, [("计算机", TEXT, None)])
    reader.set_conversion("s2twp")
    lib = open_in(reader, path, aid)
    start = TEXT.index("互联网")
    reader.highlights.keep(aid, "旧的", start, start + 3, "yellow")
    reader.highlights.keep(aid, "新的", start + 1, start + 3, "blue")  # over the older one
    right = reader.converted_pane.text()
    # the newer highlight is drawn over the older one
    last = [m for m in reader.original_pane.marks() if m.kind == "highlight"][-1]
    assert last.colour == HIGHLIGHT_HEX["blue"]
    # the menu of the converted pane, opened over 路 (the last character of 網際網路,
    # four characters for three: it maps back to the whole phrase 互联网, whose start
    # only the older highlight covers)
    pane = reader.converted_pane
    at = right.index("網際網路") + 3
    rect = pane.cursorRect(pane.cursor_for(at, at))  # the left edge of 路
    seen: list[list[str]] = []

    def look() -> None:
        from PySide6.QtWidgets import QApplication

        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.append([a.text() for a in menu.actions() if a.isVisible()])
        menu.close()

    QTimer.singleShot(20, look)
    pos = rect.center() + QPoint(4, 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, pane.viewport().mapToGlobal(pos))
    pane.contextMenuEvent(event)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    texts = seen[0]
    assert texts[:4] == [
        "Copy with citation",
        "Highlight…",
        "Note on Article…",
        "Delete Highlight…",
    ]
    assert reader.highlights.target is not None and reader.highlights.target.text == "旧的"
    # over the newer one (联 in the original pane): the newer is the one offered
    assert reader.highlights.aim(reader.original_pane, start + 1).text == "新的"
    box = reader.highlights.delete_target()
    assert box is not None and "联网" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(list_notes(lib)) == 2
    box = reader.highlights.delete_target()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [n.text for n in list_notes(lib)] == ["旧的"]
    assert kept_texts(reader.original_pane) == ["互联网"]
    # away from any highlight, nothing to delete is offered
    assert reader.highlights.aim(reader.original_pane, 0) is None
    assert not reader.highlights.delete_action.isVisible()
