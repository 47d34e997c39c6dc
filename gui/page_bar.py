"""Page controls of the reader: previous, "page x of n", next (hidden for a one-page article)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from gui import plain


class PageBar(QWidget):
    """Emits ``pageRequested`` with the page to show; ``set_page`` shows where the reader is."""

    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBar")
        self.page = 0
        self.count = 1
        self.previous_action = QAction(self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self._request(self.page - 1))
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self._request(self.page + 1))
        self.previous_button = QToolButton(self)
        self.previous_button.setDefaultAction(self.previous_action)
        self.next_button = QToolButton(self)
        self.next_button.setDefaultAction(self.next_action)
        self.label = plain.label("", self)
        self.label.setObjectName("pageLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        self.retranslate()
        self.set_page(0, 1)

    def retranslate(self) -> None:
        self.previous_action.setText(self.tr("Previous page"))
        self.previous_action.setToolTip(self.tr("Previous page (Ctrl+PgUp)"))
        self.next_action.setText(self.tr("Next page"))
        self.next_action.setToolTip(self.tr("Next page (Ctrl+PgDown)"))
        self.previous_action.setIconText("◀")
        self.next_action.setIconText("▶")
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_page(self, page: int, count: int) -> None:
        self.page, self.count = page, max(1, count)
        self._update()

    def _update(self) -> None:
        self.label.setText(self.tr("page {0} of {1}").format(self.page + 1, self.count))
        self.previous_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page + 1 < self.count)
        self.setVisible(self.count > 1)

    def _request(self, page: int) -> None:
        if 0 <= page < self.count and page != self.page:
            self.pageRequested.emit(page)
