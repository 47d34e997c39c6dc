"""Rendering the main window to a PNG, offscreen (documentation, bug reports, CI)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from db.entities import find_entity
from db.library import Library

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow


def render_screenshot(
    lib: Library,
    out_path: str | Path,
    query: str | None = None,
    entity: str | None = None,
    size: tuple[int, int] = (1400, 860),
) -> None:
    """Show ``lib`` in a window of ``size``, search, open the first result, save a PNG."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.mainwindow import MainWindow
    from gui.settings import Settings
    from gui.worker import Worker

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.at(Path(tmp) / "screenshot.ini")  # never the user's settings
        window = MainWindow(settings, worker=Worker(sync=True))
        window.resize(*size)
        window.search_bar.set_text(query or "")
        window.state.set_query(query or "")
        window.set_library(Library.open(lib.path, create=False))
        if entity:
            _select_entity(window, lib, entity)
        window.open_pending_article()
        window.show()
        window.results.setFocus()
        app.processEvents()  # one pass so the layout settles before grabbing
        pixmap = window.grab()
        out = Path(out_path)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(out), "PNG"):
            raise OSError(f"cannot write {out}")
        window.save_settings()
        window.close()
        if window.lib is not None:
            window.lib.close()
        window.deleteLater()


def _select_entity(window: MainWindow, lib: Library, name: str) -> None:
    row = find_entity(lib, name)
    if row is not None:
        window.entity_panel.select_entity(row.id)  # the tree filters the results
