"""The entity tree: browse, filter and curate the people, organisations, places ...

The panel shows entities grouped by type with their mention and article counts,
filters in either script, sorts by count or by pinyin, and lets the user correct
the extractor (rename, merge, change type, hide, delete, add an alias) with undo
and redo.  The commands and their context menu are ``gui.curation_actions``
(through the window's operations, off the interface thread), the merge dialog
``gui.merge_dialog``, and keeping the selection and expansion across reloads
``gui.tree_memory``; the panel composes them and is a window feature (it
reloads itself when the entities change).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.changes import Change
from db.entities import EntityRow, get_entity, list_entities, type_counts, uncertain_count
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.curation_actions import CurationActions
from gui.entity_model import SORT_COUNT, SORT_PINYIN, EntityTreeModel
from gui.filter_edit import FilterEdit
from gui.latest_read import LatestRead
from gui.merge_dialog import MergeDialog
from gui.tree_memory import TreeMemory
from text.fold import fold

if TYPE_CHECKING:
    from db.library import Library
    from gui.feature import FeatureHub
    from gui.operations import Operations

__all__ = ["EntityPanel", "MergeDialog"]

FILTER_DELAY_MS = 150
AUTO_EXPAND_MAX = 2000  # a new library's types start expanded when it is this small
# Entities of one type the tree holds at most, the most mentioned (a library of a
# million articles names millions of things: 200,000 took 1.8 s and 250 MB to show).
SHOWN_PER_TYPE = 10_000


@dataclass(frozen=True)
class _Read:
    """What a read of the tree gives: the rows, the uncertain ones left out, the
    entities of each type in the library, and the filter the rows were looked up by."""

    rows: list[EntityRow]
    uncertain: int
    totals: dict[str, int]
    named: str = ""


_EMPTY = _Read([], 0, {})


class EntityPanel(QWidget):
    """Entity tree with filter, sort, multi-selection and curation."""

    entitiesSelected = Signal(list)
    curated = Signal()
    statusMessage = Signal(str)
    menuAboutToShow = Signal(QMenu)  # the context menu, before it shows: others add entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lib: Library | None = None
        self._show_hidden = False
        self._show_uncertain = False
        self._uncertain = 0  # entities left out for their low confidence
        self._last_emitted: tuple[list[int], list[str]] = ([], [])
        self._announcing = False
        self.hub: FeatureHub | None = None
        self.loads = LatestRead(self)  # reloads after other writes, off the interface thread

        self._expanded_before_filter: list[str] = []
        self.model = EntityTreeModel(self)

        self.filter_edit = FilterEdit(FILTER_DELAY_MS, self)
        self.filter_edit.applied.connect(self._apply_filter)

        self.sort_combo = QComboBox(self)
        self.sort_combo.addItem("", SORT_COUNT)
        self.sort_combo.addItem("", SORT_PINYIN)
        self.sort_combo.currentIndexChanged.connect(
            lambda i: self.set_sort_mode(self.sort_combo.itemData(i))
        )

        self.show_hidden_button = QToolButton(self)
        self.show_hidden_button.setCheckable(True)
        self.show_hidden_button.toggled.connect(self.set_show_hidden)

        # "Show N uncertain": the entities below the confidence threshold, one click away
        self.show_uncertain_button = QToolButton(self)
        self.show_uncertain_button.setCheckable(True)
        self.show_uncertain_button.toggled.connect(self.set_show_uncertain)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._fit_counts(0)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.memory = TreeMemory(self.tree, self.model)

        self.curation = CurationActions(self)
        for name in CurationActions.PUBLIC:  # the commands are the panel's own
            setattr(self, name, getattr(self.curation, name))
        self.undo_action = self.curation.undo_action
        self.redo_action = self.curation.redo_action
        self.rename_action = self.curation.rename_action
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        self.tree.addAction(self.rename_action)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_combo)
        top.addWidget(self.show_hidden_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        # below the tree, where the names it leaves out would follow
        self.show_uncertain_button.setAutoRaise(True)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.show_uncertain_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the panel (again after the language changed)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter names (either script)"))
        self.sort_combo.setItemText(0, self.tr("By count"))
        self.sort_combo.setItemText(1, self.tr("By pinyin"))
        self.sort_combo.setToolTip(self.tr("Order of the entities within each type"))
        self.show_hidden_button.setText(self.tr("Show hidden"))
        self.show_hidden_button.setToolTip(self.tr("Also list the entities you have hidden"))
        self._show_uncertain_text()
        self.show_uncertain_button.setToolTip(
            self.tr("Also list the names the extractor is unsure of (shown in grey italics)")
        )
        self.copy_action.setText(self.tr("Copy names"))
        self.curation.retranslate()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- library -------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.tree.selectionModel().clearSelection()
        self._lib = lib
        self.tree.collapseAll()
        if lib is not None and self.loads.run(self._reader(named=False), self._show_first):
            self._show(_EMPTY)  # not the last library's entities while these are read
        else:
            self._reload()
            self._expand_small()

    def _show_first(self, read: _Read) -> None:
        self._show(read)
        self._expand_small()

    def _expand_small(self) -> None:
        """A small library's types start expanded."""
        if self.model.entity_count() <= AUTO_EXPAND_MAX:
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))

    def library(self) -> Library | None:
        return self._lib

    def set_operations(self, ops: Operations, hub: FeatureHub) -> None:
        """Make the edits through the window's operations and tell the hub what changed;
        reload after other writes through them too (off the interface thread)."""
        self.curation.ops = ops
        self.loads.ops = ops
        self.hub = hub

    def on_change(self, change: Change) -> None:
        # another write changed them (an extraction, an import): read them on the worker;
        # at a large library the reading alone takes seconds
        if (
            change.touches_entities()
            and not self._announcing
            and not self.loads.run(self._reader(), self._show)
        ):
            self.refresh()

    def announce(self, change: Change) -> None:
        """Tell the other features about this panel's own edit (the tree is reloaded)."""
        if self.hub is not None:
            self._announcing = True
            try:
                self.hub.announce(change)
            finally:
                self._announcing = False

    def refresh(self) -> None:
        """Reload entities from the library, keeping selection, expansion and position."""
        self._reload()

    def reload_after_edit(self, select: Sequence[int] | None = None) -> None:
        self._reload(select)

    def _reload(self, select: Sequence[int] | None = None) -> None:
        self.loads.supersede()
        self._show(self._reader()(self._lib) if self._lib is not None else _EMPTY, select)

    def _reader(self, named: bool = True) -> Callable[[Library], _Read]:
        """What to read for the tree as it is now (the reading runs on any thread).

        The tree holds at most ``SHOWN_PER_TYPE`` entities of a type, the most
        mentioned; when a type has more, a filter is looked up in the library
        (``named``) rather than only among those loaded."""
        hidden, uncertain = self._show_hidden, self._show_uncertain
        needle = self.model.needle if named and self.model.capped() else ""

        def read(lib: Library) -> _Read:
            rows = list_entities(
                lib,
                include_hidden=hidden,
                include_uncertain=uncertain,
                per_type=SHOWN_PER_TYPE,
                named=needle or None,
            )
            totals = type_counts(lib, include_hidden=hidden, include_uncertain=uncertain)
            return _Read(rows, uncertain_count(lib, include_hidden=hidden), totals, needle)

        return read

    def _show(self, read: _Read, select: Sequence[int] | None = None) -> None:
        self._uncertain = read.uncertain
        self._reset_keeping_state(
            lambda: self.model.set_entities(read.rows, read.totals), select=select
        )
        self._fit_counts(max((r.mentions for r in read.rows), default=0))
        self._show_uncertain_text()
        self.curation.update_actions()
        if self.model.capped() and self.model.needle != read.named:
            self._look_up()  # the filter changed meanwhile, or the library grew past the cap

    def _look_up(self) -> None:
        """Read the entities the filter names from the whole library (the tree is capped)."""
        if not self.loads.run(self._reader(), self._show):
            self._reload()

    def _fit_counts(self, largest: int) -> None:
        """The count columns as wide as the largest count (at least five digits), so a
        library of a million articles shows 442,990 rather than 442,..."""
        digits = f"{max(largest, 10_000):,}".translate(str.maketrans("123456789", "000000000"))
        width = self.fontMetrics().horizontalAdvance(digits) + 14
        header = self.tree.header()
        for col in (1, 2):
            header.resizeSection(col, width)

    def _show_uncertain_text(self) -> None:
        self.show_uncertain_button.setText(self.tr("Show %s uncertain") % f"{self._uncertain:,}")
        self.show_uncertain_button.setEnabled(self._uncertain > 0 or self._show_uncertain)

    @property
    def uncertain_count(self) -> int:
        """Entities below the confidence threshold (listed only with "show uncertain")."""
        return self._uncertain

    def _reset_keeping_state(
        self,
        reset: Callable[[], object],
        expand: Sequence[str] | None = None,
        select: Sequence[int] | None = None,
    ) -> None:
        self.memory.keep(reset, expand, select)
        self._emit_selection()

    # -- selection -----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected entities, in view order."""
        return self.memory.selected_ids()

    def follow_filter(self, ids: Sequence[int]) -> None:
        """Select exactly the entities the search filters by (a chip removed one)."""
        if set(ids) != set(self.selected_ids()):
            self.memory.select_ids(list(ids))

    def selected_entities(self) -> list[EntityRow]:
        return [e for e in (self.model.entity(i) for i in self.selected_ids()) if e is not None]

    def select_entity(self, entity_id: int) -> bool:
        """Select one entity, expanding its type and scrolling to it."""
        if self.model.entity(entity_id) is None and self._lib is not None:
            row = get_entity(self._lib, entity_id)
            if row is not None and row.hidden and not self._show_hidden:
                self.show_hidden_button.setChecked(True)  # refreshes
            if row is not None and row.uncertain and not self._show_uncertain:
                self.show_uncertain_button.setChecked(True)  # refreshes
            if row is not None and self.model.entity(entity_id) is None:
                self.refresh()  # new since the tree was read (its reload is on its way)
            if row is not None and self.model.entity(entity_id) is None:  # past the cap
                rows, totals = [*self.model.rows(), row], self.model.totals()
                self._reset_keeping_state(lambda: self.model.set_entities(rows, totals))
        if self.model.entity(entity_id) is None:
            return False
        index = self.model.index_of_entity(entity_id)
        if not index.isValid():  # filtered out
            self.set_filter_text("")
            index = self.model.index_of_entity(entity_id)
            if not index.isValid():
                return False
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection_changed(self, *args: object) -> None:
        if not self.memory.restoring:
            self._emit_selection()

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        self.rename_action.setEnabled(len(ids) == 1)
        names = [row.name if (row := self.model.entity(i)) else "" for i in ids]
        if (ids, names) != self._last_emitted:  # a renamed entity is told again
            self._last_emitted = (ids, names)
            self.entitiesSelected.emit(ids)

    # -- filter, sort, hidden ------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Show only entities whose name (either script) or alias contains ``text``."""
        if self.filter_edit.text() != text:
            self.filter_edit.blockSignals(True)
            self.filter_edit.setText(text)
            self.filter_edit.blockSignals(False)
        self._apply_filter()

    @property
    def filter_needle(self) -> str:
        """The filter in effect (folded); empty when none."""
        return self.model.needle

    def _apply_filter(self) -> None:
        self.filter_edit.cancel_pending()
        text = self.filter_edit.text()
        before = self.model.needle
        after = "".join(fold(text).split())
        if after == before:
            return
        expand = None
        if after and not before:
            self._expanded_before_filter = self.memory.expanded_types()
        elif not after:
            expand = list(self._expanded_before_filter)
            expand += [e.type for e in self.selected_entities() if e.type not in expand]
        self._reset_keeping_state(lambda: self.model.set_filter_text(text), expand)
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        if self.model.capped():  # the loaded ones at once, the whole library's when read
            self._look_up()

    def visible_ids(self) -> list[int]:
        """Ids of the entities that pass the filter, type by type, in display order."""
        return self.model.visible_ids()

    def set_sort_mode(self, mode: str) -> None:
        """``"count"`` (most mentioned first) or ``"pinyin"`` (alphabetical by pinyin)."""
        i = self.sort_combo.findData(mode)
        if i < 0:
            raise ValueError(f"unknown sort mode {mode!r}")
        if self.sort_combo.currentIndex() != i:
            self.sort_combo.setCurrentIndex(i)  # calls back here
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # first pinyin sort
        try:
            self.model.set_sort_mode(mode)
        finally:
            QGuiApplication.restoreOverrideCursor()
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.scrollTo(current)

    def set_show_hidden(self, show: bool) -> None:
        if self.show_hidden_button.isChecked() != show:
            self.show_hidden_button.setChecked(show)  # calls back here
            return
        if show != self._show_hidden:
            self._show_hidden = show
            self.refresh()

    @property
    def show_hidden(self) -> bool:
        return self._show_hidden

    def set_show_uncertain(self, show: bool) -> None:
        if self.show_uncertain_button.isChecked() != show:
            self.show_uncertain_button.setChecked(show)  # calls back here
            return
        if show != self._show_uncertain:
            self._show_uncertain = show
            self.refresh()

    @property
    def show_uncertain(self) -> bool:
        return self._show_uncertain

    # -- copy ----------------------------------------------------------------
    def copy_selected(self) -> str:
        """Copy the selected names (Simplified and Traditional, tab-separated), one a line."""
        lines = []
        for e in self.selected_entities():
            names = list(dict.fromkeys((e.name, e.name_hans, e.name_hant)))
            lines.append("\t".join(names))
        text = "\n".join(lines)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = self.build_context_menu()
        if menu.isEmpty():
            menu.addAction(self.undo_action)
            menu.addAction(self.redo_action)
        self.menuAboutToShow.emit(menu)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()
