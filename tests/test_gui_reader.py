"""The side-by-side reader: conversions, mapped highlights, hits, mentions, copying, zoom."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMainWindow

from db.query import parse_query
from gui.reader import ChainedConversion, Mention, Reader, conversion_for
from gui.reader_pane import ReaderPane
from tests.gui_fixtures import article
from text.convert import convert


def highlighted(pane: ReaderPane, kind: str | None = None) -> list[str]:
    """The texts under the pane's extra selections (what the user sees highlighted)."""
    marks = [m for m in pane.marks() if kind is None or m.kind == kind]
    cursors = {(m.start, m.end) for m in marks}
    out = []
    for sel in pane.extraSelections():
        c = sel.cursor
        span = (c.selectionStart(), c.selectionEnd())
        if span in cursors or kind is None:
            out.append(c.selectedText())
    return out


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()  # actions with shortcuts need a window
    r = Reader()
    host.setCentralWidget(r)
    for a in (
        r.next_hit_action,
        r.prev_hit_action,
        r.copy_citation_action,
        r.zoom_in_action,
        r.zoom_out_action,
        r.zoom_reset_action,
    ):
        host.addAction(a)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    yield r


def test_hits_land_on_the_converted_phrase_when_length_changes(reader: Reader) -> None:
    text = "我们的互联网很快。\n程序员，还有互联网。"
    reader.set_conversion("s2twp")
    reader.set_article(article(text), parse_query("互联网").positive_terms)
    assert reader.converted_pane.toPlainText() == convert(text, "s2twp")
    assert "網際網路" in reader.converted_pane.toPlainText()
    assert len(reader.hits) == 2
    originals = [m for m in reader.original_pane.marks() if m.kind in ("hit", "current")]
    converted = [m for m in reader.converted_pane.marks() if m.kind in ("hit", "current")]
    assert [text[m.start : m.end] for m in originals] == ["互联网", "互联网"]
    right = reader.converted_pane.toPlainText()
    assert [right[m.start : m.end] for m in converted] == ["網際網路", "網際網路"]
    # what Qt draws: the cursors of the extra selections cover exactly those characters
    assert sorted(highlighted(reader.converted_pane)) == ["網際網路", "網際網路"]


def test_traditional_query_highlights_simplified_side_too(reader: Reader) -> None:
    text = "創新“候鳥”燕郊築巢。\n京津冀協同創新。"
    reader.set_article(article(text), parse_query("创新").positive_terms)
    assert reader.effective_conversion() == "t2s"
    pair = reader.current_hit_texts()
    assert pair == ("創新", convert("創新", "t2s")) == ("創新", "创新")
    assert sorted(highlighted(reader.converted_pane)) == ["创新", "创新"]


def test_switching_conversion_reconverts_and_chains_for_traditional(reader: Reader) -> None:
    simplified = "软件和计算机\n网络"
    reader.set_article(article(simplified))
    for config in ("s2t", "s2tw", "s2twp", "s2hk"):
        reader.set_conversion(config)
        assert reader.converted_pane.toPlainText() == convert(simplified, config)
    traditional = "軟體與計算機\n網路"
    reader.set_article(article(traditional, script="hant"))
    reader.set_conversion("s2twp")
    expected = convert(convert(traditional, "t2s"), "s2twp")
    assert reader.converted_pane.toPlainText() == expected
    assert isinstance(conversion_for(traditional, "hant", "s2twp"), ChainedConversion)
    reader.set_conversion("t2s")
    assert reader.converted_pane.toPlainText() == convert(traditional, "t2s")
    assert reader.original_pane.toPlainText() == traditional


def test_combo_choice_is_reported(reader: Reader, qtbot) -> None:
    reader.set_article(article("软件"))
    with qtbot.waitSignal(reader.conversionChanged) as blocker:
        reader.conversion.setCurrentIndex(reader.conversion.findData("s2hk"))
    assert blocker.args == ["s2hk"]


def test_swap_sides(reader: Reader) -> None:
    reader.set_article(article("软件"))
    assert reader.splitter.widget(0) is reader.original_pane
    reader.swap_button.click()
    assert reader.splitter.widget(0) is reader.converted_pane
    assert reader.splitter.widget(1) is reader.original_pane
    assert reader.left_pane() is reader.converted_pane
    reader.swap_button.click()
    assert reader.splitter.widget(0) is reader.original_pane


def test_f3_moves_to_next_hit_and_shift_f3_back(reader: Reader, qtbot) -> None:
    text = "创新一。\n创新二。\n创新三。"
    reader.set_article(article(text), parse_query("创新").positive_terms)
    assert reader.current_hit == 0
    reader.original_pane.setFocus()
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3)
    assert reader.current_hit == 1
    current = [m for m in reader.original_pane.marks() if m.kind == "current"]
    assert [(m.start, m.end) for m in current] == [reader.hits[1]] == [(5, 7)]
    assert reader.original_pane.textCursor().position() == 5
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3)
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3)  # wraps around
    assert reader.current_hit == 0
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 2
    assert "3" in reader.hit_label.text()


