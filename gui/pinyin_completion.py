"""Pinyin in the search box: Latin letters that read as pinyin offer the library's words.

Typing ``yanjiao``, ``yan jiao`` or the initials ``yj`` as the last word of the search
box opens a list of the entity names and dictionary words of the library with that
reading (``db.pinyin_words``: each one checked to occur).  Choosing one puts it in
place of the letters, and the search runs for that word exactly; a word that was
not offered is never searched.

A window feature (``gui.feature``): it follows the open library and forgets the
names' readings when the entities change.  The dictionary's readings are prepared
on a background thread; until they are ready, only entity names are offered.  That
preparation is seconds of Python work holding the interpreter lock, so it waits
while the window is busy (``busy``: an import or an extraction is running) unless
pinyin is typed meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from db.added_terms import quote
from db.changes import Change
from db.pinyin_words import PinyinWords
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from text.pinyin_search import dictionary_index, dictionary_index_ready, typed_key

if TYPE_CHECKING:
    from db.library import Library

DELAY_MS = 150
MIN_LETTERS = 2
WARM_UP_MS = 5000  # after the library has opened


class PinyinCompletion(QObject):
    """Offers the library's words for pinyin typed into ``edit`` (the search box)."""

    offered = Signal(list)  # the words offered for the last letters typed

    def __init__(self, edit: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.words: PinyinWords | None = None
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName("pinyinCompleter")
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self.choose)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.update)
        edit.textEdited.connect(lambda _t: self.timer.start())
        self._warming: threading.Thread | None = None
        # Whether the window is busy with a long job: the warm-up waits for its end.
        self.busy: Callable[[], bool] = lambda: False

    # -- the Feature interface ------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.words = PinyinWords(lib) if lib is not None else None
        self.completer.popup().hide()
        if lib is not None:
            QTimer.singleShot(WARM_UP_MS, self.warm_up)

    def warm_up(self, asked: bool = False) -> None:
        """Make the dictionary's readings on a thread (once the window is up and not
        busy, or at once when pinyin is typed: ``asked``)."""
        if self._warming is not None or dictionary_index_ready():
            return
        if not asked and self.busy():
            QTimer.singleShot(WARM_UP_MS, self.warm_up)  # keys come first meanwhile
            return
        self._warming = threading.Thread(target=dictionary_index, daemon=True)
        self._warming.start()

    def on_change(self, change: Change) -> None:
        if self.words is not None and change.touches_entities():
            self.words.invalidate()

    def retranslate(self) -> None:
        pass  # the list holds the library's words only

    # -- completing ---------------------------------------------------------------
    def letters(self) -> str:
        """The word being typed (before the cursor), if it reads as pinyin."""
        head = self.edit.text()[: self.edit.cursorPosition()]
        word = head.split(" ")[-1].lstrip('-"“「') if head else ""
        key = typed_key(word)
        if word == "OR" or key is None or len(key) < MIN_LETTERS:  # OR joins alternatives
            return ""
        return word

    def update(self) -> list[str]:
        """Offer the words for the letters typed; returns them (none: the list hides)."""
        letters = self.letters()
        words: list[str] = []
        if letters and self.words is not None:
            self.warm_up(asked=True)  # letters typed early: the names now, the headwords once ready
            words = self.words.offered(letters, headwords=dictionary_index_ready())
        self.model.setStringList(words)
        if words:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            self.completer.popup().setCurrentIndex(self.model.index(0))
        else:
            self.completer.popup().hide()
        self.offered.emit(words)
        return words

    def choose(self, word: str) -> None:
        """Put ``word`` in place of the letters typed, and search."""
        letters = self.letters()
        cut = self.edit.cursorPosition()
        head = self.edit.text()[: cut - len(letters)] if letters else self.edit.text()[:cut]
        chosen = word if " " not in word else (quote(word) or word)
        self.edit.setText(head + chosen + self.edit.text()[cut:])
        self.edit.setCursorPosition(len(head) + len(chosen))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.timer.stop()
        self.edit.textEdited.emit(self.edit.text())
        self.timer.stop()  # the chosen word is no pinyin to complete
