"""The dictionary popup over the reader: the entries of the word under a position, in
either pane, by hover (a tooltip event) and by Ctrl+D on the caret."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip

from gui.reader import Mention, Reader
from gui.reader_pane import ReaderPane
from tests.gui_fixtures import article

TEXT = "任睿杰说，京津冀协同发展让他干劲十足。<b>&amp;</b>"


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()
    r = Reader()
    host.setCentralWidget(r)
    qtbot.addWidget(host)
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    r.set_article(article(TEXT), mentions=[Mention(0, 3, 7, "person", "任睿杰")])
    yield r
    QToolTip.hideText()


def point_of(pane: ReaderPane, index: int) -> QPoint:
    cursor = QTextCursor(pane.document())
    cursor.setPosition(index)
    rect = pane.cursorRect(cursor)
    return QPoint(rect.right() + 3, rect.center().y())  # inside the character after the caret


def test_the_popup_shows_the_longest_word_from_the_position(reader: Reader) -> None:
    pane, popup = reader.original_pane, reader.dictionary_popup
    start = TEXT.index("京津冀")
    assert popup.lookup(pane, start)[:2] == (start, start + 3)
    html = popup.popup_html(pane, start)
    assert "Jīng Jīn Jì" in html and "Beijing" in html
    gan = TEXT.index("干劲")
    start, end, entries = popup.lookup(pane, gan)
    assert pane.text()[start:end] == "干劲"
    assert "gàn jìn" in popup.popup_html(pane, gan)


def test_a_name_shows_its_pypinyin_reading_marked(reader: Reader) -> None:
    pane, popup = reader.original_pane, reader.dictionary_popup
    start, end, entries = popup.lookup(pane, 1)  # inside the mention 任睿杰
    assert (start, end) == (0, 3)
    html = popup.popup_html(pane, 1)
    assert "rèn ruì jié" in html and "pypinyin" in html
    assert "Person" in html  # the mention's own tooltip stays


def test_the_converted_pane_looks_up_traditional_words(reader: Reader) -> None:
    pane, popup = reader.converted_pane, reader.dictionary_popup
    assert "協同" in pane.text()
    html = popup.popup_html(pane, pane.text().index("協同"))
    assert "xié tóng" in html


def test_hovering_shows_the_popup_and_article_text_stays_plain(reader: Reader, qtbot) -> None:
    pane = reader.original_pane
    pos = point_of(pane, TEXT.index("协同"))
    assert pane.index_at(pos) == TEXT.index("协同")
    event = QHelpEvent(QEvent.Type.ToolTip, pos, pane.viewport().mapToGlobal(pos))
    QApplication.sendEvent(pane.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "xié tóng" in QToolTip.text()
    assert reader.dictionary_popup.popup_html(pane, TEXT.index("<b>") + 1) == ""  # no word


def test_text_from_the_article_is_escaped(reader: Reader) -> None:
    reader.set_mentions([Mention(0, 3, 7, "person", "<img src=x>任睿杰")])
    html = reader.dictionary_popup.popup_html(reader.original_pane, 0)
    assert "&lt;img src=x&gt;任睿杰" in html and "<img" not in html


def test_ctrl_d_shows_the_entries_at_the_caret(reader: Reader, qtbot) -> None:
    pane = reader.converted_pane
    pane.setFocus(Qt.FocusReason.OtherFocusReason)
    cursor = pane.textCursor()
    cursor.setPosition(pane.text().index("發展"))
    pane.setTextCursor(cursor)
    assert reader.dictionary_popup.lookup_action.shortcut().toString() == "Ctrl+D"
    assert reader.dictionary_popup.show_at_caret()
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "fā zhǎn" in QToolTip.text()