def test_copy_with_citation(reader: Reader, qtbot) -> None:
    text = "京津冀协同发展。\n第二段。"
    reader.set_article(article(text, title="协同发展", uid="abc123"))
    pane = reader.converted_pane
    cursor = pane.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    qtbot.keyClick(
        pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    clip = QGuiApplication.clipboard().text()
    # the passage as the pane shows it, its whole paragraph, then title, source, date, id
    assert clip.splitlines() == [
        "「" + convert("京津冀协同", "s2t") + "」",
        convert("京津冀协同发展。", "s2t"),
        "—— 《协同发展》, 人民日报, 2024-05-01 (Duizhao article abc123)",
    ]


def test_article_text_is_never_html(reader: Reader) -> None:
    text = "<b>粗体</b> &amp; <a href='x'>链接</a>"
    reader.set_article(article(text, script="hans"))
    assert reader.original_pane.toPlainText() == text


def test_mentions_coloured_in_both_panes_and_clickable(reader: Reader, qtbot) -> None:
    text = "程序员公司在北京。"
    mentions = [Mention(6, 8, 42, "place", "北京"), Mention(0, 5, 7, "org", "程序员公司")]
    reader.set_conversion("s2twp")
    reader.set_article(article(text), (), mentions)
    right = reader.converted_pane.toPlainText()
    spans = {
        m.entity_id: right[m.start : m.end]
        for m in reader.converted_pane.marks()
        if m.kind == "mention"
    }
    assert (
        spans
        == {42: "北京", 7: convert("程序员公司", "s2twp")}
        == {42: "北京", 7: "程式設計師公司"}
    )
    mark = reader.original_pane.mention_at(7)
    assert mark is not None and mark.entity_id == 42
    assert mark.tooltip.splitlines()[1].startswith("Place · 1 mention(s)")
    pane = reader.original_pane
    rect = pane.cursorRect(pane.cursor_for(6, 6))
    pos = rect.center()
    pos.setX(pos.x() + 4)
    with qtbot.waitSignal(reader.mentionClicked) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [42]


def test_panes_scroll_together_by_paragraph(reader: Reader, qtbot) -> None:
    text = "\n".join(f"第{i}段。互联网" + "很长的句子" * 10 for i in range(120))
    reader.set_conversion("s2twp")
    reader.set_article(article(text))
    left, right = reader.original_pane, reader.converted_pane
    left.scroll_to_block(60)
    qtbot.waitUntil(lambda: right.first_block()[0] == 60, timeout=2000)
    assert left.first_block()[0] == 60
    right.scroll_to_block(90)
    qtbot.waitUntil(lambda: left.first_block()[0] == 90, timeout=2000)


def test_zoom_keys(reader: Reader, qtbot) -> None:
    reader.set_article(article("软件"))
    size = reader.original_pane.font().pointSizeF()
    reader.original_pane.setFocus()
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.original_pane.font().pointSizeF() == size + 1
    assert reader.converted_pane.font().pointSizeF() == size + 1
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom == -1
    qtbot.keyClick(reader.original_pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom == 0 and reader.original_pane.font().pointSizeF() == size


def test_characters_outside_the_bmp_keep_highlights_aligned(reader: Reader) -> None:
    text = "𠀀𠀁创新"
    reader.set_article(article(text, script="hans"), parse_query("创新").positive_terms)
    assert highlighted(reader.original_pane) == ["创新"]


def test_uncertain_conversions_are_marked_counted_and_stepped(reader: Reader, qtbot) -> None:
    from text.convert_marked import convert_marked

    text = "任睿杰说头发干了。"
    reader.set_conversion("s2t")
    reader.set_article(article(text, script="hans"))
    pane = reader.converted_pane
    expected = convert_marked(text, "s2t")
    uncertain = [m for m in pane.marks() if m.kind == "uncertain"]
    assert [pane.text()[m.start : m.end] for m in uncertain] == [u.text for u in expected.uncertain]
    assert "傑" in [pane.text()[m.start : m.end] for m in uncertain]
    assert "髮" not in [pane.text()[m.start : m.end] for m in uncertain]  # 头发 settled it
    jie = pane.text().index("傑")
    tip = pane.uncertain_at(jie).tooltip
    assert "杰" in tip
    assert reader.uncertain_bar.label.text() == f"{len(expected.uncertain)} uncertain conversions"
    reader.uncertain_bar.next_button.click()
    first = expected.uncertain[0]
    assert pane.textCursor().selectedText() == first.text
    assert reader.uncertain_bar.label.text().startswith("1 of ")
    assert reader.pane_labels.original_label.text() == "Original (Simplified)"
    assert "s2t" in reader.pane_labels.converted_label.text()
    reader.swap_sides()
    assert reader.pane_labels.layout().itemAt(0).widget() is reader.pane_labels.converted_label


def test_no_uncertain_marks_when_a_phrase_settles_everything(reader: Reader) -> None:
    reader.set_conversion("s2t")
    reader.set_article(article("头发", script="hans"))
    assert [m for m in reader.converted_pane.marks() if m.kind == "uncertain"] == []
    assert reader.uncertain_bar.label.text() == "no uncertain conversions"
    assert not reader.uncertain_bar.next_button.isEnabled()


def _hover(pane: ReaderPane, index: int) -> str:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    rect = pane.cursorRect(pane.cursor_for(index, index))
    pos = rect.center() + QPoint(2, 0)  # just right of the caret: over character ``index``
    QApplication.sendEvent(
        pane.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, pane.viewport().mapToGlobal(pos))
    )
    text = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return text


def test_hovering_shows_the_other_forms_and_the_kind_of_mark(reader: Reader) -> None:
    text = "任睿杰为人"
    reader.set_conversion("s2t")
    reader.set_article(
        article(text, script="hans"), mentions=[Mention(0, 3, 1, "person", "任睿杰")]
    )
    pane = reader.converted_pane
    assert pane.text() == "任睿傑爲人"
    # 傑 lies in a mention: both tooltips, the mention's first.
    both = _hover(pane, 2)
    assert "任睿杰" in both and "Other forms: 杰" in both and "No phrase settled" in both
    assert both.index("Person") < both.index("Uncertain conversion")
    regional = _hover(pane, 3)
    assert "為" in regional and "regional standards" in regional
    assert pane.uncertain_at(4) is None and pane.mention_at(4) is None  # 人: no mark
