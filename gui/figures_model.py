"""Table model of the figures (amounts with a unit) found in the library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from db.entities import FigureRow
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import tooltip
from text.fold import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex

COL_VALUE, COL_UNIT, COL_QUALIFIER, COL_SUBJECT, COL_TEXT, COL_ARTICLE, COL_DATE = range(7)
NUMERIC_COLUMNS = (COL_VALUE,)


def format_value(value: float | None) -> str:
    """1.8e11 -> '180,000,000,000'; 22.64 -> '22.64'; None -> ''."""
    if value is None:
        return ""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _filter_key(row: FigureRow) -> str:
    parts = (row.unit, row.subject, row.text, row.qualifier, row.article_title)
    return "\x00".join("".join(fold(p).split()) for p in parts if p)


@dataclass(frozen=True)
class PreparedFigures:
    """Rows with their filter keys and folded sort texts, made on any thread."""

    rows: list[FigureRow]
    keys: list[str]
    sort_text: list[tuple[str, str, str, str, str]]


def prepare_figures(rows: Sequence[FigureRow]) -> PreparedFigures:
    """The Python work of showing ``rows`` (folding every text), done before the model
    takes them, so that it can run off the interface thread."""
    rows = list(rows)
    return PreparedFigures(
        rows,
        [_filter_key(r) for r in rows],
        [
            (
                fold(r.unit or ""),
                fold(r.qualifier or ""),
                fold(r.subject or ""),
                fold(r.text or ""),
                fold(r.article_title or ""),
            )
            for r in rows
        ],
    )


class FiguresModel(QAbstractTableModel):
    """One row a figure: value, unit, qualifier, subject, text, article, date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRow] = []
        self._keys: list[str] = []
        self._sort_text: list[tuple[str, str, str, str, str]] = []

    def set_figures(self, rows: Sequence[FigureRow] | PreparedFigures) -> None:
        prepared = rows if isinstance(rows, PreparedFigures) else prepare_figures(rows)
        self.beginResetModel()
        self._rows = prepared.rows
        self._keys = prepared.keys
        self._sort_text = prepared.sort_text
        self.endResetModel()

    def figure_at(self, row: int) -> FigureRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Qualifier"),
                self.tr("Subject"),
                self.tr("Figure"),
                self.tr("Article"),
                self.tr("Date"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The amount as a number (万 and 亿 multiplied out)"),
                self.tr("Unit of the amount"),
                self.tr("约, 超过, 以上 … written with the figure"),
                self.tr("What the figure is about"),
                self.tr("The figure as written in the article"),
                self.tr("Title of the article"),
                self.tr("Date of the article"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            if col == COL_VALUE:
                return float("-inf") if r.value is None else float(r.value)
            if col == COL_DATE:
                return r.date or ""
            texts = self._sort_text[index.row()]
            return texts[(COL_UNIT, COL_QUALIFIER, COL_SUBJECT, COL_TEXT, COL_ARTICLE).index(col)]
        if role == FILTER_ROLE:
            return self._keys[index.row()]
        if role == FIGURE_ID_ROLE:
            return r.id
        if role == ARTICLE_ID_ROLE:
            return r.article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(r.sentence) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(r: FigureRow, col: int) -> str:
        if col == COL_VALUE:
            return format_value(r.value)
        if col == COL_UNIT:
            return r.unit or ""
        if col == COL_QUALIFIER:
            return r.qualifier or ""
        if col == COL_SUBJECT:
            return r.subject or ""
        if col == COL_TEXT:
            return r.text or ""
        if col == COL_ARTICLE:
            return r.article_title or ""
        return r.date or ""


class FiguresProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers as numbers) and filters on the folded text of a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    @property
    def needle(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        needle = "".join(fold(text).split())
        if needle != self._needle:
            self._needle = needle
            self.setFilterFixedString(needle)
