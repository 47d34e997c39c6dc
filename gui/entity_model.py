"""Item models for the entity tree: types, then the entities of each type.

``EntityTreeModel`` is a two-level tree built in one pass from
``db.entities.list_entities``.  Children are kept in the chosen order (by count
or by pinyin) inside the model, so re-sorting 50,000 entities is one Python
``sort`` and a layout change rather than hundreds of thousands of proxy
comparisons.  The filter (name, other-script name or alias containing the
filter text, both folded to Simplified) is applied in the model too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from db.entities import ENTITY_TYPES, EntityRow
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import tooltip
from text.fold import fold

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITY_TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_KEY_ROLE = Qt.ItemDataRole.UserRole + 3
IS_TYPE_ROLE = Qt.ItemDataRole.UserRole + 4

SORT_COUNT = "count"
SORT_PINYIN = "pinyin"

Index = QModelIndex | QPersistentModelIndex

# Pinyin keys are slow to compute (about 30 µs a name) and never change for a
# name, so they are kept for the life of the program.
_pinyin_cache: dict[str, tuple[str, ...]] = {}


def pinyin_key(name_hans: str) -> tuple[str, ...]:
    key = _pinyin_cache.get(name_hans)
    if key is None:
        from pypinyin import lazy_pinyin  # about 1 s to import: only when sorting by pinyin

        key = tuple(s.lower() for s in lazy_pinyin(name_hans))
        _pinyin_cache[name_hans] = key
    return key


def filter_key(row: EntityRow) -> str:
    """Folded name in both scripts and every alias, separated so no match spans two."""
    parts = [row.name, row.name_hans, row.name_hant, *row.aliases]
    return "\x00".join(dict.fromkeys("".join(fold(p).split()) for p in parts if p))


def _sort_rows(rows: list[EntityRow], mode: str) -> None:
    if mode == SORT_PINYIN:
        rows.sort(key=lambda r: (pinyin_key(r.name_hans), r.name_hans, r.id))
    else:
        rows.sort(key=lambda r: (-r.mentions, -r.articles, r.name_hans, r.id))


def type_label(entity_type: str) -> str:
    """The translated name of an entity type (人物, 机构 ... in Chinese): the tree's,
    and the facets' and the network legend's."""
    labels = {
        "person": QCoreApplication.translate("EntityTreeModel", "People"),
        "organization": QCoreApplication.translate("EntityTreeModel", "Organisations"),
        "place": QCoreApplication.translate("EntityTreeModel", "Places"),
        "park": QCoreApplication.translate("EntityTreeModel", "Parks and zones"),
        "document": QCoreApplication.translate("EntityTreeModel", "Documents"),
        "figure": QCoreApplication.translate("EntityTreeModel", "Figures"),
        "date": QCoreApplication.translate("EntityTreeModel", "Dates"),
    }
    return labels.get(entity_type, entity_type)


class EntityTreeModel(QAbstractItemModel):
    """Types at the top level, their entities below, filtered and sorted in the model.

    Index scheme: a type node has internal id 0; an entity node has internal id
    ``type_row + 1``.  No Python objects are stored in indexes.

    Filtering happens here rather than in a proxy: a filter change is one set
    comprehension over the folded keys and a model reset, where a proxy would
    call Python for every row and make the view remove rows range by range.
    While a filter is set only the types with a match are rows.
    """

    COL_NAME, COL_MENTIONS, COL_ARTICLES = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all_types: list[str] = list(ENTITY_TYPES)
        self._all: list[list[EntityRow]] = [[] for _ in self._all_types]
        self._types: list[str] = list(self._all_types)
        self._children: list[list[EntityRow]] = self._all
        self._keys: dict[int, str] = {}
        self._by_id: dict[int, EntityRow] = {}
        self._where: dict[int, tuple[int, int]] = {}
        self._sort_mode = SORT_COUNT
        self._needle = ""
        self._totals: dict[str, int] = {}  # per type, when more than are loaded

    # -- loading -----------------------------------------------------------
    def set_entities(self, rows: Iterable[EntityRow], totals: dict[str, int] | None = None) -> None:
        """Replace the whole tree (one pass, no queries); the filter stays.  ``totals``:
        how many entities of each type the library holds, when ``rows`` are not all of
        them (each type's label then says so)."""
        self._totals = dict(totals or {})
        self.beginResetModel()
        types = list(ENTITY_TYPES)
        pos = {t: i for i, t in enumerate(types)}
        groups: list[list[EntityRow]] = [[] for _ in types]
        keys: dict[int, str] = {}
        by_id: dict[int, EntityRow] = {}
        for r in rows:
            if r.type not in pos:
                pos[r.type] = len(types)
                types.append(r.type)
                groups.append([])
            groups[pos[r.type]].append(r)
            keys[r.id] = filter_key(r)
            by_id[r.id] = r
        for kids in groups:
            _sort_rows(kids, self._sort_mode)
        self._all_types = types
        self._all = groups
        self._keys = keys
        self._by_id = by_id
        self._apply_filter()
        self.endResetModel()

    @property
    def needle(self) -> str:
        """The folded filter text (empty: no filter)."""
        return self._needle

    def set_filter_text(self, text: str) -> bool:
        """Keep entities whose folded names or aliases contain the folded ``text``.

        Returns whether the filter changed (the model was reset).
        """
        needle = "".join(fold(text).split())
        if needle == self._needle:
            return False
        self.beginResetModel()
        self._needle = needle
        self._apply_filter()
        self.endResetModel()
        return True

    def _apply_filter(self) -> None:
        needle = self._needle
        if not needle:
            self._types = list(self._all_types)
            self._children = self._all
        else:
            keys = self._keys
            types: list[str] = []
            children: list[list[EntityRow]] = []
            for t, kids in zip(self._all_types, self._all, strict=True):
                hits = [r for r in kids if needle in keys[r.id]]
                if hits:
                    types.append(t)
                    children.append(hits)
            self._types = types
            self._children = children
        self._reindex()

    def _reindex(self) -> None:
        self._where = {
            r.id: (t, i) for t, kids in enumerate(self._children) for i, r in enumerate(kids)
        }

    @property
    def sort_mode(self) -> str:
        return self._sort_mode

    def set_sort_mode(self, mode: str) -> None:
        if mode not in (SORT_COUNT, SORT_PINYIN):
            raise ValueError(f"unknown sort mode {mode!r}")
        if mode == self._sort_mode:
            return
        self._sort_mode = mode
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.entity_id(i), i.column(), i.internalId() == 0, i.row()) for i in old]
        for kids in self._all:
            _sort_rows(kids, mode)
        if self._children is not self._all:
            for kids in self._children:
                _sort_rows(kids, mode)
        self._reindex()
        new: list[QModelIndex] = []
        for eid, col, is_type, row in old_ids:
            if is_type:
                new.append(self.index(row, col))
            elif eid is not None and eid in self._where:
                t, r = self._where[eid]
                new.append(self.createIndex(r, col, t + 1))
            else:
                new.append(QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def type_label(self, entity_type: str) -> str:
        return type_label(entity_type)

    def retranslate(self) -> None:
        """Tell views that the type labels and headers changed language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._types:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._types) - 1, 0))

    # -- lookups -----------------------------------------------------------
    def types(self) -> list[str]:
        """The types that are rows now (all of them unless a filter is set)."""
        return list(self._types)

    def entity_count(self) -> int:
        """Entities loaded, whether or not the filter shows them."""
        return len(self._by_id)

    def rows(self) -> list[EntityRow]:
        """Every entity loaded (whether or not the filter shows it)."""
        return [r for kids in self._all for r in kids]

    def totals(self) -> dict[str, int]:
        """Entities of each type in the library, when more than are loaded (else empty)."""
        return dict(self._totals)

    def capped(self) -> bool:
        """Whether some type has more entities in the library than are loaded."""
        loaded = {t: len(kids) for t, kids in zip(self._all_types, self._all, strict=True)}
        return any(n > loaded.get(t, 0) for t, n in self._totals.items())

    def visible_count(self) -> int:
        return len(self._where)

    def visible_ids(self) -> list[int]:
        """Ids of the entities shown, type by type, in display order."""
        return [r.id for kids in self._children for r in kids]

    def children_of_row(self, type_row: int) -> list[EntityRow]:
        return self._children[type_row] if 0 <= type_row < len(self._children) else []

    def entity_at(self, index: Index) -> EntityRow | None:
        if not index.isValid() or index.model() is not self:
            return None
        tid = index.internalId()
        if tid == 0:
            return None
        kids = self._children[tid - 1]
        return kids[index.row()] if 0 <= index.row() < len(kids) else None

    def entity_id(self, index: Index) -> int | None:
        row = self.entity_at(index)
        return None if row is None else row.id

    def entity(self, entity_id: int) -> EntityRow | None:
        """A loaded entity (it may be filtered out; hidden ones load with "show hidden")."""
        return self._by_id.get(entity_id)

    def type_at(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        tid = index.internalId()
        return self._types[index.row() if tid == 0 else tid - 1]

    def position_of(self, entity_id: int) -> tuple[int, int] | None:
        """(type row, row) of a shown entity."""
        return self._where.get(entity_id)

    def index_of_entity(self, entity_id: int, column: int = 0) -> QModelIndex:
        where = self._where.get(entity_id)
        if where is None:
            return QModelIndex()
        return self.createIndex(where[1], column, where[0] + 1)

    def index_of_type(self, entity_type: str) -> QModelIndex:
        try:
            return self.index(self._types.index(entity_type), 0)
        except ValueError:
            return QModelIndex()

    def filter_key_of(self, entity_id: int) -> str:
        return self._keys.get(entity_id, "")

    def entities_of_type(self, entity_type: str) -> list[EntityRow]:
        """Every loaded entity of a type, filter or not, in the current order."""
        try:
            return list(self._all[self._all_types.index(entity_type)])
        except ValueError:
            return []

    # -- QAbstractItemModel --------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._types):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        t = parent.row()
        if t >= len(self._children) or row >= len(self._children[t]):
            return QModelIndex()
        return self.createIndex(row, column, t + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        tid = index.internalId()
        if tid == 0:
            return QModelIndex()
        return self.createIndex(tid - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._types)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children[parent.row()])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Mentions"), self.tr("Articles"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Entity name"),
                self.tr("Number of mentions in all articles"),
                self.tr("Number of articles that mention it"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        tid = index.internalId()
        if tid == 0:
            return self._type_data(index.row(), col, role)
        kids = self._children[tid - 1]
        if index.row() >= len(kids):
            return None
        r = kids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return r.name
            return f"{r.mentions:,}" if col == self.COL_MENTIONS else f"{r.articles:,}"
        if role == ENTITY_ID_ROLE:
            return r.id
        if role == ENTITY_TYPE_ROLE:
            return r.type
        if role == FILTER_KEY_ROLE:
            return self._keys.get(r.id, "")
        if role == IS_TYPE_ROLE:
            return False
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(r))
        if r.hidden or r.uncertain:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _type_data(self, row: int, col: int, role: int) -> Any:
        if row >= len(self._types):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                t, shown = self._types[row], len(self._children[row])
                total = self._totals.get(t, 0)
                if not self._needle and total > shown:  # the most mentioned only
                    count = self.tr("%s of %s") % (f"{shown:,}", f"{total:,}")
                    return f"{self.type_label(t)} ({count})"
                return f"{self.type_label(t)} ({shown:,})"
            return None
        if role == ENTITY_TYPE_ROLE:
            return self._types[row]
        if role == IS_TYPE_ROLE:
            return True
        if role == Qt.ItemDataRole.FontRole and col == self.COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, r: EntityRow) -> str:
        lines = [r.name]
        scripts = [n for n in dict.fromkeys((r.name_hans, r.name_hant)) if n and n != r.name]
        if scripts:
            lines.append(" / ".join(dict.fromkeys((r.name_hans, r.name_hant))))
        if r.aliases:
            lines.append(self.tr("Also: %s") % "、".join(r.aliases))
        if r.linked:
            lines.append(self.tr("Linked: %s") % "、".join(name for _, _, name in r.linked))
        lines.append(self.tr("%s mentions in %s articles") % (f"{r.mentions:,}", f"{r.articles:,}"))
        if r.hidden:
            lines.append(self.tr("(hidden)"))
        if r.uncertain:
            lines.append(self.tr("(uncertain: confidence %s)") % f"{r.confidence:.2f}")
        return "\n".join(lines)


class EntityListModel(QAbstractListModel):
    """A flat list of entities (used by the merge dialog), filterable by FILTER_KEY_ROLE."""

    def __init__(self, rows: Sequence[EntityRow] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._keys = [filter_key(r) for r in self._rows]

    def set_rows(self, rows: Sequence[EntityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [filter_key(r) for r in self._rows]
        self.endResetModel()

    def entity_at(self, row: int) -> EntityRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            other = r.name_hant if r.name_hant != r.name else r.name_hans
            shown = r.name if other == r.name else f"{r.name}（{other}）"
            return f"{shown} — {r.mentions:,}"
        if role == ENTITY_ID_ROLE:
            return r.id
        if role == FILTER_KEY_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and r.aliases:
            return tooltip("、".join(r.aliases))
        return None
