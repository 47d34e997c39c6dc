"""The analyst's tools as the window composes them (gui/workspace.py): the Notes and
Saved searches tabs, the timeline and network dock following the search state, a
timeline bar narrowing the dates, regional words added to the search, an entity's
article opening at its first mention with its mentions counted in the list, a
respelling from the tree's menu, and exports in the reader's conversion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from db.articles import insert_article
from db.extraction import extract_library
from db.importer import import_paths
from db.library import Library
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import SEEDS, copy_library


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workspace") / "lib.duizhao"
    lib = Library.open(path)
    import_paths(lib, [SEEDS])
    with lib.transaction() as conn:  # Taiwan's word for 信息 only
        insert_article(conn, title="資訊", text="臺灣的資訊產業發展迅速。", script="hant")
    extract_library(lib)
    lib.close()
    return path


@pytest.fixture
def window(qtbot, library_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    w.auto_extract = False
    qtbot.addWidget(w)
    w.set_library(Library.open(copy_library(library_file, tmp_path), create=False))
    yield w
    w.close()


def person(lib: Library, name: str) -> int:
    row = lib.conn.execute(
        "SELECT id FROM entities WHERE name_hans = ? AND type = 'person'", (name,)
    ).fetchone()
    assert row is not None
    return int(row[0])


def tab_titles(w: MainWindow) -> list[str]:
    return [w.middle.tabText(i) for i in range(w.middle.count())]


def test_notes_and_saved_searches_are_tabs_and_their_actions_in_the_edit_menu(
    qtbot, window: MainWindow
) -> None:
    from gui.i18n import Translations

    assert tab_titles(window) == ["Results", "Facets", "Figures", "Notes", "Saved Searches"]
    edit = [a.text() for a in window.edit_menu.actions()]
    assert any(t.startswith("Highlight") for t in edit)
    translations = Translations()
    window.translations = translations
    try:
        window.apply_preferences("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
        assert tab_titles(window)[2:] == ["数据", "笔记", "已存搜索"]
    finally:
        translations.apply("en")


def test_views_dock_follows_the_search_and_a_bar_narrows_the_dates(window: MainWindow) -> None:
    dock = window.workspace.views.dock(window)
    assert not dock.isVisible()
    toggles = [a for a in window.view_menu.actions() if a is dock.toggleViewAction()]
    assert toggles and toggles[0].shortcut().toString() == "Ctrl+Shift+T"
    window.state.set_query("创新")
    assert window.workspace.views.timeline.spec.query == "创新"
    window.workspace.views.periodChosen.emit("2016-12-01", "2016-12-31")
    spec = window.state.spec()
    assert (spec.date_from, spec.date_to, spec.query) == ("2016-12-01", "2016-12-31", "创新")


def test_regional_toggle_adds_the_taiwan_word_to_the_search(window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    only_taiwan = lib.conn.execute("SELECT id FROM articles WHERE title = '資訊'").fetchone()[0]
    window.state.set_query("信息")
    assert only_taiwan not in window.results_model.ids
    window.workspace.regional.set_on(True)
    assert only_taiwan in window.results_model.ids
    assert window.state.spec().query == "信息"  # the chip keeps what was typed
    window.workspace.regional.set_on(False)
    assert only_taiwan not in window.results_model.ids


def test_an_entity_opens_its_article_at_the_first_mention_counted_in_the_list(
    window: MainWindow,
) -> None:
    lib = window.lib
    assert lib is not None
    ren = person(lib, "任睿杰")
    window.entity_panel.select_entity(ren)
    ids = window.results_model.ids
    assert ids
    counts = dict(
        lib.conn.execute(
            "SELECT article_id, count(*) FROM mentions WHERE entity_id = ? GROUP BY article_id",
            (ren,),
        )
    )
    assert set(ids) == set(counts)
    first = window.results_model.index(0, 3).data()
    assert str(counts[ids[0]]) in str(first)
    window.open_article(ids[0])
    assert window.reader.original_pane.selected_text() == "任睿杰"


def test_respell_from_the_tree_menu_is_kept_and_undone(window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    ren = person(lib, "任睿杰")
    window.entity_panel.select_entity(ren)
    menu = window.entity_panel.curation.build_context_menu()
    assert window.entity_panel.curation.respell_action in menu.actions()
    assert window.entity_panel.curation.respell_action.isEnabled()
    dialog = window.entity_panel.curation.respell_dialog()
    assert dialog.entity.id == ren
    dialog.deleteLater()


def test_window_export_uses_the_readers_conversion(window: MainWindow, tmp_path: Path) -> None:
    window.reader.set_conversion("s2twp")
    lib = window.lib
    assert lib is not None
    ids = [r[0] for r in lib.conn.execute("SELECT id FROM articles WHERE script = 'hans'")]
    out = tmp_path / "out.csv"
    window.exporter.export_to(out, ids)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(frame["conversion"]) == {"s2twp"}
    for row in frame.itertuples():  # the text as the reader's converted pane shows it
        window.open_article(int(row.article_id))
        assert window.reader.converted_pane.toPlainText().strip() == row.text_converted.strip()


def test_status_line_counts_one_article_in_the_singular(window: MainWindow) -> None:
    window.state.set_query("資訊產業")
    assert window.results_model.ids and len(window.results_model.ids) == 1
    assert " · 1 article, 1 hit · " in window.statusBar().currentMessage()


def test_ctrl_e_in_the_notes_panel_exports_the_selected_notes(
    window: MainWindow, tmp_path: Path
) -> None:
    from db.changes import NOTES_CHANGED
    from db.notes import add_note

    lib = window.lib
    assert lib is not None
    first = lib.conn.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    kept = [add_note(lib, first, f"note {i}", start=i, end=i + 2) for i in range(3)]
    window.hub.announce(NOTES_CHANGED)
    panel = window.workspace.keeping.notes_panel
    panel.tree.clearSelection()
    for note_id in kept[:2]:
        item = panel.item_of(note_id)
        assert item is not None
        item.setSelected(True)
    source = window.selection_export.source_for(panel.tree)
    assert source is not None and source.label() == "selected notes"
    out = tmp_path / "notes.csv"
    window.selection_export.export(source, out, source.selected_ids())
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert sorted(frame["note"]) == ["note 0", "note 1"]


def test_chart_titles_state_the_search_in_the_interface_language(qtbot, window: MainWindow) -> None:
    from gui.i18n import Translations

    translations = Translations()
    window.translations = translations
    timeline = window.workspace.views.timeline
    try:
        window.apply_preferences("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
        window.state.set_query("创新")
        window.state.set_sources(["人民日报"])
        window.show()
        window.workspace.views.dock(window).show()  # a hidden view is not built
        qtbot.waitUntil(lambda: "来源 人民日报" in timeline.chart.title, timeout=3000)
    finally:
        translations.apply("en")
