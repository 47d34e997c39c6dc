"""The search's regional-vocabulary toggle: also find 資訊 for 信息, 軟體 for 软件.

A checkable button beside the search box.  While it is on, ``expand(text)`` gives
the search text with each word's regional equivalents as alternatives
(``db.added_terms.regional_query``: OpenCC's Taiwan and Hong Kong phrase tables)
and the label beside it says which words were added; while it is off the search
stays exact and ``expand`` returns the text unchanged.  ``toggled`` asks the window
to run the search again.  A window feature (``gui.feature``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from db.added_terms import regional_query
from db.changes import Change
from db.query import QueryError
from gui import plain, qtcompat  # noqa: F401  (qtcompat guards None's reference count)

if TYPE_CHECKING:
    from db.library import Library


class RegionalToggle(QWidget):
    """The button and the label of the words it added."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalToggle")
        self.action = QAction(self)
        self.action.setObjectName("regionalSearch")
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        self.button = QToolButton(self)
        self.button.setDefaultAction(self.action)
        self.added_label = plain.label("", self)
        self.added_label.setObjectName("regionalAdded")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.added_label)
        self.added: tuple[str, ...] = ()
        self._last = ""
        self.retranslate()

    # -- the Feature interface ------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        pass  # the tables are the same for every library

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        self.action.setText(self.tr("Regional words"))
        self.action.setToolTip(
            self.tr(
                "Also find the Taiwan and Hong Kong words for the searched words, and the "
                "mainland words for theirs (信息 / 資訊, 软件 / 軟體, 网络 / 網路), "
                "from OpenCC's phrase tables"
            )
        )
        self._show_added()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- searching ------------------------------------------------------------------
    def is_on(self) -> bool:
        return self.action.isChecked()

    def set_on(self, on: bool) -> None:
        self.action.setChecked(on)

    def expand(self, text: str) -> str:
        """The search text to run for ``text``: with the regional words while the toggle
        is on, else ``text`` itself.  The label shows the words added."""
        self._last = text
        self.added = ()
        if self.is_on() and text.strip():
            try:
                expanded = regional_query(text)
            except QueryError:
                expanded = None  # the search itself will say what is wrong
            if expanded is not None and expanded.added:
                self.added = expanded.added
                self._show_added()
                return expanded.query
        self._show_added()
        return text

    def _toggled(self, on: bool) -> None:
        self.expand(self._last)
        self.toggled.emit(on)

    def _show_added(self) -> None:
        if not self.is_on():
            text = ""
        elif self.added:
            text = self.tr("also: {0}").format(", ".join(self.added))
        elif self._last.strip():
            text = self.tr("no regional words")
        else:
            text = ""
        self.added_label.setText(text)
