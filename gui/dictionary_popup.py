"""The dictionary under the pointer: hover a character of either reader pane (or press
Ctrl+D on the caret) to see the entries of the longest word from there.

The word is the longest CC-CEDICT headword starting at that character, or the whole
name when the character lies in a marked entity mention; a name the dictionary lacks
shows pypinyin's reading, marked as such (``text.dictionary``).  The popup is the
pane's tooltip: it also carries what the pane's own tooltip says there (the mention,
the uncertain conversion).  Every text in it is escaped (``gui.plain.escape``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import escape, show_html_tooltip, tooltip
from gui.reader_pane import ReaderPane, Utf16Map
from text.dictionary import Dictionary, Entry, default_dictionary

SHORTCUT = "Ctrl+D"
MAX_ENTRIES = 8
MAX_SENSES = 8
WIDTH_EM = 26
WARM_UP_MS = 3000  # after the window has started  # the popup wraps at this many CJK characters


class DictionaryPopup(QObject):
    """Installs the lookup on reader panes; ``reader`` owns the Ctrl+D action."""

    def __init__(
        self,
        reader: QWidget,
        panes: Sequence[ReaderPane],
        dictionary: Dictionary | None = None,
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.panes = list(panes)
        self.dictionary = dictionary or default_dictionary()
        self._warming: threading.Thread | None = None
        self.lookup_action = QAction(reader)
        self.lookup_action.setObjectName("lookUpWord")
        self.lookup_action.setShortcut(QKeySequence(SHORTCUT))
        self.lookup_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lookup_action.triggered.connect(self.show_at_caret)
        reader.addAction(self.lookup_action)
        reader.installEventFilter(self)
        for pane in self.panes:
            pane.viewport().installEventFilter(self)
        self.retranslate()
        # Read the file on a thread once the window is up, before the first hover needs it.
        QTimer.singleShot(WARM_UP_MS, self.warm_up)

    def warm_up(self) -> None:
        if not self.dictionary.loaded and self._warming is None:
            self._warming = threading.Thread(target=self.dictionary.__len__, daemon=True)
            self._warming.start()

    def retranslate(self) -> None:
        self.lookup_action.setText(self.tr("Look up word"))
        self.lookup_action.setToolTip(
            tooltip(self.tr("Dictionary entries of the word at the cursor ({0})").format(SHORTCUT))
        )

    # -- lookups ---------------------------------------------------------------
    def lookup(self, pane: ReaderPane, index: int) -> tuple[int, int, list[Entry]]:
        """The word of ``pane`` at character ``index`` and its entries (see the module)."""
        mention = pane.mention_at(index)
        names = [(mention.start, mention.end)] if mention is not None else []
        return self.dictionary.entries_at(pane.text(), index, names)

    def popup_html(self, pane: ReaderPane, index: int) -> str:
        """The popup's rich text for ``pane`` at ``index`` ("" when there is no word)."""
        _start, _end, entries = self.lookup(pane, index)
        if not entries:
            return ""
        parts = [f"<p>{_lines(m.tooltip)}</p>" for m in _own_marks(pane, index) if m.tooltip]
        parts += [self._entry_html(e) for e in entries[:MAX_ENTRIES]]
        if len(entries) > MAX_ENTRIES:
            more = self.tr("{0} more entries: python main.py define WORD lists them all")
            parts.append(f"<p>{escape(more.format(len(entries) - MAX_ENTRIES))}</p>")
        width = pane.fontMetrics().horizontalAdvance("中") * WIDTH_EM
        body = "<hr>".join(parts)
        return f'<table width="{width}" cellspacing="0" cellpadding="2"><tr><td>{body}</td></tr></table>'

    def _entry_html(self, entry: Entry) -> str:
        forms = escape(entry.simplified)
        if entry.traditional != entry.simplified:
            forms += f" · {escape(entry.traditional)}"
        head = f'<span style="font-size:x-large">{forms}</span>&nbsp;&nbsp;<b>{escape(entry.pinyin)}</b>'
        if not entry.in_dictionary:
            note = self.tr("Not in CC-CEDICT: pypinyin's reading of the characters")
            return f"<p>{head}<br><i>{escape(note)}</i></p>"
        senses = list(entry.senses[:MAX_SENSES])
        if len(entry.senses) > MAX_SENSES:
            senses.append("…")
        items = "; ".join(f"{n}. {escape(s)}" for n, s in enumerate(senses, 1))
        return f"<p>{head}<br>{items}</p>"

    # -- showing ---------------------------------------------------------------
    def show_at(self, pane: ReaderPane, index: int, global_pos: QPoint) -> bool:
        html = self.popup_html(pane, index)
        if not html:
            return False
        show_html_tooltip(global_pos, html, pane.viewport())
        return True

    def show_at_caret(self) -> bool:
        """Show the entries of the word at the caret of the focused pane (else the first)."""
        pane = next((p for p in self.panes if p.hasFocus()), self.panes[0])
        cursor = pane.textCursor()
        index = Utf16Map(pane.text()).back(cursor.selectionStart())
        where = pane.viewport().mapToGlobal(pane.cursorRect().bottomLeft())
        return self.show_at(pane, index, where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reader:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            return False
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pane = next((p for p in self.panes if p.viewport() is watched), None)
            if pane is not None and self.show_at(
                pane, pane.index_at(event.pos()), event.globalPos()
            ):
                return True
        return False


def _own_marks(pane: ReaderPane, index: int) -> list:
    return [m for m in (pane.mention_at(index), pane.uncertain_at(index)) if m is not None]


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())
