"""The dialog that chooses the entity (of the same type) the selected ones are merged into."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from db.entities import EntityRow
from gui.entity_model import ENTITY_ID_ROLE, FILTER_KEY_ROLE, EntityListModel
from gui.plain import label as plain_label
from text.fold import fold


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
