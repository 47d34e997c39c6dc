"""What the timeline and the network views share: following the window's state,
building their data off the interface thread, an empty state and the export menu.

A view is a window feature (``gui.feature``): ``set_library``, ``on_change``,
``retranslate``; ``set_spec`` and ``set_entities`` follow the search and the entity
selection.  A build runs on the worker with its own connection (``lib.reopen()``);
a result that a newer request has overtaken is dropped.  A hidden view (another tab)
builds only when it is shown again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from db.changes import Change
from db.library import Library
from db.query import QueryError
from db.spec import SearchSpec
from gui.plain import label, set_plain
from gui.view_export import ExportButton, save_png, save_svg
from gui.worker import Task, Worker

if TYPE_CHECKING:
    from collections.abc import Callable


class Canvas(QWidget):
    """A widget drawn by ``render(painter, size)``, the same function the exports use."""

    def render_to(self, painter: QPainter, size: QSize) -> None:  # pragma: no cover
        raise NotImplementedError

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))  # a figure: the same as its export
        self.render_to(painter, self.size())
        painter.end()


class LibraryView(QWidget):
    """Base of a view: subclasses give ``canvas``, ``wanted``, ``build_job`` and ``show_data``.

    ``built`` is emitted when a build has ended and what it made is on screen: its data
    drawn, or the message of its error (a build overtaken by a newer one emits nothing).
    """

    built = Signal()

    def __init__(
        self, canvas: Canvas, parent: QWidget | None = None, *, worker: Worker | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.lib: Library | None = None
        self.spec: SearchSpec | None = None
        self.chosen: tuple[int, ...] = ()  # set_entities; the spec's entities when empty
        self.data: Any = None
        self.error = ""
        self._generation = 0
        self._dirty = False
        self._task: Task | None = None

        self.canvas = canvas
        self.message = label("", self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.canvas)
        self.status = label("", self)
        self.export_button = ExportButton(self, self.file_stem)
        self.export_button.setEnabled(False)

        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addLayout(self.controls)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # -- the Feature interface and the window's state ----------------------
    def set_library(self, lib: Library | None) -> None:
        self.lib = lib
        self.reload()

    def on_change(self, change: Change) -> None:
        if change.touches_articles() or change.touches_entities():
            self.reload()

    def retranslate(self) -> None:
        self.export_button.retranslate()
        self._show_state()

    def set_spec(self, spec: SearchSpec | None) -> None:
        """Follow the window's search specification (its order does not matter here)."""
        spec = replace(spec, order="relevance") if spec is not None else None
        if spec != self.spec:
            self.spec = spec
            self.reload()

    def set_entities(self, ids: list[int] | tuple[int, ...]) -> None:
        """The selected entities (without any, the specification's entities count)."""
        chosen = tuple(dict.fromkeys(ids))
        if chosen != self.chosen:
            self.chosen = chosen
            self.reload()

    def entity_ids(self) -> tuple[int, ...]:
        return self.chosen or (self.spec.entities if self.spec else ())

    # -- building ---------------------------------------------------------
    def wanted(self) -> bool:
        """Whether there is anything to show (else the empty message)."""
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def build_job(self) -> Callable[[Library], Any]:
        """A function of a library connection that makes the data, run on the worker.
        It must capture what it needs now (it runs on another thread)."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def file_stem(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._generation += 1
        generation = self._generation
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.error = ""
        if self.lib is None or not self.wanted():
            self.data = None
            self._show_state()
            return
        build = self.build_job()
        lib = self.lib

        def job(task: Task) -> Any:
            if task.cancelled():  # overtaken while it waited for a thread: skip the work
                return None
            conn = lib.reopen()
            try:
                return build(conn)
            finally:
                conn.close()

        self.status.setText(self.tr("Updating…"))
        self._task = self.worker.run(
            job,
            lambda data: self._done(generation, data),
            lambda exc, details: self._failed(generation, exc, details),
        )

    def _done(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.data = data
        self.show_data(data)
        self._show_state()
        self.built.emit()

    def _failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation != self._generation:
            return
        self._task = None
        if not isinstance(exc, QueryError | OSError) and self.worker.on_unhandled is not None:
            self.worker.on_unhandled(exc, details)
        self.data = None
        self.error = str(exc)
        self._show_state()
        self.built.emit()

    def has_content(self) -> bool:
        return self.data is not None

    def _show_state(self) -> None:
        self.status.setText("")
        if self.error:
            set_plain(self.message, self.tr("Cannot build this view: {0}").format(self.error))
        else:
            set_plain(self.message, self.empty_text())
        showing = self.has_content() and not self.error
        self.stack.setCurrentWidget(self.canvas if showing else self.message)
        self.export_button.setEnabled(showing)
        self.canvas.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # -- exports ----------------------------------------------------------
    def export_size(self) -> QSize:
        size = self.canvas.size()
        return size if size.width() >= 320 and size.height() >= 240 else QSize(960, 600)

    def export_png(self, path: str) -> None:
        save_png(path, self.export_size(), self.canvas.render_to)

    def export_svg(self, path: str) -> None:
        save_svg(path, self.export_size(), self.canvas.render_to, self.file_stem())

    def export_csv(self, path: str) -> None:  # pragma: no cover - each view has its own
        raise NotImplementedError
