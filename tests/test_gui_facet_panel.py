"""The facet panel on a real library: it shows the counts of db.facets, a click narrows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from db.changes import ENTITIES_CHANGED, NOTES_CHANGED, Change
from db.facets import facets
from db.library import Library
from db.spec import SearchSpec
from gui.facet_panel import FacetPanel
from gui.feature import Feature
from gui.worker import Worker
from tests.facet_fixtures import build_mixed_library


@pytest.fixture(scope="module")
def mixed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mixed_library(tmp_path_factory.mktemp("facet_panel") / "mixed.duizhao")


@pytest.fixture()
def lib(mixed_path: Path, tmp_path: Path) -> Iterator[Library]:
    target = tmp_path / mixed_path.name
    shutil.copy2(mixed_path, target)
    lib = Library.open(target)
    yield lib
    lib.close()


def _panel(qtbot, lib: Library, worker: Worker | None = None) -> FacetPanel:  # noqa: ANN001
    panel = FacetPanel(worker or Worker(sync=True))
    qtbot.addWidget(panel)
    panel.set_library(lib)
    panel.resize(360, 900)
    panel.show()
    return panel


def _shown(panel: FacetPanel, kind: str) -> list[tuple[object, int]]:
    out = []
    for item in panel.items(kind):
        out.append((item.data(0, Qt.ItemDataRole.UserRole + 1)[1], int(item.text(1))))
    return out


def _click(qtbot, panel: FacetPanel, item: QTreeWidgetItem) -> None:  # noqa: ANN001
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_panel_shows_the_counts_of_the_spec(qtbot, lib: Library) -> None:  # noqa: ANN001
    panel = _panel(qtbot, lib)
    assert isinstance(panel, Feature)
    spec = SearchSpec(query="创新")
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.set_spec(spec)
    expected = facets(lib, spec)
    assert expected is not None
    assert _shown(panel, "type") == [(t.value, t.count) for t in expected.types]
    assert _shown(panel, "source") == [(s.value, s.count) for s in expected.sources if s.value]
    assert _shown(panel, "year") == [(y.value, y.count) for y in expected.years if y.value]
    entities = [(e.value, e.count) for t in expected.types for e in expected.entities[t.value]]
    assert _shown(panel, "entity") == entities
    assert f"{expected.total:,}" in panel.status.text()
    # articles without a source or a date are counted but narrow to nothing
    texts = [
        panel.tree.topLevelItem(i).child(j).text(0)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
    assert "(undated)" in texts


def test_a_click_narrows(qtbot, lib: Library) -> None:  # noqa: ANN001
    panel = _panel(qtbot, lib)
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.set_spec(SearchSpec())
    for kind in ("type", "entity", "source", "year"):
        item = panel.items(kind)[1]
        value = item.data(0, Qt.ItemDataRole.UserRole + 1)[1]
        with qtbot.waitSignal(panel.narrow, timeout=1000) as blocker:
            _click(qtbot, panel, item)
        assert blocker.args == [kind, value]
    assert panel.items("year")[0].text(0) == "2024"
    assert panel.items("source")[0].text(0) == "天津日报"
    entity = panel.items("entity")[0]
    name = lib.conn.execute(
        "SELECT name FROM entities WHERE id = ?", (entity.data(0, Qt.ItemDataRole.UserRole + 1)[1],)
    ).fetchone()[0]
    assert entity.text(0) == name
    assert panel.label_of("entity", entity.data(0, Qt.ItemDataRole.UserRole + 1)[1]) == name
    assert panel.label_of("entity", -1) == ""
    # Enter on the current entry narrows too; a section heading does not
    panel.tree.setCurrentItem(panel.items("year")[0])
    with qtbot.waitSignal(panel.narrow, timeout=1000) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert blocker.args == ["year", "2024"]
    with qtbot.assertNotEmitted(panel.narrow, wait=50):
        _click(qtbot, panel, panel.tree.topLevelItem(0))


def test_an_invalid_query_says_so_and_clears(qtbot, lib: Library) -> None:  # noqa: ANN001
    panel = _panel(qtbot, lib)
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.set_spec(SearchSpec(query="创新"))
    assert panel.tree.topLevelItemCount() > 0
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.set_spec(SearchSpec(query="-创新"))
    assert panel.tree.topLevelItemCount() == 0
    assert panel.status.text()  # the query's problem, in words
    assert panel.status.text() != "Counting…"


def test_a_newer_spec_replaces_the_running_one(qtbot, lib: Library) -> None:  # noqa: ANN001
    holder = QWidget()  # the worker lives as long as the widgets (as the window's does)
    qtbot.addWidget(holder)
    worker = Worker(holder)
    panel = _panel(qtbot, lib, worker)
    panel.set_spec(SearchSpec())
    first = panel.refresh_now()
    assert first is not None and not first.is_set()
    newer = SearchSpec(query="燕郊")
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.set_spec(newer)
    assert first.is_set()
    expected = facets(lib, newer)
    assert expected is not None and panel.facets() == expected
    assert panel.facets().total < 8  # not the whole library's
    worker.wait(5000)


def test_changes_to_articles_recount_others_do_not(qtbot, lib: Library) -> None:  # noqa: ANN001
    panel = _panel(qtbot, lib)
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.set_spec(SearchSpec())
    with qtbot.assertNotEmitted(panel.refreshed, wait=300):
        panel.on_change(NOTES_CHANGED)
    for change in (Change(articles=True), ENTITIES_CHANGED):
        with qtbot.waitSignal(panel.refreshed, timeout=5000):
            panel.on_change(change)
