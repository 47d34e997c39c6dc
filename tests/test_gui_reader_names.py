"""The reader keeps names as spelt in the converted pane, marks them, and maps offsets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow

from gui.reader import Mention, Reader
from tests.gui_fixtures import article

TEXT = "联泰集群的任睿杰去了新西兰，集群软件很好。"


def _mention(name: str, entity_id: int, kind: str, **spellings: str) -> Mention:
    start = TEXT.index(name)
    return Mention(start, start + len(name), entity_id, kind, name, **spellings)


MENTIONS = [
    _mention("联泰集群", 1, "organization"),
    _mention("任睿杰", 2, "person"),
    _mention("新西兰", 3, "place"),
]


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()
    r = Reader()
    host.setCentralWidget(r)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    yield r


def test_names_keep_their_spelling_and_places_take_the_vocabulary(reader: Reader) -> None:
    reader.set_conversion("s2twp")
    reader.set_article(article(TEXT, script="hans"), (), MENTIONS)
    pane = reader.converted_pane
    assert pane.text() == "聯泰集群的任睿傑去了紐西蘭，叢集軟體很好。"
    spans = {m.entity_id: pane.text()[m.start : m.end] for m in pane.marks() if m.kind == "mention"}
    assert spans == {1: "聯泰集群", 2: "任睿傑", 3: "紐西蘭"}
    uncertain = [pane.text()[m.start : m.end] for m in pane.marks() if m.kind == "uncertain"]
    assert "傑" in uncertain
    assert pane.uncertain_at(pane.text().index("傑")) is not None


def test_a_selection_after_a_name_maps_back_to_the_original(reader: Reader) -> None:
    reader.set_conversion("s2twp")
    reader.set_article(
        article(TEXT, script="hans"),
        (),
        [*MENTIONS[:1], _mention("任睿杰", 2, "person", hant="任睿杰先生")],
    )
    pane = reader.converted_pane
    assert pane.text().startswith("聯泰集群的任睿杰先生去了紐西蘭")
    start = pane.text().index("軟體很好")
    pane.setTextCursor(pane.cursor_for(start, start + 4))
    cursor = pane.textCursor()
    assert reader.converted is not None
    s, e = reader.converted.to_original(cursor.selectionStart(), cursor.selectionEnd())
    assert reader.original_pane.text()[s:e] == "软件很好"


def test_a_new_spelling_reconverts_the_page_unmarked(reader: Reader) -> None:
    reader.set_conversion("s2tw")
    reader.set_article(article(TEXT, script="hans"), (), MENTIONS)
    pane = reader.converted_pane
    assert "任睿傑" in pane.text()
    respelled = [*MENTIONS[:1], _mention("任睿杰", 2, "person", hant="任睿杰"), MENTIONS[2]]
    reader.set_mentions(respelled)
    assert "任睿杰" in pane.text() and "傑" not in pane.text()
    at = pane.text().index("任睿杰")
    assert all(pane.uncertain_at(i) is None for i in range(at, at + 3))
    spans = {m.entity_id: pane.text()[m.start : m.end] for m in pane.marks() if m.kind == "mention"}
    assert spans[2] == "任睿杰"


def test_a_traditional_article_keeps_its_names_in_a_taiwan_conversion(reader: Reader) -> None:
    text = "聯泰集群與人工智慧研究院合作，集群效應明顯。"
    mentions = [
        Mention(0, 4, 1, "organization", "聯泰集群"),
        Mention(5, 12, 2, "organization", "人工智慧研究院"),
    ]
    reader.set_conversion("s2twp")
    reader.set_article(article(text, script="hant"), (), mentions)
    assert reader.converted_pane.text() == "聯泰集群與人工智慧研究院合作，叢集效應明顯。"
    reader.set_conversion("t2s")
    assert reader.converted_pane.text() == "联泰集群与人工智慧研究院合作，集群效应明显。"


def test_names_on_a_later_page_keep_their_spelling(reader: Reader) -> None:
    paragraphs = [f"第{i:02d}段联泰集群写软件。" for i in range(12)]
    text = "\n".join(paragraphs)
    mentions = []
    for i in range(len(paragraphs)):
        start = text.index("联泰集群", text.index(f"第{i:02d}段"))
        mentions.append(
            Mention(start, start + 4, 1, "organization", "联泰集群", hant="聯泰集群公司")
        )
    reader.page_size = 40
    reader.set_conversion("s2twp")
    reader.set_article(article(text, script="hans"), (), mentions)
    assert reader.pages.count > 2
    for page in (0, reader.pages.count - 1):
        reader.show_page(page)
        converted = reader.converted_pane.text()
        assert "聯泰集群公司寫軟體" in converted and "叢集" not in converted
        spans = [
            converted[m.start : m.end] for m in reader.converted_pane.marks() if m.kind == "mention"
        ]
        assert spans and set(spans) == {"聯泰集群公司"}
