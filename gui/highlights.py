"""Highlights and notes in the reader: the helper the reader owns.

"Highlight…" keeps the passage selected in either pane (offsets into the
ORIGINAL text of the whole article: a selection in the converted pane is mapped
back through the conversion's span map, and a page's offsets are moved by the
page's start) with a colour and a comment; "Note on article…" keeps a comment
on the whole article.  The stored highlights of the open article are shown in
both panes in their colour, the converted pane's through the same map.

It is a window feature (``gui.feature``): the window registers it so it knows
the library and reloads when notes change.  Writes run on the worker with their
own connection; ``changed`` carries the record for the window's hub.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMessageBox

from db.changes import NOTES_CHANGED, Change
from db.library import Library, LibraryError
from db.notes import NoteRow, add_note, delete_note, list_notes
from gui import plain
from gui.highlight_dialog import HIGHLIGHT_HEX, HighlightDialog
from gui.reader_pane import Mark, ReaderPane
from gui.waiting import open_for_job
from gui.worker import Task, Worker

if TYPE_CHECKING:
    from db.articles import Article
    from gui.reader import Reader


class Highlights(QObject):
    marksChanged = Signal()  # the open article's highlights changed: redraw the marks
    changed = Signal(object)  # db.changes.Change, after a note was kept
    message = Signal(str)

    def __init__(self, reader: Reader) -> None:
        super().__init__(reader)
        self.reader = reader
        self.worker = Worker(self)  # the window gives its own
        self.lib: Library | None = None
        self.article: Article | None = None
        self.notes: list[NoteRow] = []  # of the open article
        self.dialog: HighlightDialog | None = None
        self.highlight_action = QAction(reader)
        self.highlight_action.setObjectName("highlightAction")
        self.highlight_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.highlight_action.triggered.connect(self.highlight_selection)
        self.note_action = QAction(reader)
        self.note_action.setObjectName("noteAction")
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.triggered.connect(self.note_on_article)
        self.delete_action = QAction(reader)  # shown in the menu of a pane over a highlight
        self.delete_action.setObjectName("deleteHighlightAction")
        self.delete_action.setVisible(False)
        self.delete_action.triggered.connect(self.delete_target)
        self.target: NoteRow | None = None  # the highlight the context menu is over
        self.confirm: QMessageBox | None = None
        for pane in (reader.original_pane, reader.converted_pane):
            pane.contextMenuAt.connect(lambda index, p=pane: self.aim(p, index))
        self.retranslate()
        self._enable()

    def actions(self) -> list[QAction]:
        return [self.highlight_action, self.note_action, self.delete_action]

    # -- the Feature interface -------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        self._enable()
        self.reload()

    def on_change(self, change: Change) -> None:
        if change.notes or change.touches_articles():
            self.reload()

    def retranslate(self) -> None:
        self.highlight_action.setText(self.tr("Highlight…"))
        self.highlight_action.setToolTip(
            self.tr("Keep the selected passage with a colour and a comment (Ctrl+Shift+H)")
        )
        self.note_action.setText(self.tr("Note on Article…"))
        self.note_action.setToolTip(self.tr("Keep a note on the whole article (Ctrl+Shift+N)"))
        self.delete_action.setText(self.tr("Delete Highlight…"))

    # -- the open article ----------------------------------------------------------
    def load(self, article: Article | None) -> None:
        """The reader opened ``article``: read its highlights (the reader then draws them)."""
        self.article = article
        self.notes = self._read()
        self._enable()

    def reload(self) -> None:
        self.notes = self._read()
        self.marksChanged.emit()

    def _read(self) -> list[NoteRow]:
        if self.lib is None or self.article is None:
            return []
        return list_notes(self.lib, article_uid=self.article.uid)

    def _enable(self) -> None:
        ok = self.lib is not None and self.article is not None and not self.lib.read_only
        self.highlight_action.setEnabled(ok)
        self.note_action.setEnabled(ok)

    def marks(self) -> tuple[list[Mark], list[Mark]]:
        """The highlights on the page shown: marks for the original and the converted pane."""
        r, conv = self.reader, self.reader.converted
        left: list[Mark] = []
        right: list[Mark] = []
        if conv is None:
            return left, right
        for note in reversed(self.notes):  # the oldest first: a newer one is drawn over it
            if note.start is None or note.end is None:
                continue
            span = r.pages.clip(r.page, note.start, note.end)
            if span is None:
                continue
            colour = HIGHLIGHT_HEX.get(note.colour or "", HIGHLIGHT_HEX["yellow"])
            tip = self.tr("Highlight, {0}").format(note.created_at[:10])
            tip += f"\n{note.text}" if note.text else ""
            left.append(Mark(*span, "highlight", tooltip=tip, colour=colour))
            cs, ce = conv.to_converted(*span)
            right.append(Mark(cs, ce, "highlight", tooltip=tip, colour=colour))
        return left, right

    # -- selections --------------------------------------------------------------
    def focused_selection(self) -> tuple[ReaderPane, int, int] | None:
        """The selection of the focused pane (else of either), in that pane's offsets."""
        r = self.reader
        panes = [r.original_pane, r.converted_pane]
        if r.converted_pane.hasFocus():
            panes.reverse()
        for pane in panes:
            span = pane.selected_span()
            if span is not None and span[1] > span[0]:
                return pane, *span
        return None

    def selection_in_original(self) -> tuple[int, int] | None:
        """The selected passage as offsets into the whole article's original text, without
        blanks at either end (a converted pane's selection mapped back)."""
        r, found = self.reader, self.focused_selection()
        if found is None or r.article is None or r.converted is None:
            return None
        pane, start, end = found
        if pane is r.converted_pane:
            start, end = r.converted.to_original(start, end)
        offset = r.pages.span(r.page)[0]
        text = r.article.text
        start, end = start + offset, end + offset
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    # -- keeping ---------------------------------------------------------------------
    def highlight_selection(self) -> HighlightDialog | None:
        span = self.selection_in_original()
        if span is None or self.reader.article is None:
            self.message.emit(self.tr("Select a passage to highlight"))
            return None
        passage = self.reader.article.text[span[0] : span[1]]
        return self._ask(passage, span)

    def note_on_article(self) -> HighlightDialog | None:
        if self.reader.article is None:
            return None
        return self._ask(None, None)

    def _ask(self, passage: str | None, span: tuple[int, int] | None) -> HighlightDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = HighlightDialog(passage, self.reader.window())
        article = self.reader.article
        assert article is not None

        def accepted() -> None:
            start, end = span if span is not None else (None, None)
            self.keep(article.id, dialog.text(), start, end, dialog.colour())

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def keep(
        self,
        article_id: int,
        text: str,
        start: int | None = None,
        end: int | None = None,
        colour: str | None = None,
    ) -> None:
        """Store the note on the worker (its own connection), then redraw and announce."""
        if self.lib is None:
            return
        path = self.lib.path

        def job(task: Task) -> int:
            own = open_for_job(path, task, "duizhao (a note)")
            try:
                return add_note(own, article_id, text, start=start, end=end, colour=colour)
            finally:
                own.close()

        def done(_note_id: int) -> None:
            self.reload()
            self.message.emit(
                self.tr("Highlight kept") if start is not None else self.tr("Note kept")
            )
            self.changed.emit(NOTES_CHANGED)

        self.worker.run(job, done, self._failed)

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, LibraryError):  # read-only, locked, the article gone
            self.message.emit(self.tr("The library was not changed: {0}").format(exc))
        elif self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc

    # -- deleting ------------------------------------------------------------------------
    def aim(self, pane: ReaderPane, index: int) -> NoteRow | None:
        """The context menu of ``pane`` opens at ``index`` (that pane's page offset): offer
        to delete the highlight there, if there is one."""
        r, conv = self.reader, self.reader.converted
        self.target = None
        if conv is not None and r.article is not None:
            if pane is r.converted_pane:
                index = conv.to_original(index, index + 1)[0]
            offset = index + r.pages.span(r.page)[0]
            for note in self.notes:  # the newest first: it is drawn on top
                if (
                    note.start is not None
                    and note.end is not None
                    and note.start <= offset < note.end
                ):
                    self.target = note
                    break
        writable = self.lib is not None and not self.lib.read_only
        self.delete_action.setVisible(self.target is not None and writable)
        return self.target

    def delete_target(self) -> QMessageBox | None:
        """Ask, then delete the highlight the context menu was opened over."""
        note = self.target
        if note is None or self.lib is None:
            return None
        box = plain.message_box(
            self.reader.window(),
            self.tr("Delete Highlight"),
            self.tr("Delete the highlight 「{0}」? This cannot be undone.").format(
                plain.clip(" ".join(note.quote.split()), 60)
            ),
            QMessageBox.Icon.Question,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._delete(note.id))
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()
        return box

    def _delete(self, note_id: int) -> None:
        if self.lib is None:
            return
        path = self.lib.path

        def job(task: Task) -> None:
            own = open_for_job(path, task, "duizhao (a note)")
            try:
                delete_note(own, note_id)
            finally:
                own.close()

        def done(_result: object) -> None:
            self.reload()
            self.message.emit(self.tr("Highlight deleted"))
            self.changed.emit(NOTES_CHANGED)

        self.worker.run(job, done, self._failed)

    # -- going to a passage ---------------------------------------------------------
    def show_passage(self, start: int, end: int) -> None:
        """Turn to the page of ``start:end`` (whole-article offsets), select it in the
        original pane and centre it in both."""
        r = self.reader
        if r.article is None or not 0 <= start < end <= len(r.article.text):
            return
        page = r.pages.page_of(start)
        r.show_page(page)
        span = r.pages.clip(page, start, end)
        if span is None or r.converted is None:
            return
        r.original_pane.show_span(span[0])
        r.converted_pane.show_span(r.converted.to_converted(*span)[0])
        cursor: QTextCursor = r.original_pane.cursor_for(*span)
        r.original_pane.setTextCursor(cursor)
