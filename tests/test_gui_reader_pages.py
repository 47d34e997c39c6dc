"""A very long article in the reader: shown a page at a time, with hits and mentions on each page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from db.library import Library
from db.query import parse_query
from gui.mainwindow import MainWindow
from gui.reader import Mention, Reader
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import add_articles, article
from text.convert import convert
from text.paging import paginate

PAGE = 60  # characters a page in these tests (the reader's default is 200,000)
# 30 paragraphs of 17 characters: pages of three paragraphs (53 characters) each
PARAGRAPHS = [f"第{i:02d}段程序员在互联网公司写软件。" for i in range(30)]
TEXT = "\n".join(PARAGRAPHS)


def current_text(reader: Reader) -> tuple[str, str]:
    """The texts under the current-hit highlight in both panes."""
    out = []
    for pane in (reader.original_pane, reader.converted_pane):
        marks = [m for m in pane.marks() if m.kind == "current"]
        assert len(marks) == 1
        out.append(pane.text()[marks[0].start : marks[0].end])
    return out[0], out[1]


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()
    r = Reader()
    r.page_size = PAGE
    host.setCentralWidget(r)
    host.addAction(r.next_hit_action)
    host.addAction(r.prev_hit_action)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    yield r


def test_a_short_article_is_one_page_without_page_controls(reader: Reader) -> None:
    text = "\n".join(PARAGRAPHS[:3])
    reader.set_article(article(text))
    assert reader.pages.count == 1
    assert reader.original_pane.toPlainText() == text
    assert not reader.page_bar.isVisible()


def test_a_long_article_shows_one_page_with_page_controls(reader: Reader, qtbot) -> None:
    reader.set_conversion("s2twp")
    reader.set_article(article(TEXT))
    assert reader.pages == paginate(TEXT, PAGE) and reader.pages.count == 10
    assert reader.page == 0 and reader.page_bar.isVisible()
    assert reader.original_pane.toPlainText() == "\n".join(PARAGRAPHS[:3])
    assert reader.converted_pane.toPlainText() == convert("\n".join(PARAGRAPHS[:3]), "s2twp")
    assert reader.page_bar.label.text() == "page 1 of 10"
    assert not reader.page_bar.previous_action.isEnabled()
    reader.original_pane.setFocus()
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reader.page == 1 and reader.page_bar.label.text() == "page 2 of 10"
    assert reader.original_pane.toPlainText() == "\n".join(PARAGRAPHS[3:6])
    # the panes hold the same paragraphs, so they keep scrolling together
    assert reader.original_pane.blockCount() == reader.converted_pane.blockCount() == 3
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert reader.page == 0
    reader.show_page(9)
    assert reader.original_pane.toPlainText() == "\n".join(PARAGRAPHS[27:])
    assert not reader.page_bar.next_action.isEnabled()
    reader.page_bar.next_action.trigger()  # nothing after the last page
    assert reader.page == 9
    reader.set_conversion("s2t")  # a new conversion keeps the page
    assert reader.page == 9
    assert reader.converted_pane.toPlainText() == convert("\n".join(PARAGRAPHS[27:]), "s2t")


def test_f3_steps_through_hits_across_pages(reader: Reader, qtbot) -> None:
    reader.set_conversion("s2twp")  # 互联网 -> 網際網路 changes length on the converted side
    text = TEXT.replace("第04段程序员在互联网", "第04段程序员在因特网").replace(
        "第05段程序员在互联网", "第05段程序员在因特网"
    )
    reader.set_article(article(text), parse_query("互联网").positive_terms)
    assert len(reader.hits) == 28
    assert reader.current_hit == 0 and reader.page == 0
    assert current_text(reader) == ("互联网", "網際網路")
    reader.original_pane.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3)
    assert reader.current_hit == 3 and reader.page == 1  # paragraph 03
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3)
    # paragraphs 04 and 05 have no hit: the fifth hit is paragraph 06, on page 3
    assert reader.current_hit == 4 and reader.page == 2
    assert reader.hit_label.text() == "hit 5 of 28"
    start, end = reader.hits[4]
    assert text[start:end] == "互联网"
    assert current_text(reader) == ("互联网", "網際網路")
    mark = next(m for m in reader.original_pane.marks() if m.kind == "current")
    assert mark.start == start - reader.pages.starts[2]
    assert reader.original_pane.textCursor().position() == mark.start  # scrolled to it
    hits_here = [m for m in reader.original_pane.marks() if m.kind in ("hit", "current")]
    assert len(hits_here) == 3  # only this page's hits are highlighted
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 3 and reader.page == 1
    reader.show_hit(0)
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 27 and reader.page == 9  # wraps to the last page
    assert current_text(reader) == ("互联网", "網際網路")
    reader.show_page(4)  # turning pages keeps the current hit, shown where it is
    assert reader.current_hit == 27
    assert not [m for m in reader.original_pane.marks() if m.kind == "current"]


def test_the_first_hit_opens_its_page(reader: Reader) -> None:
    text = TEXT.replace("第20段程序员", "第20段科学家")
    reader.set_article(article(text), parse_query("科学家").positive_terms)
    assert reader.hits and reader.page == reader.pages.page_of(reader.hits[0][0]) == 6
    assert current_text(reader)[0] == "科学家"


def test_mentions_are_marked_on_their_page(reader: Reader) -> None:
    starts = [TEXT.index(p) for p in PARAGRAPHS]
    mentions = [
        Mention(s + 8, s + 11, 7, "organization", "互联网公司")
        for s in (starts[1], starts[13], starts[14])
    ]
    reader.set_article(article(TEXT), mentions=mentions)
    assert [m.start for m in reader.original_pane.marks() if m.kind == "mention"] == [26]
    reader.show_page(4)
    marks = [m for m in reader.original_pane.marks() if m.kind == "mention"]
    page_text = reader.page_text()
    assert [page_text[m.start : m.end] for m in marks] == ["互联网", "互联网"]
    assert all(m.tooltip.startswith("互联网公司") for m in marks)
    assert "3 mention(s)" in marks[0].tooltip  # counted over the whole article
    reader.set_emphasised_entities([7])  # re-marking keeps the page
    assert reader.page == 4
    assert all(m.emphasised for m in reader.original_pane.marks() if m.kind == "mention")


def test_a_mention_over_a_page_break_is_marked_on_both_pages(reader: Reader) -> None:
    start = TEXT.index(PARAGRAPHS[12])  # page 4 begins with paragraph 12
    across = Mention(start - 3, start + 3, 8, "document", "跨页")  # 件。\n第12
    reader.set_article(article(TEXT), mentions=[Mention(0, 3, 9, "date", "第00段"), across])
    reader.show_page(4)
    marks = [m for m in reader.original_pane.marks() if m.kind == "mention"]
    assert [reader.page_text()[m.start : m.end] for m in marks] == ["第12"]
    reader.show_page(3)
    marks = [m for m in reader.original_pane.marks() if m.kind == "mention"]
    assert [reader.page_text()[m.start : m.end] for m in marks] == ["件。"]


def test_the_window_pages_a_long_article_and_f3_turns_pages(qtbot, tmp_path) -> None:
    path = tmp_path / "long.duizhao"
    Library.open(path).close()
    add_articles(path, [("长文", TEXT, "2024-01-01")])
    window = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    window.auto_extract = False
    window.reader.page_size = PAGE
    qtbot.addWidget(window)
    window.set_library(Library.open(path, create=False))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    window.search_bar.set_text("公司写", emit=True)
    window.open_pending_article()
    reader = window.reader
    assert reader.pages.count == 10 and reader.page == 0 and len(reader.hits) == 30
    assert window.reader.page_bar.next_action in window.view_menu.actions()
    window.results.setFocus()
    for _ in range(3):  # F3 is the Edit menu's: it works wherever the focus is
        qtbot.keyClick(window.results, Qt.Key.Key_F3)
    assert reader.current_hit == 3 and reader.page == 1
    qtbot.keyClick(window.results, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reader.page == 2 and reader.current_hit == 3
    window.close()


def test_stepping_through_uncertain_conversions_turns_the_pages(reader: Reader) -> None:
    # 杰 (傑 / 杰) is uncertain in s2t wherever no phrase holds it; pages 1 and 3 have none.
    paragraphs = [
        f"第{i:02d}段{'任睿杰' if i % 6 < 3 else '程序员'}在互联网公司写软件。" for i in range(12)
    ]
    reader.set_conversion("s2t")
    reader.set_article(article("\n".join(paragraphs), script="hans"))
    assert reader.pages.count == 4
    bar = reader.uncertain_bar
    assert bar.label.text() == "3 uncertain conversions on this page"
    seen = []
    for _ in range(6):
        bar.next_button.click()
        seen.append((reader.page, reader.converted_pane.textCursor().selectedText()))
    assert seen == [(0, "傑")] * 3 + [(2, "傑")] * 3  # page 1 has none and is skipped
    bar.next_button.click()  # past the last one of the article: it stays
    assert reader.page == 2 and bar.current == 2
    bar.prev_button.click()
    assert (reader.page, bar.current) == (2, 1)
    for _ in range(2):
        bar.prev_button.click()
    assert (reader.page, bar.current) == (0, 2)  # the last one of page 0
