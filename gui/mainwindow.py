"""The main window: composes the search bar, filter chips, entity tree, result list,
reader and the features (import, extraction, export, library health), and their menus.

The window holds little logic itself.  One ``SearchState`` holds what the user
is looking at (``db.spec.SearchSpec``); the search bar, the entity tree and the
chips edit it and ``SearchRunner`` lists its results.  Every library operation
goes through ``Operations`` (off the interface thread, its own connection, one
error policy, writes one at a time), and what a write changed reaches every
feature through the ``FeatureHub``.  A new view is one ``add_view`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.library import Library, LibraryError
from db.spec import SearchSpec
from gui import plain, qtcompat, window_settings  # noqa: F401  (qtcompat guards None's reference count)
from gui.crash import CrashHandler
from gui.credits import about_text
from gui.entity_panel import EntityPanel
from gui.export_feature import ExportFeature
from gui.extraction_feature import ExtractionFeature
from gui.feature import Feature, FeatureHub
from gui.figures_view import FiguresView
from gui.filter_chips import FilterChips
from gui.i18n import Translations
from gui.import_dialog import ImportJob
from gui.import_feature import ImportFeature
from gui.library_health import LibraryHealth
from gui.library_menu import LibraryMenu
from gui.operations import Operations
from gui.reader import Reader
from gui.reading import Reading
from gui.results_model import ResultsModel
from gui.results_view import ResultsView
from gui.search_bar import SearchBar
from gui.search_runner import SearchRunner
from gui.search_state import SearchState
from gui.settings import Settings
from gui.worker import Worker
from gui.workspace import Workspace

DOCK_AREAS = {
    "left": Qt.DockWidgetArea.LeftDockWidgetArea,
    "right": Qt.DockWidgetArea.RightDockWidgetArea,
    "bottom": Qt.DockWidgetArea.BottomDockWidgetArea,
}


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        *,
        worker: Worker | None = None,
        translations: Translations | None = None,
        crash: CrashHandler | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.crash = crash or CrashHandler(lambda: self)
        self.worker = worker or Worker(self, on_unhandled=self.crash.worker_error)
        if self.worker.on_unhandled is None:
            self.worker.on_unhandled = self.crash.worker_error
        self.translations = translations or Translations()
        self.lib: Library | None = None
        self.problems: list[QMessageBox] = []
        self._titles: list[tuple[Callable[[str], None], Callable[[], str]]] = []

        self.hub = FeatureHub(self)
        self.ops = Operations(self.worker, self.hub, self)
        self.state = SearchState(self)
        # panels
        self.search_bar = SearchBar(self)
        self.entity_panel = EntityPanel(self)
        self.entity_panel.setObjectName("entityPanel")
        self.entity_panel.set_operations(self.ops, self.hub)
        self.figures_view = FiguresView(self, self.ops)
        self.results_model = ResultsModel(lambda: self.lib, self)
        self.results = ResultsView(self.results_model, self)
        self.chips = FilterChips(self.state, self.ops, self)
        self.reader = Reader(self)
        browse = lambda: self.settings.browse_order  # noqa: E731
        self.runner = SearchRunner(self.state, self.ops, self.results_model, self.results, browse)
        self.reading = Reading(self.runner, self.results, self.reader, self)
        # features with actions
        self.library_menu = LibraryMenu(
            self, settings, self.search_bar, self.open_library_path, self.ops
        )
        self.importer = ImportFeature(self.ops, self, lambda: self.settings.import_max_mb)
        self.extractor = ExtractionFeature(self.ops, self)
        self.exporter = ExportFeature(self.ops, self, self.results, self.reader, self.runner)
        self.health = LibraryHealth(self, self.ops)
        self.count_label = self.library_menu.count_label
        self.progress_bar = self.extractor.progress_bar
        self.export_action = self.exporter.selection_action
        self._layout()
        panels = (self.ops, self.library_menu, self.runner, self.reading, self.entity_panel)
        actions = (self.figures_view, self.chips, self.importer, self.extractor, self.exporter)
        for feature in (*panels, *actions, self.health):
            self.hub.register(feature)
        self._make_actions()
        self._make_menus()
        self.workspace = Workspace(self)
        self._connect()
        self.setTabOrder(self.search_bar.edit, self.entity_panel)
        self.setTabOrder(self.entity_panel, self.results)
        self.setTabOrder(self.results, self.reader.left_pane())
        self.retranslate()
        window_settings.restore(self)

    # -- construction ------------------------------------------------------------
    def _layout(self) -> None:
        self.results_page = results_page = QWidget(self)
        column = QVBoxLayout(results_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chips)
        column.addWidget(self.results, 1)
        self.middle = QTabWidget(self)
        self.middle.setObjectName("middleTabs")
        self.middle.setDocumentMode(True)
        self.middle.setUsesScrollButtons(True)  # many tabs never widen the window,
        self.middle.setMinimumWidth(200)  # nor does a wide tab page (it is squeezed)
        self.middle.addTab(results_page, "")
        self.middle.addTab(self.figures_view, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for i, (widget, stretch) in enumerate(
            ((self.entity_panel, 0), (self.middle, 2), (self.reader, 3))
        ):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setSizes([330, 400, 670])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.count_label)

    def _action(self, shortcut: str | QKeySequence.StandardKey | None, slot: Callable) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        self.preferences_action = self._action(
            QKeySequence.StandardKey.Preferences, self.preferences
        )
        self.quit_action = self._action("Ctrl+Q", self.close)
        self.find_action = self._action("Ctrl+F", self.search_bar.focus)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")])
        self.about_action = self._action(None, self.about)

    def _make_menus(self) -> None:
        bar, lm = self.menuBar(), self.library_menu
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([lm.new_action, lm.open_action])
        self.file_menu.addMenu(lm.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.importer.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.health.backup_action)
        self.file_menu.addActions(self.exporter.actions())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.entity_panel.undo_action, self.entity_panel.redo_action])
        self.edit_menu.addSeparator()
        r = self.reader
        self.edit_menu.addActions([r.copy_citation_action, self.find_action])
        self.edit_menu.addActions([r.next_hit_action, r.prev_hit_action])
        self.view_menu = bar.addMenu("")
        for action in self.reader.view_actions():
            self.view_menu.addAction(action) if action else self.view_menu.addSeparator()
        self.entities_menu = bar.addMenu("")
        self.entities_menu.addActions(self.extractor.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.search_bar.queryChanged.connect(self.state.set_query)
        self.search_bar.submitted.connect(self._remember_query)
        self.search_bar.orderChanged.connect(self.set_order)
        self.state.changed.connect(self._follow_spec)
        self.results.orderRequested.connect(self.set_order)
        self.entity_panel.entitiesSelected.connect(self.show_entities)
        self.figures_view.articleActivated.connect(self.reading.open_from_elsewhere)
        self.reader.conversionChanged.connect(lambda c: self.settings.set("reader/conversion", c))
        self.reader.zoomChanged.connect(lambda z: self.settings.set("reader/zoom", z))
        self.reader.mentionClicked.connect(self.entity_panel.select_entity)
        status = self.statusBar()
        for signal, timeout in (
            (self.runner.message, 0),
            (self.reader.message, 4000),
            (self.entity_panel.statusMessage, 5000),
            (self.extractor.message, 5000),
            (self.exporter.message, 8000),
            (self.ops.status, 2000),
        ):
            signal.connect(lambda m, t=timeout: status.showMessage(m, t))
        self.ops.problem.connect(self.show_problem)

    def add_view(
        self,
        feature: Feature,
        title: Callable[[], str],
        area: str = "tab",
        widget: QWidget | None = None,
        *,
        register: bool = True,
    ) -> QWidget:
        """Register a view and show it (``widget``, or the feature itself): a tab beside
        Results and Figures ("tab"), or a dock ("left", "right", "bottom") with a toggle
        in the View menu.  ``title`` is called again when the language changes;
        ``register=False`` when the feature is registered already."""
        widget = widget or feature  # type: ignore[assignment]
        if not isinstance(widget, QWidget):
            raise TypeError("a view needs a widget")
        if register:
            self.hub.register(feature)
        if area == "tab":
            self.middle.addTab(widget, title())
            self._titles.append(
                (lambda t, w=widget: self.middle.setTabText(self.middle.indexOf(w), t), title)
            )
            return widget
        dock = QDockWidget(title(), self)
        dock.setObjectName(f"dock-{widget.objectName() or type(widget).__name__}")
        dock.setWidget(widget)
        self.addDockWidget(DOCK_AREAS[area], dock)
        self.view_menu.addAction(dock.toggleViewAction())
        self._titles.append((dock.setWindowTitle, title))
        return dock

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.entities_menu.setTitle(self.tr("E&ntities"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.about_action.setText(self.tr("&About Duizhao"))
        self.middle.setTabText(self.middle.indexOf(self.results_page), self.tr("Results"))
        self.middle.setTabText(self.middle.indexOf(self.figures_view), self.tr("Figures"))
        for set_title, title in self._titles:
            set_title(title())
        self.hub.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- settings ----------------------------------------------------------------
    def save_settings(self) -> None:
        window_settings.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.extractor.cancel()
        self.importer.cancel()
        self.ops.cancel_writes()
        self.worker.wait(5000)
        self.set_library(None)  # the window owns its library and closes it
        super().closeEvent(event)

    # -- library -----------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        old = self.lib
        self.lib = lib
        if old is not None and old is not lib:
            old.close()
        self.hub.set_library(lib)
        if self.state.spec().entities:
            self.state.set_entities([])  # another library's entities; searches again
        else:
            self.runner.run()

    def show_problem(self, text: str, title: str | None = None) -> QMessageBox:
        """A user's problem: a clear message, non-blocking (nothing is lost)."""
        box = plain.message_box(self, title or self.tr("Duizhao"), text)
        box.setObjectName("problem")
        self.problems = [b for b in self.problems if b.isVisible()]
        self.problems.append(box)
        box.open()
        return box

    def open_library_path(self, path: str | Path) -> bool:
        try:
            lib = Library.open(path)
        except (LibraryError, OSError) as exc:
            self.show_problem(self.tr("Cannot open the library:\n{0}").format(exc))
            return False
        self.set_library(lib)
        self.extractor.extract_if_pending()
        return True

    # -- searching ---------------------------------------------------------------
    def run_search(self, text: str) -> None:
        """Search for ``text`` with the other filters kept (the search bar follows)."""
        if self.state.spec().query == text.strip():
            self.runner.run()
        else:
            self.state.set_query(text)

    def set_order(self, order: str) -> None:
        self.search_bar.set_order(order)
        if self.search_bar.text().strip():
            self.settings.search_order = order
        elif order != "relevance":
            self.settings.browse_order = order
        self.state.set_order(order)

    def _follow_spec(self, spec: SearchSpec) -> None:
        """The search bar and the tree show what a chip (or a saved search) set."""
        if self.search_bar.text().strip() != spec.query:
            self.search_bar.set_text(spec.query)
        self.entity_panel.follow_filter(spec.entities)

    def _remember_query(self, text: str) -> None:
        self.settings.add_history(text)
        self.settings.last_query = text

    def show_entities(self, ids: list[int]) -> None:
        """Filter by the entities selected in the tree (the search text stays)."""
        if self.lib is None:
            return
        model = self.entity_panel.model
        names = [row.name if (row := model.entity(i)) else f"#{i}" for i in ids]
        self.reader.set_emphasised_entities(ids)
        self.state.set_entities(ids, names)

    @property
    def query_text(self) -> str:
        return self.runner.query_text

    @property
    def entity_ids(self) -> list[int]:
        return self.runner.entity_ids

    # -- features, as the window's own names ----------------------------------------
    @property
    def auto_extract(self) -> bool:
        return self.extractor.auto

    @auto_extract.setter
    def auto_extract(self, value: bool) -> None:
        self.extractor.auto = value

    @property
    def extraction(self) -> ExtractionFeature | None:
        return self.extractor if self.extractor.running else None

    def import_paths(self, paths: list[str] | list[Path]) -> ImportJob | None:
        return self.importer.import_paths(paths)

    def open_article(self, article_id: int) -> None:
        self.reading.open_article(article_id)

    def open_pending_article(self) -> None:
        self.reading.open_pending_article()

    # -- dialogs -------------------------------------------------------------------
    def preferences(self) -> None:
        window_settings.preferences(self)

    def apply_preferences(self, language: str, conversion: str | None = None) -> None:
        """Switch the interface language at once; set the conversion as the new default."""
        window_settings.apply_preferences(self, language, conversion)

    def about(self) -> None:
        plain.about(self, self.tr("About Duizhao"), about_text())
