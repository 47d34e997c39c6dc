"""The figures view: the amounts found in the library, sortable and filterable.

A library of a million articles holds millions of figures: the view lists the
``SHOWN`` found last (the newest extracted) and says so with the library's total,
so a reader never takes the list for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.changes import Change
from db.entities import FigureRow, figure_count, figures
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.figures_model import (
    COL_ARTICLE,
    COL_DATE,
    COL_SUBJECT,
    COL_TEXT,
    COL_VALUE,
    FiguresModel,
    FiguresProxy,
    PreparedFigures,
    format_value,
    prepare_figures,
)
from gui.filter_edit import FilterEdit
from gui.latest_read import LatestRead
from gui.plain import label

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations

FILTER_DELAY_MS = 150
SHOWN = 50_000  # figures listed at most (about 50 MB in the table)


class FiguresView(QWidget):
    """Table of figures; double-click or Enter opens the figure's article."""

    articleActivated = Signal(int)
    menuAboutToShow = Signal(QMenu)  # the context menu, before it shows: others add entries

    def __init__(self, parent: QWidget | None = None, ops: Operations | None = None) -> None:
        super().__init__(parent)
        self._lib: Library | None = None
        # With the window's operations, the table is read and prepared on the worker
        # (a whole library's figures; the folding alone took 0.1 s for 2,700).
        self.loads = LatestRead(self)
        self.loads.ops = ops
        self.total = 0  # the library's figures (more than listed when there are over SHOWN)
        self.model = FiguresModel(self)
        self.proxy = FiguresProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = FilterEdit(FILTER_DELAY_MS, self)
        self.filter_edit.applied.connect(self._apply_filter)
        self.count_label = label("", self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("中")
        for col, width in ((COL_VALUE, 12), (COL_SUBJECT, 10), (COL_TEXT, 8), (COL_ARTICLE, 16)):
            header.resizeSection(col, em * width)
        header.setSectionResizeMode(COL_ARTICLE, QHeaderView.ResizeMode.Stretch)

        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.table.addAction(self.copy_action)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the view (again after the language changed)."""
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by unit, subject or text (either script)")
        )
        self.copy_action.setText(self.tr("Copy"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- library -------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        if lib is not self._lib:
            self.model.set_figures([])  # not the last library's while the new ones are read
        self._lib = lib
        self._reload()

    def on_change(self, change: Change) -> None:
        if change.touches_entities():
            self._reload()

    def _reload(self) -> None:
        if self._lib is None or not self.loads.run(_read, self._show):
            self.refresh()

    def refresh(self) -> None:
        """Reload figures from the library now, keeping the selection where possible."""
        self.loads.supersede()
        self._show(_read(self._lib) if self._lib is not None else (prepare_figures([]), 0))

    def _show(self, read: tuple[PreparedFigures, int]) -> None:
        prepared, self.total = read
        selected = set(self.selected_figure_ids())
        self.model.set_figures(prepared)
        if selected:
            sm = self.table.selectionModel()
            for r in range(self.proxy.rowCount()):
                index = self.proxy.index(r, 0)
                figure = self._figure(index)
                if figure is not None and figure.id in selected:
                    sm.select(
                        index,
                        sm.SelectionFlag.Select | sm.SelectionFlag.Rows,
                    )
        self._update_count()

    # -- filter --------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        if self.filter_edit.text() != text:
            self.filter_edit.blockSignals(True)
            self.filter_edit.setText(text)
            self.filter_edit.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.filter_edit.cancel_pending()
        self.proxy.set_filter_text(self.filter_edit.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%s figures") % f"{total:,}"
        else:
            text = self.tr("%s of %s figures") % (f"{shown:,}", f"{total:,}")
        if self.total > total:  # the library holds more than are listed
            text += " " + self.tr("(the %s found last; the library holds %s)") % (
                f"{total:,}",
                f"{self.total:,}",
            )
        self.count_label.setText(text)

    # -- rows ----------------------------------------------------------------
    def _figure(self, proxy_index: QModelIndex) -> FigureRow | None:
        if not proxy_index.isValid():
            return None
        return self.model.figure_at(self.proxy.mapToSource(proxy_index).row())

    def visible_figures(self) -> list[FigureRow]:
        """The figures in display order (after filter and sort)."""
        out = []
        for r in range(self.proxy.rowCount()):
            figure = self._figure(self.proxy.index(r, 0))
            if figure is not None:
                out.append(figure)
        return out

    def selected_figures(self) -> list[FigureRow]:
        rows = sorted(self.table.selectionModel().selectedRows(0), key=lambda i: i.row())
        return [f for f in (self._figure(i) for i in rows) if f is not None]

    def selected_figure_ids(self) -> list[int]:
        return [f.id for f in self.selected_figures()]

    def _activated(self, index: QModelIndex) -> None:
        figure = self._figure(index)
        if figure is not None:
            self.articleActivated.emit(figure.article_id)

    # -- copy and menu -------------------------------------------------------
    def copy_selected(self) -> str:
        """Copy the selected rows as tab-separated text (with a header line)."""
        figures_ = self.selected_figures()
        if not figures_:
            return ""
        header = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        lines = ["\t".join(header)]
        for f in figures_:
            cells = [
                format_value(f.value),
                f.unit,
                f.qualifier or "",
                f.subject or "",
                f.text,
                f.article_title,
                f.date or "",
            ]
            lines.append("\t".join(" ".join(c.split()) for c in cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        figure = self._figure(index)
        if figure is not None:
            menu.addAction(
                self.tr("Open article"), lambda: self.articleActivated.emit(figure.article_id)
            )
        menu.addAction(self.copy_action)
        self.copy_action.setEnabled(self.table.selectionModel().hasSelection())
        self.menuAboutToShow.emit(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        self.copy_action.setEnabled(True)
        menu.deleteLater()


def _read(lib: Library) -> tuple[PreparedFigures, int]:
    """The library's figures (the ``SHOWN`` found last), ready for the model, and how
    many the library holds (any thread)."""
    rows = figures(lib, last_found=SHOWN)
    return prepare_figures(rows), (figure_count(lib) if len(rows) >= SHOWN else len(rows))
