"""The search box's pinyin completion and the regional toggle, on a real library."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

import gui.pinyin_completion
from db.articles import insert_article
from db.changes import ENTITIES_CHANGED
from db.extraction import extract_library
from db.library import Library
from db.search import search
from gui.feature import Feature, FeatureHub
from gui.pinyin_completion import PinyinCompletion
from gui.regional_toggle import RegionalToggle
from gui.search_bar import SearchBar
from tests.helpers import seed_library
from text.pinyin_search import dictionary_index


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seed_library(tmp_path_factory.mktemp("gui_words"))
    extract_library(lib)
    with lib.transaction() as conn:
        insert_article(conn, title="資訊平台", text="數位資訊平台上線。", script="hant")
        insert_article(conn, title="眼角", text="她的眼角有一道細紋。", script="hant")
    dictionary_index()  # made once; the window makes it on a thread
    yield lib
    lib.close()


def test_pinyin_letters_offer_the_name_and_choosing_it_searches_it(qtbot, lib: Library) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    pinyin = PinyinCompletion(bar.edit)
    assert isinstance(pinyin, Feature)
    hub = FeatureHub()
    hub.register(pinyin)
    hub.set_library(lib)
    bar.edit.setFocus()
    with qtbot.waitSignal(pinyin.offered, timeout=3000) as offered:
        qtbot.keyClicks(bar.edit, "yanjiao")
    words = offered.args[0]
    assert words[0] == "燕郊" and "言教" not in words
    assert pinyin.completer.popup().isVisible()
    assert pinyin.model.stringList() == words
    with qtbot.waitSignal(bar.queryChanged, timeout=3000) as searched:
        pinyin.choose("燕郊")
    assert searched.args == ["燕郊"]
    assert bar.text() == "燕郊"
    # Initials and spaced syllables too; Chinese text offers nothing.
    bar.edit.setText("创新 ")  # (QTest types no CJK characters)
    qtbot.keyClicks(bar.edit, "yj")
    assert pinyin.update()[0] == "燕郊"
    pinyin.choose("燕郊")
    assert bar.text() == "创新 燕郊"
    bar.edit.setText("燕郊")
    assert pinyin.update() == []
    assert not pinyin.completer.popup().isVisible()
    hub.announce(ENTITIES_CHANGED)
    assert pinyin.words is not None and pinyin.words._names is None  # read again when asked


def test_the_regional_toggle_adds_the_taiwan_word_and_says_so(qtbot, lib: Library) -> None:
    toggle = RegionalToggle()
    qtbot.addWidget(toggle)
    assert isinstance(toggle, Feature)
    assert toggle.expand("信息") == "信息"  # off: exact
    assert toggle.added_label.text() == ""
    with qtbot.waitSignal(toggle.toggled, timeout=1000):
        toggle.button.click()
    assert toggle.is_on()
    text = toggle.expand("信息")
    assert toggle.added == ("資訊",)
    assert "資訊" in toggle.added_label.text()
    assert "資訊平台" in {h.title for h in search(lib, text).hits}
    assert "資訊平台" not in {h.title for h in search(lib, "信息").hits}
    toggle.expand("创新")
    assert toggle.added == () and toggle.added_label.text()
    toggle.set_on(False)
    assert toggle.expand("信息") == "信息"
    assert toggle.added_label.text() == ""


def test_the_dictionary_warm_up_waits_while_the_window_is_busy(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []  # the readings made (recorded instead of seconds of work)
    monkeypatch.setattr(gui.pinyin_completion, "dictionary_index_ready", lambda: bool(made))
    monkeypatch.setattr(gui.pinyin_completion, "dictionary_index", lambda: made.append(1))
    monkeypatch.setattr(gui.pinyin_completion, "WARM_UP_MS", 20)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    pinyin = PinyinCompletion(edit)
    busy = [True]  # an extraction runs
    pinyin.busy = lambda: busy[0]
    pinyin.warm_up()
    qtbot.wait(200)
    assert made == [] and pinyin._warming is None  # put off, not started
    busy[0] = False
    qtbot.waitUntil(lambda: made == [1], timeout=3000)  # started once the window is free
    # Pinyin typed while busy starts it at once: the user asked for the words.
    made.clear()
    pinyin._warming = None
    busy[0] = True
    pinyin.warm_up(asked=True)
    assert pinyin._warming is not None
    pinyin._warming.join(timeout=5)
    assert made == [1]
