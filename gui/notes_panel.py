"""The Notes panel: every note and highlight of the library, searchable, each opening its
article at the passage; delete (after asking) and export with citations to CSV.

A window feature (``gui.feature``): it reloads when notes or articles change.
The list is read on the worker with its own connection (a filter typed while
a load runs makes the older answer stale); deleting and exporting run there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.changes import NOTES_CHANGED, Change
from db.library import Library, LibraryError
from db.notes import NoteRow, delete_note, list_notes
from db.notes_export import export_notes
from gui import plain
from gui.citation import interface_words
from gui.filter_edit import FilterEdit
from gui.highlight_dialog import swatch
from gui.waiting import open_for_job
from gui.worker import Task, Worker

FILTER_DELAY_MS = 200
COL_PASSAGE, COL_NOTE, COL_ARTICLE, COL_DATE = range(4)
CELL_LIMIT = 120  # characters of a passage or note shown in a cell (the tooltip has all)
NOTE_ROLE = Qt.ItemDataRole.UserRole


def one_line(text: str, limit: int = CELL_LIMIT) -> str:
    return plain.clip(" ".join(text.split()), limit)


class NotesPanel(QWidget):
    articleChosen = Signal(int, int, int)  # article id, start, end (-1, -1: the whole article)
    changed = Signal(object)  # db.changes.Change, after a delete
    statusMessage = Signal(str)

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.worker = worker or Worker(self)
        self.lib_path: Path | None = None
        self.read_only = False
        self.notes: list[NoteRow] = []
        self.loading = False
        self._seq = 0
        self.confirm: QMessageBox | None = None

        self.filter_edit = FilterEdit(FILTER_DELAY_MS, self)
        self.filter_edit.setObjectName("notesFilter")
        self.filter_edit.applied.connect(self.reload)
        self.count_label = plain.label("", self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notesList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemActivated.connect(self._activated)
        header = self.tree.header()
        header.setStretchLastSection(False)
        em = self.fontMetrics().horizontalAdvance("中")
        for col, width in ((COL_PASSAGE, 14), (COL_NOTE, 10), (COL_ARTICLE, 12), (COL_DATE, 6)):
            header.resizeSection(col, em * width)
        header.setSectionResizeMode(COL_ARTICLE, QHeaderView.ResizeMode.Stretch)

        self.delete_action = QAction(self)
        self.delete_action.setObjectName("deleteNotes")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.tree.addAction(self.delete_action)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportNotes")
        self.export_action.triggered.connect(self.export_dialog)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addAction(self.export_action)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.delete_button = QToolButton(self)
        self.delete_button.setDefaultAction(self.delete_action)
        self.export_button = QToolButton(self)
        self.export_button.setDefaultAction(self.export_action)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self._enable()

    # -- the Feature interface -----------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib_path = None if lib is None else lib.path
        self.read_only = lib is not None and lib.read_only
        self.reload()

    def on_change(self, change: Change) -> None:
        if change.notes or change.touches_articles():  # a title changed, an article went
            self.reload()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Search notes, passages and titles"))
        self.tree.setHeaderLabels(
            [self.tr("Passage"), self.tr("Note"), self.tr("Article"), self.tr("Date")]
        )
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected notes (after asking)"))
        self.export_action.setText(self.tr("Export…"))
        self.export_action.setToolTip(
            self.tr("Save the notes listed, with their citations, as a CSV file")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------
    def search_text(self) -> str:
        return self.filter_edit.text().strip()

    def reload(self) -> None:
        """Read the notes matching the filter on the worker; the newest request wins."""
        self.filter_edit.cancel_pending()
        self._seq += 1
        seq, path, search = self._seq, self.lib_path, self.search_text() or None
        if path is None:
            self.notes = []
            self._fill()
            return

        def job(_task: Task) -> list[NoteRow]:
            own = Library.open(path, create=False)
            try:
                return list_notes(own, search)
            finally:
                own.close()

        self.loading = True
        self._update_count()
        self.worker.run(job, lambda rows: self._loaded(seq, rows), self._failed)

    def _loaded(self, seq: int, rows: list[NoteRow]) -> None:
        if seq != self._seq:  # a newer filter or library was asked for meanwhile
            return
        self.loading = False
        self.notes = rows
        self._fill()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.loading = False
        self._update_count()
        if isinstance(exc, LibraryError | OSError):
            self.statusMessage.emit(self.tr("The notes could not be read: {0}").format(exc))
        elif self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc

    def _fill(self) -> None:
        selected = {n.id for n in self.selected_notes()}
        words = interface_words()
        self.tree.clear()
        items = []
        for note in self.notes:
            passage = one_line(note.quote) if note.quote else self.tr("(whole article)")
            title = note.title if note.title is not None else words.missing
            item = QTreeWidgetItem([passage, one_line(note.text), one_line(title), note.date or ""])
            if note.colour:
                item.setIcon(COL_PASSAGE, swatch(note.colour))
            tip = "\n\n".join(p for p in (note.paragraph, note.text, note.cite(words)) if p)
            for col in range(4):
                item.setToolTip(col, plain.tooltip(tip))
            item.setData(COL_PASSAGE, NOTE_ROLE, note.id)
            items.append(item)
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setSelected(item.data(COL_PASSAGE, NOTE_ROLE) in selected)
        self._update_count()
        self._enable()

    def _update_count(self) -> None:
        if self.loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n note(s)", "", len(self.notes)))

    def _enable(self) -> None:
        has = bool(self.tree.selectedItems())
        self.delete_action.setEnabled(has and not self.read_only and self.lib_path is not None)
        self.export_action.setEnabled(bool(self.notes))

    # -- rows ------------------------------------------------------------------------
    def note_of(self, item: QTreeWidgetItem | None) -> NoteRow | None:
        if item is None:
            return None
        nid = item.data(COL_PASSAGE, NOTE_ROLE)
        return next((n for n in self.notes if n.id == nid), None)

    def selected_notes(self) -> list[NoteRow]:
        found = (self.note_of(i) for i in self.tree.selectedItems())
        return [n for n in found if n is not None]

    def item_of(self, note_id: int) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(COL_PASSAGE, NOTE_ROLE) == note_id:
                return item
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note = self.note_of(item)
        if note is None:
            return
        if note.article_id is None:
            self.statusMessage.emit(self.tr("The article of this note is no longer in the library"))
            return
        start, end = (note.start, note.end) if note.start is not None else (-1, -1)
        self.articleChosen.emit(note.article_id, start, end if end is not None else -1)

    # -- deleting ---------------------------------------------------------------------
    def delete_selected(self) -> QMessageBox | None:
        """Ask, then delete the selected notes (there is no undo, and the question says so)."""
        notes = self.selected_notes()
        if not notes or self.lib_path is None or self.read_only:
            return None
        if len(notes) > 1:
            text = self.tr("Delete %n note(s)? This cannot be undone.", "", len(notes))
        elif notes[0].quote:
            text = self.tr("Delete the highlight 「{0}」? This cannot be undone.").format(
                one_line(notes[0].quote, 60)
            )
        else:
            text = self.tr("Delete the note on the whole article? This cannot be undone.")
        box = plain.message_box(
            self.window(), self.tr("Delete notes"), text, QMessageBox.Icon.Question
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ids = [n.id for n in notes]
        box.accepted.connect(lambda: self.delete(ids))
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()
        return box

    def delete(self, ids: list[int]) -> None:
        path = self.lib_path
        if path is None:
            return

        def job(task: Task) -> int:
            own = open_for_job(path, task, "duizhao (deleting notes)")
            try:
                for nid in ids:
                    delete_note(own, nid)
                return len(ids)
            finally:
                own.close()

        def done(count: int) -> None:
            self.statusMessage.emit(self.tr("%n note(s) deleted", "", count))
            self.reload()
            self.changed.emit(NOTES_CHANGED)

        self.worker.run(job, done, self._write_failed)

    def _write_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, LibraryError | OSError):
            self.statusMessage.emit(self.tr("That did not work: {0}").format(exc))
        elif self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc

    # -- exporting -------------------------------------------------------------------
    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export notes"), "notes.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the notes the filter lists, with citations in the interface language."""
        lib_path = self.lib_path
        if lib_path is None:
            return
        search, words = self.search_text() or None, interface_words()

        def job(_task: Task) -> int:
            own = Library.open(lib_path, create=False)
            try:
                return export_notes(own, path, search=search, words=words)
            finally:
                own.close()

        def done(count: int) -> None:
            self.statusMessage.emit(self.tr("Exported %n note(s) to {0}", "", count).format(path))

        self.worker.run(job, done, self._write_failed)
