"""The main window as a user drives it: search, read, import, export, settings, errors."""

from __future__ import annotations

import csv
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from db.library import Library
from gui.crash import CrashDialog
from gui.i18n import Translations
from gui.mainwindow import MainWindow
from gui.screenshot import render_screenshot
from gui.settings import Settings
from gui.worker import Worker
from tests.gui_fixtures import SEEDS, build_seed_library, copy_library
from text.convert import convert


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seed_library(tmp_path_factory.mktemp("seed") / "seed.duizhao")


def make_window(qtbot, settings: Settings, lib_path: Path, *, sync: bool = True) -> MainWindow:
    window = MainWindow(settings, worker=Worker(sync=True) if sync else None)
    window.auto_extract = False
    qtbot.addWidget(window)
    window.set_library(Library.open(lib_path, create=False))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type characters one by one (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def window(qtbot, seed_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    w = make_window(
        qtbot, Settings.at(tmp_path / "settings.ini"), copy_library(seed_file, tmp_path)
    )
    yield w
    w.close()


def test_opens_on_the_library_with_newest_articles(qtbot, window: MainWindow) -> None:
    assert window.results_model.rowCount() == 4
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=3000)
    assert window.reader.article is not None  # the first result is open
    assert window.reader.original_pane.toPlainText() == window.reader.article.text
    assert "4" in window.count_label.text()


def test_typing_a_query_highlights_hits_in_both_panes(qtbot, window: MainWindow) -> None:
    window.search_bar.edit.clear()
    type_text(window.search_bar.edit, "协同")
    assert window.query_text != "协同"  # debounced: nothing yet
    qtbot.waitUntil(lambda: window.query_text == "协同", timeout=3000)
    reader = window.reader
    qtbot.waitUntil(lambda: bool(reader.hits), timeout=3000)
    assert reader.article is not None and reader.hits
    original, converted = reader.current_hit_texts() or ("", "")
    assert convert(original, "t2s") == "协同"
    assert converted == convert(original, reader.effective_conversion())
    marked = [
        reader.converted_pane.toPlainText()[m.start : m.end]
        for m in reader.converted_pane.marks()
        if m.kind in ("hit", "current")
    ]
    expected = convert("协同", reader.effective_conversion())
    assert marked and set(marked) == {expected}
    assert "协同" in window.statusBar().currentMessage()
    hits = window.results_model.data(window.results_model.index(0, 3))
    assert isinstance(hits, int) and hits > 0


def test_traditional_query_finds_the_same_articles(qtbot, window: MainWindow) -> None:
    window.search_bar.set_text("協同", emit=True)
    traditional = list(window.results_model.ids)
    window.search_bar.set_text("协同", emit=True)
    assert traditional and traditional == window.results_model.ids


def test_query_error_goes_to_the_status_bar(window: MainWindow) -> None:
    window.search_bar.set_text("-河北", emit=True)
    message = window.statusBar().currentMessage()
    assert "Cannot search" in message and "exclude" in message


def test_stale_results_are_dropped(qtbot, seed_file: Path, tmp_path: Path) -> None:
    w = make_window(
        qtbot, Settings.at(tmp_path / "s.ini"), copy_library(seed_file, tmp_path), sync=False
    )
    try:
        qtbot.waitUntil(lambda: not w.worker.busy(), timeout=5000)
        w.run_search("燕郊")
        w.run_search("北京")
        w.run_search("天津 -燕郊")
        qtbot.waitUntil(lambda: not w.worker.busy(), timeout=5000)
        assert w.query_text == "天津 -燕郊"
        from db.search import search_ids

        assert w.results_model.ids == search_ids(w.lib, "天津 -燕郊")
    finally:
        w.close()


def _first_page_then_rest(qtbot, lib_path: Path, ini: Path, *, sync: bool) -> None:
    from db.search import search_ids

    w = make_window(qtbot, Settings.at(ini), lib_path, sync=sync)
    try:
        qtbot.waitUntil(lambda: not w.worker.busy(), timeout=5000)
        expected = search_ids(w.lib, "京")
        assert len(expected) > 2
        resets: list[int] = []
        inserted: list[int] = []
        model = w.results_model
        model.modelReset.connect(lambda: resets.append(len(model.ids)))
        model.rowsInserted.connect(lambda _p, a, b: inserted.append(b - a + 1))
        messages: list[str] = []
        w.statusBar().messageChanged.connect(messages.append)
        w.run_search("京")
        qtbot.waitUntil(lambda: not w.worker.busy(), timeout=5000)
        qtbot.waitUntil(lambda: len(model.ids) == len(expected), timeout=5000)
        assert resets == [2]  # the first page, shown once ...
        assert inserted == [len(expected) - 2]  # ... then the rest appended below it
        assert model.ids == expected
        assert w.results.currentIndex().row() == 0
        message = w.statusBar().currentMessage()
        assert f"{len(expected)} articles" in message
        assert "…" not in message and " hits" in message  # hits counted with the full list
        assert f"{len(expected)} articles, … hits" in messages[0]  # not yet on the first page
    finally:
        w.close()


def test_a_long_result_list_shows_its_first_page_then_the_rest(
    qtbot, seed_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import search_job

    monkeypatch.setattr(search_job, "FIRST_PAGE", 2)  # the seed library has four articles
    for sync in (True, False):
        folder = tmp_path / f"sync-{sync}"
        folder.mkdir()
        lib_path = copy_library(seed_file, folder)
        _first_page_then_rest(qtbot, lib_path, folder / "settings.ini", sync=sync)


def test_history_and_settings_are_remembered(qtbot, seed_file: Path, tmp_path: Path) -> None:
    ini = tmp_path / "remember.ini"
    lib_path = copy_library(seed_file, tmp_path)
    w = make_window(qtbot, Settings.at(ini), lib_path)
    w.search_bar.set_text("燕郊")
    w.search_bar.submit()
    w.reader.set_conversion("s2hk")
    w.reader.set_zoom(3)
    w.reader.swap_sides()
    w.close()
    assert w.lib is None
    again = make_window(qtbot, Settings.at(ini), lib_path)
    try:
        assert again.search_bar.text() == "燕郊"
        assert again.query_text == "燕郊"  # and searched for, as it was left
        assert again.reader.current_conversion() == "s2hk"
        assert again.reader.zoom == 3 and again.reader.swapped
        assert str(lib_path.resolve()) in again.settings.recent_libraries
        edit = again.search_bar.edit
        edit.clear()
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Up)
        assert edit.text() == "燕郊"
    finally:
        again.close()


def test_export_selection_to_csv(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "selection.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV"))
    window.search_bar.set_text("创新", emit=True)
    view = window.results
    view.clearSelection()
    view.selectRow(1)
    view.selectionModel().select(
        window.results_model.index(3, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    wanted = view.selected_ids()
    assert len(wanted) == 2
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["article_id"]) for r in rows] == wanted
    assert all(r["query"] == "创新" and int(r["hits"]) > 0 for r in rows)
    assert "Exported 2" in window.statusBar().currentMessage()


