"""The main window: composes the search bar, entity tree, result list and reader.

Searching runs on the worker with its own connection; each search carries a
sequence number and a result that arrives after a newer search started is
dropped.  Everything that touches the library goes through ``db`` functions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.articles import article_count, get_article
from db.entities import article_mentions, entity_articles, get_entity, list_entities
from db.extraction import extract_library, pending_articles
from db.library import Library, LibraryError
from db.query import Query, QueryError, parse_query
from gui import plain, qtcompat  # noqa: F401  (qtcompat guards None's reference count)
from gui.crash import CrashHandler
from gui.entity_panel import EntityPanel
from gui.figures_view import FiguresView
from gui.i18n import Translations
from gui.import_dialog import IMPORT_FILTER, ImportJob
from gui.library_health import LibraryHealth
from gui.reader import Mention, Reader, mentions_from
from gui.results_model import ResultsModel
from gui.results_view import ResultsView
from gui.search_bar import SearchBar
from gui.search_job import HIT_COUNT_LIMIT, SearchResult, search_job
from gui.settings import Settings
from gui.waiting import open_for_job, show_waiting
from gui.worker import Task, Worker

LIBRARY_FILTER = "Duizhao library (*.duizhao);;All files (*)"


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
        self.query: Query | None = None
        self.query_text = ""
        self.entity_ids: list[int] = []
        self._seq = 0
        self._shown_seq = 0
        self._search_task: Task | None = None
        # Moving through the results opens the current article once the keys stop
        # (a zero timer): the list never waits for a conversion to finish.
        self._pending_article: int | None = None
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(0)
        self._open_timer.timeout.connect(self.open_pending_article)
        self.import_job: ImportJob | None = None
        self.extraction: Task | None = None
        self.problems: list[QMessageBox] = []
        self.auto_extract = True  # find entities in newly imported articles

        # panels
        self.search_bar = SearchBar(self)
        self.entity_panel = EntityPanel(self)
        self.entity_panel.setObjectName("entityPanel")
        self.figures_view = FiguresView(self)
        self.results_model = ResultsModel(lambda: self.lib, self)
        self.results = ResultsView(self.results_model, self)
        self.reader = Reader(self)
        self.middle = QTabWidget(self)
        self.middle.setObjectName("middleTabs")
        self.middle.setDocumentMode(True)
        self.middle.addTab(self.results, "")
        self.middle.addTab(self.figures_view, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.entity_panel)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([330, 400, 670])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = plain.label("", self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.count_label)

        self._make_actions()
        self._make_menus()
        self.health = LibraryHealth(self, self.worker, self.file_menu, self.export_action)
        self.health.on_repaired = lambda: self.set_library(self.lib)  # reload what it shows
        self._connect()
        self.setTabOrder(self.search_bar.edit, self.entity_panel)
        self.setTabOrder(self.entity_panel, self.results)
        self.setTabOrder(self.results, self.reader.left_pane())
        self.retranslate()
        self._restore_settings()

    # -- construction ------------------------------------------------------------
    def _action(self, shortcut: str | QKeySequence.StandardKey | None, slot: Callable) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_library)
        self.open_action = self._action("Ctrl+O", self.open_library_dialog)
        self.import_files_action = self._action("Ctrl+I", self.import_files_dialog)
        self.import_folder_action = self._action("Ctrl+Shift+I", self.import_folder_dialog)
        self.export_action = self._action("Ctrl+E", self.export_selection_dialog)
        self.export_all_action = self._action("Ctrl+Shift+E", self.export_all_dialog)
        self.preferences_action = self._action(
            QKeySequence.StandardKey.Preferences, self.preferences
        )
        self.quit_action = self._action("Ctrl+Q", self.close)
        self.find_action = self._action("Ctrl+F", self.search_bar.focus)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")])
        self.extract_action = self._action(None, self.start_extraction)
        self.cancel_extract_action = self._action(None, self.cancel_extraction)
        self.cancel_extract_action.setEnabled(False)
        self.about_action = self._action(None, self.about)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        for a in (self.new_action, self.open_action):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_files_action, self.import_folder_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.export_all_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for name in ("undo_action", "redo_action"):
            action = getattr(self.entity_panel, name, None)
            if action is not None:
                self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        r = self.reader
        self.edit_menu.addActions([r.copy_citation_action, self.find_action])
        self.edit_menu.addActions([r.next_hit_action, r.prev_hit_action])
        self.view_menu = bar.addMenu("")
        for action in self.reader.view_actions():
            self.view_menu.addAction(action) if action else self.view_menu.addSeparator()
        self.entities_menu = bar.addMenu("")
        self.entities_menu.addActions([self.extract_action, self.cancel_extract_action])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.search_bar.queryChanged.connect(self.run_search)
        self.search_bar.submitted.connect(self._remember_query)
        self.search_bar.orderChanged.connect(self.set_order)
        self.results.orderRequested.connect(self.set_order)
        self.results.currentArticleChanged.connect(self.schedule_article)
        self.results.articleActivated.connect(self._activate_article)
        self.reader.message.connect(lambda m: self.statusBar().showMessage(m, 4000))
        self.reader.conversionChanged.connect(lambda c: self.settings.set("reader/conversion", c))
        self.reader.zoomChanged.connect(lambda z: self.settings.set("reader/zoom", z))
        self.reader.mentionClicked.connect(self._mention_clicked)
        panel = self.entity_panel
        if hasattr(panel, "entitiesSelected"):
            panel.entitiesSelected.connect(self.show_entities)
        if hasattr(panel, "curated"):
            panel.curated.connect(self.refresh_after_curation)
        if hasattr(panel, "statusMessage"):
            panel.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 5000))
        if hasattr(self.figures_view, "articleActivated"):
            self.figures_view.articleActivated.connect(self._open_from_figures)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.entities_menu.setTitle(self.tr("E&ntities"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.new_action.setText(self.tr("&New Library…"))
        self.open_action.setText(self.tr("&Open Library…"))
        self.import_files_action.setText(self.tr("&Import Files…"))
        self.import_folder_action.setText(self.tr("Import &Folder…"))
        self.export_action.setText(self.tr("&Export Selection…"))
        self.export_all_action.setText(self.tr("Export &All Results…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.extract_action.setText(self.tr("&Extract Entities"))
        self.cancel_extract_action.setText(self.tr("&Stop Extraction"))
        self.about_action.setText(self.tr("&About Duizhao"))
        self.middle.setTabText(0, self.tr("Results"))
        self.middle.setTabText(1, self.tr("Figures"))
        self._update_title()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- settings ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = s.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (
            ("window/main_splitter", self.splitter),
            ("window/reader_splitter", self.reader.splitter),
        ):
            sizes = s.bytes(key)
            if sizes is not None:
                splitter.restoreState(sizes)
        self.reader.set_conversion(s.conversion)
        self.reader.set_zoom(s.zoom)
        self.reader.set_swapped(bool(s.q.value("reader/swapped", False) in (True, "true")))
        self.search_bar.set_order(s.search_order)
        self.search_bar.set_history(s.history)
        self.search_bar.set_text(s.last_query)

    def save_settings(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/main_splitter", self.splitter.saveState())
        s.set("window/reader_splitter", self.reader.splitter.saveState())
        s.set("reader/swapped", self.reader.swapped)
        s.conversion = self.reader.current_conversion()
        s.zoom = self.reader.zoom
        s.search_order = self.search_bar.current_order()
        s.last_query = self.search_bar.text()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        if self.extraction is not None:
            self.extraction.cancel()
        if self.import_job is not None and self.import_job.task is not None:
            self.import_job.task.cancel()
        self.worker.wait(5000)
        self.set_library(None)  # the window owns its library and closes it
        super().closeEvent(event)

    # -- library -----------------------------------------------------------------
    def set_library(self, lib: Library | None) -> None:
        old = self.lib
        self.lib = lib
        self._open_timer.stop()
        self._pending_article = None
        if old is not None and old is not lib:
            old.close()
        self.reader.set_article(None)
        self.results_model.set_ids([])
        for panel in (self.entity_panel, self.figures_view, self.health):
            if hasattr(panel, "set_library"):
                panel.set_library(lib)
        if lib is not None:
            self.settings.add_recent_library(lib.path)
        self._load_completions()
        self._update_title()
        self._update_count()
        self.run_search(self.search_bar.text().strip())

    def _load_completions(self) -> None:
        names: list[str] = []
        if self.lib is not None:
            for e in list_entities(self.lib):
                names += [e.name_hans, e.name_hant, *e.aliases]
        self.search_bar.set_completions(n for n in names if n)

    def _update_title(self) -> None:
        name = self.lib.path.name if self.lib is not None else self.tr("no library")
        self.setWindowTitle(plain.window_title(self.tr("{0} — Duizhao").format(name)))

    def _update_count(self) -> None:
        n = article_count(self.lib) if self.lib is not None else 0
        self.count_label.setText(self.tr("{0} articles in the library").format(n))

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
        self.extract_if_pending()
        return True

    def extract_if_pending(self) -> None:
        """Find entities in articles not yet processed (e.g. a new default library)."""
        if self.lib is None or not self.auto_extract or self.lib.read_only:
            return
        if pending_articles(self.lib):
            QTimer.singleShot(300, self.start_extraction)

    def new_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New library"), str(Path.home() / "library.duizhao"), LIBRARY_FILTER
        )
        if path:
            if not path.endswith(".duizhao"):
                path += ".duizhao"
            self.open_library_path(path)

    def open_library_dialog(self) -> None:
        start = str(self.lib.path.parent) if self.lib is not None else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open library"), start, LIBRARY_FILTER)
        if path:
            self.open_library_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_libraries
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(plain.action_text(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_library(path)
            self.show_problem(self.tr("The library {0} no longer exists.").format(path))
            return
        self.open_library_path(path)

    # -- searching ---------------------------------------------------------------
    def run_search(self, text: str) -> None:
        """Search (or list the library for an empty query); stale results are dropped."""
        if self.lib is None:
            return
        self._seq += 1
        seq = self._seq
        order = self.search_bar.current_order()
        if text:
            try:
                query: Query | None = parse_query(text)
            except QueryError as exc:
                self.statusBar().showMessage(self.tr("Cannot search: {0}").format(exc))
                return
        else:
            query = None
            if order == "relevance":
                order = self.settings.browse_order
        self.entity_ids = []
        if self._search_task is not None:
            self._search_task.cancel()  # a search still listing its full result is stale
        self._search_task = self.worker.run(
            search_job(self.lib.path, query, order),
            lambda result: self._search_done(seq, text, query, order, result),
            lambda exc, details: self._search_failed(seq, exc, details),
            lambda result: self._search_done(seq, text, query, order, result),
        )

    def _search_done(
        self,
        seq: int,
        text: str,
        query: Query | None,
        order: str,
        result: SearchResult,
    ) -> None:
        """Show a search's results: its first page, or the whole list.

        The whole list after a first page keeps the rows already shown (they are
        its head), so the selection, the scroll position and the open article stay.
        """
        if seq != self._seq:
            return  # a newer search has started
        ids = result.ids
        current = self.results_model.ids
        if self._shown_seq == seq and len(current) < len(ids) and ids[: len(current)] == current:
            self.results_model.append_ids(ids[len(current) :])
            self._show_search_status(text, query, order, result)
            return
        self._shown_seq = seq
        self.query, self.query_text = query, text
        terms = query.positive_terms if query is not None else []
        self.results_model.set_ids(ids, terms)
        self.results.show_order(order)
        self._show_search_status(text, query, order, result)
        if ids:
            self.results.select_row(0)
        else:
            self.reader.set_article(None)

    def _show_search_status(
        self, text: str, query: Query | None, order: str, result: SearchResult
    ) -> None:
        if query is None:
            msg = self.tr("{0} articles, {1} · {2:.0f} ms").format(
                result.total, self._order_name(order), result.ms
            )
        else:
            if result.hits < 0:
                shown = "…"  # counted once the whole list is made
            elif result.total <= HIT_COUNT_LIMIT:
                shown = str(result.hits)
            else:
                shown = f"{result.hits}+"
            msg = self.tr("“{0}”: {1} articles, {2} hits · {3:.0f} ms").format(
                text, result.total, shown, result.ms
            )
        self.statusBar().showMessage(msg)

    def _search_failed(self, seq: int, exc: BaseException, details: str) -> None:
        if seq != self._seq:
            return
        if isinstance(exc, QueryError):
            self.statusBar().showMessage(self.tr("Cannot search: {0}").format(exc))
        elif isinstance(exc, LibraryError | OSError):
            self.statusBar().showMessage(self.tr("The library cannot be read: {0}").format(exc))
        else:
            self.crash.worker_error(exc, details)

    def _order_name(self, order: str) -> str:
        return {
            "newest": self.tr("newest first"),
            "oldest": self.tr("oldest first"),
            "title": self.tr("by title"),
            "relevance": self.tr("by relevance"),
        }.get(order, order)

    def set_order(self, order: str) -> None:
        self.search_bar.set_order(order)
        if self.search_bar.text().strip():
            self.settings.search_order = order
        elif order != "relevance":
            self.settings.browse_order = order
        if self.entity_ids:
            self.show_entities(self.entity_ids)
        else:
            self.run_search(self.search_bar.text().strip())

    def _remember_query(self, text: str) -> None:
        self.settings.add_history(text)
        self.settings.last_query = text

    # -- entities ------------------------------------------------------------------
    def show_entities(self, ids: list[int]) -> None:
        if self.lib is None:
            return
        if not ids:
            self.reader.set_emphasised_entities([])
            self.run_search(self.search_bar.text().strip())
            return
        self._seq += 1  # results of a search still running are now stale
        if self._search_task is not None:
            self._search_task.cancel()
        article_ids = entity_articles(self.lib, ids)
        self.entity_ids = list(ids)
        self.query, self.query_text = None, ""
        self.results_model.set_ids(article_ids)
        self.reader.set_emphasised_entities(ids)
        self.statusBar().showMessage(
            self.tr("{0} articles mention the selected entities").format(len(article_ids))
        )
        if article_ids:
            self.results.select_row(0)

    def _mention_clicked(self, entity_id: int) -> None:
        select = getattr(self.entity_panel, "select_entity", None)
        if select is not None:
            select(entity_id)

    def refresh_after_curation(self) -> None:
        if hasattr(self.figures_view, "refresh"):
            self.figures_view.refresh()
        self.results_model.refresh()
        self._load_completions()
        if self.reader.article is not None:
            mentions = self._mentions(self.reader.article.id)
            self.reader.library_counts = self._entity_counts(mentions)
            self.reader.set_mentions(mentions)

    # -- reading -------------------------------------------------------------------
    def _mentions(self, article_id: int) -> list[Mention]:
        if self.lib is None:
            return []
        return mentions_from(article_mentions(self.lib, article_id))

    def schedule_article(self, article_id: int) -> None:
        self._pending_article = article_id
        self._open_timer.start()

    def open_pending_article(self) -> None:
        self._open_timer.stop()
        if self._pending_article is not None:
            article_id, self._pending_article = self._pending_article, None
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        self._pending_article = None
        if self.lib is None:
            return
        article = get_article(self.lib, article_id)
        terms = self.query.positive_terms if self.query is not None else []
        mentions = self._mentions(article_id)
        self.reader.set_article(article, terms, mentions, self._entity_counts(mentions))
        self.reader.set_emphasised_entities(self.entity_ids)

    def _entity_counts(self, mentions: list[Mention]) -> dict[int, tuple[int, int]]:
        """Library-wide mention and article counts of the entities in an article."""
        if self.lib is None or not mentions:
            return {}
        out = {}
        for entity_id in {m.entity_id for m in mentions}:
            row = get_entity(self.lib, entity_id)
            if row is not None:
                out[entity_id] = (row.mentions, row.articles)
        return out

    def _activate_article(self, article_id: int) -> None:
        self.open_article(article_id)
        self.reader.left_pane().setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_from_figures(self, article_id: int) -> None:
        row = self.results_model.row_of(article_id)
        if row >= 0:
            self.results.select_row(row)
        self.open_article(article_id)

    # -- importing -----------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), str(Path.home()), IMPORT_FILTER
        )
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import folder"), str(Path.home()))
        if path:
            self.import_paths([path])

    def import_paths(self, paths: list[str] | list[Path]) -> ImportJob | None:
        if self.lib is None:
            return None
        if self.import_job is not None:
            self.show_problem(self.tr("An import is already running."))
            return None
        job = ImportJob(self.lib, paths, self.worker, self, max_mb=self.settings.import_max_mb)
        self.import_job = job
        job.finished.connect(self._import_finished)
        job.failed.connect(self._import_failed)
        job.start()
        return job

    def _import_finished(self, report: object) -> None:
        self.import_job = None
        self._update_count()
        self.run_search(self.search_bar.text().strip())
        self.extract_if_pending()  # the new articles, and any an interrupted run left

    def _import_failed(self, message: str) -> None:
        self.import_job = None
        self._update_count()
        self.show_problem(message)

    # -- entity extraction ------------------------------------------------------------
    def start_extraction(self) -> None:
        if self.lib is None or self.extraction is not None:
            return
        lib_path = self.lib.path

        def job(task: Task) -> int:
            lib = open_for_job(lib_path, task, self.tr("entity extraction in the Duizhao window"))
            try:
                return extract_library(
                    lib,
                    progress=lambda done, total: task.progress((done, total)),
                    cancelled=task.cancelled,
                )
            finally:
                lib.close()

        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.progress_bar.setFormat(self.tr("Entities %v/%m"))
        self.cancel_extract_action.setEnabled(True)
        self.extract_action.setEnabled(False)
        self.extraction = self.worker.run(
            job, self._extraction_done, self._extraction_failed, self._extraction_progress
        )

    def cancel_extraction(self) -> None:
        if self.extraction is not None:
            self.extraction.cancel()

    def _extraction_progress(self, value: tuple[int, int]) -> None:
        if show_waiting(self, value):
            return
        done, total = value
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _extraction_ended(self) -> None:
        self.extraction = None
        self.progress_bar.setVisible(False)
        self.cancel_extract_action.setEnabled(False)
        self.extract_action.setEnabled(True)

    def _extraction_done(self, count: int) -> None:
        self._extraction_ended()
        self.statusBar().showMessage(
            self.tr("Entities extracted from {0} articles").format(count), 5000
        )
        if hasattr(self.entity_panel, "refresh"):
            self.entity_panel.refresh()
        self.refresh_after_curation()

    def _extraction_failed(self, exc: BaseException, details: str) -> None:
        self._extraction_ended()
        if isinstance(exc, LibraryError | OSError):
            self.show_problem(self.tr("Entity extraction stopped: {0}").format(exc))
        else:
            self.crash.worker_error(exc, details)

    # -- exporting -------------------------------------------------------------------
    def _export_ids(self, all_results: bool) -> list[int]:
        if all_results:
            return list(self.results_model.ids)
        ids = self.results.selected_ids()
        if not ids and self.reader.article is not None:
            ids = [self.reader.article.id]
        return ids

    def export_selection_dialog(self) -> None:
        self._export_dialog(all_results=False)

    def export_all_dialog(self) -> None:
        self._export_dialog(all_results=True)

    def _export_dialog(self, *, all_results: bool) -> None:
        ids = self._export_ids(all_results)
        if self.lib is None or not ids:
            self.statusBar().showMessage(self.tr("Nothing selected to export"), 4000)
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), str(Path.home() / "duizhao.csv"), "CSV (*.csv)"
        )
        if path:
            self.export_to(path, ids)

    def export_to(self, path: str | Path, ids: list[int]) -> None:
        """Write ``ids`` (as search results when a search is shown) to a CSV file."""
        if self.lib is None:
            return
        lib_path, query = self.lib.path, self.query_text if self.query is not None else ""

        def job(_task: Task) -> int:
            from db.export import export_articles, export_search

            lib = Library.open(lib_path, create=False)
            try:
                if query:
                    return export_search(lib, query, path, ids=ids)
                return export_articles(lib, path, ids)
            finally:
                lib.close()

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, LibraryError | OSError):
                self.show_problem(self.tr("The export failed: {0}").format(exc))
            else:
                self.crash.worker_error(exc, details)

        self.statusBar().showMessage(self.tr("Exporting {0} articles…").format(len(ids)))
        self.worker.run(
            job,
            lambda n: self.statusBar().showMessage(
                self.tr("Exported {0} articles to {1}").format(n, path), 8000
            ),
            failed,
        )

    # -- dialogs -------------------------------------------------------------------
    def preferences(self) -> None:
        from gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(
            lambda: self.apply_preferences(dialog.language(), dialog.conversion())
        )
        dialog.open()

    def apply_preferences(self, language: str, conversion: str | None = None) -> None:
        """Switch the interface language at once; set the conversion as the new default."""
        self.settings.language = language
        self.translations.apply(language)
        if conversion is not None:
            self.settings.conversion = conversion
            self.reader.set_conversion(conversion)

    def about(self) -> None:
        plain.about(
            self,
            self.tr("About Duizhao"),
            self.tr(
                "Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, "
                "in both scripts."
            ),
        )
