"""The entity tree: browse, filter and curate the people, organisations, places ...

The panel shows entities grouped by type with their mention and article counts,
filters in either script, sorts by count or by pinyin, and lets the user correct
the extractor (rename, merge, change type, hide, delete, add an alias) with undo
and redo.  Every edit goes through ``db.curation``; the dialogs of the context
menu only collect input and call the public ``*_selected`` methods, which tests
call directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db import curation
from db.entities import (
    ENTITY_TYPES,
    EntityRow,
    find_entity,
    get_entity,
    list_entities,
    uncertain_count,
)
from db.library import LibraryError
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.entity_model import (
    ENTITY_ID_ROLE,
    FILTER_KEY_ROLE,
    SORT_COUNT,
    SORT_PINYIN,
    EntityListModel,
    EntityTreeModel,
)
from gui.filter_edit import FilterEdit
from gui.plain import action_text, message_box, text_dialog
from gui.plain import label as plain_label
from text.fold import fold

if TYPE_CHECKING:
    from db.library import Library

FILTER_DELAY_MS = 150
AUTO_EXPAND_MAX = 2000  # a new library's types start expanded when it is this small


class MergeDialog(QDialog):
    """Choose the entity (of the same type) that the selected ones are merged into."""

    def __init__(
        self, candidates: Sequence[EntityRow], sources: Sequence[EntityRow], parent=None
    ) -> None:
        super().__init__(parent)
        names = "、".join(r.name for r in sources[:5]) + ("…" if len(sources) > 5 else "")
        self.setWindowTitle(self.tr("Merge into"))
        self.model = EntityListModel(candidates, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_KEY_ROLE)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter (either script)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.set_filter_text)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.selectionModel().selectionChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        label = plain_label(self.tr("Merge %s into:") % names, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(420, 480)
        self._update_ok()

    def set_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString("".join(fold(text).split()))
        if self.proxy.rowCount() and not self.list.selectionModel().hasSelection():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update_ok()

    def visible_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ENTITY_ID_ROLE) for r in range(self.proxy.rowCount())]

    def choose(self, entity_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ENTITY_ID_ROLE) == entity_id:
                self.list.setCurrentIndex(index)
                return True
        return False

    def target_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(ENTITY_ID_ROLE) if rows else None

    def _update_ok(self, *args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target_id() is not None)


class EntityPanel(QWidget):
    """Entity tree with filter, sort, multi-selection and curation."""

    entitiesSelected = Signal(list)
    curated = Signal()
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lib: Library | None = None
        self._show_hidden = False
        self._show_uncertain = False
        self._uncertain = 0  # entities left out for their low confidence
        self._last_emitted: list[int] = []
        self._restoring = False
        self._undo_state: tuple[bool, str | None, bool, str | None] = (False, None, False, None)

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
        width = self.fontMetrics().horizontalAdvance("00000") + 10
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda: self._guard(self.undo))
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self._guard(self.redo))
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        self.rename_action = QAction(self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._ask_rename)
        self.rename_action.setEnabled(False)
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
        self.rename_action.setText(self.tr("Rename…"))
        self.model.retranslate()
        self._show_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- library -------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.tree.selectionModel().clearSelection()
        self._lib = lib
        self.tree.collapseAll()
        self.refresh()
        if self.model.entity_count() <= AUTO_EXPAND_MAX:
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))

    def refresh(self) -> None:
        """Reload entities from the library, keeping selection, expansion and position."""
        self._reload()

    def _reload(self, select: Sequence[int] | None = None) -> None:
        rows: list[EntityRow] = []
        self._uncertain = 0
        if self._lib is not None:
            rows = list_entities(
                self._lib,
                include_hidden=self._show_hidden,
                include_uncertain=self._show_uncertain,
            )
            self._uncertain = uncertain_count(self._lib, include_hidden=self._show_hidden)
        self._reset_keeping_state(lambda: self.model.set_entities(rows), select=select)
        self._show_uncertain_text()
        self._update_actions()

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
        """Run something that resets the model; restore expansion, selection, current row.

        With ``select``, those entities are selected afterwards instead (their
        types expanded, the first one current and scrolled to).
        """
        expanded = self._expanded_types() if expand is None else list(expand)
        if select is None:
            selected = self.selected_ids()
            current = self.model.entity_id(self.tree.currentIndex())
        else:
            selected = list(select)
            current = selected[0] if selected else None
        self._restoring = True
        try:
            reset()
            if self.model.needle:
                self.tree.expandAll()
            else:
                for t in expanded:
                    self.tree.expand(self.model.index_of_type(t))
            if select is not None:
                for eid in selected:
                    self.tree.expand(self.model.index_of_entity(eid).parent())
            self._select_ids(selected, current)
            if select is not None and current is not None:
                index = self.model.index_of_entity(current)
                if index.isValid():
                    self.tree.scrollTo(index)
        finally:
            self._restoring = False
        self._emit_selection()

    # -- selection -----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected entities, in view order."""
        spans: list[tuple[int, int, int]] = []
        for rng in self.tree.selectionModel().selection():
            parent = rng.parent()
            if parent.isValid() and parent.internalId() == 0:
                spans.append((parent.row(), rng.top(), rng.bottom()))
        spans.sort()
        ids: dict[int, None] = {}
        for t, top, bottom in spans:
            for r in self.model.children_of_row(t)[top : bottom + 1]:
                ids[r.id] = None
        return list(ids)

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

    def _select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        """Select entities by id, as few ranges as possible (fast for thousands)."""
        positions = sorted(
            where for where in (self.model.position_of(eid) for eid in ids) if where is not None
        )
        selection = QItemSelection()
        last_col = self.model.columnCount() - 1
        i = 0
        while i < len(positions):
            t, top = positions[i]
            bottom = top
            while i + 1 < len(positions) and positions[i + 1] == (t, bottom + 1):
                i += 1
                bottom += 1
            parent = self.model.index(t, 0)
            selection.select(
                self.model.index(top, 0, parent), self.model.index(bottom, last_col, parent)
            )
            i += 1
        sm = self.tree.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None:
            index = self.model.index_of_entity(current)
            if index.isValid():
                sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, *args: object) -> None:
        if not self._restoring:
            self._emit_selection()

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        self.rename_action.setEnabled(len(ids) == 1)
        if ids != self._last_emitted:
            self._last_emitted = ids
            self.entitiesSelected.emit(ids)

    def _expanded_types(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.tree.isExpanded(index):
                t = self.model.type_at(index)
                if t:
                    out.append(t)
        return out

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
            self._expanded_before_filter = self._expanded_types()
        elif not after:
            expand = list(self._expanded_before_filter)
            expand += [e.type for e in self.selected_entities() if e.type not in expand]
        self._reset_keeping_state(lambda: self.model.set_filter_text(text), expand)
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

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

    # -- curation ------------------------------------------------------------
    def _require_lib(self) -> Library:
        if self._lib is None:
            raise LibraryError(self.tr("no library is open"))
        return self._lib

    def _one_selected(self) -> EntityRow:
        current = self.model.entity_at(self.tree.currentIndex())
        chosen = self.selected_entities()
        if current is not None and current.id in {e.id for e in chosen}:
            return current
        if not chosen:
            raise curation.CurationError(self.tr("select an entity first"))
        return chosen[0]

    def _apply(
        self,
        edits: Sequence[Callable[[], str]],
        select: Callable[[], Sequence[int]] | None = None,
    ) -> str:
        """Make edits through ``db.curation``, then reload once and emit ``curated``.

        If an edit fails, those made before it stay made (each can be undone):
        the tree is reloaded and ``curated`` emitted before the error goes on.
        """
        labels: list[str] = []
        try:
            for edit in edits:
                labels.append(edit())
        except LibraryError:
            if labels:
                self._finish("; ".join(labels))
            raise
        return self._finish("; ".join(labels), select() if select is not None else None)

    def _finish(self, label: str | None, select: Sequence[int] | None = None) -> str:
        self._reload(select)
        if label:
            self.statusMessage.emit(label)
        self.curated.emit()
        return label or ""

    def rename_selected(self, new_name: str) -> str:
        lib = self._require_lib()
        entity = self._one_selected()
        return self._apply([lambda: curation.rename(lib, entity.id, new_name)])

    def merge_selected_into(self, target_id: int) -> str:
        """Merge every selected entity (other than the target) into ``target_id``.

        Each merge is one step of undo.
        """
        lib = self._require_lib()
        sources = [e.id for e in self.selected_entities() if e.id != target_id]
        if not sources:
            raise curation.CurationError(self.tr("select the entities to merge first"))
        edits = [lambda sid=sid: curation.merge(lib, sid, target_id) for sid in sources]
        return self._apply(edits, lambda: [target_id])

    def retype_selected(self, new_type: str) -> str:
        lib = self._require_lib()
        entities = [e for e in self.selected_entities() if e.type != new_type]
        if not entities:
            raise curation.CurationError(self.tr("nothing to change"))
        before = {r.id for r in list_entities(lib, type=new_type, include_hidden=True)}

        def moved() -> list[int]:
            # The entity changes id (it is keyed by type): follow it to the new type.
            after = [r.id for r in list_entities(lib, type=new_type, include_hidden=True)]
            ids = [i for i in after if i not in before]
            for e in entities:
                found = find_entity(lib, e.name_hans, new_type)
                if found is not None and found.id not in ids:
                    ids.append(found.id)
            return ids

        edits = [lambda e=e: curation.retype(lib, e.id, new_type) for e in entities]
        return self._apply(edits, moved)

    def hide_selected(self) -> str:
        lib = self._require_lib()
        entities = [e for e in self.selected_entities() if not e.hidden]
        if not entities:
            raise curation.CurationError(self.tr("select an entity first"))
        return self._apply([lambda e=e: curation.hide(lib, e.id) for e in entities])

    def unhide_selected(self) -> str:
        lib = self._require_lib()
        entities = [e for e in self.selected_entities() if e.hidden]
        if not entities:
            raise curation.CurationError(self.tr("no hidden entity is selected"))
        return self._apply([lambda e=e: curation.unhide(lib, e.id) for e in entities])

    def keep_selected(self) -> str:
        """Keep the selected uncertain entities in the tree (the user takes them for names)."""
        lib = self._require_lib()
        entities = [e for e in self.selected_entities() if e.uncertain]
        if not entities:
            raise curation.CurationError(self.tr("no uncertain entity is selected"))
        return self._apply([lambda e=e: curation.confirm(lib, e.id) for e in entities])

    def delete_selected(self) -> str:
        lib = self._require_lib()
        entities = self.selected_entities()
        if not entities:
            raise curation.CurationError(self.tr("select an entity first"))
        return self._apply([lambda e=e: curation.delete(lib, e.id) for e in entities])

    def add_alias_to_selected(self, alias: str) -> str:
        lib = self._require_lib()
        entity = self._one_selected()
        return self._apply([lambda: curation.add_alias(lib, entity.id, alias)], lambda: [entity.id])

    def split_off_selected(self, name: str) -> str:
        """Make ``name``, which the automatic rules put into the selected entity, its own."""
        lib = self._require_lib()
        entity = self._one_selected()
        return self._apply([lambda: curation.split(lib, entity.id, name)], lambda: [entity.id])

    def undo(self) -> str | None:
        """Undo the newest edit; its description, or None when there was nothing to undo."""
        lib = self._require_lib()
        label = curation.undo(lib)
        self._finish(label)
        return label

    def redo(self) -> str | None:
        lib = self._require_lib()
        label = curation.redo(lib)
        self._finish(label)
        return label

    def _update_actions(self) -> None:
        """Read what can be undone and redone from the library, then show it."""
        lib = self._lib
        can_undo = lib is not None and curation.can_undo(lib)
        can_redo = lib is not None and curation.can_redo(lib)
        undo_label = redo_label = None
        if lib is not None and (can_undo or can_redo):
            entries = curation.history(lib)
            done = [label for _, label, undone in entries if not undone]
            pending = [label for _, label, undone in entries if undone]
            undo_label = done[-1] if done else None
            redo_label = pending[0] if pending else None
        self._undo_state = (can_undo, undo_label, can_redo, redo_label)
        self._show_actions()

    def _show_actions(self) -> None:
        can_undo, undo_label, can_redo, redo_label = self._undo_state
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo = self.tr("Undo %s") % undo_label if undo_label else self.tr("Undo")
        redo = self.tr("Redo %s") % redo_label if redo_label else self.tr("Redo")
        self.undo_action.setText(action_text(undo))
        self.redo_action.setText(action_text(redo))

    def _guard(self, fn: Callable[[], object]) -> None:
        """Run an edit started from the interface; show the user's errors in a message."""
        try:
            fn()
        except LibraryError as exc:
            box = message_box(self, self.tr("Cannot change the entity"), str(exc))
            box.setObjectName("curationProblem")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

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

    # -- context menu --------------------------------------------------------
    def build_context_menu(self) -> QMenu:
        """The curation menu for the current selection (empty when nothing is selected)."""
        menu = QMenu(self)
        entities = self.selected_entities()
        if not entities:
            return menu
        single = len(entities) == 1
        menu.addAction(self.rename_action)
        types = {e.type for e in entities}
        merge = menu.addAction(self.tr("Merge into…"), lambda: self._ask_merge())
        merge.setEnabled(len(types) == 1)
        retype = menu.addMenu(self.tr("Change type"))
        for t in ENTITY_TYPES:
            if types == {t}:
                continue
            retype.addAction(
                self.model.type_label(t), lambda t=t: self._guard(lambda: self.retype_selected(t))
            )
        menu.addAction(self.tr("Add alias…"), lambda: self._ask_alias()).setEnabled(single)
        names = curation.split_candidates(self._lib, entities[0].id) if single and self._lib else []
        split = menu.addMenu(self.tr("Split off"))
        for name in names:
            split.addAction(name, lambda n=name: self._guard(lambda: self.split_off_selected(n)))
        split.setEnabled(bool(names))
        menu.addSeparator()
        if any(not e.hidden for e in entities):
            menu.addAction(self.tr("Hide"), lambda: self._guard(self.hide_selected))
        if any(e.hidden for e in entities):
            menu.addAction(self.tr("Show again"), lambda: self._guard(self.unhide_selected))
        if any(e.uncertain for e in entities):
            menu.addAction(self.tr("Keep in the tree"), lambda: self._guard(self.keep_selected))
        menu.addAction(self.tr("Delete (not an entity)"), lambda: self._guard(self.delete_selected))
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        return menu

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
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def rename_dialog(self) -> QInputDialog | None:
        """The dialog asking for a new name of the selected entity (not yet shown)."""
        if not self.selected_ids():
            return None
        entity = self._one_selected()
        return text_dialog(
            self, self.tr("Rename"), self.tr("New name for %s:") % entity.name, entity.name
        )

    def alias_dialog(self) -> QInputDialog | None:
        """The dialog asking for another name of the selected entity (not yet shown)."""
        if not self.selected_ids():
            return None
        entity = self._one_selected()
        return text_dialog(
            self, self.tr("Add alias"), self.tr("Another name for %s:") % entity.name
        )

    def _ask_rename(self) -> None:
        dialog = self.rename_dialog()
        if dialog is None:
            return
        entity = self._one_selected()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.textValue()
            if name.strip() and name.strip() != entity.name:
                self._guard(lambda: self.rename_selected(name))
        dialog.deleteLater()

    def _ask_alias(self) -> None:
        dialog = self.alias_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            alias = dialog.textValue()
            if alias.strip():
                self._guard(lambda: self.add_alias_to_selected(alias))
        dialog.deleteLater()

    def merge_dialog(self) -> MergeDialog | None:
        """A dialog listing the other entities of the selection's type."""
        sources = self.selected_entities()
        types = {e.type for e in sources}
        if not sources or len(types) != 1:
            return None
        ids = {e.id for e in sources}
        candidates = [e for e in self.model.entities_of_type(types.pop()) if e.id not in ids]
        return MergeDialog(candidates, sources, self)

    def _ask_merge(self) -> None:
        dialog = self.merge_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            target = dialog.target_id()
            if target is not None:
                self._guard(lambda: self.merge_selected_into(target))
        dialog.deleteLater()
