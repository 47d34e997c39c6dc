"""What the main window keeps between runs (geometry, dock and splitter layout, the
reader's conversion, zoom and sides, the search order, history and last query),
and the Preferences dialog that changes the language and the default conversion."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow


def restore(window: MainWindow) -> None:
    s = window.settings
    geometry = s.bytes("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    state = s.bytes("window/state")
    if state is not None:
        window.restoreState(state)
    for key, splitter in (
        ("window/main_splitter", window.splitter),
        ("window/reader_splitter", window.reader.splitter),
    ):
        sizes = s.bytes(key)
        if sizes is not None:
            splitter.restoreState(sizes)
    reader = window.reader
    reader.set_conversion(s.conversion)
    reader.set_zoom(s.zoom)
    reader.set_swapped(bool(s.q.value("reader/swapped", False) in (True, "true")))
    window.search_bar.set_order(s.search_order)
    window.state.set_order(s.search_order)
    window.search_bar.set_history(s.history)
    window.search_bar.set_text(s.last_query)
    window.state.set_query(s.last_query)


def save(window: MainWindow) -> None:
    s = window.settings
    s.set("window/geometry", window.saveGeometry())
    s.set("window/state", window.saveState())
    s.set("window/main_splitter", window.splitter.saveState())
    s.set("window/reader_splitter", window.reader.splitter.saveState())
    s.set("reader/swapped", window.reader.swapped)
    s.conversion = window.reader.current_conversion()
    s.zoom = window.reader.zoom
    s.search_order = window.search_bar.current_order()
    s.last_query = window.search_bar.text()
    s.sync()


def preferences(window: MainWindow) -> None:
    from gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.accepted.connect(
        lambda: apply_preferences(window, dialog.language(), dialog.conversion())
    )
    dialog.open()


def apply_preferences(window: MainWindow, language: str, conversion: str | None = None) -> None:
    """Switch the interface language at once; set the conversion as the new default."""
    window.settings.language = language
    window.translations.apply(language)
    if conversion is not None:
        window.settings.conversion = conversion
        window.reader.set_conversion(conversion)
