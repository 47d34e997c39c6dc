"""Walking mentions in the reader: F3 through an entity's mentions, with a search's hits,
across pages; the first mention selected in both panes; the legend; clicking a mention."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from db.articles import get_article
from db.entities import EntityRow, article_mentions, find_entity
from db.extraction import extract_library
from db.library import Library
from db.query import parse_query
from gui.mention_walk import Stop, walk_stops
from gui.reader import Mention, Reader, mentions_from
from tests.gui_fixtures import article, build_seed_library
from text.convert import convert


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_seed_library(tmp_path_factory.mktemp("walk") / "seed.duizhao")
    lib = Library.open(path)
    extract_library(lib)
    lib.close()
    return path


@pytest.fixture
def lib(seed_file: Path, tmp_path: Path) -> Iterator[Library]:
    path = tmp_path / seed_file.name
    shutil.copy2(seed_file, path)
    library = Library.open(path)
    yield library
    library.close()


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()  # actions with shortcuts need a window
    r = Reader()
    host.setCentralWidget(r)
    host.addAction(r.next_hit_action)
    host.addAction(r.prev_hit_action)
    qtbot.addWidget(host)
    host.resize(1000, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    yield r


def entity(lib: Library, name: str) -> EntityRow:
    row = find_entity(lib, name)
    assert row is not None, f"the seeds should yield {name}"
    return row


def open_article(
    reader: Reader, lib: Library, article_id: int, query: str = "", entities: Sequence[int] = ()
) -> list[Mention]:
    """Open an article as the window does: text, the search's terms, mentions, emphasis."""
    found = get_article(lib, article_id)
    assert found is not None
    terms = parse_query(query).positive_terms if query else []
    mentions = mentions_from(article_mentions(lib, article_id))
    reader.set_article(found, terms, mentions)
    reader.set_emphasised_entities(entities)
    return mentions


def first_article_of(lib: Library, entity_id: int) -> int:
    row = lib.conn.execute(
        "SELECT article_id FROM mentions WHERE entity_id = ? ORDER BY article_id LIMIT 1",
        (entity_id,),
    ).fetchone()
    return int(row[0])


def selected_span(reader: Reader) -> tuple[int, int]:
    """The selection in the original pane, as offsets into the whole article."""
    cursor = reader.original_pane.textCursor()
    page_start = reader.pages.starts[reader.page]
    return page_start + cursor.selectionStart(), page_start + cursor.selectionEnd()


def current_span(reader: Reader) -> tuple[int, int]:
    """The span under the "current" mark of the original pane (whole-article offsets)."""
    marks = [m for m in reader.original_pane.marks() if m.kind == "current"]
    assert len(marks) == 1
    page_start = reader.pages.starts[reader.page]
    return page_start + marks[0].start, page_start + marks[0].end


def press(reader: Reader, qtbot, back: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3, modifier)


def test_f3_steps_through_every_mention_in_text_order_and_wraps(
    reader: Reader, lib: Library, qtbot
) -> None:
    person = entity(lib, "任睿杰")
    aid = first_article_of(lib, person.id)
    mentions = open_article(reader, lib, aid, entities=[person.id])
    text = reader.article.text if reader.article else ""
    expected = sorted({(m.start, m.end) for m in mentions if m.entity_id == person.id})
    sql = lib.conn.execute(
        "SELECT count(*) FROM mentions WHERE entity_id = ? AND article_id = ?", (person.id, aid)
    ).fetchone()[0]
    assert len(expected) == sql >= 3
    assert reader.show_first_mention()
    assert reader.hit_label.text() == f"mention 1 of {len(expected)}"
    reader.original_pane.setFocus()
    visited = [selected_span(reader)]
    for _ in range(len(expected) - 1):
        press(reader, qtbot)
        visited.append(selected_span(reader))
    assert visited == expected
    assert all(text[s:e] == "任睿杰" for s, e in visited)
    assert current_span(reader) == expected[-1]
    assert reader.hit_label.text() == f"mention {len(expected)} of {len(expected)}"
    press(reader, qtbot)  # past the last: back to the first
    assert selected_span(reader) == expected[0]
    press(reader, qtbot, back=True)  # and back over the start to the last
    assert selected_span(reader) == expected[-1]
    press(reader, qtbot, back=True)
    assert selected_span(reader) == expected[-2]
    assert reader.current_hit == -1  # no search: no hit is current


