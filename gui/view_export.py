"""Save a drawn view as PNG or SVG, and the export menu the views share.

A view draws itself with one function, ``render(painter, size)``, on the screen and
into a file alike.  SVG goes through ``QSvgGenerator`` (QtSvg, part of
PySide6-Essentials), imported when the first SVG is written.  Each file appears
at its path only when complete (written under a temporary name, then renamed).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from gui import plain

Render = Callable[[QPainter, QSize], None]
PNG_SCALE = 2  # a PNG has twice the pixels of the view on the screen, for print


def _replace_into(target: Path, write: Callable[[Path], bool]) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp{target.suffix}")
    try:
        if not write(tmp):
            raise OSError(f"cannot write {target}")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def save_png(path: Path | str, size: QSize, render: Render, scale: int = PNG_SCALE) -> None:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    render(painter, size)
    painter.end()
    _replace_into(Path(path), lambda tmp: image.save(str(tmp), "PNG"))


def save_svg(path: Path | str, size: QSize, render: Render, title: str = "") -> None:
    from PySide6.QtSvg import QSvgGenerator

    def write(tmp: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        render(painter, size)
        return painter.end()

    _replace_into(Path(path), write)


class ExportButton(QToolButton):
    """ "Export" with a menu: the picture as PNG or SVG, the data as CSV.  Each entry asks
    for a file name and calls the view's ``export_png``/``export_svg``/``export_csv``."""

    def __init__(self, view: QWidget, stem: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._stem = stem
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.png_action = QAction(menu)
        self.svg_action = QAction(menu)
        self.csv_action = QAction(menu)
        for action, ext in (
            (self.png_action, "png"),
            (self.svg_action, "svg"),
            (self.csv_action, "csv"),
        ):
            action.triggered.connect(lambda _=False, ext=ext: self._ask(ext))
            menu.addAction(action)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Export"))
        self.png_action.setText(self.tr("Picture as PNG…"))
        self.svg_action.setText(self.tr("Picture as SVG…"))
        self.csv_action.setText(self.tr("Data as CSV…"))

    def _ask(self, ext: str) -> None:
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
            "csv": self.tr("CSV file (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self._view, self.tr("Export"), f"{self._stem()}.{ext}", filters[ext]
        )
        if not path:
            return
        if not path.lower().endswith(f".{ext}"):
            path += f".{ext}"
        try:
            getattr(self._view, f"export_{ext}")(path)
        except OSError as exc:
            plain.warning(self._view, self.tr("Export"), self.tr("Cannot export: {0}").format(exc))
