"""The search box: debounced search as you type, entity-name completion, history, order."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.plain import action_text
from gui.plain import label as plain_label

DEBOUNCE_MS = 200
ORDERS = ("relevance", "newest", "oldest", "title")


class QueryEdit(QLineEdit):
    """A line edit that completes the word being typed and walks the history with Up/Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        self._pos = -1
        self._draft = ""
        self.completer_ = QCompleter(self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setModel(QStringListModel(self))
        self.completer_.activated.connect(self._insert_completion)
        self.textEdited.connect(self._complete)

    def set_completions(self, names: Iterable[str]) -> None:
        model = self.completer_.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(set(names)))

    def _last_word(self) -> str:
        text = self.text()[: self.cursorPosition()]
        return text.split(" ")[-1].lstrip('-"“「')

    def _complete(self, _text: str) -> None:
        self._pos = -1
        prefix = self._last_word()
        if len(prefix) < 1 or not self.completer_.model().rowCount():
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        if self.completer_.completionCount() == 0 or (
            self.completer_.completionCount() == 1 and self.completer_.currentCompletion() == prefix
        ):
            self.completer_.popup().hide()
            return
        self.completer_.complete()

    def _insert_completion(self, completion: str) -> None:
        cut = self.cursorPosition()
        head = self.text()[:cut]
        word = self._last_word()
        self.setText(head[: len(head) - len(word)] + completion + self.text()[cut:])
        self.setCursorPosition(cut - len(word) + len(completion))
        self.textEdited.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()
            return
        if not popup.isVisible() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._walk_history(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def _walk_history(self, step: int) -> None:
        if not self.history:
            return
        if self._pos == -1:
            self._draft = self.text()
        pos = max(-1, min(len(self.history) - 1, self._pos + step))
        self._pos = pos
        text = self._draft if pos == -1 else self.history[pos]
        self.setText(text)
        self.textEdited.emit(text)
        self._pos = pos  # textEdited resets it
        self.completer_.popup().hide()


class SearchBar(QWidget):
    queryChanged = Signal(str)  # after the debounce, or at once on Enter
    submitted = Signal(str)  # Enter: also goes into the history
    orderChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.edit = QueryEdit(self)
        self.edit.setObjectName("searchBox")
        self.edit.setClearButtonEnabled(True)
        self.history_button = QToolButton(self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_button.setArrowType(Qt.ArrowType.DownArrow)
        self.history_menu = QMenu(self)
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        self.history_button.setMenu(self.history_menu)
        self.order_label = plain_label("", self)
        self.order = QComboBox(self)
        self.order.setObjectName("order")
        self.order_label.setBuddy(self.order)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.history_button)
        layout.addWidget(self.order_label)
        layout.addWidget(self.order)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit_query)
        self.edit.textEdited.connect(lambda _t: self.timer.start())
        self.edit.returnPressed.connect(self.submit)
        self.order.currentIndexChanged.connect(
            lambda _i: self.orderChanged.emit(self.current_order())
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            self.tr('Search both scripts: 创新 协同, "京津冀 协同", 北京 OR 天津, -河北')
        )
        self.edit.setToolTip(
            self.tr(
                "Words are all required; quotes make a phrase; OR joins alternatives; "
                "-word excludes.\nUp/Down walk through earlier searches."
            )
        )
        self.history_button.setToolTip(self.tr("Earlier searches"))
        self.order_label.setText(self.tr("&Order:"))
        names = {
            "relevance": self.tr("Relevance"),
            "newest": self.tr("Newest first"),
            "oldest": self.tr("Oldest first"),
            "title": self.tr("Title"),
        }
        current = self.current_order()
        self.order.blockSignals(True)
        self.order.clear()
        for key in ORDERS:
            self.order.addItem(names[key], key)
        self.order.setCurrentIndex(max(0, self.order.findData(current)))
        self.order.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str, *, emit: bool = False) -> None:
        self.edit.setText(text)
        if emit:
            self._emit_query()

    def current_order(self) -> str:
        data = self.order.currentData() if self.order.count() else None
        return str(data) if data else "relevance"

    def set_order(self, order: str, *, emit: bool = False) -> None:
        index = self.order.findData(order)
        if index < 0:
            return
        if not emit:
            self.order.blockSignals(True)
        self.order.setCurrentIndex(index)
        self.order.blockSignals(False)

    def set_history(self, history: list[str]) -> None:
        self.edit.history = list(history)

    def set_completions(self, names: Iterable[str]) -> None:
        self.edit.set_completions(names)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    # -- emitting --------------------------------------------------------------
    def _emit_query(self) -> None:
        self.timer.stop()
        self.queryChanged.emit(self.edit.text().strip())

    def submit(self) -> None:
        text = self.edit.text().strip()
        self._emit_query()
        if text:
            self.edit.history = [text, *(h for h in self.edit.history if h != text)]
            self.submitted.emit(text)

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        if not self.edit.history:
            action = self.history_menu.addAction(self.tr("(no earlier searches)"))
            action.setEnabled(False)
            return
        for query in self.edit.history[:20]:
            action = self.history_menu.addAction(action_text(query))
            action.triggered.connect(lambda _c=False, q=query: self._use_history(q))

    def _use_history(self, query: str) -> None:
        self.set_text(query, emit=True)
        self.submit()