def test_search_and_entity_walk_hits_and_mentions_in_text_order(
    reader: Reader, lib: Library, qtbot
) -> None:
    person = entity(lib, "任睿杰")
    aid = first_article_of(lib, person.id)
    mentions = open_article(reader, lib, aid, query="燕郊", entities=[person.id])
    hits = list(reader.hits)
    wanted = {(m.start, m.end) for m in mentions if m.entity_id == person.id}
    expected = sorted(set(hits) | wanted)
    assert hits and wanted and len(expected) == len(hits) + len(wanted)
    reader.walk.show(0)
    reader.original_pane.setFocus()
    visited = [current_span(reader)]
    kinds = {reader.walk.current_stop().is_mention}  # type: ignore[union-attr]
    for _ in range(len(expected) - 1):
        press(reader, qtbot)
        visited.append(current_span(reader))
        kinds.add(reader.walk.current_stop().is_mention)  # type: ignore[union-attr]
    assert visited == expected
    assert kinds == {True, False}  # both kinds were visited
    assert reader.hit_label.text() == f"{len(expected)} of {len(expected)} hits and mentions"
    # a current hit is still a hit of the search (the search's own stepping agrees)
    press(reader, qtbot)
    first = reader.walk.current_stop()
    assert first is not None and (first.start, first.end) == expected[0]
    if not first.is_mention:
        assert reader.hits[reader.current_hit] == expected[0]


def test_a_mention_on_a_hit_is_one_stop() -> None:
    hits = [(0, 3), (10, 13)]
    mentions = [Mention(10, 13, 5, "person", "任睿杰"), Mention(20, 23, 5, "person", "任睿杰")]
    mentions.append(Mention(30, 32, 6, "place", "燕郊"))  # not emphasised
    assert walk_stops(hits, mentions, {5}) == [
        Stop(0, 3, hit=0),
        Stop(10, 13, hit=1, entity_id=5),
        Stop(20, 23, entity_id=5),
    ]


def test_show_first_mention_selects_it_in_both_panes(reader: Reader, lib: Library) -> None:
    org = entity(lib, "京津冀國家技術創新中心")
    aid = next(
        a
        for (a,) in lib.conn.execute(
            "SELECT DISTINCT m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? AND a.script = 'hant'",
            (org.id,),
        )
    )
    mentions = open_article(reader, lib, aid, query="燕郊", entities=[org.id])
    first = min((m.start, m.end) for m in mentions if m.entity_id == org.id)
    text = reader.article.text if reader.article else ""
    assert reader.show_first_mention()
    original = reader.original_pane.textCursor().selectedText()
    converted = reader.converted_pane.textCursor().selectedText()
    assert original == text[first[0] : first[1]]
    assert original != converted == convert(original, "t2s") == "京津冀国家技术创新中心"
    assert current_span(reader) == first


def test_without_mentions_show_first_mention_stays(reader: Reader, lib: Library) -> None:
    person = entity(lib, "任睿杰")
    other = lib.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM mentions"
        " WHERE entity_id = ?) ORDER BY id LIMIT 1",
        (person.id,),
    ).fetchone()[0]
    open_article(reader, lib, other, entities=[person.id])
    assert not reader.show_first_mention()
    assert reader.hit_label.text() == "no mentions"
    assert not reader.next_hit_action.isEnabled()


# 30 paragraphs; with pages of 60 characters, three paragraphs a page
PARAGRAPHS = [f"第{i:02d}段程序员在互联网公司写软件。" for i in range(30)]


def test_mentions_are_walked_across_pages_in_both_panes(reader: Reader, qtbot) -> None:
    text = "\n".join(PARAGRAPHS)
    reader.page_size = 60
    reader.set_conversion("s2twp")  # 互联网 -> 網際網路: the converted side is longer
    mentions = []
    for i in (1, 7, 8, 25):  # 公司 of these paragraphs: pages 0, 2, 2 and 8
        start = text.index(f"第{i:02d}段") + 11
        assert text[start : start + 2] == "公司"
        mentions.append(Mention(start, start + 2, 9, "organization", "公司"))
    reader.set_article(article(text), (), mentions)
    reader.set_emphasised_entities([9])
    assert reader.pages.count == 10
    assert reader.show_first_mention() and reader.page == 0
    reader.original_pane.setFocus()
    seen = []
    for _ in range(4):
        seen.append((reader.page, selected_span(reader)))
        assert reader.converted_pane.textCursor().selectedText() == "公司"
        right = reader.converted_pane.text()
        cur = [m for m in reader.converted_pane.marks() if m.kind == "current"]
        assert [right[m.start : m.end] for m in cur] == ["公司"]
        press(reader, qtbot)
    assert [p for p, _ in seen] == [0, 2, 2, 8]
    assert [s for _, s in seen] == [(m.start, m.end) for m in mentions]
    assert reader.page == 0  # wrapped to the first page
    press(reader, qtbot, back=True)
    assert reader.page == 8 and selected_span(reader) == (mentions[-1].start, mentions[-1].end)


