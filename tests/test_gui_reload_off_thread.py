"""After another write changes the entities (an extraction, an import), the entity
tree and the figures table read and prepare what they show on the worker, never on
the interface thread, and only the newest read's answer is shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

import gui.entity_panel
import gui.figures_view
from db.changes import Change
from db.curation import hide
from db.entities import figures, list_entities
from db.extraction import extract_library
from db.library import Library
from gui.entity_panel import EntityPanel
from gui.feature import FeatureHub
from gui.figures_view import FiguresView
from gui.operations import Operations
from gui.worker import Worker
from tests.gui_fixtures import build_seed_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(build_seed_library(tmp_path / "lib.duizhao"), create=False)
    yield library
    library.close()


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[bool]]:
    """For each reading function the panels call: whether each call ran on the
    interface thread (the real function is called)."""
    seen: dict[str, list[bool]] = {"list_entities": [], "figures": []}

    def recording(module: object, name: str) -> None:
        real = getattr(module, name)

        def call(*args: object, **kwargs: object) -> object:
            seen[name].append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, call)

    recording(gui.entity_panel, "list_entities")
    recording(gui.figures_view, "figures")
    return seen


def window_parts(qtbot, lib: Library) -> tuple[FeatureHub, EntityPanel, FiguresView, QWidget]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    hub = FeatureHub()
    ops = Operations(Worker(pool=pool), hub)
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = EntityPanel(parent)
    panel.set_operations(ops, hub)
    table = FiguresView(parent, ops)
    for feature in (ops, panel, table):
        hub.register(feature)
    hub.set_library(lib)
    return hub, panel, table, parent  # (the parent is kept, or Qt deletes the panels)


def test_the_tree_and_the_figures_are_read_off_the_interface_thread(
    qtbot, lib: Library, threads: dict[str, list[bool]]
) -> None:
    hub, panel, table, _parent = window_parts(qtbot, lib)
    qtbot.waitUntil(lambda: not table.loads.pending(), timeout=10_000)
    assert panel.model.entity_count() == 0 and table.model.rowCount() == 0
    threads["list_entities"].clear()
    threads["figures"].clear()

    extract_library(lib)  # another write found the entities
    hub.announce(Change(entities=True))
    qtbot.waitUntil(lambda: not panel.loads.pending() and not table.loads.pending(), timeout=10_000)
    expected = list_entities(lib)
    assert expected and panel.model.entity_count() == len(expected)
    assert table.model.rowCount() == len(figures(lib)) > 0
    assert threads["list_entities"] == [False]
    assert threads["figures"] == [False]


def test_a_read_overtaken_by_a_newer_load_is_not_shown(
    qtbot, lib: Library, threads: dict[str, list[bool]]
) -> None:
    extract_library(lib)
    hub, panel, table, _parent = window_parts(qtbot, lib)
    qtbot.waitUntil(lambda: not table.loads.pending(), timeout=10_000)
    shown = panel.model.entity_count()
    hidden = list_entities(lib)[0]
    hide(lib, hidden.id)
    hub.announce(Change(entities=True))  # read on the worker: without the hidden one
    assert panel.loads.pending()
    panel.show_hidden_button.setChecked(True)  # the user lists the hidden ones, now
    assert panel.model.entity(hidden.id) is not None
    qtbot.waitUntil(lambda: not panel.loads.pending(), timeout=10_000)
    # the older read's answer (hidden ones left out) came last and was dropped
    assert panel.model.entity(hidden.id) is not None
    assert panel.model.entity_count() == shown


def test_an_answer_that_comes_after_the_panels_are_gone_is_dropped(
    qtbot, lib: Library, threads: dict[str, list[bool]]
) -> None:
    extract_library(lib)
    hub, panel, table, parent = window_parts(qtbot, lib)
    loads = (panel.loads, table.loads)
    hub.announce(Change(entities=True))
    assert all(load.pending() for load in loads)
    shiboken6.delete(parent)  # the window closed meanwhile
    # (applying an answer to a deleted panel raises, and pytest-qt fails the test)
    qtbot.waitUntil(lambda: not any(load.pending() for load in loads), timeout=10_000)
    assert threads["list_entities"][-1] is False


def test_opening_a_library_reads_its_tree_off_the_interface_thread(
    qtbot, lib: Library, threads: dict[str, list[bool]]
) -> None:
    extract_library(lib)
    _hub, panel, table, _parent = window_parts(qtbot, lib)
    assert panel.model.entity_count() == 0  # shown when read
    qtbot.waitUntil(lambda: not panel.loads.pending() and not table.loads.pending(), timeout=10_000)
    assert panel.model.entity_count() == len(list_entities(lib)) > 0
    assert threads["list_entities"] == [False] and threads["figures"] == [False]
    types = [panel.model.index(r, 0) for r in range(panel.model.rowCount())]
    assert types and all(panel.tree.isExpanded(i) for i in types)  # a small library's
