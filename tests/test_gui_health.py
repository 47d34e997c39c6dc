"""The window checks a library when it opens and offers to repair it; File ▸ Back Up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.articles import article_count, get_article
from db.library import Library
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.worker import Worker
from tests.helpers import seed_library
from text.fold import fold
from text.tokens import index_tokens


def _window(qtbot, folder: Path) -> MainWindow:
    window = MainWindow(Settings.at(folder / "s.ini"), worker=Worker(sync=True))
    window.auto_extract = False
    qtbot.addWidget(window)
    return window


def _unindexed_library(folder: Path) -> Path:
    lib = seed_library(folder)
    art = get_article(lib, 3)
    assert art is not None
    with lib.transaction() as conn:
        conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, tokens) VALUES ('delete', 3, ?)",
            (index_tokens(fold(art.text)),),
        )
    lib.close()
    return folder / "lib.duizhao"


def test_opening_a_damaged_library_offers_a_repair_that_works(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.set_library(Library.open(_unindexed_library(tmp_path)))
    offer = window.health.offer
    assert offer is not None and offer.isVisible()
    assert "missing from the search index" in offer.text()
    repair = offer.button(QMessageBox.StandardButton.Yes)
    assert repair is not None and repair.text() == "Repair"
    repair.click()
    assert list(tmp_path.glob("lib.duizhao.repair-*.bak"))
    window.run_search("创新")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 4, timeout=5000)
    assert window.health.report is not None and window.health.report.ok  # checked again
    window.close()


def test_a_sound_library_opens_without_an_offer(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.set_library(seed_library(tmp_path))
    assert window.health.report is not None and window.health.report.ok
    assert window.health.offer is None
    window.close()


def test_back_up_from_the_file_menu(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, tmp_path)
    window.set_library(seed_library(tmp_path))
    out = tmp_path / "copies" / "b.duizhao"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action = window.health.backup_action
    assert action in window.file_menu.actions() and action.isEnabled()
    action.trigger()
    with Library.open(out) as copy:
        assert article_count(copy) == 4
    assert str(out) in window.statusBar().currentMessage()
    window.close()
