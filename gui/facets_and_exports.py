"""Composes the facet panel and Export Selection into the main window, so that the
window itself gains one call (``install(self)``) and no logic.

What it uses of the window: ``worker``, ``hub``, ``state`` (the search state:
``spec()``, ``set_spec()``, ``changed``), ``results``, ``runner`` (``query`` and
``query_text``), ``reader`` (``article``), ``entity_panel`` (``tree``,
``selected_ids``, ``menuAboutToShow``), ``figures_view``, ``file_menu``,
``export_action``, ``add_view``, ``statusBar()`` and ``show_problem``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from db.facets import narrow_spec
from gui.facet_panel import FacetPanel
from gui.selection_export import (
    ArticlesSource,
    EntitiesSource,
    FiguresSource,
    MentionsSource,
    SelectionExporter,
)

STATUS_MS = 8000


def install_exports(window: Any) -> SelectionExporter:  # noqa: ANN401 - the main window
    """Ctrl+E and the export entries of the context menus; replaces the window's
    Export Selection action (result rows only) in the File menu."""
    exp = SelectionExporter(window.worker, window)

    def query() -> str:
        return window.runner.query_text if window.runner.query is not None else ""

    def open_article() -> int | None:
        article = window.reader.article
        return None if article is None else article.id

    articles = exp.add(ArticlesSource(window.results, query=query, fallback=open_article))
    panel = window.entity_panel
    entities = exp.add(EntitiesSource(panel.tree, panel.selected_ids))
    mentions = exp.add(MentionsSource(panel.tree, panel.selected_ids))
    figures = exp.add(FiguresSource(window.figures_view))
    exp.install_menu(window.results, [articles])
    window.figures_view.menuAboutToShow.connect(lambda m: exp.add_menu_actions(m, [figures]))
    panel.menuAboutToShow.connect(lambda m: exp.add_menu_actions(m, [entities, mentions]))
    exp.statusMessage.connect(lambda m: window.statusBar().showMessage(m, STATUS_MS))
    exp.problem.connect(window.show_problem)
    old = window.export_action
    old.setShortcut(QKeySequence())  # Ctrl+E is the selection's, wherever it is
    window.file_menu.insertAction(old, exp.action)
    window.file_menu.removeAction(old)
    window.export_action = exp.action
    window.hub.register(exp)
    return exp


def install_facets(window: Any, area: str = "tab") -> FacetPanel:  # noqa: ANN401
    """The facet panel as a view of the window, following and narrowing its search: a
    tab beside the results by default (a dock, "right", would raise the window's least
    width above 1,000 pixels once the filter chips show)."""
    panel = FacetPanel(window.worker, window)
    window.add_view(panel, panel.title, area)
    window.state.changed.connect(panel.set_spec)
    panel.narrow.connect(
        lambda kind, value: window.state.set_spec(
            narrow_spec(window.state.spec(), kind, value, panel.label_of(kind, value))
        )
    )
    panel.set_spec(window.state.spec())
    return panel


def install(window: Any) -> tuple[FacetPanel, SelectionExporter]:  # noqa: ANN401
    return install_facets(window), install_exports(window)
