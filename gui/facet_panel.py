"""The facet panel: how the current results divide by entity type, entity, source and year.

A window feature (``gui.feature.Feature``).  ``set_spec(spec)`` asks for the facets
of a search specification; after a short pause (typing goes on) they are counted
off the interface thread on a connection of their own (``db.facets``), and a newer
specification cancels the run still going and its result is dropped.  Clicking an
entry emits ``narrow(kind, value)``: ``("type", "person")``, ``("entity", 12)``,
``("source", "人民日报")`` or ``("year", "2024")``; the window's search state applies it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from db.changes import Change
from db.facets import FacetEntry, Facets, facets
from db.library import Library, LibraryError
from db.query import QueryError
from db.spec import SearchSpec
from gui import qtcompat  # noqa: F401  (guards None's reference count; see the module)
from gui.entity_model import type_label
from gui.plain import label, set_plain, tooltip
from gui.worker import Task, Worker

REFRESH_DELAY_MS = 150
NARROW_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, value) of an entry that narrows


class _FacetTree(QTreeWidget):
    """A tree whose entries narrow on a click or on Enter."""

    chosen = Signal(QTreeWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemClicked.connect(lambda item, _col: self.chosen.emit(item))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.chosen.emit(item)
            return
        super().keyPressEvent(event)


class FacetPanel(QWidget):
    """Facet counts of the current results; a click on one narrows the search."""

    narrow = Signal(str, object)  # kind ("entity", "type", "source", "year"), value
    refreshed = Signal()  # new facets are shown (tests wait for it)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facets")
        self.worker = worker
        self._lib: Library | None = None
        self._spec: SearchSpec | None = None
        self._stop: threading.Event | None = None  # set to cancel the run going on
        self._generation = 0
        self._facets: Facets | None = None
        self._problem = ""

        self._stale = False  # the spec changed while the panel was hidden
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh_now)

        self.status = label("", self)
        self.status.setWordWrap(True)
        self.tree = _FacetTree(self)
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.chosen.connect(self._chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tree)
        self.retranslate()

    def title(self) -> str:
        """The panel's title (a dock or a tab), in the interface language."""
        return self.tr("Facets")

    # -- Feature -------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self._lib = lib
        self._show(None)
        if lib is not None and self._spec is not None:
            self._schedule()

    def on_change(self, change: Change) -> None:
        if self._spec is not None and (change.touches_articles() or change.touches_entities()):
            self.set_spec(self._spec)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Narrow by"), self.tr("Articles")])
        self._show(self._facets)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- refreshing ----------------------------------------------------------
    def set_spec(self, spec: SearchSpec) -> None:
        """Count the facets of ``spec`` after a short pause (a newer spec replaces it)."""
        self._spec = spec
        self._cancel()
        self._schedule()

    def _schedule(self) -> None:
        """Count after the pause if the panel is on screen; otherwise when it is shown
        (whole-library facets take seconds at a million articles: not for a hidden tab
        on every keystroke)."""
        self._stale = not self.isVisible()
        if not self._stale:
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.timer.start()

    def spec(self) -> SearchSpec | None:
        return self._spec

    def busy(self) -> bool:
        return self._stop is not None

    def _cancel(self) -> None:
        self._generation += 1  # a result still on its way is dropped
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def refresh_now(self) -> threading.Event | None:
        """Count the facets of the spec now (the pause skipped).  Returns the run's stop
        flag, set when a newer spec replaces the run.  (The worker's ``Task`` is not
        kept: it holds a signal of an object the worker deletes when the job ends.)"""
        self.timer.stop()
        self._cancel()
        if self._lib is None or self._spec is None:
            self._show(None)
            return None
        generation = self._generation
        lib_path, spec = self._lib.path, self._spec
        stop = threading.Event()

        def job(task: Task) -> Facets | None:
            lib = Library.open(lib_path, create=False)
            try:
                return facets(lib, spec, cancelled=lambda: stop.is_set() or task.cancelled())
            finally:
                lib.close()

        set_plain(self.status, self.tr("Counting…"))
        self._stop = stop
        self.worker.run(
            job,
            lambda result: self._done(generation, result),
            lambda exc, details: self._failed(generation, exc, details),
        )
        return stop

    def _done(self, generation: int, result: Facets | None) -> None:
        if generation != self._generation:
            return  # a newer spec is being counted
        self._stop = None
        if result is not None:
            self._problem = ""
            self._show(result)
            self.refreshed.emit()

    def _failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation != self._generation:
            return
        self._stop = None
        if isinstance(exc, QueryError | LibraryError | OSError):
            self._problem = str(exc)
            self._show(None)
            self.refreshed.emit()
        elif self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        else:
            raise exc

    # -- showing -------------------------------------------------------------
    def facets(self) -> Facets | None:
        return self._facets

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title, ""])
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _entry(
        self, parent: QTreeWidgetItem, kind: str, entry: FacetEntry, text: str | None = None
    ) -> QTreeWidgetItem:
        shown = text if text is not None else entry.label
        item = QTreeWidgetItem(parent, [shown, f"{entry.count:,}"])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.value is None:  # no source, no date: nothing to narrow to
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            item.setData(0, NARROW_ROLE, (kind, entry.value))
            item.setToolTip(0, tooltip(shown))
        return item

    def _show(self, result: Facets | None) -> None:
        self._facets = result
        self.tree.clear()
        if result is None:
            set_plain(self.status, self._problem)
            return
        total = (
            self.tr("1 article in the results")
            if result.total == 1
            else self.tr("%s articles in the results") % f"{result.total:,}"
        )
        set_plain(self.status, total)
        if result.types:
            section = self._section(self.tr("Entity types"))
            for entry in result.types:
                self._entry(section, "type", entry, type_label(str(entry.value)))
        if result.sources:
            section = self._section(self.tr("Sources"))
            for entry in result.sources:
                self._entry(section, "source", entry, entry.label or self.tr("(no source)"))
            if result.more_sources:
                more = QTreeWidgetItem(
                    section, [self.tr("%s more sources") % f"{result.more_sources:,}", ""]
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
        if result.years:
            section = self._section(self.tr("Years"))
            for entry in result.years:
                self._entry(section, "year", entry, entry.label or self.tr("(undated)"))
        for type_entry in result.types:
            entries = result.entities.get(str(type_entry.value))
            if entries:
                section = self._section(type_label(str(type_entry.value)))
                for entry in entries:
                    self._entry(section, "entity", entry)
        self.tree.expandAll()

    def label_of(self, kind: str, value: object) -> str:
        """The name an entry is shown by (an entity's name for ``narrow_spec``)."""
        for item in self.items(kind):
            if item.data(0, NARROW_ROLE)[1] == value:
                return item.text(0)
        return ""

    def items(self, kind: str) -> list[QTreeWidgetItem]:
        """The entries of one kind, in the order shown."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                child = section.child(j)
                data = child.data(0, NARROW_ROLE)
                if data is not None and data[0] == kind:
                    out.append(child)
        return out

    def _chosen(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, NARROW_ROLE)
        if data is not None:
            kind, value = data
            self.narrow.emit(kind, value)


__all__ = ["FacetPanel", "NARROW_ROLE", "REFRESH_DELAY_MS"]
