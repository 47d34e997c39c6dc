"""Starting the desktop application: ``run_gui(args)`` (called by ``cli.main``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from db.library import Library, LibraryError
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)

ORGANISATION = "Duizhao"
APPLICATION = "Duizhao"


def parse_size(text: str | None, default: tuple[int, int] = (1400, 860)) -> tuple[int, int]:
    if not text:
        return default
    try:
        w, h = text.lower().split("x", 1)
        return max(320, int(w)), max(240, int(h))
    except ValueError:
        return default


def _open_first_library(args: argparse.Namespace, parent: object = None) -> Library | None:
    """The library asked for (or the default one); a problem is explained, then Open… is offered."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from db.bootstrap import open_library
    from gui import plain

    path: str | None = getattr(args, "library", None)
    while True:
        try:
            return open_library(path)
        except (LibraryError, OSError) as exc:
            plain.warning(
                parent,  # type: ignore[arg-type]
                "Duizhao",
                QCoreApplication.translate(
                    "App", "Cannot open the library:\n{0}\n\nChoose another library."
                ).format(exc),
            )
        chosen, _ = QFileDialog.getOpenFileName(
            parent,  # type: ignore[arg-type]
            QCoreApplication.translate("App", "Open library"),
            str(Path.home()),
            "Duizhao library (*.duizhao);;All files (*)",
        )
        if not chosen:
            return None
        path = chosen


def run_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshot", None):
        return _screenshot(args)

    from PySide6.QtWidgets import QApplication

    from gui.crash import CrashHandler
    from gui.i18n import Translations
    from gui.mainwindow import MainWindow
    from gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Duizhao 对照")
    app.setStyle("Fusion")  # the platform palette (light or dark) is kept
    settings = Settings()
    translations = Translations()
    translations.apply(settings.language)
    window: MainWindow | None = None
    crash = CrashHandler(lambda: window)
    crash.install()
    try:
        window = MainWindow(settings, translations=translations, crash=crash)
        lib = _open_first_library(args, None)
        if lib is None:
            return 1
        window.set_library(lib)
        window.show()
        window.extractor.extract_if_pending()
        return int(app.exec())
    finally:
        crash.uninstall()
        if window is not None and window.lib is not None:
            window.lib.close()


def _screenshot(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db.bootstrap import open_library
    from gui.screenshot import render_screenshot

    try:
        lib = open_library(getattr(args, "library", None))
    except (LibraryError, OSError) as exc:
        print(f"duizhao: {exc}", file=sys.stderr)
        return 1
    try:
        render_screenshot(
            lib,
            args.screenshot,
            query=getattr(args, "query", None),
            entity=getattr(args, "entity", None),
            size=parse_size(getattr(args, "size", None)),
        )
    finally:
        lib.close()
    print(args.screenshot)
    return 0
