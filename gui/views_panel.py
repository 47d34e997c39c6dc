"""The timeline and the network in one tabbed widget, one window feature.

The window adds it as a dock or a tab, registers it with its ``FeatureHub``, hands it
the search specification and the selected entities, and connects ``periodChosen``
(to its date filter) and ``entityChosen`` (to its entity selection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QTabWidget, QVBoxLayout, QWidget

from gui.network_view import NetworkView
from gui.timeline_view import TimelineView
from gui.worker import Worker

if TYPE_CHECKING:
    from db.changes import Change
    from db.library import Library
    from db.spec import SearchSpec


class ViewsPanel(QWidget):
    periodChosen = Signal(str, str)  # first and last day of a timeline bar
    entityChosen = Signal(int)  # a network node

    def __init__(self, parent: QWidget | None = None, *, worker: Worker | None = None) -> None:
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self._dock: QDockWidget | None = None
        self.timeline = TimelineView(self, worker=self.worker)
        self.network = NetworkView(self, worker=self.worker)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.network, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.timeline.periodChosen.connect(self.periodChosen)
        self.network.entityChosen.connect(self.entityChosen)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Timeline and network")

    def dock(self, window: QWidget) -> QDockWidget:
        """The panel in a dock widget of ``window`` (titled, named for saveState)."""
        if self._dock is None:
            self._dock = QDockWidget(self.title(), window)
            self._dock.setObjectName("views_dock")
            self._dock.setWidget(self)
        return self._dock

    def views(self) -> tuple[TimelineView, NetworkView]:
        return self.timeline, self.network

    def set_library(self, lib: Library | None) -> None:
        for view in self.views():
            view.set_library(lib)

    def on_change(self, change: Change) -> None:
        for view in self.views():
            view.on_change(change)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Network"))
        if self._dock is not None:
            self._dock.setWindowTitle(self.title())
        for view in self.views():
            view.retranslate()

    def set_spec(self, spec: SearchSpec | None) -> None:
        for view in self.views():
            view.set_spec(spec)

    def set_entities(self, ids: list[int] | tuple[int, ...]) -> None:
        for view in self.views():
            view.set_entities(ids)
