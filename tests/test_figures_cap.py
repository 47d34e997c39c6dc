"""A library with more figures than the figures view lists: it lists the ones found
last and says how many the library holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import gui.figures_view
from db.entities import figure_count, figures
from db.library import Library
from gui.figures_view import FiguresView
from tests.helpers import extracted_seed_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = extracted_seed_library(tmp_path_factory.mktemp("figures"))
    yield library
    library.close()


def test_the_figures_found_last_newest_articles_first(lib: Library) -> None:
    every = figures(lib)
    assert len(every) > 20 and figure_count(lib) == len(every)
    last = figures(lib, last_found=7)
    assert sorted(f.id for f in last) == sorted(f.id for f in every)[-7:]
    order = [(f.date is None, [-ord(c) for c in f.date or ""], f.article_id, f.start) for f in last]
    assert order == sorted(order)  # dated first, newest first, then article and place


def test_the_view_lists_the_last_found_and_says_how_many_there_are(
    qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = figure_count(lib)
    view = FiguresView()
    qtbot.addWidget(view)
    view.set_library(lib)
    assert view.model.rowCount() == total
    assert view.count_label.text() == f"{total:,} figures"  # all of them: nothing more to say
    monkeypatch.setattr(gui.figures_view, "SHOWN", 10)
    view.refresh()
    assert view.model.rowCount() == 10
    assert view.count_label.text() == f"10 figures (the 10 found last; the library holds {total:,})"
    view.set_filter_text("zzzz-not-there")
    assert view.count_label.text().startswith(
        f"0 of 10 figures (the 10 found last; the library holds {total:,}"
    )
