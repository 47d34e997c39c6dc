"""A windowed table model over a list of article ids.

``rowCount()`` is the length of the id list; ``data()`` fetches the rows around
the requested one in blocks (``BLOCK`` ids through ``db.articles.article_rows``)
and keeps a few blocks in a small LRU cache, so scrolling to the end of 100,000
results loads only the rows that are shown.  Hit counts and key-word-in-context
snippets of a search are computed lazily, per visible row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.articles import ArticleRow, article_rows, get_article
from db.library import Library
from db.query import Term
from db.search import find_hits, kwic
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import tooltip
from text.fold import fold

BLOCK = 200
MAX_BLOCKS = 8
MAX_KWIC = 1000

COL_TITLE, COL_DATE, COL_SOURCE, COL_HITS, COL_CONTEXT = range(5)
ArticleIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
LibProvider = Callable[[], Library | None]


class ResultsModel(QAbstractTableModel):
    def __init__(self, lib_provider: LibProvider, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lib = lib_provider
        self._ids: list[int] = []
        self._terms: list[Term] = []
        self._blocks: OrderedDict[int, dict[int, ArticleRow]] = OrderedDict()
        self._kwic: OrderedDict[int, tuple[int, str]] = OrderedDict()
        self.fetches = 0  # how many blocks were read from the library
        self.rows_fetched = 0

    # -- contents ------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], terms: Sequence[Term] = ()) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._terms = list(terms)
        self.clear_cache()
        self.endResetModel()

    def append_ids(self, ids: Sequence[int]) -> None:
        """Add rows at the end (the rest of a list whose head is shown)."""
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    def clear_cache(self) -> None:
        self._blocks.clear()
        self._kwic.clear()

    def refresh(self) -> None:
        """Drop cached rows (after an edit or import) and repaint."""
        self.clear_cache()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COL_CONTEXT), [])

    @property
    def ids(self) -> list[int]:
        return self._ids

    @property
    def terms(self) -> list[Term]:
        return self._terms

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return sum(len(b) for b in self._blocks.values())

    def row(self, row: int) -> ArticleRow | None:
        aid = self.article_id(row)
        if aid is None:
            return None
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            lib = self._lib()
            if lib is None:
                return None
            chunk = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            block = article_rows(lib, chunk)
            self.fetches += 1
            self.rows_fetched += len(chunk)
            self._blocks[block_no] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(aid)

    def hits_and_context(self, row: int) -> tuple[int, str] | None:
        """Hit count and snippet of a search result row (computed on first use)."""
        aid = self.article_id(row)
        if aid is None or not self._terms:
            return None
        cached = self._kwic.get(aid)
        if cached is not None:
            self._kwic.move_to_end(aid)
            return cached
        lib = self._lib()
        article = get_article(lib, aid) if lib is not None else None
        if article is None:
            return None
        spans = find_hits(fold(article.text), self._terms)
        snippets = kwic(article.text, spans, limit=1)
        value = (len(spans), snippets[0] if snippets else "")
        self._kwic[aid] = value
        while len(self._kwic) > MAX_KWIC:
            self._kwic.popitem(last=False)
        return value

    # -- Qt model interface ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Title"), self.tr("Date"), self.tr("Source"), self.tr("Hits")]
        names.append(self.tr("Context"))
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(index, role)
            return tooltip(text) if isinstance(text, str) else None
        return self._text(index, role)

    def _text(self, index: Index, role: int) -> object:
        """What a cell shows (its tooltip as plain text, escaped by ``data``)."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row, col = index.row(), index.column()
        if role == ArticleIdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_HITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col in (COL_HITS, COL_CONTEXT):
            value = self.hits_and_context(row)
            if value is None:
                return None
            if col == COL_HITS:
                return value[0] if role == Qt.ItemDataRole.DisplayRole else None
            return value[1]
        info = self.row(row)
        if info is None:
            return None
        if col == COL_TITLE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{info.title}\n{info.uid}"
            return info.title
        if col == COL_DATE:
            return info.date or ""
        if col == COL_SOURCE:
            return info.source or ""
        return None
