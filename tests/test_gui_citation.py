"""Copy with citation in the interface language: the paragraph around the selection and
the stable id at the end, with the words of the translations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMainWindow

from gui.i18n import Translations
from gui.reader import Reader
from tests.gui_fixtures import article

TEXT = "第一段。\n京津冀协同发展，燕郊的通勤人群。\n第三段。"


@pytest.fixture
def reader(qtbot) -> Iterator[Reader]:
    host = QMainWindow()
    r = Reader()
    host.setCentralWidget(r)
    qtbot.addWidget(host)
    host.show()
    yield r


@pytest.fixture
def translations() -> Iterator[Translations]:
    installed = Translations()
    yield installed
    installed.apply("en")  # removes the language the test installed


def copy(reader: Reader, start: int, end: int) -> list[str]:
    pane = reader.original_pane
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    payload = reader.copy_with_citation()
    assert payload == QGuiApplication.clipboard().text()
    return payload.splitlines()


@pytest.mark.parametrize(
    ("language", "citation"),
    [
        ("en", "—— 《协同》, 人民日报, 2024-05-01, 本报记者 张伟 (Duizhao article abc123)"),
        ("zh_CN", "—— 《协同》，人民日报，2024-05-01，本报记者 张伟（对照文章 abc123）"),
        ("zh_TW", "—— 《协同》，人民日报，2024-05-01，本报记者 张伟（對照文章 abc123）"),
    ],
)
def test_the_citation_is_in_the_interface_language(
    reader: Reader, translations: Translations, language: str, citation: str
) -> None:
    assert translations.apply(language) == language
    a = article(TEXT, title="协同", uid="abc123")
    reader.set_article(a.__class__(**{**a.__dict__, "byline": "本报记者 张伟"}))
    start = TEXT.index("燕郊")
    assert copy(reader, start, start + 2) == [
        "「燕郊」",
        "京津冀协同发展，燕郊的通勤人群。",
        citation,
    ]


def test_nothing_selected_copies_nothing(reader: Reader, qtbot) -> None:
    reader.set_article(article(TEXT))
    QGuiApplication.clipboard().setText("before")
    with qtbot.waitSignal(reader.message):
        assert reader.copy_with_citation() == ""
    assert QGuiApplication.clipboard().text() == "before"
