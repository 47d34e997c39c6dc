"""The result list: a table over ``ResultsModel`` with sorting by header click."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.results_model import COL_CONTEXT, COL_DATE, COL_HITS, COL_SOURCE, COL_TITLE, ResultsModel

# header column -> (order when ascending indicator, order when descending)
_ORDER_OF_COLUMN = {
    COL_TITLE: ("title", "title"),
    COL_DATE: ("oldest", "newest"),
    COL_HITS: ("relevance", "relevance"),
}


class ResultsView(QTableView):
    articleActivated = Signal(int)
    currentArticleChanged = Signal(int)
    orderRequested = Signal(str)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the reader
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.setColumnWidth(COL_TITLE, 210)
        self.setColumnWidth(COL_DATE, 84)
        self.setColumnWidth(COL_SOURCE, 64)
        self.setColumnWidth(COL_HITS, 40)
        self.setColumnWidth(COL_CONTEXT, 320)
        self.doubleClicked.connect(self._activate)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def results_model(self) -> ResultsModel:
        model = self.model()
        assert isinstance(model, ResultsModel)
        return model

    # -- ids -----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        model = self.results_model()
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [aid for r in rows if (aid := model.article_id(r)) is not None]

    def current_id(self) -> int | None:
        return self.results_model().article_id(self.currentIndex().row())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.results_model().rowCount():
            self.setCurrentIndex(self.results_model().index(row, 0))
            self.selectRow(row)

    def show_order(self, order: str) -> None:
        """Show the sort indicator of the order in use (without re-sorting)."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        if order == "title":
            header.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
        elif order in ("newest", "oldest"):
            asc = order == "oldest"
            header.setSortIndicator(
                COL_DATE, Qt.SortOrder.AscendingOrder if asc else Qt.SortOrder.DescendingOrder
            )
        else:
            header.setSortIndicator(COL_HITS, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)

    # -- events ----------------------------------------------------------------
    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        orders = _ORDER_OF_COLUMN.get(column)
        if orders is None:  # source and context are not sortable
            return
        self.orderRequested.emit(orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1])

    def _activate(self, index: QModelIndex) -> None:
        aid = self.results_model().article_id(index.row())
        if aid is not None:
            self.articleActivated.emit(aid)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        aid = self.results_model().article_id(current.row())
        if aid is not None:
            self.currentArticleChanged.emit(aid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)


__all__ = ["ResultsView", "COL_SOURCE"]