def test_import_folder_lists_the_broken_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "new.txt").write_text("雄安新区\n\n雄安新区建设持续推进，创新要素加快集聚。", "utf-8")
    (folder / "broken.docx").write_bytes(b"this is not a zip archive")
    (folder / "copy.txt").write_bytes(
        (SEEDS / sorted(p.name for p in SEEDS.iterdir())[1]).read_bytes()
    )
    job = window.import_paths([folder])
    assert job is not None and job.report is not None
    summary = job.summary
    assert summary is not None and summary.isVisible()
    failed = summary.failed_rows()
    assert [Path(p).name for p, _ in failed] == ["broken.docx"]
    assert failed[0][1]  # a reason is given
    assert len(job.report.added) == 1 and len(job.report.duplicates) == 1
    assert window.results_model.rowCount() == 5
    assert "5" in window.count_label.text()
    summary.accept()


def test_a_locked_or_newer_library_is_a_clear_message(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.duizhao"
    Library.open(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = window.lib
    assert not window.open_library_path(newer)
    box = window.problems[-1]
    assert box.isVisible() and "newer version" in box.text()
    assert window.lib is before and window.results_model.rowCount() == 4
    box.accept()


def test_language_switches_at_runtime(qtbot, window: MainWindow) -> None:
    translations = Translations()
    window.translations = translations
    try:
        window.apply_preferences("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
        assert window.reader.swap_button.text() == "左右互换"
        assert window.reader.type_name("park") == "园区"  # a mention's tooltip
        window.apply_preferences("zh_TW")
        qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)", timeout=2000)
        assert window.reader.type_name("organization") == "機構"
        window.apply_preferences("en")
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
        assert window.settings.language == "en"
    finally:
        translations.apply("en")


def test_unexpected_error_shows_a_crash_dialog(qtbot, window: MainWindow) -> None:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        window.crash(*sys.exc_info())  # what sys.excepthook does
    dialog = window.crash.dialogs[-1]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "boom in a slot" in dialog.text.toPlainText()
    button = dialog.findChild(QPushButton, "copyDetails")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: boom in a slot" in QGuiApplication.clipboard().text()
    dialog.reject()
    assert window.isVisible()


def test_keyboard_focus_shortcuts(qtbot, window: MainWindow) -> None:
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_bar.edit
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_bar.edit


def test_screenshot_writes_a_png(seed_file: Path, tmp_path: Path) -> None:
    lib = Library.open(copy_library(seed_file, tmp_path), create=False)
    out = tmp_path / "shot.png"
    try:
        render_screenshot(lib, out, query="创新", size=(1000, 700))
    finally:
        lib.close()
    image = QImage(str(out))
    assert out.stat().st_size > 10_000
    assert (image.width(), image.height()) == (1000, 700)


def test_tab_order_search_entities_results_reader(qtbot, window: MainWindow) -> None:
    order: list[QWidget] = []
    window.search_bar.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_bar.edit)
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is window.reader.left_pane():
            break

    def first(container: QWidget) -> int:
        return next(i for i, w in enumerate(order) if w is container or container.isAncestorOf(w))

    assert first(window.entity_panel) < first(window.results) < first(window.reader.left_pane())


def test_import_then_extract_entities_in_the_background(
    qtbot, seed_file: Path, tmp_path: Path
) -> None:
    w = make_window(
        qtbot, Settings.at(tmp_path / "s.ini"), copy_library(seed_file, tmp_path), sync=False
    )
    w.auto_extract = True
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "xiongan.txt").write_text(
        "雄安新区建设提速\n\n河北雄安新区管理委员会表示，中关村科技园区与雄安新区合作。", "utf-8"
    )
    try:
        job = w.import_paths([folder])
        assert job is not None
        qtbot.waitUntil(lambda: job.report is not None, timeout=10_000)
        qtbot.waitUntil(lambda: w.extraction is not None, timeout=5000)
        w.search_bar.set_text("雄安", emit=True)  # the library stays usable meanwhile
        qtbot.waitUntil(lambda: w.query_text == "雄安", timeout=5000)
        qtbot.waitUntil(lambda: w.extraction is None, timeout=30_000)
        assert not w.progress_bar.isVisible()
        assert "Entities extracted" in w.statusBar().currentMessage()
        from db.entities import find_entity

        assert find_entity(w.lib, "雄安新区") is not None
        completer = w.search_bar.edit.completer_.model()
        qtbot.waitUntil(lambda: "雄安新区" in completer.stringList(), timeout=5000)
        assert "雄安新區" in completer.stringList()  # completion in both scripts
        # the open article now shows mentions; a click selects the entity in the tree
        w.open_article(w.results_model.ids[0])
        marks = [m for m in w.reader.original_pane.marks() if m.kind == "mention"]
        assert marks and all("of the library" in m.tooltip for m in marks)
        with qtbot.waitSignal(w.entity_panel.entitiesSelected) as blocker:
            w.reader.mentionClicked.emit(marks[0].entity_id)
        assert blocker.args == [[marks[0].entity_id]]
        # the entity joins the search text (AND): the list is both
        qtbot.waitUntil(lambda: w.entity_ids == [marks[0].entity_id], timeout=5000)
        assert w.lib is not None and w.query_text == "雄安"
        from db.entities import entity_articles
        from db.search import search_ids

        both = set(entity_articles(w.lib, [marks[0].entity_id])) & set(search_ids(w.lib, "雄安"))
        assert both and set(w.results_model.ids) == both
        job.summary.accept()
    finally:
        w.close()


def test_start_with_a_newer_library_explains_then_offers_open(
    qtbot, seed_file: Path, tmp_path: Path, monkeypatch
) -> None:
    from argparse import Namespace

    from gui import plain
    from gui.app import _open_first_library

    newer = tmp_path / "newer.duizhao"
    Library.open(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    good = copy_library(seed_file, tmp_path)
    warnings: list[str] = []
    monkeypatch.setattr(plain, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    lib = _open_first_library(Namespace(library=str(newer)))
    assert lib is not None and lib.path == good
    lib.close()
    assert len(warnings) == 1 and "newer version" in warnings[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert _open_first_library(Namespace(library=str(newer))) is None  # the user gave up
