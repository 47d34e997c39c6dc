"""The Saved searches panel against a real library: counts of articles added since a search
was last opened (checked against saved_searches after an import), one click runs it,
save the current search under a name, rename, delete after asking."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from db.changes import ARTICLES_ADDED, SAVED_CHANGED
from db.importer import import_paths
from db.library import Library
from db.saved import save_search, saved_searches
from db.spec import SearchSpec
from gui.feature import Feature, FeatureHub
from gui.saved_panel import COL_NEW, SavedPanel
from gui.worker import Worker
from tests.gui_fixtures import SEEDS

SPEC = SearchSpec("创新", order="newest")


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.duizhao")
    first = tmp_path / "first"
    first.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2]:
        shutil.copy(SEEDS / name, first / name)
    import_paths(library, [first])
    yield library
    library.close()


@pytest.fixture
def panel(qtbot) -> SavedPanel:
    p = SavedPanel(Worker(sync=True), current_spec=lambda: SPEC)
    qtbot.addWidget(p)
    p.show()
    return p


def names(panel: SavedPanel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def test_save_run_and_count_the_articles_added_since(
    panel: SavedPanel, lib: Library, qtbot
) -> None:
    hub = FeatureHub()
    assert isinstance(panel, Feature)
    hub.register(panel)
    panel.changed.connect(hub.announce)
    seen = []
    hub.changed.connect(seen.append)
    hub.set_library(lib)
    assert names(panel) == []
    panel.save_action.trigger()  # saves what the window says is the current search
    dialog = panel.dialog
    assert dialog is not None and "创新" in dialog.labelText()
    dialog.setTextValue("创新 newest first")
    dialog.accept()
    assert [s.name for s in saved_searches(lib)] == ["创新 newest first"]
    assert saved_searches(lib)[0].spec == SPEC and seen == [SAVED_CHANGED]
    never_opened = saved_searches(lib)[0].new
    assert never_opened == 2 and panel.new_count("创新 newest first") == 2
    assert panel.item_of("创新 newest first").text(COL_NEW) == "2 new"
    # one click runs it: the spec comes back, and its count starts again
    with qtbot.waitSignal(panel.specChosen) as got:
        panel.tree.itemClicked.emit(panel.item_of("创新 newest first"), 0)
    assert got.args == [SPEC]
    assert panel.new_count("创新 newest first") == 0 == saved_searches(lib)[0].new
    assert panel.item_of("创新 newest first").text(COL_NEW) == ""
    # the other two seeds arrive: the panel hears of it and counts them
    import_paths(lib, [SEEDS])
    hub.announce(ARTICLES_ADDED)
    added = saved_searches(lib)[0].new
    assert added == 2 and panel.new_count("创新 newest first") == added
    assert panel.item_of("创新 newest first").text(COL_NEW) == f"{added} new"


def test_rename_and_delete_after_asking(panel: SavedPanel, lib: Library, qtbot) -> None:
    save_search(lib, "甲", SearchSpec("燕郊"))
    save_search(lib, "乙", SearchSpec("协同"))
    panel.set_library(lib)
    assert names(panel) == ["乙", "甲"]  # sorted by name as saved_searches gives them
    panel.tree.setCurrentItem(panel.item_of("甲"))
    dialog = panel.rename_selected()
    assert dialog is not None
    dialog.setTextValue("燕郊的新闻")
    dialog.accept()
    assert sorted(s.name for s in saved_searches(lib)) == ["乙", "燕郊的新闻"]
    assert set(names(panel)) == {"乙", "燕郊的新闻"}
    # a name another search has is refused, with a message, and nothing changes
    panel.tree.setCurrentItem(panel.item_of("燕郊的新闻"))
    dialog = panel.rename_selected()
    assert dialog is not None
    with qtbot.waitSignal(panel.statusMessage) as said:
        dialog.setTextValue("乙")
        dialog.accept()
    assert "already" in said.args[0]
    assert sorted(s.name for s in saved_searches(lib)) == ["乙", "燕郊的新闻"]
    panel.tree.setCurrentItem(panel.item_of("乙"))
    box = panel.delete_selected()
    assert box is not None and "乙" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(saved_searches(lib)) == 2
    box = panel.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [s.name for s in saved_searches(lib)] == ["燕郊的新闻"] == names(panel)
