"""A library naming more things of a type than the entity tree holds: the tree holds
the most mentioned, says how many there are, looks a filter up in the whole library,
and still selects an entity it did not hold."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import gui.entity_panel
from db.entities import list_entities, type_counts
from db.library import Library
from gui.entity_model import filter_key
from gui.entity_panel import EntityPanel
from tests.helpers import extracted_seed_library
from text.fold import fold

NEEDLES = (
    "北京",
    "津沽",
    "中科院",
    "清華電子院",
    "中關村",
    "京津冀",
    "河北",
    "天津",
    "科技",
    "zhongguancun",
    "委员会",
)


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = extracted_seed_library(tmp_path_factory.mktemp("tree"))
    yield library
    library.close()


def matching(rows: list, text: str) -> set[int]:
    """What the tree's own filter keeps."""
    needle = "".join(fold(text).split())
    return {r.id for r in rows if needle in filter_key(r)}


def test_the_most_mentioned_of_each_type_and_the_counts(lib: Library) -> None:
    every = list_entities(lib)
    counts = type_counts(lib)
    assert sum(counts.values()) == len(every)
    some = list_entities(lib, per_type=3)
    assert {r.id: r for r in every if r.id in {s.id for s in some}} == {r.id: r for r in some}
    assert any(r.aliases for r in some)  # each row whole, its aliases too
    for t, n in counts.items():
        kept = [r.id for r in some if r.type == t]
        assert kept == [r.id for r in every if r.type == t][:3]
        assert len(kept) == min(3, n)


@pytest.mark.parametrize("text", NEEDLES)
def test_a_name_looked_up_in_the_library_finds_what_the_filter_keeps(
    lib: Library, text: str
) -> None:
    every = list_entities(lib)
    named = {r.id for r in list_entities(lib, named="".join(fold(text).split()))}
    assert matching(every, text) <= named


def test_the_tree_holds_the_most_mentioned_and_looks_the_filter_up(
    qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gui.entity_panel, "SHOWN_PER_TYPE", 3)
    every = list_entities(lib)
    counts = type_counts(lib)
    panel = EntityPanel()
    qtbot.addWidget(panel)
    panel.set_library(lib)  # no operations: read at once
    assert panel.model.capped()
    assert panel.model.entity_count() == sum(min(3, n) for n in counts.values())
    places = panel.model.types().index("place")
    label = panel.model.index(places, 0).data()
    assert label.endswith(f"(3 of {counts['place']:,})")

    loaded = {r.id for r in panel.model.rows()}
    panel.set_filter_text("北京")
    wanted = matching(every, "北京")
    # the most mentioned three of each type among all the library's matches
    expected = [
        r.id for t in counts for r in [e for e in every if e.id in wanted and e.type == t][:3]
    ]
    assert set(panel.visible_ids()) == set(expected)
    assert not loaded >= set(expected)  # not only among the ones held
    panel.set_filter_text("")
    assert panel.model.entity_count() == sum(min(3, n) for n in counts.values())

    rare = every[-1]  # the least mentioned: not held
    assert panel.model.entity(rare.id) is None
    assert panel.select_entity(rare.id)
    assert panel.selected_ids() == [rare.id]


def test_the_search_box_completes_the_most_mentioned_names_of_each_type(
    qtbot, lib: Library, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.library_menu
    from gui.mainwindow import MainWindow
    from gui.settings import Settings
    from gui.worker import Worker

    monkeypatch.setattr(gui.library_menu, "COMPLETED_PER_TYPE", 2)
    window = MainWindow(Settings.at(tmp_path / "s.ini"), worker=Worker(sync=True))
    window.auto_extract = False
    qtbot.addWidget(window)
    window.set_library(Library.open(lib.path, create=False))
    names = set(window.search_bar.edit.completer_.model().stringList())
    top = list_entities(lib, per_type=2)
    assert {r.name_hans for r in top} <= names
    every = list_entities(lib)
    assert every[-1].name_hans not in names  # the least mentioned is not offered
    assert len(names) <= sum(len({r.name_hans, r.name_hant, *r.aliases}) for r in top)
    window.close()


def test_pinyin_offers_the_names_of_the_most_mentioned_of_each_type(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.pinyin_words
    from db.pinyin_words import PinyinWords, entity_names

    top = list_entities(lib, per_type=1)
    assert set(entity_names(lib, per_type=1)) <= {
        n for r in top for n in (r.name, r.name_hans, r.name_hant, *r.aliases)
    }
    assert len(entity_names(lib, per_type=10**9)) > len(entity_names(lib, per_type=1))
    monkeypatch.setattr(db.pinyin_words, "NAMED_PER_TYPE", 1)
    words = PinyinWords(lib)
    assert list_entities(lib, type="place")[0].name == "京津冀"  # the most mentioned place
    assert "京津冀" in words.candidates("jingjinji", headwords=False)
    assert "天津市" not in words.candidates("tianjinshi", headwords=False)  # a later one
    rare = list_entities(lib, type="person")[-1]
    assert rare.name_hans not in entity_names(lib)