def test_legend_only_with_hits_and_mentions(reader: Reader, lib: Library) -> None:
    person = entity(lib, "任睿杰")
    aid = first_article_of(lib, person.id)
    open_article(reader, lib, aid, entities=[person.id])
    assert not reader.walk.legend.shown()  # mentions alone
    open_article(reader, lib, aid, query="燕郊")
    assert not reader.walk.legend.shown()  # hits alone
    open_article(reader, lib, aid, query="燕郊", entities=[person.id])
    assert reader.walk.legend.shown()
    assert reader.walk.legend.isVisible()
    assert reader.walk.legend.entries() == ["search hits", "任睿杰"]
    reader.set_emphasised_entities([])
    assert not reader.walk.legend.shown()
    open_article(reader, lib, aid, query="没有这个词", entities=[person.id])
    assert not reader.walk.legend.shown()  # a search without hits here: nothing to tell apart


def test_clicking_a_mention_emits_its_entity_and_keeps_the_search(
    reader: Reader, lib: Library, qtbot
) -> None:
    person = entity(lib, "任睿杰")
    aid = first_article_of(lib, person.id)
    open_article(reader, lib, aid, query="燕郊")
    hits = list(reader.hits)
    mark = next(
        m for m in reader.original_pane.marks() if m.kind == "mention" and m.entity_id == person.id
    )
    pane = reader.original_pane
    pane.show_span(mark.start)
    rect = pane.cursorRect(pane.cursor_for(mark.start + 1, mark.start + 1))
    with qtbot.waitSignal(reader.mentionClicked) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [person.id]
    assert reader.hits == hits and reader.terms  # the search is still shown


def test_legend_names_a_few_entities_and_counts_the_rest(reader: Reader) -> None:
    text = "甲乙丙丁戊，" + "一个很长很长很长很长很长的机构名称" + "。创新。"
    names = ["甲", "乙", "丙", "丁", "戊"]
    mentions = [Mention(i, i + 1, i + 1, "person", n) for i, n in enumerate(names)]
    long_start = text.index("一个")
    long_name = "一个很长很长很长很长很长的机构名称"
    mentions.insert(
        0, Mention(long_start, long_start + len(long_name), 9, "organization", long_name)
    )
    reader.set_article(article(text), parse_query("创新").positive_terms, mentions)
    reader.set_emphasised_entities([1, 2, 9, 4, 5])
    legend = reader.walk.legend
    assert legend.shown()
    # in text order: 甲 乙 丁 戊 (the long name comes after them), three named, the rest counted
    assert legend.entries() == ["search hits", "甲", "乙", "丁", "+2"]
    assert "戊" in legend.toolTip() and long_name in legend.toolTip()  # all of them, whole
    reader.set_emphasised_entities([9])
    assert legend.entries() == ["search hits", long_name[:11] + "…"]


def test_stepping_does_not_make_the_stops_again(reader: Reader) -> None:
    text = "公司一。公司二。公司三。"
    mentions = [Mention(i, i + 2, 3, "organization", "公司") for i in (0, 4, 8)]
    reader.set_article(article(text), (), mentions)
    reader.set_emphasised_entities([3])
    stops = reader.walk.stops()
    reader.next_hit()
    reader.next_hit()
    assert reader.walk.stops() is stops  # no search: a repaint does not rebuild the walk
    assert selected_span(reader) == (4, 6)  # from no current stop: the first, then the second
    reader.set_emphasised_entities([3, 4])
    assert reader.walk.stops() is not stops
    assert reader.walk.current_stop() == Stop(4, 6, entity_id=3)  # the place is kept
