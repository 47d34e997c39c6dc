"""Keeping the entity tree's selection, expansion and current row across reloads.

A reload (after an edit, a change of filter, a new extraction) resets the
model; ``TreeMemory.keep`` notes which types were expanded, which entities were
selected and which was current, runs the reset, and puts them back (or selects
other entities instead: the target of a merge, an entity that changed type).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTreeView

from gui.entity_model import EntityTreeModel


class TreeMemory:
    def __init__(self, tree: QTreeView, model: EntityTreeModel) -> None:
        self.tree = tree
        self.model = model
        self.restoring = False  # selection changes while restoring are not the user's

    def expanded_types(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.tree.isExpanded(index):
                t = self.model.type_at(index)
                if t:
                    out.append(t)
        return out

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

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
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

    def keep(
        self,
        reset: Callable[[], object],
        expand: Sequence[str] | None = None,
        select: Sequence[int] | None = None,
    ) -> None:
        """Run something that resets the model; restore expansion, selection, current row.

        With ``select``, those entities are selected afterwards instead (their
        types expanded, the first one current and scrolled to).
        """
        expanded = self.expanded_types() if expand is None else list(expand)
        if select is None:
            selected = self.selected_ids()
            current = self.model.entity_id(self.tree.currentIndex())
        else:
            selected = list(select)
            current = selected[0] if selected else None
        self.restoring = True
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
            self.select_ids(selected, current)
            if select is not None and current is not None:
                index = self.model.index_of_entity(current)
                if index.isValid():
                    self.tree.scrollTo(index)
        finally:
            self.restoring = False
