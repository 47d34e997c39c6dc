"""Combined filters in the window: search text, entities, dates and sources (AND), the
chips that show and remove them, the status line, and a query that cannot run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.articles import insert_article, iter_articles, list_sources
from db.extraction import extract_library
from db.importer import import_paths
from db.library import Library
from db.spec import SearchSpec
from gui.dates_sources import DatesSourcesDialog, valid_date
from gui.filter_chips import Chip
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import SEEDS, copy_library
from text.fold import fold

# dated articles from two sources; 燕郊 and 创新 in some, 任睿杰 in all but one
EXTRA = [
    ("燕郊一", "本报记者任睿杰报道：燕郊创新中心成立。", "2023-03-05", "河北日报"),
    ("燕郊二", "本报记者任睿杰报道：燕郊的创新企业增多。", "2024-07-01", "河北日报"),
    ("燕郊三", "本报记者任睿杰报道：燕郊创新园区扩建。", "2024-11-20", "北京日报"),
    ("天津", "本报记者任睿杰报道：天津创新合作。", "2022-01-09", "河北日报"),
    ("燕郊四", "燕郊创新论坛举行。", "2024-02-02", "河北日报"),
]


@pytest.fixture(scope="module")
def filters_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filters") / "filters.duizhao"
    lib = Library.open(path)
    import_paths(lib, [SEEDS])
    with lib.transaction() as conn:
        for title, text, date, source in EXTRA:
            insert_article(conn, title=title, text=text, script="hans", date=date, source=source)
    extract_library(lib)
    lib.close()
    return path


@pytest.fixture
def window(qtbot, filters_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    w.auto_extract = False
    qtbot.addWidget(w)
    w.set_library(Library.open(copy_library(filters_file, tmp_path), create=False))
    yield w
    w.close()


def person_id(lib: Library, name: str) -> int:
    row = lib.conn.execute(
        "SELECT id FROM entities WHERE name_hans = ? AND type = 'person'", (name,)
    ).fetchone()
    assert row is not None, f"the extractor should find {name}"
    return int(row[0])


def expected_ids(
    lib: Library, query: str, entity: int | None, dates: tuple[str, str], sources: set[str]
) -> set[int]:
    """The same filters computed the plain way: a substring scan and the mentions table."""
    mentioning = (
        {
            r[0]
            for r in lib.conn.execute(
                "SELECT article_id FROM mentions WHERE entity_id = ?", (entity,)
            )
        }
        if entity is not None
        else None
    )
    out = set()
    for a in iter_articles(lib):
        if query and fold(query) not in fold(a.text):
            continue
        if mentioning is not None and a.id not in mentioning:
            continue
        if dates[0] and (a.date is None or a.date < dates[0]):
            continue
        if dates[1] and (a.date is None or a.date[: len(dates[1])] > dates[1]):
            continue
        if sources and a.source not in sources:
            continue
        out.add(a.id)
    return out


def chip(window: MainWindow, kind: str) -> Chip:
    found = [c for c in window.chips.chips if c.kind == kind]
    assert len(found) == 1, [c.kind for c in window.chips.chips]
    return found[0]


def test_search_text_entity_dates_and_sources_combine(window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    ren = person_id(lib, "任睿杰")
    window.search_bar.set_text("燕郊", emit=True)
    only_text = set(window.results_model.ids)
    assert only_text == expected_ids(lib, "燕郊", None, ("", ""), set())
    assert window.entity_panel.select_entity(ren)  # the tree adds the entity ...
    assert window.search_bar.text() == "燕郊"  # ... and the search text stays
    with_entity = set(window.results_model.ids)
    assert with_entity == expected_ids(lib, "燕郊", ren, ("", ""), set())
    assert with_entity < only_text  # 燕郊四 names no reporter
    window.state.set_dates("2023", "2024-07")
    window.state.set_sources(["河北日报"])
    got = set(window.results_model.ids)
    want = expected_ids(lib, "燕郊", ren, ("2023", "2024-07"), {"河北日报"})
    assert got == want and len(want) == 2  # 燕郊一 and 燕郊二
    spec = window.state.spec()
    assert spec == SearchSpec(
        query="燕郊", entities=(ren,), date_from="2023", date_to="2024-07", sources=("河北日报",)
    )


def test_filters_without_search_text_list_the_library_narrowed(window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    window.search_bar.set_text("", emit=True)
    window.state.set_sources(["北京日报"])
    assert set(window.results_model.ids) == expected_ids(lib, "", None, ("", ""), {"北京日报"})
    window.state.set_sources([])
    window.state.set_dates("2024", None)
    want = expected_ids(lib, "", None, ("2024", ""), set())
    assert set(window.results_model.ids) == want and len(want) == 3


def test_chips_show_every_filter_and_removing_one_widens_the_results(
    qtbot, window: MainWindow
) -> None:
    lib = window.lib
    assert lib is not None
    ren = person_id(lib, "任睿杰")
    window.search_bar.set_text("创新", emit=True)
    window.entity_panel.select_entity(ren)
    window.state.set_dates("2024", None)
    assert [c.kind for c in window.chips.chips] == ["query", "entity", "dates"]
    assert chip(window, "entity").label() == "mentions 任睿杰"
    narrowed = set(window.results_model.ids)
    assert narrowed == expected_ids(lib, "创新", ren, ("2024", ""), set())

    chip(window, "dates").click()  # the ×
    assert [c.kind for c in window.chips.chips] == ["query", "entity"]
    shown = [c for c in window.chips.findChildren(Chip) if not c.isHidden()]
    assert shown == window.chips.chips  # the old chips are gone from sight at once
    assert set(window.results_model.ids) == expected_ids(lib, "创新", ren, ("", ""), set())

    entity_chip = chip(window, "entity")
    entity_chip.setFocus()
    qtbot.keyClick(entity_chip, Qt.Key.Key_Backspace)
    assert [c.kind for c in window.chips.chips] == ["query"]
    assert window.entity_panel.selected_ids() == []  # the tree follows
    assert set(window.results_model.ids) == expected_ids(lib, "创新", None, ("", ""), set())

    qtbot.keyClick(chip(window, "query"), Qt.Key.Key_Delete)
    assert window.chips.chips == [] and window.search_bar.text() == ""
    assert len(window.results_model.ids) == len(EXTRA) + 4  # the whole library


def test_status_line_states_the_whole_search(window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    window.search_bar.set_text("燕郊", emit=True)
    window.entity_panel.select_entity(person_id(lib, "任睿杰"))
    window.state.set_dates("2023", "2024")
    n = len(window.results_model.ids)
    assert n == 3
    message = window.statusBar().currentMessage()
    assert message.startswith(f"燕郊 · mentions 任睿杰 · 2023–2024 · {n} articles, ")


def test_an_invalid_query_says_so_and_clears_the_results(window: MainWindow) -> None:
    window.search_bar.set_text("燕郊", emit=True)
    assert window.results_model.ids and window.reader.article is not None
    window.search_bar.set_text("-燕郊", emit=True)  # only an exclusion: nothing to search
    assert window.results_model.ids == []
    assert window.reader.article is None
    assert window.statusBar().currentMessage().startswith("Cannot search")


def test_dates_and_sources_dialog_sets_the_range_and_sources(qtbot, window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    sources = list_sources(lib)
    assert sources == [("河北日报", 4), ("北京日报", 1)]
    window.chips.more.click()  # reads the sources, then asks
    dialog = window.chips.dialog
    assert isinstance(dialog, DatesSourcesDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.from_edit.setText("2024-13")
    assert not ok.isEnabled()  # no 13th month
    dialog.from_edit.setText("2024-02")
    dialog.to_edit.setText("2024-11-20")
    assert ok.isEnabled()
    dialog.sources.item(1).setCheckState(Qt.CheckState.Checked)  # 北京日报
    ok.click()
    spec = window.state.spec()
    assert (spec.date_from, spec.date_to, spec.sources) == ("2024-02", "2024-11-20", ("北京日报",))
    assert [c.kind for c in window.chips.chips] == ["dates", "sources"]
    want = expected_ids(lib, "", None, ("2024-02", "2024-11-20"), {"北京日报"})
    assert set(window.results_model.ids) == want and len(want) == 1


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("", True),
        ("2024", True),
        ("2024-02", True),
        ("2024-02-29", True),
        ("2024-2", False),
        ("24", False),
        ("2024-00", False),
        ("2024-01-32", False),
        ("2024/01", False),
    ],
)
def test_valid_dates(text: str, ok: bool) -> None:
    assert valid_date(text) is ok


def test_curation_in_the_window_is_a_write_every_panel_hears(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from db.changes import ENTITIES_CHANGED
    from tests.test_gui_operations import Recorder

    lib = window.lib
    assert lib is not None
    recorder = window.hub.register(Recorder())
    ren = person_id(lib, "任睿杰")
    window.search_bar.set_text("燕郊", emit=True)
    window.entity_panel.select_entity(ren)
    assert window.state.spec().entities == (ren,)
    window.entity_panel.rename_selected("任睿杰记者")
    assert chip(window, "entity").label() == "mentions 任睿杰记者"  # the chip follows
    recorder.changes.clear()
    label = window.entity_panel.hide_selected()  # a write through the operations helper
    assert "任睿杰记者" in label
    assert recorder.changes == [ENTITIES_CHANGED]
    assert window.entity_panel.model.entity(ren) is None  # the tree reloaded itself
    # the hidden entity left the tree's selection, so the filter follows: the search
    # text alone again
    assert window.state.spec().entities == ()
    assert set(window.results_model.ids) == expected_ids(lib, "燕郊", None, ("", ""), set())
    # a refused edit is a message, not an exception, and announces nothing
    window.entity_panel.set_show_hidden(True)
    window.entity_panel.select_entity(ren)
    assert window.entity_panel.rename_selected("   ") == ""
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "curationProblem"]
    assert boxes and boxes[-1].isVisible()
    assert recorder.changes == [ENTITIES_CHANGED]


def test_status_line_and_chips_speak_the_interface_language(qtbot, window: MainWindow) -> None:
    from gui.i18n import Translations

    lib = window.lib
    assert lib is not None
    translations = Translations()
    window.translations = translations
    try:
        window.apply_preferences("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
        window.search_bar.set_text("燕郊", emit=True)
        window.entity_panel.select_entity(person_id(lib, "任睿杰"))
        window.state.set_sources(["河北日报"])
        n = len(window.results_model.ids)
        message = window.statusBar().currentMessage()
        assert message.startswith(f"燕郊 · 提及 任睿杰 · 来源 河北日报 · {n} 篇文章，")
        assert chip(window, "entity").label() == "提及 任睿杰"
        assert window.chips.more.text() == "日期和来源…"
    finally:
        translations.apply("en")


def test_a_view_is_added_in_one_call_as_a_tab_or_a_dock(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDockWidget, QLabel

    from db.changes import NOTES_CHANGED

    class View(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.libs: list[object] = []
            self.changes: list[object] = []

        def set_library(self, lib) -> None:
            self.libs.append(lib)

        def on_change(self, change) -> None:
            self.changes.append(change)

        def retranslate(self) -> None:
            self.setText(self.tr("Timeline"))

    tab, dock = View(), View()
    titles = iter(["Timeline", "时间线"])
    assert window.add_view(tab, lambda: next(titles)) is tab
    index = window.middle.indexOf(tab)
    assert index == window.middle.count() - 1 and window.middle.tabText(index) == "Timeline"
    docked = window.add_view(dock, lambda: "Network", "right")
    assert isinstance(docked, QDockWidget) and docked.widget() is dock
    assert docked.toggleViewAction() in window.view_menu.actions()
    assert tab.libs == [window.lib] and dock.libs == [window.lib]  # told at once
    window.hub.announce(NOTES_CHANGED)
    assert tab.changes == [NOTES_CHANGED] and dock.changes == [NOTES_CHANGED]
    window.retranslate()
    assert window.middle.tabText(index) == "时间线"  # the title asked for again


def test_chips_wrap_so_every_filter_stays_in_sight(qtbot, window: MainWindow) -> None:
    lib = window.lib
    assert lib is not None
    window.search_bar.set_text("燕郊", emit=True)
    window.entity_panel.select_entity(person_id(lib, "任睿杰"))
    window.state.set_dates("2023", "2024")
    window.state.set_sources(["河北日报", "北京日报"])
    chips = window.chips
    assert [c.kind for c in chips.chips] == ["query", "entity", "dates", "sources"]
    chips.resize(260, chips.heightForWidth(260))
    chips.row.setGeometry(chips.rect())  # as the column's layout does when shown
    rows = {c.geometry().top() for c in [*chips.chips, chips.more]}
    assert len(rows) > 1  # wrapped, not cut off or scrolled away
    inside = chips.rect()
    for widget in [*chips.chips, chips.more]:
        assert inside.contains(widget.geometry()), widget.objectName()
    assert chips.heightForWidth(2000) < chips.heightForWidth(260)  # one row when wide
