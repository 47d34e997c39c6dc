"""The active filters as removable chips above the result list.

One chip for the search text, one for each entity, one for the types, the date
range and the sources; each says what it filters and has an ×: a click, or
Backspace or Delete while the chip has the focus, removes that filter from the
search state (and the results follow).  "Dates & sources…" at the end opens
the dialog that sets a date range and sources.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from db.articles import list_sources
from db.changes import Change
from db.spec import SearchSpec
from gui import spec_text
from gui.dates_sources import DatesSourcesDialog
from gui.flow_layout import FlowLayout
from gui.plain import action_text

if TYPE_CHECKING:
    from db.library import Library
    from gui.operations import Operations
    from gui.search_state import SearchState
    from gui.worker import Task


class Chip(QToolButton):
    """One active filter; clicking it, or Backspace/Delete on it, removes the filter."""

    def __init__(
        self, kind: str, text: str, remove: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.remove = remove
        self.setObjectName(f"chip-{kind}")
        self.setText(action_text(f"{text}  ×"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoRaise(False)
        self.setToolTip(self.tr("Remove this filter (Backspace)"))
        self.clicked.connect(lambda _c=False: self.remove())

    def label(self) -> str:
        return self.text().replace("&&", "&").removesuffix("  ×")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove()
            return
        super().keyPressEvent(event)


class FilterChips(QWidget):
    """Feature: shows the search state's filters as chips; edits the state."""

    def __init__(self, state: SearchState, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self.state = state
        self.ops = ops
        self.lib: Library | None = None
        self.chips: list[Chip] = []
        self.dialog: DatesSourcesDialog | None = None
        # the chips wrap onto more rows when they outgrow the column (the column
        # never grows for them): every filter stays in sight, "Dates & sources…" last
        self.more = QToolButton(self)
        self.more.setObjectName("datesSourcesButton")
        self.more.setAutoRaise(True)
        self.more.clicked.connect(lambda _c=False: self.open_dates_sources())
        self.row = FlowLayout(self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.row.addWidget(self.more)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        state.changed.connect(self.show_spec)
        self.retranslate()
        self.show_spec(state.spec())

    # -- Feature interface -------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib

    def on_change(self, change: Change) -> None:
        pass

    def retranslate(self) -> None:
        self.more.setText(self.tr("Dates && sources…"))
        self.more.setToolTip(self.tr("Narrow the results to a date range and to sources"))
        self.show_spec(self.state.spec())

    # -- chips ---------------------------------------------------------------------
    def show_spec(self, spec: SearchSpec) -> None:
        for chip in self.chips:
            self.row.removeWidget(chip)
            chip.hide()  # gone at once, deleted once the event loop runs
            chip.deleteLater()
        self.chips = []
        s = self.state
        if spec.query:
            self._add("query", f"“{spec.query}”", lambda: s.set_query(""))
        for eid, name in s.entity_names().items():
            self._add("entity", spec_text.entity_part(name), lambda e=eid: s.remove_entity(e))
        if spec.types:
            self._add("types", spec_text.types_part(spec.types), lambda: s.set_types(()))
        if spec.date_from or spec.date_to:
            text = spec_text.dates_part(spec.date_from, spec.date_to)
            self._add("dates", text, lambda: s.set_dates(None, None))
        if spec.sources:
            self._add("sources", spec_text.sources_part(spec.sources), lambda: s.set_sources(()))

    def _add(self, kind: str, text: str, remove: Callable[[], None]) -> None:
        chip = Chip(kind, text, remove, self)
        self.row.insertWidget(len(self.chips), chip)
        self.chips.append(chip)

    def labels(self) -> list[str]:
        return [chip.label() for chip in self.chips]

    # -- dates and sources -----------------------------------------------------------
    def open_dates_sources(self) -> None:
        """Read the library's sources (off the interface thread), then ask."""

        def job(lib: Library, _task: Task) -> list[tuple[str, int]]:
            return list_sources(lib)

        self.ops.read(job, self._ask)

    def _ask(self, sources: list[tuple[str, int]]) -> None:
        spec = self.state.spec()
        dialog = DatesSourcesDialog(spec.date_from, spec.date_to, sources, spec.sources, self)
        dialog.accepted.connect(lambda: self.apply(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def apply(self, dialog: DatesSourcesDialog) -> None:
        date_from, date_to = dialog.dates()
        spec = self.state.spec()
        self.state.set_spec(
            replace(
                spec, date_from=date_from, date_to=date_to, sources=tuple(dialog.chosen_sources())
            )
        )
