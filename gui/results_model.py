"""A windowed table model over a list of article ids.

``rowCount()`` is the length of the id list; ``data()`` fetches the rows around
the requested one in blocks (``BLOCK`` ids through ``db.articles.article_rows``)
and keeps a few blocks in a small LRU cache, so scrolling to the end of 100,000
results loads only the rows that are shown.  Hit counts and key-word-in-context
snippets of a search are computed lazily, per visible row, from at most the
first ``HIT_TEXT_LIMIT`` characters of an article (a longer one shows "≥ n").

The Hits column shows what narrows the list: the search's hits, the selected
entities' mentions (counted in SQL for a block of rows at a time), or with
both "hits + mentions"; its header says which.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.articles import ArticleRow, article_head, article_rows
from db.entities import mention_counts
from db.library import Library
from db.query import Term
from db.search import find_hits, kwic
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import tooltip
from text.fold import fold
from text.paging import PAGE_SIZE

BLOCK = 200
MAX_BLOCKS = 8
MAX_KWIC = 1000
# Characters of an article read to count a row's hits and make its snippet: one reader
# page, more than a news article holds.  Counting a 19-million-character file whole took
# 1.8 s of the interface thread for one row; 200,000 characters take about 30 ms.
HIT_TEXT_LIMIT = PAGE_SIZE

COL_TITLE, COL_DATE, COL_SOURCE, COL_HITS, COL_CONTEXT = range(5)
ArticleIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
LibProvider = Callable[[], Library | None]


class ResultsModel(QAbstractTableModel):
    def __init__(self, lib_provider: LibProvider, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lib = lib_provider
        self._ids = array("q")  # 8 bytes an id: no Python int object per row
        self._terms: list[Term] = []
        self._entity_ids: list[int] = []
        self._mention_blocks: OrderedDict[int, dict[int, int]] = OrderedDict()
        self._kwic_capped: set[int] = set()  # rows whose hits were counted in a head only
        self._blocks: OrderedDict[int, dict[int, ArticleRow]] = OrderedDict()
        self._kwic: OrderedDict[int, tuple[int, str]] = OrderedDict()
        self.fetches = 0  # how many blocks were read from the library
        self.rows_fetched = 0

    # -- contents ------------------------------------------------------------
    def set_ids(
        self, ids: Sequence[int], terms: Sequence[Term] = (), entity_ids: Sequence[int] = ()
    ) -> None:
        """Show these articles; ``terms`` of a search and ``entity_ids`` selected give the
        Hits column its hits and mentions."""
        self.beginResetModel()
        self._ids = array("q", ids)
        self._terms = list(terms)
        self._entity_ids = list(entity_ids)
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
        self._kwic_capped.clear()
        self._mention_blocks.clear()

    def refresh(self) -> None:
        """Drop cached rows (after an edit or import) and repaint."""
        self.clear_cache()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COL_CONTEXT), [])

    @property
    def ids(self) -> list[int]:
        """The listed ids (a new list: the model keeps them packed)."""
        return self._ids.tolist()

    def id_count(self) -> int:
        return len(self._ids)

    def is_head_of(self, ids: Sequence[int]) -> bool:
        """Whether the rows listed are the first ones of the longer ``ids``."""
        n = len(self._ids)
        return n < len(ids) and array("q", ids[:n]) == self._ids

    @property
    def terms(self) -> list[Term]:
        return self._terms

    @property
    def entity_ids(self) -> list[int]:
        return self._entity_ids

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
            chunk = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK].tolist()
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
        head = article_head(lib, aid, HIT_TEXT_LIMIT) if lib is not None else None
        if head is None:
            return None
        text, longer = head
        spans = find_hits(fold(text), self._terms)
        snippets = kwic(text, spans, limit=1)
        value = (len(spans), snippets[0] if snippets else "")
        self._kwic[aid] = value
        if longer:
            self._kwic_capped.add(aid)
        while len(self._kwic) > MAX_KWIC:
            gone, _ = self._kwic.popitem(last=False)
            self._kwic_capped.discard(gone)
        return value

    def hits_capped(self, row: int) -> bool:
        """Whether a row's hits were counted in the first ``HIT_TEXT_LIMIT`` characters only."""
        return self.article_id(row) in self._kwic_capped

    def mentions(self, row: int) -> int | None:
        """Mentions of the selected entities in a row's article (None: no entity selected).

        Counted for the row's whole block at once (one grouped query per ``BLOCK`` rows).
        """
        aid = self.article_id(row)
        if aid is None or not self._entity_ids:
            return None
        block_no = row // BLOCK
        block = self._mention_blocks.get(block_no)
        if block is None:
            lib = self._lib()
            if lib is None:
                return None
            chunk = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK].tolist()
            block = mention_counts(lib, self._entity_ids, chunk)
            self._mention_blocks[block_no] = block
            while len(self._mention_blocks) > MAX_BLOCKS:
                self._mention_blocks.popitem(last=False)
        else:
            self._mention_blocks.move_to_end(block_no)
        return block.get(aid, 0)

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
        names = [self.tr("Title"), self.tr("Date"), self.tr("Source"), self._hits_header()]
        names.append(self.tr("Context"))
        return names[section] if 0 <= section < len(names) else None

    def _hits_header(self) -> str:
        if self._terms and self._entity_ids:
            return self.tr("Hits + mentions")
        if self._entity_ids:
            return self.tr("Mentions")
        return self.tr("Hits")

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
        if col == COL_HITS:
            return self._hits_cell(row, role)
        if col == COL_CONTEXT:
            value = self.hits_and_context(row)
            return None if value is None else value[1]
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

    def _hits_cell(self, row: int, role: int) -> object:
        """The search's hits, the entities' mentions, or "hits + mentions" (and a tooltip)."""
        value = self.hits_and_context(row)
        mentions = self.mentions(row)
        hits: int | None = None if value is None else value[0]
        capped = hits is not None and self.hits_capped(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = []
            if hits is not None:
                parts.append(
                    self.tr("at least {0} search hit(s) (the first {1} characters counted)").format(
                        hits, HIT_TEXT_LIMIT
                    )
                    if capped
                    else self.tr("{0} search hit(s)").format(hits)
                )
            if mentions is not None:
                parts.append(self.tr("{0} mention(s) of the selected entities").format(mentions))
            return "\n".join(parts) or None
        shown: object = f"≥{hits}" if capped else hits
        if hits is not None and mentions is not None:
            return f"{shown} + {mentions}"
        return shown if hits is not None else mentions
