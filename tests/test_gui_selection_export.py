"""Export Selection… (Ctrl+E) and the export entries of the context menus, on a real
library: each file read back with pandas holds exactly what was selected."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from db.csvio import write_csv
from db.entities import find_entity
from db.extraction import extract_library
from db.library import Library
from db.notes import add_note, list_notes
from gui.entity_panel import EntityPanel
from gui.feature import Feature
from gui.figures_view import FiguresView
from gui.results_model import ResultsModel
from gui.results_view import ResultsView
from gui.selection_export import (
    ArticlesSource,
    CallbackSource,
    EntitiesSource,
    FiguresSource,
    MentionsSource,
    SelectionExporter,
)
from gui.worker import Worker
from tests.gui_fixtures import add_articles, build_seed_library

FORMULA_TITLE = '=HYPERLINK("http://example.com")'


@pytest.fixture(scope="module")
def seed_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_seed_library(tmp_path_factory.mktemp("export") / "lib.duizhao")
    add_articles(path, [(FORMULA_TITLE, "=创新 天津 北京", "2024-01-02")])
    lib = Library.open(path)
    assert extract_library(lib) == 5
    lib.close()
    return path


@dataclass
class Window:
    lib: Library
    root: QWidget
    results: ResultsView
    entities: EntityPanel
    figures: FiguresView
    exporter: SelectionExporter
    out: Path
    query: list[str]
    asked: list[str]
    messages: list[str]
    problems: list[str]


@pytest.fixture()
def window(qtbot, seed_path: Path, tmp_path: Path) -> Iterator[Window]:  # noqa: ANN001
    shutil.copy2(seed_path, tmp_path / seed_path.name)
    lib = Library.open(tmp_path / seed_path.name)
    root = QWidget()
    qtbot.addWidget(root)
    model = ResultsModel(lambda: lib, root)
    results = ResultsView(model, root)
    model.set_ids([r[0] for r in lib.conn.execute("SELECT id FROM articles ORDER BY id")])
    entities = EntityPanel(root)
    entities.set_library(lib)
    figures = FiguresView(root)
    figures.set_library(lib)
    layout = QHBoxLayout(root)
    for w in (entities, results, figures):
        layout.addWidget(w)
    exporter = SelectionExporter(Worker(sync=True), root)
    root.addAction(exporter.action)
    query: list[str] = [""]
    exporter.add(ArticlesSource(results, query=lambda: query[0]))
    exporter.add(EntitiesSource(entities.tree, entities.selected_ids))
    exporter.add(MentionsSource(entities.tree, entities.selected_ids))
    exporter.add(FiguresSource(figures))
    exporter.set_library(lib)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def choose(title: str, suggested: str) -> str:
        asked.append(title)
        return str(out / suggested)

    exporter.choose_path = choose
    messages: list[str] = []
    problems: list[str] = []
    exporter.statusMessage.connect(messages.append)
    exporter.problem.connect(problems.append)
    root.resize(1400, 700)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=3000)
    yield Window(
        lib, root, results, entities, figures, exporter, out, query, asked, messages, problems
    )
    lib.close()


def _ctrl_e(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)
    qtbot.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def _read(path: Path) -> pd.DataFrame:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)


def _select_entities(panel: EntityPanel, ids: list[int]) -> None:
    sm = panel.tree.selectionModel()
    sm.clearSelection()
    for eid in ids:
        index = panel.model.index_of_entity(eid)
        assert index.isValid()
        panel.tree.expand(index.parent())
        sm.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert sorted(panel.selected_ids()) == sorted(ids)


def _entity_ids(w: Window) -> list[int]:
    found = [find_entity(w.lib, n, t) for n, t in (("天津", "place"), ("任睿杰", "person"))]
    assert all(found)
    return [e.id for e in found if e is not None]


def test_ctrl_e_on_the_results_exports_the_selected_articles(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    assert isinstance(w.exporter, Feature)
    w.results.selectRow(1)
    w.results.selectionModel().select(
        w.results.model().index(4, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = w.results.selected_ids()
    assert len(chosen) == 2
    _ctrl_e(qtbot, w.results)
    frame = _read(w.out / "articles.csv")
    assert list(frame["article_id"]) == chosen
    uids = dict(w.lib.conn.execute("SELECT id, uid FROM articles"))
    assert list(frame["article_uid"]) == [uids[i] for i in chosen]
    # the formula-like title is written so that a spreadsheet shows it as text
    assert "'" + FORMULA_TITLE in set(frame["title"])
    assert w.messages[-1] == "Exported 2 rows to articles.csv"
    assert w.asked == ["Export selected articles…"]
    # with a search shown: the search export, with hits and snippets
    w.query[0] = "天津"
    _ctrl_e(qtbot, w.results)
    frame = _read(w.out / "articles.csv")
    assert list(frame["article_id"]) == chosen and "hits" in frame.columns
    assert set(frame["query"]) == {"天津"}


def test_ctrl_e_on_the_tree_exports_the_selected_entities(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    ids = _entity_ids(w)
    _select_entities(w.entities, ids)
    _ctrl_e(qtbot, w.entities.tree)
    frame = _read(w.out / "entities.csv")
    assert sorted(frame["entity_id"]) == sorted(ids)
    for eid in ids:
        row = frame[frame["entity_id"] == eid].iloc[0]
        stored = w.lib.conn.execute(
            "SELECT name_hans, name_hant, mentions, articles FROM entities WHERE id = ?", (eid,)
        ).fetchone()
        assert (row["name_hans"], row["name_hant"], row["mentions"], row["articles"]) == stored
    ren = frame[frame["entity_id"] == ids[1]].iloc[0]
    assert (ren["name_hans"], ren["name_hant"]) == ("任睿杰", "任睿傑")  # both scripts
    assert "aliases" in frame.columns
    assert w.messages[-1] == "Exported 2 rows to entities.csv"


def test_mentions_of_the_selected_entities(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    ids = _entity_ids(w)
    _select_entities(w.entities, ids)
    mentions = w.exporter.sources[2]
    menu = w.exporter.build_menu([w.exporter.sources[1], mentions])
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Export selected entities…", "Export mentions of selected entities…"]
    menu.actions()[-1].trigger()
    frame = _read(w.out / "mentions.csv")
    expected = w.lib.conn.execute(
        "SELECT m.id FROM mentions m WHERE m.entity_id IN (?, ?) ORDER BY m.article_id, m.start",
        ids,
    ).fetchall()
    assert list(frame["mention_id"]) == [r[0] for r in expected]
    assert set(frame["entity_id"]) == set(ids)
    texts = dict(w.lib.conn.execute("SELECT uid, text FROM articles"))
    for row in frame.itertuples():
        assert texts[row.article_uid][row.start : row.end] == row.text
        assert row.text in row.sentence


def test_ctrl_e_on_the_figures_exports_the_selected_figures(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    table = w.figures.table
    sm = table.selectionModel()
    for row in (0, 3, 5):
        sm.select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = w.figures.selected_figure_ids()
    assert len(chosen) == 3
    _ctrl_e(qtbot, table)
    frame = _read(w.out / "figures.csv")
    assert sorted(frame["mention_id"]) == sorted(chosen)
    assert w.messages[-1] == "Exported 3 rows to figures.csv"


def test_the_focus_chooses_and_nothing_selected_says_so(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    w.results.selectRow(0)
    _ctrl_e(qtbot, w.figures.table)  # focus on the figures, none of them selected
    assert w.messages[-1] == "Nothing selected to export"
    assert not list(w.out.iterdir()) and not w.asked
    # focus on a widget of no source: the source focused last
    w.figures.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.figures.filter_edit, timeout=3000)
    assert w.exporter.current_source() is w.exporter.sources[3]
    w.results.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.results, timeout=3000)
    w.entities.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.entities.filter_edit, timeout=3000)
    assert w.exporter.current_source() is w.exporter.sources[0]


def test_context_menus_offer_the_exports(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    w.exporter.install_menu(w.results, [w.exporter.sources[0]])
    w.results.selectRow(0)
    w.results.customContextMenuRequested.emit(QPoint(10, 10))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    popup = QApplication.activePopupWidget()
    entries = [(a.text(), a.isEnabled()) for a in popup.actions()]
    assert entries == [("Export selected articles…", True)]
    popup.close()

    # the figures table keeps its own menu and gains the export
    w.figures.menuAboutToShow.connect(
        lambda menu: w.exporter.add_menu_actions(menu, [w.exporter.sources[3]])
    )
    seen: list[list[tuple[str, bool]]] = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look_and_close)
            return
        seen.append([(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()])
        menu.close()

    QTimer.singleShot(0, look_and_close)
    w.figures.table.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][-1] == ("Export selected figures…", False)  # nothing selected yet
    assert "Copy" in [t for t, _ in seen[0]]


def test_a_folder_that_cannot_be_written_is_said_in_words(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    w.results.selectRow(0)
    w.exporter.choose_path = lambda _title, suggested: str(w.out / "missing" / suggested)
    _ctrl_e(qtbot, w.results)
    assert len(w.problems) == 1 and w.problems[0].startswith("Could not export to articles.csv")
    assert not (w.out / "missing").exists()


def test_a_panel_of_its_own_registers_in_one_line(qtbot, window: Window) -> None:  # noqa: ANN001
    w = window
    aid = w.lib.conn.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    kept = [add_note(w.lib, aid, f"note {i}") for i in range(3)]
    notes = QListWidget()
    qtbot.addWidget(notes)
    for nid in kept:
        item = QListWidgetItem(str(nid), notes)
        item.setData(Qt.ItemDataRole.UserRole, nid)
    notes.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
    notes.item(0).setSelected(True)
    notes.item(2).setSelected(True)

    def write(lib: Library, path: Path, ids: object) -> int:
        rows = [[n.id, n.text, n.citation] for n in list_notes(lib) if n.id in set(ids)]
        return write_csv(path, ["note_id", "note", "citation"], rows)

    w.exporter.add(
        CallbackSource(
            notes,
            lambda: "selected notes",
            lambda: [i.data(Qt.ItemDataRole.UserRole) for i in notes.selectedItems()],
            write,
            "notes",
        )
    )
    w.exporter.export_source(w.exporter.source_for(notes))
    frame = _read(w.out / "notes.csv")
    assert sorted(frame["note_id"]) == sorted([kept[0], kept[2]])


def test_the_open_article_stands_in_for_an_empty_selection(window: Window) -> None:
    w = window
    source = ArticlesSource(w.results, fallback=lambda: 3)
    w.results.clearSelection()
    assert source.selected_ids() == [3]
    w.results.selectRow(0)
    assert source.selected_ids() == [w.results.results_model().article_id(0)] != [3]


def test_menu_entries_speak_the_interface_language(window: Window) -> None:
    from gui.i18n import Translations

    translations = Translations()
    try:
        translations.apply("zh_CN")
        w = window
        assert w.exporter.menu_text(w.exporter.sources[0]) == "导出所选文章…"
        assert w.exporter.menu_text(w.exporter.sources[2]) == "导出所选实体的提及…"
        translations.apply("zh_TW")
        assert w.exporter.menu_text(w.exporter.sources[3]) == "匯出所選資料…"
    finally:
        translations.apply("en")
