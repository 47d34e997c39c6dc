"""The Saved searches panel: each saved search with how many matching articles were added
since it was last opened ("3 new"); one click runs it again (``specChosen``); the
window's current search can be saved under a name; rename and delete.

A window feature (``gui.feature``): the counts are read on the worker with its
own connection and again whenever articles, entities or saved searches change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.changes import SAVED_CHANGED, Change
from db.library import Library, LibraryError
from db.saved import (
    SavedSearch,
    delete_saved,
    open_saved,
    rename_saved,
    save_search,
    saved_searches,
)
from db.spec import SearchSpec
from gui import plain, spec_text
from gui.waiting import open_for_job
from gui.worker import Task, Worker

COL_NAME, COL_NEW = range(2)
NAME_ROLE = Qt.ItemDataRole.UserRole


class SavedPanel(QWidget):
    specChosen = Signal(object)  # db.spec.SearchSpec: run it
    changed = Signal(object)  # db.changes.Change, after a save, an open, a rename or a delete
    statusMessage = Signal(str)

    def __init__(
        self,
        worker: Worker | None = None,
        parent: QWidget | None = None,
        current_spec: Callable[[], SearchSpec | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("savedPanel")
        self.worker = worker or Worker(self)
        self.current_spec = current_spec  # what "Save Current Search…" saves
        self.lib_path: Path | None = None
        self.read_only = False
        self.searches: list[SavedSearch] = []
        self.loading = False
        self._seq = 0
        self._announcing = False
        self.dialog: QInputDialog | QMessageBox | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("savedList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemClicked.connect(lambda item, _col: self.run_item(item))
        self.tree.itemActivated.connect(lambda item, _col: self.run_item(item))
        self.tree.itemSelectionChanged.connect(self._enable)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NEW, QHeaderView.ResizeMode.ResizeToContents)

        self.save_action = QAction(self)
        self.save_action.setObjectName("saveSearch")
        self.save_action.triggered.connect(self._save_current_asked)
        self.rename_action = QAction(self)
        self.rename_action.triggered.connect(self.rename_selected)
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.rename_action, self.delete_action])
        self.count_label = plain.label("", self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.save_action, self.rename_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()

    # -- the Feature interface -----------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib_path = None if lib is None else lib.path
        self.read_only = lib is not None and lib.read_only
        self.reload()

    def on_change(self, change: Change) -> None:
        if self._announcing:  # our own write: reloaded already
            return
        if change.saved or change.touches_articles() or change.touches_entities():
            self.reload()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Saved search"), self.tr("New")])
        self.save_action.setText(self.tr("Save Current Search…"))
        self.save_action.setToolTip(self.tr("Keep the search and its filters under a name"))
        self.rename_action.setText(self.tr("Rename…"))
        self.delete_action.setText(self.tr("Delete"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        self._seq += 1
        seq, path = self._seq, self.lib_path
        if path is None:
            self.searches = []
            self._fill()
            return

        def job(_task: Task) -> list[SavedSearch]:
            own = Library.open(path, create=False)
            try:
                return saved_searches(own)
            finally:
                own.close()

        self.loading = True
        self.worker.run(job, lambda rows: self._loaded(seq, rows), self._failed)

    def _loaded(self, seq: int, rows: list[SavedSearch]) -> None:
        if seq != self._seq:
            return
        self.loading = False
        self.searches = rows
        self._fill()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.loading = False
        if isinstance(exc, LibraryError | OSError):
            self.statusMessage.emit(self.tr("That did not work: {0}").format(exc))
        elif self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc

    def _fill(self) -> None:
        chosen = self.selected_name()
        self.tree.clear()
        for s in self.searches:
            new = self.tr("%n new", "", s.new) if s.new else ""
            item = QTreeWidgetItem([s.name, new])
            item.setData(COL_NAME, NAME_ROLE, s.name)
            opened = s.opened_at.replace("T", " ")[:16] if s.opened_at else self.tr("never")
            tip = spec_text.describe(s.spec) or self.tr("every article")
            tip += "\n" + self.tr("Last opened: {0}").format(opened)
            for col in range(2):
                item.setToolTip(col, plain.tooltip(tip))
            if s.new:
                font = QFont(item.font(COL_NAME))
                font.setBold(True)
                item.setFont(COL_NAME, font)
            self.tree.addTopLevelItem(item)
            item.setSelected(s.name == chosen)
        self.count_label.setText(self.tr("%n saved", "", len(self.searches)))
        self._enable()

    def _enable(self) -> None:
        writable = self.lib_path is not None and not self.read_only
        chosen = self.selected_name() is not None
        self.save_action.setEnabled(writable)
        self.rename_action.setEnabled(writable and chosen)
        self.delete_action.setEnabled(writable and chosen)

    # -- rows ------------------------------------------------------------------------
    def selected_name(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(COL_NAME, NAME_ROLE) if items else None

    def item_of(self, name: str) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(COL_NAME, NAME_ROLE) == name:
                return item
        return None

    def new_count(self, name: str) -> int | None:
        return next((s.new for s in self.searches if s.name == name), None)

    # -- writing ---------------------------------------------------------------------
    def _write(self, what: Callable[[Library], object], done: Callable[[object], None]) -> None:
        """Run ``what`` on the worker with its own connection; then reload and announce."""
        path = self.lib_path
        if path is None:
            return

        def job(task: Task) -> object:
            own = open_for_job(path, task, "duizhao (saved searches)")
            try:
                return what(own)
            finally:
                own.close()

        def finished(result: object) -> None:
            self.reload()
            self._announcing = True
            try:
                self.changed.emit(SAVED_CHANGED)
            finally:
                self._announcing = False
            done(result)

        self.worker.run(job, finished, self._failed)

    def run_item(self, item: QTreeWidgetItem | None) -> None:
        """Run a saved search: mark it opened (its new count starts again), emit its spec."""
        if item is None:
            return
        name = item.data(COL_NAME, NAME_ROLE)
        if self.read_only:  # nothing can be marked: run it as it is
            spec = next((s.spec for s in self.searches if s.name == name), None)
            if spec is not None:
                self.specChosen.emit(spec)
            return
        self._write(lambda lib: open_saved(lib, name), self.specChosen.emit)

    def _save_current_asked(self) -> None:
        spec = self.current_spec() if self.current_spec is not None else None
        if spec is not None:
            self.save_current(spec)

    def save_current(self, spec: SearchSpec) -> QInputDialog | None:
        """Ask a name, then keep ``spec`` under it (a search of that name is replaced)."""
        if self.lib_path is None or self.read_only:
            return None
        described = spec_text.describe(spec) or self.tr("every article")
        dialog = plain.text_dialog(
            self.window(),
            self.tr("Save Search"),
            self.tr(
                "Name for the search\n{0}\n(a saved search of the same name is replaced)"
            ).format(described),
            spec.query.strip() or described,
        )

        def chosen(name: str) -> None:
            if name.strip():
                self._write(
                    lambda lib: save_search(lib, name, spec),
                    lambda _r: self.statusMessage.emit(
                        self.tr("Search saved as {0}").format(name.strip())
                    ),
                )

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def rename_selected(self) -> QInputDialog | None:
        old = self.selected_name()
        if old is None or self.read_only:
            return None
        dialog = plain.text_dialog(
            self.window(), self.tr("Rename Saved Search"), self.tr("New name:"), old
        )

        def chosen(name: str) -> None:
            self._write(lambda lib: rename_saved(lib, old, name), lambda _r: None)

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> QMessageBox | None:
        name = self.selected_name()
        if name is None or self.read_only:
            return None
        box = plain.message_box(
            self.window(),
            self.tr("Delete Saved Search"),
            self.tr(
                "Delete the saved search {0}? The articles stay; this cannot be undone."
            ).format(name),
            QMessageBox.Icon.Question,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(
            lambda: self._write(lambda lib: delete_saved(lib, name), lambda _r: None)
        )
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box
