"""The facet panel and Export Selection composed into the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget

from db.entities import find_entity
from db.extraction import extract_library
from db.library import Library
from db.search import search_ids
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import build_seed_library, copy_library


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_seed_library(tmp_path_factory.mktemp("seed") / "seed.duizhao")
    lib = Library.open(path)
    assert extract_library(lib) == 4
    lib.close()
    return path


@pytest.fixture
def window(qtbot, seed_file: Path, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    w = MainWindow(Settings.at(tmp_path / "settings.ini"), worker=Worker(sync=True))
    w.auto_extract = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    show_facets(w)
    with qtbot.waitSignal(w.facets.refreshed, timeout=5000):
        w.set_library(Library.open(copy_library(seed_file, tmp_path), create=False))
    w.activateWindow()
    yield w
    w.close()


def show_facets(w: MainWindow) -> None:
    """Bring the Facets tab to the front, as a click on it would."""
    tabs = w.facets.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(w.facets)


def test_a_hidden_facets_tab_counts_only_once_it_is_shown(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Facets are counted for the tab on screen: at a million articles the whole
    library's take seconds, not to be spent on every keystroke behind another tab."""
    w = window
    tabs = w.facets.parentWidget()
    while not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    tabs.setCurrentIndex(0 if tabs.widget(0) is not w.facets else 1)
    assert not w.facets.isVisible()
    counted: list[int] = []
    w.facets.refreshed.connect(lambda: counted.append(1))
    w.state.set_query("燕郊")
    qtbot.wait(400)  # past the panel's pause
    assert counted == [] and w.facets.facets().total == 4  # still the last counted
    with qtbot.waitSignal(w.facets.refreshed, timeout=5000):
        show_facets(w)
    assert w.facets.facets().total == len(search_ids(w.lib, "燕郊")) < 4


def test_facets_follow_the_search_and_a_click_narrows_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    w = window
    assert w.facets.facets().total == 4
    with qtbot.waitSignal(w.facets.refreshed, timeout=5000):
        w.state.set_query("燕郊")
    lib = w.lib
    assert w.facets.facets().total == len(search_ids(lib, "燕郊")) < 4
    entity = w.facets.items("entity")[0]
    eid = entity.data(0, Qt.ItemDataRole.UserRole + 1)[1]
    w.facets.tree.scrollToItem(entity)
    rect = w.facets.tree.visualItemRect(entity)
    with qtbot.waitSignal(w.facets.refreshed, timeout=5000):
        qtbot.mouseClick(w.facets.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    spec = w.state.spec()
    assert spec.query == "燕郊" and spec.entities == (eid,)
    assert sorted(w.results_model.ids) == sorted(search_ids(lib, "燕郊", spec=spec))
    assert w.facets.facets().total == len(w.results_model.ids)


def test_ctrl_e_and_the_tree_menu_export_entities(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # noqa: ANN001
    w = window
    shortcut = QKeySequence("Ctrl+E")
    owners = [a for a in w.file_menu.actions() if a.shortcut() == shortcut]
    assert owners == [w.selection_export.action] and w.export_action is owners[0]
    texts = [a.text() for a in w.file_menu.actions()]
    assert texts.count(w.export_action.text()) == 1  # it took the place of the old entry
    w.selection_export.choose_path = lambda _title, suggested: str(tmp_path / suggested)
    ren = find_entity(w.lib, "任睿杰", "person")
    assert ren is not None and w.entity_panel.select_entity(ren.id)
    seen: list[list[str]] = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look_and_close)
            return
        seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
        menu.close()

    QTimer.singleShot(0, look_and_close)
    tree = w.entity_panel.tree
    tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][-2:] == ["Export selected entities…", "Export mentions of selected entities…"]
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree, timeout=3000)
    qtbot.keyClick(tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    frame = pd.read_csv(tmp_path / "entities.csv", encoding="utf-8-sig")
    assert list(frame["entity_id"]) == [ren.id]
    assert w.statusBar().currentMessage() == "Exported 1 row to entities.csv"
    # the result list's menu
    w.results.selectRow(0)
    w.results.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    assert [a.text() for a in popup.actions()] == ["Export selected articles…"]
    popup.close()
